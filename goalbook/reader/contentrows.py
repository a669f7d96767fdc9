"""An official layout's indicator rows read by content: each row's cells judged (tier label,
value, name), tier cells carried down, rows that are no indicators skipped, a row realigned
when its content explains it better than the columns do."""

from __future__ import annotations

import re

from goalbook.model import Cell, Indicator, ReadNote, TargetKind
from goalbook.reader.grid import Sheet, number_value
from goalbook.reader.headwords import header_key
from goalbook.reader.indicator import (
    VALUE_KEYS,
    name_missing,
    new_indicator,
    with_later,
    with_upper,
)
from goalbook.reader.joined import (
    UNIT_SAID,
    second_header_line,
    split_name_value,
    split_pair,
)
from goalbook.reader.labels import Vocabulary
from goalbook.reader.lines import money_table_head
from goalbook.reader.roles import carry, roles
from goalbook.reader.rows import (
    RowKind,
    across,
    is_note,
    is_value,
    line_across,
    row_kind,
)
from goalbook.reader.subtotalscores import with_subtotal_scores
from goalbook.reader.tableheader import TableHeader
from goalbook.spelling import fold
from goalbook.targets import operator_word, parse_target
from goalbook.vocabulary import (
    DIRECTION_WORDS,
    NOT_APPLICABLE,
    QUALITATIVE,
)

_NUMBERED = re.compile(r"^\d{1,3}[.、．]?$")  # a row's number in a numbering column


def by_content(
    header: TableHeader, cols: dict[str, int], vocab: Vocabulary
) -> tuple[list[Indicator], list[ReadNote], set[int]]:
    """An official layout: each row's cells judged by content, tier cells carried down; rows
    that are not indicators (notes, repeated headers, totals) skipped, a signature line ends
    the table, template rows left empty noted."""
    sheet, left, right = header.sheet, header.left, max(cols.values())
    flat = "tier1" not in cols and "tier2" not in cols
    vkeys = [k for k in VALUE_KEYS if k in cols]
    out: list[Indicator] = []
    rows: set[int] = {header.row}
    state = _Rows(vocab, sheet.name)
    state.joined = cols.get("name") == cols.get("annual")
    first = min(left, *cols.values())  # the annual view keeps tier-1 left of its set
    known = set(cols.values())  # the columns the header names (a 序号 column is none of them)
    again = _head_words(sheet, header.row, left, right)

    def is_label(text: str) -> bool:
        return vocab.is_tier1(text) or vocab.is_tier2(text)

    for r in range(header.row + 1, sheet.nrows):
        if _blank(sheet, r, left, right):
            continue  # a blank row (also inside a table: page breaks)
        if r in sheet.hidden_rows:  # hidden or struck through: its tier labels still head
            state.labels(*(sheet.cell(r, cols[k]) if k in cols else None for k in _TIERS))
            continue
        cells = [sheet.cell(r, c) for c in range(first, right + 1)]  # each cell built once
        at = {key: cells[c - first] for key, c in cols.items()}
        own = [cell for cell in cells[left - first :] if cell is not None and not cell.carried]
        if r == header.row + 1 and second_header_line(sheet, r, header.row, own):
            rows.add(r)
            continue  # 历史值 over 2024年 │ 2025年, the header's other cells merged down
        if len(own) == 1 and own[0].at.col - 1 not in known and _NUMBERED.match(own[0].text):
            rows.add(r)
            continue  # a numbered row left empty (序号 16 │ │ │): a template row not used
        if len(own) >= 3 and [c.text for c in own[:3]] == again[:3] and _heads_again(own, again):
            rows.add(r)
            continue  # the header row again (after a page break), or its two lines in one
        if not own and _merged_down(at, r, vkeys):
            rows.add(r)
            continue  # a name and its value merged over two rows: the row above's second line
        line = own or line_across(cells, r)  # a footnote merged across from left of the tiers
        tiers = (at.get(k) for k in _TIERS)
        inside = any(c is not None and c.carried and c.at.row <= r for c in tiers)
        kind = row_kind(line, across(own, cells) or not own, _is_header, is_label, inside)
        if kind is RowKind.END or (own and money_table_head(sheet, r, own[0])):
            break
        if len(own) == 1 and _titles_money_table(sheet, r):
            break  # 项目资金使用计划（单位：万元） alone over 序号 │ 支出内容 │ … │ 金额（万元）
        if kind is not RowKind.FIELD:
            rows.add(r)  # (a field below the table, 年度绩效目标 │ …, is read with the fields)
        if kind is not RowKind.READ:
            continue
        found = state.read(r, own, at, vkeys, flat)
        if found is None:
            rows.discard(r)
            continue
        if (header.later or header.sides) and not found.shifted:
            found = with_later(found, sheet, r, header.later + header.sides)
        if header.upper is not None and not found.shifted:
            found = with_upper(found, sheet, r, header.upper)
        if (note := name_missing(found, cols)) is not None:
            state.notes.append(note)
        out.append(found)
    return with_subtotal_scores(sheet, cols, out, rows), state.close(), rows


