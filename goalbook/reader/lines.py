"""The budget-lines / key-tasks block of a table: its header row and the lines below it."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from goalbook.layout import LINE_COLUMNS, Column, money_keys
from goalbook.model import BudgetLine, Cell, CellRef, LinePart, ReadNote, Subtotal
from goalbook.reader.acrosslines import lines_across
from goalbook.reader.celllines import lines_in_cell
from goalbook.reader.fieldlabels import clean
from goalbook.reader.grid import Sheet
from goalbook.reader.lineunits import block_scale, scaled_number, unit_of_block
from goalbook.reader.pairs import Pairs, pair_block
from goalbook.reader.pricedlines import QUANTITY, priced_basis, priced_columns
from goalbook.reader.yearheads import QUALIFIER
from goalbook.vocabulary import (
    DETAIL_ENDINGS,
    LINE_BLOCK_TITLES,
    MONEY_UNITS,
    TABLE_END_WORDS,
    TOTAL_WORDS,
)


@functools.lru_cache(maxsize=8)
def _line_columns(kind: str) -> dict[str, Column]:
    out: dict[str, Column] = {}
    for cols in (LINE_COLUMNS[kind], *LINE_COLUMNS.values()):
        for col in cols:
            for spelling in (col.zh, col.en, *col.aliases):
                out.setdefault(clean(spelling), col)
    return out


def line_spellings(key: str) -> frozenset[str]:
    """The cleaned Chinese spellings and aliases of the budget-lines column ``key`` (name,
    amount) of every kind: the words that head such a column wherever a block is met."""
    return frozenset(
        clean(s)
        for cols in LINE_COLUMNS.values()
        for col in cols
        if col.key == key
        for s in (col.zh, *col.aliases)
    )


# the money columns of every kind's budget lines: each is a BudgetLine field, read as an amount
_LINE_MONEY = tuple(dict.fromkeys(k for cols in LINE_COLUMNS.values() for k in money_keys(cols)))
_NO_MONEY: dict[str, Cell | None] = dict.fromkeys(_LINE_MONEY)  # a layout without the column


@dataclass(frozen=True)
class Lines:
    lines: tuple[BudgetLine, ...]
    total: Cell | None
    rows: frozenset[tuple[str, int]]
    unit: str | None = None  # the block's own money unit (金额（元）, 单位：元), if it states one
    subtotals: tuple[Subtotal, ...] = ()  # groups' 小计, each below its group's lines
    parts: tuple[LinePart, ...] = ()  # 其中 lines, each under the line it is part of


def read_lines(sheets: Iterable[Sheet], kind: str, stop_rows: set[tuple[str, int]]) -> Lines:
    """The budget-lines / key-tasks block: a header row with a name and an amount or content
    (above, beside or below the indicator table, whose rows it never reads)."""
    known = _line_columns(kind)
    sheets = list(sheets)
    for sheet in sheets:
        stops = {r for name, r in stop_rows if name == sheet.name}
        for r in range(min(sheet.nrows, 400)):
            if r in stops:
                continue
            cols = _line_header(sheet, r, known)
            if cols.get("amount", len(sheet.rows[r])) < cols.get("name", 0):
                continue  # 收入项目 │ 金额 │ 支出项目 │ 金额: two lists side by side (moneygrid)
            if "name" in cols and ("amount" in cols or "basis" in cols):
                if "amount" in cols and (pairs := pair_block(sheet, r, stops)) is not None:
                    return _of_pairs(sheet, pairs)  # 明细项目 │ 金额 │ 明细项目 │ 金额
                unit = unit_of_block(sheet, r, cols)
                if (sub := _money_sub_header(sheet, r + 1, known)) is not None:
                    cols, r = cols | sub, r + 1  # 预算金额 over 总额 │ 财政拨款 │ 其他资金
                priced = {} if "basis" in cols else priced_columns(sheet, r, cols)
                found = _lines_below(sheet, r, cols | priced, stop_rows)
                return dataclasses.replace(found, unit=unit)
    for sheet in sheets:  # no header of a lines block: one of label / amount pairs, if any
        stops = {r for name, r in stop_rows if name == sheet.name}
        for r in range(min(sheet.nrows, 400)):
            if r not in stops and (pairs := pair_block(sheet, r, stops)) is not None:
                return _of_pairs(sheet, pairs)
    if (across := lines_across(sheets, stop_rows)) is not None:  # 资金明细 │ 师资费 │ … │ 合计
        return Lines(*across)
    if (prose := lines_in_cell(sheets, stop_rows)) is not None:  # 年度主要任务：1. …（420万元）
        return Lines(prose[0], prose[1], frozenset((prose[2],)))
    return Lines((), None, frozenset())


def _of_pairs(sheet: Sheet, pairs: Pairs) -> Lines:
    rows = frozenset((sheet.name, r) for r in pairs.rows)
    return Lines(pairs.lines, pairs.total, rows, pairs.unit)


def _money_sub_header(sheet: Sheet, r: int, known: dict[str, Column]) -> dict[str, int] | None:
    """Row r under a lines header when it splits the amount (总额 │ 财政拨款 │ 其他资金): those
    columns; None when it names anything else (a line)."""
    if r >= sheet.nrows:
        return None
    cols = _line_header(sheet, r, known)
    named = sum(1 for v in sheet.rows[r] if v not in ("", None))
    if len(cols) >= 2 and named == len(cols) and set(cols) <= set(_LINE_MONEY):
        return cols
    return None


# heads too generic to name a lines column anywhere (项目 heads a department's project list),
# but naming one right of a block title on the same row
_GENERIC_NAME_HEADS = frozenset(("项目", "内容", "事项", "名称", "用途", "明细"))


def _generic_name_head(text: str) -> bool:
    """项目, 内容 … or a short head ending in one (补助内容, 支出事项, 子项名称)."""
    return text in _GENERIC_NAME_HEADS or (
        len(text) <= 6 and text.endswith(("内容", "事项", "名称"))
    )


def _line_header(sheet: Sheet, r: int, known: dict[str, Column]) -> dict[str, int]:
    """Column key → column of a lines header row; of two name columns, a block title such as
    支出明细 left of the other names the block, not the column."""
    cols: dict[str, int] = {}
    names: list[int] = []
    titled = False  # a block title (资金明细（万元）) met on the row: a generic head names lines
    fallback: int | None = None
    for c, value in enumerate(sheet.rows[r]):
        if value == "" or value is None:
            continue
        text = clean(sheet.text(r, c, spread=False))
        col = known.get(text)
        if col is None:
            if titled and not names and _generic_name_head(text):
                names.append(c)  # 资金明细（万元） │ 项目 │ 金额: 项目 heads the lines' names
            if text.endswith(LINE_BLOCK_TITLES) and not titled:
                titled = True  # 项目资金明细 │ 金额（万元）: the title over the names
                fallback = c if _amount_head_right(sheet, r, c, known) else None
            continue
        if col.key == "name":
            if text in LINE_BLOCK_TITLES and titled is False:
                titled = True  # 支出明细（万元） │ 明细 │ 金额: the title first, its names next
                fallback = c
                continue
            names.append(c)
        cols.setdefault(col.key, c)
    if names and "name" not in cols:
        cols["name"] = names[0]
    elif titled and "name" not in cols and fallback is not None:
        cols["name"] = fallback  # the title alone names the lines' column (支出明细 │ 金额)
    return cols


def _amount_head_right(sheet: Sheet, r: int, c: int, known: dict[str, Column]) -> bool:
    """The next filled cell right of a block's title (past the cells the title is merged over)
    heads its amounts (项目资金明细 │ 金额（万元）), not a line's name (资金明细（万元） │ 舞台搭建
    │ 45, a block of pairs)."""
    row = sheet.rows[r]
    for right in range(c + 1, len(row)):
        if row[right] in ("", None):
            continue
        text = clean(sheet.text(r, right, spread=False))
        if text not in QUANTITY:  # (past a count's head: 设备购置明细（万元） │ 数量 │ 金额)
            col = known.get(text)
            return col is not None and col.key == "amount"
    return False


_ENUMERATION = re.compile(r"^(?:\d+|[（(]?[一二三四五六七八九十]+[)）、.]?|\d+[.、)）])$")


def _lines_below(
    sheet: Sheet, header: int, cols: dict[str, int], stop: set[tuple[str, int]]
) -> Lines:
    lines: list[BudgetLine] = []
    groups = _Groups()
    parts: list[LinePart] = []
    total: Cell | None = None
    used = {(sheet.name, header)}
    first_col = min(cols.values())
    # a column left of the block that the header names (项目名称 │ 支出内容 │ 金额) groups its
    # lines (the project's name merged down them): its cells are no new section
    head = sheet.rows[header]
    headed = {c for c in range(first_col) if head[c] not in ("", None, "序号", "编号")}
    money_cols = {key: cols[key] for key in _LINE_MONEY if key in cols}
    for r in range(header + 1, sheet.nrows):
        if (sheet.name, r) in stop:
            break
        row = sheet.rows[r]
        if row.count("") + row.count(None) == len(row):
            continue  # a blank row (a template's unused line): nothing left of it, no line
        left = _left_of(sheet, r, first_col, headed)
        if left is not None and not _total_word(left) and not _ENUMERATION.match(left):
            break  # a new section label left of the block ends it
        name = sheet.cell(r, cols["name"], spread=False)
        amounts = {key: sheet.cell(r, c, spread=False) for key, c in money_cols.items()}
        amount = amounts.get("amount")
        if name is None and amount is None:
            continue
        if amount is None and name is not None and name.text.startswith(TABLE_END_WORDS):
            break  # 填报人：…, 单位负责人：… under the block: the form's signature lines
        used.add((sheet.name, r))
        if (name is not None and "小计" in name.text) or (left is not None and "小计" in left):
            if name is None or "小计" not in name.text:  # 小计 left of the block's names
                text = left or "小计"
                name = Cell(CellRef(sheet.name, r + 1, first_col + 1), text, text)
            groups.subtotal(name, amount, len(lines))
            continue
        if (left is not None and _total_word(left)) or (
            name is not None and _total_word(name.text)
        ):
            # a formula total without a cached value still marks where the total is
            where = CellRef(sheet.name, r + 1, cols.get("amount", cols["name"]) + 1)
            if total is not None:
                break  # (a total atop the lines and another under them: the first holds)
            total = amount or Cell(where, None, "")
            if lines or groups.subtotals or groups.pending:
                break
            continue  # a budget system's 合计 atop the lines it adds up (合计 │ 96, then 42 …)
        if (
            name is not None
            and amount is not None
            and lines
            and name.text.lstrip().startswith("其中")
        ):
            parts.append(LinePart(name, amount, len(lines) - 1))  # part of the line above
            continue
        priced = "price" in cols  # 数量 │ 单价（万元） beside the amount (no 测算依据 then)
        basis = sheet.cell(r, cols["basis"], spread=False) if "basis" in cols else None
        if priced:
            basis = priced_basis(sheet, header, r, cols)
        lines.append(BudgetLine(name, **(_NO_MONEY | amounts), basis=basis, priced=priced))
    return Lines(
        tuple(lines), total, frozenset(used), subtotals=groups.closed(len(lines)),
        parts=tuple(parts),
    )  # fmt: skip


class _Groups:
    """The groups' 小计 among a block's lines (the 合计 below sums the lines). Each is checked
    against the lines above it when it closes a group; when the first 小计 comes before any
    line, each heads its group (一 │ 环卫保洁类小计 │ 1560) and is checked against the lines
    below it, up to the next 小计 or the 合计."""

    def __init__(self) -> None:
        self.subtotals: list[Subtotal] = []
        self.below = True  # each 小计 is below its group's lines (else none is checked)
        self.heads: bool | None = None  # each 小计 heads its group (decided at the first)
        self.pending: tuple[Cell, Cell | None, int] | None = None  # the one heading lines now

    def subtotal(self, name: Cell, amount: Cell | None, read: int) -> None:
        """A 小计 met after ``read`` lines."""
        first = self.subtotals[-1].end if self.subtotals else 0
        self.heads = self.heads if self.heads is not None else not read
        if self.heads:
            self._close(read)
            self.pending = (name, amount, read)
            return
        self.below = self.below and first < read  # (a 小计 heading its group: none checked)
        if amount is not None and self.below:
            self.subtotals.append(Subtotal(name, amount, first, read))

    def closed(self, read: int) -> tuple[Subtotal, ...]:
        """The 小计 checked, the block having ``read`` lines."""
        self._close(read)
        return tuple(self.subtotals) if self.below else ()

    def _close(self, end: int) -> None:
        p = self.pending
        if p is not None and p[1] is not None and p[2] < end:
            self.subtotals.append(Subtotal(p[0], p[1], p[2], end))
        self.pending = None


def _money_of(line: BudgetLine, scaled: Callable[[Cell | None], Cell | None]) -> dict[str, Any]:
    """The money cells of a line, each as ``scaled`` gives it (keyword arguments of replace)."""
    return {k: scaled(getattr(line, k)) for k in _LINE_MONEY}


def _left_of(sheet: Sheet, r: int, first_col: int, headed: set[int]) -> str | None:
    """The text left of the block in row r (a merged block's own cells and the columns the
    header names are not counted)."""
    for c in range(first_col):
        cell = sheet.cell(r, c, spread=False)
        if cell is None or not sheet.is_anchor_or_plain(r, c):
            continue
        text = cell.text.replace(" ", "")
        if c not in headed or _total_word(text):  # (合计 under 项目名称: the total row)
            return text
    return None


def _total_word(text: str) -> bool:
    """合计, 金额合计, 小计 …, also with a qualifier in brackets (金额合计（仅含项目支出）), or
    after the money it adds up (项目支出合计, 任务资金合计)."""
    word = QUALIFIER.sub("", text.replace(" ", ""))
    return word in TOTAL_WORDS or _MONEY_TOTAL.fullmatch(word) is not None


# the total of the block's money named by it (项目支出合计, 预算金额合计, 任务资金总计, 项目合计)
_MONEY_TOTAL = re.compile(
    r"(?:项目支出|支出|预算|预算金额|资金|任务资金|经费|明细|项目)(?:合计|总计)"
)


def in_unit(lines: Lines, unit: str | None) -> Lines:
    """``lines`` with the amounts of a block that states its own unit (元) given in the
    table's ``unit`` (万元): numbers are scaled, amounts written with a unit are left as they
    are (the rules read their unit)."""
    scale = block_scale(lines.unit, unit)
    if scale is None:
        return lines

    def scaled(cell: Cell | None) -> Cell | None:
        if cell is not None and isinstance(cell.value, str) and _BARE.match(cell.text):
            # a number typed as text (pasted): in the block's unit, which it leaves unwritten
            return cell._replace(
                value=cell.text + str(lines.unit), text=cell.text + str(lines.unit)
            )
        return scaled_number(cell, scale)

    out = tuple(dataclasses.replace(line, **_money_of(line, scaled)) for line in lines.lines)
    subtotals = tuple(
        sub._replace(amount=scaled(sub.amount) or sub.amount) for sub in lines.subtotals
    )
    parts = tuple(part._replace(amount=scaled(part.amount) or part.amount) for part in lines.parts)
    return dataclasses.replace(
        lines, lines=out, total=scaled(lines.total), subtotals=subtotals, parts=parts
    )


_OWN_UNIT = re.compile(r"^\d[\d,，]*(?:\.\d+)?\s*(万元|元)$")  # 450,000.00元 (its format's unit)


def unit_notes(lines: Lines, unit: str | None) -> list[ReadNote]:
    """B105 at a line whose amount carries a money unit (its own or its number format's) other
    than its block's (450000.00元 in a 预算金额（万元） column), where such lines are fewer than
    the others (many of them: the block's label is the one in doubt, and the rules weigh it)."""
    block = lines.unit or unit
    amounts = [line.amount for line in lines.lines if line.amount is not None]
    if block not in _UNITS or not amounts:
        return []
    odd = [a for a in amounts if (m := _OWN_UNIT.match(a.text)) is not None and m[1] != block]
    if not odd or len(odd) * 2 >= len(amounts):
        return []
    return [ReadNote("B105", a.at, {"units": "、".join(sorted(_UNITS))}) for a in odd]


_UNITS = frozenset(MONEY_UNITS)
_BARE = re.compile(r"^\d[\d,，]*(?:\.\d+)?$")  # a number alone, no unit written


# the header words of a budget-lines block: its name column's and its amount column's
_LINE_NAMES = line_spellings("name")
_LINE_AMOUNTS = line_spellings("amount")


_SERIAL = frozenset(("序号", "编号"))  # a numbering column left of a block's names


def money_table_head(sheet: Sheet, r: int, first: Cell) -> bool:
    """Row r is the header row of a money table below the indicators (资金用途明细（万元） │ 金额,
    序号 │ 支出内容 │ 金额（万元））: a line-name column's word first (after a 序号 column) and an
    amount column's word in the row."""
    name, row = clean(first.text), sheet.rows[r]
    if name in _SERIAL:
        name = next((clean(v) for v in row[first.at.col :] if type(v) is str and v.strip()), "")
    if name not in _LINE_NAMES and not name.endswith(DETAIL_ENDINGS):
        return False
    return any(type(v) is str and _amount_head(clean(v)) for v in row)


def _amount_head(text: str) -> bool:
    """An amount column's word (金额, 预算数), or a period's (中期金额, 年度金额（万元）)."""
    return text in _LINE_AMOUNTS or (text.endswith("金额") and len(text) <= 6)
