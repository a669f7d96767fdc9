"""Pieces the twelfth held-out set's department returns share: the indicator block, the
基本支出 split, the 部门职能 line and the signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], *, head: Sequence[Any] = HEAD,
               label: str | None = "年度绩效指标", col: int = 1) -> int:  # fmt: skip
    """An indicator block under an optional label row: tiers 1 and 2 merged down their block."""
    if label:
        s.row(label, merge=[(col, col + len(head) - 1)], col=col)
    s.row(*head, col=col)
    return s.table(rows, merged=(1, 2), col=col)


def basic_split(s: Sheet, staff: Any, running: Any) -> None:
    """The 基本支出 split most departments add under the budget block."""
    s.row("基本支出构成", "人员经费", staff, "公用经费", running, None)


def duties(s: Sheet, text: str) -> None:
    s.row("部门职能", text, merge=[(2, 6)])


def sign(s: Sheet, who: str, phone: str, when: Any, col: int = 1) -> None:
    s.skip()
    s.row("填表人：", who, "审核人：", "（签字）", "联系电话：", phone, col=col)
    s.row("填报日期：", when, col=col)
