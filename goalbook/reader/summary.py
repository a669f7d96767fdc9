"""A summary sheet of a workbook's projects (项目汇总表: 序号 │ 项目名称 │ 实施单位 │ 年度资金
总额 …) beside the projects' own tables: the amounts it lists for each table's project, kept as the
table's fields ``summary:<key>`` (its money columns named as the fields they are: 年度资金总额 →
annual), for the money rules to hold against the project's own."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from goalbook.model import Cell, GoalTable
from goalbook.reader.fieldlabels import clean, label_map
from goalbook.reader.grid import Sheet

_WHOLES = ("annual", "total")  # the money fields a summary is held to (not their parts)


def summary_key(key: str) -> str:
    return f"summary:{key}"


def with_summary(sheets: Iterable[Sheet], tables: list[GoalTable]) -> tuple[GoalTable, ...]:
    """``tables`` with the amounts a summary sheet lists for their projects among their fields."""
    listed = summary_fields(sheets, tables)
    return tuple(
        dataclasses.replace(t, fields=t.fields | more) if more else t
        for t, more in zip(tables, listed, strict=True)
    )


def summary_fields(sheets: Iterable[Sheet], tables: list[GoalTable]) -> list[dict[str, Cell]]:
    """For each of ``tables`` (two or more projects of one workbook), the amounts a summary
    sheet lists on its project's row; nothing when there is no such sheet."""
    out: list[dict[str, Cell]] = [{} for _ in tables]
    names = {t.field_text("project"): i for i, t in enumerate(tables) if t.kind == "project"}
    names.pop("", None)
    if len(names) < 2:
        return out
    own = {t.span.sheet for t in tables if t.span is not None}
    for sheet in sheets:
        if sheet.name in own:
            continue
        for r in range(min(sheet.nrows, 60)):
            cols = _head(sheet, r)
            if cols is None:
                continue
            name_col, money_cols = cols
            for r2 in range(r + 1, sheet.nrows):
                i = names.get(sheet.text(r2, name_col, spread=False).strip())
                if i is None:
                    continue
                for key, c in money_cols.items():
                    cell = sheet.cell(r2, c, spread=False)
                    if cell is not None:
                        out[i].setdefault(summary_key(key), cell)
            return out
    return out


def _head(sheet: Sheet, r: int) -> tuple[int, dict[str, int]] | None:
    """The project-name column and the whole-amount columns of a list's head row."""
    labels = label_map("project")
    name_col: int | None = None
    cols: dict[str, int] = {}
    for c, value in enumerate(sheet.rows[r][:30]):
        if type(value) is not str:
            continue
        key = labels.get(clean(value))
        if key == "project" and name_col is None:
            name_col = c
        elif key in _WHOLES:
            cols.setdefault(key, c)
    return (name_col, cols) if name_col is not None and cols else None
