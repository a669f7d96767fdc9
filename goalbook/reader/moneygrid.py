"""Money laid out as a grid, labels over amounts: an allocation table (县区 │ 分配金额 │ 其中：中央
│ 省级, a line per county and a 合计 row), a summary sheet listing a workbook's projects with
their amounts, a head block's sources over one row of amounts (上级下达金额 │ 其中：中央 │ 省级 │
本级配套 │ 资金总额). The grid is read as it stands; the rules add it up (rules/grids.py).

A grid's header row names at least two money columns; the rows below it that hold amounts under
them are its lines, up to a blank row or a row without amounts; a line labelled 合计/总计 is the
total row. A header split over two rows (其中 over 中央 │ 省级) is read as one. Only other
layouts than goalbook's own are searched (a template's money sits in its fields and lines)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator

from goalbook.model import Cell, GridLine, MoneyGrid
from goalbook.reader.grid import Sheet
from goalbook.reader.lineunits import block_title_unit
from goalbook.spelling import text_amount
from goalbook.vocabulary import NAME_UNITS, TOTAL_WORDS

# a column of money: its label names an amount or a source of money
_MONEY = re.compile(
    r"金额|资金|投资|预算|拨款|补助|补贴|配套|自筹|结转|债券|中央|省级|市级|县级|区级|本级|上级|执行数"
    r"|合计|总额|总计|小计|融资|[（(](?:万|千)?元[)）]"  # 小学（万元）: money by its unit
)
# not an amount: a share, a rate, a count (in its unit: 补贴企业数（家）), a standard per thing
# (补贴标准（元/家）), a basis or a note
_NOT_MONEY = re.compile(
    r"占比|比例|比重|%|％|率|依据|说明|备注|数量|人数|面积|名称|编码|代码|编号|日期"
    r"|[（(](?:个|人|户|家|人次|家次|户次|次|所|座|件|项|场|批次|套|台|辆|亩|公里)[)）]"
    r"|[（(][^（()）]*/[^（()）]*[)）]"
)
_PART = re.compile(r"^\s*其中\s*[：:]?")  # 其中：中央 (a part of the column before)
_BLANK_RUN = 1  # a blank row ends a grid


def read_grids(
    sheets: list[Sheet], table: set[tuple[str, int]], lines: Iterable[tuple[str, int]]
) -> tuple[MoneyGrid, ...]:
    """The money grids of ``sheets`` outside the indicator table (from the first to the last
    of its rows ``table`` on each sheet, the notes between them too) and the budget lines'
    rows ``lines``, as (sheet name, 0-based row) pairs."""
    spans: dict[str, tuple[int, int]] = {}
    for name, r in table:
        lo, hi = spans.get(name, (r, r))
        spans[name] = (min(lo, r), max(hi, r))
    skipped = {(name, r) for name, (lo, hi) in spans.items() for r in range(lo, hi + 1)}
    skipped |= set(lines)
    return tuple(g for sheet in sheets for g in _grids(sheet, skipped))


def _grids(sheet: Sheet, skipped: set[tuple[str, int]]) -> Iterator[MoneyGrid]:
    r = 0
    while r < sheet.nrows:
        if (sheet.name, r) in skipped:
            r += 1
            continue
        head = _head(sheet, r)
        if head is None:
            r += 1
            continue
        cols, labels, parts, first = head
        title = " │ ".join(v.strip() for _c, v in sheet.row_cells(r) if type(v) is str)
        if (unit := block_title_unit(sheet, r)) is not None:  # (分配表（单位：元） above it)
            title += f" │ （{unit}）"
        end = r + 1
        for own, named, split, lo in _lists(sheet, r, first, cols, labels, parts):  # or one
            grid, end = _body(sheet, first, own, named, split, skipped, lo)
            if grid is not None:
                yield dataclasses.replace(grid, title=title, row=r + 1)
        r = max(end, r + 1)


def _lists(
    sheet: Sheet,
    r: int,
    first: int,
    cols: list[int],
    labels: list[Cell],
    parts: list[int | None],
) -> list[tuple[list[int], list[Cell], list[int | None], int | None]]:
    """The grids a header row heads: one list per money column when each stands right of a
    label column of its own (收入项目 │ 金额 │ 支出项目 │ 金额, a cell or two apart; a head that
    names money over labels, 资金构成 │ 金额 │ 支出结构 │ 金额, is one too), with the column its
    labels start after; else one grid."""
    bounds = [-1, *cols[:-1]]
    own = [
        c
        for c, lo in zip(cols, bounds, strict=True)
        if any(
            (left := sheet.text(r, x)) and (not _is_money(left) or not _under(sheet, first, x))
            for x in range(lo + 1, c)
        )
        or sheet.anchors.get((r, c), (r, c)) != (r, c)  # its head spans its labels too
    ]
    if len(cols) < 2 or own != cols or any(p is not None for p in parts):
        return [(cols, labels, parts, None)]
    return [([c], [label], [None], lo) for c, label, lo in zip(cols, labels, bounds, strict=True)]


def _head(sheet: Sheet, r: int) -> tuple[list[int], list[Cell], list[int | None], int] | None:
    """Row r as a grid's header: its money columns, their labels, which column each is a part
    of, and the first row of amounts (r + 1, or r + 2 under a header on two rows)."""
    cells = [(c, v.strip()) for c, v in sheet.row_cells(r) if type(v) is str and v.strip()]
    money = [c for c, text in cells if _is_money(text) or _PART.match(text)]
    if not money or len(cells) < 2 or any(_amount(v) for _c, v in sheet.row_cells(r)):
        return None  # (其中 over the parts' labels in the row below counts as a money label)
    first = r + 1
    below = {c: v.strip() for c, v in sheet.row_cells(r + 1) if type(v) is str and v.strip()}
    numbers_below = any(_amount(v) for _c, v in sheet.row_cells(r + 1))
    texts = dict(cells)
    under: set[int] = set()  # columns under a 其中 that spans them (其中 over 中央 │ 省级)
    spans = any(_PART.match(text) for _c, text in cells)  # 其中 over the parts' labels below
    if spans and below and not numbers_below and any(_is_money(t) for t in below.values()):
        for c, text in below.items():
            if _is_money(text):
                if _PART.match(sheet.text(r, c)):
                    under.add(c)
                texts[c] = text
        first = r + 2
    for c, text in list(texts.items()):  # 收入预算（万元） merged over its labels and amounts
        if _is_money(text) and not _under(sheet, first, c) and (to := _spanned(sheet, r, c, first)):
            texts[to] = texts.pop(c)
    cols = sorted(
        c for c, text in texts.items() if _is_money(text) and _under(sheet, first, c)
    )  # (a block's title in the first column, 资金分配明细（万元）, has no amounts under it)
    if not cols:
        return None
    labels: list[Cell] = []
    for c in cols:
        at = r + 1 if first == r + 2 and c in below else r
        found = sheet.cell(at, c)
        if found is None:
            return None
        labels.append(found)
    parts: list[int | None] = []
    whole: int | None = None
    for i, (c, label) in enumerate(zip(cols, labels, strict=True)):
        starts = _PART.match(label.text) is not None or (
            c in under and (i == 0 or cols[i - 1] not in under)
        )
        if starts:
            whole = i - 1 if i > 0 else None
        elif whole is not None and not is_source(label.text):
            whole = None  # 其中 ends at a column that is no source (资金总额, 上年预算)
        parts.append(whole if (starts or whole is not None) else None)
    return cols, labels, parts, first


_SHARE = re.compile(r"^\s*(?:占比|比例|比重|占比（%）|占比\(%\)|所占比例)\s*$")


def _share_columns(
    sheet: Sheet, first: int, cols: list[int], parts: list[int | None]
) -> tuple[int, ...]:
    """The column right of each money column that heads its shares (金额 │ 占比), -1 where none:
    every column when none has one (the head is the row above the grid's first line, or two
    above under a header on two rows). Right of the last part of a whole (资金总额 │ 其中：财政
    拨款 │ 其他资金 │ 占比) the shares are the whole's."""
    found = []
    for c in cols:
        heads = [sheet.text(r, c + 1) for r in (first - 1, first - 2) if r >= 0]
        found.append(c + 1 if c + 1 not in cols and any(map(_SHARE.match, heads)) else -1)
    for i, whole in enumerate(parts):
        if found[i] >= 0 and whole is not None and found[whole] < 0:
            found[whole], found[i] = found[i], -1
    return tuple(found) if any(c >= 0 for c in found) else ()


