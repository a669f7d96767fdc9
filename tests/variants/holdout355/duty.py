"""Returns va13–va18: crews and ploughs on duty, complaints, department and exported forms."""

from __future__ import annotations

from tests.variants.holdout355.common import (
    YEAR,
    department,
    first,
    indicators,
    one_year_money,
    project,
    signature,
    wan,
)
from tests.variants.holdout355.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

TIER_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("va13-department-money-wrong", (12, 1), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, key tasks not adding to 金额合计, typed percent cells")  # fmt: skip
def va13() -> Book:
    b, s = first()
    total = mk(wan(620), "B101", "error", note="基本支出 300 + 项目支出 300 = 600, not 620")
    sum_line = mk(wan(300), "B102", "error", note="tasks 180 + 90 = 270, not 300")
    department(s, "朔川市城市管理应急指挥中心", (total, wan(580), wan(40), wan(300), wan(300)),
               "冬季冰雪天气应急值守到位，市民投诉及时办结。", [
                   ("冰雪应急值守", "24小时值守、调度扫雪力量", wan(180), "降雪时全员在岗"),
                   ("城管热线受理", "受理扫雪除冰投诉和求助", wan(90), "投诉按时办结"),
                   ("金额合计", None, sum_line, None)])  # fmt: skip
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "冰雪天气应急值守班次", "≥180班次"),
        (None, "质量指标", "扫雪除冰投诉按时办结率", pct(0.98)),
        (None, "时效指标", "投诉受理后派单时间", "≤30分钟"),
        ("成本指标", "经济成本指标", "值守人员每班次补助", "≤300元"),
        ("效益指标", "社会效益指标", "积雪结冰重复投诉率", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "投诉人满意度", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("va14-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a tier-2 left "
         "from the template without indicator, a value without a name")  # fmt: skip
def va14() -> Book:
    b, s = first()
    project(s, "环卫工人冬季扫雪保障", "朔川市北棠区环境卫生所", one_year_money(46, 46, 0),
            ["保障850名环卫工人冬季扫雪装备和补助。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "发放防寒扫雪装备", "≥850套"),
        (None, "质量指标", mk(None, "F110", "error", note="a value without an indicator name"),
         "≥95%"),
        (None, "时效指标", "装备发放完成时间", "11月30日前"),
        ("成本指标", "经济成本指标", "每套装备采购价", "≤420元"),
        ("效益指标", "社会效益指标", "扫雪作业人员冻伤人数", "≤2人"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="tier-2 left from the template, no indicator"), None, None),
        ("满意度指标", "服务对象满意度指标", "环卫工人满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "庞晓岚", "0471-3391146")
    return b


@variant("va15-two-row-header", (7, 11), "project, NAT-2021, two-row header, 指标性质 as "
         "direction, 指标方向 as operator in words, unit column, 下降率 ≥ (correct)")  # fmt: skip
def va15() -> Book:
    b, s = first(widths=(14, 16, 28, 10, 12, 10, 10))
    project(s, "冬季扫雪除冰应急值守", "朔川市环境卫生管理处", one_year_money(150, 140, 10),
            ["降雪期间420名作业人员和96台扫雪车辆在岗值守。"])  # fmt: skip
    s.row("绩效指标", None, None, "指标性质", "指标方向", "指标值", "计量单位", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标")
    for c in range(4, 8):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "值守清雪作业人员", "正向", "大于等于", 420, "人"),
        (None, None, "值守扫雪车辆", "正向", "大于等于", 96, "台"),
        (None, "质量指标", "主干道雪后通行率", "正向", "大于等于", 98, "%"),
        (None, "时效指标", "扫雪车辆接警出动时间", "反向", "小于等于", 30, "分钟"),
        ("成本指标", "经济成本指标", "人均值守补助标准", "反向", "小于等于", 1200, "元/人"),
        ("效益指标", "社会效益指标", "道路结冰投诉量下降率", "正向", "大于等于", 15, "%"),
        (None, None, "冰雪致交通死亡事故", "反向", "等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "投诉办结满意度", "正向", "大于等于", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    return b


def _hotline(s: Sheet, title: str | None, name: str, money_rows: list[list[object]],
             rows: list[tuple[object, ...]]) -> None:  # fmt: skip
    project(s, name, "朔川市城市管理应急指挥中心", money_rows, [f"{name}任务按期完成。"],
            title=title)  # fmt: skip
    indicators(s, TIER_HEAD, rows)


@variant("va16-stacked-wrong", (2, 12), "two projects stacked, OLD-NAT, one value column: the "
         "second project's money does not add up and a rate above 100%")  # fmt: skip
def va16() -> Book:
    b, s = first("绩效目标表")
    _hotline(s, None, "扫雪除冰投诉热线运维", one_year_money(38, 38, 0), [
        ("产出指标", "数量指标", "热线受理坐席", "≥12个"),
        (None, "质量指标", "投诉按时办结率", "≥95%"),
        (None, "成本指标", "坐席年运维费", "≤3万元/个"),
        ("效益指标", "社会效益指标", "扫雪投诉重复率", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "来电市民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(75), "B101", "error", note="60 + 10 = 70, not 75")
    _hotline(s, "", "扫雪作业车辆卫星定位监管", [
        ["年度资金总额", total, "其中：财政拨款", wan(60)], [None, None, "其他资金", wan(10)]], [
        ("产出指标", "数量指标", "安装定位终端扫雪车辆", "≥96台"),
        (None, "质量指标", "作业轨迹在线率", mk("≥105%", "T106", "error",
                                                note="an 在线率 cannot exceed 100%")),
        (None, "成本指标", "每台终端及服务费", "≤0.6万元"),
        ("效益指标", "社会效益指标", "漏扫路段投诉", "≤10件"),
        ("满意度指标", "服务对象满意度指标", "作业单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


EXPORT_CODES = ("318001", "318001003")


@variant("va17-system-export", (7, 9), "budget-system export: sheets 部门项目支出预算05-1 and "
         "部门项目支出绩效目标05-2, header on the third row, codes in the first columns, "
         "text =100% (correct)")  # fmt: skip
def va17() -> Book:
    b, s = first("部门项目支出预算05-1", (10, 12, 30, 12, 12, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("单位编码", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.table([
        (*EXPORT_CODES, "冬季道路扫雪除冰作业", wan(210), wan(200), wan(10)),
        ("318001", "318001007", "融雪剂储备库运行维护", wan(48), wan(48), wan(0)),
        ("合计", None, None, wan(258), wan(248), wan(10)),
    ])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (10, 12, 24, 12, 16, 26, 14))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    t.row("单位名称：朔川市环境卫生管理处")
    t.row("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    a, c = EXPORT_CODES
    p1, p2 = ("318001", "318001007"), "冬季道路扫雪除冰作业"
    t.table([
        (a, c, p2, "产出指标", "数量指标", "扫雪除冰道路里程", "≥420公里"),
        (a, c, p2, "产出指标", "时效指标", "雪情信息报送及时率", "=100%"),
        (a, c, p2, "产出指标", "成本指标", "每公里除雪成本", "≤0.45万元"),
        (a, c, p2, "效益指标", "社会效益指标", "主干道因雪封闭", "≤1次"),
        (a, c, p2, "满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
        (*p1, "融雪剂储备库运行维护", "产出指标", "数量指标", "融雪剂储备量", "≥2000吨"),
        (*p1, "融雪剂储备库运行维护", "产出指标", "质量指标", "储备融雪剂受潮结块率", "≤2%"),
        (*p1, "融雪剂储备库运行维护", "效益指标", "可持续影响指标", "储备库管理制度", "健全"),
        (*p1, "融雪剂储备库运行维护", "满意度指标", "服务对象满意度指标", "市民满意度",
         "≥85%"),
    ])  # fmt: skip
    return b


@variant("va18-direction-operator-column", (11, 1), "project, OLD-NAT, operator column and "
         "typed percent cells: ≥ on a complaint rate and a response time, = on a cost")  # fmt: skip
def va18() -> Book:
    b, s = first()
    project(s, "城区扫雪车辆作业调度", "朔川市南汀区环境卫生所", one_year_money(68, 64, 4),
            ["降雪时扫雪车辆30分钟内出动，积雪投诉及时处置。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "单位"), [
        ("产出指标", "数量指标", "调度扫雪车辆作业", "≥", 1600, "台班"),
        (None, "质量指标", "调度指令执行率", "≥", pct(0.98), "%"),
        (None, "时效指标", "扫雪车辆接令出动时间",
         mk("≥", "T108", "warning", row=True, note="a response time takes ≤"), 30, "分钟"),
        (None, "成本指标", "每台班作业成本",
         mk("=", "T108", "warning", row=True, note="= on a cost cap"), 350, "元"),
        ("效益指标", "社会效益指标", "积雪投诉率",
         mk("≥", "T108", "warning", row=True, note="反向 complaint rate with ≥"), pct(0.02),
         "%"),
        ("满意度指标", "服务对象满意度指标", "沿街商户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "钮嘉禾", "0471-3317582")
    return b
