"""罗布麻 tea factory returns of the 622nd held-out set (fh01–fh06)."""

from __future__ import annotations

from tests.variants.holdout622.common import (
    FARM,
    HEAD4,
    TEA,
    YEAR,
    book,
    notes,
    proj,
    sign,
    table,
    wan,
)
from tests.variants.holdout622.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct


@variant(
    "fh01-tea-percent-cells",
    (1, 11),
    "project, OLD-NAT, operator and unit columns, "
    "percent cells, 万元 in the number format, a 下降率 with ≥ (correct)",
)
def tea_percent_cells() -> Book:
    b, s = book()
    proj(s, name="罗布麻鲜叶收购加工补助", unit=TEA, dept=FARM, total=120, fin=100,
         other=20, goals=["收购罗布麻鲜叶600吨，加工罗布麻成品茶80吨，产品抽检合格率"
                          "不低于98%，带动种植户320户增收。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "罗布麻鲜叶收购量", "≥", 600, "吨"),
        (None, None, "成品茶产量", "≥", 80, "吨"),
        (None, "质量指标", "产品抽检合格率", "≥", pct(0.98), "%"),
        (None, None, "吨茶综合能耗下降率", "≥", pct(0.05), "%"),
        (None, "时效指标", "鲜叶收购款兑付时限", "≤", 15, "个工作日"),
        (None, "成本指标", "鲜叶收购补助标准", "≤", 1500, "元/吨"),
        ("效益指标", "经济效益指标", "种植户户均增收", "≥", 1200, "元/户"),
        (None, "社会效益指标", "带动罗布麻种植户", "≥", 320, "户"),
        (None, "生态效益指标", "野生罗布麻群落保护面积", "≥", 5000, "亩"),
        (None, "可持续影响指标", "鲜叶收购质量分级制度", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "交售农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "古丽娜", "0996-7315208", day(YEAR - 1, 11, 18, CN_DATE))
    return b


@variant(
    "fh02-tea-content-standard",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, "
    "notes under the table: a goal count, a tier and a year that do not hold",
)
def tea_content_standard() -> Book:
    b, s = book()
    proj(
        s,
        name="罗布麻新茶季收购加工",
        unit=TEA,
        dept=FARM,
        total=100,
        fin=80,
        other=20,
        goals=[f"{YEAR}年收购罗布麻鲜叶800吨，加工成品茶100吨，5月31日前新茶上市。"],
    )
    table(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "鲜叶收购量",
         mk("≥600吨", "D104", "warning", row=True, note="年度目标写收购鲜叶800吨")),
        (None, None, "成品茶产量", "≥100吨"),
        (None, "质量指标", "成品茶抽检合格率", "≥98%"),
        (None, "时效指标", "产品包装合格率",
         mk("≥99%", "F201", "warning", row=True, note="质量类合格率填在时效指标下")),
        (None, None, "新茶上市时间",
         mk("2025年5月31日前", "Y102", "error", row=True, alt=("Y103", "D104"),
            note="上一茶季的日期未改：不在2026预算年度内")),
        (None, "成本指标", "鲜叶收购补助标准", "≤1200元/吨"),
        ("效益指标", "经济效益指标", "新增罗布麻茶销售收入", "≥300万元"),
        (None, "社会效益指标", "带动季节性用工", "≥120人次"),
        ("满意度指标", "服务对象满意度指标", "交售茶农满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：鲜叶收购量按入库过磅数计，成品茶产量按入库数计。",
          "说明：本表金额单位为万元。", width=4)  # fmt: skip
    sign(s, "马海燕", "0996-7315211", day(YEAR - 1, 12, 2))
    return b


@variant(
    "fh03-tea-export-second-sheet",
    (7, 12),
    "budget-system export: money sheet 05-1 with "
    "project codes, indicators on sheet 05-2 under a third-row header (correct)",
)
def tea_export_second_sheet() -> Book:
    b, s = book("部门项目支出预算05-1", (18, 24, 14, 14, 14, 40))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：柽柳滩县罗布麻茶厂", None, None, None, "金额单位：万元", None)
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    code = "652318260000417"
    s.row(code, "罗布麻茶生产线技术改造", wan(85), wan(70), wan(15),
          "改造杀青揉捻生产线1条，其中新增袋泡茶包装机2台，年内投产。")  # fmt: skip
    s.row("合计", None, wan(85), wan(70), wan(15), None)
    t = b.sheet("部门项目支出绩效目标05-2", (18, 20, 14, 16, 30, 18))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：柽柳滩县罗布麻茶厂", None, None, None, None, None)
    name = "罗布麻茶生产线技术改造"
    table(t, ("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        (code, name, "成本指标", "经济成本指标", "生产线改造总成本", "≤85万元"),
        (code, name, "产出指标", "数量指标", "改造杀青揉捻生产线", "1条"),
        (code, name, None, None, "新增及改造加工设备", "≥6台（含袋泡茶包装机2台）"),
        (code, name, None, "质量指标", "设备安装验收合格率", pct(1)),
        (code, name, None, "时效指标", "生产线改造完成时间", f"{YEAR}年9月30日前"),
        (code, name, "效益指标", "经济效益指标", "日加工能力提升率", "≥30%"),
        (code, name, None, "可持续影响指标", "设备维护保养制度", "建立并执行"),
        (code, name, "满意度指标", "服务对象满意度指标", "一线职工满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant(
    "fh04-tea-stacked-two",
    (2, 12),
    "two tea projects stacked in one sheet, OLD-NAT: the "
    "first one's money does not add up, the second's unit cost × count exceeds its money",
)
def tea_stacked_two() -> Book:
    b, s = book()
    proj(
        s,
        name="罗布麻茶生产线改造",
        unit=TEA,
        dept=FARM,
        other=20,
        fin=120,
        total=mk(money(150, WAN), "B101", "error", note="120 + 20 = 140 ≠ 150"),
        goals=["改造罗布麻茶揉捻、烘干生产线各1条，年加工能力达到200吨。"],
    )
    table(s, HEAD4, [
        ("产出指标", "数量指标", "改造揉捻、烘干生产线", "2条"),
        (None, "质量指标", "改造工程验收合格率", "100%"),
        (None, "时效指标", "改造完成时间", f"{YEAR}年8月31日前"),
        (None, "成本指标", "生产线改造成本", "≤140万元"),
        ("效益指标", "经济效益指标", "年加工能力", "≥200吨"),
        ("满意度指标", "服务对象满意度指标", "车间职工满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    proj(
        s,
        name="罗布麻茶品牌推介",
        unit=TEA,
        dept=FARM,
        total=45,
        fin=40,
        other=5,
        goals=["在疆内外举办罗布麻茶推介活动10场，新增经销网点20个。"],
        title="",
    )
    table(s, HEAD4, [
        ("产出指标", "数量指标", "推介活动场次", "≥10场"),
        (None, None, "新增经销网点", "≥20个"),
        (None, "质量指标", "推介活动参与企业签约率", "≥30%"),
        (None, "时效指标", "推介活动完成时间", f"{YEAR}年11月30日前"),
        (None, "成本指标", "单场推介活动费用",
         mk("≤5万元/场", "B107", "warning", row=True, note="5万元 × 10场 = 50万元 > 45万元")),
        ("效益指标", "经济效益指标", "新增罗布麻茶销售额", "≥200万元"),
        ("满意度指标", "服务对象满意度指标", "参展经销商满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "fh05-tea-two-year-base",
    (8,),
    "two-year project, OLD-NAT, 中期 and 年度 value "
    "columns, the period's counts above the year's, a later year prepared for (correct)",
)
def tea_two_year_base() -> Book:
    b, s = book()
    proj(s, name="罗布麻茶标准化种植示范基地建设", unit=TEA, dept=FARM, mid=300, total=160,
         fin=140, other=20, years=2, goals=[
             f"{YEAR}—{YEAR + 1}年建成罗布麻标准化种植示范基地3000亩，培训茶农800人次。",
             f"{YEAR}年建成示范基地1800亩，培训茶农450人次，为{YEAR + 2}年在全县推广积累"
             "种植数据。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "示范基地建设面积", "≥3000亩", "≥1800亩"),
        (None, None, "培训茶农", "≥800人次", "≥450人次"),
        (None, "质量指标", "鲜叶农残抽检合格率", pct(0.98), pct(0.98)),
        (None, "时效指标", "基地建设完成时间", f"{YEAR + 1}年10月31日前",
         f"{YEAR}年10月31日前"),
        (None, "成本指标", "示范基地建设补助标准", "≤850元/亩", "≤850元/亩"),
        ("效益指标", "经济效益指标", "亩均鲜叶产量提高", "≥15%", "≥8%"),
        (None, "可持续影响指标", "标准化种植技术规程", "建立并执行", "编制完成"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "fh06-tea-three-year-expansion",
    (8,),
    "three-year project, OLD-NAT, 中期 and 年度 "
    "columns: a year's area above the period's, a count copied, last year in the goal",
)
def tea_three_year_expansion() -> Book:
    b, s = book()
    goal = mk(
        "2025年完成厂房扩建主体工程，启动原料基地建设和茶农培训。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="上年年度目标的年份未改：2025不在2026—2028项目期内",
    )
    proj(s, name="罗布麻茶厂扩能及原料基地建设", unit=TEA, dept=FARM, mid=900, total=300,
         fin=260, other=40, years=3, goals=[
             f"{YEAR}—{YEAR + 2}年新建罗布麻原料基地6000亩，茶厂年加工能力提高到300吨，"
             "培训茶农1500人次。", goal])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "新建原料基地面积", "≥6000亩",
         mk("≥6500亩", "D201", "error", note="一年的面积大于三年合计")),
        (None, None, "培训茶农", "≥1500人次",
         mk("≥1500人次", "D202", "warning", note="三年的累计人次照抄到年度")),
        (None, None, "茶厂年加工能力", "≥300吨", "≥200吨"),
        (None, "质量指标", "茶农培训考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "厂房扩建主体完工时间", f"{YEAR + 2}年6月30日前",
         f"{YEAR}年10月31日前"),
        (None, "成本指标", "原料基地建设补助标准", "≤400元/亩", "≤400元/亩"),
        ("效益指标", "经济效益指标", "带动农户增收", "≥1500元/户", "≥800元/户"),
        ("满意度指标", "服务对象满意度指标", "基地农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
