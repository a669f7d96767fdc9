"""Greenways and pocket parks (绿道建设, 公园提升): ta13–ta18."""

from __future__ import annotations

from tests.variants.holdout303.common import (
    YEAR,
    book,
    funds,
    notes,
    project,
    signature,
    table,
    wan,
)
from tests.variants.holdout303.registry import variant
from tests.variants.kit import Book, C, Sheet, day, mk

HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注")
SCORE_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


def _maintenance(s: Sheet, rate: object, total: object, end: object) -> None:
    """The greenway upkeep project stacked under a build project (ta13, ta14)."""
    s.skip()
    project(s, "绿道驿站及配套设施维护", "枫泽县园林绿化中心 312008", funds(total, 30, 6),
            ["维护已建绿道38公里及驿站6座，设施问题48小时内修复。"],
            title="", end=end)  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "维护绿道长度", "≥38公里", None),
        (None, None, "驿站保洁座数", "≥6座", None),
        (None, "质量指标", "绿道路面完好率", "≥95%", None),
        (None, None, "驿站设施完好率", rate, None),
        (None, "时效指标", "损坏设施修复时限", "≤48小时", None),
        (None, "成本指标", "每公里年维护成本", "≤0.9万元/公里", None),
        ("效益指标", "社会效益指标", "绿道安全事故", "≤0起", None),
        ("满意度指标", "服务对象满意度指标", "沿线游客满意度", "≥88%", None),
    ])  # fmt: skip


def _build(s: Sheet) -> None:
    """The greenway build project at the top of the stacked sheet (ta13, ta14)."""
    project(s, "滨江绿道二期建设", "枫泽县园林绿化中心 312008", funds(420, 350, 70),
            ["建成滨江绿道12.5公里及驿站3座，年接待步行骑行30万人次。"],
            attr="一次性项目")  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "新建绿道长度", "≥12.5公里", None),
        (None, None, "配套驿站座数", "≥3座", None),
        (None, "质量指标", "工程验收合格率", "=100%", None),
        (None, None, "绿道路面完好率", "≥98%", "竣工时"),
        (None, "时效指标", "竣工验收时间", "11月30日前", None),
        (None, "成本指标", "每公里建设成本", "≤26万元/公里", None),
        ("效益指标", "社会效益指标", "绿道年接待步行骑行人次", "≥30万人次", None),
        (None, "生态效益指标", "沿线新增绿化面积", "≥4.2公顷", None),
        ("满意度指标", "服务对象满意度指标", "沿线游客满意度", "≥90%", None),
    ])  # fmt: skip


@variant(
    "ta13-greenway-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same indicator names with different values (correct)",
)
def ta13() -> Book:
    b, s = book()
    _build(s)
    _maintenance(s, "≥95%", 36, None)
    signature(s, "罗秀岑", "0631-7425086", day(YEAR - 1, 11, 18))
    return b


@variant(
    "ta14-greenway-stacked-wrong",
    (2, 9),
    "two projects stacked, OLD-NAT: the second's "
    "total ≠ its parts, a rate given as a count, an end date typed as a serial",
)
def ta14() -> Book:
    b, s = book()
    _build(s)
    total = mk(wan(40), "B101", "error", note="财政拨款 30 + 其他资金 6 = 36 ≠ 40")
    rate = mk("12座", "T105", "error", note="完好率 given as a count of stations")
    end = mk("46356", "X104", "warning", note="text serial of 2026-11-30 in 计划完成日期")
    _maintenance(s, rate, total, end)
    signature(s, "罗秀岑", "0631-7425086", day(YEAR - 1, 11, 18))
    return b


@variant(
    "ta15-greenway-second-sheet",
    (4, 7),
    "project: head on the first sheet, indicators on "
    "a second sheet under 预期实现值, header repeated after a page break, notes (correct)",
)
def ta15() -> Book:
    b, s = book("项目基本信息")
    project(s, "环湖绿道夜间照明与标识提升", "苇汀区城市管理局 208114", funds(88, 80, 8),
            ["更新环湖绿道照明灯具420套、导向标识160块，亮灯率98%以上。"],
            unit="苇汀区绿道管理站")  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 18, 20))
    t.title("环湖绿道夜间照明与标识提升绩效指标", 5)
    head = ("一级指标", "二级指标", "三级指标", "预期实现值", "备注")
    table(t, head, [
        ("产出指标", "数量指标", "更新绿道照明灯具", "≥420套", None),
        (None, None, "新设导向标识牌", "≥160块", None),
        (None, "质量指标", "灯具亮灯率", "≥98%", None),
        (None, "时效指标", "照明改造完成时间", "9月30日前", None),
        (None, "成本指标", "单套灯具更换成本", "≤0.15万元/套", None),
        (None, None, "单块标识制作安装成本", "≤0.12万元/块", None),
    ])  # fmt: skip
    table(t, head, [
        ("效益指标", "社会效益指标", "夜间绿道使用人次增长率", "≥15%", "与上年同期比"),
        (None, "生态效益指标", "节能灯具占比", "=100%", None),
        (None, "可持续影响指标", "设施巡检记录完整率", "≥95%", None),
        ("满意度指标", "服务对象满意度指标", "夜间游客满意度", "≥90%", None),
    ])  # fmt: skip
    notes(
        t,
        "说明：灯具420套×0.15万元＝63万元，标识160块×0.12万元＝19.2万元。",
        "填表说明：指标值须写明比较符、数值和单位；备注可注明指标值设定依据。",
        width=5,
    )
    signature(t, "钟既白", "0735-6657012", day(YEAR - 1, 12, 5))
    return b


