"""Helpers shared by the returns of the 598th held-out set (eel ponds, a seafood-processing hall
and its ice plant in the invented 澄屿县)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, money

YEAR = 2026
DEPT = "澄屿县农业农村局（312001）"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def new_book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> Any:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """A one-year money block: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", total, "其中：财政拨款", fiscal], ["其他资金", other, None, None]]


def period_funds(period: float, annual: float) -> list[list[Any]]:
    """A multi-year money block, all of it 财政拨款."""
    return [["中期资金总额", wan(period), "其中：财政拨款", wan(period)],
            ["年度资金总额", wan(annual), "其中：财政拨款", wan(annual)]]  # fmt: skip


def project(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """The project head of §3.1 for the budget year (unless ``year=`` says otherwise)."""
    kw.setdefault("year", YEAR)
    project_head(s, name=name, dept=DEPT, unit=unit, money=money_rows, goals=goals, **kw)


def department(s: Sheet, dept: str, budget: Sequence[Any], goal: Any,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """The department head of §3.2 for the budget year."""
    department_head(s, year=YEAR, dept=dept, budget=[budget], goal=goal, tasks=tasks)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def lines(s: Sheet, *texts: str) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for text in texts:
        s.row(text, merge=[(1, 6)])


def signature(s: Sheet, person: str, phone: str, date: Any) -> None:
    """Signature and date line under the table."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", date)