def _head_words(sheet: Sheet, row: int, left: int, right: int) -> list[str]:
    """The header's words, column by column: its row's, or where that is empty the line's above
    (a two-line header: 一级指标 │ 二级指标 │ 三级指标 │ 绩效目标值 over … │ 中期 │ 年度)."""
    above = sheet.rows[row - 1] if row > 0 else []
    words = []
    for c, v in enumerate(sheet.rows[row][left : right + 1], start=left):
        text = v.strip() if type(v) is str else ""
        up = above[c] if c < len(above) else None
        if not text and isinstance(up, str):
            text = up.strip()
        if text:
            words.append(text)
    return words


def _heads_again(own: list[Cell], again: list[str]) -> bool:
    """A row that opens with the header's first three words is the header again: word for word,
    or a two-line header's words in one line (一级指标 │ 二级指标 │ 三级指标 │ 中期 │ 年度 under a
    header of 绩效目标值 over 中期 │ 年度), no value among them."""
    texts = [c.text for c in own]
    return texts == again or not any(_VALUE_LIKE.search(t) for t in texts[3:])


_VALUE_LIKE = re.compile(r"\d|[≥≤<>=＞＜]")  # (a number or an operator: a value, no header word)


def _titles_money_table(sheet: Sheet, r: int) -> bool:
    """The row below row r is the header row of a money table (row r its title)."""
    below = sheet.row_cells(r + 1) if r + 1 < sheet.nrows else []
    if not below:
        return False
    first = sheet.cell(r + 1, below[0][0], spread=False)
    return first is not None and money_table_head(sheet, r + 1, first)


def _merged_down(at: dict[str, Cell | None], r: int, vkeys: list[str]) -> bool:
    """Row r (0-based) has nothing of its own and its name comes from a block merged down from
    a row above (its values too, or none): it is that row's indicator, not one of its own."""
    name = at.get("name")
    if name is None or not name.carried or name.at.row > r:  # (at.row is 1-based: above r)
        return False
    return all((v := at.get(k)) is None or v.carried for k in vkeys)


def _is_header(text: str) -> bool:
    return header_key(text) is not None


