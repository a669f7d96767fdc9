"""Helpers shared by the 337th held-out set (desertification and sand control, 2025)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "砾丘县林业和草原局（317004）"


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 16, 16, 14)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def _w(v: Any) -> Any:
    return money(v, WAN) if isinstance(v, int | float) else v


def funds(total: Any, fiscal: Any, other: Any, period: Sequence[Any] = ()) -> list[list[Any]]:
    """Money rows with a 中期 and a 年度 column (a one-year project repeats the year)."""
    p = period or (total, fiscal, other)
    return [["中期资金总额", _w(p[0]), "年度资金总额", _w(total)],
            ["其中：财政拨款", _w(p[1]), "其中：财政拨款", _w(fiscal)],
            ["其他资金", _w(p[2]), "其他资金", _w(other)]]  # fmt: skip


def funds1(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-column form: 资金总额, then 财政拨款 and 其他资金."""
    return [["资金总额", _w(total), "其中：财政拨款", _w(fiscal)],
            ["其他资金", _w(other), None, None]]  # fmt: skip


def project(s: Sheet, name: str, unit: str, rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of 砾丘县林业和草原局 for the budget year."""
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=unit, money=rows, goals=goals, **kw)


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: C | None = None) -> None:
    """Filler, phone, fill date and the signature line under the table."""
    s.skip()
    s.row(f"填表人：{who}", None, f"联系电话：{phone}", None, "填报日期",
          when or day(YEAR - 1, 12, 6, CN_DATE))  # fmt: skip
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")


def by(m: int, d: int) -> C:
    """A deadline as a date cell within the budget year."""
    return day(YEAR, m, d, CN_DATE)
