"""The header of an indicator table: found by its keywords, in one row or two.

A header row names at least a name column and a value column; which column holds what is read
from its words (exact spellings of the layout's columns and their aliases first, then keywords),
with the variants offices write: a second complete column set for the year, 指标性质 beside
指标方向, a tier's score beside the indicator's, a loose 绩效指标 over the tier columns, and a
header split over two rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from goalbook.model import CellValue
from goalbook.reader.fieldlabels import clean
from goalbook.reader.grid import Sheet
from goalbook.reader.headwords import header_key
from goalbook.reader.loosenames import is_loose, loose_name
from goalbook.reader.rows import is_value
from goalbook.reader.splitheads import split_words
from goalbook.reader.subheader import sub_key, with_heads_below, with_sub_header
from goalbook.reader.tableheader import HEADER_COLS, TableHeader
from goalbook.reader.yearheads import bare_years, later_years, year_head
from goalbook.vocabulary import (
    SUB_VALUE_WORDS,
)

HEADER_ROWS = 2000  # rows searched for a header: a table may follow a long money block


def find_header(sheets: Iterable[Sheet]) -> TableHeader | None:
    """The best header of the sheets: the one naming most columns (the first of equals)."""
    best: TableHeader | None = None
    for header in find_headers(sheets):
        if best is None or header.score > best.score:
            best = header
    return best


def find_headers(sheets: Iterable[Sheet]) -> list[TableHeader]:
    """Every row of the sheets that reads as an indicator header (a name and a value column),
    in sheet and row order."""
    found: list[TableHeader] = []
    for sheet in sheets:
        rows = sheet.rows
        above: TableHeader | None = None
        for r in range(min(sheet.nrows, HEADER_ROWS)):
            if above is not None and above.row == r:
                continue  # the second line of the header above
            joined = split_words(rows, r, HEADER_COLS)
            if joined is not None and (header := _header_row(sheet, r + 1, joined)) is not None:
                found.append(header)  # 一级 │ 计量 over 指标 │ 单位: one header, read under both
                above = header
                continue
            header = _header_row(sheet, r, rows[r][:HEADER_COLS])
            if above is None and r > 0 and r in sheet.merged_rows:
                if header is None:
                    header = _two_row_header(sheet, r)
                else:
                    header = _merged_down(sheet, r, header) or header
            elif above is None and r > 0:
                # the same two lines with their merges lost in a paste or a conversion: the
                # upper line's heads (指标值, 年度/中期) over empty cells of the lower line
                if header is None:  # (or 绩效目标 over 指标值 │ 计量单位 beside the tier heads)
                    lower = _heads_tiers(rows[r]) or (_heads_tiers(rows[r - 1]) and _heads(rows[r]))
                    header = _two_row_header(sheet, r) if lower else None
                else:
                    header = _merged_down(sheet, r, header, merged=False) or header
            if header is not None:
                header = with_sub_header(header) or with_heads_below(header) or header
                found.append(header)
            above = header
    return found


def header_at(sheet: Sheet, r: int) -> TableHeader | None:
    """Row r of ``sheet`` as a header, when it reads as one (where a layout puts its header)."""
    return _header_row(sheet, r, sheet.rows[r][:HEADER_COLS]) if r < sheet.nrows else None


def _heads_tiers(row: list[CellValue]) -> bool:
    """Whether a row names the indicator's name column (三级指标, 指标名称): the lower line of a
    two-line header, when it is no header by itself."""
    return any(type(v) is str and header_key(v.strip()) == "name" for v in row[:HEADER_COLS])


def _heads(row: list[CellValue]) -> bool:
    """Whether a row names the value column (指标值): the lower line of a two-line header whose
    upper line names the tiers and heads the values with words of its own (绩效目标)."""
    return any(type(v) is str and header_key(v.strip()) == "annual" for v in row[:HEADER_COLS])


def _two_row_header(sheet: Sheet, r: int) -> TableHeader | None:
    """Rows r-1 and r as one header, when neither alone is one: 绩效指标 over 一级/二级/三级
    指标 in the upper row, 指标值 and 分值 merged down over both. The lower row's words win and
    the upper row's (merged blocks spread) fill its gaps; the header is the lower row, so that
    the indicators start below it. Tried only where a merged block crosses the lower row."""
    lower = sheet.rows[r][:HEADER_COLS]
    if not any(type(v) is str and header_key(v.strip()) for v in lower if v):
        return None  # the lower row must name a column itself: not a data row under a header
    above = sheet.rows[r - 1][:HEADER_COLS]
    width = max(len(lower), len(above))
    values: list[CellValue] = []
    under: str | None = None  # the upper line's value head (指标值) over this column, if any
    for c in range(width):
        value = lower[c] if c < len(lower) else None
        head = above[c] if c < len(above) else None
        if type(head) is str and head.strip():
            under = header_key(head.strip())
        if value is None or value == "":
            upper = sheet.cell(r - 1, c)
            value = upper.value if upper is not None else None
        elif under in ("annual", "period") and type(value) is str and not header_key(value):
            # 指标值 over 实施期 │ 年度: the period's and the year's targets
            sub = sub_key(value.strip(), under)
            value = {"period": "实施期指标值", "annual": "年度指标值"}.get(sub or "", value)
        values.append(value)
    return _header_row(sheet, r, values)


def _merged_down(
    sheet: Sheet, r: int, header: TableHeader, merged: bool = True
) -> TableHeader | None:
    """Row r, a header by itself, with the head cells merged down onto it from the line above
    (计量单位 and 指标方向 merged over both lines of a two-line header whose lower line names
    中期 │ 年度 under a merged 指标值): a better header when they name more columns. The
    table's left edge stays the lower line's (a code column merged down is not a tier).
    ``merged=False``: the same two lines with the merges lost, the upper line's heads standing
    over empty cells of the lower line (not merged from elsewhere)."""
    lower, upper = sheet.rows[r][:HEADER_COLS], sheet.rows[r - 1][:HEADER_COLS]
    values: list[CellValue] = list(lower) + [None] * max(0, len(upper) - len(lower))
    filled = False
    for c in range(header.left + 1, len(upper)):
        if values[c] is not None and values[c] != "":
            continue
        if merged:
            down = sheet.anchors.get((r, c)) == (r - 1, c)
        else:
            head = upper[c]
            down = type(head) is str and (r - 1, c) not in sheet.anchors
            down = down and header_key(str(head).strip()) is not None
        if down:
            values[c] = upper[c]
            filled = True
    if not filled:
        return None
    found = _header_row(sheet, r, values)
    if found is None or found.score <= header.score:
        return None
    if any(found.cols.get(key) != c for key, c in header.cols.items()):
        return None  # the lower line's own columns read otherwise: not sure, keep them
    return TableHeader(
        sheet, r, found.cols, header.left, found.annual_set, found.later, found.sides
    )


# a note beside the header row (注4：一级、二级指标按财政部门规定填列。): no column's head
_NOTE = re.compile(r"^(?:注|说明|备注)\s*\d*\s*[：:]|.*。$")
# the name and its value in one column (三级指标及指标值, 绩效指标（含指标值）)
_JOINED = re.compile(r"(?:及|和|与|[（(]含?)(?:指标值|目标值)")


def _header_row(sheet: Sheet, r: int, values: list[CellValue]) -> TableHeader | None:
    """Row r as an indicator header (its first values given), or None when it is not one."""
    cols: dict[str, int] = {}
    again: dict[str, int] = {}
    years: list[tuple[int, int]] | None = None  # value columns headed by one year: (year, c)
    left = loose = None
    for c, value in enumerate(values):
        if type(value) is not str:
            continue
        text = value.strip()
        if not text or len(text) > 30 or _NOTE.match(text):
            continue  # (a note in the margin beside the header: 注4：一级、二级指标按…填列。)
        left = c if left is None else left
        if _JOINED.search(text) and (header_key(text) == "name" or text.startswith("绩效指标")):
            cols.setdefault("name", c)  # 三级指标及指标值: the name and its value in one cell
            cols.setdefault("annual", c)
            continue
        key = header_key(text)
        if key == "name" and not cols and _over_tiers(sheet, r, c, values):
            cols.update(tier1=c, tier2=c + 1)  # 考核指标 over two columns, then 指标名称
            continue
        if key is None:
            if loose is None and is_loose(text):
                loose = c
            continue
        if key == "annual" and not again and (year := year_head(text)) is not None:
            if years is None:
                years = []  # made only here: most rows a header is looked for in are data
            years.append((year, c))
        if key == "tier1" and not again and "name" in cols and "annual" in cols:
            again["tier1"] = c  # a second half with its own tiers starts here
        elif key in ("tier2", "name") and key in cols:
            again.setdefault(key, c)  # a second complete column set starts here
        elif again and key in ("annual", "period", "unit", "op"):
            again.setdefault("annual" if key == "period" else key, c)
        elif not again and key == "direction" and key in cols:
            cols.setdefault("direction2", c)  # 指标性质 and 指标方向 side by side
        elif not again and key == "weight" and key in cols and "tier_weight" not in cols:
            # 一级指标 | 分值 | … | 三级指标 | 指标值 | 分值: the first scores the tier
            cols["tier_weight"], cols["weight"] = cols["weight"], c
        elif not again:
            cols.setdefault(key, c)
    if loose is not None:
        cols = loose_name(sheet, r, loose, cols)
    if "name" in cols and "op" in cols and not ("annual" in cols or "period" in cols or again):
        cols = _split_value(values, cols)  # 比较符 │ 数值 │ 单位 with no 指标值 over them
    if "name" in cols and not ("annual" in cols or "period" in cols or again):
        cols, years = bare_years(values, cols)
    if "name" in cols and not ("annual" in cols or "period" in cols or again) and "remark" in cols:
        cols = _standard_as_value(sheet, r, cols)
    if "name" not in cols or not ("annual" in cols or "period" in cols):
        return None
    left = _merged_from_above(sheet, r, cols, left)
    if "tier1" in again and {"name", "annual"} <= again.keys() and _halves(sheet, r, cols, again):
        edge = left if left is not None else 0
        return TableHeader(sheet, r, cols, edge, later=(), right=again)  # two halves
    again.pop("tier1", None)
    if "name" in again and "annual" in again and "period" not in cols:
        cols["period"] = cols.pop("annual")  # the first set holds the period targets
    later = later_years(years, cols.get("annual")) if years else ()
    return TableHeader(sheet, r, cols, left if left is not None else 0, again, later)


def _over_tiers(sheet: Sheet, r: int, c: int, values: list[CellValue]) -> bool:
    """A name word merged over two columns with a name column right of them (考核指标 over two
    columns │ 指标名称 │ 目标值): it heads the tier columns, as 绩效指标 does over three."""
    if sheet.anchors.get((r, c + 1)) != (r, c) or sheet.anchors.get((r, c + 2)) == (r, c):
        return False
    after = values[c + 2] if c + 2 < len(values) else None
    return type(after) is str and header_key(after.strip()) == "name"


# a standard column, the only one right of the name (绩效指标内容 │ 考核标准): its targets when
# most of its cells below are values (≥4期, 2026年10月31日前), not a scoring rule's words
_STANDARD_HEADS = ("考核标准", "评价标准")


def _standard_as_value(sheet: Sheet, r: int, cols: dict[str, int]) -> dict[str, int]:
    c = cols["remark"]
    if not clean(sheet.text(r, c)).startswith(_STANDARD_HEADS):
        return cols
    below = [cell for rr in range(r + 1, min(sheet.nrows, r + 30)) if (cell := sheet.cell(rr, c))]
    if len(below) < 3 or 2 * sum(1 for cell in below if is_value(cell)) <= len(below):
        return cols
    found = {key: col for key, col in cols.items() if key != "remark"} | {"annual": c}
    return dict(sorted(found.items(), key=lambda kv: kv[1]))


def _halves(sheet: Sheet, r: int, cols: dict[str, int], again: dict[str, int]) -> bool:
    """Two column sets with tiers of their own are two halves of one table (产出 left, 效益 and
    满意度 right), not the period's and the year's targets of the same indicators: no name
    stands in both, and the line above does not say 年度 over the second set."""
    if "annual" not in cols:
        return False
    above = sheet.text(r - 1, again["tier1"], spread=False) if r else ""  # over the second set
    if any(w in above for w in ("中期", "年度", "实施期", "当年")):
        return False  # 中期绩效指标 │ … │ 年度绩效指标 over the sets
    for rr in range(r + 1, min(sheet.nrows, r + 40)):
        name = sheet.text(rr, cols["name"])
        if name and name == sheet.text(rr, again["name"]):
            return False
    return True


def _merged_from_above(sheet: Sheet, r: int, cols: dict[str, int], left: int | None) -> int | None:
    """A tier column whose head is merged down from the line above, or written there over an
    empty cell (一级指标 over both lines of a header whose upper line groups the other columns:
    中期指标 │ 年度指标), joins the header; the header's left edge moves to it. Returns that
    edge."""
    above = sheet.rows[r - 1] if r > 0 else []
    for c, value in enumerate(sheet.rows[r][:HEADER_COLS]):
        if value != "":
            continue
        anchor = sheet.anchors.get((r, c)) or ((r - 1, c) if c < len(above) else None)
        if anchor is None or anchor[0] >= r:
            continue
        text = sheet.text(*anchor)
        key = header_key(text.strip()) if type(text) is str and len(text) <= 30 else None
        if key in ("tier1", "tier2") and key not in cols:
            cols[key] = c
            left = c if left is None else min(left, c)
    return left


def _split_value(values: list[CellValue], cols: dict[str, int]) -> dict[str, int]:
    """The value and unit columns right of the operator's when the header names them with the
    words of a value head's second line (比较符 │ 数值 │ 单位), no 指标值 over them."""
    found = dict(cols)
    for c, value in enumerate(values):
        text = clean(value) if type(value) is str and c > cols["op"] else ""
        if text in SUB_VALUE_WORDS and "annual" not in found:
            found["annual"] = c
        elif text == "单位" and "annual" in found:
            found.setdefault("unit", c)
    return found
