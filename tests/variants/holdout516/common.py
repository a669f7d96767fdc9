"""Helpers shared by the returns of the 516th held-out set (Yao herbal baths, 瑶浴, in the
invented 莳峒县): a book with its first sheet, money rows, tier tables, notes and signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2026
HEALTH = "莳峒县卫生健康局（412001）"
TOURISM = "莳峒县文化旅游广电局（418003）"
HERBS = "莳峒县农业农村局（421005）"


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 16, 16, 14)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 whose unit lives only in the number format."""
    return money(value, WAN)


def funds(total: Any, grant: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", total, "其中：财政拨款", grant], [None, None, "其他资金", other]]


def funds_period(period: Any, annual: Any, grant: Any, other: Any) -> list[list[Any]]:
    """The money rows of a multi-year project: 年度资金总额 = 年度财政拨款 + 年度其他资金."""
    return [["中期资金总额", period, "年度资金总额", annual],
            ["年度财政拨款", grant, "年度其他资金", other]]  # fmt: skip


def project(s: Sheet, name: str, dept: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head in the budget year."""
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=money_rows, goals=goals,
                 **kw)  # fmt: skip


def department(s: Sheet, dept: str, budget: Sequence[Any], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head filled in November of the year before the budget year."""
    department_head(s, year=YEAR, dept=dept, budget=[budget], goal=goal, tasks=tasks,
                    filled=day(YEAR - 1, 11, 18))  # fmt: skip


def header(s: Sheet, *words: Any) -> int:
    """The header row of an indicator table."""
    return s.row(*words)


def tiers(s: Sheet, rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2),
          col: int = 1) -> int:  # fmt: skip
    """Indicator rows with tier-1 and tier-2 merged down over their blocks."""
    return s.table(rows, merged=merged, col=col)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: tuple[int, int, int] = (2025, 12, 5)) -> int:
    """Signature and date line under the table (the fill date is in the year before)."""
    return s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期",
                 day(*when, fmt=CN_DATE))  # fmt: skip
