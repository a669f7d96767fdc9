"""Small helpers shared by the returns of the 145th held-out corpus."""

from __future__ import annotations

from tests.variants.kit import Sheet


def foot(s: Sheet, who: str, phone: str, head: str = "单位负责人") -> None:
    """Signature lines as offices leave them under the table."""
    s.skip()
    s.row(f"填表人：{who}", None, f"联系电话：{phone}", None, f"{head}：", None)
    s.row("（单位盖章）")
