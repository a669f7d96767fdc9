"""Helpers shared by the 372nd held-out set (sailing and equestrian bases, youth training)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "澜汀市体育局 317001"
Rows = Sequence[Sequence[Any]]


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """A bare amount becomes a number cell with 万元 only in its format."""
    return v if v is None or isinstance(v, (C, str)) else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project."""
    return [["年度资金总额", wan(total), None, None],
            ["其中：财政拨款", wan(fiscal), "其他资金", wan(other)]]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """中期 and 年度 money side by side: (总额, 财政拨款, 其他资金) each."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [[("中期" if i == 0 else "") + lab, wan(p), ("年度" if i == 0 else "") + lab, wan(a)]
            for i, (lab, p, a) in enumerate(zip(labels, period, annual, strict=True))]  # fmt: skip


def project(s: Sheet, name: str, unit: str, funds: list[list[Any]], goals: Sequence[Any],
            **kw: Any) -> None:  # fmt: skip
    """A project head in the budget year of the set."""
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=unit, money=funds, goals=goals, **kw)


def indicators(s: Sheet, header: Sequence[Any], rows: Rows, merged: Sequence[int] = (1, 2)) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged)


def notes(s: Sheet, lines: Sequence[str], width: int = 6) -> None:
    """Footnote or instruction rows merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row(
        f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", when or day(YEAR - 1, 12, 6)
    )
    s.row("单位负责人：", None, "财务负责人：", None, "（单位盖章）")
