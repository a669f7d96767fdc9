"""Pieces shared by the township returns of the 82nd held-out corpus: a long head that pushes the
indicator table down to row 12, and the footers offices leave under it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import Sheet


def long_head(s: Sheet, *, lead: str, basis: str, **kw: Any) -> None:
    """The project head (§3.1) with the 负责人 line, a 资金测算依据 line and a 绩效指标 caption
    under it, so that the indicator header lands where the office's form puts it."""
    project_head(s, **kw)
    s.row("项目负责人及电话", lead, None, None, None, None, merge=[(2, 6)])
    if basis:
        s.row("资金测算依据", basis, None, None, None, None, merge=[(2, 6)])
    while s.r < 10:
        s.skip()
    s.row("三、绩效指标", merge=[(1, 6)])


def footer(s: Sheet, lines: Sequence[str], width: int = 6) -> None:
    """说明 and signature lines under the table, each merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])
