"""Blocks shared by the transfer-payment returns of the 81st held-out set: the 区域绩效目标表
head (资金名称, 中央补助 │ 省级资金 │ 市县配套) and allocation tables by county or township with
小计 and 合计 rows. Sums are worked out here in Decimal, so a correct table adds up exactly."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from tests.variants.kit import WAN, C, Sheet, money

PARTS = ("中央补助", "省级资金", "市县配套")


def dsum(values: Sequence[float]) -> float:
    return float(sum((Decimal(str(v)) for v in values), Decimal(0)))


def amount(value: Any, fmt: str = "0.00") -> Any:
    """An amount cell; a value already wrapped (a mark) keeps its marks and gets the format."""
    if isinstance(value, C):
        return (
            value
            if value.fmt or not isinstance(value.value, int | float)
            else replace(value, fmt=fmt)
        )
    return money(value, fmt)


def transfer_head(
    s: Sheet,
    *,
    year: int,
    fund: str,
    dept: str,
    unit: str,
    parts: Sequence[float],
    goal: str,
    title: str | None = None,
    period: Any = None,
    total: Any = None,
    labels: Sequence[str] = PARTS,
    fmt: str = "0.00",
    use_label: str = "资金使用单位",
) -> None:
    """A six-column 区域绩效目标表 head. ``parts`` are the money's parts in 万元 in the order of
    ``labels``; ``total`` overrides the 资金总额 cell (a planted mistake)."""
    if title != "":
        s.title(title or f"{year}年度专项转移支付区域绩效目标表", 6)
    s.row("资金名称", fund, None, "主管部门", dept, None, merge=[(2, 3), (5, 6)])
    s.row(use_label, unit, None, "实施期", period or f"{year}年", None, merge=[(2, 3), (5, 6)])
    top = s.row("资金情况（万元）", "资金总额", *labels, *([""] * (4 - len(labels))))
    whole = total if total is not None else dsum(parts)
    s.row(None, amount(whole, fmt), *(amount(p, fmt) for p in parts))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度区域绩效目标", goal, merge=[(2, 6)])


def alloc(
    s: Sheet,
    groups: Sequence[tuple[str | None, Sequence[Sequence[Any]]]],
    *,
    header: Sequence[str] = ("序号", "县（市、区）", "合计", *PARTS, "备注"),
    override: Mapping[tuple[str, int], Any] | None = None,
    fmt: str = "0.00",
    total_label: str = "合计",
) -> list[float]:
    """An allocation table: ``groups`` of (小计 label or None, lines); each line is
    (name, part, part, …, note). A line's total is the sum of its parts; a group with a label
    gets a 小计 row; the last row is the 合计. ``override`` maps (row name, column) to a cell
    (column 0 is the line total, 1… the parts) to plant a mistake."""
    override = override or {}
    s.row(*header)
    n_parts = len(header) - 4
    grand: list[list[float]] = [[] for _ in range(n_parts + 1)]
    seq = 0

    def cells(name: str, nums: list[float]) -> list[Any]:
        return [amount(override.get((name, i), v), fmt) for i, v in enumerate(nums)]

    for label, lines in groups:
        sub: list[list[float]] = [[] for _ in range(n_parts + 1)]
        for line in lines:
            name, parts, note = line[0], list(line[1 : 1 + n_parts]), line[1 + n_parts]
            seq += 1
            nums = [dsum(parts), *parts]
            s.row(seq, name, *cells(name, nums), note)
            for i, v in enumerate(nums):
                sub[i].append(v)
        sums = [dsum(col) for col in sub]
        if label:
            s.row("", label, *cells(label, sums), "")
        for i, v in enumerate(sums):
            grand[i].append(v)
    totals = [dsum(col) for col in grand]
    s.row("", total_label, *cells(total_label, totals), "")
    return totals


def wan(value: float) -> C:
    """An amount whose unit 万元 sits only in the number format."""
    return money(value, WAN)
