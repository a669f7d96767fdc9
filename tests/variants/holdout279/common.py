"""Helpers shared by the returns of the 279th held-out set (供销社 and rural e-commerce)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.worksheet.pagebreak import Break

from tests.variants.kit import WAN, Book, C, Sheet, money

Row = Sequence[Any]


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def amount(value: Any, fmt: str = WAN) -> Any:
    """A number becomes a money cell with the unit in its format; text or a marked cell stays."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return money(value, fmt)
    return value


def funds(total: Any, fiscal: Any, other: Any, fmt: str = WAN) -> list[list[Any]]:
    """The money rows of a one-year project head: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", amount(total, fmt), "其中：财政拨款", amount(fiscal, fmt)],
        ["其他资金", amount(other, fmt), None, None],
    ]


def funds_period(period: Sequence[Any], annual: Sequence[Any], fmt: str = WAN) -> list[
        list[Any]]:  # fmt: skip
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, amount(p, fmt), b, amount(y, fmt)]
            for (a, b), p, y in zip(labels, period, annual, strict=True)]  # fmt: skip


def budget(total: float, fiscal: float, other: float, basic: float, project: float) -> list[
        list[C]]:  # fmt: skip
    """The budget row of a department head (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出)."""
    return [[money(v) for v in (total, fiscal, other, basic, project)]]


def tasks(*lines: tuple[str, str, float, str]) -> list[list[Any]]:
    """Key tasks of a department head followed by their 金额合计 row."""
    rows: list[list[Any]] = [[n, what, money(v), goal] for n, what, v, goal in lines]
    rows.append(["金额合计", None, money(sum(v for _, _, v, _ in lines)), None])
    return rows


def indicators(s: Sheet, header: Row, rows: Sequence[Row], merged: Sequence[int] = (1, 2),
               caption: str | None = "绩效指标") -> int:  # fmt: skip
    """An indicator table under its header; tier columns in ``merged`` are merged down."""
    if caption:
        s.row(caption, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def page_break(s: Sheet) -> None:
    """A manual page break after the last row written."""
    s.ws.row_breaks.append(Break(id=s.r))


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, date: C, head: str = "单位负责人") -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row(f"{head}：", person, "填报人联系电话：", phone, "填报日期：", date)
