"""Helpers shared by the returns of the 212th held-out set: money rows split by 资金来源,
测算依据 blocks written as products, priced procurement lists, indicator tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def one_year(total: Any, *sources: tuple[str, Any]) -> list[tuple[Any, ...]]:
    """The money rows of a one-year head: the total, then its 资金来源 two to a row."""
    rows: list[tuple[Any, ...]] = [("年度资金总额", total, None, None)]
    for i in range(0, len(sources), 2):
        pair = sources[i : i + 2]
        first = ("其中：" if i == 0 else "") + pair[0][0]
        if len(pair) == 2:
            rows.append((first, pair[0][1], pair[1][0], pair[1][1]))
        else:
            rows.append((None, None, first, pair[0][1]))
    return rows


def period(mid: Any, year: Any, *sources: tuple[str, Any, Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: 中期 and 年度 totals, then one row per 资金来源
    (label, 中期 amount, 年度 amount)."""
    rows: list[tuple[Any, ...]] = [("中期资金总额", mid, "年度资金总额", year)]
    for i, (label, m, y) in enumerate(sources):
        name = ("其中：" if i == 0 else "") + label
        rows.append((name, m, name, y))
    return rows


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def basis(s: Sheet, lines: Sequence[tuple[str, str, Any]], total: Any,
          title: str = "支出内容") -> None:  # fmt: skip
    """A budget block with a 测算依据 per line (name, product text, amount) and a 合计."""
    s.row("序号", title, "测算依据", None, "金额（万元）", merge=[(3, 4)])
    for i, (name, calc, amount) in enumerate(lines, start=1):
        s.row(i, name, calc, None, amount, merge=[(3, 4)])
    s.row("合计", None, None, None, total, merge=[(1, 4)])


def priced(s: Sheet, lines: Sequence[tuple[Any, ...]], total: Any) -> None:
    """A priced list: (支出内容, 数量, 单位, 单价（万元）, 金额（万元）) per line and a 合计."""
    s.row("序号", "支出内容", "数量", "单位", "单价（万元）", "金额（万元）")
    for i, line in enumerate(lines, start=1):
        s.row(i, *line)
    s.row("合计", None, None, None, None, total, merge=[(1, 5)])


def sign(s: Sheet, who: str, checker: str, phone: str) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")


def book(title: str, widths: Sequence[float] = (14, 18, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
