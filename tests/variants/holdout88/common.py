"""Pieces the returns of the 88th held-out set share: indicator headers, a two-line header,
filled-down tiers and the signature lines offices leave under a table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, Sheet, day

OPS6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


def header(s: Sheet, *labels: Any) -> int:
    """One header row of the indicator table."""
    return s.row(*labels)


def two_line_header(
    s: Sheet, first: Sequence[Any], second: Sequence[Any], spans: Sequence[tuple[int, int]]
) -> None:
    """A two-line header: ``spans`` are merged across in the first line; the columns holding
    None in the second line are merged down over both lines."""
    s.row(*first, merge=spans)
    s.row(*second)
    for c, v in enumerate(second, start=1):
        if v is None and first[c - 1] is not None:
            s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


def filled_down(rows: Sequence[Sequence[Any]]) -> list[list[Any]]:
    """Tier cells filled down in every row (None takes the label above), as some offices do."""
    out: list[list[Any]] = []
    last: list[Any] = [None, None]
    for r in rows:
        r = list(r)
        for i in (0, 1):
            if r[i] is None:
                r[i] = last[i]
            last[i] = r[i]
        out.append(r)
    return out


def signature(
    s: Sheet, who: str, phone: str, year: int, month: int, dd: int, checker: str = ""
) -> int:
    """The lines under a table: 填表人、联系电话、审核人, then 填报日期."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "审核人：", checker or "—")
    return s.row("填报日期：", day(year, month, dd, CN_DATE))
