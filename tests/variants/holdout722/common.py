"""Helpers shared by the 722nd held-out set: a book with its first sheet, money rows, indicator
tables with tier-1 and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
CITY = "澄岭市"
ARCHIVE = "澄岭市档案馆"
BUREAU = "澄岭市档案局（217001）"

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注")
TWO_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")


def book(title: str = "Sheet1") -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title)


def wan(value: float) -> C:
    """An amount in 万元, the unit only in the number format."""
    return money(value, WAN)


def money1(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: total, of which fiscal and other funds."""
    return [("年度资金总额", _w(total), "其中：财政拨款", _w(fiscal)),
            ("其他资金", _w(other), None, None)]  # fmt: skip


def money2(period: Any, annual: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: period and annual totals, the year's sources."""
    return [("中期资金总额", _w(period), "年度资金总额", _w(annual)),
            ("其中：年度财政拨款", _w(fiscal), "年度其他资金", _w(other))]  # fmt: skip


def _w(value: Any) -> Any:
    return wan(value) if isinstance(value, int | float) else value


def project(s: Sheet, name: str, unit: str, rows: Sequence[Sequence[Any]], goals: Sequence[Any],
            **kw: Any) -> None:  # fmt: skip
    """A project head of the archive bureau in the budget year (``kw`` as in project_head)."""
    kw.setdefault("year", YEAR)
    project_head(s, name=name, dept=BUREAU, unit=unit, money=rows, goals=goals, **kw)


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, filled: Any = None) -> None:
    """The signature and date line under a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期：",
          filled or day(YEAR - 1, 11, 26))  # fmt: skip


def details(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """A budget detail block (item, basis, amount) with its 合计 line."""
    s.skip()
    s.row("项目资金明细（万元）", "明细项目", "测算依据", "金额", merge=[(1, 1)])
    top = s.r
    for item, basis, amount in lines:
        s.row(None, item, basis, _w(amount))
    s.row(None, "合计", None, _w(total))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
