"""B101 on a budget line or a task whose own amount is split (预算金额 │ 财政拨款 │ 其他资金 in
a 年度主要任务 block): the line's amount must be its fiscal part plus its other funds."""

from __future__ import annotations

from collections.abc import Iterator

from goalbook.findings import Hit
from goalbook.layout import LINE_COLUMNS
from goalbook.rules.common import Context, clip, fmt_money, money, tolerance


def line_parts(ctx: Context) -> Iterator[Hit]:
    """B101 at each line whose amount is not its 财政拨款 + 其他资金 (both given)."""
    unit = ctx.table.money_unit
    for line in ctx.table.lines:
        if line.amount is None or line.fiscal is None or line.other is None:
            continue
        whole, fiscal, other = money(line.amount), money(line.fiscal), money(line.other)
        if whole is None or fiscal is None or other is None:
            continue
        diff = whole.value - fiscal.value - other.value
        if abs(diff) <= tolerance(whole, fiscal, other):
            continue
        label = _label(ctx, "amount")
        name = clip(line.name.text, 20) if line.name is not None else ""
        parts = (
            f"{_label(ctx, 'fiscal')} {fmt_money(fiscal.value, unit, ctx.lang)} + "
            f"{_label(ctx, 'other')} {fmt_money(other.value, unit, ctx.lang)}"
        )
        params = {
            "whole": f"{name} {label}" if name else label,
            "total": fmt_money(whole.value, unit, ctx.lang),
            "parts": parts,
            "diff": fmt_money(diff, unit, ctx.lang),
        }
        yield Hit("B101", line.amount.at, params)


def _label(ctx: Context, key: str) -> str:
    columns = LINE_COLUMNS.get(ctx.table.kind or "project", LINE_COLUMNS["project"])
    column = next(c for c in columns if c.key == key)
    return column.zh.removeprefix("其中：") if ctx.lang == "zh" else column.en