def _under(sheet: Sheet, first: int, c: int) -> bool:
    """Amounts under column c in the first two rows of a grid's lines."""
    return any(_amount(_at(sheet, row, c)) for row in (first, first + 1))


def _spanned(sheet: Sheet, r: int, c: int, first: int) -> int | None:
    """The last column of the merged head at (r, c) with amounts under it (the head spans the
    labels and the amounts of a list: 收入预算（万元） over 一、财政拨款收入 │ 1160), if any."""
    span = [c2 for c2 in range(c + 1, c + 8) if sheet.anchors.get((r, c2)) == (r, c)]
    return next((c2 for c2 in reversed(span) if _under(sheet, first, c2)), None)


def _body(
    sheet: Sheet,
    first: int,
    cols: list[int],
    labels: list[Cell],
    parts: list[int | None],
    skipped: set[tuple[str, int]],
    lo: int | None = None,
) -> tuple[MoneyGrid | None, int]:
    """The lines under a grid's header, up to its total or a row without amounts (of a list
    beside another, up to a row without amounts in either: one may be shorter)."""
    lines: list[GridLine] = []
    total: GridLine | None = None
    subtotals = False
    r = first
    share_cols = _share_columns(sheet, first, cols, parts)
    while r < sheet.nrows and (sheet.name, r) not in skipped:
        amounts = tuple(_money_cell(sheet, r, c) for c in cols)
        shares = tuple(sheet.cell(r, c, spread=False) if c >= 0 else None for c in share_cols)
        label = _label(sheet, r, cols[0], -1 if lo is None else lo)
        paired = lo is not None
        if not any(a is not None for a in amounts):
            if paired and label is None and any(_amount(v) for _c, v in sheet.row_cells(r)):
                r += 1
                continue  # the list beside goes on
            break
        text = label.text.replace(" ", "") if label is not None else ""
        if "小计" in text:
            subtotals = True  # a group's line: no line of its own
        elif text in TOTAL_WORDS or (text.endswith(("合计", "总计")) and len(text) <= 8):
            total = GridLine(label, amounts, shares=shares)
            r += 1
            break
        parent = next((g for g in reversed(lines) if not g.part), None)
        part = parent is not None and (
            _PART.match(text) is not None
            or (lines[-1].part and _indent(label) > _indent(parent.label))
            or (lines[-1].part and _coded(sheet, parent.label) and not _coded(sheet, label))
        )
        lines.append(GridLine(label, amounts, part, shares))
        r += 1
    if not lines and total is None:
        return None, r
    lines = _spending_details(lines)
    if len(cols) == 1 and (
        (total is None and not all(g.shares and g.shares[0] is not None for g in lines))
        or len(lines) < 2
        or any(g.label is None for g in lines)
    ):
        return None, r  # one column of amounts: only named lines with a 合计 or their shares
    grid = MoneyGrid(sheet.name, tuple(labels), tuple(parts), tuple(lines), total, subtotals)
    return grid, r


