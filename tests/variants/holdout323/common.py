"""Helpers shared by the returns of the 323rd held-out set (taxi and ride-hailing services)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
CL = "澄岭市交通运输局（318001）"  # invented city and its bureau code
CL_UNIT = "澄岭市客运出租汽车管理所"
YT = "雁汀县交通运输局（427003）"  # invented county
YT_UNIT = "雁汀县出租汽车服务站"
FD = "枫渡区交通运输局（205011）"  # invented district
WIDE = (18, 16, 30, 16, 16, 16, 14, 14)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project head: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", total, "其中：财政拨款", fiscal], ["其他资金", other, None, None]]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期, then 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    rows = zip(labels, period, annual, strict=True)
    return [[f"中期{label}" if i == 0 else label, p, f"年度{label}" if i == 0 else label, a]
            for i, (label, p, a) in enumerate(rows)]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines under the table, each merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, when: Any = None) -> None:
    """A signature and date line under the table (filled in the autumn before the budget year)."""
    s.skip()
    s.row("填表人：", person, "联系电话：", phone, "填报日期：", when or day(YEAR - 1, 10, 28))
