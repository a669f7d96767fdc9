"""Helpers shared by the returns of the 231st held-out set: department heads over flat lists,
project heads over tiered tables in unusual column orders, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def book(title: str, widths: Sequence[float] = (8, 30, 12, 12, 14, 16, 12)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)


def budget(total: float, grant: float, basic: float) -> list[tuple[Any, ...]]:
    """One budget row: 资金总额 = 财政拨款 + 其他资金 = 基本支出 + 项目支出 (万元)."""
    return [(wan(total), wan(grant), wan(round(total - grant, 2)), wan(basic),
             wan(round(total - basic, 2)))]  # fmt: skip


def tasks(*lines: tuple[str, str, float, str]) -> list[tuple[Any, ...]]:
    """The 年度主要任务 rows, each amount in 万元, and the 金额合计 row that sums them."""
    rows: list[tuple[Any, ...]] = [(n, what, wan(amount), aim) for n, what, amount, aim in lines]
    rows.append(("金额合计", None, wan(round(sum(t[2] for t in lines), 2)), None))
    return rows


def one_year_money(total: float, grant: float) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head (总额 = 财政拨款 + 其他资金)."""
    return [("年度资金总额", wan(total), None, None),
            ("其中：财政拨款", wan(grant), "其他资金", wan(round(total - grant, 2)))]  # fmt: skip


def period_money(mid: Sequence[float], year: Sequence[float]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (总额, 财政拨款) for 中期 and 年度."""
    return [
        ("中期资金总额", wan(mid[0]), "年度资金总额", wan(year[0])),
        ("其中：财政拨款", wan(mid[1]), "其中：财政拨款", wan(year[1])),
        ("其他资金", wan(round(mid[0] - mid[1], 2)), "其他资金", wan(round(year[0] - year[1], 2))),
    ]


def flat(s: Sheet, caption: str, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """A flat indicator list without tiers: a caption row, the header row, then the rows."""
    s.row(caption, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows)


def tiered(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
           merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A tiered indicator table under its header row, the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 7) -> None:
    """A footnote row merged across the table."""
    s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, checker: str, phone: str) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")
