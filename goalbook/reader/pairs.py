"""A detail block laid out as label / amount PAIRS side by side on a row: a header row of pairs
(明细 │ 金额 │ 明细 │ 金额, 资金用途 │ 万元 │ 资金用途 │ 万元) with the pairs below it, or a block
title (资金明细（万元）) left of rows of pairs (采样 │ 120 │ 测试 │ 905), or of one pair a row
down the sheet (设备购置 │ 240, 抽检监测 │ 120 on the rows below), or alone on the row above
them. Each pair is one budget line; the pair whose label is a total word (合计) gives the
block's total.

Only looked for where the budget-lines reader finds no block with a name and an amount column,
or where the header it found repeats its pair of columns: never on goalbook's own templates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from goalbook.model import BudgetLine, Cell, CellRef
from goalbook.reader.fieldlabels import clean, money_unit_of
from goalbook.reader.grid import Sheet
from goalbook.vocabulary import LINE_BLOCK_TITLES, MONEY_PARTS, MONEY_UNITS, TOTAL_WORDS

Pair = tuple[int, int]  # the label and the amount column of one pair
# an amount as typed or pasted, however garbled: digits, separators and a money unit only
# (120, 1205.337 6, 120万120万, ¥3,500元), with a note in brackets after it (96万(含拆除)),
# never a label (1、采样 names a line)
_AMOUNT = re.compile(r"^[¥￥\s\d,.万元-]*\d[¥￥\s\d,.万元-]*(?:[（(][^（()）]{0,30}[)）])?$")
AMOUNT_HEADS = frozenset(("金额", "数额", "预算数", "资金数", "预算金额", *MONEY_UNITS))
_NAME_HEADS = ("明细", "用途", "支出内容", "支出项目", "项目内容", "名称")
# a label naming the money of the head (年度资金总额, 其中：财政拨款): its row is no detail line
_MONEY_WORDS = ("资金总额", "其中", *MONEY_PARTS)


@dataclass(frozen=True)
class Pairs:
    lines: tuple[BudgetLine, ...]
    total: Cell | None
    rows: frozenset[int]
    unit: str | None


def is_amount_text(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and _AMOUNT.match(value.strip()) is not None


def _is_label(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip()) and not is_amount_text(value)


def _names_money(value: object) -> bool:
    return isinstance(value, str) and any(w in value for w in _MONEY_WORDS)


def _is_name_head(text: str) -> bool:
    return any(w in text for w in _NAME_HEADS) and len(text) <= 12


def _pairs_of(
    cells: Sequence[tuple[int, object]], head: bool, least: int = 2, sources: bool = False
) -> list[Pair] | None:
    """The pairs of a row's cells, left to right: (name head, amount head) for a header row,
    (label, amount) for a row of lines (with ``sources``, of a 资金来源 block: labels naming
    money, 市级财政资金, are its lines); None unless every cell is in a pair and there are at
    least ``least`` pairs."""
    if len(cells) % 2:
        return None
    pairs: list[Pair] = []
    for (c1, v1), (c2, v2) in zip(cells[::2], cells[1::2], strict=True):
        if head:
            if not (type(v1) is str and type(v2) is str and _is_name_head(clean(v1))):
                return None
            if clean(v2) not in AMOUNT_HEADS:
                return None
        elif not (_is_label(v1) and is_amount_text(v2)) or (_names_money(v1) and not sources):
            return None
        pairs.append((c1, c2))
    return pairs if len(pairs) >= least else None


def _is_title(value: object) -> bool:
    """A block title left of its pairs: 资金明细, 资金用途, or 资金来源 over its sources
    (资金来源（万元） │ 省级财政补助 │ 400 │ 市级财政资金 │ 250, then 合计 │ 680)."""
    return type(value) is str and any(w in value for w in (*LINE_BLOCK_TITLES, *_TITLES))


_TITLES = ("资金用途", "资金来源")


def pair_block(sheet: Sheet, r: int, stops: set[int]) -> Pairs | None:
    """The pair block whose header row, or first row of pairs after a block title, is row r."""
    cells = sheet.row_cells(r)
    if len(cells) == 1 and _is_title(cells[0][1]) and r + 1 < sheet.nrows and r + 1 not in stops:
        # a title alone on its row (项目支出明细（万元）, merged across) over one pair a row
        below = sheet.row_cells(r + 1)
        pairs = _pairs_of(below, head=False, least=1) if len(below) == 2 else None
        unit = money_unit_of(str(cells[0][1]))
        return None if pairs is None else _read(sheet, r, r + 1, pairs, stops, unit)
    if len(cells) < 3:
        return None
    title = cells[0] if len(cells) % 2 else None
    sources = "资金来源" in str(cells[0][1])  # its lines are sources (市级财政资金)
    rest = cells[1:] if title is not None else cells
    pairs = _pairs_of(rest, head=True)
    first = r + 1
    if pairs is None:
        if not _is_title(cells[0][1]):
            return None
        # under a block title, one pair a row is a block too (资金明细 │ 设备购置 │ 120, the
        # next lines below it with the title merged down or left empty)
        pairs = _pairs_of(cells[1:], head=False, least=1, sources=sources)
        if pairs is None and len(cells) >= 4:
            # 资金测算明细 │ 路面改造 │ 845 │ 按施工图预算 (│ 测算依据 │ 按询价): one pair a row,
            # its basis or notes after it
            pairs = _pairs_of(cells[1:3], head=False, least=1)
        first = r
    if pairs is None:
        return None
    unit = next((u for _c, v in cells if type(v) is str and (u := money_unit_of(v))), None)
    found = _read(sheet, r, first, pairs, stops, unit, sources)
    lines = found.lines if found is not None else ()
    if sources and all(map(_head_money, lines)) and any("总额" in _name(ln) for ln in lines):
        return None  # 资金来源（万元） │ 年度资金总额 │ 80 │ 其中：财政拨款 │ 60: the head's money
    if sources and _wholes_over_sources([_name(line) for line in lines]):
        return None  # … │ 年度资金总额 │ 600 / 其中：中央补助 │ 300 …: a whole over its sources
    return found


def _wholes_over_sources(names: list[str]) -> bool:
    """The first lines name wholes (中期资金总额, 年度资金总额) and the next opens with 其中."""
    first = next((n for n, name in enumerate(names) if name.startswith("其中")), 0)
    return first > 0 and all("总额" in name for name in names[:first])


# the head's money fields (年度资金总额, 其中：财政拨款, 其他资金): no budget lines
_HEAD_MONEY = re.compile(
    r"^(?:其中[：:]?)?(?:年度|中期|实施期|本年)?(?:资金总额|"
    + "|".join(MONEY_PARTS)  # (and its sources: 中央补助 │ 750 │ 地方资金 │ 100)
    + ")$"
)


def _head_money(line: BudgetLine) -> bool:
    return _HEAD_MONEY.match(_name(line)) is not None


def _name(line: BudgetLine) -> str:
    return line.name.text.strip() if line.name is not None else ""


def _read(
    sheet: Sheet,
    r: int,
    first: int,
    pairs: list[Pair],
    stops: set[int],
    unit: str | None,
    sources: bool = False,
) -> Pairs | None:
    lines: list[BudgetLine] = []
    total: Cell | None = None
    rows = {r}
    left = pairs[0][0]
    for r2 in range(first, min(sheet.nrows, first + 30)):
        if r2 in stops or total is not None:
            break
        if r2 > r and _section_left(sheet, r2, left):
            total = total or _left_total(sheet, r2, left)  # (明细合计 │ 64 under the title)
            break  # a new section label left of the block ends it
        got = [
            (sheet.cell(r2, lc, spread=False), sheet.cell(r2, ac, spread=False)) for lc, ac in pairs
        ]
        if not any(a is not None and is_amount_text(a.value) for _n, a in got):
            break
        if any(
            n is not None and (not _is_label(n.value) or (_names_money(n.value) and not sources))
            for n, _a in got
        ):
            break  # a row of numbers or of the head's money fields, not of pairs
        rows.add(r2)
        sub = _subtotal_at(got)
        at = next((i for i, (n, _a) in enumerate(got) if _is_total(n) and i != sub), None)
        for i, (name, amount) in enumerate(got):
            if i == sub:
                continue
            if i == at:
                # its amount, or one to its right without a name (合计 under the first pair,
                # its amount under the last: one total for the block)
                later = (a for n, a in got[i:] if n is None or n is name)
                total = next((a for a in later if a is not None and is_amount_text(a.value)), None)
                total = total or Cell(CellRef(sheet.name, r2 + 1, pairs[i][1] + 1), None, "")
            elif (at is None or i < at) and (name is not None or amount is not None):
                lines.append(BudgetLine(name, amount))
    if len(lines) < 2:
        return None
    return Pairs(tuple(lines), total, frozenset(rows), unit)


def _subtotal_at(got: list[tuple[Cell | None, Cell | None]]) -> int | None:
    """The pair of a 小计 with lines after it on its row (小计 │ 56 │ 宣传培训 │ 8): the sum of
    the lines before it, neither a line nor the block's total."""
    for i, (name, _a) in enumerate(got):
        if name is not None and name.text.replace(" ", "").endswith("小计"):
            later = [n for n, _a in got[i + 1 :] if n is not None]
            return i if later and not any(map(_is_total, later)) else None
    return None


def _left_total(sheet: Sheet, r: int, left: int) -> Cell | None:
    """A total word left of the block's first pair with its amount right after it (明细合计 │ 64
    in the title's column): the block's total."""
    for c in range(left):
        name, amount = sheet.cell(r, c, spread=False), sheet.cell(r, c + 1, spread=False)
        if _is_total(name) and amount is not None and is_amount_text(amount.value):
            return amount
    return None


def _is_total(name: Cell | None) -> bool:
    return name is not None and name.text.replace(" ", "") in TOTAL_WORDS


def _section_left(sheet: Sheet, r: int, left: int) -> bool:
    """A label left of the block's first pair in row r (a merged title's own cells are not)."""
    for c in range(left):
        cell = sheet.cell(r, c, spread=False)
        if cell is not None and sheet.is_anchor_or_plain(r, c):
            return not _is_title(cell.value)
    return False
