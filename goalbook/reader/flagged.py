"""One value column and a flag column (年度/中期, 实施期/年度) beside it: a system export that
writes each indicator on two rows under the same name, one row for the period's value and one
for the year's. The pair is one indicator with both values, not a duplicate."""

from __future__ import annotations

from goalbook.model import Cell, Indicator, ReadNote, Target
from goalbook.reader.fieldlabels import clean
from goalbook.reader.grid import Sheet

_PERIOD_FLAGS = ("中期", "实施期", "实施周期", "周期", "整体", "项目期")
_ANNUAL_FLAGS = ("年度", "当年", "本年")
_SUFFIXES = ("目标值", "指标值", "目标", "指标", "值")


def _flag(sheet: Sheet, ind: Indicator, col: int) -> str | None:
    """Whether the row's value is the period's or the year's, by its flag cell."""
    text = clean(sheet.text(ind.row - 1, col))
    for suffix in _SUFFIXES:  # 实施期目标, 年度指标值
        if text.endswith(suffix) and len(text) > len(suffix):
            text = text.removesuffix(suffix)
            break
    if text in _ANNUAL_FLAGS:
        return "annual"
    return "period" if text in _PERIOD_FLAGS else None


def _value(ind: Indicator) -> tuple[Cell | None, Target | None]:
    """The row's one value (read as the year's or the period's by the value column's head)."""
    if ind.annual is not None:
        return ind.annual, ind.annual_target
    return ind.period, ind.period_target


def pair_flagged(
    found: list[Indicator], sheet: Sheet, col: int, notes: list[ReadNote]
) -> tuple[list[Indicator], list[ReadNote]]:
    """Each two rows in a row with the same name, one flagged as the period's and one as the
    year's, joined into one indicator (at the first row, the period's value and the year's);
    any other row stays as it was read. A second row joined to its first loses the note that
    its name is missing (F110): the name is the first row's."""
    out: list[Indicator] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        # (the second row's name the first's: written again, merged down, or left empty)
        same = b is not None and (
            clean(a.label) == clean(b.label) or (b.name is None and b.row == a.row + 1)
        )
        if b is not None and a.sheet == b.sheet and same and a.label:
            flags = (_flag(sheet, a, col), _flag(sheet, b, col))
            if sorted(f or "" for f in flags) == ["annual", "period"]:
                period, annual = (a, b) if flags[0] == "period" else (b, a)
                p_cell, p_target = _value(period)
                a_cell, a_target = _value(annual)
                out.append(
                    a._replace(
                        period=p_cell,
                        period_target=p_target,
                        annual=a_cell,
                        annual_target=a_target,
                        op=a.op or b.op,
                        unit=a.unit or b.unit,
                    )
                )
                i += 2
                continue
        out.append(a)
        i += 1
    kept = {(ind.sheet, ind.row) for ind in out}
    return out, [
        n for n in notes if n.code != "F110" or n.at is None or (n.at.sheet, n.at.row) in kept
    ]
