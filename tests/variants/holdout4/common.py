"""Pieces shared by the returns of the fourth held-out corpus: a project head placed at any
column, indicator headers in one or two lines, and the signature lines below a table. Every
unit, project and number is invented (澜川省 and its counties do not exist)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day

PROVINCE = "澜川省"
PROJECT_WIDTHS = (14, 16, 30, 10, 16, 16)
PROJECT_TITLE = "2025年度项目支出绩效目标表"


def title_at(s: Sheet, text: Any, col: int, width: int) -> int:
    """A title merged across ``width`` columns from ``col``, the text in the anchor only."""
    r = s.row(text, merge=[(col, col + width - 1)], col=col)
    s.ws.cell(r, col).alignment = Alignment(horizontal="center")
    return r


def project_block(s: Sheet, *, year: int, name: str, dept: str, unit: str, money: Sequence[
        Sequence[Any]], goals: Sequence[Any], years: int = 1, attr: str = "延续项目",
        start: Any = None, end: Any = None, title: str | None = None, col: int = 1,
        money_label: str = "项目资金（万元）") -> None:  # fmt: skip
    """A six-column project head (§3.1) starting in column ``col``. ``money``: rows of
    (label, value, label, value); ``goals``: (年度目标,) or (中期目标, 年度目标)."""
    c = col
    pairs = [(c + 1, c + 2), (c + 4, c + 5)]
    if title != "":
        title_at(s, title or f"{year}年度项目支出绩效目标表", c, 6)
    s.row("项目名称", name, None, "主管部门及代码", dept, merge=pairs, col=c)
    s.row("实施单位", unit, None, "项目属性", attr, merge=pairs, col=c)
    s.row("项目期", f"{years}年", "计划开始日期", start or day(year, 1, 1), "计划完成日期",
          end or day(year + years - 1, 12, 31), col=c)  # fmt: skip
    top = s.r + 1
    for line in money:
        s.row(money_label if s.r + 1 == top else None, *line, col=c)
    if len(money) > 1:
        s.ws.merge_cells(start_row=top, start_column=c, end_row=s.r, end_column=c)
    if len(goals) == 2:
        span = f"中期目标（{year}年—{year + years - 1}年）"
        spans = [(c + 1, c + 2), (c + 3, c + 5)]
        s.row("总体目标", span, None, "年度目标", None, None, merge=spans, col=c)
        s.row(None, goals[0], None, goals[1], merge=[(c + 1, c + 2), (c + 3, c + 5)], col=c)
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    else:
        s.row("年度绩效目标", goals[0], merge=[(c + 1, c + 5)], col=c)


def two_line_header(s: Sheet, *, lead: Sequence[str] = ("一级指标", "二级指标", "三级指标"),
                    values: tuple[str, str] = ("中期指标值", "年度指标值"),
                    tail: Sequence[str] = (), col: int = 1) -> int:  # fmt: skip
    """Two header lines: 指标值 merged over the two period columns, the other headers merged
    down over both lines. Returns the second line's row."""
    r1 = s.row(*lead, "指标值", None, *tail, col=col)
    r2 = s.row(*([None] * len(lead)), *values, *([None] * len(tail)), col=col)
    v = col + len(lead)
    s.ws.merge_cells(start_row=r1, start_column=v, end_row=r1, end_column=v + 1)
    for c in [*range(col, v), *range(v + 2, v + 2 + len(tail))]:
        s.ws.merge_cells(start_row=r1, start_column=c, end_row=r2, end_column=c)
    return r2


def signatures(s: Sheet, *, who: str, checker: str, phone: str, filled: Any, col: int = 1) -> None:
    """The lines staff add below a table: who filled it, who checked it, phone and date."""
    s.skip()
    s.row(f"填表人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}", col=col)
    s.row("填报日期：", filled, col=col)


def money_rows(total: Any, grant: float, other: float) -> list[tuple[Any, ...]]:
    """A one-year money block: 年度资金总额 with 财政拨款 and 其他资金 (万元)."""
    return [("年度资金总额", total, "其中：财政拨款", C(grant, WAN)),
            (None, None, "其他资金", C(other, WAN))]  # fmt: skip


def project_sheet(book: Book, sheet: str, head: dict[str, Any], header: Sequence[str],
                  rows: Sequence[Sequence[Any]], col: int = 1) -> None:  # fmt: skip
    """One project on its own sheet: head, one header line, tiers merged down, signatures."""
    s = book.sheet(sheet, PROJECT_WIDTHS if col == 1 else (3, 3, *PROJECT_WIDTHS, 10))
    project_block(s, year=2025, title=PROJECT_TITLE, col=col, **head)
    s.row(*header, col=col)
    s.table(rows, merged=(1, 2), col=col)
    signatures(s, who="周明远", checker="唐若琳", phone="0871-6531 2207",
               filled=day(2024, 11, 15, CN_DATE), col=col)  # fmt: skip
