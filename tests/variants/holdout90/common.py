"""Small pieces shared by the returns of the 90th held-out corpus: footers as offices leave them."""

from __future__ import annotations

from tests.variants.kit import CN_DATE, Sheet, day


def footer(s: Sheet, *, unit: str, head: str, clerk: str, phone: str, year: int) -> None:
    """A blank line, then the unit, its head, the clerk and the fill date (the year before)."""
    s.skip()
    s.row(f"填报单位（盖章）：{unit}", None, None, f"单位负责人：{head}", merge=[(1, 3)])
    filled = day(year - 1, 11, 18, CN_DATE)
    s.row(f"填报人：{clerk}", None, f"联系电话：{phone}", "填报日期：", filled)
