"""Pieces the returns of the 115th held-out set share: indicator headers, footers and
signatures as offices leave them, and the tolerance on the first of two duplicated rows."""

from __future__ import annotations

from typing import Any

from tests.variants.kit import C, Sheet, mk


def sign(s: Sheet, unit: str, who: str, phone: str, date: str) -> None:
    """The footer lines under the table: unit, contact, date."""
    s.skip()
    s.row(f"填报单位（盖章）：{unit}", None, None, f"联系人：{who}", None, f"电话：{phone}",
          merge=[(1, 3), (4, 5)])  # fmt: skip
    s.row(f"填报日期：{date}", None, None, "单位负责人：", merge=[(1, 3), (4, 6)])


def first_of_pair(value: Any) -> C:
    """The first of two rows a reviewer calls one indicator: a finding here is accepted, none
    asked for (the required mark stands on the second row)."""
    return mk(value, "*", "error", row=True, required=False, note="first of a duplicated pair")
