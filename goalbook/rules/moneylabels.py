"""The labels the money rules give a money cell in a finding: the layout field's (年度资金总额),
or the return's own name for a part (中央补助, a 资金来源 block's 一般公共预算)."""

from __future__ import annotations

import re

from goalbook.layout import find_field
from goalbook.moneykeys import part_keys
from goalbook.rules.common import Context
from goalbook.vocabulary import word


def field_label(ctx: Context, key: str) -> str:
    if key == "lines_total":  # the 合计 of the money's lines
        return word("total", ctx.lang)
    own = _own_label(ctx, key)
    if own is not None:
        return own
    kind = ctx.table.kind or "project"
    field = find_field(kind, key)
    if field is None:
        return key
    if kind == "project" and key.startswith("total") and not _has_year(ctx):
        # one sum of money only (资金总额 │ 其中：财政拨款 │ 其他资金): no 中期 to tell it from
        if ctx.lang == "zh":
            return field.zh.removeprefix("中期")
        return field.en.removeprefix("Period ").capitalize()
    return field.zh if ctx.lang == "zh" else field.en


def _has_year(ctx: Context) -> bool:
    """Whether the table states a year's money beside its whole (年度资金总额 and its parts)."""
    return any(k.startswith("annual") or k.startswith("part:annual") for k in ctx.table.fields)


# The parts of a transfer payment's split, named by the block's own label (中央补助, not the
# 财政拨款 the field is read as); the other spellings of a part keep the field's name.
_SPLIT_PARTS = (
    "中央补助", "中央补助资金", "地方资金", "地方配套资金", "中央预算内投资", "地方财政资金",
)  # fmt: skip
# a whole an investment project names its own way (总投资, not 资金总额)
_OWN_WHOLES = {"total": ("总投资", "项目总投资")}
_LABEL_NOISE = re.compile(r"^其中|[（(][^)）]*[)）]|[\s*＊:：]")


def _own_label(ctx: Context, key: str) -> str | None:
    """The label a return gives a part of its money (中央补助) when it is not the field's own
    (财政拨款): the text left of the amount, or above it in a block."""
    cell = ctx.table.fields.get(key)
    own = _SPLIT_PARTS if key.endswith(("_fiscal", "_other")) else _OWN_WHOLES.get(key)
    if cell is None or own is None:
        return None
    at, texts = cell.at, ctx.table.text_at
    for place in ((at.sheet, at.row, at.col - 1), (at.sheet, at.row - 1, at.col)):
        if (text := texts.get(place)) is not None and (bare := _LABEL_NOISE.sub("", text)) in own:
            return bare
    return None


def cell_label(ctx: Context, key: str, whole: str, name: str) -> str:
    """A money cell's label, made only for a finding: the layout's, or a source's own name."""
    return part_label(ctx, whole, name) if name else field_label(ctx, key)


def part_label(ctx: Context, whole: str, name: str) -> str:
    """A source's label: its own name, after the period its whole names when the block has
    a line per period (年度一般公共预算; 一般公共预算 (annual))."""
    if len(part_keys(ctx.table.fields)) < 2:
        return name
    if ctx.lang != "zh":
        return f"{name} ({'annual' if whole == 'annual' else 'period'})"
    return ("年度" if whole == "annual" else "中期") + name
