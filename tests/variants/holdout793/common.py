"""Helpers shared by the returns of the 793rd held-out set (county hospital upgrades)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
COUNTY = "芦渡县"
HOSPITAL = "芦渡县人民医院"
BUREAU = "芦渡县卫生健康局（412）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet, named ``title``."""
    b = Book()
    return b, b.sheet(title, widths)


def funds(period: Any, annual: Any, grant_p: Any, grant_a: Any, other_p: Any = None,
          other_a: Any = None) -> list[list[Any]]:  # fmt: skip
    """The project money block: 中期/年度 totals, 财政拨款 and 其他资金 (万元 in the format)."""

    def w(v: Any) -> Any:
        return v if isinstance(v, C) else money(v, WAN)

    def num(v: Any) -> float:
        return v.value if isinstance(v, C) else v

    op = other_p if other_p is not None else num(period) - num(grant_p)
    oa = other_a if other_a is not None else num(annual) - num(grant_a)
    return [["中期资金总额", w(period), "年度资金总额", w(annual)],
            ["其中：财政拨款", w(grant_p), "其中：财政拨款", w(grant_a)],
            ["其他资金", w(op), "其他资金", w(oa)]]  # fmt: skip


def project(s: Sheet, name: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any],
            **kw: Any) -> None:  # fmt: skip
    """A project head of the county hospital in the budget year unless told otherwise."""
    kw.setdefault("year", YEAR)
    kw.setdefault("dept", BUREAU)
    kw.setdefault("unit", HOSPITAL)
    project_head(s, name=name, money=money_rows, goals=goals, **kw)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], header: Sequence[Any] = HEAD4,
               col: int = 1, merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row, then the indicator rows with tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def details(s: Sheet, lines: Sequence[tuple[str, Any]], total: Any,
            label: str = "项目支出明细（万元）") -> None:  # fmt: skip
    """A detail block: a heading row, one row per line (名称, 金额), and the 合计 row."""
    s.row(label, None, None, None, None, None, merge=[(1, 6)])
    for name, amount in lines:
        v = amount if isinstance(amount, C) else money(amount, WAN)
        s.row(name, None, None, v, merge=[(1, 3)])
    s.row("合计", None, None, total if isinstance(total, C) else money(total, WAN),
          merge=[(1, 3)])  # fmt: skip


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, filled: tuple[int, int, int] = (YEAR - 1, 11, 18)) -> None:
    """The signature and date lines under a return."""
    s.skip()
    s.row("单位负责人：", who, None, "联系电话：", phone)
    s.row("填表人：", "（签字）", None, "填报日期：", day(*filled))
