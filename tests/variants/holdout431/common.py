"""Helpers shared by the returns of the 431st held-out set: a city planetarium (天文馆), its
public astronomy shows and its school observation nights. All names and figures are invented."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
CITY = "星澜市"
DEPT = "星澜市科学技术协会（318）"
UNIT = "星澜市天文馆"
TIERS = ("一级指标", "二级指标", "三级指标")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 14, 16, 14)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (text and C cells unchanged)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return money(value, WAN)
    return value


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", w(total), "其中：财政拨款", w(fiscal)],
            ["其他资金", w(other), None, None]]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [[f"中期{lab}" if i == 0 else lab, w(p), f"年度{lab}" if i == 0 else lab, w(a)]
            for i, (lab, p, a) in enumerate(zip(labels, period, annual, strict=True))]  # fmt: skip


def head(s: Sheet, name: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any],
         **kw: Any) -> None:  # fmt: skip
    """The project head of §3.1 for a project of the planetarium."""
    kw.setdefault("year", YEAR)
    project_head(s, name=name, dept=DEPT, unit=kw.pop("unit", UNIT), money=money_rows,
                 goals=goals, **kw)  # fmt: skip


def grid(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
         merged: Sequence[int] = (1, 2), label: str | None = None) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    if label:
        s.row(label, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, boss: str, filler: str, phone: str, when: C | None = None) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("单位负责人（签字）：", boss, None, "填报人：", filler, None)
    s.row("联系电话：", phone, None, "填报日期：", when or day(YEAR - 1, 11, 26))
