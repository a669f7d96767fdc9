"""Shared pieces of the 85th held-out corpus: a multi-year project head with 中期 and 年度
money, a rolling money block, and the footer offices leave under the table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, C, Sheet, money


def w(value: Any) -> Any:
    """An amount in 万元 with the unit only in its number format (a C passes through)."""
    if isinstance(value, C) or value is None:
        return value
    return money(value, WAN)


def head(
    s: Sheet,
    *,
    name: str,
    dept: str,
    unit: str,
    mid: Sequence[Any],
    ann: Sequence[Any],
    goals: Sequence[str],
    year: int = 2026,
    years: int = 3,
    start: int | None = None,
    attr: str = "新增项目",
    title: str | None = None,
    parts: tuple[str, str] = ("其中：财政拨款", "其他资金"),
) -> None:
    """A project head; ``mid`` and ``ann`` are (总额, 财政拨款, 其他资金); ``start`` is the first
    year of the period when it began before the budget year ``year``."""
    first = start or year
    rows = [
        ("中期资金总额", w(mid[0]), "年度资金总额", w(ann[0])),
        (parts[0], w(mid[1]), parts[0], w(ann[1])),
        (parts[1], w(mid[2]), parts[1], w(ann[2])),
    ]
    project_head(
        s,
        year=first,
        name=name,
        dept=dept,
        unit=unit,
        money=rows,
        goals=goals,
        years=years,
        attr=attr,
        money_label="项目资金（万元）",
        title=title if title is not None else f"{year}年度项目支出绩效目标申报表",
    )


def rolling(
    s: Sheet,
    years: Sequence[int],
    lines: Sequence[Sequence[Any]],
    label: str = "中期财政规划（万元）",
) -> None:
    """A rolling money block: one column per year and 实施期合计; ``lines`` are (label, values…)."""
    s.row(label, *[f"{y}年" for y in years], "实施期合计")
    for line in lines:
        s.row(line[0], *[w(v) for v in line[1:]])


def footer(s: Sheet, who: str, phone: str, date: str, leader: str = "") -> None:
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, f"填报日期：{date}")
    if leader:
        s.row(f"单位负责人：{leader}", None, None, "（单位盖章）")
