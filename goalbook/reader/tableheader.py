"""Where an indicator table's header is and which column holds what."""

from __future__ import annotations

from dataclasses import dataclass, field

from goalbook.model import Cell
from goalbook.reader.grid import Sheet

HEADER_COLS = 40  # the columns a header row is read in


@dataclass(frozen=True)
class TableHeader:
    sheet: Sheet
    row: int
    cols: dict[str, int]
    left: int
    annual_set: dict[str, int] = field(default_factory=dict)  # the year's own column set
    # a rolling table's later years' value columns (2027年 · 2028年 after the annual 2026年)
    later: tuple[int, ...] = ()
    # value columns side by side for parts of the target (指标值 over 小学 │ 初中): the first is
    # the annual column, these the others, each judged at its own cell
    sides: tuple[int, ...] = ()
    # the column of a range's upper bound (指标值 over 下限 │ 上限): the annual column holds the
    # lower one, and a row with both states the range (18 │ 22 → 18～22)
    upper: int | None = None
    # the columns of a second table half right of this one, with tier columns of its own
    # (一级指标 │ … │ 指标值 │ 一级指标 │ … │ 指标值: 产出 on the left, 效益 and 满意度 right)
    right: dict[str, int] = field(default_factory=dict)

    def annual_view(self) -> TableHeader | None:
        """Two complete column sets (中期 二级/三级/指标值, then 年度 again): the second one."""
        if "name" not in self.annual_set or "annual" not in self.annual_set:
            return None
        cols = dict(self.annual_set)
        if "tier1" in self.cols:
            cols["tier1"] = self.cols["tier1"]
        return TableHeader(self.sheet, self.row, cols, min(self.annual_set.values()))

    def period_head(self) -> Cell | None:
        """The head of the period's value column (实施周期（2026—2028年）指标值), if any."""
        c = self.cols.get("period")
        return None if c is None else self.sheet.cell(self.row, c)

    @property
    def score(self) -> int:
        """How many columns the header names: the best header of a sheet names most."""
        return len(self.cols)
