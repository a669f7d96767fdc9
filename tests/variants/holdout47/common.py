"""Pieces shared by the returns of the 47th held-out set: the signature line under a table and
a project head that starts in a later column (offices that leave column A or B empty)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment

from tests.variants.kit import Sheet, day


def sign_off(s: Sheet, filled: Any, *, who: str, checker: str, phone: str, col: int = 1) -> None:
    """The line under the table: 填表人, 审核人, 联系电话, 填报日期 (a date)."""
    s.skip()
    s.row(f"填表人：{who}", None, f"审核人：{checker}", f"联系电话：{phone}", "填报日期：",
          filled, col=col)  # fmt: skip


def head_from(s: Sheet, col: int, width: int, *, title: str, fields: Sequence[Sequence[Any]],
              goal: str) -> None:  # fmt: skip
    """A project head from column ``col`` over ``width`` columns: a merged title, rows of
    (label, value, label, value) fields, then the 年度绩效目标 text merged across."""
    last = col + width - 1
    r = s.row(title, col=col, merge=[(col, last)])
    s.ws.cell(r, col).alignment = Alignment(horizontal="center")
    half = col + width // 2
    for f in fields:
        merge = [(a, b) for a, b in ((col + 1, half - 1), (half + 1, last)) if b > a]
        s.row(f[0], f[1], col=col, merge=merge)
        if len(f) > 2:
            s.put(s.r, half, f[2])
            s.put(s.r, half + 1, f[3])
    s.row("年度绩效目标", goal, col=col, merge=[(col + 1, last)])


def plan_dates(year: int) -> tuple[Any, Any]:
    return day(year, 1, 1), day(year, 12, 31)
