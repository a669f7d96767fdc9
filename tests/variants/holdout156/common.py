"""Helpers shared by the returns of the 156th held-out set: money in 万元 carried by the number
format, a head with the 年度 column before the 实施期 column, the two-row header of a split
指标值 column (比较符 │ 数值 under one 指标值, 计量单位 merged down), a 填报说明 sheet, a
资金明细 sheet and the signature lines under a table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment

from tests.variants.kit import WAN, Book, C, Sheet, day, money


def wan(value: float) -> C:
    """An amount in 万元, the unit only in the number format."""
    return money(value, WAN)


def merge_down(s: Sheet, col: int, top: int, bottom: int) -> None:
    s.ws.merge_cells(start_row=top, start_column=col, end_row=bottom, end_column=col)
    s.ws.cell(top, col).alignment = Alignment(vertical="center", wrap_text=True)


def split_header(s: Sheet) -> None:
    """一级 │ 二级 │ 三级 │ 指标值 (比较符 │ 数值) │ 计量单位, on two rows with merged cells."""
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, "计量单位", merge=[(4, 5)])
    s.row(None, None, None, "比较符", "数值", None)
    for col in (1, 2, 3, 6):
        merge_down(s, col, s.r - 1, s.r)


def reversed_head(s: Sheet, *, year: int, years: int, name: str, dept: str, unit: str,
                  money_rows: Sequence[tuple[str, Any, Any]], annual_goal: str,
                  period_goal: str, attr: str = "新增项目") -> None:  # fmt: skip
    """A project head whose money and goals give the year first, then the whole period."""
    s.title(f"{year}年度项目支出绩效目标申报表", 6)
    s.row("项目名称", name, None, "主管部门及代码", dept, merge=[(2, 3), (5, 6)])
    s.row("实施单位", unit, None, "项目属性", attr, merge=[(2, 3), (5, 6)])
    s.row("项目期", f"{years}年", "计划开始日期", day(year, 1, 1), "计划完成日期",
          day(year + years - 1, 12, 31))  # fmt: skip
    s.row("项目资金（万元）", "资金来源", "年度金额", "实施期金额")
    top = s.r
    for label, annual, period in money_rows:
        s.row(None, label, annual, period)
    merge_down(s, 1, top, s.r)
    s.row("总体目标", "年度目标", None, f"实施期目标（{year}年—{year + years - 1}年）", None,
          None, merge=[(2, 3), (4, 6)])  # fmt: skip
    s.row(None, annual_goal, None, period_goal, merge=[(2, 3), (4, 6)])
    merge_down(s, 1, s.r - 1, s.r)


def notes_sheet(b: Book, lines: Sequence[str]) -> Sheet:
    """A second sheet holding only the form's 填报说明."""
    s = b.sheet("填报说明", widths=(100,))
    s.row("填报说明")
    for i, text in enumerate(lines, start=1):
        s.row(f"{i}. {text}")
    return s


def detail_sheet(b: Book, title: str, items: Sequence[tuple[str, str, Any]], total: Any) -> Sheet:
    """A third sheet with the project's 资金明细: items and their 合计."""
    s = b.sheet("资金明细", widths=(8, 26, 40, 16))
    s.title(title, 4)
    s.row("序号", "支出内容", "测算依据", "金额（万元）")
    for i, (name, basis, amount) in enumerate(items, start=1):
        s.row(i, name, basis, amount)
    s.row("合计", None, None, total, merge=[(1, 3)])
    return s


def sign(s: Sheet, *, notes: Sequence[str] = (), preparer: str, phone: str, checker: str,
         width: int = 6) -> None:  # fmt: skip
    """Footnotes and the signature line under the table."""
    s.skip()
    for text in notes:
        s.row(text, merge=[(1, width)])
    s.row(f"填报人：{preparer}", None, f"联系电话：{phone}", None, f"审核人：{checker}", None,
          merge=[(1, 2), (3, 4), (5, 6)])  # fmt: skip
