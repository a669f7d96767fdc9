"""The indicator table read row by row, under its header (:mod:`goalbook.reader.headers`).

goalbook's own templates are read by position here (tiers are written in every row). Official
layouts have merged tier cells and rows whose cells sit one column off; they are read by
content (:mod:`goalbook.reader.contentrows`). Both build indicators in one place
(:mod:`goalbook.reader.indicator`).
"""

from __future__ import annotations

import re

from goalbook.frameworks.labels import clean_label
from goalbook.model import Cell, Indicator, ReadNote
from goalbook.reader.columns import resolved_columns
from goalbook.reader.contentrows import by_content
from goalbook.reader.grid import Sheet
from goalbook.reader.indicator import name_missing, new_indicator, with_later, with_upper
from goalbook.reader.joined import PAIR, tiers_like
from goalbook.reader.labels import Vocabulary
from goalbook.reader.lines import money_table_head
from goalbook.reader.tableheader import TableHeader
from goalbook.vocabulary import TABLE_END_WORDS


def tier_labels(header: TableHeader) -> tuple[list[str], list[str]]:
    """The texts of the tier columns, to detect the framework before reading rows."""
    sheet, cols = header.sheet, header.cols
    name = cols.get("name", header.left + 3)
    tiers = sorted({cols[k] for k in ("tier1", "tier2") if k in cols})
    # the columns left of the name; the tier columns themselves where they stand right of it
    span = tiers if tiers and tiers[-1] > name else range(header.left, name)
    out1: list[str] = []
    out2: list[str] = []
    for r in range(header.row + 1, min(sheet.nrows, header.row + 400)):
        for c in span:
            text = sheet.text(r, c, spread=False)
            if text and len(text) <= 30 and (pair := _pair(text)) is not None:
                out1.append(pair[1])  # 产出指标-数量指标: both tiers in one cell
                out2.append(pair[2])
            elif text and len(text) <= 20:
                (out1 if _tier1_at(header, r, c) else out2).append(text)
    return out1, out2


def _pair(text: str) -> re.Match[str] | None:
    """Two tiers in one cell (产出指标-数量指标, 产出/数量), not a numbered label (一、产出指标,
    *二、效益指标: its 一 is no tier)."""
    pair = PAIR.match(text)
    if pair is None or not tiers_like(text) or len(clean_label(pair[1])) < 2:
        return None
    return pair


def _tier1_at(header: TableHeader, r: int, c: int) -> bool:
    """Column c of row r holds a tier-1: the tier-1 column or left of it; in a table without
    one (二级指标 │ 三级指标 …, its tier-1s heading sections: 一、产出指标), a row's only text."""
    cols = header.cols
    if "tier1" in cols or "tier2" not in cols:
        return c <= cols.get("tier1", header.left)
    return sum(1 for v in header.sheet.rows[r] if v is not None and v != "") == 1


def read_indicators(
    header: TableHeader, vocab: Vocabulary, positional: bool
) -> tuple[list[Indicator], list[ReadNote], set[int]]:
    """Indicators below the header; also the sheet rows they came from."""
    cols = resolved_columns(header)
    if positional:
        return _positional(header, cols)
    return by_content(header, cols, vocab)


_INDICATOR_KEYS = frozenset(
    {"tier1", "tier2", "name", "period", "annual", "op", "unit", "direction", "weight"}
    | {"tier_weight", "declared", "deadline"}
)  # the column keys an Indicator takes its cells from


def _positional(
    header: TableHeader, cols: dict[str, int]
) -> tuple[list[Indicator], list[ReadNote], set[int]]:
    """goalbook's own sheet: every cell in its column (the hot path: most returns are ours)."""
    sheet, left, right = header.sheet, header.left, max(cols.values())
    order = list(cols)  # the header's order: the first filled cell of a row is its first one
    used = {key: c for key, c in cols.items() if key in _INDICATOR_KEYS}
    out: list[Indicator] = []
    notes: list[ReadNote] = []
    rows: set[int] = {header.row}
    hidden = sheet.hidden_rows
    for r in range(header.row + 1, sheet.nrows):
        span = sheet.rows[r][left : right + 1]
        if span.count("") + span.count(None) == len(span) and r not in sheet.merged_rows:
            continue  # a blank row
        if hidden and r in hidden:
            continue  # a row hidden by its sender (an old indicator kept out of sight)
        at = sheet.pick(r, used)  # only the cells an indicator takes
        if _ends_table(sheet, r, at, order, cols):
            break
        if at.get("name") is None and at.get("period") is None and at.get("annual") is None:
            continue
        rows.add(r)
        found = new_indicator(r, sheet.name, at, False)
        if header.later or header.sides:
            found = with_later(found, sheet, r, header.later + header.sides)
        if header.upper is not None:
            found = with_upper(found, sheet, r, header.upper)
        if (note := name_missing(found, cols)) is not None:
            notes.append(note)
        out.append(found)
    return out, notes, rows


def _ends_table(
    sheet: Sheet, r: int, at: dict[str, Cell | None], order: list[str], cols: dict[str, int]
) -> bool:
    """Row r's first filled cell (in the header's order; picked already, or read now for a
    column no indicator takes) starts with a word that ends the table (a signature line)."""
    for key in order:
        first = at[key] if key in at else sheet.cell(r, cols[key])
        if first is not None:
            return first.text.startswith(TABLE_END_WORDS) or money_table_head(sheet, r, first)
    return False
