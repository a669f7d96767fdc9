"""Helpers shared by the returns of the 480th held-out set (fishery-solar stations on ponds)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "澄湾县农业农村局（412003）"
DEPT_NAME = "澄湾县渔业发展服务中心"
IND = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 16, 16, 16)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", total, "其中：财政拨款", fiscal),
        (None, None, "其他资金", other),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", period[0], "年度资金总额", annual[0]),
        ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
        ("其他资金", period[2], "其他资金", annual[2]),
    ]


def project(s: Sheet, name: str, unit: str, rows: Sequence[Sequence[Any]], goals: Sequence[Any],
            **kw: Any) -> None:  # fmt: skip
    """A project head of the budget year under 澄湾县农业农村局."""
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=unit, money=rows, goals=goals, **kw)


def department(s: Sheet, budget: Sequence[Any], goal: str, tasks: Sequence[Sequence[Any]] = (),
               ) -> None:  # fmt: skip
    """A department head of 澄湾县渔业发展服务中心 (one budget row)."""
    department_head(s, year=YEAR, dept=DEPT_NAME, budget=[budget], goal=goal, tasks=tasks)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2),
               col: int = 1) -> int:  # fmt: skip
    """An indicator table body, tier-1 and tier-2 merged down."""
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, lines: Sequence[str], width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str) -> None:
    """Signature line with a fill date in late November of the year before."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", "填报日期", day(YEAR - 1, 11, 26))
    s.row("单位负责人（签字）：", None, "（单位盖章）")


def details(s: Sheet, lines: Sequence[tuple[str, Any]], label: str = "资金明细") -> None:
    """Budget detail lines (支出内容, 金额) under a header row."""
    s.skip()
    s.row(label, "支出内容", None, "金额（万元）")
    top = s.r + 1
    for text, amount in lines:
        s.row(None, text, None, amount, merge=[(2, 3)])
    s.ws.merge_cells(start_row=top - 1, start_column=1, end_row=s.r, end_column=1)
