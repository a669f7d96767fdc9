"""Security guards: six returns (kdz07-kdz12), three correct."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout796.common import (
    HEAD,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    signature,
)
from tests.variants.holdout796.registry import variant
from tests.variants.kit import Book, mk, pct

SERVICE = "为全市48所中小学购买专职保安服务150人"


@variant(
    "kdz07-guard-service",
    (7, 11),
    "project, OLD-NAT, operator column 指标性质, unit column, bare numbers (correct)",
)
def guard_service() -> Book:
    b, s = book()
    goal = (f"{SERVICE}，重点时段护学岗全覆盖，校园周边治安案件比上年下降10%以上，"
            "全年不发生校园重大安全责任事故。")  # fmt: skip
    project_head(s, year=YEAR, name="沅泊市中小学校园保安服务购买",
                 dept="沅泊市教育局 502001", unit="沅泊市教育局安全稳定科",
                 money=one_year(720, 680, 40), goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "购买保安服务人数", "≥", 150, "人"),
        (None, None, "覆盖学校数量", "=", 48, "所"),
        (None, "质量指标", "保安人员持证上岗率", "=", 100, "%"),
        (None, None, "护学岗在岗率", "≥", 98, "%"),
        (None, "时效指标", "突发事件到场响应时间", "≤", 5, "分钟"),
        (None, "成本指标", "保安服务费标准", "≤", 4.8, "万元/人·年"),
        ("效益指标", "社会效益指标", "校园周边治安案件下降率", "≥", 10, "%"),
        (None, None, "校园重大安全责任事故", "≤", 0, "起"),
        (None, "可持续影响指标", "校园安保长效机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "学校及家长满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant(
    "kdz08-guard-count-mismatch",
    (11,),
    "project, NAT-2021: goal's guard count, cost standard × count above the money, ≥100%",
)
def guard_count_mismatch() -> Book:
    b, s = book()
    goal = "为全区62所中小学、幼儿园配备专职保安186名（每校3名），专职保安配备率100%。"
    project_head(s, year=YEAR, name="桐皋区中小学幼儿园专职保安配备",
                 dept="桐皋区教育体育局 411002", unit="桐皋区校园安全管理中心",
                 money=one_year(800, 800, 0), goals=[goal])  # fmt: skip
    cost = mk("≤5万元/人·年", "B107", "warning", row=True,
              note="5万元×168人=840万元（按186人为930万元），超过年度资金800万元")  # fmt: skip
    count = mk("≥168人", "D104", "warning", row=True, note="年度目标写186名，指标只有168人")
    indicators(s, HEAD, [
        ("成本指标", "经济成本指标", "专职保安人均经费标准", cost),
        ("产出指标", "数量指标", "配备专职保安人数", count),
        (None, None, "覆盖学校数量", "≥62所"),
        (None, "质量指标", "专职保安配备率", "100%"),
        (None, None, "保安人员持证上岗率",
         mk("≥100%", "T106", "error", note="上岗率不能超过100%")),
        (None, "时效指标", "保安人员到岗时间", "2026年3月1日前"),
        ("效益指标", "社会效益指标", "校园安全事故发生率", "≤1%"),
        (None, "可持续影响指标", "保安人员年流失率", "≤10%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant(
    "kdz09-guard-flat-department",
    (1, 3, 11),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值) (correct)",
)
def guard_flat_department() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="鹭汀县教育局", budget=[(3860, 3600, 260, 2860, 1000)],
                    tasks=[("校园安保服务", "56所学校驻校保安服务", 620, "安保全覆盖"),
                           ("安全教育", "保安岗前培训240人次", 180, "持证上岗"),
                           ("校车安全管理", "校车跟车与动态监控", 200, "零责任事故"),
                           ("金额合计", None, 1000, None)],
                    goal="全年保障全县56所学校驻校保安到位，开展保安岗前培训240人次。")  # fmt: skip
    s.row("年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("驻校保安配备学校数", 20, "所", "≥", 56),
        ("保安岗前培训人次", 15, "人次", "≥", 240),
        ("保安持证上岗率", 15, "%", "=", pct(1)),
        ("校园安保设施完好率", 10, "%", "≥", pct(0.95)),
        ("安全事件处置响应时间", 10, "分钟", "≤", 5),
        ("校园安全责任事故起数", 10, "起", "≤", 0),
        ("校园周边治安案件下降率", 10, "%", "≥", 8),
        ("家长满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    s.row("合计", 100)
    signature(s, "许清禾", "0745-3381920", (2025, 11, 12))
    return b


@variant(
    "kdz10-guard-department-tasks",
    (12,),
    "department, NAT-2021: tasks not adding to 金额合计, one indicator twice",
)
def guard_department_tasks() -> Book:
    b, s = book()
    total = mk(1500, "B102", "error", note="任务金额900+350+200=1450，合计写1500")
    department_head(s, year=YEAR, dept="苕川区教育局", budget=[(5200, 4900, 300, 3700, 1500)],
                    tasks=[("校园保安服务购买", "71所学校保安服务200人", 900, "安保全覆盖"),
                           ("安防设施维护", "一键报警与周界防护维护", 350, "设施完好"),
                           ("安全教育培训", "保安业务培训600人次", 200, "考核合格"),
                           ("金额合计", None, total, None)],
                    goal="为全区71所学校购买保安服务200人，开展保安业务培训600人次。")  # fmt: skip
    dup = mk("保安培训人次数", "D103", "warning", row=True, alt=("D101", "F201"),
             note="与数量指标下的“保安培训人次”是同一指标，又填在质量指标下")  # fmt: skip
    indicators(s, HEAD, [
        ("成本指标", "经济成本指标", "保安服务单价", "≤4.5万元/人·年"),
        ("产出指标", "数量指标", "保安服务人数", "≥200人"),
        (None, None, "保安培训人次", "≥600人次"),
        (None, None, "覆盖学校数", "≥71所"),
        (None, "质量指标", "保安培训考核合格率", "≥95%"),
        (None, None, dup, "≥600人次"),
        (None, "时效指标", "保安服务合同签订时间", "2026年2月28日前"),
        ("效益指标", "社会效益指标", "校园治安案件发生数", "≤3起"),
        ("满意度指标", "服务对象满意度指标", "学校满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kdz11-guard-points",
    (4, 5, 10),
    "project, NAT-2021, numbered labels with points, score column, 填表说明 (correct)",
)
def guard_points() -> Book:
    b, s = book()
    goal = "为全县12所寄宿制学校配备夜间值守保安24名（每校2名），全年寄宿生夜间安全事故零发生。"
    project_head(s, year=YEAR, name="鹭汀县寄宿制学校夜间安保值守",
                 dept="鹭汀县教育局 618001", unit="鹭汀县教育局安全科",
                 money=one_year(96, 96, 0), goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "1.夜间值守保安人数", "≥24人", 12),
        (None, None, "2.覆盖寄宿制学校数", "≥12所", 8),
        (None, "（二）质量指标", "3.夜间巡查记录完整率", "≥95%", 10),
        (None, "（三）时效指标", "4.夜间异常情况处置时限", "≤10分钟", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "5.值守人员经费标准", "≤4万元/人·年", 20),
        ("三、效益指标（30分）", "（一）社会效益指标", "6.寄宿生夜间安全事故发生数", "≤0起", 15),
        (None, "（二）可持续影响指标", "7.夜间值守制度", "建立并执行", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "8.寄宿生及家长满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    notes(s, "填表说明：1.一级指标分值与三级指标分值各合计100分，只按三级指标计分；",
          "2.夜间值守人员经费含服务费、保险和值班补助。")  # fmt: skip
    signature(s, "蒋一帆", "0745-3381377", (2025, 10, 15))
    return b


@variant(
    "kdz12-guard-tier-points",
    (5, 10),
    "project, ★/abbreviated labels, tier-1 scores: 产出 scores, 满意度 under 社会效益, a year",
)
def guard_tier_points() -> Book:
    b, s = book(widths=(12, 8, 16, 30, 18, 10))
    goal = mk("2025年为全区33所学校配备保安99名，开展校园应急演练66场。", "Y101", "error",
              alt=("Y103",), note="2026年度申报表的年度目标写2025年，是上年文本")  # fmt: skip
    project_head(s, year=YEAR, name="苕川区校园安保服务提升",
                 dept="苕川区教育局 702001", unit="苕川区校园安全服务中心",
                 money=one_year(420, 400, 20), goals=[goal])  # fmt: skip
    sat = mk("家长对校园安保满意度", "F201", "warning", row=True,
             note="满意度指标填在社会效益下")  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("★产出", mk(50, "W103", "error", note="其下分值15+15+10+5=45"),
         "数量", "保安配备人数", "≥99人", 15),
        (None, None, None, "应急演练场次", "≥66场", 15),
        (None, None, "质量", "保安持证上岗率", "100%", 10),
        (None, None, "*时效", "保安到岗时间", "2026年2月20日前", 5),
        ("成本指标", 10, "经济成本指标", "保安服务费标准", "≤4.2万元/人·年", 10),
        ("效益", 30, "★社会效益", "校园安全事件发生数", "≤2起", 15),
        (None, None, None, sat, "≥90%", 15),
        ("满意度", 10, "服务对象满意度", "学生满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计95，随W103而来")
    return b
