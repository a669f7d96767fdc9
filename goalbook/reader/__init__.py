"""Read a return back into :class:`GoalTable` s: goalbook's own templates and official layouts.

``read_tables`` gives every table of a workbook (stacked projects are one table each),
``read_table`` the first. Both raise :class:`UnreadableError` only for a file that cannot be
read at all; everything else they meet becomes a :class:`ReadNote` that the rules turn into
findings.
"""

from __future__ import annotations

from pathlib import Path

from goalbook.errors import NotAReturn, UnreadableError
from goalbook.frameworks import (
    Framework,
    builtin_ids,
    detect_framework,
    framework_of_table,
    list_frameworks,
    load_framework,
    named_by_note,
)
from goalbook.layout import (
    FIRST_DATA_ROW,
    HIDDEN_SHEETS,
    META_SHEET,
    TemplateStamp,
    sheet_names,
    year_of_title,
)
from goalbook.model import (
    Cell,
    CellRef,
    GoalTable,
    Indicator,
    ReadNote,
    TableSpan,
)
from goalbook.reader.combined import holds_both, split_both, split_labelled
from goalbook.reader.datasheets import data_sheets, not_sheets, report_sheet
from goalbook.reader.duties import activity_lines
from goalbook.reader.fieldlabels import label_map
from goalbook.reader.fields import guess_kind, key_at, read_fields
from goalbook.reader.flagged import pair_flagged
from goalbook.reader.grid import Book, Sheet
from goalbook.reader.gridunit import grids_in_unit
from goalbook.reader.headers import (
    HEADER_ROWS,
    find_header,
    find_headers,
    header_at,
)
from goalbook.reader.indicators import read_indicators, tier_labels
from goalbook.reader.intake import Intake, Limits, inspect
from goalbook.reader.joined import PAIR
from goalbook.reader.labels import Vocabulary
from goalbook.reader.lines import Lines, in_unit, read_lines, unit_notes
from goalbook.reader.moneygrid import read_grids
from goalbook.reader.periodsheet import with_period_sheet
from goalbook.reader.records import head_columns
from goalbook.reader.regions import Part, split_tables
from goalbook.reader.sets import merge_sets
from goalbook.reader.sheettexts import typed_texts, unvalued_formulas
from goalbook.reader.summary import with_summary
from goalbook.reader.tablefields import table_fields
from goalbook.reader.tableheader import HEADER_COLS, TableHeader
from goalbook.reader.titles import find_title
from goalbook.reader.tworows import join_two_rows
from goalbook.reader.unitbeside import unit_beside
from goalbook.reader.yearblocks import budget_year_fields

__all__ = ["UnreadableError", "read_table", "read_tables"]


def _stamp(book: Book) -> TemplateStamp | None:
    """The stamp of goalbook's own templates (the hidden metadata sheet), else None."""
    if META_SHEET not in book.hidden:
        return None
    meta = book.sheet(META_SHEET)
    return TemplateStamp.from_rows((meta.text(r, 0), meta.text(r, 1)) for r in range(meta.nrows))


def read_tables(
    path: str | Path,
    framework: Framework | None = None,
    limits: Limits | None = None,
    skip_outputs: bool = False,
) -> tuple[GoalTable, ...]:
    """Every table of one workbook (stacked projects are one table each; a workbook without an
    indicator table gives one table, with the note S010); raises UnreadableError when it cannot
    be read at all, and with ``skip_outputs`` NotAReturn for goalbook's own output."""
    path = Path(path)
    intake = inspect(path, limits, outputs=skip_outputs)
    if intake.output:
        raise NotAReturn(str(path))
    hides = (lambda: intake.hidden_rows) if intake.hidden else None
    with Book(path, intake.styles, hides) as book:
        return _read_all(path, intake, book, framework)


def read_table(
    path: str | Path, framework: Framework | None = None, limits: Limits | None = None
) -> GoalTable:
    """Read one workbook's (first) table; raises UnreadableError when it cannot be read at all."""
    return read_tables(path, framework, limits)[0]


