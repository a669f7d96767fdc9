"""The perilla (紫苏) and mint (薄荷) oil distillery: a two-row header, last season's years,
budget-system exports and two-year projects (fl13–fl18)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout626.common import YEAR, funds, notes, sign, start, table, wan
from tests.variants.holdout626.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, ok, pct

DEPT = "蒿岭县供销合作社联合社（322004）"
HEAD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def two_row_head(s: Sheet) -> None:
    """一级 · 二级 · 三级 · 绩效目标值 (比较符 · 数值 · 计量单位) over two rows."""
    s.row("一级指标", "二级指标", "三级指标", "绩效目标值", None, None, merge=[(4, 6)])
    s.row(None, None, None, "比较符", "数值", "计量单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


@variant("fl13-oil-base", (7, 10), "project, NAT-2021, two-row header with operator, number and "
         "unit columns, tier points in the labels, an oil yield raised in 百分点, a later year "
         "the work prepares for, a footnote explaining the total (correct)")  # fmt: skip
def oil_base() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="苏塘乡紫苏薄荷精油蒸馏示范线建设", dept=DEPT,
                 unit="蒿岭县苏塘乡芳香植物专业合作社", money=funds(90, 70, 20),
                 goals=["建成水蒸气蒸馏示范线1条（蒸馏釜2台），年蒸馏紫苏、薄荷鲜草1500吨，"
                        "出油率提高0.3个百分点，为2027年扩大薄荷种植积累工艺数据。"])  # fmt: skip
    two_row_head(s)
    s.table([
        ["产出指标（50分）", "数量指标", "建成蒸馏示范线", "=", 1, "条"],
        [None, None, "购置蒸馏釜", "=", 2, "台"],
        [None, None, "年蒸馏鲜草量", "≥", 1500, "吨"],
        [None, "质量指标", "精油理化指标检测合格率", "≥", 95, "%"],
        [None, "时效指标", "示范线投产时间", "≤", day(YEAR, 6, 30), None],
        ["成本指标（10分）", "经济成本指标", "蒸馏釜购置单价", "≤", 18, "万元/台"],
        ["效益指标（30分）", "经济效益指标", "鲜草出油率提高", "≥", 0.3, "百分点"],
        [None, "生态效益指标", "蒸馏冷凝水循环利用率", "≥", 90, "%"],
        ["满意度指标（10分）", "服务对象满意度指标", "社员满意度", "≥", 90, "%"],
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：年度资金总额90万元＝财政拨款70万元＋合作社自筹20万元。",
          "说明：一级指标分值合计100分。")  # fmt: skip
    sign(s, "邵苏禾", "0725-3370195")
    return b


@variant("fl14-oil-last-season", (4, 12), "project, OLD-NAT, one value column with a 注 row "
         "inside: a deadline after the plan's end, last season's year in the goal, a unit cost × "
         "count above the money")  # fmt: skip
def oil_last_season() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="薄荷油冷凝回收设备更新", dept=DEPT,
                 unit="蒿岭县薄荷湾芳香油加工厂", money=funds(28, 28, 0),
                 goals=[mk("2025年更换蒸馏冷凝器4套，年回收薄荷原油10吨，冷凝水全部循环利用。",
                           "Y103", "warning", alt=("Y101",),
                           note="上一季的年份：预算年度是2026年")])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ["产出指标", "数量指标", "更换冷凝器数量", "≥4套"],
        [None, None, "年回收薄荷原油", "≥10吨"],
        [None, "质量指标", "设备验收合格率", "=100%"],
        [None, "时效指标", "设备安装调试完成时间",
         mk("2027年3月31日前", "Y102", "error", note="一年期项目计划2026年12月31日完成")],
        [None, "成本指标", mk("冷凝器单价", "B107", "warning", row=True,
                             note="8万元 × 4套 = 32万元，超过年度资金28万元"), "≤8万元/套"],
    ])  # fmt: skip
    notes(s, "注：冷凝器单价含运输和安装费。", width=4)
    s.table([
        ["效益指标", "经济效益指标", "原油回收增收", "≥40万元"],
        [None, "生态效益指标", "冷凝水循环利用率", "=100%"],
        ["满意度指标", "服务对象满意度指标", "加工厂职工满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    notes(s, "说明：本表金额单位为万元。")
    sign(s, "邵苏禾", "0725-3370195")
    return b


def export_money(b: Book, rows: list[list[Any]]) -> None:
    """The budget-system export's money sheet 「部门项目支出预算05-1」, header on the third row."""
    m = b.sheet("部门项目支出预算05-1", (16, 30, 14, 14, 14))
    m.row("部门项目支出预算表", merge=[(1, 5)])
    m.row("单位：万元")
    m.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    for r in rows:
        m.row(*r)


