"""Helpers shared by the 435th held-out set: 澄屿市话剧院 (an invented city theatre), its
subsidised spoken-drama performances and its school tours."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
DEPT = "澄屿市文化广电旅游局（317）"
UNIT = "澄屿市话剧院"
WIDE = (16, 16, 30, 14, 16, 14, 12)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format only."""
    return money(value, WAN)


def lines(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project: 资金总额 = 财政拨款 + 其他资金."""
    return [["资金总额", total, "其中：财政拨款", fiscal], ["其他资金", other, None, None]]


def period_lines(period: Any, annual: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money block of a multi-year project: 中期 and 年度 totals, the year split."""
    return [
        ["中期资金总额", period, "年度资金总额", annual],
        ["其中：财政拨款", fiscal, "其他资金", other],
    ]


def project(s: Sheet, name: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any],
            **kw: Any) -> None:  # fmt: skip
    """A project head of the theatre under the city culture bureau."""
    project_head(s, year=kw.pop("year", YEAR), name=name, dept=kw.pop("dept", DEPT),
                 unit=kw.pop("unit", UNIT), money=money_rows, goals=goals, **kw)  # fmt: skip


def department(s: Sheet, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """The theatre's department head (budget year ``YEAR``, filled the November before)."""
    department_head(s, year=YEAR, dept=UNIT, budget=budget, goal=goal, tasks=tasks,
                    filled=day(YEAR - 1, 11, 14))  # fmt: skip


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header row, tier columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *texts: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for text in texts:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """Signature, phone and date lines under the table."""
    s.skip()
    s.row("单位负责人：", who, None, "填表人：", "宋嘉禾", None)
    s.row("联系电话：", phone, None, "填报日期：", when or day(YEAR - 1, 11, 18))
