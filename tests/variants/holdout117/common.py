"""Pieces shared by the 117th held-out corpus: the money block of a small office's project
sheet, indicator tables with merged (or filled-down) tiers and hidden rows, and the
填表人 / 审核人 lines and 说明 paragraph offices leave under the table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Sheet, money

YEAR = 2027


def wan(v: float) -> Any:
    return money(v, WAN)


def project_money(period: Sequence[float], annual: Sequence[float] | None = None) -> list[Any]:
    """Rows for ``heads.project_head``: (total, fiscal, other) for the period and the year."""
    a = annual or period
    return [
        ("中期资金总额", wan(period[0]), "年度资金总额", wan(a[0])),
        ("其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(a[1])),
        ("其他资金", wan(period[2]), "其他资金", wan(a[2])),
    ]


def indicators(
    s: Sheet,
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    merged: Sequence[int] = (1, 2),
    hide: Sequence[int] = (),
    header2: Sequence[Any] | None = None,
) -> int:
    """A header row (or two), then the rows with tiers merged down; ``hide`` lists the
    0-based positions of rows the office hid. Returns the first indicator row."""
    s.row(*header)
    if header2 is not None:
        s.row(*header2)
    first = s.r + 1
    s.table(rows, merged=merged)
    for i in hide:
        s.ws.row_dimensions[first + i].hidden = True
    return first


def footer(
    s: Sheet, note: str | None, filler: str, checker: str, phone: str, date: str, width: int = 6
) -> None:
    """A 说明 paragraph (merged across) and the signature line as offices leave them."""
    s.skip()
    if note:
        s.row(note, merge=[(1, width)])
    s.row(
        f"填表人：{filler}",
        None,
        f"审核人：{checker}",
        None,
        f"联系电话：{phone}",
        merge=[(1, 2), (3, 4)],
    )
    s.row(None, None, None, None, f"填报日期：{date}")
