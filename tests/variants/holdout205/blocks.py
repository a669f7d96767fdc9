"""部门整体 tables, stacked projects, and project tables with note, instruction, footnote and
signature rows (pg13–pg18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout205.common import (
    ONE,
    book,
    indicators,
    note,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout205.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("pg13-department-zero-accidents", (4, 12), "department, NAT-2021, budget and key "
         "tasks that add up: 1次/月, 100%完成, 年底前, 0起 and 零 on 事故起数; a footnote "
         "and a signature line (correct)")  # fmt: skip
def pg13() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2026, dept="松岩县应急管理局",
        budget=[(wan(760), wan(720), wan(40), wan(460), wan(300))],
        tasks=[
            ("安全生产执法检查", "对工矿商贸企业开展执法检查和专项检查", wan(120), "检查1200家次"),
            ("应急救援队伍建设", "综合应急救援队伍训练和装备补充", wan(100), "队伍训练全覆盖"),
            ("防灾减灾宣传", "开展防灾减灾宣传进社区、进学校活动", wan(80), "宣传活动40场"),
            ("金额合计", None, wan(300), None),
        ],
        goal="全年开展安全生产执法检查1200家次，每月开展重点行业领域专项检查1次，组织防灾减灾"
             "宣传活动40场，全年不发生较大及以上生产安全事故。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "安全生产执法检查企业数", "≥1200家次"),
        (None, None, "重点行业领域专项检查频次", "1次/月"),
        (None, None, "防灾减灾宣传活动场次", "≥40场"),
        (None, None, "年度执法检查计划完成率", "100%完成"),
        (None, "质量指标", "执法案卷评查合格率", "≥95%"),
        (None, "时效指标", "突发事件应急预案修订完成时间", "年底前"),
        ("成本指标", "经济成本指标", "应急救援队伍建设经费", "≤100万元"),
        ("效益指标", "社会效益指标", "较大及以上生产安全事故起数", "0起"),
        (None, None, "重大森林火灾事故起数", "零"),
        (None, "可持续影响指标", "安全风险分级管控和隐患排查治理机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "企业和群众满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：事故起数以县安全生产委员会办公室年度统计为准。")
    sign(s, "梁书瑶", "杜承宇", "0597-76621904")
    return b


@variant("pg14-department-households-for-trainees", (6, 12), "department, NAT-2021, budget "
         "and key tasks that add up: a 培训人次 written ≥3000户, a 补贴人数 written "
         "≥90%")  # fmt: skip
def pg14() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="鹤汀县人力资源和社会保障局", filled=day(2025, 11, 26),
        budget=[(wan(1280), wan(1200), wan(80), wan(680), wan(600))],
        tasks=[
            ("职业技能培训", "开展城乡劳动者职业技能培训", wan(300), "培训3000人次"),
            ("就业援助", "就业困难人员帮扶和公益性岗位补贴", wan(200), "帮扶就业600人"),
            ("劳动保障监察", "欠薪治理和劳动保障执法检查", wan(100), "欠薪案件动态清零"),
            ("金额合计", None, wan(600), None),
        ],
        goal="全年开展职业技能培训3000人次，帮扶就业困难人员实现就业600人，城镇登记失业率"
             "控制在3.5%以内。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "职业技能培训人次",
         mk("≥3000户", "T119", "warning", alt=("T116", "T112", "D104"),
            note="人次 counted in 户 (the goal says 3000人次)")),
        (None, None, "帮扶就业困难人员就业人数", "≥600人"),
        (None, None, "发放职业培训补贴人数",
         mk("≥90%", "T120", "warning", note="a count of people given as a percentage")),
        (None, "质量指标", "培训学员职业资格取证率", "≥85%"),
        (None, "时效指标", "培训补贴审核发放时限", "≤20个工作日"),
        ("成本指标", "经济成本指标", "人均职业技能培训补贴标准", "≤1000元/人"),
        ("效益指标", "社会效益指标", "城镇登记失业率", "≤3.5%"),
        (None, "可持续影响指标", "就业服务信息平台运行", "稳定"),
        ("满意度指标", "服务对象满意度指标", "培训学员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pg15-stacked-lamps-and-toilets", (2, 6), "two one-year projects stacked, NAT-2021, "
         "one value column: 48小时内, 良好 and 优 for quality, 2026年12月31日前, each cost "
         "standard × count equal to its money (correct)")  # fmt: skip
def pg15() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s, year=2026, name="城区道路照明设施维护项目", dept="青岚市城市管理局（142）",
        unit="青岚市路灯管理所", title="2026年度项目支出绩效目标申报表（城市管理类）",
        money=one_year_money(wan(90), wan(90), wan(0)),
        goals=["全年维护城区路灯1.2万盏，路灯故障报修48小时内修复，亮灯率保持98%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "维护城区路灯数量", "≥1.2万盏"),
        (None, "质量指标", "路灯亮灯率", "≥98%"),
        (None, None, "维护作业质量评定", "良好"),
        (None, "时效指标", "路灯故障修复时间", "48小时内"),
        ("成本指标", "经济成本指标", "单盏路灯年度维护费用", "≤75元/盏"),
        ("效益指标", "社会效益指标", "城区主次干道照明覆盖率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="城市公厕提升改造项目", dept="青岚市城市管理局（142）",
        unit="青岚市环境卫生服务中心", title="",
        money=one_year_money(wan(150), wan(120), wan(30)),
        goals=["提升改造城市公厕30座，2026年12月31日前全部投入使用，公厕保洁质量达到优。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "提升改造城市公厕数", "≥30座"),
        (None, "质量指标", "公厕保洁质量等级", "优"),
        (None, "时效指标", "改造公厕投入使用时间", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单座公厕改造补助标准", "≤5万元/座"),
        ("效益指标", "社会效益指标", "城区公厕服务半径覆盖率", "≥95%"),
        (None, "可持续影响指标", "公厕长效保洁管理机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "如厕群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pg16-stacked-pass-rate-satisfaction", (2, 6), "two one-year projects stacked, "
         "NAT-2021, one value column: a 合格率 written ≥98个 in the first, a 满意度 stored "
         "as 105% (percent cell) in the second")  # fmt: skip
def pg16() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="中小学校舍维修改造项目", dept="雁回县教育局（108）",
        unit="雁回县教育基建服务中心", title="2026年度项目支出绩效目标表",
        money=one_year_money(wan(400), wan(350), wan(50)),
        goals=["2026年完成16所中小学校舍维修改造，改造面积2.4万平方米，暑期完工不影响正常教学。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "维修改造学校数", "≥16所"),
        (None, None, "校舍维修改造面积", "≥2.4万平方米"),
        (None, "质量指标", "维修工程竣工验收合格率",
         mk("≥98个", "T105", "error", note="a 合格率 needs a percentage, not a count")),
        (None, "时效指标", "维修工程完工时间", "2026年8月25日前"),
        ("成本指标", "经济成本指标", "单位面积维修改造成本", "≤160元/平方米"),
        ("效益指标", "社会效益指标", "校舍安全隐患消除率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="农村义务教育学生营养改善计划项目", dept="雁回县教育局（108）",
        unit="雁回县学生资助管理中心", title="",
        money=one_year_money(wan(220), wan(220), wan(0)),
        goals=["为农村义务教育学生2750人提供营养膳食补助，补助标准每生每天4元，按200个在校日"
               "计算。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "受益学生人数", "≥2750人"),
        (None, "质量指标", "学校食堂食品安全抽检合格率", "≥98%"),
        (None, "时效指标", "膳食补助资金拨付时间", "每学期开学后30日内"),
        ("成本指标", "经济成本指标", "营养膳食补助标准", "≤4元/人·天"),
        ("效益指标", "社会效益指标", "学生营养健康知识知晓率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度",
         mk(pct(1.05), "T106", "error", alt=("T114",), note="105% is past the ceiling")),
    ])  # fmt: skip
    return b


@variant("pg17-explanations-and-notes", (4,), "one-year project, NAT-2021, 指标解释 and 指标值"
         "设定依据 columns, an instruction row inside the table, footnotes and a signature line: "
         "≤48小时, 每季度不少于1次, 年底前, ≥5个百分点, =100% (correct)")  # fmt: skip
def pg17() -> Book:
    b, s = book("Sheet1", (14, 16, 28, 16, 26, 14))
    project_head(
        s, year=2026, name="政策性农业保险保费补贴项目", dept="鹤汀县财政局（101）",
        unit="鹤汀县农业保险工作服务中心",
        money=one_year_money(wan(300), wan(240), wan(60)),
        goals=["2026年政策性农业保险承保面积达到25万亩，小额理赔案件48小时以内完成查勘，"
               "参保农户理赔到户率达到100%。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标解释", "指标值设定依据")
    note(s, "（一）定量指标须写明比较符与计量单位，定性指标填写等级或状态")
    s.table([
        ("产出指标", "数量指标", "政策性农业保险承保面积", "≥25万亩", "三大粮食作物", "计划标准"),
        (None, None, "保险政策宣传频次", "每季度不少于1次", "进村入户宣传", "计划标准"),
        (None, "质量指标", "承保理赔信息公示率", "=100%", "公示到村", "行业标准"),
        (None, "时效指标", "小额理赔案件查勘时间", "≤48小时", "报案后起算", "行业标准"),
        (None, None, "保费补贴资金拨付时间", "年底前", "按季度结算", "计划标准"),
        ("成本指标", "经济成本指标", "亩均保费财政补贴标准", "≤12元/亩", "各级财政合计",
         "其他标准"),
        ("效益指标", "经济效益指标", "农业保险覆盖率提升", "≥5个百分点", "较上年", "历史标准"),
        (None, "社会效益指标", "参保农户理赔到户率", "=100%", "直接赔付到户", "行业标准"),
        ("满意度指标", "服务对象满意度指标", "参保农户满意度", "≥90%", "抽样调查", "行业标准"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：1. 承保面积以保险机构出单数据为准；2. 本表金额单位为万元。")
    sign(s, "吴昕然", "章立恒", "0598-72230516")
    return b


@variant("pg18-notes-vague-rate-leap-day", (4,), "one-year project, OLD-NAT, a note row "
         "between tiers, footnotes and a signature line: a 覆盖率 written 明显提升, a deadline "
         "2026年2月29日前 (2026 is no leap year)")  # fmt: skip
def pg18() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="春耕生产社会化服务补助项目", dept="青岚市农业农村局（228）",
        unit="青岚市农业社会化服务中心",
        money=one_year_money(wan(200), wan(160), wan(40)),
        goals=["2026年支持农业社会化服务组织为小农户提供生产托管服务8万亩次，服务小农户"
               "4000户，带动粮食生产节本增效。"],
    )  # fmt: skip
    s.row(*ONE)
    s.table([
        ("产出指标", "数量指标", "农业生产托管服务面积", "≥8万亩次"),
        (None, None, "服务小农户数", "≥4000户"),
        (None, "质量指标", "托管服务合同履约率", "≥95%"),
        (None, "时效指标", "春耕托管服务合同签订时间",
         mk("2026年2月29日前", "Y106", "error", alt=("T116",),
            note="2026 is no leap year: there is no 2月29日")),
        (None, "成本指标", "亩次托管服务补助标准", "≤25元/亩次"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "（以下为效益及满意度指标）", width=4)
    s.table([
        ("效益指标", "经济效益指标", "托管服务亩均节本增效", "≥50元/亩"),
        (None, "社会效益指标", "粮食作物生产托管覆盖率",
         mk("明显提升", "T105", "error", alt=("T102", "T116"),
            note="a 覆盖率 needs a percentage, not a direction word")),
        (None, "可持续影响指标", "社会化服务组织名录库管理", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "服务小农户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "说明：亩次指一季作物的一个托管作业环节；补助资金按作业量据实结算。")
    sign(s, "冯若楠", "贺之远", "0598-86617723", filled="2025年12月2日")
    return b
