"""Pieces shared by the returns of the 78th held-out corpus: the bureau's 填报说明 line, the
money block of a project head, and the signature lines offices leave below the table."""

from __future__ import annotations

from typing import Any

from tests.variants.kit import CN_DATE, WAN, C, Sheet, day, money

DISTRICT = "蓝桥区"


def wan(value: float) -> C:
    """An amount in 万元 whose unit lives only in the number format."""
    return money(value, WAN)


def project_money(
    total: float, fiscal: float, other: float, annual: tuple[float, float, float] | None = None
) -> list[tuple[Any, ...]]:
    """The three money rows of a project head: 中期 on the left, 年度 on the right (the same
    amounts for a one-year project)."""
    a = annual or (total, fiscal, other)
    return [
        ("中期资金总额", wan(total), "年度资金总额", wan(a[0])),
        ("其中：财政拨款", wan(fiscal), "其中：财政拨款", wan(a[1])),
        ("其他资金", wan(other), "其他资金", wan(a[2])),
    ]


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 填报说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signatures(s: Sheet, head: str, clerk: str, phone: str, filled: tuple[int, int, int]) -> None:
    """The lines below the table: 单位负责人, 填报人, 联系电话, 填报日期."""
    s.skip()
    s.row(f"单位负责人：{head}", None, f"填报人：{clerk}", None, f"联系电话：{phone}")
    s.row("填报日期：", day(*filled, fmt=CN_DATE))
