"""Helpers shared by the returns of the 619th held-out set: the workshops of 塔木齐县 (naan,
almonds) and its hops drying plant."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
TRADE = "塔木齐县商务和工业信息化局（318）"
FARM = "塔木齐县农业农村局（322）"
WIDTHS = (18, 18, 30, 18, 18, 14)


def book(title: str = "Sheet1") -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, WIDTHS)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, grant: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", total, "其中：财政拨款", grant], ["其他资金", other, None, None]]


def two_columns(period: Sequence[Any], year: Sequence[Any]) -> list[list[Any]]:
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [[a, p, b, y] for (a, b), p, y in zip(labels, period, year, strict=True)]


def project(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], *, dept: str = TRADE, **kw: Any) -> None:  # fmt: skip
    """A project head of the budget year (``years``, ``title`` … passed on)."""
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=money_rows, goals=goals,
                 **kw)  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged)


def note(s: Sheet, text: Any) -> int:
    """A 注 / 说明 line merged across the table."""
    return s.row(text, merge=[(1, 6)])


def lines(s: Sheet, items: Sequence[tuple[str, Any]], total: Any) -> None:
    """A 资金明细 block below the table: one line per item, then the 合计 line."""
    s.row("资金明细（万元）", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    top = s.r
    for name, amount in items:
        s.row(None, name, None, amount, merge=[(2, 3)])
    s.row(None, "合计", None, total, merge=[(2, 3)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def sign(s: Sheet, person: str, phone: str, filled: Any) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row(f"填报人：{person}", None, f"联系电话：{phone}", None, "填报日期", filled)
    s.row("单位负责人（签字）：", None, "（单位盖章）")
