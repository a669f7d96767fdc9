"""Helpers shared by the returns of the 873rd held-out set (rural e-commerce)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
TWO_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 中期 and 年度 equal."""
    return [
        ("中期资金总额", wan(total), "年度资金总额", wan(total)),
        ("其中：财政拨款", wan(fiscal), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), "其他资金", wan(other)),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"))
    labels += (("其他资金", "其他资金"),)
    return [
        (a, p if isinstance(p, C) else wan(p), b, y if isinstance(y, C) else wan(y))
        for (a, b), p, y in zip(labels, period, annual, strict=True)
    ]


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """The indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*head, col=col)
    return s.table(rows, merged=merged, col=col)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A footnote or instruction row merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any) -> int:
    """The signature and date line under the table."""
    s.skip()
    return s.row("填报人：", who, "联系电话：", phone, "填报日期：", date)


def detail(s: Sheet, lines: Sequence[tuple[str, Any]], total: Any,
           label: str = "资金明细（万元）") -> int:  # fmt: skip
    """Budget detail lines under the table, then their 合计."""
    s.skip()
    s.row(label, "支出内容", None, "金额", merge=[(2, 3)])
    top = s.r
    for name, amount in lines:
        s.row(None, name, None, amount if isinstance(amount, C) else wan(amount), merge=[(2, 3)])
    s.row(None, "合计", None, total if isinstance(total, C) else wan(total), merge=[(2, 3)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    return s.r
