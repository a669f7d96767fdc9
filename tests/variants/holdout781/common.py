"""Helpers shared by the returns of the 781st held-out set (archives and local chronicles)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, Sheet, day, money

YEAR = 2025
T4 = ("一级指标", "二级指标", "三级指标", "指标值")
T5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
PROVINCE = "澄岭省档案局（馆） 417001"
CHRONICLE = "澄岭省地方志编纂委员会办公室 417006"


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> Any:
    """An amount in 万元, the unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: total, then 财政拨款 and 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), (None, None, "其他资金", other)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(lp, p, la, a) for (lp, la), p, a in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, head: str, clerk: str, phone: str, filled: Any = None) -> None:
    """Signature, phone and date lines under the table."""
    s.skip()
    s.row("单位负责人（签字）：", head, None, "填表人：", clerk)
    s.row("联系电话：", phone, None, "填报日期：", filled or day(YEAR - 1, 11, 18, CN_DATE))
