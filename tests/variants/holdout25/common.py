"""Pieces the returns of the 25th held-out set share: a project head that may start in any
column, the money lines of a one-year or multi-year project, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment

from tests.variants.kit import C, Sheet, day, money


def title_at(s: Sheet, text: str, col: int, width: int) -> int:
    """A title merged over ``width`` columns from ``col``, the text in the anchor only."""
    r = s.row(text, merge=[(col, col + width - 1)], col=col)
    s.ws.cell(r, col).alignment = Alignment(horizontal="center")
    return r


def one_year_money(total: float, own: float = 0.0, fmt: str = "0.00") -> list[list[Any]]:
    """The money lines of a one-year project: 实施期 and 年度 columns equal."""
    grant = round(total - own, 4)
    return [
        ["实施期资金总额", money(total, fmt), "年度资金总额", money(total, fmt)],
        ["其中：财政拨款", money(grant, fmt), "其中：财政拨款", money(grant, fmt)],
        ["其他资金", money(own, fmt), "其他资金", money(own, fmt)],
    ]


def head_at(s: Sheet, col: int, *, year: int, name: str, dept: str, unit: str,
            lines: Sequence[Sequence[Any]], goal: str, attr: str = "经常性项目",
            width: int = 6) -> None:  # fmt: skip
    """A one-year project head of ``width`` columns starting in column ``col`` (a table that
    offices shifted right, with empty columns on its left)."""
    title_at(s, f"{year}年度项目支出绩效目标表", col, width)
    c = col
    s.row("项目名称", name, None, "主管部门", dept, merge=[(c + 1, c + 2), (c + 4, c + 5)], col=c)
    s.row("实施单位", unit, None, "项目属性", attr, merge=[(c + 1, c + 2), (c + 4, c + 5)], col=c)
    s.row("项目期", "1年", "计划开始日期", day(year, 1, 1), "计划完成日期", day(year, 12, 31),
          col=c)  # fmt: skip
    top = s.r + 1
    for line in lines:
        s.row("项目资金（万元）" if s.r + 1 == top else None, *line, col=c)
    s.ws.merge_cells(start_row=top, start_column=c, end_row=s.r, end_column=c)
    s.row("年度绩效目标", goal, merge=[(c + 1, c + width - 1)], col=c)


def notes(s: Sheet, *lines: str, col: int = 1, width: int = 6) -> None:
    """Footnote lines under the table, each merged across it."""
    for text in lines:
        s.row(text, merge=[(col, col + width - 1)], col=col)


def signature(s: Sheet, *, filled: C, phone: str, who: str, checker: str,
              col: int = 1) -> None:  # fmt: skip
    """The 填表人 / 审核人 / 联系电话 / 填报日期 line offices add under the table."""
    s.skip()
    s.row(f"填表人：{who}", None, f"审核人：{checker}", f"联系电话：{phone}", "填报日期：",
          filled, col=col)  # fmt: skip
