"""Helpers shared by the returns of the 479th held-out set (milu deer and wetland reserves)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
COUNTY = "苇汀县"
BUREAU = "苇汀县林业和湿地保护局"
RESERVE = "鹭渚湾湿地自然保护区管理站"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a C passes through)."""
    return v if isinstance(v, C) else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project head."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            [None, None, "其他资金", wan(other)]]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (total, fiscal, other) for the period and the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [[lp, wan(p), la, wan(a)] for (lp, la), p, a in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row and the indicator rows under it, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """Signature, phone and date lines under the table (dated in the autumn before the year)."""
    s.skip()
    s.row("单位负责人（签字）：", None, "填表人：", who, "联系电话：", phone)
    s.row("填报日期：", when or day(YEAR - 1, 10, 28))


def details(s: Sheet, lines: Sequence[tuple[str, Any]], total: Any) -> None:
    """Detail lines of a project's money (内容, 金额) and their 合计 row."""
    s.row("资金明细", "支出内容", None, "金额（万元）", "测算依据", None, merge=[(2, 3), (5, 6)])
    for text, amount in lines:
        s.row(None, text, None, wan(amount), "按市场询价测算", None, merge=[(2, 3), (5, 6)])
    s.row(None, "合计", None, wan(total), None, None, merge=[(2, 3), (5, 6)])
