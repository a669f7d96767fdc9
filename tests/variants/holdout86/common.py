"""Pieces shared by the returns of the 86th held-out corpus: the city's money rows and the
footers offices leave under their tables (all invented: 枫泽市 and its bureaus)."""

from __future__ import annotations

from typing import Any

from tests.variants.kit import WAN, Sheet, money

CITY = "枫泽市"


def one_year(total: float, grant: float, other: float, fmt: str = WAN) -> list[list[Any]]:
    """The money rows of a one-year project: 年度资金总额 with 财政拨款 and 其他资金."""
    return [
        ["年度资金总额", money(total, fmt), "其中：财政拨款", money(grant, fmt)],
        [None, None, "其他资金", money(other, fmt)],
    ]


def multi_year(period: Any, annual: Any, p_grant: Any, a_grant: Any, p_other: Any = 0.0,
               a_other: Any = 0.0, fmt: str = WAN) -> list[list[Any]]:  # fmt: skip
    """The money rows of a multi-year project: 中期 and 年度 side by side."""

    def m(v: Any) -> Any:
        return money(v, fmt) if isinstance(v, (int, float)) else v

    return [
        ["中期资金总额", m(period), "年度资金总额", m(annual)],
        ["其中：财政拨款", m(p_grant), "其中：财政拨款", m(a_grant)],
        ["其他资金", m(p_other), "其他资金", m(a_other)],
    ]


def sign(s: Sheet, who: str, phone: str, date: str, unit: str = "（单位盖章）") -> None:
    """The lines under a table: who filled it in, a phone number, the date and the stamp."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, f"填报日期：{date}")
    s.row("单位负责人：", None, "财务负责人：", None, unit)
