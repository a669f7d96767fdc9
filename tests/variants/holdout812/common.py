"""Helpers shared by the 812th held-out returns: 澄穗县 smart-agriculture stations, soil sensors
and farmer alerts (all names, people and figures invented)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
DEPT = "澄穗县农业农村局（417001）"
STATION = "澄穗县农业气象服务站"
SOIL = "澄穗县耕地质量监测站"
EXTENSION = "澄穗县农技推广中心"

TIER_WIDTHS = (18, 18, 30, 18, 18, 14)


def start(title: str = "Sheet1", widths: Sequence[float] = TIER_WIDTHS) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def cash(value: Any, fmt: str = WAN) -> Any:
    """An amount with 万元 only in the number format (a marked C keeps its marks)."""
    if value is None:
        return None
    if isinstance(value, C):
        return value if value.fmt else replace(value, fmt=fmt)
    return money(value, fmt)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project (年度资金总额 = 财政拨款 + 其他资金)."""
    return [["年度资金总额", cash(total), "其中：财政拨款", cash(fiscal)],
            [None, None, "其他资金", cash(other)]]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """中期 and 年度 money side by side: (总额, 财政拨款, 其他资金) each."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, cash(p), b, cash(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def header(s: Sheet, *words: str) -> int:
    """The indicator table's header row."""
    return s.row(*words)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2),
               col: int = 1) -> int:  # fmt: skip
    """Indicator rows with tier-1 and tier-2 merged down (None continues the block above)."""
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: C | None = None) -> None:
    """Signature, phone and date line under the table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期",
          when or day(YEAR - 1, 11, 25))  # fmt: skip
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
