"""Head blocks, tables and footers shared by the returns of the 147th held-out corpus: a project
head with a 项目负责人 and 联系电话 line, a department head, cell comments, rich text and an
autofilter with hidden rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment

from tests.variants.kit import WAN, Book, C, Sheet, day, money


def wan(v: Any) -> Any:
    """An amount in 万元 carried by the number format (a ``C`` passes through)."""
    return v if isinstance(v, C) else money(v, WAN)


def red(text: str, bold: bool = False) -> TextBlock:
    return TextBlock(InlineFont(color="FFFF0000", b=bold), text)


def bold(text: str) -> TextBlock:
    return TextBlock(InlineFont(b=True), text)


def rich(*parts: Any) -> CellRichText:
    """A cell part red or bold: plain strings and ``red()`` / ``bold()`` blocks."""
    return CellRichText(list(parts))


def note(s: Sheet, row: int, col: int, text: str, author: str = "填报人") -> None:
    """A writer's comment (批注) on a cell."""
    s.ws.cell(row, col).comment = Comment(text, author)


def _m(width: int) -> list[tuple[int, int]]:
    """The merges of a head line: label, value over two columns, label, value to the edge."""
    return [(2, 3), (5, width)] if width > 5 else [(2, 3)]


def project(b: Book, *, year: int, name: str, dept: str, unit: str, leader: str, phone: str,
            annual: Sequence[Any], goal: Any, width: int = 6, years: int = 1,
            period: Sequence[Any] = (), period_goal: Any = None, attr: str = "延续项目",
            title: str | None = None, sheet: str = "Sheet1") -> Sheet:  # fmt: skip
    """A project head (§3.1) with a 项目负责人 / 联系电话 line; ``annual`` and ``period`` are
    (总额, 财政拨款, 其他资金) in 万元."""
    s = b.sheet(sheet, (18, 18, 30, 18, 18, 16, 16)[:width] + (14,) * max(0, width - 7))
    s.title(title or f"{year}年度项目支出绩效目标申报表", width)
    s.row("项目名称", name, None, "主管部门", dept, merge=_m(width))
    s.row("实施单位", unit, None, "项目属性", attr, merge=_m(width))
    s.row("项目负责人", leader, None, "联系电话", phone, merge=_m(width))
    s.row("项目期", f"{years}年", "计划开始日期", day(year, 1, 1), "计划完成日期",
          day(year + years - 1, 12, 31))  # fmt: skip
    top = s.r + 1
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    for i, lab in enumerate(labels):
        if period:
            s.row("项目资金（万元）" if i == 0 else None, ("中期" if i == 0 else "") + lab,
                  wan(period[i]), ("年度" if i == 0 else "") + lab, wan(annual[i]))  # fmt: skip
        else:
            s.row("项目资金（万元）" if i == 0 else None, ("年度" if i == 0 else "") + lab,
                  wan(annual[i]))  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    if period_goal is not None:
        s.row(f"中期目标（{year}年—{year + years - 1}年）", period_goal, merge=[(2, width)])
        s.row(f"年度目标（{year}年）", goal, merge=[(2, width)])
    else:
        s.row("年度绩效目标", goal, merge=[(2, width)])
    return s


def department(b: Book, *, year: int, dept: str, filler: str, phone: str,
               budget: Sequence[Any], tasks: Sequence[Sequence[Any]], goal: Any,
               sheet: str = "部门整体") -> Sheet:  # fmt: skip
    """A department head (§3.2): ``budget`` is (资金总额, 财政拨款, 其他资金, 基本支出,
    项目支出); ``tasks`` rows (名称, 内容, 金额, 目标), the last the 金额合计 row."""
    s = b.sheet(sheet, (18, 18, 30, 18, 18, 16))
    s.title(f"{year}年度部门整体支出绩效目标申报表", 6)
    s.row("部门（单位）名称", dept, None, "填报日期", day(year - 1, 11, 18), merge=[(2, 3), (5, 6)])
    s.row("填报人", filler, None, "联系电话", phone, merge=[(2, 3), (5, 6)])
    s.row("年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(None, *[wan(v) for v in budget])
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标", None,
          merge=[(5, 6)])  # fmt: skip
    top = s.r
    for t in tasks:
        s.row(None, t[0], t[1], wan(t[2]), t[3], merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", goal, merge=[(2, 6)])
    return s


def table(
    s: Sheet,
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    merged: Sequence[int] = (1, 2),
    head2: Sequence[Any] = (),
) -> tuple[int, int]:
    """The indicator table: one or two header rows, then ``rows`` (tiers merged down in the
    ``merged`` columns). Returns the header row and the last row."""
    top = s.row(*header)
    if head2:
        s.row(*head2)
    s.table(rows, merged=merged)
    return top, s.r


def footer(s: Sheet, width: int, year: int, who: str = "王某某") -> None:
    s.skip()
    s.row(f"单位负责人：陈某某        审核人：赵某某        填报人：{who}", merge=[(1, width)])
    s.row(f"填报日期：{year - 1}年11月20日                    （单位盖章）", merge=[(1, width)])


def autofilter(s: Sheet, top: int, last: int, width: int, hide: Sequence[int]) -> None:
    """An autofilter over the table from its header row, with the rows ``hide`` (offsets from
    the first data row) hidden by the filter."""
    end = chr(ord("A") + width - 1)
    s.ws.auto_filter.ref = f"A{top}:{end}{last}"
    for k in hide:
        s.ws.row_dimensions[top + 1 + k].hidden = True