def _spending_details(lines: list[GridLine]) -> list[GridLine]:
    """A department's money by kind (资金总额 │ 基本支出 │ 项目支出) with its projects listed under
    项目支出 to the grid's end (狱政设施维护, 罪犯医疗 …): those lines are its parts."""
    labels = [re.sub(r"\s", "", g.label.text) if g.label else "" for g in lines]
    if "基本支出" not in labels or "项目支出" not in labels:
        return lines
    i = labels.index("项目支出")
    rest = labels[i + 1 :]
    if (
        i < labels.index("基本支出")
        or len(rest) < 2
        or any(not label or _KINDS.search(label) for label in rest)
    ):
        return lines
    return [*lines[: i + 1], *(dataclasses.replace(g, part=True) for g in lines[i + 1 :])]


# the money of a kind, not one project: a source, a kind of spending, a total or last year's
_KINDS = re.compile(r"资金|拨款|收入|支出|经费|合计|总计|小计|结转|结余|上年|其中")


def _coded(sheet: Sheet, label: Cell | None) -> bool:
    """Cells left of a line's label hold its codes or its unit (417021 │ 栖梧县… │ 4311… │ 合作社
    冷链设施补助): a line of its own; the line after its 其中 part with none (冷藏车购置补助) is
    another part of it."""
    if label is None:
        return False
    return any(c < label.at.col - 1 for c, _v in sheet.row_cells(label.at.row - 1))


