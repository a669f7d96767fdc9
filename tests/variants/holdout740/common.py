"""Helpers shared by the 740th held-out set's returns (磐岫县民族宗教事务委员会, year 2025)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "磐岫县民族宗教事务委员会（208001）"
UNIT = "磐岫县民族宗教事务委员会"
WIDE = (18, 20, 30, 18, 18, 18)


def wan(value: float) -> C:
    """An amount with 万元 only in the number format."""
    return money(value, WAN)


def first(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: float | C, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """The money block of a one-year project: total = annual = 财政拨款 + 其他资金."""
    top = total if isinstance(total, C) else wan(total)
    return [("资金总额", top, "年度资金总额", wan(top.value)),
            ("其中：财政拨款", wan(fiscal), "其他资金", wan(other))]  # fmt: skip


def multi_year(period: Sequence[float], annual: Sequence[float]) -> list[tuple[Any, ...]]:
    """(total, 财政拨款, 其他资金) for the period and for the year."""
    return [("中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])),
            ("其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])),
            ("其他资金", wan(period[2]), "其他资金", wan(annual[2]))]  # fmt: skip


def project(name: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any], *,
            years: int = 1, title: str | None = None, sheet: str = "Sheet1",
            book: Book | None = None, s: Sheet | None = None) -> tuple[Book, Sheet]:  # fmt: skip
    """A project head on a (new or given) sheet."""
    if book is None or s is None:
        book, s = first(sheet)
    attr = "新增项目" if years > 1 else "延续项目"
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=UNIT, money=money_rows, goals=goals,
                 years=years, title=title, attr=attr)  # fmt: skip
    return book, s


def department(budget: Sequence[Any], tasks: Sequence[Sequence[Any]], goal: str,
               title: str | None = None) -> tuple[Book, Sheet]:  # fmt: skip
    """A department head (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出) with its tasks."""
    b, s = first()
    line = [v if isinstance(v, C) else wan(v) for v in budget]
    rows = [(t[0], t[1], t[2] if isinstance(t[2], C) else wan(t[2]), t[3]) for t in tasks]
    department_head(s, year=YEAR, dept=DEPT, budget=[line], goal=goal, tasks=rows, title=title)
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, lines: Sequence[str], width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, filled: C | None = None) -> None:
    """A blank line, then the signature and date line (filled the autumn before the year)."""
    s.skip()
    s.row("单位负责人：", who, "填表人：", "韦晓岚", "联系电话：", phone)
    s.row("填报日期：", filled or day(YEAR - 1, 11, 26, CN_DATE), None, "（单位盖章）")
