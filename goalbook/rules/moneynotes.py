"""B101 from the note an amount carries in its own cell: 资金总额：260万元（其中财政拨款220万元，
其他资金60万元）, or a department's 资金总额1860万元（其中财政拨款1700万元，其他资金160万元；基本
支出1120万元，项目支出740万元）: each group of parts (a ； between groups) against the amount.

其中 may name some parts only: a group of two or more that falls short is a warning, parts above
the amount an error. A part named in the amount's label (其中：财政拨款（含上年结转140万元） │ 112)
above the amount is an error too."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from goalbook.findings import Hit, Severity
from goalbook.layout import FIELDS, FieldType
from goalbook.rules.amounts import UNIT_SCALE, fmt_money, money, tolerance
from goalbook.rules.common import Context
from goalbook.rules.moneylabels import field_label
from goalbook.spelling import to_decimal

# the parts in brackets (（其中财政拨款…）, （财政拨款…；基本支出…）) or after it (，其中：…)
_NOTE = re.compile(
    r"[（(]\s*(?:其中\s*[：:]?)?(?P<body>[^（()）]+)[)）]|[，,；;]\s*其中\s*[：:]?(?P<tail>.+)$"
)
_ITEM = re.compile(
    r"^(?P<label>[^\d]{1,12}?)\s*(?P<amount>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>万元|元|万)?$"
)
_NOTED = re.compile(r"[（(]|其中")  # a note may follow the amount


def noted_parts(ctx: Context) -> Iterator[Hit]:
    kind = ctx.table.kind or "project"
    unit = ctx.table.money_unit
    for field in FIELDS[kind]:
        cell = ctx.table.fields.get(field.key)
        if field.type is not FieldType.MONEY or cell is None or not _NOTED.search(cell.text):
            continue
        whole = money(cell, unit)
        note = _NOTE.search(cell.text)
        if whole is None or note is None:
            continue
        written = re.search(r"\d\s*(万元|元|万)", cell.text)
        own = UNIT_SCALE.get(written[1] if written else unit or "", Decimal(1))
        for group in re.split(r"[；;]", note["body"] or note["tail"]):
            items = [_ITEM.match(i.strip()) for i in re.split(r"[，,、]", group) if i.strip()]
            if not items or any(m is None for m in items):
                continue
            parts = [(m["label"], _amount(m["amount"], m["unit"], own)) for m in items if m]
            if any(a is None for _label, a in parts):
                continue
            total = sum((a for _label, a in parts if a is not None), Decimal(0))
            off = total - whole.value
            if abs(off) <= tolerance(whole) or (off < 0 and len(parts) < 2):
                continue
            shown = " + ".join(
                f"{label} {fmt_money(a, unit, ctx.lang)}" for label, a in parts if a is not None
            )
            params = {
                "whole": field_label(ctx, field.key),
                "total": fmt_money(whole.value, unit, ctx.lang),
                "parts": shown,
                "diff": fmt_money(-off, unit, ctx.lang),
            }
            yield Hit("B101", cell.at, params, severity=None if off > 0 else Severity.WARNING)


def _amount(digits: str, unit: str | None, own: Decimal) -> Decimal | None:
    """A part's amount in the unit the whole is written in."""
    found = to_decimal(digits.replace(",", ""))
    if found is None:
        return None
    return found * UNIT_SCALE.get(unit or "", own) / own


# a part named in a money label's brackets: 财政拨款（含上年结转140万元）
_LABEL_PART = re.compile(
    r"[（(]\s*(?:含|其中[：:]?|包括)\s*(?P<label>[^\d（()）]{1,12}?)\s*"
    r"(?P<amount>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>万元|元|万)?\s*[)）]"
)


def labelled_parts(ctx: Context) -> Iterator[Hit]:
    """B101 at an amount below the part its label names (其中：财政拨款（含上年结转140万元）
    │ 112)."""
    unit = ctx.table.money_unit
    fields = ctx.table.fields
    money_fields = [
        (field, cell)
        for field in FIELDS[ctx.table.kind or "project"]
        if field.type is FieldType.MONEY and (cell := fields.get(field.key)) is not None
    ]
    rows = {cell.at.row for _field, cell in money_fields}  # (the texts of those rows only)
    labels = {(s, r, c): text for s, r, c, text in ctx.table.texts if r in rows}
    for field, cell in money_fields:
        label = labels.get((cell.at.sheet, cell.at.row, cell.at.col - 1), "")
        m = _LABEL_PART.search(label) if "含" in label or "其中" in label else None
        whole = money(cell, unit) if m else None
        if m is None or whole is None:
            continue
        own = UNIT_SCALE.get(unit or "", Decimal(1))
        part = _amount(m["amount"], m["unit"], own)
        if part is None or part <= whole.value + tolerance(whole):
            continue
        params = {
            "whole": field_label(ctx, field.key),
            "total": fmt_money(whole.value, unit, ctx.lang),
            "parts": f"{m['label'].strip()} {fmt_money(part, unit, ctx.lang)}",
            "diff": fmt_money(whole.value - part, unit, ctx.lang),
        }
        yield Hit("B101", cell.at, params)