def _indent(label: Cell | None) -> int:
    """The spaces a label is typed after (\u3000\u3000公用经费, under 其中：人员经费: one more part
    of the line above, indented further than that line)."""
    value = label.value if label is not None else None
    return len(value) - len(value.lstrip(" \u3000")) if type(value) is str else 0


def _at(sheet: Sheet, r: int, c: int) -> object:
    row = sheet.rows[r] if r < sheet.nrows else []
    return row[c] if c < len(row) else None


def _label(sheet: Sheet, r: int, first_col: int, lo: int = -1) -> Cell | None:
    """A line's label: its last text cell left of the grid's first money column (and right of
    column ``lo``: the money column of the list beside it) that is not a unit (品类 │ 数量 │
    计量单位 │ 单价 │ 金额: 期刊, not 份)."""
    found = None
    for c, v in sheet.row_cells(r):
        if c >= first_col:
            break
        if c <= lo:
            continue
        if (
            type(v) is str
            and v.strip()
            and not _amount(v)
            and (found is None or v.strip() not in NAME_UNITS)
        ):  # (a count pasted as text beside the label, 清水村 │ '260' │ 38: no label)
            found = sheet.cell(r, c)
    return found


def _money_cell(sheet: Sheet, r: int, c: int) -> Cell | None:
    cell = sheet.cell(r, c, spread=False)
    return cell if cell is not None and _amount(cell.value) else None


def _amount(value: object) -> bool:
    """A number, or an amount typed as text (a note in brackets after it, its digits split by a
    space in a copy from a PDF, or pasted twice: rules/artefacts.py's X105 and X106), not a %."""
    if type(value) in (int, float):
        return True
    return type(value) is str and (read := text_amount(value)) is not None and read.unit != "%"


def _is_money(text: str) -> bool:
    return _MONEY.search(text) is not None and _NOT_MONEY.search(text) is None


def names_money(cell: Cell) -> bool:
    """A label of a money column (其中：中央, 其他资金, 上年结转): a text naming money, no digit."""
    text = cell.text
    return (
        type(cell.value) is str
        and (_is_money(text) or _PART.match(text) is not None)
        and not any(ch.isdigit() for ch in text)
    )


def amount_under(sheet: Sheet, r: int, c: int) -> Cell | None:
    """The amount under a money label at (r, c) when labels stand over their amounts
    (资金总额 │ 其中：中央 │ 省级 over 2160 │ 1296 │ 864), below the label's own merged block;
    None for a label spanning columns (其中：财政拨款 over 当年 │ 上年结转), or under such a
    one (its part: the amount is a part's, not the field's), or over a list of amounts (a line
    a project: none of them is the field's)."""
    if sheet.anchors.get((r, c + 1)) == (r, c):
        return None
    if r > 0 and _PART.match(sheet.text(r - 1, c)):
        return None
    below = r + 1
    while sheet.anchors.get((below, c)) == (r, c):
        below += 1
    cell = sheet.cell(below, c, spread=False) if below < sheet.nrows else None
    if cell is None or not _amount(cell.value) or _amount(_at(sheet, below + 1, c)):
        return None  # (amounts on several lines: a list, none of them the field's)
    return cell


# a source of money, as a part of a whole (其中：中央 │ 省级 │ 市县配套)
_SOURCE = re.compile(
    r"中央|省|市|县|区|本级|上级|配套|自筹|财政|拨款|补助|其他|结转|债券|社会|地方|专项|单位"
)


def is_source(text: str) -> bool:
    """A column label that names a source of money (中央补助, 省级资金, 市县配套), no total."""
    if "上年" in text and "结转" not in text:
        return False  # 上年预算, 上年执行数: no part of this year's money (上年结转 is)
    return _SOURCE.search(text) is not None and not any(
        w in text for w in ("总额", "合计", "总计", "执行", "年度", "中期")
    )
