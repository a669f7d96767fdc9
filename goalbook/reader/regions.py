"""Several tables in one workbook: stacked projects, each with its own head block and indicator
table, found by structure rather than by fixed rows.

An indicator header starts a new table when a head block lies between it and the header
before it on the same sheet: a row with an identity field (项目名称, 实施单位, 部门（单位）名称,
or 地区 at the left of a county's block of a regional table),
with the form title (…绩效目标…表) above it if there is one. A header repeated without one
(after a page break, even under a copied title) belongs to the table above. Each table is
then read from its region of the sheet: a view of the sheet in which the rows of the other
tables are empty, so that the row numbers stay those of the sheet.

A budget-system export may list several projects in one table, with the project's code and name
in every row (a project column left of the indicator columns): its rows are split by project,
each project its own table (the rows above the header, title and unit line, shared).
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from goalbook.model import Cell, CellValue
from goalbook.reader.fieldlabels import (
    PROJECT_CODE_HEADS,
    PROJECT_NAME_HEADS,
    clean,
    money_line,
)
from goalbook.reader.grid import Sheet
from goalbook.reader.headblock import has_head, head_end, head_start, kind_of_row, project_start
from goalbook.reader.subproject import sub_project
from goalbook.reader.tableend import ends_table, page_foot
from goalbook.reader.tableheader import TableHeader
from goalbook.vocabulary import TOTAL_WORDS

# a column of the indicator header that groups its rows by whose they are, as a project column
# does (学校名称 │ 一级指标 │ …: one school's indicators under the next's, each its own table)
_GROUP_NAME = frozenset(
    clean(s) for s in ("学校名称", "学校", "幼儿园名称", "单位名称", "子项目名称", "子项目")
)


@dataclass(frozen=True)
class Part:
    """One table of a workbook: its indicator header (None when there is none) and the sheets
    (or regions of a sheet) its header fields, money and texts are read from; ``start`` is the
    first row (0-based) of its region on the header's sheet."""

    header: TableHeader | None
    sheets: list[Sheet]
    start: int = 0
    project: Cell | None = None  # the project's name, from a project column
    more: tuple[TableHeader, ...] = ()  # the header repeated on the sheets the table goes on to


def split_tables(found: Sequence[TableHeader], data: list[Sheet]) -> list[Part]:
    """The tables of a workbook, given every header row found in it (``find_headers``): one
    part when there is at most one table, else one per table in sheet and row order."""
    if not found:
        return [Part(None, data)]
    # the first of the best, as find_header; a table of duties and activities (部门职责 │ 工作活动
    # │ … │ 绩效指标 │ 指标值) is a table of its own beside the three tiers' (its extra columns
    # name no more indicator columns)
    plain = [h for h in found if "duty" not in h.cols] or list(found)
    best = max(plain, key=lambda h: h.score)
    kept = [h for h in found if h.score >= best.score - 1 or "duty" in h.cols or _own(h, found)]
    groups, more = _continued(_groups(kept))
    if len(groups) == 1:
        header = _best(groups[0])
        if header.sheet.name not in {s.name for s in data}:
            data = [header.sheet, *data]  # the table sits on a hidden sheet: read it too
        if more[0]:
            return [Part(header, data, more=more[0])]
        return by_project(Part(header, data))
    by_sheet: dict[str, list[list[TableHeader]]] = {}
    for group in groups:
        by_sheet.setdefault(group[0].sheet.name, []).append(group)
    parts: list[Part] = []
    for sheet_groups in by_sheet.values():
        sheet = sheet_groups[0][0].sheet
        starts = [0] + [
            head_start(sheet, prev[-1].row, group[0].row)
            for prev, group in itertools.pairwise(sheet_groups)
        ]
        ends = [*starts[1:], sheet.nrows]
        for group, start, end in zip(sheet_groups, starts, ends, strict=True):
            view = region(sheet, start, end) if len(sheet_groups) > 1 else sheet
            header = dataclasses.replace(_best(group), sheet=view)
            then = more[groups.index(group)]
            named = sub_project(view, start) if start else None  # (a sub-project's name)
            parts.append(Part(header, [view, *(h.sheet for h in then)], start, named, then))
    # the sheets that hold no table (a head block on a sheet of its own) go with the first
    first = parts[0]
    view = first.sheets[0]
    going_on = {h.sheet.name for part in parts[1:] for h in part.more}
    rest = [
        view if s.name == view.name else s
        for s in data
        if s.name == view.name or (s.name not in by_sheet and s.name not in going_on)
    ]
    if view.name not in {s.name for s in data}:
        rest.insert(0, view)  # the tables sit on hidden sheets
    parts[0] = Part(first.header, rest, first.start, more=first.more)
    return [each for part in parts for each in (by_project(part) if not part.more else [part])]


