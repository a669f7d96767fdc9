"""Pieces shared by the returns of the seventeenth held-out set: signature lines, footnotes and
the fund block of a central-transfer 区域绩效目标表."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, Sheet, day

AMOUNT = "#,##0.00"


def signature(s: Sheet, *, filled: tuple[int, int, int], person: str, phone: str,
              col: int = 1, reviewer: str = "") -> None:  # fmt: skip
    """The 填表人 / 审核人 / 联系电话 / 填报日期 lines under a table, as offices add them."""
    s.skip()
    s.row(f"填表人：{person}", None, f"审核人：{reviewer or '（签字）'}", None,
          f"联系电话：{phone}", col=col)  # fmt: skip
    s.row("填报日期：", day(*filled, fmt=CN_DATE), None, "单位（盖章）", col=col)


def notes(s: Sheet, lines: Sequence[str], width: int, col: int = 1) -> None:
    """Footnote lines (注 / 填报说明), each merged across the table."""
    for text in lines:
        s.row(text, merge=[(col, col + width - 1)], col=col)


def fund_years(s: Sheet, rows: Sequence[Sequence[Any]], label: str = "资金情况（万元）") -> None:
    """A fund block with one line per year (年度 · 资金总额 · 中央补助 · 地方资金) and a 合计
    line; the label merged down the block in column A."""
    s.row(label, "年度", "资金总额", "其中：中央补助", "地方资金", None)
    top = s.r
    for line in rows:
        s.row(None, *line)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