EXPORT = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")


@variant("fl15-oil-export", (7, 4, 1), "budget-system export: money on 「部门项目支出预算05-1」, "
         "indicators on 「部门项目支出绩效目标05-2」 under codes, two projects, the header "
         "repeated after a page break, typed percents (correct)")  # fmt: skip
def oil_export() -> Book:
    b = Book()
    export_money(b, [
        ["361100260101", "紫苏籽油冷榨车间运行", wan(48), wan(40), wan(8)],
        ["361100260102", "薄荷精油分装线维护", wan(22), wan(22), wan(0)],
        ["合计", None, wan(70), wan(62), wan(8)],
    ])  # fmt: skip
    s = b.sheet("部门项目支出绩效目标05-2", (16, 26, 12, 16, 28, 14))
    s.row("部门项目支出绩效目标表（2026年度）", merge=[(1, 6)])
    s.row("部门：蒿岭县供销合作社联合社")
    s.row(*EXPORT)
    a, c = ("361100260101", "紫苏籽油冷榨车间运行"), ("361100260102", "薄荷精油分装线维护")
    s.table([
        [*a, "产出指标", "数量指标", "冷榨紫苏籽量", "≥200吨"],
        [*a, "产出指标", "数量指标", "紫苏籽油产量", "≥60吨"],
        [*a, "产出指标", "质量指标", "籽油酸价达标率", pct(0.98)],
        [*a, "产出指标", "时效指标", "冷榨季完成时间", "2026年12月15日前"],
        [*a, "成本指标", "经济成本指标", "吨籽加工成本", "≤1800元/吨"],
        [*a, "效益指标", "经济效益指标", "籽油销售收入", "≥150万元"],
        [*a, "满意度指标", "服务对象满意度指标", "种植户满意度", pct(0.9)],
    ])  # fmt: skip
    s.skip()
    s.row(*EXPORT)
    s.table([
        [*c, "产出指标", "数量指标", "分装精油数量", "≥8万瓶"],
        [*c, "产出指标", "质量指标", "分装计量合格率", "=100%"],
        [*c, "产出指标", "时效指标", "检修完成时间", "2026年3月31日前"],
        [*c, "成本指标", "经济成本指标", "单瓶分装成本", "≤2元/瓶"],
        [*c, "效益指标", "社会效益指标", "分装线安全事故", "0起"],
        [*c, "满意度指标", "服务对象满意度指标", "经销商满意度", pct(0.9)],
    ])  # fmt: skip
    return b


@variant("fl16-oil-export-wrong", (7, 12), "budget-system export: a total that is not its "
         "parts, a quality rate under 数量, one indicator twice under two tier-2s")  # fmt: skip
