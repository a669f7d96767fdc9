"""Helpers shared by the returns of the 776th held-out set (蔺山县民政局, all invented)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, day, money

DEPT = "蔺山县民政局（317004）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def new(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: Any, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project in 万元 (the unit only in the number format)."""
    t = total if not isinstance(total, (int, float)) else money(total, WAN)
    return [("年度资金总额", t, "其中：财政拨款", money(fiscal, WAN)),
            ("其他资金", money(other, WAN), None, None)]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""

    def m(v: Any) -> Any:
        return money(v, WAN) if isinstance(v, (int, float)) else v

    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, m(p), b, m(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(s: Sheet, year: int, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the bureau."""
    project_head(s, year=year, name=name, dept=DEPT, unit=unit, money=money_rows, goals=goals,
                 **kw)  # fmt: skip


def department(s: Sheet, year: int, dept: str, budget: Sequence[Any],
               tasks: Sequence[Sequence[Any]], goal: str) -> None:  # fmt: skip
    """A department head: ``budget`` is (总额, 财政拨款, 其他资金, 基本支出, 项目支出) in 万元."""
    line = [v if not isinstance(v, (int, float)) else money(v, WAN) for v in budget]
    rows = [(t[0], t[1], money(t[2], WAN) if isinstance(t[2], (int, float)) else t[2], t[3])
            for t in tasks]  # fmt: skip
    department_head(s, year=year, dept=dept, budget=[line], tasks=rows, goal=goal)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, year: int, month: int, d: int, who: str = "郑雯岚",
         phone: str = "0793-6621408") -> None:  # fmt: skip
    """Signature and date line under the table."""
    s.skip()
    s.row("单位负责人：", "覃立舟", "填报人：", who, "联系电话：", phone)
    s.row("填报日期：", day(year, month, d), None, "（单位盖章）")