@variant(
    "ta16-greenway-export",
    (6, 7, 13),
    "budget-system export: 05-1 budget sheet and 05-2 "
    "indicator sheet with codes first, header on row 3; an empty tier-2, a next-year date",
)
def ta16() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 22, 10, 14, 14, 12, 12, 12))
    code, name = "350211260007", "城区绿道贯通工程"
    s.title(f"{YEAR}年部门项目支出预算表", 8)
    s.row("单位名称：鹭栖市林业局", None, None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "项目期", "计划开始日期", "计划完成日期", "资金总额",
          "财政拨款", "其他资金")  # fmt: skip
    s.row(code, name, "1年", day(YEAR, 1, 1), day(YEAR, 12, 31), wan(380), wan(380), wan(0))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 18, 12, 16, 26, 12, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    t.row("单位名称：鹭栖市林业局")
    late = mk(
        "2027年6月30日前",
        "Y102",
        "error",
        note="one-year 2026 project (05-1: 2026-01-01 to 2026-12-31), date in 2027",
    )
    empty = mk("经济效益指标", "F109", "warning", row=True, note="template tier-2 left unfilled")
    table(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "度量单位"), [
        (code, name, "成本指标", "经济成本指标", "每公里建设成本", "≤24", "万元/公里"),
        (code, name, "产出指标", "数量指标", "新建贯通绿道长度", "≥15", "公里"),
        (code, name, None, "质量指标", "工程验收合格率", "=100", "%"),
        (code, name, None, "时效指标", "绿道贯通完成时间", late, None),
        (code, name, "效益指标", "社会效益指标", "绿道年使用人次", "≥20", "万人次"),
        (code, name, None, empty, None, None, None),
        (code, name, None, "生态效益指标", "沿线新增绿地面积", "≥3.6", "公顷"),
        (code, name, "满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90", "%"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant(
    "ta17-pocket-park-artefacts",
    (9, 12),
    "project, OLD-NAT, operator and unit columns, "
    "detail lines: a split number, an amount pasted twice, a unit cost rounded to 0",
)
def ta17() -> Book:
    b, s = book()
    project(s, "口袋公园提升改造项目", "云枥市林业和园林局 415003", funds(126, 126, 0),
            ["改造提升口袋公园6处、面积5200平方米。"], attr="一次性项目")  # fmt: skip
    zero = mk(C(0, "0.00"), "T115", "error", note="126万 ÷ 5200平方米 rounded to 0 万元")
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "改造口袋公园数量", "≥", 6, "处"),
        (None, None, "改造面积", "≥", 5200, "平方米"),
        (None, "质量指标", "竣工验收合格率", "=", "100%", None),
        (None, "时效指标", "改造完成时间", "≤", "10月31日", None),
        (None, "成本指标", "每平方米改造成本", "≤", zero, "万元/平方米"),
        ("效益指标", "社会效益指标", "日均服务周边居民人次", "≥", 1500, "人次"),
        (None, "生态效益指标", "新增绿地面积", "≥", 2600, "平方米"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥", "90%", None),
    ])  # fmt: skip
    s.skip()
    s.row("序号", "支出内容", "金额（万元）", "测算依据")
    split = mk("36.4 2", "X105", "warning", alt=("X103",), note="36.42 split by a space")
    twice = mk("18万18万(含苗木运输)", "X106", "error", alt=("B108",), note="18 pasted twice")
    s.table([
        (1, "苗木采购", wan(48), "乔灌木及地被"),
        (2, "园路铺装", split, "透水铺装"),
        (3, "苗木运输及栽植", twice, "6处"),
        (4, "座椅及照明设施", wan(23.58), "6处"),
        ("合计", None, wan(126), None),
    ])  # fmt: skip
    return b


@variant(
    "ta18-micro-park-points",
    (10, 11),
    "project, NAT-2021, tier-1 score column against "
    "the indicator scores under it, a cost cap written with =",
)
def ta18() -> Book:
    b, s = book(widths=(14, 8, 16, 30, 16, 8))
    project(s, "社区微公园立体绿化试点", "枫泽县住房和城乡建设局 312004", funds(68, 60, 8),
            ["在5处社区微公园建成墙面及廊架立体绿化1500平方米。"],
            unit="枫泽县园林绿化中心")  # fmt: skip
    note = "indicator scores under this tier-1 add to {}, not {}"
    cost = mk(10, "W103", "error", note=note.format(15, 10))
    output = mk(50, "W103", "error", note=note.format(45, 50))
    eq = mk("=380元/平方米", "T108", "warning", row=True, note="a cost cap written with =")
    table(s, SCORE_HEAD, [
        ("成本指标", cost, "经济成本指标", "单位面积立体绿化建设成本", eq, 10),
        (None, None, None, "种植模块年维护成本", "≤2.5万元", 5),
        ("产出指标", output, "数量指标", "立体绿化面积", "≥1500平方米", 15),
        (None, None, None, "建成立体绿化微公园", "≥5处", 10),
        (None, None, "质量指标", "攀援植物成活率", "≥95%", 10),
        (None, None, "时效指标", "工程完工时间", "9月30日前", 10),
        ("效益指标", 30, "生态效益指标", "夏季墙面降温幅度", "≥2℃", 10),
        (None, None, "社会效益指标", "居民认养绿化模块户数", "≥200户", 10),
        (None, None, "可持续影响指标", "养护责任落实率", "=100%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "社区居民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b