def oil_export_wrong() -> Book:
    b = Book()
    export_money(b, [
        ["361100260203", "紫苏薄荷精油提纯车间改造",
         mk(wan(95), "B101", "error", note="72 + 18 = 90"), wan(72), wan(18)],
    ])  # fmt: skip
    s = b.sheet("部门项目支出绩效目标05-2", (16, 26, 12, 16, 28, 14))
    s.row("部门项目支出绩效目标表（2026年度）", merge=[(1, 6)])
    s.row("部门：蒿岭县供销合作社联合社")
    s.row(*EXPORT)
    a = ("361100260203", "紫苏薄荷精油提纯车间改造")
    s.table([
        [*a, "产出指标", "数量指标", "薄荷脑结晶产量", "≥3吨"],
        [*a, "产出指标", "数量指标", "紫苏精油产量", "≥1.2吨"],
        [*a, "产出指标", "数量指标",
         mk("紫苏精油检测合格率", "F201", "warning", row=True, note="质量类比率填在数量指标下"),
         "≥95%"],
        [*a, "产出指标", "时效指标", "车间改造完成时间", "2026年8月31日前"],
        [*a, "成本指标", "经济成本指标", "提纯设备改造费用", "≤60万元"],
        [*a, "效益指标", "经济效益指标",
         mk("薄荷脑结晶年产量", "D103", "warning", row=True, alt=("D101", "F201"),
            note="与“薄荷脑结晶产量”是同一指标，又填在经济效益下"), "≥3吨"],
        [*a, "效益指标", "社会效益指标", "带动薄荷种植户", "≥70户"],
        [*a, "满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant("fl17-perilla-two-year", (8,), "two-year project, NAT-2021, 中期 and 年度 columns: the "
         "period's count beside a smaller year's, a goal total with its parts in brackets, dates "
         "in each column's span (correct)")  # fmt: skip
def perilla_two_year() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=2, name="紫苏规模化种植与籽油加工（2026—2027年）",
                 dept=DEPT, unit="蒿岭县紫陌乡紫苏种植专业合作社", attr="新增项目",
                 money=funds(240, 200, 40, (110, 90, 20)),
                 goals=["两年种植紫苏1200亩（2026年600亩、2027年600亩），加工紫苏籽油24吨。",
                        "2026年种植紫苏600亩，加工紫苏籽油10吨。"])  # fmt: skip
    table(s, HEAD5, [
        ["产出指标", "数量指标", "紫苏种植面积", "≥1200亩", "≥600亩"],
        [None, None, "紫苏籽油产量", "≥24吨", "≥10吨"],
        [None, "质量指标", "籽油酸价达标率", "≥98%", "≥98%"],
        [None, "时效指标", "籽油加工完成时间", "2027年11月30日前", "2026年11月30日前"],
        ["成本指标", "经济成本指标", "紫苏种子补助标准", "≤50元/亩", "≤50元/亩"],
        ["效益指标", "经济效益指标", "种植户亩均增收", "≥700元", "≥600元"],
        [None, "可持续影响指标", "订单收购协议期限", "≥3年", "≥3年"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    sign(s, "邵苏禾", "0725-3370195")
    return b


@variant("fl18-mint-two-year-wrong", (8, 12), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: the year's money above the period's, 中期目标 copied as 年度目标, a period "
         "area below the goal's")  # fmt: skip
def mint_two_year_wrong() -> Book:
    b, s = start()
    goal = "两年改造薄荷精油蒸馏车间1200平方米，新增蒸馏能力每日20吨鲜草。"
    project_head(s, year=YEAR, years=2, name="薄荷湾精油蒸馏车间规范化改造（2026—2027年）",
                 dept=DEPT, unit="蒿岭县薄荷湾芳香油加工厂", attr="新增项目",
                 money=funds(160, 130, 30, (mk(wan(180), "B103", "error",
                                               note="年度180万元大于两年总额160万元"),
                                            wan(150), wan(30))),
                 goals=[ok(goal, "warning", note="D104 may land at the goal text"),
                        mk(goal, "D204", "warning", note="年度目标照抄中期目标")])  # fmt: skip
    table(s, HEAD5, [
        ["产出指标", "数量指标", "车间改造面积",
         mk("≥1000平方米", "D104", "warning", row=True, note="中期目标写1200平方米"),
         ok("≥600平方米", "warning", note="the copied 年度目标 also says 1200")],
        [None, None, "新增日蒸馏能力", "≥20吨", "≥10吨"],
        [None, "质量指标", "改造工程验收合格率", "=100%", "=100%"],
        [None, "时效指标", "改造完成时间", "2027年10月31日前", "2026年10月31日前"],
        ["成本指标", "经济成本指标", "车间改造单价", "≤1200元/平方米", "≤1200元/平方米"],
        ["效益指标", "经济效益指标", "精油加工产值", "≥400万元", "≥150万元"],
        ["满意度指标", "服务对象满意度指标", "薄荷种植户满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    sign(s, "龙薄云", "0725-3384402")
    return b
