"""Helpers shared by the returns of the 360th held-out set (urban rail transit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
CITY = "汀湄市"
DEPT = "汀湄市交通运输局（517003）"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def w(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def first(b: Book, title: str = "Sheet1") -> Sheet:
    """The first sheet of ``b``."""
    return b.sheet(title, (16, 16, 30, 18, 18, 18))


def lines(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """A one-year money block: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def project(s: Sheet, name: str, unit: str, money_lines: Sequence[Sequence[Any]], goal: str,
            **kw: Any) -> None:  # fmt: skip
    """A one-year project head of the city's transport bureau."""
    project_head(s, year=kw.pop("year", YEAR), name=name, dept=kw.pop("dept", DEPT), unit=unit,
                 money=money_lines, goals=kw.pop("goals", (goal,)), **kw)  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *texts: str, width: int = 6) -> None:
    """Footnote or instruction rows merged across the table."""
    for t in texts:
        s.row(t, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any, chief: str = "单位负责人：") -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row(chief, None, "填报人：" + who, "联系电话：" + phone, "填报日期：", date)
