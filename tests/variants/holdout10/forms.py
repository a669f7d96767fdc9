"""Blocks of the forms public institutions (事业单位) fill in WPS: a head that may start in
column B or C, a merged title, the indicator table with merged tier cells, footnotes and the
signature lines. Every unit, project and number written with them is invented."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment

from tests.variants.kit import Sheet, day

WAN2 = "#,##0.00"  # amounts typed in a 万元 block, shown with separators
WAN_IN = '0.00"万元"'  # the unit only in the number format
YUAN2 = '#,##0.00"元"'


def title(s: Sheet, text: Any, col: int, width: int) -> int:
    """A title merged across ``width`` columns from ``col``, text in the anchor only."""
    r = s.row(text, col=col, merge=[(col, col + width - 1)])
    s.ws.cell(r, col).alignment = Alignment(horizontal="center")
    return r


def line(s: Sheet, col: int, width: int, text: Any) -> int:
    """One text line (a goal, a footnote) merged across the table."""
    return s.row(text, col=col, merge=[(col, col + width - 1)])


def labelled(s: Sheet, col: int, width: int, label: Any, text: Any) -> int:
    """A label cell and a text merged over the rest of the width."""
    return s.row(label, text, col=col, merge=[(col + 1, col + width - 1)])


def project_head(
    s: Sheet,
    *,
    col: int,
    width: int,
    name: str,
    dept: str,
    unit: str,
    attr: str,
    period: str,
    start: Any,
    end: Any,
    money: Sequence[Sequence[Any]],
    money_label: str = "项目资金（万元）",
    leader: str = "",
) -> None:
    """Head of a project table ``width`` >= 6 columns wide from ``col``; ``money`` rows are
    (label, value, label, value, ...) written right of the merged money label."""
    last = col + width - 1
    spans = [(col + 1, col + 3)] + ([(col + 5, last)] if last > col + 5 else [])
    s.row(
        "项目名称",
        name,
        None,
        None,
        "主管部门",
        dept,
        col=col,
        merge=spans,
    )
    s.row(
        "实施单位",
        unit,
        None,
        None,
        "项目属性",
        attr,
        col=col,
        merge=spans,
    )
    if leader:
        s.row("项目负责人及电话", leader, col=col, merge=[(col + 1, last)])
    s.row("项目期", period, "计划开始日期", start, "计划完成日期", end, col=col)
    top = s.r + 1
    for values in money:
        s.row(money_label if s.r + 1 == top else None, *values, col=col)
    if len(money) > 1:
        s.ws.merge_cells(start_row=top, start_column=col, end_row=s.r, end_column=col)


def indicators(
    s: Sheet,
    col: int,
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    merged: Sequence[int] = (1, 2),
) -> int:
    """The header row and the indicator rows, tier cells merged down their block."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def signatures(s: Sheet, col: int, who: str, checker: str, phone: str, date: Any) -> int:
    """The line under the table: 填表人、审核人、联系电话、填报日期 (date as a date cell)."""
    return s.row(
        "填表人：", who, "审核人：", checker, "联系电话：", phone, "填报日期：", date, col=col
    )


def cn_day(y: int, m: int, d: int) -> Any:
    return day(y, m, d, 'yyyy"年"m"月"d"日"')
