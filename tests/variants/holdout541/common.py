"""Helpers shared by the returns of the 541st held-out set (stone carving workshops and
ancestral-hall repairs in the invented 砚峰县)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "砚峰县文化广电旅游体育局（517003）"


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fin: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project (年度资金总额 = 财政拨款 + 其他资金)."""
    w = [v if isinstance(v, C) else wan(v) for v in (total, fin, other)]
    return [["年度资金总额", w[0], "其中：财政拨款", w[1]], ["其他资金", w[2], None, None]]


def multi_year(period: Sequence[float], annual: Sequence[float]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [[f"中期{lab}" if i == 0 else lab, wan(p), f"年度{lab}" if i == 0 else lab, wan(a)]
            for i, (lab, p, a) in enumerate(zip(labels, period, annual, strict=True))]  # fmt: skip


def project(s: Sheet, name: str, unit: str, rows: list[list[Any]], goals: Sequence[Any],
            **kw: Any) -> None:  # fmt: skip
    """A project head of the budget year in 砚峰县."""
    project_head(s, year=kw.pop("year", YEAR), name=name, dept=kw.pop("dept", DEPT), unit=unit,
                 money=rows, goals=goals, **kw)  # fmt: skip


def department(s: Sheet, dept: str, budget: Sequence[Any], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head; ``budget`` is (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出)."""
    line = [v if isinstance(v, C) else wan(v) for v in budget]
    department_head(s, year=YEAR, dept=dept, budget=[line], goal=goal, tasks=tasks,
                    filled=day(YEAR - 1, 11, 26))  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier columns merged down; returns the last row."""
    s.row(*header)
    return s.table(rows, merged=merged)


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """Signature and date lines under a table."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when or day(YEAR - 1, 11, 26))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）", merge=[(4, 6)])


OPS6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
