"""Helpers shared by the returns of the 203rd held-out set: money blocks split by source
(中央补助, 省级补助, 市县配套, 专项债券, 单位自筹), indicator tables, signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, YUAN, Book, C, Sheet, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
OPS2 = ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值", "计量单位")


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def yuan(value: float) -> C:
    """An amount in 元 carried by the number format (``#,##0.00"元"``)."""
    return money(value, YUAN)


def sources(total: Any, parts: Sequence[tuple[str, Any]], label: str = "年度资金总额") -> list[
        tuple[Any, ...]]:  # fmt: skip
    """The money rows of a one-year head: the total alone, then the sources two by two, the
    first one introduced by 其中."""
    cells: list[Any] = []
    for i, (name, value) in enumerate(parts):
        cells += [f"其中：{name}" if i == 0 else name, value]
    rows: list[tuple[Any, ...]] = [(label, total, None, None)]
    rows += [tuple(cells[i : i + 4]) for i in range(0, len(cells), 4)]
    return rows


def period_sources(mid: Any, year: Any, parts: Sequence[tuple[str, Any, Any]]) -> list[
        tuple[Any, ...]]:  # fmt: skip
    """The money rows of a multi-year head: 中期 on the left, 年度 on the right, one source a
    row (label, 中期 amount, 年度 amount)."""
    rows: list[tuple[Any, ...]] = [("中期资金总额", mid, "年度资金总额", year)]
    for i, (name, m, y) in enumerate(parts):
        label = f"其中：{name}" if i == 0 else name
        rows.append((label, m, label, y))
    return rows


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """The indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def sign(s: Sheet, who: str, checker: str, phone: str) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
