"""Correct one-year project returns pasted from Word or a PDF (lo01–lo08; lo06 with a duplicate)."""

from __future__ import annotations

from tests.variants.holdout109.common import project
from tests.variants.holdout109.paste import sign, table
from tests.variants.holdout109.registry import variant
from tests.variants.holdout109.sets import CO, CULTURE, ROAD, TRAIN, WATER, B, P, S
from tests.variants.kit import Book, mk

NOTE = "注：带※的指标含线上培训人数；带*的指标以统计部门年报口径为准。"


@variant(
    "lo01-dot-numbered-seq",
    (4, 5),
    "project, OLD-NAT, 序号 column, names numbered "
    "1.1, header 目标值, 比较符 and 计量单位 columns, merged tiers, signature block",
)
def lo01() -> Book:
    b = Book()
    s = project(b, "water")
    table(s, WATER, seq=True, numbering="dot", header="目标值")
    sign(s, "周晓岚", "0731-5562018", "2025年11月20日")
    return b


@variant(
    "lo02-dash-tiers-footnotes",
    (4, 5),
    "project, NAT-2021, tiers in one cell "
    "(产出指标-数量指标), ※ and * after names, header 预期目标, value and unit in two cells "
    "under one merged header, 填报说明 column, footnote lines",
)
def lo02() -> Book:
    b = Book()
    s = project(b, "train")
    table(s, TRAIN, tiers="dash", foot={2: "※", 7: "*"}, header="预期目标", values="split",
          note_col=True)  # fmt: skip
    s.row(NOTE)
    sign(s, "韩立群", "0745-2213376", "2025年11月26日")
    return b


@variant(
    "lo03-tier-points-total",
    (5, 10),
    "project, OLD-NAT, tier-1 labels with points "
    "(产出指标（50分）), 分值 column, a 合计 row with the points, signature block",
)
def lo03() -> Book:
    b = Book()
    s = project(b, "culture")
    table(s, CULTURE, points={P: 50, B: 40, S: 10}, scores=(7, 7, 6, 6, 6, 6, 6, 6, 14, 13, 13,
          10), total=True)  # fmt: skip
    sign(s, "罗海燕", "0739-8820415", "2025年12月2日")
    return b


@variant(
    "lo04-slash-circled-inline",
    (4, 5),
    "project, NAT-2021, tiers as 成本/经济成本, "
    "names numbered ①②, values inline with operators (percent values typed as text)",
)
def lo04() -> Book:
    b = Book()
    s = project(b, "road")
    table(s, ROAD, tiers="slash", numbering="circle", values="inline")
    sign(s, "邓志远", "0746-3318027", "2025年11月15日")
    return b


@variant(
    "lo05-paren-filled-star",
    (4, 5),
    "project, NAT-2021, names numbered (1), * after two "
    "names, tiers filled down, operator column headed 符号, header 指标值（年度）",
)
def lo05() -> Book:
    b = Book()
    s = project(b, "train", title="2026年度项目支出绩效目标表")
    table(s, TRAIN, tiers="filled", numbering="paren", foot={1: "*", 4: "*"},
          header="指标值（年度）", op_head="符号")  # fmt: skip
    s.row("*注：期数、合格率按市职业能力建设中心台账统计。")
    sign(s, "韩立群", "0745-2213376", "2025年11月26日")
    return b


@variant(
    "lo06-dash-seq-duplicate",
    (4,),
    "project, OLD-NAT, 序号 column, tiers in one cell, "
    "values inline, 填报说明 column, header 目标值: one indicator pasted twice",
)
def lo06() -> Book:
    b = Book()
    s = project(b, "culture")
    rows = list(CULTURE)
    t1, t2, name, op, num, unit, _ = rows[2]
    rows.insert(3, (t1, t2, mk(name, "D101", "warning", row=True, alt=("D102", "D103"),
                    note="公益电影放映 pasted twice"), op, num, unit, "同上"))  # fmt: skip
    table(s, rows, tiers="dash", seq=True, values="inline", note_col=True, header="目标值")
    sign(s, "罗海燕", "0739-8820415", "2025年12月2日")
    return b


@variant(
    "lo07-points-split",
    (5, 10),
    "project, NAT-2021, tier labels with points including "
    "成本指标（20分）, value and unit in two cells, 分值 column and 合计 row",
)
def lo07() -> Book:
    b = Book()
    s = project(b, "road")
    table(s, ROAD, values="split", header="预期目标",
          points={CO: 20, P: 40, B: 30, S: 10},
          scores=(10, 10, 7, 7, 7, 7, 6, 6, 10, 10, 10, 10), total=True)  # fmt: skip
    sign(s, "邓志远", "0746-3318027", "2025年11月15日")
    return b


@variant(
    "lo08-slash-footnote-circled",
    (4, 5),
    "project, OLD-NAT, tiers as 产出/数量, "
    "① after a name with its footnote below, 序号 column, 比较符 and 计量单位 columns",
)
def lo08() -> Book:
    b = Book()
    s = project(b, "water")
    table(s, WATER, tiers="slash", seq=True, foot={2: "①"})
    s.row("① 受益人口按2025年末户籍人口测算。")
    sign(s, "周晓岚", "0731-5562018", "2025年11月20日")
    return b
