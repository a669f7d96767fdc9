"""Returns ur13–ur18: footfall and lighting upgrades at night markets."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout346.common import (
    HEAD4,
    YEAR,
    funds,
    funds2,
    indicators,
    notes,
    project,
    sign,
    start,
)
from tests.variants.holdout346.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct

DEPT = "松汀市住房和城乡建设局（118030）"
POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
WIDTHS = (14, 8, 16, 30, 16, 8)


def _points(tier: tuple[Any, Any, Any, Any]) -> list[tuple[Any, ...]]:
    """Tier-1 points for 成本, 产出, 效益, 满意度; the indicator points are fixed."""
    return [
        ("成本指标", tier[0], "经济成本指标", "单盏LED灯具改造成本", "≤0.12万元/盏", 10),
        ("产出指标", tier[1], "数量指标", "改造夜市照明灯具", "≥1200盏", 10),
        (None, None, None, "新增夜景亮化节点", "≥6个", 10),
        (None, None, "质量指标", "改造灯具验收合格率", "≥98%", None),
        (None, None, "时效指标", "亮化改造完工时间", f"{YEAR}年10月31日前", 10),
        ("效益指标", tier[2], "社会效益指标", "夜市日均客流量增幅", "提高≥5百分点", 10),
        (None, None, None, "夜市照明相关治安案件", "≤0起", 10),
        (None, None, "可持续影响指标", "照明设施维护机制", "建立并执行", None),
        ("满意度指标", tier[3], "服务对象满意度指标", "游客满意度", "≥90%", 10),
        (None, None, None, "夜市商户满意度", "≥90%", 10),
    ]


@variant("ur13-lighting-points", (10,),
         "project, NAT-2021, a tier-1 score column and an indicator score column both adding to "
         "100, a footfall rise in 百分点 (correct)")  # fmt: skip
def ur13() -> Book:
    b, s = start("Sheet1", WIDTHS)
    project(s, "松汀市夜市照明提升改造项目", DEPT, "松汀市市政设施管理处",
            funds(186.0, 160.0, 26.0),
            ["完成3处夜市1200盏照明灯具LED改造，新增6个夜景亮化节点，带动夜间客流。"])  # fmt: skip
    rows = _points((10, 40, 30, 20))
    rows[3] = (None, None, "质量指标", "改造灯具验收合格率", "≥98%", 10)
    rows[7] = (None, None, "可持续影响指标", "照明设施维护机制", "建立并执行", 10)
    indicators(s, POINTS, rows, merged=(1, 2, 3))
    notes(s, "注：一级指标分值与三级指标分值分别合计100分，不累加。")
    return b


@variant("ur14-points-wrong", (10,),
         "project, NAT-2021, tier-1 scores against the indicator scores under them: 产出 40 "
         "declared with 45 beneath, 效益 30 with 25 beneath")  # fmt: skip
def ur14() -> Book:
    b, s = start("绩效目标", WIDTHS)
    project(s, "澄屿县夜市亮化工程项目", "澄屿县住房和城乡建设局（317030）",
            "澄屿县路灯管理所", funds(186.0, 170.0, 16.0),
            ["完成县城夜市1200盏灯具改造和6个亮化节点建设。"])  # fmt: skip
    out = mk(40, "W103", "error", note="10+10+15+10 = 45 under 产出, not 40")
    eff = mk(30, "W103", "error", note="10+10+5 = 25 under 效益, not 30")
    rows = _points((10, out, eff, 20))
    rows[3] = (None, None, "质量指标", "改造灯具验收合格率", "≥98%", 15)
    rows[7] = (None, None, "可持续影响指标", "照明设施维护机制", "建立并执行", 5)
    indicators(s, POINTS, rows, merged=(1, 2, 3))
    return b


@variant("ur15-footfall-export", (7, 4),
         "budget-system export: budget on sheet 05-1, indicators on sheet 05-2 with codes in the "
         "first columns, header on the third row, operator and unit columns, the header repeated "
         "after a page break (correct)")  # fmt: skip
def ur15() -> Book:
    b, s = start("部门项目支出预算05-1", (10, 18, 14, 28, 10, 10, 10, 10))
    s.title(f"{YEAR}年部门项目支出预算表", 8)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "项目类别", "合计", "财政拨款",
          "其他资金")  # fmt: skip
    code = ("407012", "桐溆市商务局", "40701225Y0031", "夜间经济客流监测与亮化提升项目")
    s.row(*code, "延续项目", money(128.0), money(110.0), money(18.0))
    s.row("合计", None, None, None, None, money(128.0), money(110.0), money(18.0))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 14, 14, 24, 12, 14, 28, 8, 10, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 10)
    t.row("单位名称：桐溆市商务局", None, None, None, None, None, None, None, "单位：万元")
    head = ("单位编码", "单位名称", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标",
            "指标性质", "指标值", "计量单位")  # fmt: skip
    t.row(*head)
    t.table([
        (*code, "产出指标", "数量指标", "布设客流监测探头", "≥", 40, "个"),
        (None, None, None, None, None, None, "亮化改造街巷", "≥", 8, "条"),
        (None, None, None, None, None, "质量指标", "客流数据上传完整率", "≥", pct(0.98), "%"),
        (None, None, None, None, None, "时效指标", "亮化工程完工时间", "≤",
         day(YEAR, 10, 31, CN_DATE), None),
    ], merged=(1, 2, 3, 4, 5, 6))  # fmt: skip
    t.row(*head)
    t.table([
        (*code, "产出指标", "成本指标", "单个监测探头购置成本", "≤", 0.6, "万元/个"),
        (None, None, None, None, "效益指标", "经济效益指标", "夜市商户营业额增长率", "≥",
         pct(0.08), "%"),
        (None, None, None, None, None, "社会效益指标", "夜市日均客流量", "≥", 1.8, "万人次"),
        (None, None, None, None, "满意度指标", "服务对象满意度指标", "游客满意度", "≥",
         pct(0.9), "%"),
    ], merged=(1, 2, 3, 4, 5, 6))  # fmt: skip
    return b


@variant("ur16-lighting-multiyear", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns, annual counts below the period, rates "
         "and unit costs equal, deadlines inside the period (correct)")  # fmt: skip
def ur16() -> Book:
    b, s = start()
    project(s, "霁川区夜市街区照明两年提升项目", "霁川区城市管理局（229010）",
            "霁川区路灯所", funds2((240.0, 210.0, 30.0), (130.0, 115.0, 15.0)),
            ["两年完成5处夜市街区2000盏路灯改造和16个亮化节点，夜间客流增长10%以上。",
             f"{YEAR}年完成1100盏路灯改造和9个亮化节点。"], years=2)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "单盏路灯改造成本", "≤0.09万元/盏", "≤0.09万元/盏"),
        ("产出指标", "数量指标", "改造夜市街区路灯", "≥2000盏", "≥1100盏"),
        (None, None, "新增亮化节点", "≥16个", "≥9个"),
        (None, "质量指标", "路灯亮灯率", "≥98%", "≥98%"),
        (None, "时效指标", "改造完工时间", f"{YEAR + 1}年11月30日前", f"{YEAR}年12月31日前"),
        ("效益指标", "社会效益指标", "夜间客流量增幅", "≥10%", "≥5%"),
        (None, None, "夜市照明相关安全事故", "0起", "0起"),
        (None, "可持续影响指标", "路灯巡检维护机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "夜市游客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "程砚秋", "0592-5517309", day(YEAR - 1, 12, 9))
    return b


@variant("ur17-lighting-direction", (11, 12),
         "project, NAT-2021, operators inside the values: a 故障率 with ≥, a unit cost with =, "
         "a 年度资金总额 that is not 财政拨款 + 其他资金")  # fmt: skip
def ur17() -> Book:
    b, s = start()
    total = mk(money(88.0, WAN), "B101", "error", note="72 + 12 = 84 ≠ 88")
    project(s, "桐溆市夜市路灯维护更换项目", "桐溆市城市管理局（206012）",
            "桐溆市路灯管理中心", funds(total, 72.0, 12.0),
            ["更换夜市老旧灯具600盏，夜市路灯故障率控制在2%以内。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "单盏灯具更换成本",
         mk("=0.08万元/盏", "T108", "warning", row=True, note="a cost cap written with =")),
        ("产出指标", "数量指标", "更换夜市老旧灯具", "≥600盏"),
        (None, "质量指标", "夜市路灯故障率",
         mk("≥2%", "T108", "warning", row=True, note="a 故障率 is 反向 and takes ≤")),
        (None, "时效指标", "故障报修修复时限", "≤24小时"),
        ("效益指标", "社会效益指标", "夜市照明盲区减少", "≥15处"),
        (None, "可持续影响指标", "路灯维护台账", "健全"),
        ("满意度指标", "服务对象满意度指标", "夜市商户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ur18-stacked-defects", (2,),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up and one of its rates is given as a count")  # fmt: skip
def ur18() -> Book:
    b, s = start("绩效目标表")
    unit = "澄屿县文化广电和旅游局（317040）"
    project(s, "澄屿县夜市灯光秀运维项目", unit, "澄屿县文旅发展中心", funds(45.0, 40.0, 5.0),
            ["保障东港夜市灯光秀全年运行，吸引夜间客流。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "灯光秀演出场次", "≥300场"),
        (None, "质量指标", "灯光设备完好率", "≥95%"),
        (None, "成本指标", "单场灯光秀运维成本", "≤0.15万元/场"),
        ("效益指标", "社会效益指标", "灯光秀期间夜市日均客流量", "≥1.2万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(36.0, WAN), "B101", "error", note="30 + 4 = 34 ≠ 36")
    project(s, "澄屿县夜市客流引导标识项目", unit, "澄屿县文旅发展中心",
            funds(total, 30.0, 4.0), ["在三处夜市设置客流引导标识120块。"], title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "设置客流引导标识", "≥120块"),
        (None, "质量指标", "标识设置完好率",
         mk("36处", "T105", "error", note="a 完好率 given as a count")),
        (None, "成本指标", "单块标识制作安装成本", "≤0.2万元/块"),
        ("效益指标", "社会效益指标", "夜市高峰时段拥堵点位减少", "≥5处"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    return b
