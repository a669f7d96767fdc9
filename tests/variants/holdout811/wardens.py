"""Road warden returns (keo07–keo12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout811.common import DEPT, indicators, notes, one_year, sign, start, wan
from tests.variants.holdout811.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "keo07-warden-department-tasks",
    (12,),
    "department, NAT-2021: key tasks not adding to 金额合计, the goal's warden count "
    "against the indicator",
)
def warden_department_tasks() -> Book:
    b, s = start("部门整体")
    total = mk(wan(320), "B102", "error", note="192 + 48 + 60 = 300 ≠ 320（项目支出320）")
    department_head(s, year=2025, dept="嵩桥县农村公路管理所",
                    budget=[(wan(430), wan(400), wan(30), wan(110), wan(320))],
                    tasks=[("护路员聘用", "聘用乡村护路员并发放补助", wan(192), "聘用护路员320名"),
                           ("巡查装备", "配发巡查车辆及安全装备", wan(48), "配发装备320套"),
                           ("培训考核", "岗前培训及季度考核", wan(60), "培训640人次"),
                           ("金额合计", None, total, None)],
                    goal="聘用乡村护路员320名，实现全县186个行政村道路巡查全覆盖，"
                         "路面病害24小时内上报。")  # fmt: skip
    s.row("年度绩效指标", None, None, None, merge=[(1, 4)])
    staff = mk("≥300人", "D104", "warning", row=True, note="年度总体目标和任务都写320名")
    indicators(s, ONE, [
        ["成本指标", "经济成本指标", "护路员月补助标准", "≤500元/人·月"],
        ["产出指标", "数量指标", "护路员在岗人数", staff],
        [None, None, "岗前及季度培训", "≥640人次"],
        [None, "质量指标", "行政村巡查覆盖率", "=100%"],
        [None, "时效指标", "路面病害上报时限", "≤24小时"],
        ["效益指标", "社会效益指标", "乡村道路通行安全事故起数", "较上年下降"],
        ["满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥90%"],
    ])  # fmt: skip
    sign(s, "祁望舒", "0739-6273318")
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "keo08-warden-flat-list",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
    "指标值), typed percent cells, 0起, a 合计 row (correct)",
)
def warden_flat_list() -> Book:
    b, s = start()
    department_head(
        s,
        year=2025,
        dept="梧冈镇人民政府",
        budget=[(wan(96), wan(90), wan(6), wan(30), wan(66))],
        goal="管好本镇村道142公里，聘用护路员48名，病害发现后及时上报处置。",
    )
    s.row("年度绩效指标", None, None, None, None, merge=[(1, 5)])
    s.row(*FLAT)
    s.table([
        ["聘用护路员人数", 15, "人", "大于等于", 48],
        ["村道巡查覆盖里程", 15, "公里", "大于等于", 142],
        ["护路员月度考核合格率", 15, "%", "大于等于", pct(0.95)],
        ["护路员月补助标准", 10, "元/人·月", "小于等于", 600],
        ["路面病害上报及时率", 10, "%", "大于等于", pct(0.9)],
        ["道路安全责任事故", 10, "起", "等于", 0],
        ["涉路群众投诉率", 10, "%", "小于等于", pct(0.02)],
        ["村民满意度", 15, "%", "大于等于", pct(0.9)],
        ["合计", 100, None, None, None],
    ])  # fmt: skip
    notes(s, "注：护路员补助按48人 × 600元 × 12个月 = 34.56万元测算。", width=5)
    sign(s, "温稚川", "0739-6289026")
    return b


@variant(
    "keo09-warden-flat-defects",
    (3, 11),
    "department, flat list in another order (指标值 · 指标性质 as direction · "
    "计量单位 · 权重): weights 95, a 反向 rate with ≥, a near-duplicate",
)
def warden_flat_defects() -> Book:
    b, s = start()
    department_head(
        s,
        year=2025,
        dept="覃家坝乡人民政府",
        budget=[(wan(80), wan(75), wan(5), wan(30), wan(50))],
        goal="聘用护路员60名，开展岗前培训120人次，村道病害及时上报。",
    )
    s.row("年度绩效指标", None, None, None, None, merge=[(1, 5)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    twice = mk(
        "≥120",
        "D103",
        "warning",
        row=True,
        alt=("D101", "D102"),
        note="与上一行“护路员培训人次”是同一项培训，多一个“岗前”",
    )
    s.table([
        ["聘用护路员人数", "≥60", "正向", "人", 20],
        ["护路员培训人次", "≥120", "正向", "人次", 10],
        ["护路员岗前培训人次", twice, "正向", "人次", 10],
        ["路面病害上报及时率", "≥90%", "正向", "%", 15],
        ["涉路群众投诉率", mk("≥3%", "T108", "warning", row=True, note="反向指标写成≥"),
         "反向", "%", 10],
        ["护路员月补助标准", "≤600", "反向", "元/人·月", 15],
        ["村民满意度", "≥90%", "正向", "%", 15],
    ])  # fmt: skip
    b.file_mark("W101", "error", note="20 + 10 + 10 + 15 + 10 + 15 + 15 = 95，应为100")
    sign(s, "蓝仲言", "0739-6291547")
    return b


@variant(
    "keo10-warden-points-labels",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points, an indicator score column "
    "adding to them, a rise in 百分点 (correct)",
)
def warden_points_labels() -> Book:
    b, s = start()
    project_head(s, year=2025, name="嵩桥县乡村护路员队伍建设项目", dept=DEPT,
                 unit="嵩桥县农村公路管理所", money=one_year(wan(210), wan(200), wan(10)),
                 goals=["聘用护路员260名（其中新聘40名），培训520人次，持证上岗率比上年提高"
                        "5个百分点，病害24小时内上报。"])  # fmt: skip
    indicators(s, (*ONE, "分值"), [
        ["一、成本指标（10分）", "（一）经济成本指标", "1.护路员月补助标准", "≤600元/人·月", 10],
        ["二、产出指标（50分）", "（一）数量指标", "1.护路员聘用人数", "≥260人", 10],
        [None, None, "2.岗前培训人次", "≥520人次", 10],
        [None, "（二）质量指标", "1.护路员季度考核合格率", "≥95%", 10],
        [None, None, "2.持证上岗率", "提高≥5百分点", 10],
        [None, "（三）时效指标", "1.病害巡查上报时限", "≤24小时", 10],
        ["三、效益指标（30分）", "（一）社会效益指标", "1.村道通行安全事故起数", "较上年下降", 10],
        [None, None, "2.路域环境整洁村占比", "≥85%", 10],
        [None, "（二）可持续影响指标", "1.护路员管理长效机制", "建立并执行", 10],
        ["四、满意度指标（10分）", "（一）服务对象满意度指标", "1.沿线村民满意度", "≥90%", 10],
        ["合计", None, None, None, 100],
    ])  # fmt: skip
    notes(s, "注：一级指标分值之和与三级指标分值之和均为100分。", width=5)
    sign(s, "欧阳澈", "0739-6206613")
    return b


OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "keo11-warden-dates-costs",
    (1, 5),
    "project, NAT-2021, operator and unit columns: a rate under 数量, last year's "
    "deadline, a monthly subsidy × wardens above the money",
)
def warden_dates_costs() -> Book:
    b, s = start()
    project_head(s, year=2025, name="覃家坝乡护路员巡查补助项目", dept=DEPT,
                 unit="覃家坝乡人民政府", money=one_year(wan(90), wan(90), wan(0)),
                 goals=["聘用护路员100名，2025年3月31日前完成选聘，"
                        "全年巡查乡村道路310公里。"])  # fmt: skip
    subsidy = mk(
        800, "B107", "warning", row=True, note="800元 × 100人 × 12个月 = 96万元，超过年度资金90万元"
    )
    rate = mk(pct(0.95), "F201", "warning", row=True, note="考核合格率是质量指标")
    due = mk(
        day(2024, 3, 31, CN_DATE),
        "Y102",
        "error",
        alt=("Y101", "Y103"),
        note="年度目标写2025年3月31日前，这里是去年的日期",
    )
    indicators(s, OPS, [
        ["成本指标", "经济成本指标", "护路员月补助标准", "≤", subsidy, "元/人·月"],
        ["产出指标", "数量指标", "聘用护路员人数", "≥", 100, "人"],
        [None, None, "护路员考核合格率", "≥", rate, "%"],
        [None, None, "乡村道路巡查里程", "≥", 310, "公里"],
        [None, "质量指标", "巡查记录完整率", "≥", pct(0.95), "%"],
        [None, "时效指标", "护路员选聘完成时间", "≤", due, None],
        ["效益指标", "社会效益指标", "路域脏乱差问题整改率", "≥", 90, "%"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥", pct(0.9), "%"],
    ])  # fmt: skip
    sign(s, "阚知远", "0739-6215580")
    return b


@variant(
    "keo12-warden-stacked",
    (2,),
    "two projects stacked, OLD-NAT, one value column, the same indicator names with "
    "other values in each project, subsidy equal to the money (correct)",
)
def warden_stacked() -> Book:
    b, s = start()
    project_head(s, year=2025, name="柘源乡护路员劳务补助", dept=DEPT, unit="柘源乡人民政府",
                 money=one_year(wan(36), wan(36), wan(0)),
                 goals=["聘用护路员50名，管护乡村道路96公里。"])  # fmt: skip
    indicators(s, ONE, [
        ["产出指标", "数量指标", "聘用护路员人数", "≥50人"],
        [None, None, "管护道路里程", "≥96公里"],
        [None, "质量指标", "护路员考核合格率", "≥95%"],
        [None, "时效指标", "病害上报时限", "≤24小时"],
        [None, "成本指标", "护路员月补助标准", "≤500元/人·月"],
        ["效益指标", "社会效益指标", "乡村道路通行条件", "改善"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name="梧冈镇护路员劳务补助", dept=DEPT,
                 unit="梧冈镇人民政府", money=one_year(wan(26.4), wan(20), wan(6.4)),
                 goals=["聘用护路员40名，管护村道142公里。"])  # fmt: skip
    indicators(s, ONE, [
        ["产出指标", "数量指标", "聘用护路员人数", "≥40人"],
        [None, None, "管护道路里程", "≥142公里"],
        [None, "质量指标", "护路员考核合格率", "≥92%"],
        [None, "时效指标", "病害上报时限", "≤12小时"],
        [None, "成本指标", "护路员月补助标准", "≤550元/人·月"],
        ["效益指标", "社会效益指标", "乡村道路通行条件", "改善"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥88%"],
    ])  # fmt: skip
    notes(s, "注：梧冈镇补助按40人 × 550元 × 12个月 = 26.4万元，与年度资金相等。")
    sign(s, "卜怀瑾", "0739-6224791")
    return b
