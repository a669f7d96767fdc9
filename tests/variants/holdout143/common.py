"""Pieces shared by the returns of the 143th held-out corpus: money lines and footers."""

from __future__ import annotations

from typing import Any

from tests.variants.kit import WAN, C, Sheet, money


def m(value: Any, fmt: str = WAN) -> Any:
    """An amount in the block's number format (a value already wrapped stays as it is)."""
    return value if isinstance(value, C) else money(value, fmt)


def proj_money(mid: Any, mid_fin: Any, mid_oth: Any, yr: Any, yr_fin: Any, yr_oth: Any,
               fmt: str = WAN) -> list[tuple[Any, ...]]:  # fmt: skip
    """The money lines of a project head: 中期 (实施期) and 年度 totals with their split."""
    return [
        ("中期资金总额", m(mid, fmt), "年度资金总额", m(yr, fmt)),
        ("其中：财政拨款", m(mid_fin, fmt), "其中：财政拨款", m(yr_fin, fmt)),
        ("其他资金", m(mid_oth, fmt), "其他资金", m(yr_oth, fmt)),
    ]


def footer(s: Sheet, who: str, phone: str, filled: str, boss: str = "") -> None:
    """Signature lines as offices leave them under the table."""
    s.skip()
    s.row(f"单位负责人：{boss}" if boss else "单位负责人（签字）：", None, f"填报人：{who}",
          None, f"联系电话：{phone}")  # fmt: skip
    s.row("（单位盖章）", None, None, f"填报日期：{filled}")
