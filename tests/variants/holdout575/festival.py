"""Festival-season returns dm13–dm18 of both halves: mooncake safety checks and filling bases,
rice-cake transfer funds and fairs, two department returns."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout575.common import indicators, notes, one_year, sign, start, wan
from tests.variants.holdout575.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("dm13-rapid-testing", (4, 7),
         "project: head on 基本信息, the table on a second sheet under 预期实现值, a header row "
         "repeated after a page break, a typed 100%, 0起, a footnote explaining a cost "
         "(correct)")  # fmt: skip
def dm13() -> Book:
    b, s = start("基本信息")
    project_head(s, year=2025, name="月饼生产企业食品安全快检项目", dept="栗川市市场监督管理局",
                 unit="栗川市食品检验所", money=one_year(wan(64), wan(64), wan(0)),
                 goals=["中秋前后快检月饼及馅料样品800批次，快检覆盖全部月饼生产企业，"
                        "全年月饼食品安全事故0起。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 20))
    t.title("绩效指标表", 4)
    head = ("一级指标", "二级指标", "三级指标", "预期实现值")
    indicators(t, head, [
        ("产出指标", "数量指标", "月饼及馅料快检批次", "≥800批次"),
        (None, None, "快检覆盖生产企业比例", pct(1)),
        (None, "质量指标", "快检结果复核一致率", "≥95%"),
        (None, "时效指标", "不合格样品处置时限", "≤48小时"),
        head,
        ("成本指标", "经济成本指标", "单批次快检成本", "≤0.08万元/批次"),
        ("效益指标", "社会效益指标", "月饼食品安全事故", "0起"),
        (None, None, "月饼抽检不合格率下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥90%"),
    ])  # fmt: skip
    t.row("说明：单批次快检成本含试剂与人工，64万元÷800批次=0.08万元/批次。", merge=[(1, 4)])
    sign(t, "甘丽萍", "0778-2264973")
    return b


@variant("dm14-filling-base", (7,),
         "project: head on 项目信息, the table on 绩效目标 under 考核指标 and 目标值（年度）: a "
         "及时率 under 数量, a per-household subsidy × count above the money, a "
         "placeholder")  # fmt: skip
def dm14() -> Book:
    b, s = start("项目信息")
    project_head(s, year=2025, name="月饼馅料原料基地补助项目", dept="荻港县农业农村局",
                 unit="荻港县农业农村局", money=one_year(wan(80), wan(70), wan(10)),
                 goals=["补助莲蓉、豆沙等月饼馅料原料种植户120户，"
                        "建设标准化种植基地800亩。"])  # fmt: skip
    t = b.sheet("绩效目标", (16, 18, 30, 20))
    late = mk("补助资金发放及时率", "F201", "warning", row=True, note="及时率属时效指标")
    cost = mk("≤0.8万元/户", "B107", "warning", row=True,
              note="0.8万元×120户=96万元，超过年度资金80万元")  # fmt: skip
    indicators(t, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), [
        ("产出指标", "数量指标", "补助种植户数", "≥120户"),
        (None, None, "标准化种植基地面积", "≥800亩"),
        (None, None, late, "≥95%"),
        (None, "质量指标", "馅料原料抽检合格率", "≥98%"),
        (None, "时效指标", "补助资金发放完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "每户种植补助标准", cost),
        ("效益指标", "经济效益指标", "种植户户均增收", mk("≥XX元", "X101", "error")),
        (None, "生态效益指标", "化肥使用量增长率", "≤0%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dm15-transfer-fund", (5, 7),
         "transfer-payment project, OLD-NAT, two-row header 指标内容 / 绩效标准 "
         "(指标值 · 计量单位), labels with * and ★ and abbreviated tier-2s, bare numbers "
         "with units (correct)")  # fmt: skip
def dm15() -> Book:
    b, s = start()
    project_head(s, year=2025, name="水磨年糕产业帮扶资金项目", dept="檀屿县乡村振兴局",
                 unit="檀屿县年糕产业联合会", money=one_year(wan(150), wan(120), wan(30)),
                 goals=["帮扶脱贫户发展年糕加工，带动脱贫户320户增收，"
                        "户均增收不低于2000元。"])  # fmt: skip
    s.row("一级指标", "二级指标", "指标内容", "绩效标准", None, merge=[(4, 5)])
    s.row(None, None, None, "指标值", "计量单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("*产出指标", "★数量", "带动脱贫户数量", "≥320", "户"),
        (None, None, "年糕加工技能培训人次", "≥500", "人次"),
        (None, "质量", "年糕产品抽检合格率", "≥97", "%"),
        (None, "时效", "帮扶资金拨付时间", "2025年6月30日前", None),
        (None, "成本", "户均帮扶资金", "≤0.45", "万元/户"),
        ("*效益指标", "★经济效益", "脱贫户户均增收", "≥2000", "元"),
        (None, "可持续影响", "年糕合作社持续运营率", "≥90", "%"),
        ("*满意度指标", "服务对象满意度", "脱贫户满意度", "≥92", "%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：带“★”的为核心指标，不得删除；带“*”的为必填项。")
    return b


@variant("dm16-spring-fair", (6, 13),
         "project, NAT-2021, header 预期目标: a value without a name, a tier-2 left from the "
         "template, a closing date in the following year")  # fmt: skip
def dm16() -> Book:
    b, s = start()
    project_head(s, year=2025, name="春节年糕展销周项目", dept="鹭汀区商务局",
                 unit="鹭汀区烘焙食品协会", money=one_year(wan(25), wan(25), wan(0)),
                 goals=["2025年春节前举办年糕展销周1届，参展企业40家。"])  # fmt: skip
    late = mk(day(2026, 1, 20), "Y102", "error", alt=("Y101", "Y103"),
              note="一年期2025年项目，闭幕时间却在2026年")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "展销周举办届数", "=1届"),
        (None, None, "参展年糕企业", "≥40家"),
        (None, "质量指标", mk(None, "F110", "error", note="有指标值没有名称"), "≥98%"),
        (None, "时效指标", "展销周闭幕时间", late),
        ("成本指标", "经济成本指标", "单个展位补贴", "≤0.5万元/个"),
        (None, mk("社会成本指标", "F109", "warning", row=True), None, None),
        ("效益指标", "经济效益指标", "展销周年糕销售额", "≥150万元"),
        ("满意度指标", "服务对象满意度指标", "参展企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dm17-industry-centre", (11, 12),
         "department, NAT-2021: budget with shares, key tasks adding to 项目支出, 指标方向 (正向/"
         "反向) and 权重 columns, a 反向 time limit with ≤ (correct)")  # fmt: skip
def dm17() -> Book:
    b, s = start()
    tasks = [("中秋月饼质量提升行动", "抽检、培训", wan(70), "抽检月饼500批次"),
             ("月饼老字号品牌推广", "展会、宣传", wan(50), "参展6场"),
             ("年货糕点市场监测", "价格监测", wan(30), "发布监测报告12期"),
             ("金额合计", None, wan(150), None)]  # fmt: skip
    shares = (pct(1), pct(0.85), pct(0.15), pct(0.625, "0.0%"), pct(0.375, "0.0%"))
    department_head(s, year=2025, dept="桂埠市食品工业促进中心", tasks=tasks,
                    budget=[(wan(400), wan(340), wan(60), wan(250), wan(150)), shares],
                    goal="抽检月饼500批次，参展6场，发布糕点价格监测报告12期；月饼抽检"
                         "合格率保持98%以上。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "指标方向", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "月饼抽检批次", "≥500批次", "正向", 15),
        (None, None, "老字号品牌参展场次", "≥6场", "正向", 10),
        (None, None, "糕点价格监测报告", "≥12期", "正向", 10),
        (None, "质量指标", "月饼抽检合格率", "≥98%", "正向", 10),
        (None, "时效指标", "监测报告发布时限", "≤5个工作日", "反向", 5),
        ("成本指标", "经济成本指标", "单批次抽检费用", "≤0.14万元/批次", "反向", 10),
        ("效益指标", "经济效益指标", "老字号月饼销售额增长率", "≥5%", "正向", 10),
        (None, "社会效益指标", "月饼过度包装投诉率", "≤1%", "反向", 10),
        (None, "可持续影响指标", "糕点价格监测网点稳定率", "≥95%", "正向", 10),
        ("满意度指标", "服务对象满意度指标", "企业满意度", "≥90%", "正向", 10),
    ])  # fmt: skip
    sign(s, "谭宏远", "0779-6048251")
    return b


@variant("dm18-grain-reserve", (12,),
         "department, NAT-2021: key tasks not adding to 金额合计, a reserve tonnage in the goal "
         "and tasks against its indicator")  # fmt: skip
def dm18() -> Book:
    b, s = start()
    tasks = [("年糕原料糯米收储", "收储糯米", wan(40), ok("收储糯米800吨", "warning")),
             ("年糕加工企业帮扶", "技改补助", wan(35), "帮扶企业10家"),
             ("粮油质量检测", "抽检", wan(20), "检测600批次"),
             ("金额合计", None, mk(wan(90), "B102", "error", note="和为95"), None)]  # fmt: skip
    goal = ok("收储年糕原料糯米800吨，帮扶年糕加工企业10家，检测粮油及年糕样品600批次。")
    department_head(s, year=2025, dept="檀屿县粮食和物资储备局", tasks=tasks, goal=goal,
                    budget=[(wan(220), wan(200), wan(20), wan(130), wan(90))])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "糯米收储量",
         mk("≥600吨", "D104", "warning", row=True, note="任务和总体目标都写800吨")),
        (None, None, "帮扶年糕加工企业", "≥10家"),
        (None, None, "粮油及年糕检测批次", "≥600批次"),
        (None, "质量指标", "收储糯米质量达标率", "≥98%"),
        (None, "时效指标", "收储入库完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "每吨糯米收储费用", "≤0.05万元/吨"),
        ("效益指标", "社会效益指标", "年糕原料价格波动幅度", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "加工企业满意度", "≥90%"),
    ])  # fmt: skip
    return b
