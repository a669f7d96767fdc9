"""Helpers shared by the 875th held-out set (school canteen food safety supervision)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
MARKET = "桐埠县市场监督管理局（318）"
EDU = "桐埠县教育和体育局（207）"
CDC = "桐埠县疾病预防控制中心"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 14, 16, 12)
          ) -> tuple[Book, Sheet]:  # fmt: skip
    """A new return and its first sheet, named ``title``."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(v, WAN)


def one_year(s: Sheet, name: str, unit: str, total: float, fiscal: float, goal: str,
             dept: str = MARKET, title: str | None = None, **kw: Any) -> None:  # fmt: skip
    """A one-year project head with 年度资金总额 = 财政拨款 + 其他资金."""
    other = round(total - fiscal, 4)
    lines = [("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
             (None, None, "其他资金", wan(other))]  # fmt: skip
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=lines, goals=[goal],
                 title=title, **kw)  # fmt: skip


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines, each merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
