"""Blocks shared by the returns of the 116th held-out set: transfer-payment heads and their
分配表, investment blocks, indicator tables with tiers merged down, export page feet."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import C, Sheet, money

NUM = "#,##0.00"


def amt(value: float, fmt: str = NUM) -> C:
    """An amount in 万元 as a number (the unit in the block's label or the number format)."""
    return money(value, fmt)


def transfer_head(s: Sheet, *, year: int, fund: str, dept: str, fin: str, total: float,
                  central: float, provincial: float, goals: str, level: str = "省级",
                  title: str | None = None) -> None:  # fmt: skip
    """A provincial transfer-payment 区域绩效目标表 head: 年度金额 = 中央补助 + 省级资金."""
    s.title(title or f"{year}年度{fund}区域绩效目标表", 6)
    s.row("转移支付名称", fund, None, None, None, None, merge=[(2, 6)])
    s.row(f"{level}主管部门", dept, None, f"{level}财政部门", fin, None, merge=[(2, 3), (5, 6)])
    top = s.row("资金情况（万元）", "年度金额", None, amt(total), None, None,
                merge=[(2, 3), (4, 6)])  # fmt: skip
    s.row(None, "其中：中央补助", None, amt(central), None, None, merge=[(2, 3), (4, 6)])
    s.row(None, "省级资金", None, amt(provincial), None, None, merge=[(2, 3), (4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", goals, None, None, None, None, merge=[(2, 6)])


def allocation(
    s: Sheet,
    *,
    title: str,
    lines: Sequence[Sequence[Any]],
    total: Any = None,
    c_total: Any = None,
    p_total: Any = None,
    note: str = "",
) -> int:
    """A 分配表: 序号 · 县（市、区） · 分配金额 · 其中：中央资金 · 省级资金 · 备注, then 合计.
    ``lines``: (county, amount, central, provincial[, remark]); an amount may be a marked C.
    The 合计 cells default to the column sums. Returns the 合计 row."""
    s.title(title, 6)
    s.row(None, None, None, None, "单位：万元", None, merge=[(5, 6)])
    s.row("序号", "县（市、区）", "分配金额", "其中：中央资金", "省级资金", "备注")

    def val(x: Any) -> float:
        return float(x.value if isinstance(x, C) else x)

    for i, ln in enumerate(lines, start=1):
        cells = [x if isinstance(x, C) else amt(x) for x in ln[1:4]]
        s.row(i, ln[0], *cells, ln[4] if len(ln) > 4 else None)
    sums = [round(sum(val(ln[k]) for ln in lines), 2) for k in (1, 2, 3)]
    given = [total, c_total, p_total]
    cells = [g if g is not None else amt(v) for g, v in zip(given, sums, strict=True)]
    cells = [c if isinstance(c, C) else amt(c) for c in cells]
    r = s.row(None, "合计", *cells, None)
    if note:
        s.row(note, None, None, None, None, None, merge=[(1, 6)])
    return r


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under ``header``; tiers merged down (None continues a block)."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def page_foot(s: Sheet, who: str, when: str, page: str = "第 1 页，共 1 页") -> None:
    """A budget system's page foot: printer, print time, page number."""
    s.skip()
    s.row(f"打印人：{who}", None, f"打印时间：{when}", None, page, None,
          merge=[(1, 2), (3, 4), (5, 6)])  # fmt: skip


def sign(s: Sheet, left: str, right: str) -> None:
    s.skip()
    s.row(left, None, None, right, None, None, merge=[(1, 3), (4, 6)])
