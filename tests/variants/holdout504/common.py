"""Helpers shared by the returns of the 504th held-out set (dove trees, yews and wild orchids
rescued and replanted in the invented 岚峒山省级自然保护区): a book with its first sheet, money
rows in 万元 carried by the number format, indicator tables with tier-1 and tier-2 merged down,
note rows merged across the table and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "柘云县林业和草原局（318001）"
RESERVE = "岚峒山省级自然保护区管理局"
CENTER = "柘云县野生植物救护繁育中心"
OPS6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
VAL4 = ("一级指标", "二级指标", "三级指标", "指标值")
PERIOD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
POINTS6 = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


def first(title: str = "Sheet1", widths: Sequence[float] = (18, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new book and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount in 万元 with the unit only in the number format (a C passes unchanged)."""
    return value if isinstance(value, C) else money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-period project: 资金总额 = 财政拨款 + 其他资金."""
    return [("资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            ("其他资金", wan(other), None, None)]  # fmt: skip


def period_funds(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    rows = []
    for i, label in enumerate(labels):
        left = f"中期{label}" if i == 0 else label
        right = f"年度{label}" if i == 0 else label
        rows.append((left, wan(period[i]), right, wan(annual[i])))
    return rows


def project(name: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any],
            **kw: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet starts with a project head of the reserve."""
    b, s = first(kw.pop("sheet", "Sheet1"))
    kw.setdefault("dept", DEPT)
    kw.setdefault("unit", RESERVE)
    project_head(s, year=YEAR, name=name, money=money_rows, goals=goals, **kw)
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row and the indicator rows under it, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged)


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A note, instruction or footnote row merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any = None) -> int:
    """Signature and date lines under the table (filled in the autumn before the budget year)."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", date or day(YEAR - 1, 11, 18))
    return s.row("单位负责人（签字）：", None, None, None, "（单位盖章）")