def _read_all(
    path: Path, intake: Intake, book: Book, framework: Framework | None
) -> tuple[GoalTable, ...]:
    """The tables in ``book``: each with its sheets (or region of a sheet), indicators, budget
    lines and header fields."""
    stamp = _stamp(book)
    report = report_sheet(path, book)
    data = data_sheets(book, stamp, report)
    tables: list[GoalTable] = []
    for part in split_tables(_find_headers(book, data, stamp, report), data):
        above = tables[-1] if tables else None
        tables.append(_read(path, intake, part, stamp, framework, len(tables), above))
    if stamp is None:  # 年度 and 中期 indicators on two sheets
        tables = with_period_sheet(tables)
    if len(tables) > 1 and stamp is None:  # a 项目汇总 sheet beside the projects' tables
        return with_summary(data, tables)
    return tuple(tables)


def _has_period(header: TableHeader | None, indicators: list[Indicator]) -> bool:
    """The layout has a column (or a flag) for the period's values."""
    cols = header.cols if header is not None else {}
    return header is not None and ("period" in cols or "flag" in cols or _named_both(indicators))


def _read(
    path: Path,
    intake: Intake,
    part: Part,
    stamp: TemplateStamp | None,
    framework: Framework | None,
    index: int,
    above: GoalTable | None,
) -> GoalTable:
    """One table: ``part`` gives its header and the sheets (regions) it is read from; a table
    stacked under one ``above`` without a title (or a year) of its own has the one's."""
    header, data = part.header, part.sheets
    notes = [ReadNote("S102", None)] if intake.has_macros and index == 0 else []
    indicators: list[Indicator] = []
    table_rows: set[tuple[str, int]] = set()
    framework_id = ""
    texts = typed_texts(data, stamp)
    if header is None:
        notes.append(_no_header(data))
    else:
        fw, own = _frameworks((header, *part.more), framework or _stamped_framework(stamp))
        # (a detected older framework whose note asks for 成本: 按产出、成本、效益…填写)
        framework_id = (fw if framework or stamp else named_by_note(fw, texts)).id
        # its right half (tier columns of its own), then the next sheets it goes on on
        for then in (header, *_halves(header), *part.more):
            found, row_notes, rows = _indicators(then, stamp, framework, fw, own)
            if any(then is more for more in part.more):  # a 续表: under the tier-1 left off
                found = _tier1_carried(indicators, found)
            indicators += found
            notes += row_notes
            table_rows |= rows
    title, year_cell = _title(data, part, stamp, above)
    kind = stamp.kind if stamp else guess_kind(title, _labels(data, part.start))
    lines = _lines(data, stamp, kind, header, table_rows)
    from_sheets = not_sheets(data, stamp, "lines", "indicators")
    header_fields = read_fields(from_sheets, kind, table_rows | set(lines.rows))
    notes += unvalued_formulas(intake, data, kind, lines.total, stamp is not None)
    money_unit = header_fields.money_unit or (stamp.money_unit if stamp else None)
    lines = in_unit(lines, money_unit)  # a block in 元 under a table in 万元
    fields = _fields(header_fields.fields, part, year_cell, kind if stamp is None else "")
    notes += [*header_fields.notes, *unit_notes(lines, money_unit)]  # (450000.00元 in a 万元 block)
    return GoalTable(
        path=str(path),
        kind=kind,
        layout="goalbook" if stamp else "foreign",
        stamp=stamp,
        framework=framework_id,
        title=title,
        fields=fields,
        money_unit=money_unit,
        lines=lines.lines,
        lines_total=lines.total,
        lines_subtotals=lines.subtotals,
        lines_parts=lines.parts,
        lines_total_derived=stamp is not None,
        indicators=tuple(indicators),
        has_period=_has_period(header, indicators),
        later_years=len(header.later) if header is not None else 0,
        texts=texts,
        grids=() if stamp else grids_in_unit(read_grids(data, table_rows, lines.rows), money_unit),
        notes=tuple(notes),
        index=index,
        span=_span(header, part.project),
        percent=frozenset(CellRef(s.name, r + 1, c + 1) for s in data for r, c in s.percent),
    )


def _fields(
    read: dict[str, Cell], part: Part, year_cell: Cell | None, kind: str
) -> dict[str, Cell]:
    """The table's fields (:func:`table_fields`); of another office's table also those its
    indicator header names in its first columns, and of its department table the budget year's
    and last year's money as a block with one column per year gives them."""
    fields = table_fields(read, part, year_cell)
    if kind and part.header is not None:  # an export's 项目名称 │ 资金总额 … columns
        fields = _head_columns(part.header, kind) | fields
    if kind != "department" or year_cell is None:
        return fields
    return fields | budget_year_fields(fields, year_of_title(year_cell.text))


