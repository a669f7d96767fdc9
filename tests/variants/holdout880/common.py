"""Helpers shared by the 880th held-out set's returns (loan interest subsidies and guarantee
fees for small and micro enterprises)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Book, Sheet, day

Row = Sequence[Any]
HEAD6 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: Any, fiscal: Any, other: Any) -> list[Row]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def multi_year(mid: Sequence[Any], year: Sequence[Any]) -> list[Row]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    return [
        ("中期资金总额", mid[0], "年度资金总额", year[0]),
        ("其中：财政拨款", mid[1], "其中：财政拨款", year[1]),
        ("其他资金", mid[2], "其他资金", year[2]),
    ]


def indicators(s: Sheet, header: Row, rows: Sequence[Row], merged: Sequence[int] = (1, 2),
               label: str | None = "绩效指标") -> int:  # fmt: skip
    """An optional caption row, the header row, then the indicator rows with tier-1 and tier-2
    merged down. Returns the last row written."""
    if label:
        s.row(label, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def detail(s: Sheet, caption: str, lines: Sequence[tuple[str, Any]], total: Any) -> int:
    """A money detail block under the table: caption, one line per item, the 合计 line last."""
    s.row(caption, None, "明细项目", "金额（万元）", merge=[(1, 2)])
    for name, amount in lines:
        s.row(None, None, name, amount)
    return s.row(None, None, "合计", total)


def notes(s: Sheet, *texts: str, width: int = 6) -> None:
    """Footnote rows merged across the table."""
    for t in texts:
        s.row(t, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填表人：", who, None, "联系电话：", phone)
    s.row("单位负责人（签字）：", None, None, "填报日期：", when)


def filled(year: int) -> Any:
    """A fill date late in the year before the budget year (normal for a budget return)."""
    return day(year - 1, 11, 26)
