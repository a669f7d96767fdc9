"""Water wheel (水车) repair returns: tier labels and points, flat lists, header words, template
rows."""

from __future__ import annotations

from tests.variants.holdout531.common import (
    department,
    funds,
    indicators,
    project,
)
from tests.variants.holdout531.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

WHEEL_DEPT = "澄岭县水利工程遗产保护中心"


@variant("bu07-wheel-numbered-points", (5, 10), "project, NAT-2021, numbered tier labels with "
         "points (一、产出指标（40分）, （一）数量指标), an indicator score "
         "column, 合计 100 (correct)")  # fmt: skip
def bu07() -> Book:
    b, s = project("Sheet1", "鹤汀古水车群修复", "鹤汀灌区管理所", funds(56, 50, 6),
                   ["修复鹤汀古水车3架，恢复提水灌溉450亩，兼作研学参观点。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "古水车修复数量", "≥3架", 10),
        (None, None, "水车轮辐更换数量", "≥96根", 10),
        (None, "（二）质量指标", "修复验收合格率", "=100%", 10),
        (None, "（三）时效指标", "完工时间", "9月30日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "单架水车修复费用", "≤16万元/架", 20),
        ("三、效益指标（30分）", "（一）社会效益指标", "水车提水灌溉面积", "≥450亩", 10),
        (None, None, "研学参观人次", "≥8000人次", 10),
        (None, "（二）可持续影响指标", "水车营造技艺传承人", "≥2人", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "游客满意度", "≥90%", 10),
        ("合计", "", "", "", 100),
    ])  # fmt: skip
    return b


@variant("bu08-wheel-points-wrong", (5, 10), "project, NAT-2021, tier-1 score column and "
         "indicator scores: 产出 scores short of its 50, a 效益 tier-2 under 产出")  # fmt: skip
def bu08() -> Book:
    b, s = project("Sheet1", "椒坪筒车修复", "椒坪水利站", funds(40, 36, 4),
                   ["修复椒坪筒车2架，更换刮板64块，恢复沿渠300亩灌溉。"])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计 95：W103 的后果")
    short = mk(50, "W103", "error", note="产出指标下分值 15+10+10+10 = 45，不是 50")
    wrong = mk("社会效益指标", "F105", "error", note="社会效益指标属效益指标，不在产出指标下")
    head = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")
    indicators(s, head, [
        ("产出指标", short, "数量指标", "筒车修复数量", "≥2架", 15),
        (None, None, None, "刮板更换数量", "≥64块", 10),
        (None, None, "质量指标", "修复验收合格率", "=100%", 10),
        (None, None, wrong, "沿渠灌溉恢复面积", "≥300亩", 10),
        ("成本指标", 20, "经济成本指标", "单架筒车修复费用", "≤14万元/架", 20),
        ("效益指标", 20, "可持续影响指标", "筒车运行维护制度", "建立并执行", 10),
        (None, None, None, "筒车年运转天数", "≥180天", 10),
        ("满意度指标", 10, "服务对象满意度指标", "村民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("bu09-wheel-flat-department", (3, 1), "department, flat list (指标名称 · 权重 · "
         "计量单位 · 指标性质 as operator · 指标值), typed percent cells, a 0 incident "
         "count (correct)")  # fmt: skip
def bu09() -> Book:
    budget = [tuple(money(v, WAN) for v in (860, 800, 60, 520, 340))]
    goal = "守护全县古水车和渡槽，办好水利遗产展示馆，全年接待参观3万人次。"
    b, s = department("Sheet1", WHEEL_DEPT, budget, goal)  # fmt: skip
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("古水车日常巡查次数", 15, "次", "≥", 48),
        ("渡槽安全隐患整改率", 15, "%", "≥", pct(0.95)),
        ("水利遗产展示馆接待人次", 20, "人次", "≥", 30000),
        ("水车展示点开放天数", 10, "天", "≥", 240),
        ("文物本体损坏事件", 10, "起", "≤", 0),
        ("展馆运维单位成本", 10, "元/人次", "≤", 12),
        ("灌区水利遗产知晓率", 10, "%", "≥", pct(0.8)),
        ("参观群众满意度", 10, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    return b


@variant("bu10-wheel-flat-defects", (3, 11), "department, flat list (指标名称 · 指标值 · "
         "指标性质 as direction · 计量单位 · 权重): a unit conflict, a 反向 rate with ≥, "
         "weights 95")  # fmt: skip
def bu10() -> Book:
    budget = [tuple(money(v, WAN) for v in (420, 400, 20, 260, 160))]
    b, s = department("Sheet1", "澄岭县沅桥灌区水车管护站", budget,
                      "管护沅桥灌区水车12架，开放水车展示点，开展研学活动。")  # fmt: skip
    b.file_mark("W101", "error", note="权重 15×5 + 10 + 10 = 95，不是 100")
    unit = mk("36片", "T112", "error", note="指标值单位 片 与计量单位列 座 冲突")
    stop = mk("≥3%", "T108", "warning", row=True, note="停转率是反向指标，应为 ≤3%")
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("水车叶片更换数量", unit, "正向", "座", 15),
        ("水车故障停转率", stop, "反向", "%", 15),
        ("水车展示点开放天数", "≥200", "正向", "天", 15),
        ("研学活动场次", "≥24", "正向", "场", 15),
        ("展示设施完好率", "≥95", "正向", "%", 15),
        ("游客投诉率", "≤2", "反向", "%", 10),
        ("游客满意度", "≥90", "正向", "%", 10),
    ], merged=())  # fmt: skip
    return b


@variant("bu11-wheel-second-sheet", (7, 1), "project head on the first sheet, the indicator "
         "table on a second sheet under a two-row header 考核指标 · 预期实现值 · "
         "评价标准 (correct)")  # fmt: skip
def bu11() -> Book:
    b, _ = project("项目信息", "石埠水车展示区复原", WHEEL_DEPT, funds(50, 45, 5),
                   ["复原石埠水车2架并设置解说牌，10月1日前开放展示区。"])  # fmt: skip
    s = b.sheet("绩效指标", (16, 20, 28, 16, 18))
    s.title("项目绩效指标", 5)
    s.row("考核指标", None, None, "预期实现值", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标")
    for c in (4, 5):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "展示水车复原数量", "≥2架", "每少1架扣5分"),
        (None, None, "遗产解说牌设置数量", "≥30块", "按完成比例扣分"),
        (None, "质量指标", "复原水车试运转合格率", pct(1), "不合格不得分"),
        (None, "时效指标", "展示区开放时间", "10月1日前", "逾期不得分"),
        ("成本指标", "经济成本指标", "单架水车复原费用", "≤22万元/架", "超支不得分"),
        ("效益指标", "社会效益指标", "年参观人次", "≥20000人次", "按完成比例扣分"),
        (None, "可持续影响指标", "展示水车管护机制", "建立并执行", "未建立不得分"),
        ("满意度指标", "服务对象满意度指标", "参观者满意度", "≥90%", "每低1%扣1分"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("bu12-wheel-template-rows", (6, 13), "project, NAT-2021, header 预期目标: two tier-2 "
         "labels left from the template without indicators, a value without a name")  # fmt: skip
def bu12() -> Book:
    b, s = project("Sheet1", "岑口水车转轮修复", "岑口水利站", funds(30, 30, 0),
                   ["修复岑口水车转轮4个，清淤引水渠120米，恢复260亩提水灌溉。"])  # fmt: skip
    name = mk(None, "F110", "error", note="有指标值 ≥120米，三级指标名称空着（应为引水渠清淤长度）")
    cost = mk("社会成本指标", "F109", "warning", row=True, note="模板行未填")
    eco = mk("生态效益指标", "F109", "warning", row=True, note="模板行未填")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "水车转轮修复数量", "≥4个"),
        (None, None, name, "≥120米"),
        (None, "质量指标", "修复验收合格率", "=100%"),
        (None, "时效指标", "完工时间", "10月31日前"),
        ("成本指标", "经济成本指标", "单个转轮修复费用", "≤6万元/个"),
        (None, cost, None, None),
        ("效益指标", "社会效益指标", "恢复提水灌溉面积", "≥260亩"),
        (None, eco, None, None),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b
