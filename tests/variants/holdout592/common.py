"""Helpers shared by the returns of the 592nd held-out set (豆苗 sprouts, a county cold chain)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
BUREAU = "蓼川县农业农村局（417001）"
COMMERCE = "蓼川县商务局（417006）"
WIDE = (16, 18, 30, 18, 18, 18)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(v: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked C passes through)."""
    return v if isinstance(v, C) else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", w(total), "其中：财政拨款", w(fiscal)],
        ["其他资金", w(other), None, None],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """(总额, 财政拨款, 其他资金) for the 中期 and the 年度 columns."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [[a, w(p), b, w(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the budget year with the agriculture bureau as default department."""
    kw.setdefault("dept", BUREAU)
    project_head(s, year=YEAR, name=name, unit=unit, money=money_rows, goals=goals, **kw)


def department(s: Sheet, dept: str, budget: Sequence[Any], goal: Any,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head: ``budget`` is (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出)."""
    department_head(s, year=YEAR, dept=dept, budget=[[w(v) for v in budget]], goal=goal,
                    tasks=tasks)  # fmt: skip


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, date: Any) -> None:
    """Signature and date line under the table."""
    s.skip()
    s.row("单位负责人（签字）：", None, f"填报人：{person}", f"联系电话：{phone}", "填报日期", date)