class _Rows:
    """The reading state of a table's rows: the tier labels carried down, the notes, and a
    tier-2 label met on a row of its own that no indicator has followed yet."""

    def __init__(self, vocab: Vocabulary, sheet: str) -> None:
        self.vocab, self.sheet = vocab, sheet
        self.notes: list[ReadNote] = []
        self.prev1: Cell | None = None
        self.prev2: Cell | None = None
        self.waiting: Cell | None = None  # a tier-2 without an indicator so far
        # a tier-1's score on its own row (效益指标 │ │ │ │ 30), with that tier-1's label
        self.tier_score: tuple[str, Cell] | None = None
        self.joined = False  # the name and its value in one cell (三级指标及指标值)
        self.in_block = False  # the row before was inside a merged tier-1 block

    def read(
        self, r: int, own: list[Cell], at: dict[str, Cell | None], vkeys: list[str], flat: bool
    ) -> Indicator | None:
        """The indicator of row r (0-based), or None for a row of tier labels only."""
        vocab = self.vocab
        if (c1 := at.get("tier1")) is not None and c1.carried and is_note(c1.text):
            at = {**at, "tier1": None}  # a note inserted into a tier-1 block merged down over it
        ended, self.in_block = self.in_block, (c1 := at.get("tier1")) is not None and c1.carried
        skip = {c.at for k in _NEVER_VALUES if (c := at.get(k)) is not None and not c.carried}
        skip |= {
            cell.at
            for k in ("unit", "direction")
            if (cell := at.get(k)) is not None and _in_its_column(k, cell)
        }
        usable = [c for c in own if c.at not in skip]  # never a value
        if _op_in_place(at.get("op")):  # the row keeps its 比较符/计量单位/方向 columns
            fixed = {c.at for k in ("op", "unit", "direction") if (c := at.get(k)) is not None}
            usable = [c for c in usable if c.at not in fixed]
        if "tier1" not in at and len(usable) == 1 and vocab.is_tier1(usable[0].text):
            self._left_empty()  # a section row (一、产出指标（50分）) over a table without a
            self.prev1, self.prev2 = usable[0], None  # tier-1 column heads the rows below it
            return None
        marked = [c for c in usable if c.text in NOT_APPLICABLE]  # as typed: both dashes listed
        if marked and all(c in marked or vocab.is_tier1(c.text) or vocab.is_tier2(c.text)
                          for c in usable):  # fmt: skip
            usable = [c for c in usable if c not in marked]  # a tier-2 marked not applicable
        joined, pair, at, usable = self._apart(at, usable)
        assign, shifted = roles(usable, at, vocab, vkeys, flat)
        if pair is not None:
            assign["tier1"], assign["tier2"] = pair
        if joined is not None:  # (no name or value column left for roles to place)
            assign["name"], assign["annual"] = split_name_value(joined)
            shifted = False
        name = assign.get("name")
        values = [assign.get(k) for k in vkeys]
        tier1: Cell | None = assign.get("tier1")
        tier2: Cell | None = assign.get("tier2")
        if (
            tier1 is not None and tier2 is None and not vocab.is_tier1(tier1.text)
        ) and vocab.is_tier2(tier1.text):  # a tier-2 label in the tier-1 column
            tier1, tier2 = None, tier1
            shifted = True
        # empty, not merged; or no tier-1 column at all (the section's above: 一、产出指标)
        blank1 = not shifted and ("tier1" not in at or at["tier1"] is None)
        tier1, tier2 = carry(tier1, tier2, self.prev1, self.prev2, vocab, blank1, ended)
        self.prev1, self.prev2 = tier1, tier2
        own2 = tier2 is not None and not tier2.carried
        if own2 or (tier1 is not None and not tier1.carried):
            self._left_empty()  # a new tier block: the one waiting had no indicator
        if name is None and not any(values):
            if own2 and tier2 is not None and tier2.at.row == r + 1 and not marked:
                self.waiting = tier2  # (a row marked not applicable is no template row left)
            score = at.get("weight")
            if tier1 is not None and not tier1.carried and tier2 is None and score is not None:
                self.tier_score = (tier1.text, score)  # the tier's score, for W103
            return None
        if tier2 is not None and self.waiting is not None and tier2.at == self.waiting.at:
            self.waiting = None
        if shifted:
            where = name or next(v for v in values if v is not None)
            self.notes.append(ReadNote("S101", where.at, {"name": name.text if name else ""}))
        placed = {"tier1": tier1, "tier2": tier2, "name": name}
        placed |= {key: assign.get(key) for key in VALUE_KEYS}
        placed |= self._mended(at, usable, placed, shifted, flat)
        return new_indicator(r, self.sheet, self._cells(at, placed), shifted, flat)

    def _mended(
        self,
        at: dict[str, Cell | None],
        usable: list[Cell],
        placed: dict[str, Cell | None],
        shifted: bool,
        flat: bool,
    ) -> dict[str, Cell]:
        """A slipped row's operator, value and unit as they follow its name; a flat list's weight
        and value typed into each other's cells (权重 │ ≤15 … 指标值 │ 5), with S101 there."""
        if shifted and "op" in at:
            return _operator_slipped(usable, placed)
        swapped = _weight_swapped(at.get("weight"), placed.get("annual")) if flat else None
        if swapped:
            name = placed.get("name")
            self.notes.append(
                ReadNote("S101", swapped["annual"].at, {"name": name.text if name else ""})
            )
        return swapped or {}

    def _cells(
        self, at: dict[str, Cell | None], placed: dict[str, Cell | None]
    ) -> dict[str, Cell | None]:
        """An indicator's cells: those of its columns and those placed by content; the unit a
        备注 says when no unit column does, the tier's score from its own row."""
        found = {key: at.get(key) for key in _BY_COLUMN}
        if found["unit"] is None and (note := at.get("remark")) is not None:
            if (said := UNIT_SAID.search(note.text)) is not None:  # 备注 │ 单位：个；依据：…
                found["unit"] = note._replace(value=said[1], text=said[1])
        found |= placed
        tier1 = placed["tier1"]
        if self.tier_score is not None and found.get("tier_weight") is None and tier1 is not None:
            if tier1.text == self.tier_score[0]:  # (its label merged down, or filled in)
                found["tier_weight"] = self.tier_score[1]
        return found

    def _apart(
        self, at: dict[str, Cell | None], usable: list[Cell]
    ) -> tuple[Cell | None, tuple[Cell, Cell] | None, dict[str, Cell | None], list[Cell]]:
        """The cells read apart from the others: the name and its value in one cell (of a
        joined table), both tiers in the tier-1 column's (产出指标-数量指标); the row's cells
        and those left for :func:`roles` to place."""
        joined = at.get("name") if self.joined else None
        if joined is not None:
            usable = [c for c in usable if c.at != joined.at]
            at = {k: v for k, v in at.items() if k not in ("name", "annual")}
        both, tier2 = at.get("tier1"), at.get("tier2")
        if tier2 is not None and (prefixed := split_pair(tier2, self.vocab)) is not None:
            at = {**at, "tier2": prefixed[1]}  # 产出-数量指标 in the tier-2 column: its tier-2
            usable = [prefixed[1] if c.at == tier2.at else c for c in usable]
        pair = split_pair(both, self.vocab) if both is not None and tier2 is None else None
        if pair is not None and both is not None:
            usable = [c for c in usable if c.at != both.at]
        return joined, pair, at, usable

    def labels(self, tier1: Cell | None, tier2: Cell | None) -> None:
        """The tier labels of a row not read (hidden, struck through), carried to the rows
        below it."""
        if tier1 is not None and self.vocab.is_tier1(tier1.text):
            self.prev1, self.prev2 = tier1, None
        if tier2 is not None and self.vocab.is_tier2(tier2.text):
            self.prev2 = tier2

    def _left_empty(self) -> None:
        if self.waiting is not None:
            self.notes.append(ReadNote("F109", self.waiting.at, {"tier2": self.waiting.text}))
            self.waiting = None

    def close(self) -> list[ReadNote]:
        self._left_empty()
        return sorted(self.notes, key=lambda n: (n.at.row, n.at.col) if n.at else (0, 0))


