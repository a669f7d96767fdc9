"""Helpers shared by the returns of the 341st held-out set (quyi and acrobatics troupes)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format only."""
    return money(value, WAN)


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project (万元 in the number format)."""
    t, f, o = (v if isinstance(v, C | str) else wan(v) for v in (total, fiscal, other))
    return [("年度资金总额", t, "其中：财政拨款", f), ("", None, "其他资金", o)]


def multi_year(period: Sequence[float], annual: Sequence[float]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for each column."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row, then the indicator rows with tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: tuple[int, int, int]) -> int:
    """Signature and date lines under the table."""
    s.skip()
    s.row("单位负责人（签字）：", None, "填表人：", who, "联系电话：", phone)
    return s.row("填报日期：", day(*when), None, None, "（单位盖章）")


def flat(s: Sheet, head: Sequence[str], rows: Sequence[Sequence[Any]]) -> int:
    """A flat list of indicators without tiers, under its own caption."""
    s.row("年度绩效指标", merge=[(1, len(head))])
    s.row(*head)
    for r in rows:
        s.row(*r)
    return s.r


def detail(s: Sheet, lines: Sequence[tuple[str, Any]], total: Any) -> int:
    """A budget detail block under the table: one line per item, then the 合计 line."""
    s.skip()
    s.row("资金测算明细", "支出内容", "金额（万元）")
    for name, amount in lines:
        s.row(None, name, amount)
    return s.row("合计", None, total)
