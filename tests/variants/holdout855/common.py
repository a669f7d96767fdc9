"""Helpers shared by the returns of the 855th held-out set (household registration and ID
services): a book with its first sheet, money rows in 万元, department budget and task rows, an
indicator table under its header with tier-1 and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

WIDTHS = (16, 18, 30, 18, 18, 14, 12)
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD2 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount in 万元, the unit only in the number format; a marked cell passes as it is."""
    if v is None or isinstance(v, C):
        return v
    return money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project head."""
    return [
        ["资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """(总额, 财政拨款, 其他资金) for the whole period and for the budget year."""
    labels = (
        ("中期资金总额", "年度资金总额"),
        ("其中：财政拨款", "其中：财政拨款"),
        ("其他资金", "其他资金"),
    )
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def budget(total: Any, fiscal: Any, other: Any, basic: Any, project: Any) -> list[list[Any]]:
    """The budget row of a department head (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出)."""
    return [[wan(total), wan(fiscal), wan(other), wan(basic), wan(project)]]


def tasks(rows: Sequence[tuple[str, str, Any, str]], total: Any) -> list[list[Any]]:
    """Key-task rows (名称, 内容, 金额, 目标) closed by the 金额合计 row."""
    return [[n, c, wan(a), g] for n, c, a, g in rows] + [["金额合计", None, wan(total), None]]


def indicators(
    s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """A header row and the indicator rows under it, tier columns merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, chief: str, clerk: str, phone: str, when: tuple[int, int, int]) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("单位负责人：", chief, "填报人：", clerk, "联系电话：", phone)
    s.row("填报日期：", day(*when, fmt=CN_DATE), None, "（单位盖章）")