def _head_columns(header: TableHeader, kind: str) -> dict[str, Cell]:
    first = min(c for k, c in header.cols.items() if k in ("tier1", "tier2", "name"))
    at = key_at(header.sheet, label_map(kind), kind)
    return head_columns(header.sheet, header.row, first, at)


def _title(
    data: list[Sheet], part: Part, stamp: TemplateStamp | None, above: GoalTable | None
) -> tuple[Cell | None, Cell | None]:
    """A table's title and the cell of its year; a table stacked under another without a title
    of its own, or one without a year (二、柘溪县…项目 under the workbook's title), has the
    title (or the year) of the one ``above``. The title on the table's own sheet comes before
    one on another sheet (a cover, 封面)."""
    own = part.header.sheet.name if part.header is not None else None  # the table's own title
    ordered = sorted(data, key=lambda sheet: sheet.name != own)  # before a cover sheet's
    # (ours: stamped; a list's title only for a table without one above it to take the title of)
    title, year_cell = find_title(ordered, part.start, deep=stamp is None, lists=above is None)
    if title is None and above is not None:
        return above.title, above.fields.get("title_year")
    if year_cell is None and above is not None:
        return title, above.fields.get("title_year")
    return title, year_cell


def _tier1_carried(before: list[Indicator], found: list[Indicator]) -> list[Indicator]:
    """The first rows of a sheet a table goes on to, left without their tier-1 (the 效益指标
    block of the sheet before going on), under the tier-1 the sheet before left off with."""
    last = next((i.tier1 for i in reversed(before) if i.tier1 is not None), None)
    if last is None:
        return found
    out = list(found)
    for n, ind in enumerate(out):
        if ind.tier1 is not None:
            break
        out[n] = ind._replace(tier1=last)
    return out


def _halves(header: TableHeader) -> tuple[TableHeader, ...]:
    """The right half of a table laid out in two (一级指标 │ … │ 指标值 │ 一级指标 │ … │ 指标值)."""
    if not header.right:
        return ()
    cols = dict(header.right)
    return (TableHeader(header.sheet, header.row, cols, min(cols.values())),)


def _lines(
    data: list[Sheet],
    stamp: TemplateStamp | None,
    kind: str,
    header: TableHeader | None,
    table_rows: set[tuple[str, int]],
) -> Lines:
    """The budget lines: a lines block's (never the table's rows), else the activities of a
    table built on duties and activities (部门职责 │ 工作活动 │ … │ 活动金额 │ 绩效指标)."""
    lines = read_lines(not_sheets(data, stamp, "info", "indicators"), kind, table_rows)
    if not lines.lines and header is not None:
        return activity_lines(header, table_rows) or lines
    return lines


def _span(header: TableHeader | None, project: Cell | None) -> TableSpan | None:
    """Where a table lies: its sheet and the first and last filled rows of its region (of one
    project of an export, from the project's first row)."""
    if header is None:
        return None
    first, last = header.sheet.filled_span() or (header.row, header.row)
    if project is not None:
        first = project.at.row - 1
    return TableSpan(header.sheet.name, first + 1, last + 1)


def _no_header(data: list[Sheet]) -> ReadNote:
    """No indicator header was recognised: S010 (an error) when no sheet shows a tier label
    either; S013 (a warning, said once) when one does (产出指标 …): a table is there that the
    reader cannot place, which it says instead of being sure there is none."""
    frameworks = list_frameworks()
    for sheet in data:
        for row in sheet.rows[:HEADER_ROWS]:
            for value in row[:HEADER_COLS]:
                if type(value) is not str or not 2 <= len(text := value.strip()) <= 30:
                    continue
                if (pair := PAIR.match(text)) is not None:
                    text = pair[1]  # 产出指标-数量指标: its tier-1
                if any(fw.find_tier1(text) is not None for fw in frameworks):
                    return ReadNote("S013", None, {"label": text})
    return ReadNote("S010", None)


