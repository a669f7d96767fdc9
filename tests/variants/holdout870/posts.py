"""Ranger posts for poverty-alleviated people: selection, stipends and the posts' money."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout870.common import BUREAU, YEAR, notes, one_year, sign, start, tiers, wan
from tests.variants.holdout870.registry import variant
from tests.variants.kit import Book, day, mk, pct

PROJECT = "脱贫人口生态护林员选聘管护项目"


@variant("kgv01-post-stipend", (1, 5, 10, 12),
         "project, NAT-2021, numbered labels with points, operator, unit and 分值 columns, "
         "percent cells (correct)")  # fmt: skip
def post_stipend() -> Book:
    b, s = start()
    goal = ("在全县11个乡镇选聘脱贫人口生态护林员300名（其中新增选聘25名），落实管护森林4.8万亩，"
            "按每人每年1.2万元发放劳务补助，配置巡护装备6万元。")  # fmt: skip
    project_head(s, year=YEAR, name=PROJECT, dept=BUREAU, unit="栖桐县林业局",
                 money=one_year(366, 336, 30), goals=[goal])  # fmt: skip
    tiers(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "分值"), [
        ("一、成本指标（20分）", "（一）经济成本指标", "1.护林员劳务补助标准", "≤", 1.2,
         "万元/人·年", 10),
        (None, None, "2.巡护装备配置成本", "≤", 6, "万元", 10),
        ("二、产出指标（40分）", "（一）数量指标", "1.选聘脱贫人口生态护林员人数", "≥", 300,
         "人", 10),
        (None, None, "2.新增选聘护林员人数", "≥", 25, "人", 5),
        (None, None, "3.落实管护森林面积", "≥", 4.8, "万亩", 5),
        (None, "（二）质量指标", "1.选聘对象身份核验准确率", "≥", pct(0.98), "%", 10),
        (None, "（三）时效指标", "1.劳务补助按季发放及时率", "≥", pct(0.95), "%", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "1.护林员户年均增收", "≥", 1.2, "万元", 15),
        (None, "（二）生态效益指标", "1.管护区森林火灾受害率", "≤", 0.9, "‰", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "1.护林员对选聘管理满意度", "≥",
         pct(0.9), "%", 10),
    ])  # fmt: skip
    notes(s, "注：分值合计100分，各一级指标分值为其下三级指标分值之和，不另行加总。", width=7)
    sign(s, "韦禾生", "0779-6620418", day(YEAR - 1, 11, 12))
    return b


@variant("kgv02-post-quota-goal", (5, 7, 12),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, abbreviated starred labels; count and "
         "stipend against the goal, a timeliness rate under 质量")  # fmt: skip
def post_quota_goal() -> Book:
    b, s = start()
    goal = ("在枫台、岩穗等6个乡镇选聘脱贫人口生态护林员260名，每人每年劳务补助1万元，"
            "管护集体公益林3.9万亩，补助资金按季度发放到人。")  # fmt: skip
    project_head(s, year=YEAR, name="2026年度生态护林员续聘项目", dept=BUREAU,
                 unit="枫台乡人民政府", money=one_year(260, 240, 20), goals=[goal])  # fmt: skip
    count = mk("选聘脱贫人口生态护林员", "D104", "warning", row=True,
               note="年度目标写260名，指标写≥280人")  # fmt: skip
    timely = mk("补助资金发放及时率", "F201", "warning", row=True,
                note="及时率是时效指标，填在质量指标下")  # fmt: skip
    cost = mk("≤1.2万元/人·年", "B107", "warning", row=True, alt=("D104",),
              note="1.2万元×260人=312万元，超过年度资金260万元；目标写每人1万元")  # fmt: skip
    tiers(s, ("一级指标", "二级指标", "指标内容", "绩效标准", "备注"), [
        ("*产出", "数量", count, "≥280人", None),
        (None, None, "管护集体公益林面积", "≥3.9万亩", None),
        (None, "质量", "护林员持证上岗率", "≥95%", None),
        (None, None, timely, "≥98%", None),
        (None, "时效", "补助资金按季度发放时间", "每季度末月25日前", None),
        (None, "成本", "护林员劳务补助标准", cost, "计划标准"),
        ("*效益", "社会效益", "带动脱贫人口户均增收", "≥1万元", None),
        (None, "生态效益", "管护区森林火灾受害率", "≤1‰", None),
        (None, "可持续影响", "护林员管护责任制落实", "长期有效", None),
        ("*满意度", "服务对象满意度", "护林员满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "谭叙白", "0779-6631207", day(YEAR - 1, 11, 20))
    return b


@variant("kgv03-post-midterm", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns, the period's counts beside the "
         "year's (correct)")  # fmt: skip
def post_midterm() -> Book:
    b, s = start()
    goals = (
        "2026—2028年每年稳定聘用脱贫人口生态护林员300名，累计新增选聘90名，累计培训6期，"
        "管护森林4.8万亩，为2029年全县推行护林网格化管理积累经验。",
        "2026年聘用生态护林员300名（其中新增选聘30名），开展培训2期，管护森林4.8万亩。",
    )
    project_head(s, year=YEAR, years=3, name="脱贫人口生态护林员三年聘用项目", dept=BUREAU,
                 unit="栖桐县林业局", goals=goals, money=[
                     ("中期资金总额", wan(1080), "年度资金总额", wan(360)),
                     ("其中：财政拨款", wan(990), "其中：财政拨款", wan(330)),
                     ("其他资金", wan(90), "其他资金", wan(30))])  # fmt: skip
    tiers(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "护林员劳务补助标准", "≤1.2万元/人·年", "≤1.2万元/人·年"),
        ("产出指标", "数量指标", "年均在岗生态护林员人数", "≥300人", "≥300人"),
        (None, None, "累计新增选聘脱贫人口护林员", "≥90人", "≥30人"),
        (None, None, "护林员业务培训期数", "≥6期", "≥2期"),
        (None, "质量指标", "护林员巡护轨迹合格率", "≥95%", "≥95%"),
        (None, "时效指标", "劳务补助按月发放及时率", "≥98%", "≥98%"),
        ("效益指标", "社会效益指标", "护林员户年均增收", "≥1.2万元", "≥1.2万元"),
        (None, "生态效益指标", "管护区森林火灾受害率", "≤0.9‰", "≤0.9‰"),
        (None, "可持续影响指标", "护林员管护责任制落实", "长期有效", "长期有效"),
        ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "陆青禾", "0779-6620533", day(YEAR - 1, 10, 28))
    return b


@variant("kgv04-post-flat-list", (3, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值); a near-duplicate "
         "count with another value, tasks not adding up to 金额合计")  # fmt: skip
def post_flat_list() -> Book:
    b, s = start()
    total = mk(wan(495), "B102", "error", note="360 + 85 + 40 = 485，金额合计写495")
    department_head(s, year=YEAR, dept="雾杉县林业和草原局",
                    budget=[(wan(1620), wan(1500), wan(120), wan(1135), wan(485))], tasks=[
                        ("生态护林员管护", "选聘脱贫人口生态护林员300名", wan(360), "管护4.8万亩"),
                        ("森林防火", "瞭望监测与扑火队伍建设", wan(85), "受害率≤0.9‰"),
                        ("林业有害生物防治", "松材线虫病监测除治", wan(40), "除治率≥95%"),
                        ("金额合计", None, total, None)],
                    goal="选聘脱贫人口生态护林员300名，管护森林4.8万亩；森林火灾受害率控制在"
                         "0.9‰以内；松材线虫病疫木除治率95%以上。")  # fmt: skip
    dup = mk(280, "D102", "error", row=True, alt=("D103", "D101", "D104"),
             note="与“脱贫人口生态护林员选聘人数 ≥300人”是同一指标，值不同")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("脱贫人口生态护林员选聘人数", 15, "人", "≥", 300),
        ("管护森林面积", 10, "万亩", "≥", 4.8),
        ("护林员劳务补助发放及时率", 10, "%", "≥", pct(0.98)),
        ("森林火灾受害率", 10, "‰", "≤", 0.9),
        ("松材线虫病疫木除治率", 10, "%", "≥", pct(0.95)),
        ("生态护林员选聘人数（脱贫人口）", 10, "人", "≥", dup),
        ("森林火情报告及时率", 10, "%", "≥", pct(0.98)),
        ("林业行政案件查处率", 10, "%", "≥", pct(0.95)),
        ("护林员满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("kgv05-post-transfer-star", (5,),
         "transfer-payment 区域绩效目标表, 中央补助 + 地方资金, numbered goals, OLD-NAT "
         "with ★ core indicators and bracketed labels (correct)")  # fmt: skip
def post_transfer_star() -> Book:
    b, s = start()
    s.title(f"{YEAR}年度中央对地方转移支付区域绩效目标表", 5)
    s.row("专项名称", "林业草原生态保护恢复资金（生态护林员补助）", merge=[(2, 5)])
    s.row("实施单位", "栖桐县林业局", None, "填报日期", day(YEAR - 1, 12, 2), merge=[(2, 3)])
    s.row("资金情况（万元）", "资金总额", wan(540), "其中：中央补助", wan(480))
    s.row(None, None, None, "地方资金", wan(60))
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度目标", "目标1：选聘脱贫人口生态护林员450名（其中续聘420名、新聘30名）。"
          "目标2：落实管护森林6.3万亩，管护区不发生重大森林火灾。"
          "目标3：按每人每年1万元标准发放劳务补助。", merge=[(2, 5)])  # fmt: skip
    tiers(s, ("一级指标", "二级指标", "三级指标", "指标值", "备注"), [
        ("★产出指标", "数量指标", "★选聘生态护林员总人数", "≥450人", "核心指标"),
        (None, None, "新聘脱贫人口护林员人数", "≥30人", None),
        (None, None, "★落实管护面积", "≥6.3万亩", "核心指标"),
        (None, "质量指标", "护林员履职考核合格率", "≥95%", None),
        (None, "时效指标", "补助资金按时到位率", "=100%", None),
        (None, "成本指标", "护林员劳务补助标准", "≤1万元/人·年", None),
        ("★效益指标", "社会效益指标", "★脱贫人口护林员人均增收", "≥1万元", "核心指标"),
        (None, "生态效益指标（环境效益指标）", "管护区重大森林火灾发生次数", "0起", None),
        (None, "可持续影响指标", "护林员队伍稳定性", "稳定", None),
        ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("kgv06-post-leftover", (4, 6),
         "project, NAT-2021, a note row between tiers, 填表说明 and signature lines; last year's "
         "deadline and the template's example row left in")  # fmt: skip
def post_leftover() -> Book:
    b, s = start()
    goal = "为枫台乡脱贫人口生态护林员150名发放劳务补助（每人每年1.2万元），12月底前发放完毕。"
    project_head(s, year=YEAR, name="枫台乡生态护林员劳务补助", dept=BUREAU,
                 unit="枫台乡人民政府", money=one_year(180, 180, 0), goals=[goal])  # fmt: skip
    example = mk("≥**人次", "X101", "error", row=True, note="模板的示例行未删除")
    deadline = mk("2025年12月31日前", "Y102", "error", row=True, alt=("Y103", "Y101"),
                  note="上年的完成时限，不在2026年度内")  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
    tiers(s, header, [
        ("成本指标", "经济成本指标", "护林员劳务补助标准", "≤1.2万元/人·年", "计划标准"),
        ("产出指标", "数量指标", "发放补助护林员人数", "≥150人", "计划标准"),
        (None, None, "示例：培训人次", example, "填写示例"),
        (None, "质量指标", "补助对象身份核验准确率", "=100%", "行业标准"),
        (None, "时效指标", "全年补助发放完成时间", deadline, "计划标准"),
    ])  # fmt: skip
    notes(s, "说明：效益、满意度指标按县林业局统一口径填写。", width=5)
    s.table([
        ("效益指标", "社会效益指标", "护林员户年均增收", "≥1.2万元", "历史标准"),
        (None, "生态效益指标", "管护区森林火灾受害率", "≤0.9‰", "行业标准"),
        ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥90%", "行业标准"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.指标值须写明比较符和计量单位；2.每个二级指标下至少填写一个三级指标。",
          width=5)  # fmt: skip
    sign(s, "覃映川", "0779-6652810", day(YEAR - 1, 11, 18))
    return b
