"""A tier-1's score written on a 小计 row under its indicators (产出指标's rows … 小计 │ 40 in the
score column): read as the tier's own score (``tier_weight``) of those indicators, so that the
rules hold their scores against it (W103), as they do a score beside the tier-1's label."""

from __future__ import annotations

import re

from goalbook.frameworks import label_key
from goalbook.model import Indicator
from goalbook.reader.grid import Sheet, number_value

_SUBTOTAL = re.compile(r"^.{0,8}小计$")  # 小计, 产出指标小计 (not 合计: the whole table's)


def with_subtotal_scores(
    sheet: Sheet, cols: dict[str, int], found: list[Indicator], rows: set[int]
) -> list[Indicator]:
    """``found`` with the score of each 小计 row among the table's ``rows`` (0-based) given as
    the tier score of the indicators between it and the 小计 (or header) above, when they all
    stand under one tier-1 and none has a tier score of its own."""
    c = cols.get("weight")
    if c is None or "tier_weight" in cols or not found:
        return found
    subtotals = [r for r in sorted(rows) if _is_subtotal(sheet, r, c)]
    if not subtotals:
        return found
    out = list(found)
    after = -1
    for r in subtotals:
        group = [i for i, ind in enumerate(out) if after < ind.row - 1 < r]
        after = r
        labels = [tier1.text for i in group if (tier1 := out[i].tier1) is not None]
        if not group or len(labels) < len(group) or len({label_key(t) for t in labels}) != 1:
            continue
        if any(out[i].tier_weight is not None for i in group):
            continue
        score = sheet.cell(r, c, spread=False)
        for i in group:
            out[i] = out[i]._replace(tier_weight=score)
    return out


def _is_subtotal(sheet: Sheet, r: int, c: int) -> bool:
    """Row r is a 小计 row with a number in the score column c (typed as one or pasted as
    text), and no other number."""
    cells = sheet.row_cells(r)
    numbers = [k for k, v in cells if number_value(v)]
    texts = [v.strip() for k, v in cells if type(v) is str and v.strip() and k not in numbers]
    return bool(texts) and _SUBTOTAL.match(texts[0]) is not None and numbers == [c]
