"""Helpers shared by the returns of the 672nd held-out set (coastal shellfish and crab farming,
a seafood cold chain, fishermen safety training)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: float, fin: float, other: float) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project (万元 only in the number format)."""
    return [("年度资金总额", money(total, WAN), "其中：财政拨款", money(fin, WAN)),
            ("其他资金", money(other, WAN), None, None)]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度; a value
    may be a ``C`` carrying a mark."""

    def m(v: Any) -> Any:
        return v if not isinstance(v, int | float) else money(v, WAN)

    return [("中期资金总额", m(period[0]), "年度资金总额", m(annual[0])),
            ("其中：财政拨款", m(period[1]), "其中：财政拨款", m(annual[1])),
            ("其他资金", m(period[2]), "其他资金", m(annual[2]))]  # fmt: skip


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], header: Sequence[Any] = HEAD,
               label: str | None = "绩效指标") -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    if label:
        s.row(label)
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def details(s: Sheet, lines: Sequence[tuple[Any, ...]], total: Any,
            title: str = "资金明细（万元）") -> None:  # fmt: skip
    """Budget detail lines (名称, 金额, 测算依据) under the table, then their 合计."""
    s.skip()
    s.row(title, "金额", "测算依据")
    for name, amount, basis in lines:
        s.row(name, amount if not isinstance(amount, int | float) else money(amount, WAN), basis)
    s.row("合计", total if not isinstance(total, int | float) else money(total, WAN))


def sign(s: Sheet, who: str, phone: str, filled: tuple[int, int, int]) -> None:
    """A footnote, then the signature and date line."""
    s.skip()
    s.row("注：指标值中“≥”“≤”为考核下限、上限，金额单位为万元。")
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", day(*filled))