def _own(h: TableHeader, found: Sequence[TableHeader]) -> bool:
    """A header of fewer columns than the best that heads a stacked project's table of its own
    (一级指标 │ 二级指标 │ 三级指标 │ 指标值 under the second project's head block, where the first
    had 比较符 and 计量单位 columns too): it names the tiers, the indicator and its value, and a
    head block lies between it and the header above it on its sheet."""
    cols = h.cols
    if not ("tier1" in cols and "name" in cols and ("annual" in cols or "period" in cols)):
        return False
    above = [g for g in found if g.sheet is h.sheet and g.row < h.row]
    return bool(above) and has_head(h.sheet, above[-1].row, h.row)


def _continued(
    groups: list[list[TableHeader]],
) -> tuple[list[list[TableHeader]], list[tuple[TableHeader, ...]]]:
    """The groups of tables, those that go on from the sheet before joined to it: a sheet whose
    first header repeats the header of the table on the sheet before (the same columns), with
    no head block of its own and either no title or one that says it continues (…（续）, 续表;
    or the sheet's name does). Also, per group kept, the headers of its continued parts."""
    kept: list[list[TableHeader]] = []
    more: list[list[TableHeader]] = []
    for group in groups:
        last = (more[-1] or kept[-1])[-1] if kept else None
        h = group[0]
        if (
            last is not None
            and len(group) == 1
            and h.sheet.name != last.sheet.name
            and set(h.cols) == set(_best(kept[-1]).cols)
            and _goes_on(h)
        ):
            more[-1].append(h)
            continue
        kept.append(group)
        more.append([])
    return kept, [tuple(m) for m in more]


def _goes_on(h: TableHeader) -> bool:
    """``h``'s sheet continues a table: nothing above its header names a project or unit, and
    no title stands there other than one that says it continues."""
    sheet = h.sheet
    said = "续" in sheet.name
    for r in range(h.row):
        kind = kind_of_row(sheet, r)
        if kind == "identity":
            return False
        row_text = "".join(v for _c, v in sheet.row_cells(r) if type(v) is str)
        if "续" in row_text:
            said = True
        elif kind == "title":
            return False
    return said or not any(sheet.row_cells(r) for r in range(h.row))


def by_project(part: Part) -> list[Part]:
    """``part`` split by its project column (项目编码, 项目名称, or a group such as 学校名称 left of
    the indicator names), one part per project in the order met; ``[part]`` when there is no
    such column or one project.
    A row without a project (a blank, a note under the table) goes with the project above; a
    row counts as a project's only when it has a name or a value (a footnote written across the
    project column is no project), and not when it repeats the header (after a page break) or
    comes after the table's end (a signature line and the rows below it)."""
    header = part.header
    if header is None:
        return [part]
    sheet, top = header.sheet, header.row
    name_col = header.cols.get("name", 0)
    names_of = PROJECT_NAME_HEADS | _GROUP_NAME
    keys = [
        (c, clean(v) in names_of)
        for c, v in sheet.row_cells(top)
        if c < name_col and type(v) is str and clean(v) in names_of | PROJECT_CODE_HEADS
    ]
    if not keys:
        return _by_project_lines(part)
    rows: dict[tuple[str, ...], list[int]] = {}
    names: dict[tuple[str, ...], Cell | None] = {}
    current: list[int] | None = None
    own = [c for k, c in header.cols.items() if k in ("name", "period", "annual")]
    ended = False
    for r in range(top + 1, sheet.nrows):
        key = tuple(sheet.text(r, c) for c, _ in keys)
        first = next((v.strip() for _c, v in sheet.row_cells(r) if type(v) is str), "")
        ended = ended or ends_table(first)
        again = all(clean(k) in names_of | PROJECT_CODE_HEADS for k in key)  # the header again
        summed = any(clean(k) in TOTAL_WORDS for k in key)  # (合计 │ … │ 指标数：7: no project)
        if (
            not ended
            and not again
            and not summed
            and any(key)
            and any(sheet.text(r, c, spread=False) for c in own)
            and not page_foot(
                texts := [sheet.text(r, c, spread=False) for c, _v in sheet.row_cells(r)]
            )
            and not money_line(texts)  # 项目资金 │ 某项目 │ 资金总额 │ 65: the project's money
        ):  # (a page's foot under the table, 打印时间：… │ 第1页 共1页, is no project's row)
            current = rows.setdefault(key, [])
            if key not in names:
                names[key] = next((sheet.cell(r, c) for c, is_name in keys if is_name), None)
        if current is not None:
            current.append(r)
    if len(rows) < 2:
        return [part]
    parts: list[Part] = []
    for key, kept in rows.items():
        view = _rows_view(sheet, set(range(top + 1)) | set(kept))
        sheets = _in_place(part.sheets, view) if not parts else [view]
        parts.append(Part(dataclasses.replace(header, sheet=view), sheets, part.start, names[key]))
    return parts


