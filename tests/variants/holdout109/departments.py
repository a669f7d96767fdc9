"""Correct department returns pasted from Word or a PDF (lo09–lo14; lo13 with a missing tier)."""

from __future__ import annotations

from tests.variants.holdout109.common import department
from tests.variants.holdout109.paste import sign, table
from tests.variants.holdout109.registry import variant
from tests.variants.holdout109.sets import ARCHIVE, CO, MARKET, B, P, S
from tests.variants.kit import Book


@variant(
    "lo09-dept-dot-target",
    (4, 5),
    "department, NAT-2021, names numbered 1.1, merged "
    "tiers, header 目标值, 比较符 and 计量单位 columns, signature block",
)
def lo09() -> Book:
    b = Book()
    s = department(b, "archive")
    table(s, ARCHIVE, numbering="dot", header="目标值")
    sign(s, "沈雨桐", "0745-6610239", "2025年11月18日")
    return b


@variant(
    "lo10-dept-dash-seq-notes",
    (4, 5),
    "department, NAT-2021, 序号 column, tiers in one "
    "cell (产出指标-数量指标), 填报说明 column, header 预期目标",
)
def lo10() -> Book:
    b = Book()
    s = department(b, "market")
    table(s, MARKET, tiers="dash", seq=True, note_col=True, header="预期目标")
    sign(s, "彭国栋", "0731-5580114", "2025年11月18日")
    return b


@variant(
    "lo11-dept-slash-inline",
    (4, 5),
    "department, NAT-2021, tiers as 产出/数量, values "
    "inline with operators, footnote mark ※ after a name",
)
def lo11() -> Book:
    b = Book()
    s = department(b, "archive")
    table(s, ARCHIVE, tiers="slash", values="inline", foot={1: "※"})
    s.row("※ 数字化页数以验收单为准。")
    sign(s, "沈雨桐", "0745-6610239", "2025年11月18日")
    return b


@variant(
    "lo12-dept-points-total",
    (5, 10),
    "department, NAT-2021, tier labels with points, 分值 column, 合计 row, merged tiers",
)
def lo12() -> Book:
    b = Book()
    s = department(b, "market")
    table(s, MARKET, points={P: 50, CO: 10, B: 30, S: 10},
          scores=(9, 9, 8, 8, 8, 8, 10, 15, 15, 10), total=True)  # fmt: skip
    sign(s, "彭国栋", "0731-5580114", "2025年11月18日")
    return b


@variant(
    "lo13-dept-no-benefit-tier",
    (4,),
    "department, NAT-2021, tiers filled down, names "
    "numbered (1), value and unit in two cells under one merged header 指标值: no 效益指标",
)
def lo13() -> Book:
    b = Book()
    s = department(b, "archive")
    b.file_mark("F106", "error", note="the 效益指标 tier is missing")
    rows = [r for r in ARCHIVE if r[0] != B]
    table(s, rows, tiers="filled", numbering="paren", values="split")
    sign(s, "沈雨桐", "0745-6610239", "2025年11月18日")
    return b


@variant(
    "lo14-dept-circled-merged",
    (4, 5),
    "department, NAT-2021, names numbered ①, merged "
    "tiers, operator column headed 比较符号, 序号 column",
)
def lo14() -> Book:
    b = Book()
    s = department(b, "market")
    table(s, MARKET, numbering="circle", seq=True, op_head="比较符号")
    sign(s, "彭国栋", "0731-5580114", "2025年11月18日")
    return b
