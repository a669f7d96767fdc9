"""Helpers shared by the returns of the 555th held-out set: 老年助餐 run by street offices of
the invented 沅塘区 (streets 翠埠, 蔺家湾, 汀澜, 栖凤桥, 梧垟)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
DISTRICT = "沅塘区"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def street(name: str) -> str:
    """The street office of ``name`` (a 沅塘区 street)."""
    return f"{DISTRICT}{name}街道办事处"


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project head (年度资金总额 = 财政拨款 + 其他资金)."""
    return [["年度资金总额", total, "其中：财政拨款", fiscal], ["其他资金", other, None, None]]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [[a, p, b, y] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def lines(s: Sheet, *texts: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines, each merged across the table."""
    for t in texts:
        s.row(t, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, date: Any) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("单位负责人：", person, "联系电话：", phone, "填报日期：", date)
