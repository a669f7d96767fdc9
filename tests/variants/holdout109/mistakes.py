"""Pasted returns with one planted mistake each (lo15–lo18)."""

from __future__ import annotations

from tests.variants.holdout109.common import department, project, w
from tests.variants.holdout109.paste import sign, table
from tests.variants.holdout109.registry import variant
from tests.variants.holdout109.sets import CULTURE, MARKET, TRAIN, WATER, B
from tests.variants.kit import Book, mk, pct


@variant(
    "lo15-money-not-sum",
    (4, 12),
    "project, OLD-NAT, names numbered 1.1, value and unit "
    "in two cells, 序号 column: 年度资金总额 1000 ≠ 900 + 80",
)
def lo15() -> Book:
    b = Book()
    s = project(b, "water", total=mk(w(1000), "B101", "error",
                note="年度资金总额 1000 ≠ 财政拨款 900 + 其他资金 80"))  # fmt: skip
    table(s, WATER, numbering="dot", values="split", seq=True, header="目标值")
    sign(s, "周晓岚", "0731-5562018", "2025年11月20日")
    return b


@variant(
    "lo16-rate-over-100",
    (4, 5),
    "project, NAT-2021, tiers in one cell, ※ after a name, 填报说明 column: a 合格率 of ≥105%",
)
def lo16() -> Book:
    b = Book()
    s = project(b, "train")
    rows = list(TRAIN)
    t1, t2, name, op, _, unit, note = rows[4]
    rows[4] = (t1, t2, name, op, mk(pct(1.05), "T106", "error", note="合格率 above 100 %"),
               unit, note)  # fmt: skip
    table(s, rows, tiers="dash", foot={2: "※"}, note_col=True, header="预期目标")
    s.row("注：※ 含线上培训人数。")
    sign(s, "韩立群", "0745-2213376", "2025年11月26日")
    return b


@variant(
    "lo17-rate-as-count",
    (4, 5),
    "project, OLD-NAT, tiers as 产出/数量, names numbered "
    "(1), values inline: a 按期完成率 given as 60场",
)
def lo17() -> Book:
    b = Book()
    s = project(b, "culture")
    rows = list(CULTURE)
    t1, t2, name, op, _, unit, note = rows[5]
    rows[5] = (t1, t2, name, op, mk("≥60场", "T105", "error", note="a rate given as a count"),
               unit, note)  # fmt: skip
    table(s, rows, tiers="slash", numbering="paren", values="inline")
    sign(s, "罗海燕", "0739-8820415", "2025年12月2日")
    return b


@variant(
    "lo18-direction-against",
    (4, 11),
    "department, NAT-2021, names numbered ①, 序号 column, 比较符 column: ≥ on an 事故发生率 (反向)",
)
def lo18() -> Book:
    b = Book()
    s = department(b, "market")
    rows = list(MARKET)
    rows.insert(8, (B, "社会效益指标", "特种设备事故发生率", mk("≥", "T108", "warning", row=True,
                    note="反向 rate with ≥"), pct(0.01), "%", None))  # fmt: skip
    table(s, rows, numbering="circle", seq=True)
    sign(s, "彭国栋", "0731-5580114", "2025年11月18日")
    return b
