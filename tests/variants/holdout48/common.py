"""Pieces shared by the returns of the 48th held-out set: indicator headers, the lines offices
put under a table (注, 填报说明, signatures) and number formats they use."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import C, Sheet, day

MONEY = "#,##0.00"
PCT1 = "0.0%"

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
HEAD_OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标方向")


def m(value: float, fmt: str = MONEY) -> C:
    """An amount typed as a number with a thousands format."""
    return C(value, fmt)


def indicator_table(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]], *,
                    label: str | None = None, col: int = 1, merged: Sequence[int] = (1, 2)
                    ) -> int:  # fmt: skip
    """An optional block label row, the header row, then the rows (tier cells merged down)."""
    if label:
        s.row(label, merge=[(col, col + len(head) - 1)], col=col)
    s.row(*head, col=col)
    return s.table(rows, merged=merged, col=col)


def sign_off(s: Sheet, year: int, *, col: int = 1, who: str = "周晓岚",
             checker: str = "陆建平", phone: str = "0735-6624118") -> None:  # fmt: skip
    """The lines under a table: 填表人, 审核人, 联系电话, 填报日期 (a date the autumn before)."""
    s.skip()
    s.row(f"填表人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}", col=col)
    s.row("填报日期：", day(year - 1, 10, 28, 'yyyy"年"m"月"d"日"'), col=col)


def notes(s: Sheet, lines: Sequence[str], width: int = 6, col: int = 1) -> None:
    """注 / 填报说明 lines, each merged across the table."""
    for text in lines:
        s.row(text, merge=[(col, col + width - 1)], col=col)
