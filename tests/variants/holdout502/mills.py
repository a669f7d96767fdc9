"""Tung oil pressing mills: percent cells, stacked mills and multi-year planting-and-pressing
projects (ar01–ar06)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout502.common import (
    OIL,
    ONE,
    OPS,
    TWO,
    YEAR,
    book,
    funds,
    indicators,
    note,
    period_funds,
    signed,
    wan,
)
from tests.variants.holdout502.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct


@variant("ar01-press-percent-cells", (1,),
         "project, OLD-NAT, operator and unit columns, percentages typed in Excel, 万元 only in "
         "the number format, a 反向 rate with ≤ and 0起 on accidents (correct)")  # fmt: skip
def press_percent_cells() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="油坊滩镇古法桐油压榨作坊提质项目", dept=OIL,
                 unit="油坊滩镇桐籽压榨专业合作社", money=funds(wan(60), wan(50), wan(10)),
                 goals=["压榨桐籽300吨，酸值合格率不低于95%，残油率6%以内。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "桐籽压榨量", "≥", 300, "吨"),
        (None, None, "改造蒸籽灶", "≥", 4, "口"),
        (None, "质量指标", "桐油酸值检测合格率", "≥", pct(0.95), "%"),
        (None, None, "榨饼残油率", "≤", pct(0.06), "%"),
        (None, "时效指标", "作坊改造完工时间", "≤", day(YEAR, 9, 30), None),
        (None, "成本指标", "每吨桐籽压榨成本", "≤", 0.12, "万元/吨"),
        ("效益指标", "经济效益指标", "入社农户户均增收", "≥", 1500, "元/户"),
        (None, "社会效益指标", "带动桐籽种植户", "≥", 260, "户"),
        (None, None, "压榨生产安全事故", "≤", 0, "起"),
        (None, "可持续影响指标", "古法压榨技艺传承学徒", "≥", 6, "人"),
        ("满意度指标", "服务对象满意度指标", "入社农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    note(s, "注：每吨压榨成本0.12万元×300吨=36万元，在年度资金60万元以内。")
    signed(s, "覃秋禾", "0745-6213408")
    return b


@variant("ar02-press-percent-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns: a typed 105% on a 合格率 and a 反向 "
         "downtime rate with ≥")  # fmt: skip
def press_percent_wrong() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="桐油坊螺旋榨油机更新项目", dept=OIL,
                 unit="槐渡县东岸桐油厂", money=funds(wan(45), wan(40), wan(5)),
                 goals=["更新螺旋榨油机3台，桐油质量稳定达标，停机时间明显减少。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "更新螺旋榨油机", "≥", 3, "台"),
        (None, "质量指标", "桐油酸值检测合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a 合格率 cannot exceed 100%"), "%"),
        (None, None, "压榨设备故障停机率",
         mk("≥", "T108", "warning", row=True, note="a 停机率 is 反向: ≤ expected"),
         pct(0.03), "%"),
        (None, "时效指标", "设备安装调试时限", "≤", 6, "个月"),
        (None, "成本指标", "单台榨油机购置费", "≤", 12, "万元/台"),
        ("效益指标", "经济效益指标", "年加工桐籽能力提高", "≥", 200, "吨"),
        (None, "可持续影响指标", "设备使用年限", "≥", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "送籽农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signed(s, "莫长青", "0745-6219034")
    return b


def mill_rows(buy: int, oil: str, cost: float, farms: int) -> list[tuple[Any, ...]]:
    """The indicator rows of one stacked mill project (OLD-NAT, one value column)."""
    return [
        ("产出指标", "数量指标", "桐籽收购量", f"≥{buy}吨"),
        (None, "质量指标", "桐油出厂检测合格率", oil),
        (None, "时效指标", "收购款兑付时限", "≤15个工作日"),
        (None, "成本指标", "每吨桐籽收购补贴", f"≤{cost}万元/吨"),
        ("效益指标", "社会效益指标", "带动桐农户数", f"≥{farms}户"),
        ("满意度指标", "服务对象满意度指标", "售籽桐农满意度", "≥90%"),
    ]


def stacked_mill(s: Sheet, name: str, unit: str, money: list[tuple[Any, ...]],
                 rows: list[tuple[Any, ...]], first: bool = False) -> None:  # fmt: skip
    """One project of a sheet holding several, each with its own head and table."""
    if not first:
        s.skip()
    project_head(s, year=YEAR, name=name, dept=OIL, unit=unit, money=money,
                 goals=[f"{name}：按期收购桐籽，稳定桐农收入。"],
                 title=None if first else "")  # fmt: skip
    indicators(s, ONE, rows)


@variant("ar03-mills-stacked", (2,),
         "three mill projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator names with different values in each project (correct)")  # fmt: skip
def mills_stacked() -> Book:
    b, s = book()
    stacked_mill(
        s,
        "上渡村桐籽收储项目",
        "上渡村股份经济合作社",
        funds(wan(40), wan(35), wan(5)),
        mill_rows(120, "≥95%", 0.2, 150),
        True,
    )
    stacked_mill(
        s,
        "鹭洲村桐籽收储项目",
        "鹭洲村股份经济合作社",
        funds(wan(28), wan(24), wan(4)),
        mill_rows(90, "≥96%", 0.2, 110),
    )
    stacked_mill(
        s,
        "石门坳村桐籽收储项目",
        "石门坳村股份经济合作社",
        funds(wan(55), wan(45), wan(10)),
        mill_rows(150, "≥95%", 0.25, 190),
    )
    signed(s, "覃秋禾", "0745-6213408")
    return b


@variant("ar04-mills-stacked-defects", (2, 12),
         "two mill projects stacked, OLD-NAT, one value column: the second project's total "
         "is not 财政拨款 + 其他资金, and one of its 完好率 is given in 台")  # fmt: skip
def mills_stacked_defects() -> Book:
    b, s = book()
    stacked_mill(
        s,
        "沙湾村桐籽收储项目",
        "沙湾村股份经济合作社",
        funds(wan(36), wan(30), wan(6)),
        mill_rows(110, "≥95%", 0.2, 140),
        True,
    )
    rows = mill_rows(80, "≥95%", 0.25, 100)
    rows.insert(2, (None, None, "榨油设备完好率",
                    mk("12台", "T105", "error", note="a 完好率 needs a %")))  # fmt: skip
    total = mk(wan(45), "B101", "error", note="30 + 10 = 40, not 45")
    stacked_mill(
        s, "柳溪村桐籽收储项目", "柳溪村股份经济合作社", funds(total, wan(30), wan(10)), rows
    )
    signed(s, "覃秋禾", "0745-6213408")
    return b


@variant("ar05-mill-multi-year", (8,),
         "three-year planting-and-pressing project, NAT-2021, 中期 and 年度 columns: counts "
         "split over the years, rates and unit costs legitimately equal (correct)")  # fmt: skip
def mill_multi_year() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="槐渡县油桐林基地与压榨车间建设项目", dept=OIL,
                 unit="槐渡县林业和桐油产业发展中心", attr="新增项目",
                 money=period_funds((wan(300), wan(270), wan(30)), (wan(100), wan(90), wan(10))),
                 goals=["三年新植油桐林3000亩，建成标准化压榨车间3个。",
                        "当年新植油桐林1000亩，建成标准化压榨车间1个。"])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新植油桐林面积", "≥3000亩", "≥1000亩"),
        (None, None, "建成标准化压榨车间", "≥3个", "≥1个"),
        (None, "质量指标", "桐苗造林成活率", "≥85%", "≥85%"),
        (None, "时效指标", "当年造林完成时间", "3月31日前", "3月31日前"),
        ("成本指标", "经济成本指标", "每亩造林补助", "≤0.08万元/亩", "≤0.08万元/亩"),
        ("效益指标", "经济效益指标", "压榨车间年加工桐籽", "≥600吨", "≥200吨"),
        (None, "生态效益指标", "新增林木覆盖面积", "≥3000亩", "≥1000亩"),
        ("满意度指标", "服务对象满意度指标", "造林农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signed(s, "覃秋禾", "0745-6213408")
    return b


@variant("ar06-mill-multi-year-copied", (8,),
         "three-year mill storage project, NAT-2021, 中期 and 年度 columns: 中期目标 text "
         "copied into 年度目标, two cumulative counts copied from 中期 into 年度")  # fmt: skip
def mill_multi_year_copied() -> Book:
    b, s = book()
    goal = "三年新建晾籽场6个、桐油储油罐12座，培训压榨工180人次。"
    project_head(s, year=YEAR, years=3, name="油坊滩镇桐籽晾晒与桐油仓储设施项目", dept=OIL,
                 unit="油坊滩镇人民政府", attr="新增项目",
                 money=period_funds((wan(150), wan(120), wan(30)), (wan(50), wan(40), wan(10))),
                 goals=[goal, mk(goal, "D204", "warning", note="年度目标 = 中期目标")])  # fmt: skip
    copied = "annual count copied from the three-year period"
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建晾籽场", "≥6个",
         mk("≥6个", "D202", "warning", note=copied)),
        (None, None, "新建桐油储油罐", "≥12座", "≥4座"),
        (None, None, "培训压榨工", "≥180人次",
         mk("≥180人次", "D202", "warning", note=copied)),
        (None, "质量指标", "储油罐验收合格率", "100%", "100%"),
        ("成本指标", "经济成本指标", "每座储油罐造价", "≤3万元/座", "≤3万元/座"),
        ("效益指标", "经济效益指标", "桐油霉变损耗率", "≤2%", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "压榨户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signed(s, "黎桂芬", "0745-6217725", day(YEAR - 1, 11, 28))
    return b
