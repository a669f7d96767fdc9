"""Helpers shared by the returns of the 226th held-out set: hand edits (struck-through and
hidden rows, page breaks with a repeated header, rows merged to make room for a long name),
two-sheet heads for 中期 and 年度 tables, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Font
from openpyxl.worksheet.pagebreak import Break

from tests.variants.kit import WAN, Book, C, Sheet, day, money

MID = ("一级指标", "二级指标", "三级指标", "中期指标值")
YEAR = ("一级指标", "二级指标", "三级指标", "年度指标值")
ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def one_year_money(total: Any, grant: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head (总额 = 财政拨款 + 其他资金)."""
    return [("年度资金总额", total, None, None), ("其中：财政拨款", grant, "其他资金", other)]


def period_money(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a head with 中期 and 年度 money: (总额, 财政拨款, 其他资金) each."""
    return [
        ("中期资金总额", mid[0], "年度资金总额", year[0]),
        ("其中：财政拨款", mid[1], "其中：财政拨款", year[1]),
        ("其他资金", mid[2], "其他资金", year[2]),
    ]


def indicators(
    s: Sheet,
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    *,
    struck: Sequence[int] = (),
    hidden: Sequence[int] = (),
    breaks: Sequence[int] = (),
    tall: Sequence[int] = (),
) -> int:
    """The indicator table under its header row, tier-1 and tier-2 merged down. Indexes into
    ``rows``: ``struck`` rows are struck through from the name on (withdrawn by hand),
    ``hidden`` rows hidden, a page break falls after each row of ``breaks``, and each row of
    ``tall`` is merged with the (empty) row below it from the name column on, to make room for
    a long name."""
    s.row(*header)
    top = s.r + 1
    last = s.table(rows, merged=(1, 2))
    width = len(header)
    for i in struck:
        for c in range(3, width + 1):
            s.ws.cell(top + i, c).font = Font(strike=True, color="FF808080")
    for i in hidden:
        s.ws.row_dimensions[top + i].hidden = True
    for i in breaks:
        s.ws.row_breaks.append(Break(id=top + i))
    for i in tall:
        for c in range(3, width + 1):
            s.ws.merge_cells(start_row=top + i, start_column=c, end_row=top + i + 1, end_column=c)
    return last


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A footnote or instruction line merged across the table."""
    s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, checker: str, phone: str, date: Any = None) -> None:
    """A blank line, the signature line and, if given, a date line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")
    if date is not None:
        s.row("填报日期：", date)


def sheet_head(
    s: Sheet,
    *,
    title: str,
    project: Sequence[str],
    dates: Sequence[Any],
    money_row: Sequence[Any],
    goal: Sequence[Any],
) -> None:
    """The head of one sheet of a project whose 中期 and 年度 tables sit on two sheets:
    ``project`` = (项目名称, 主管部门, 实施单位, 项目期), ``dates`` = (开始, 完成),
    ``money_row`` = (label, 总额, 财政拨款, 其他资金), ``goal`` = (label, text)."""
    s.title(title, 6)
    s.row("项目名称", project[0], None, "主管部门及代码", project[1], merge=[(2, 3), (5, 6)])
    s.row("实施单位", project[2], None, "项目期", project[3], merge=[(2, 3), (5, 6)])
    s.row("计划开始日期", dates[0], None, "计划完成日期", dates[1], merge=[(2, 3), (5, 6)])
    label, total, grant, other = money_row
    s.row(label, total, "其中：财政拨款", grant, "其他资金", other)
    s.row(goal[0], goal[1], merge=[(2, 6)])


def head(title: str, project: tuple[str, ...], end: int, cash: tuple[Any, ...], goal: tuple[
        str, Any]) -> dict[str, Any]:  # fmt: skip
    """The keywords of ``sheet_head`` for a project that starts on 2026-01-01."""
    return {"title": title, "project": project, "dates": (day(2026, 1, 1), day(end, 12, 31)),
            "money_row": cash, "goal": goal}  # fmt: skip


def period_sheet(
    b: Book,
    title: str,
    fields: dict[str, Any],
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float] = (14, 16, 32, 18, 18, 14),
) -> Sheet:
    """One sheet of a project whose 中期 and 年度 tables sit on two sheets: the head
    (``fields`` holds the keywords of :func:`sheet_head`) and the indicator table."""
    s = b.sheet(title, widths)
    sheet_head(s, **fields)
    indicators(s, header, rows)
    return s


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
