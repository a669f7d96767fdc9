"""Small pieces shared by the returns of the 67th held-out corpus: money rows and footers."""

from __future__ import annotations

from typing import Any

from tests.variants.kit import WAN, Sheet, money


def wan(v: float) -> Any:
    """An amount in 万元 carrying its unit only in the number format."""
    return money(v, WAN)


def one_year_money(total: float, grant: float, other: float) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 中期 and 年度 columns agree."""
    return [
        ("中期资金总额", wan(total), "年度资金总额", wan(total)),
        ("其中：财政拨款", wan(grant), "其中：财政拨款", wan(grant)),
        ("其他资金", wan(other), "其他资金", wan(other)),
    ]


def period_money(
    total: float, grant: float, other: float, year: float, ygrant: float, yother: float
) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: the period on the left, the year on the right."""
    return [
        ("中期资金总额", wan(total), "年度资金总额", wan(year)),
        ("其中：财政拨款", wan(grant), "其中：财政拨款", wan(ygrant)),
        ("其他资金", wan(other), "其他资金", wan(yother)),
    ]


def foot(s: Sheet, who: str, phone: str, when: str, head: str = "单位负责人：") -> None:
    """The lines offices leave below the table: a blank row, then who filled it in and when."""
    s.skip()
    s.row(f"填表人：{who}", None, f"联系电话：{phone}", None, f"填报日期：{when}")
    s.row(head, None, "财务负责人：", None, "（单位盖章）")
