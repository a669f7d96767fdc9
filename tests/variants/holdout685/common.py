"""Helpers shared by the returns of the 685th held-out set (杨梅 and 枇杷 orchards, pick-your-own
season, a juice and preserved-fruit workshop, rain shelters)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

COUNTY = "南箬县"
AGRI = "南箬县农业农村局（317001）"
FRUIT = "南箬县林特产业发展中心"
WORKSHOP = "南箬县供销合作社果品加工坊"

OLD_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> Any:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def funds(total: Any, fin: Any, other: Any) -> list[tuple[Any, ...]]:
    """A one-year money block: 资金总额 with 财政拨款 and 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fin), (None, None, "其他资金", other)]


def period_funds(period: Any, annual: Any, fin: Any, other: Any) -> list[tuple[Any, ...]]:
    """A multi-year money block: 中期 and 年度 totals, the year's split below."""
    return [("中期资金总额", period, "年度资金总额", annual),
            ("其中：财政拨款", fin, "其他资金", other)]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               label: str | None = "绩效指标") -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    if label:
        s.row(label, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def notes(s: Sheet, *lines: str) -> None:
    """注 / 说明 lines under the table, each merged across six columns."""
    for line in lines:
        s.row(line, merge=[(1, 6)])


def sign(s: Sheet, year: int, who: str, phone: str, month: int = 11, dday: int = 18) -> None:
    """Signature and date lines: filled in the autumn before the budget year."""
    s.skip()
    s.row("单位负责人：", who, None, "联系电话：", phone)
    s.row("填报日期：", day(year - 1, month, dday))
