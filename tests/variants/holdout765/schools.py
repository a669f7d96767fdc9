"""Returns kcu13–kcu18: the law-popularisation (普法) campaign in schools and the bureau's
department table."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout765.common import (
    BUREAU,
    YEAR,
    department,
    flat,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign,
)
from tests.variants.holdout765.registry import variant
from tests.variants.kit import Book, day, mk, money, ok, pct

EDU = "澄渊市法治宣传教育中心"


@variant("kcu13-school-points", (5, 10),
         "project, NAT-2021, tier labels with numbering and points (一、产出指标（50分）), an "
         "indicator points column adding to the same 100, a rise in 百分点, 0起 on an incident "
         "count, a later year the work prepares for (correct)")  # fmt: skip
def school_points() -> Book:
    b, s = project(
        name="法治副校长进校园巡讲", unit=EDU, money=one_year(24, 24, 0),
        goals=("2026年组织法治副校长在全市60所中小学开展法治巡讲不少于120场，学生法治知识"
               "知晓率较上年提高5个百分点以上，为2027年建立常态化巡讲机制积累经验。",),
    )  # fmt: skip
    indicators(s, [
        ("一、产出指标（50分）", "1.数量指标", "法治巡讲场次", "≥120场", 15),
        (None, None, "覆盖中小学校数", "≥60所", 10),
        (None, "2.质量指标", "巡讲课件审核通过率", "≥95%", 10),
        (None, None, "巡讲活动安全责任事故", "0起", 5),
        (None, "3.时效指标", "年度巡讲计划完成时间", "2026年12月31日前", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "每场巡讲成本", "≤0.15万元/场", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "学生法治知识知晓率提高", "≥5百分点", 15),
        (None, None, "校园欺凌事件下降率", "≥10%", 5),
        (None, "2.可持续影响指标", "巡讲课件库课件数", "≥50个", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "师生满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ], head=("一级指标", "二级指标", "三级指标", "指标值", "分值"))  # fmt: skip
    return b


@variant("kcu14-school-lectures", (5,),
         "project, NAT-2021, abbreviated tier labels (产出, 数量): the goal's lecture count "
         "against the indicator, a count of schools under 质量, the student count twice under two "
         "tier-2s")  # fmt: skip
def school_lectures() -> Book:
    b, s = project(
        name="“法治进校园”百场讲座", unit=EDU, money=one_year(20, 20, 0),
        goals=("2026年在全市48所中小学开展法治讲座不少于96场，覆盖学生3万人次，师生满意度"
               "不低于90%。",),
    )  # fmt: skip
    indicators(s, [
        ("产出", "数量", "法治讲座场次",
         mk("≥80场", "D104", "warning", row=True, note="年度目标写不少于96场")),
        (None, None, mk("覆盖学生人次", "D103", "warning", row=True, required=False,
                        alt=("D101",)), "≥30000人次"),
        (None, "质量", mk("覆盖中小学校数", "F201", "warning", row=True,
                          note="学校数是数量指标，填在质量下"), "≥48所"),
        (None, None, "讲座课件审核合格率", "=100%"),
        (None, "时效", "讲座按计划完成率", "≥95%"),
        ("成本", "经济成本", "每场讲座成本", "≤0.2万元/场"),
        ("效益", "社会效益", mk("覆盖学生人次数", "D103", "warning", row=True, alt=("D101",),
                                note="与数量下的“覆盖学生人次”是同一指标，只多一个字"),
         "≥30000人次"),
        (None, None, "学生法治知识测试合格率", "≥90%"),
        (None, "可持续影响", "校园法治宣传长效机制", "建立并执行"),
        ("满意度", "服务对象满意度", "师生满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kcu15-school-flat", (1, 3, 4),
         "department, flat list with typed percent cells, a 下降率 with ≥, 0 on an incident count, "
         "a weight total row, a 说明 row and signature line (correct)")  # fmt: skip
def school_flat() -> Book:
    b, s = department(
        dept=EDU, budget=[(money(420), money(400), money(20), money(260), money(160))],
        goal="全年开展普法讲座进校园200场，青少年法治教育基地接待2万人次，学生法治知识测试"
             "合格率不低于90%。",
    )  # fmt: skip
    flat(s, [
        ("普法讲座进校园场次", 15, "场", "≥", 200),
        ("青少年法治教育基地接待人次", 15, "人次", "≥", 20000),
        ("普法宣传品发放量", 10, "份", "≥", 50000),
        ("学生法治知识测试合格率", 15, "%", "≥", pct(0.9)),
        ("青少年涉法案件下降率", 10, "%", "≥", pct(0.05)),
        ("普法活动安全事故", 5, "起", "≤", 0),
        ("普法责任清单公布时间", 10, "日期", "≤", day(YEAR, 3, 31)),
        ("基地设施完好率", 10, "%", "≥", pct(0.95)),
        ("师生及家长满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    notes(s, "说明：指标性质栏填写比较符；权重合计100分。")
    sign(s, "郦清和", "8836 2307", day(YEAR - 1, 11, 22))
    return b


@variant("kcu16-school-base", (4, 7, 8),
         "two-year project, OLD-NAT, two-row header (绩效目标值 over 中期 and 年度), period counts "
         "above the year's, unit cost within both moneys, a 注 row (correct)")  # fmt: skip
def school_base() -> Book:
    b, s = project(
        name="青少年法治教育基地建设", unit=EDU, years=2, attr="新增项目",
        money=multi_year((300, 260, 40), (180, 160, 20)),
        goals=("两年内建成青少年法治教育基地1处，布展面积1200平方米，累计接待学生4万人次。",
               "2026年完成主体布展800平方米，接待学生1.5万人次。"),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "绩效目标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期（2026—2027年）", "年度（2026年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "基地布展面积", "≥1200平方米", "≥800平方米"),
        (None, None, "接待学生人次", "≥40000人次", "≥15000人次"),
        (None, "质量指标", "布展工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "基地建成开放时间", "2027年9月1日前", "2026年12月31日前完成主体布展"),
        (None, "成本指标", "布展单位面积造价", "≤0.2万元/平方米", "≤0.2万元/平方米"),
        ("效益指标", "社会效益指标", "参观学生法治知识测试合格率", "≥90%", "≥85%"),
        (None, "可持续影响指标", "基地运行管理制度", "建立并执行", "建立"),
        ("满意度指标", "服务对象满意度指标", "参观师生满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：中期指标值为2026—2027年累计值，年度指标值为2026年度值。")
    return b


@variant("kcu17-school-stacked", (2, 6),
         "two projects stacked, NAT-2021: a template example row left in the first, its "
         "goal's school count against the indicator, prize × teams above the second's "
         "money")  # fmt: skip
def school_stacked() -> Book:
    b, s = project(
        name="法治课进课堂", unit=EDU, money=one_year(30, 30, 0),
        goals=("为全市32所初中每校配备法治课程教学资源包，每校开设法治课不少于16课时。",),
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "配备资源包学校数",
         mk("≥30所", "D104", "warning", row=True, note="年度目标写全市32所初中每校配备")),
        (None, None, ok("示例：XX活动场次"),
         mk("≥**场", "X101", "error", row=True, note="模板示例行未删除")),
        (None, "质量指标", "每校法治课课时", "≥16课时"),
        (None, "时效指标", "资源包配发完成时间", "2026年3月31日前"),
        ("成本指标", "经济成本指标", "资源包单价", "≤0.5万元/所"),
        ("效益指标", "社会效益指标", "初中生法治知识测试合格率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="青少年模拟法庭竞赛", dept=BUREAU, unit=EDU,
                 money=one_year(40, 40, 0), title="",
                 goals=("组织全市中学生模拟法庭竞赛，参赛队伍250队。",))  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "参赛队伍数", "≥250队"),
        (None, "质量指标", "竞赛评审规范率", "=100%"),
        (None, "时效指标", "决赛举办时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "竞赛奖励标准",
         mk("≤2000元/队", "B107", "warning", row=True,
            note="2000元/队 × 250队 = 50万元，超过年度资金40万元")),
        ("效益指标", "社会效益指标", "参赛学生法治素养提升", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "参赛师生满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kcu18-bureau-dept", (12,),
         "department, NAT-2021: the key tasks do not add up to 金额合计, last year in the 年度总体"
         "目标")  # fmt: skip
def bureau_dept() -> Book:
    b, s = department(
        dept="澄渊市司法局",
        budget=[(money(1500), money(1420), money(80), money(980), money(520))],
        tasks=[("公共法律服务热线运行", "坐席运行与知识库维护", money(180), "接听来电5万人次"),
               ("公证费减免补助", "困难群众公证费减免", money(96), "减免2000件"),
               ("法治进校园", "法治巡讲与法治课", money(64), "巡讲120场"),
               ("法律援助", "援助案件办案补贴", money(180), "办理援助案件1800件"),
               ("金额合计", None, mk(money(540), "B102", "error", alt=("B101",),
                                     note="180 + 96 + 64 + 180 = 520，合计写540"), None)],
        goal=mk("2025年全市公共法律服务热线接通率达到95%以上，减免困难群众公证费2000件，"
                "开展法治巡讲120场。", "Y103", "warning", alt=("Y101",),
                note="2026年度的部门表，总体目标写2025年（上年遗留）"),
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "热线接听来电量", "≥50000人次"),
        (None, None, "减免公证费件数", "≥2000件"),
        (None, None, "法治巡讲场次", "≥120场"),
        (None, "质量指标", "热线来电接通率", "≥95%"),
        (None, "时效指标", "法律援助申请审查时限", "≤7个工作日"),
        ("成本指标", "经济成本指标", "法律援助案件平均补贴", "≤1000元/件"),
        ("效益指标", "社会效益指标", "群众法治素养提升", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    return b
