"""Helpers shared by the returns of the 206th held-out set (education)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def one_year_money(total: Any, grant: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head."""
    return [("年度资金总额", total, None, None), ("其中：财政拨款", grant, "其他资金", other)]


def period_money(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", mid[0], "年度资金总额", year[0]),
        ("其中：财政拨款", mid[1], "其中：财政拨款", year[1]),
        ("其他资金", mid[2], "其他资金", year[2]),
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """The indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def detail(s: Sheet, lines: Sequence[Sequence[Any]], total: Any,
           title: str = "项目资金测算明细") -> None:  # fmt: skip
    """A budget detail block: (支出内容, 测算依据, 金额 in 万元, 备注) lines and a 合计 row; the
    测算依据 spans columns C:D. Plain numbers become two-decimal amounts."""
    s.row(title, merge=[(1, 6)])
    s.row("序号", "支出内容", "测算依据", None, "金额（万元）", "备注", merge=[(3, 4)])
    for i, (name, basis, amount, note) in enumerate(lines, start=1):
        cell = amount if isinstance(amount, C) else money(amount)
        s.row(i, name, basis, None, cell, note, merge=[(3, 4)])
    cell = total if isinstance(total, C) else money(total)
    s.row("合计", None, None, None, cell, None, merge=[(1, 4)])


def sign(s: Sheet, who: str, checker: str, phone: str, filled: str | None = None) -> None:
    """A blank line, the signature line and an optional fill-date line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")
    if filled:
        s.row(f"填报日期：{filled}", None, None, None, "单位（盖章）")


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
