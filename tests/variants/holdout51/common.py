"""Pieces shared by the returns of the 51st held-out set: money rows, footers, signatures."""

from __future__ import annotations

from typing import Any

from tests.variants.kit import WAN, C, Sheet, money


def wan(value: float) -> C:
    """An amount in 万元 carrying its unit only in the number format."""
    return money(value, WAN)


def w2(value: float) -> C:
    """An amount in a 万元 block, two decimals, no unit in the format."""
    return money(value, "#,##0.00")


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note lines merged across the table, as offices leave them under the form."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, head: str, finance: str, filler: str, phone: str, date: str) -> None:
    s.skip()
    s.row(f"单位负责人：{head}", None, f"财务负责人：{finance}", None, f"填报人：{filler}",
          f"联系电话：{phone}")  # fmt: skip
    s.row(f"填报日期：{date}", merge=[(1, 3)])


def header(s: Sheet, *labels: Any) -> int:
    return s.row(*labels)
