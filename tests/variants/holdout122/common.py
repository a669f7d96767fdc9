"""Pieces shared by the returns of the 122nd held-out corpus: allocation tables, indicator
headers and the footer lines offices leave under their tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, C, Sheet, money

H4 = ("一级指标", "二级指标", "三级指标", "指标值")
H5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def wan(v: float) -> C:
    """An amount in 万元 carrying its unit in the number format only."""
    return money(v, WAN)


def alloc(s: Sheet, title: str, header: Sequence[Any], lines: Sequence[Sequence[Any]],
          total: Sequence[Any]) -> None:  # fmt: skip
    """A 资金分配表 above the indicator table: a title line, a header, lines and a 合计 row."""
    s.row(title, merge=[(1, len(header))])
    s.row(*header)
    for line in lines:
        s.row(*line)
    s.row(*total)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               title: str | None = "绩效指标") -> None:  # fmt: skip
    """An indicator table with its tier cells merged down as offices do."""
    if title:
        s.row(title, merge=[(1, len(header))])
    s.row(*header)
    s.table(rows, merged=(1, 2))


def footer(s: Sheet, unit: str, person: str, phone: str, date: str) -> None:
    s.skip()
    s.row(f"填报单位（盖章）：{unit}", None, None, f"填报人：{person}", f"联系电话：{phone}")
    s.row(f"填报日期：{date}", None, None, "单位负责人：（签字）")