def _by_project_lines(part: Part) -> list[Part]:
    """``part`` split where a project starts under its one header: a line that names it
    (项目名称：X) or a head block of its own (项目名称 │ X, 实施单位 │ …, 项目资金 │ …, 年度绩效目标
    │ …) between the rows of the projects; one part a project, the first being the header's own
    when indicators come before the first start. A head block's rows are fields of its project,
    never indicators. ``[part]`` when no project starts under the header."""
    header = part.header
    assert header is not None
    sheet, top = header.sheet, header.row
    starts: list[tuple[int, int, Cell]] = []  # (first row, first row of indicators, name)
    before = False  # rows of indicators before the first start: the header's own project
    r = top + 1
    left = header.left
    while r < sheet.nrows:
        row = sheet.rows[r]
        first = row[left] if left < len(row) else None  # a project's label stands at the left
        # (a cheap test first: most rows are indicators, whose first cell says no 项目)
        found = project_start(sheet, r) if type(first) is str and "项目" in first else None
        if found is not None:
            end = head_end(sheet, r + 1) if found[1] else r + 1
            starts.append((r, end, found[0]))
            r = end
            continue
        before = before or (not starts and first is not None and first != "")
        r += 1
    if len(starts) + before < 2:
        return [part]
    bounds = [r for r, _end, _name in starts] + [sheet.nrows]
    parts: list[Part] = []
    if before:
        view = _rows_view(sheet, set(range(bounds[0])))
        parts.append(
            Part(dataclasses.replace(header, sheet=view), _in_place(part.sheets, view), part.start)
        )
    for (start, body, name), end in zip(starts, bounds[1:], strict=True):
        rows = set(range(top + 1)) if not parts else {top}  # a later one: not the first's head
        whole = _rows_view(sheet, rows | set(range(start, end)))
        table = _rows_view(sheet, rows | set(range(body, end)))
        sheets = _in_place(part.sheets, whole) if not parts else [whole]
        parts.append(Part(dataclasses.replace(header, sheet=table), sheets, part.start, name))
    return parts


def _in_place(sheets: list[Sheet], view: Sheet) -> list[Sheet]:
    """``sheets`` with ``view`` in place of the sheet it is a view of."""
    return [view if s.name == view.name else s for s in sheets]


def _rows_view(sheet: Sheet, kept: set[int]) -> Sheet:
    """``sheet`` with only the rows ``kept`` (0-based) filled; merged blocks that reach outside
    them are cut."""
    rows = [row if r in kept else [] for r, row in enumerate(sheet.rows)]
    anchors = {at: a for at, a in sheet.anchors.items() if at[0] in kept and a[0] in kept}
    return dataclasses.replace(sheet, rows=rows, anchors=anchors, merged_rows=set())


def _groups(headers: list[TableHeader]) -> list[list[TableHeader]]:
    """Headers in groups, one per table: a header joins the group above it on its sheet unless
    a head block lies between them."""
    groups: list[list[TableHeader]] = []
    for h in headers:
        last = groups[-1][-1] if groups else None
        if last is not None and last.sheet is h.sheet and not has_head(h.sheet, last.row, h.row):
            groups[-1].append(h)
        else:
            groups.append([h])
    return groups


def _best(group: list[TableHeader]) -> TableHeader:
    return max(group, key=lambda h: h.score)


def region(sheet: Sheet, start: int, end: int) -> Sheet:
    """The rows ``start`` to ``end`` (0-based, end excluded) of ``sheet``, the rows above them
    empty so that every cell keeps its address; merged blocks that reach outside are cut."""
    rows: list[list[CellValue]] = [[] for _ in range(start)]
    anchors = {
        at: anchor
        for at, anchor in sheet.anchors.items()
        if start <= at[0] < end and start <= anchor[0] < end
    }
    kept = [*rows, *sheet.rows[start:end]]  # (the rows it hides stay hidden)
    return dataclasses.replace(sheet, rows=kept, anchors=anchors, merged_rows=set())
