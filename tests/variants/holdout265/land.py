"""Land reserve centres (土地储备中心): operator and unit columns with money in 万元 or in 元,
two-year and three-year projects with 中期 and 年度 values (one with two complete column sets),
stacked projects in one sheet (ro07–ro12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout265.common import (
    ONE,
    OPS,
    TWO,
    WAN4,
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout265.registry import variant
from tests.variants.kit import CN_DATE, YUAN, Book, C, day, mk, pct


@variant("ro07-land-lost-decimal-zero-cost", (9,), "one-year project, NAT-2021, operator and "
         "unit columns: 其他资金 10 000× its share (decimal point lost), a unit cost rounded "
         "to 0")  # fmt: skip
def ro07() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="储备土地前期整理及管护项目", dept="青岚市自然资源和规划局（508）",
        unit="青岚市土地储备中心",
        money=one_year_money(
            mk(wan(486.5), "B101", "error", required=False, note="the total is right"),
            wan(450),
            mk(wan(365000), "B110", "error", alt=("B101",), note="36.5 with the point lost"),
        ),
        goals=["2026年完成储备土地前期整理1200亩，新建临时围挡8公里，实施储备地块日常巡查管护，"
               "确保储备土地不发生违法占用。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "储备土地前期整理面积", "≥", 1200, "亩"),
        (None, None, "新建临时围挡长度", "≥", 8, "公里"),
        (None, "质量指标", "整理地块验收合格率", "≥", 95, "%"),
        (None, "时效指标", "整理工程平均工期", "≤", 90, "天"),
        ("成本指标", "经济成本指标", "单亩前期整理成本", "≤",
         mk(0, "T115", "error", note="0.3万元/亩 rounded away"), "万元/亩"),
        ("效益指标", "社会效益指标", "储备土地违法占用发生起数", "=", 0, "起"),
        (None, "生态效益指标", "裸露土地覆盖率", "≥", 90, "%"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "郑明川", "邱晓蕾", "0593-62217085")
    return b


@variant("ro08-land-yuan-date-zero-accidents", (9,), "one-year project, NAT-2021, money in 元 "
         "by number format, operator, unit and 指标解释 columns: large amounts in 元, a typed 95%, "
         "a date value, =0 accidents (correct)")  # fmt: skip
def ro08() -> Book:
    b, s = book("Sheet1", (14, 16, 28, 10, 16, 12, 22))
    project_head(
        s, year=2026, name="储备土地地上物拆除及场地平整项目", dept="白沙河区自然资源局（311）",
        unit="白沙河区土地储备和整理中心", money_label="项目资金（元）",
        money=one_year_money(C(12580000, YUAN), C(11800000, YUAN), C(780000, YUAN)),
        goals=["2026年完成储备地块地上物拆除和场地平整，拆除工程验收合格率达到95%以上，全年不发生"
               "安全生产事故。"],
    )  # fmt: skip
    indicators(s, (*OPS, "指标解释"), [
        ("产出指标", "数量指标", "地上物拆除面积", "≥", 96000, "平方米", "按拆除工程量清单"),
        (None, None, "场地平整面积", "≥", 480, "亩", None),
        (None, "质量指标", "拆除工程验收合格率", "≥", pct(0.95), "%", "按分项工程验收"),
        (None, "时效指标", "拆除工程完工时间", "≤", day(2026, 9, 30, CN_DATE), None, None),
        ("成本指标", "经济成本指标", "单位面积拆除成本", "≤", 45, "元/平方米", "含建筑垃圾清运"),
        (None, None, "场地平整单亩成本", "≤", 9000, "元/亩", None),
        ("效益指标", "社会效益指标", "安全生产事故发生起数", "=", 0, "起", "拆除施工期间"),
        (None, "生态效益指标", "建筑垃圾资源化利用率", "≥", 60, "%", None),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥", 90, "%", "问卷调查"),
    ])  # fmt: skip
    sign(s, "韩立夫", "苏婉清", "0596-83177206")
    return b


@variant("ro09-land-annual-over-period", (8,), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: an annual count above the period count, a cumulative count copied")  # fmt: skip
def ro09() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="国有建设用地收购储备项目",
        dept="临溪县自然资源局（208）", unit="临溪县土地储备中心",
        money=period_money((wan(5600), wan(5000), wan(600)), (wan(3200), wan(2900), wan(300))),
        goals=["2026年—2027年累计收储国有建设用地2400亩，完成收储地块测绘及权属调查。",
               "2026年收储国有建设用地1400亩，完成首批收储地块测绘及权属调查。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "收储国有建设用地面积", "≥2400亩", "≥1400亩"),
        (None, None, "完成地块权属调查宗数", "≥60宗",
         mk("≥75宗", "D201", "error", row=True, note="the year above the two-year total")),
        (None, None, "完成地块测绘宗数", "≥60宗",
         mk("≥60宗", "D202", "warning", note="a two-year cumulative count copied")),
        (None, "质量指标", "收储档案资料完整率", "≥98%", "≥98%"),
        (None, "时效指标", "收储补偿款支付及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单亩收储补偿成本", "≤2.2万元/亩", "≤2.2万元/亩"),
        ("效益指标", "经济效益指标", "储备土地供应面积", "≥1500亩", "≥600亩"),
        (None, "社会效益指标", "重点项目用地保障率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "被收储单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ro10-land-two-column-sets", (8,), "three-year project, NAT-2021, two complete column "
         "sets (二级/三级/指标值 for 中期, then for 年度): rates, a time limit, a small unit cost "
         "and =0起 equal in both, counts smaller in the year (correct)")  # fmt: skip
def ro10() -> Book:
    b, s = book("Sheet1", (12, 14, 24, 14, 14, 24, 14))
    project_head(
        s, year=2026, years=3, name="储备土地巡查管护三年行动项目",
        dept="青岚市自然资源和规划局（508）", unit="青岚市土地储备中心",
        money=period_money((wan(900), wan(900), wan(0)), (wan(300), wan(300), wan(0))),
        goals=["2026年—2028年建成储备土地巡查管护信息平台，实现储备地块动态监管全覆盖，累计完成"
               "围挡及绿化覆盖3600亩。",
               "2026年完成巡查管护信息平台一期建设，纳入动态监管储备地块120宗，完成围挡及绿化"
               "覆盖1200亩。"],
    )  # fmt: skip
    a, c, d = "围挡及绿化覆盖面积", "违法占用发现后处置时限", "单亩围挡及绿化覆盖成本"
    e, f = "储备土地违法占用发生起数", "储备地块扬尘治理达标率"
    header = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "二级指标", "三级指标",
              "指标值（年度）")  # fmt: skip
    indicators(s, header, [
        ("产出指标", "数量指标", a, "≥3600亩", "数量指标", a, "≥1200亩"),
        (None, None, "纳入动态监管地块宗数", "≥300宗", None, "纳入动态监管地块宗数", "≥120宗"),
        (None, "质量指标", "巡查问题整改合格率", "≥95%", "质量指标", "巡查问题整改合格率", "≥95%"),
        (None, "时效指标", c, "≤24小时", "时效指标", c, "≤24小时"),
        ("成本指标", "经济成本指标", d, "≤0.2万元/亩", "经济成本指标", d, "≤0.2万元/亩"),
        ("效益指标", "社会效益指标", e, "=0起", "社会效益指标", e, "=0起"),
        (None, "生态效益指标", f, "≥95%", "生态效益指标", f, "≥95%"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "服务对象满意度指标",
         "周边群众满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    note(s, "注：中期指标值为2026—2028年累计值，年度指标值为2026年目标值。", 7)
    sign(s, "郑明川", "邱晓蕾", "0593-62217085")
    return b


@variant("ro11-land-stacked-empty-split", (2, 6, 9, 13), "two one-year projects stacked in one "
         "sheet, NAT-2021: a 时效指标 template row left empty in the first, a total split by a "
         "space and a value row without a name in the second")  # fmt: skip
def ro11() -> Book:
    b, s = book("Sheet1")
    s.title("临溪县土地储备中心2026年度项目支出绩效目标表", 6)
    project_head(
        s, year=2026, name="储备土地测绘及评估项目", dept="临溪县自然资源局（208）",
        unit="临溪县土地储备中心", title="", money=one_year_money(wan(64), wan(64), wan(0)),
        goals=["2026年完成储备地块测绘40宗、土地价格评估40宗，成果一次性通过审核率达到95%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "储备地块测绘宗数", "≥40宗"),
        (None, None, "土地价格评估宗数", "≥40宗"),
        (None, "质量指标", "测绘评估成果一次性通过审核率", "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        ("成本指标", "经济成本指标", "单宗测绘评估平均费用", "≤1.5万元/宗"),
        ("效益指标", "社会效益指标", "土地出让前期资料完备率", "≥98%"),
        (None, "可持续影响指标", "储备地块信息台账", "动态更新"),
        ("满意度指标", "服务对象满意度指标", "委托单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="储备土地看护保洁项目", dept="临溪县自然资源局（208）",
        unit="临溪县土地储备中心", title="",
        money=one_year_money(
            mk("128.537 5", "X105", "warning", alt=("X103",), note="128.5375 split by a space"),
            wan(128.5375, WAN4), wan(0)),
        goals=["2026年对储备地块开展看护保洁，覆盖储备地块85宗，垃圾清运及时率达到95%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "看护保洁储备地块宗数", "≥85宗"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥24次"),
        (None, "质量指标", "地块保洁检查达标率", "≥95%"),
        (None, "时效指标", "垃圾清运及时率", "≥95%"),
        ("成本指标", "经济成本指标", "单宗地块年均看护费用", "≤1.5万元/宗"),
        ("效益指标", "生态效益指标", "储备地块裸土覆盖率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ro12-land-stacked-period-oneyear", (2, 8), "two projects stacked in one sheet, "
         "NAT-2021, 中期 and 年度 columns: a three-year project with counts smaller in the year "
         "and a typed 100% in both, then a one-year project whose two columns are equal "
         "(correct)")  # fmt: skip
def ro12() -> Book:
    b, s = book("Sheet1")
    s.title("白沙河区土地储备和整理中心2026年度项目支出绩效目标表", 6)
    project_head(
        s, year=2026, years=3, name="储备土地基础设施配套建设项目", title="",
        dept="白沙河区自然资源局（311）", unit="白沙河区土地储备和整理中心",
        money=period_money((wan(2400), wan(2000), wan(400)), (wan(900), wan(750), wan(150))),
        goals=["2026年—2028年完成储备地块配套道路建设12公里、雨污管网18公里，提升储备土地供应"
               "条件。", "2026年完成储备地块配套道路建设4公里、雨污管网6公里。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "配套道路建设长度", "≥12公里", "≥4公里"),
        (None, None, "雨污管网铺设长度", "≥18公里", "≥6公里"),
        (None, "质量指标", "工程竣工验收合格率", pct(1), pct(1)),
        (None, "时效指标", "单段道路施工工期", "≤120天", "≤120天"),
        ("成本指标", "经济成本指标", "每公里道路建设成本", "≤110万元/公里", "≤110万元/公里"),
        ("效益指标", "经济效益指标", "具备供应条件储备土地面积", "≥1800亩", "≥600亩"),
        (None, "社会效益指标", "施工安全事故发生起数", "=0起", "=0起"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="储备土地价格评估复核项目", title="",
        dept="白沙河区自然资源局（311）", unit="白沙河区土地储备和整理中心",
        money=one_year_money(wan(36), wan(36), wan(0)),
        goals=["2026年完成储备地块评估报告复核30宗，复核意见按时出具率达到95%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "评估报告复核宗数", "≥30宗", "≥30宗"),
        (None, "质量指标", "复核意见采纳率", "≥90%", "≥90%"),
        (None, "时效指标", "复核意见按时出具率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单宗评估报告复核费用", "≤1.1万元/宗", "≤1.1万元/宗"),
        ("效益指标", "社会效益指标", "土地出让底价决策依据", "充分", "充分"),
        ("满意度指标", "服务对象满意度指标", "委托单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：第二个项目为一年期项目，实施期指标值与年度指标值相同。")
    sign(s, "韩立夫", "苏婉清", "0596-83177206")
    return b
