"""Helpers shared by the 704th held-out set: books with their first sheet, money rows, indicator
tables with tier-1 and tier-2 merged down, footnotes and signature lines (蓉川县, invented)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, day, money

AGRI = "蓉川县农业农村局（413001）"
CITY = "蓉川县城市管理综合执法局（417002）"
CDC = "蓉川县动物疫病预防控制中心"
SHELTER = "蓉川县流浪动物收容救助中心"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def wan(value: float) -> Any:
    """An amount with 万元 only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", total, "其中：财政拨款", fiscal],
        ["其他资金", other, None, None],
    ]


def period_money(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """中期 and 年度 money rows: each of ``period`` and ``annual`` is (total, fiscal, other)."""
    return [
        ["中期资金总额", period[0], "年度资金总额", annual[0]],
        ["其中：财政拨款", period[1], "其中：财政拨款", annual[1]],
        ["其他资金", period[2], "其他资金", annual[2]],
    ]


def project(
    year: int, name: str, unit: str, funds: Sequence[Sequence[Any]], goals: Sequence[Any],
    *, dept: str = AGRI, sheet: str = "Sheet1", **kw: Any,
) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet starts with a project head."""
    b = Book()
    s = b.sheet(sheet, widths=(14, 18, 30, 18, 18, 16, 12))
    project_head(s, year=year, name=name, dept=dept, unit=unit, money=funds, goals=goals, **kw)
    return b, s


def department(
    year: int, dept: str, budget: Sequence[Sequence[Any]], goal: Any,
    tasks: Sequence[Sequence[Any]], *, sheet: str = "Sheet1",
) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet starts with a department head."""
    b = Book()
    s = b.sheet(sheet)
    department_head(s, year=year, dept=dept, budget=budget, goal=goal, tasks=tasks)
    return b, s


def indicators(
    s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD,
    merged: Sequence[int] = (1, 2), col: int = 1,
) -> int:  # fmt: skip
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*head, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def detail(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """A budget detail block: (明细项目, 金额, 测算依据) lines and their 合计."""
    s.row("支出明细", "明细项目", "金额（万元）", "测算依据", None, None, merge=[(4, 6)])
    for line in lines:
        s.row(None, *line, merge=[(4, 6)])
    s.row(None, "合计", total)


def sign(s: Sheet, who: str, phone: str, when: tuple[int, int, int]) -> None:
    """Signature, phone and date lines under the table (the date may precede the year)."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", day(*when))
    s.row("单位负责人（签字）：", None, "单位（盖章）：", None)
