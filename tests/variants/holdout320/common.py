"""Helpers shared by the 320th held-out set's returns (overseas Chinese affairs, budget year
2025): a book with its first sheet, money rows, project and department heads of the invented
榕汀市 offices, indicator tables with tier-1 and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import Book, C, Sheet, day, money

YEAR = 2025
OFFICE = "榕汀市人民政府侨务办公室（318001）"
FED = "榕汀市归国华侨联合会（318002）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = (18, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def cash(v: Any) -> Any:
    """A number becomes a money cell; a prepared cell (or text) is kept."""
    return money(v) if isinstance(v, int | float) else v


def year_money(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", cash(total), "其中：财政拨款", cash(fiscal)],
            ["其他资金", cash(other), None, None]]  # fmt: skip


def period_money(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, cash(p), b, cash(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(s: Sheet, name: str, unit: str, cash_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the 侨务办公室 for the budget year."""
    project_head(s, year=YEAR, name=name, dept=OFFICE, unit=unit, money=cash_rows, goals=goals,
                 **kw)  # fmt: skip


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head filled in the November before the budget year."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks,
                    filled=day(YEAR - 1, 11, 14))  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: C | None = None) -> None:
    """Signature and date lines under the table (dated before the budget year by default)."""
    s.skip()
    s.row(f"填报人：{person}", None, f"联系电话：{phone}", None, "填报日期",
          when or day(YEAR - 1, 10, 29), merge=[(1, 2), (3, 4)])  # fmt: skip
    s.row("单位负责人（签字）：", None, None, "单位（盖章）", merge=[(1, 3), (4, 6)])
