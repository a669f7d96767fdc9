"""Department returns, flat lists, exports and template rows: uw13–uw18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout351.common import funds, indicators, new, notes, sign
from tests.variants.holdout351.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

DEPT = "澄岭区商务局"
BUDGET = [(money(520, WAN), money(500, WAN), money(20, WAN), money(380, WAN), money(140, WAN))]
GOAL = "推进智能快递柜进小区和社区快递驿站规范化，减少超期滞留件和快递服务投诉。"


@variant("uw13-flat-department", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), percent cells, weights add to 100 (correct)")  # fmt: skip
def uw13() -> Book:
    b, s = new()
    department_head(s, year=2025, dept=DEPT, budget=BUDGET, goal=GOAL)
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("住宅小区智能快递柜覆盖率", 20, "%", "≥", pct(0.85)),
        ("社区快递驿站数量", 15, "个", "≥", 120),
        ("快递服务投诉率", 15, "%", "≤", pct(0.005, "0.0%")),
        ("超期滞留件下降率", 15, "%", "≥", pct(0.2)),
        ("快递安全生产事故", 10, "起", "=", 0),
        ("居民快递服务满意度", 15, "%", "≥", pct(0.9)),
        ("快递员技能培训", 10, "人次", "≥", 800),
    ])  # fmt: skip
    s.row("合计", 100)
    return b


@variant("uw14-flat-defects", (3, 11), "department, flat list (指标名称 · 指标值 · 指标性质 as "
         "direction · 计量单位 · 权重): a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def uw14() -> Book:
    b, s = new()
    department_head(s, year=2025, dept="澄岭区邮政快递业发展服务中心", goal=GOAL,
                    budget=[(money(210, WAN), money(200, WAN), money(10, WAN),
                             money(150, WAN), money(60, WAN))])  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("智能快递柜新增组数", "≥150", "正向", "组", 20),
        ("超期件投诉率", mk("≥0.8", "T108", "warning", row=True,
                            note="反向 in the direction column, ≥ in the value"), "反向", "%", 20),
        ("驿站规范化达标率", "≥95", "正向", "%", 20),
        ("快递员技能培训", "≥600", "正向", "人次", 15),
        ("居民满意度", "≥90", "正向", "%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="20 + 20 + 20 + 15 + 20 = 95, not 100")
    return b


@variant("uw15-department-tasks", (4, 12), "department, NAT-2021, weight column: budget and "
         "tasks adding up, header repeated after a page break, a 合计 row (correct)")  # fmt: skip
def uw15() -> Book:
    b, s = new()
    budget = [(money(860, WAN), money(800, WAN), money(60, WAN), money(610, WAN), money(250, WAN))]
    tasks = [("快递柜进小区", "新增智能快递柜200组", money(120, WAN), "覆盖率达80%"),
             ("驿站运营补贴", "补贴驿站75个", money(90, WAN), "驿站稳定运营"),
             ("超期件治理", "建设回收点20个", money(40, WAN), "超期件占比≤3%"),
             ("金额合计", None, money(250, WAN), None)]  # fmt: skip
    department_head(s, year=2025, dept=DEPT, budget=budget, tasks=tasks, goal=GOAL)
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("成本指标", "经济成本指标", "每组快递柜建设补助", "≤0.6万元/组", 10),
        ("产出指标", "数量指标", "新增智能快递柜", "≥200组", 15),
        (None, None, "享受补贴的驿站", "≥75个", 10),
        (None, "质量指标", "柜机验收合格率", "=100%", 10),
        (None, "时效指标", "超期件退回处理时限", "≤48小时", 5),
    ])  # fmt: skip
    s.skip()
    indicators(s, head, [
        ("效益指标", "社会效益指标", "超期滞留件占比", "≤3%", 15),
        (None, None, "快递服务有效投诉", "≤40件", 10),
        (None, "可持续影响指标", "快递柜运维长效机制", "建立并执行", 5),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", 20),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    notes(s, "说明：权重合计100分，预算执行率另行评价，不列入本表。", width=5)
    return b


@variant("uw16-department-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, tasks not adding to 金额合计")  # fmt: skip
def uw16() -> Book:
    b, s = new()
    total = mk(money(640, WAN), "B101", "error", row=True, note="450 + 180 = 630, not 640")
    budget = [(total, money(600, WAN), money(40, WAN), money(450, WAN), money(180, WAN))]
    tasks = [("驿站运营补贴", "补贴驿站60个", money(80, WAN), "驿站稳定运营"),
             ("快递柜进小区", "新增快递柜100组", money(60, WAN), "覆盖率达70%"),
             ("快递员培训", "培训600人次", money(30, WAN), "持证上岗"),
             ("金额合计", None, mk(money(180, WAN), "B102", "error",
                                   note="80 + 60 + 30 = 170, not 180"), None)]  # fmt: skip
    department_head(s, year=2025, dept="澄岭区快递物流发展办公室", budget=budget, tasks=tasks,
                    goal=GOAL)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("成本指标", "经济成本指标", "每站运营补贴", "≤1.2万元/站"),
        ("产出指标", "数量指标", "享受补贴的驿站", "≥60个"),
        (None, None, "新增智能快递柜", "≥100组"),
        (None, "质量指标", "快递员持证上岗率", "≥95%"),
        ("效益指标", "社会效益指标", "超期滞留件占比", "≤4%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("uw17-system-export", (7, 12), "budget-system export: budget lines with codes on sheet "
         "05-1, the indicators with codes on sheet 05-2, header on row 3 (correct)")  # fmt: skip
def uw17() -> Book:
    b, s = new("部门项目支出预算05-1", (14, 30, 12, 14, 14, 14))
    s.title("2025年度部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "单位编码", "资金总额", "财政拨款", "其他资金")
    code = "330110-25-0417"
    s.row(code, "社区快递服务站点提质补助", "305017", money(32, WAN), money(30, WAN), money(2, WAN))
    s.row("合计", None, None, money(32, WAN), money(30, WAN), money(2, WAN))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 24, 14, 16, 28, 16))
    t.title("2025年度部门项目支出绩效目标表", 6)
    t.row("单位名称：澄岭区商务局")
    rows = [
        (code, "社区快递服务站点提质补助", "产出指标", "数量指标", "提质改造的服务站点", "≥40个"),
        (None, None, None, "质量指标", "站点提质验收合格率", "=100%"),
        (None, None, None, "时效指标", "改造完成时间", "2025年10月31日前"),
        (None, None, "成本指标", "经济成本指标", "每个站点提质补助", "≤0.75万元/个"),
        (None, None, "效益指标", "社会效益指标", "超期件平均滞留时长", "≤3天"),
        (None, None, "满意度指标", "服务对象满意度指标", "站点周边居民满意度", "≥90%"),
    ]  # fmt: skip
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    indicators(t, head, rows, merged=(1, 2, 3, 4))
    return b


@variant("uw18-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a tier-2 left from "
         "the template, a value without a name, a placeholder left in a value")  # fmt: skip
def uw18() -> Book:
    b, s = new()
    project_head(s, year=2025, name="澄岭区快递柜超期件预警平台建设", dept="澄岭区商务局（305017）",
                 unit="澄岭区邮政快递业发展服务中心", money=funds(28, 25, 3),
                 goals=["建成超期件预警平台，接入全区快递柜和驿站。"])  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "平台开发费用", "≤25万元"),
        ("产出指标", "数量指标", "接入平台的快递柜",
         mk("≥**组", "X101", "error", note="placeholder left in the value")),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥95%"),
        (None, "质量指标", "预警信息推送准确率", "≥98%"),
        (None, "时效指标", "平台上线时间", "2025年9月30日前"),
        ("效益指标", "社会效益指标", "超期滞留件占比", "≤3%"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    sign(s, "严叙白", "0571-86205532", day(2024, 12, 12))
    return b
