"""The data goalbook reads and checks: frozen dataclasses, no I/O.

Every value read from a workbook keeps the cell it came from (:class:`CellRef`), so that each
finding can point at the exact cell a reviewer must look at. The template stamp a table carries
is :class:`goalbook.layout.TemplateStamp`, defined with the layout that writes and reads it.
"""

from __future__ import annotations

import copyreg
import dataclasses
import datetime as dt
import functools
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any, NamedTuple

from goalbook.layout import TemplateStamp


def col_letter(col: int) -> str:
    """1 → A, 27 → AA."""
    out = ""
    while col > 0:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


def column_number(letters: str) -> int:
    """A → 1, AA → 27."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


class CellRef(NamedTuple):
    """A cell: sheet name, 1-based row and column.

    ``CellRef`` and :class:`Cell` are named tuples rather than frozen dataclasses: a return
    yields a few thousand of them and a tuple is built in half the time (measured in bench/)."""

    sheet: str
    row: int
    col: int

    @property
    def a1(self) -> str:
        return f"{col_letter(self.col)}{self.row}"

    def __str__(self) -> str:
        return f"{self.sheet}!{self.a1}"


TextAt = tuple[str, int, int, str]
"""A text cell as (sheet, 1-based row, 1-based column, stripped text): a return has hundreds,
and rules look at most of them only through a regular expression, so they are plain tuples
(four times faster to build than :class:`Cell`); ``CellRef(*t[:3])`` locates one."""

CellValue = str | float | int | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None


class Cell(NamedTuple):
    """One value as read, with its location.

    ``text`` is the value as a person sees it, stripped; ``carried`` marks a value that came
    from a merged block or was carried down from the row above.
    """

    at: CellRef
    value: CellValue
    text: str
    carried: bool = False


class Op(StrEnum):
    GE = "≥"
    LE = "≤"
    GT = ">"
    LT = "<"
    EQ = "="
    PM = "±"
    RANGE = "~"


class TargetKind(StrEnum):
    EMPTY = "empty"
    QUANT = "quantitative"  # operator (or implied =) + number + unit
    GRADE = "qualitative"  # a grade word: 良好, 提高, 按时完成
    DATE = "date"  # a date limit: 12月31日前
    TEXT = "text"  # a description, not a value
    PLACEHOLDER = "placeholder"  # ≥**人次, XX%, 20XX年


@dataclass(frozen=True, slots=True)
class Target:
    """A target value (指标值): what was written and what it means."""

    raw: str
    kind: TargetKind
    op: Op | None = None
    number: Decimal | None = None
    upper: Decimal | None = None  # second bound of a range (5~10人)
    unit: str = ""
    grade: str = ""
    date: dt.date | None = None
    op_implied: bool = False  # no operator was written; "=" is implied
    op_words: str = ""  # the operator as written when it was not a canonical symbol
    note: str = ""  # what the parser did not understand


class Indicator(NamedTuple):
    """One tier-3 indicator row (a named tuple, like :class:`Cell`: a return has a hundred)."""

    row: int
    sheet: str
    tier1: Cell | None
    tier2: Cell | None
    name: Cell | None
    period: Cell | None = None  # 实施期/中期 value cell
    annual: Cell | None = None  # 年度 value cell (the only value of one-column layouts)
    op: Cell | None = None  # operator column, when the layout has one
    unit: Cell | None = None
    direction: Cell | None = None  # 正向 / 反向
    weight: Cell | None = None
    tier_weight: Cell | None = None  # the tier-1's own score, in a score column beside it
    declared: Cell | None = None  # 指标值类型 定量/定性
    period_target: Target | None = None
    annual_target: Target | None = None
    shifted: bool = False  # the reader realigned cells that sat in the wrong columns
    flat: bool = False  # read from a flat list: the layout has no tier columns to judge
    # the later years' values of a rolling table (三年滚动: 2026年 · 2027年 · 2028年), each at
    # its cell; the first year's is ``annual``, and none of them is a period total
    later: tuple[tuple[Cell, Target], ...] = ()
    deadline: Cell | None = None  # the date it is due by, in a 完成时限 column

    @property
    def label(self) -> str:
        return self.name.text if self.name else ""

    @property
    def tiers(self) -> str:
        """Its tier-1 and tier-2 labels as one text ("产出指标/数量指标"), those that are there:
        how a message refers to an indicator that has no name, with its row."""
        return "/".join(c.text for c in (self.tier1, self.tier2) if c is not None)


@dataclass(frozen=True, slots=True)
class BudgetLine:
    """A budget line: a project cost item or a department task with its amount."""

    name: Cell | None
    amount: Cell | None
    fiscal: Cell | None = None
    other: Cell | None = None
    basis: Cell | None = None  # its 测算依据 (2600人×5元/人·天×200天), where the block has one
    priced: bool = False  # the basis is its 数量 × 单价 columns (6×3.8万元), not a 测算依据


class Subtotal(NamedTuple):
    """A group's 小计 among the budget lines: its row's name and amount cells, and the lines
    of its group (``lines[first:end]``, the lines since the previous 小计)."""

    name: Cell
    amount: Cell
    first: int
    end: int


class LinePart(NamedTuple):
    """A 其中 line under a budget line (行道树补植 60 │ 其中：乡土树种苗木 68): part of the line
    ``lines[of]``, not a line of its own."""

    name: Cell
    amount: Cell
    of: int


@dataclass(frozen=True, slots=True)
class ReadNote:
    """A problem met while reading; turned into a finding by the rule runner."""

    code: str
    at: CellRef | None
    detail: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TableSpan:
    """Where a table lies in its workbook: the sheet of its indicator header and the first and
    last rows (1-based) of its region there."""

    sheet: str
    first_row: int
    last_row: int


@dataclass(frozen=True)
class GridLine:
    """One line of a grid: its label (the county, the project; None when there is none) and its
    amount cells, one per money column (None where the line leaves one empty)."""

    label: Cell | None
    amounts: tuple[Cell | None, ...]
    part: bool = False  # a part of the nearest line above that is none (其中：人员经费, 公用经费)
    shares: tuple[Cell | None, ...] = ()  # its shares (占比) beside the amounts, if given


@dataclass(frozen=True)
class MoneyGrid:
    """A grid of amounts: the labels of its money columns (``parts[i]``: the index of the
    column whose 其中 group column i belongs to; None for a column of its own), its lines and
    its total. Side by side lists (收入项目 │ 金额 │ 支出项目 │ 金额) are a grid each."""

    sheet: str
    labels: tuple[Cell, ...]
    parts: tuple[int | None, ...]
    lines: tuple[GridLine, ...]
    total: GridLine | None
    subtotals: bool  # lines of groups (小计) among the lines
    title: str = ""  # the texts of its header row (收支预算（万元，收支平衡） │ 收入项目 │ 金额 …)
    row: int = 0  # its header row (1-based)


@dataclass(frozen=True)
class GoalTable:
    """A performance goal table as read back from one workbook."""

    path: str
    kind: str | None  # "project" | "department" | None when it cannot be told
    layout: str  # "goalbook" or "foreign"
    stamp: TemplateStamp | None = None
    framework: str = ""  # id of the framework the reader judged the tiers by (stamped or detected)
    title: Cell | None = None
    fields: dict[str, Cell] = field(default_factory=dict)
    money_unit: str | None = None
    lines: tuple[BudgetLine, ...] = ()
    lines_total: Cell | None = None
    lines_total_derived: bool = False  # the total is the template's own formula
    lines_subtotals: tuple[Subtotal, ...] = ()  # groups' 小计 among the lines
    lines_parts: tuple[LinePart, ...] = ()  # 其中 lines under a line
    indicators: tuple[Indicator, ...] = ()
    has_period: bool = False  # the layout has a period (实施期) value column
    later_years: int = 0  # a rolling table's years after the annual one (2026 · 2027 · 2028: 2)
    texts: tuple[TextAt, ...] = ()  # every text cell of the data sheets, for artefact checks
    notes: tuple[ReadNote, ...] = ()
    # money laid out in grids beside the table (an allocation table, a summary sheet)
    grids: tuple[MoneyGrid, ...] = ()
    index: int = 0  # of the table in its workbook (stacked projects: one table each)
    span: TableSpan | None = None  # None when the workbook has no indicator table
    percent: frozenset[CellRef] = frozenset()  # numbers shown as % by their cell's format

    @property
    def project(self) -> str:
        """Whose table it is: the project's name, else the unit's."""
        return self.field_text("project") or self.field_text("unit")

    @property
    def flat(self) -> bool:
        """A flat list (指标名称 · 权重 · 指标值 …, no tier columns): its tiers are not judged."""
        return bool(self.indicators) and all(i.flat for i in self.indicators)

    def field_text(self, key: str) -> str:
        cell = self.fields.get(key)
        return cell.text if cell else ""

    @functools.cached_property
    def text_at(self) -> dict[tuple[str, int, int], str]:
        """Every text cell of :attr:`texts` by its place (sheet, row, column): looked up by the
        rules that ask for the label beside a cell, instead of each scanning all texts."""
        return {(sheet, row, col): text for sheet, row, col, text in self.texts}


def by_fields(part: Any) -> tuple[type[Any], tuple[object, ...]]:
    """A part pickled as its constructor and fields: a frozen dataclass compiled by mypyc
    (setup.py, GOALBOOK_COMPILE=1) refuses the default, which restores it field by field. Each
    class that crosses from workers (tables with ``--previous``) is registered with
    ``copyreg.pickle(cls, by_fields)``."""
    return type(part), tuple(getattr(part, f.name) for f in dataclasses.fields(part))


_PARTS = (Target, BudgetLine, ReadNote, TableSpan, GridLine, MoneyGrid, GoalTable, TemplateStamp)
for _part in _PARTS:
    copyreg.pickle(_part, by_fields)
