"""Helpers shared by the returns of the 645th held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

YEAR = 2026
IND6 = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
OP6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
MID6 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")


def book(title: str = "Sheet1") -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title)


def w(v: float) -> Any:
    """An amount in 万元 with the unit only in the number format."""
    return money(v, WAN)


def funds(mid: Sequence[Any], year: Sequence[Any]) -> list[list[Any]]:
    """Money rows (中期 total, 财政拨款, 其他资金) beside (年度 total, 财政拨款, 其他资金)."""
    labels = (
        ("中期资金总额", "年度资金总额"),
        ("其中：财政拨款", "其中：财政拨款"),
        ("其他资金", "其他资金"),
    )
    rows = []
    for (lm, ly), vm, vy in zip(labels, mid, year, strict=True):
        rows.append(
            [
                lm,
                vm if not isinstance(vm, float | int) else w(vm),
                ly,
                vy if not isinstance(vy, float | int) else w(vy),
            ]
        )
    return rows


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def sign(s: Sheet, person: str, phone: str, filled: Any = None) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填表人：", person, "联系电话：", phone, "填报日期：", filled or day(YEAR - 1, 10, 28))
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A 注 / 说明 line merged across the table."""
    s.row(text, merge=[(1, width)])
