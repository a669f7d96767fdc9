"""Helpers shared by the returns of the 301st held-out set (科协: 科普场馆, 科普大篷车,
青少年科技创新大赛, 院士专家工作站, 全民科学素质)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head
from tests.variants.kit import WAN, Book, Sheet, money

SIX = (16, 16, 30, 18, 18, 18)
SEVEN = (14, 16, 28, 12, 12, 14, 12)


def book(title: str = "Sheet1", widths: Sequence[float] = SIX) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> Any:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def periods(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金), period then year."""
    return [
        ("中期资金总额", period[0], "年度资金总额", annual[0]),
        ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
        ("其他资金", period[2], "其他资金", annual[2]),
    ]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """A header row, then the indicator rows with tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: Any) -> None:
    """A blank line, then the signature and date line under the table."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", when)


def details(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """A budget detail block under the table: item, amount (万元), basis; then 合计."""
    s.skip()
    s.row("资金测算明细（万元）", merge=[(1, 6)])
    s.row("明细项目", "金额", "测算依据", merge=[(3, 6)])
    for name, amount, basis in lines:
        s.row(name, amount, basis, merge=[(3, 6)])
    s.row("合计", total, None, merge=[(3, 6)])


def amount(value: Any) -> Any:
    """A plain number becomes a 万元 cell; a cell (perhaps marked), text or None stays."""
    return wan(value) if isinstance(value, int | float) else value


def department(
    s: Sheet,
    year: int,
    dept: str,
    budget: Sequence[Any],
    tasks: Sequence[tuple[Any, ...]],
    goal: Any,
) -> None:
    """A department head: ``budget`` is (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出) in
    万元, ``tasks`` rows are (名称, 内容, 金额, 目标) with the 金额合计 row last."""
    cells = tuple(amount(v) for v in budget)
    rows = [(n, c, amount(a), t) for n, c, a, t in tasks]
    department_head(s, year=year, dept=dept, budget=[cells], goal=goal, tasks=rows)