def _in_its_column(key: str, cell: Cell | None) -> bool:
    """A unit column's cell holding a unit (%, 万册次), a direction column's a direction: what
    the column is for, never the row's name or value (a row without its name stays so)."""
    if cell is None or cell.carried:
        return False
    text = cell.text
    if key == "direction":
        return fold(text) in DIRECTION_WORDS
    return len(text) <= 6 and not any(ch.isdigit() for ch in text)


def _op_in_place(cell: Cell | None) -> bool:
    """An operator column's cell holds an operator (≥, 不低于, 定性, or two signs such as ≥=):
    the row is aligned on it."""
    if cell is None or cell.carried:
        return False
    text = cell.text.strip()
    if text == QUALITATIVE or operator_word(text) is not None:
        return True
    return len(text) == 2 and all(operator_word(ch) is not None for ch in text)


_TIERS = ("tier1", "tier2")
_BY_COLUMN = (
    "op",
    "unit",
    "direction",
    "weight",
    "tier_weight",
    "declared",
    "deadline",
)  # never realigned
# columns whose own cells are never a value (a line merged across reaches them from the left:
# its cells there are the line's, not theirs)
_NEVER_VALUES = ("weight", "flag", "prior", "deadline")


def _blank(sheet: Sheet, r: int, left: int, right: int) -> bool:
    """Row r is empty from ``left`` to ``right``, and no merged block reaches into it there."""
    span = sheet.rows[r][left : right + 1]
    if span.count("") + span.count(None) != len(span):
        return False
    return r not in sheet.merged_rows or not any(
        (r, c) in sheet.anchors for c in range(left, right + 1)
    )


def _operator_slipped(usable: list[Cell], placed: dict[str, Cell | None]) -> dict[str, Cell]:
    """A row slipped a column left in a table with an operator column (名称 │ ≥ │ 320 │ 户 under
    比较符 │ 指标值 │ 计量单位 one column to the right): the operator, the value and the unit
    as they follow the name, not the operator read as the value."""
    key = "annual" if placed.get("annual") is not None else "period"
    first = placed.get(key)
    if first is None or first not in usable:
        return {}
    rest = usable[usable.index(first) + 1 :]
    if operator_word(first.text) is None:  # the value itself in the operator's column (名称 │
        unit = rest[0] if rest and not is_value(rest[0]) else None  # 5000份 │ 万元): its unit
        return {"unit": unit} if unit is not None and len(unit.text) <= 6 else {}  # after it
    if not rest or not is_value(rest[0]):
        return {}
    found = {"op": first, key: rest[0]}
    if len(rest) > 1 and not is_value(rest[1]) and len(rest[1].text) <= 6:
        found["unit"] = rest[1]
    return found


def _weight_swapped(weight: Cell | None, value: Cell | None) -> dict[str, Cell] | None:
    """A flat list's weight and value typed into each other's cells (权重 ≤15 or 不高于15, 指标值
    5): the weight cell holds a target with its operator, the value cell a bare number (typed
    as one or pasted as text)."""
    if weight is None or value is None or not number_value(value.value):
        return None
    target = parse_target(weight.value)  # (≤15, or in words: 不高于15)
    if target.kind is not TargetKind.QUANT or target.op is None or target.op_implied:
        return None
    return {"annual": weight, "weight": value}
