"""Head blocks: the rows that say whose table follows (项目名称, 实施单位, 部门（单位）名称, a
county's 地区, a sub-project's name, or the form title above them), as the region finder and the
project splitter of ``regions`` see them."""

from __future__ import annotations

import re

from goalbook.layout import FIELDS
from goalbook.model import Cell, CellRef
from goalbook.reader.fieldlabels import PROJECT_CODE_HEADS, PROJECT_NAME_HEADS, clean, is_label
from goalbook.reader.grid import Sheet
from goalbook.reader.rows import PROJECT_LINE
from goalbook.reader.subproject import names_sub_project
from goalbook.vocabulary import TABLE_END_WORDS

# the fields that name whose table it is: a head block starts with one of them (or a title),
# or with the code that opens each project of a budget system's export (项目代码 │ 3311…)
_IDENTITY = (
    frozenset(
        clean(spelling)
        for fields in FIELDS.values()
        for f in fields
        if f.key in ("project", "unit")
        for spelling in (f.zh, *f.aliases)
    )
    | PROJECT_CODE_HEADS
)
# the labels that name a county's block of a 区域绩效目标表 split by county (地区 │ 青溪区): a
# block under such a row is the county's own table, not more rows of the one above
_AREA = frozenset(clean(s) for s in ("地区", "地区名称", "区县", "县区", "县（市、区）", "市县"))
_LABEL_END = re.compile("[：:]")
_HEAD_COLS = 12  # a head block's labels sit at the left of the sheet


def has_head(sheet: Sheet, above: int, below: int) -> bool:
    return head_start(sheet, above, below) < below


def head_start(sheet: Sheet, above: int, below: int) -> int:
    """The first row of a head block strictly between rows ``above`` and ``below`` (``below``
    when there is none): its identity row, or the form title just above it. A title alone is
    no head block: some offices copy the title and the header onto each printed page."""
    for r in range(above + 1, below):
        if kind_of_row(sheet, r) == "identity":
            for up in range(r - 1, max(above, r - 4), -1):
                if kind_of_row(sheet, up) == "title":
                    return up
            return r - 1 if r - 1 > above and _name_line(sheet, r - 1) else r
    return below


def _name_line(sheet: Sheet, r: int) -> bool:
    """Row r is a project's name alone, right above its head block (汀泽区老旧小区适老化改造, then
    项目名称 │ …): the head's first row, not the table above's last."""
    cells = sheet.row_cells(r)
    if len(cells) != 1 or type(text := cells[0][1]) is not str:
        return False
    text = text.strip()
    return 2 <= len(text) <= 30 and not re.search("[：:]", text) and not text.startswith(_NOTED)


_NOTED = ("注", "说明", "备注", "*", "※")


def kind_of_row(sheet: Sheet, r: int) -> str | None:
    """ "identity" for a row with an identity label (项目名称, 实施单位: alone or as
    "项目名称：…"), "title" for a form title; instructions and signature lines are neither."""
    found = None
    for c, value in sheet.row_cells(r):
        if c >= _HEAD_COLS or type(value) is not str:
            continue
        text = value.strip()
        if not text or text.startswith(TABLE_END_WORDS):
            continue
        label = clean(_LABEL_END.split(text, maxsplit=1)[0])
        if label in _IDENTITY or (label in _AREA and c < 2):
            return "identity"
        if names_sub_project(sheet, r, c):
            return "identity"
        if "绩效目标" in text and "表" in text and len(text) <= 60:
            found = "title"
    return found


def project_start(sheet: Sheet, r: int) -> tuple[Cell, bool] | None:
    """The project row r starts, and whether a head block follows it: 项目名称：X alone in the
    row, or 项目名称 │ X (a head block's first row); None otherwise."""
    cells = sheet.row_cells(r)
    if not cells or type(cells[0][1]) is not str:
        return None
    first = cells[0][1].strip()
    if len(cells) == 1 and (m := PROJECT_LINE.match(first)) is not None:
        name = m["name"].strip()
        return Cell(CellRef(sheet.name, r + 1, cells[0][0] + 1), name, name), False
    if len(cells) >= 2 and clean(first) in PROJECT_NAME_HEADS and type(cells[1][1]) is str:
        name_cell = sheet.cell(r, cells[1][0], spread=False)  # (a text: never empty)
        return (name_cell, True) if name_cell is not None else None
    return None


def head_end(sheet: Sheet, r: int) -> int:
    """The first row from r on that is no longer a head block's (a field label or a money label
    first in the row: 实施单位, 项目期, 项目资金（万元）, 其他资金, 年度绩效目标)."""
    while r < sheet.nrows:
        cells = sheet.row_cells(r)
        first = cells[0][1] if cells else None
        if cells and not (type(first) is str and _heads_a_field(first)):
            return r
        r += 1
    return r


def _heads_a_field(text: str) -> bool:
    return is_label(text) or any(w in clean(text) for w in ("资金", "预算", "金额"))
