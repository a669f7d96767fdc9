"""Helpers shared by the returns of the 820th held-out set (veterans services, 澄岭县)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants import heads
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2026
DEPT = "澄岭县退役军人事务局（308）"


def new(title: str = "Sheet1", widths: Sequence[float] = (14, 16, 30, 16, 16, 14)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(x: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(x, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (total, fiscal, other) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [(f"中期{lab}" if i == 0 else lab, p, f"年度{lab}" if i == 0 else lab, a)
            for i, (lab, p, a) in enumerate(zip(labels, period, annual, strict=True))]  # fmt: skip


def project(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of 澄岭县退役军人事务局."""
    heads.project_head(s, year=kw.pop("year", YEAR), name=name, dept=DEPT, unit=unit,
                       money=money_rows, goals=goals, **kw)  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def details(s: Sheet, lines: Sequence[tuple[str, Any]], total: Any) -> None:
    """Budget detail lines below the table, with their 合计."""
    s.skip()
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    for label, amount in lines:
        s.row(None, label, None, amount, merge=[(2, 3)])
    s.row(None, "合计", None, total, merge=[(2, 3)])


def sign(s: Sheet, who: str, phone: str, filled: tuple[int, int, int] = (YEAR - 1, 11, 24)) -> None:
    """Signature, phone and date lines under the table."""
    s.skip()
    s.row(f"填表人：{who}", None, f"联系电话：{phone}", None, "填报日期", day(*filled, CN_DATE))
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