def _find_headers(
    book: Book, data: list[Sheet], stamp: TemplateStamp | None, report: str = ""
) -> list[TableHeader]:
    """The indicator headers: of a template the one on its own indicator sheet, else every
    header row of the data sheets; of other layouts those of their hidden sheets when no
    visible sheet has one."""
    if stamp is not None:
        own = sheet_names(stamp.kind, stamp.lang).indicators
        mine = [s for s in data if s.name == own]
        # the header where the template writes it; else (rows inserted above) the best one
        header = header_at(mine[0], FIRST_DATA_ROW - 2) if mine else None
        header = header or find_header(mine or data)
        return [header] if header is not None else []
    found = find_headers(data)
    if not found:
        hidden = [n for n, h in book.hidden.items() if h and n not in HIDDEN_SHEETS | {report}]
        found = find_headers(book.sheets(hidden))
    return [unit_beside(header) or header for header in found]  # (2 000 │ 人 under 预期目标)


def _frameworks(
    headers: tuple[TableHeader, ...], known: Framework | None
) -> tuple[Framework, Framework | None]:
    """The table's framework (given, stamped, else detected from its tier columns, on every
    sheet it goes on on: a 续表 may hold the tier-1s that tell) and its own tiers, when they are
    mostly no known framework's (to read them as tier labels)."""
    if known is not None:
        return known, None
    tier1: list[str] = []
    tier2: list[str] = []
    for header in headers:
        one, two = tier_labels(header)
        tier1 += one
        tier2 += two
    return detect_framework(tier1, tier2), framework_of_table(tier1, tier2)


def _indicators(
    header: TableHeader,
    stamp: TemplateStamp | None,
    asked: Framework | None,
    fw: Framework,
    own: Framework | None = None,
) -> tuple[list[Indicator], list[ReadNote], set[tuple[str, int]]]:
    """The indicators under ``header`` (own templates by position), with a second column set
    for the year joined in; also the (sheet, row) of the table's rows. Tier labels are those of
    the usual frameworks, the table's own (a secondary framework's, or those of a framework
    goalbook does not ship: ``own``) and the one asked for."""
    shared = tuple(f for f in list_frameworks() if not f.secondary)
    extra = tuple(f for f in (fw if fw.secondary else None, own, asked) if f is not None)
    vocab = Vocabulary(shared + extra, own or fw)
    found, notes, rows = read_indicators(header, vocab, positional=stamp is not None)
    found, notes = join_two_rows(found, notes)  # a name on one row, its value on the next
    if "flag" in header.cols:  # 年度/中期 beside one value column: each indicator on two rows
        found, notes = pair_flagged(found, header.sheet, header.cols["flag"], notes)
    both = header.cols.get("period", header.cols.get("annual"))
    if both is not None and holds_both(header.sheet, header.row, both):
        found = split_both(found)  # 指标值（中期/年度） │ ≥120个/≥40个
    elif both is not None:
        found = split_labelled(found)  # 指标值 │ 中期：≥120公里；年度：≥40公里
    second = header.annual_view()
    if second is not None:
        yearly, more_notes, _ = read_indicators(second, vocab, positional=False)
        # (the year's set ends where the table does: a signature line below it, 填报人：… │ … │
        # 填报日期 │ 2025-11-18, has cells under the set's columns but is no indicator)
        last = max(rows, default=header.row) + 1
        yearly = [i for i in yearly if i.row <= last]
        found = merge_sets(found, yearly)
        notes += [n for n in more_notes if n.at is None or n.at.row <= last]
    return found, notes, {(header.sheet.name, r) for r in rows}


def _named_both(indicators: list[Indicator]) -> bool:
    """Whether the value cells name both targets (中期：≥600公里；年度：≥200公里), mostly."""
    both = sum(1 for i in indicators if i.period and i.annual and i.period.at == i.annual.at)
    return both * 2 > len(indicators)


def _stamped_framework(stamp: TemplateStamp | None) -> Framework | None:
    if stamp is None or stamp.framework not in builtin_ids():
        return None
    return load_framework(stamp.framework)


def _labels(sheets: list[Sheet], start: int = 0) -> set[str]:
    out: set[str] = set()
    for s in sheets:
        for r, c, value in s.filled:
            if r < start + 60 and c < 12 and isinstance(value, str) and len(value.strip()) <= 12:
                out.add(value.strip().rstrip("：:"))
    return out
