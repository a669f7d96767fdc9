"""Helpers shared by the returns of the 660th held-out set (durian and jackfruit trials,
tropical-fruit cold chain): money rows, indicator tables, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
TIERS = ("一级指标", "二级指标", "三级指标")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> (
        tuple[Book, Sheet]):  # fmt: skip
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 中期 and 年度 the same."""
    return [
        ("中期资金总额", wan(total), "年度资金总额", wan(total)),
        ("其中：财政拨款", wan(fiscal), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), "其他资金", wan(other)),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (total, fiscal, other) for 中期 and for the year."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    rows = []
    for i, label in enumerate(labels):
        p = period[i] if isinstance(period[i], C) else wan(period[i])
        a = annual[i] if isinstance(annual[i], C) else wan(annual[i])
        rows.append(
            ("中期" + label if i == 0 else label, p, "年度" + label if i == 0 else label, a)
        )
    return rows


def details(s: Sheet, lines: Sequence[tuple[Any, Any]], total: Any) -> None:
    """Budget detail lines (明细 · 金额) with their 合计 row, merged label in column A."""
    top = s.r + 1
    s.row("资金明细（万元）", "支出内容", None, "金额", merge=[(2, 3)])
    for name, amount in lines:
        s.row(None, name, None, amount if isinstance(amount, C) else wan(amount), merge=[(2, 3)])
    s.row(None, "合计", None, total if isinstance(total, C) else wan(total), merge=[(2, 3)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 lines under the table, each merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: Any = None) -> None:
    """Signature, phone and date lines at the foot of a return."""
    s.skip()
    s.row("单位负责人：", person, None, "联系电话：", phone)
    s.row("填报日期：", filled or day(YEAR - 1, 10, 28, 'yyyy"年"m"月"d"日"'))
