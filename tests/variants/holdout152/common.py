"""Helpers shared by the returns of the 152nd held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet, day

NAT = ("一级指标", "二级指标", "三级指标")


def footer(s: Sheet, year: int, who: str = "王某某", phone: str = "0795-6612380") -> None:
    """Signature lines as offices leave them below the table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "单位负责人（签字）：")
    s.row("填报日期：", day(year - 1, 11, 18), None, None, "（单位盖章）")


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> None:  # fmt: skip
    s.row(*head)
    s.table(rows, merged=merged)
