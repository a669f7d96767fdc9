"""Helpers shared by the returns of the 294th held-out set (maternal and child health)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
T6 = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """A one-year money block: 年度资金总额, 其中财政拨款, 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), (None, None, "其他资金", other)]


def funds_period(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """A multi-year money block: (总额, 财政拨款, 其他资金) for the period and for the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(lab[0], p, lab[1], a) for lab, p, a in zip(labels, period, annual, strict=True)]


def project(s: Sheet, name: str, dept: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head (§3.1) in the set's budget year unless ``year`` is given."""
    kw.setdefault("year", YEAR)
    project_head(s, name=name, dept=dept, unit=unit, money=money_rows, goals=goals, **kw)


def department(s: Sheet, dept: str, budget: Sequence[Any], goal: str,
               tasks: Sequence[Sequence[Any]], filled: Any = None) -> None:  # fmt: skip
    """A department head (§3.2) with one budget row and its key tasks."""
    department_head(s, year=YEAR, dept=dept, budget=[budget], goal=goal, tasks=tasks,
                    filled=filled or day(YEAR - 1, 11, 14))  # fmt: skip


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, 说明 or 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: Any) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", filled)
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
