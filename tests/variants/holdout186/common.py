"""Helpers shared by the returns of the 186th held-out set: the habits of staff who fill the
forms by hand (a unit name merged over two rows, a 序号 column and a 备注 column, blank spacer
rows between tier-1 groups, a hidden column of last year's values, numbered goals in one cell,
an unrelated small sheet before the table sheet)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from tests.variants.kit import Book, Sheet, day

INSTRUCTIONS = (
    "本表金额单位为万元，保留两位小数。",
    "绩效指标应细化、量化，定量指标分别填写比较符号、指标值和计量单位。",
    "定性指标直接填写评价等级，比较符号和计量单位不填。",
    "备注栏可注明指标值的设定依据或统计口径。",
    "本表一式两份，经单位负责人审核签字后报财政部门。",
)


def instructions(b: Book, lines: Sequence[str] = INSTRUCTIONS) -> Sheet:
    """A 填报说明 sheet before the table sheet: numbered instruction lines."""
    s = b.sheet("填报说明", widths=(8, 90))
    s.title("填报说明", 2)
    for i, line in enumerate(lines, start=1):
        s.row(i, line)
    return s


def attachments(b: Book, title: str, items: Sequence[tuple[str, int, str]]) -> Sheet:
    """An 附件清单 sheet before the table sheet: (附件名称, 份数, 备注) rows."""
    s = b.sheet("附件清单", widths=(8, 40, 10, 24))
    s.title(title, 4)
    s.row("序号", "附件名称", "份数", "备注")
    for i, (name, n, note) in enumerate(items, start=1):
        s.row(i, name, n, note or None)
    return s


def _spans(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(a, z) for a, z in spans if z > a]


def _tall(s: Sheet, height: float = 66) -> None:
    s.ws.row_dimensions[s.r].height = height
    s.ws.cell(s.r, 2).alignment = Alignment(wrap_text=True, vertical="top")


def _pair(s: Sheet, width: int, a: Any, b: Any, c: Any, d: Any) -> None:
    """label | value (B:E) | label | value (G:end)."""
    s.row(a, b, None, None, None, c, d, merge=_spans([(2, 5), (7, width)]))


def _unit_rows(
    s: Sheet, width: int, label: str, unit: str, right: Sequence[tuple[str, Any]]
) -> None:
    """The unit's name merged over two rows high, two label/value pairs beside it."""
    top = s.r + 1
    for i, (k, v) in enumerate(right):
        s.row(label if i == 0 else None, unit if i == 0 else None, None, None, None, k, v,
              merge=_spans([(7, width)]))  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.ws.merge_cells(start_row=top, start_column=2, end_row=s.r, end_column=5)
    s.ws.cell(top, 2).alignment = Alignment(vertical="center", wrap_text=True)


def goals(s: Sheet, width: int, rows: Sequence[tuple[str, Any]]) -> None:
    for label, text in rows:
        s.row(label, text, merge=[(2, width)])
        _tall(s)


def project_head(s: Sheet, width: int, *, year: int, name: str, dept: str, unit: str,
                 leader: str, phone: str, money: Sequence[Sequence[Any]],
                 goal: Sequence[tuple[str, Any]], years: int = 1, attr: str = "延续项目",
                 title: str | None = None,
                 money_label: str = "项目资金（万元）") -> None:  # fmt: skip
    """A project head block ``width`` columns wide. ``money`` rows are (label, value) for a
    one-year project, (label, 中期, 年度) for a multi-year one; ``goal`` (label, text) rows."""
    if title != "":
        s.title(title or f"{year}年度项目支出绩效目标申报表", width)
    _pair(s, width, "项目名称", name, "主管部门", dept)
    _unit_rows(s, width, "实施单位", unit, [("项目负责人", leader), ("联系电话", phone)])
    _pair(s, width, "项目属性", attr, "项目期", f"{years}年")
    _pair(s, width, "计划开始日期", day(year, 1, 1), "计划完成日期", day(year + years - 1, 12, 31))
    top = s.r + 1
    if years > 1:
        s.row(money_label, "资金来源", None, "中期（实施期）", "年度", merge=[(2, 3)])
    for i, line in enumerate(money):
        first = i == 0 and years == 1
        s.row(money_label if first else None, line[0], None, *line[1:], merge=[(2, 3)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    goals(s, width, goal)


def department_head(s: Sheet, width: int, *, year: int, dept: str, code: str, filled: Any,
                    budget: Sequence[Any], tasks: Sequence[Sequence[Any]], goal: Any,
                    title: str | None = None) -> None:  # fmt: skip
    """A department head: the name merged two rows high, the budget (资金总额, 财政拨款,
    其他资金, 基本支出, 项目支出), tasks (名称, 内容, 金额, 目标) ending with 金额合计."""
    s.title(title or f"{year}年度部门整体支出绩效目标申报表", width)
    _unit_rows(s, width, "部门（单位）名称", dept, [("部门预算编码", code), ("填报日期", filled)])
    s.row("年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(None, *budget)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度主要任务", "任务名称", "主要实施内容", None, "预算金额（万元）", "期望达到的目标",
          merge=[(3, 4), (6, width)])  # fmt: skip
    top = s.r
    for t in tasks:
        s.row(None, t[0], t[1], None, t[2], t[3], merge=[(3, 4), (6, width)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    goals(s, width, [("年度总体目标", goal)])


def indicators(s: Sheet, header: Sequence[str], groups: Sequence[Sequence[Sequence[Any]]], *,
               hidden: int | None = None, section: str | None = "绩效指标") -> None:  # fmt: skip
    """The indicator table: a 序号 column before ``header``; each group is one tier-1 block
    (tier-1 and tier-2 merged down), a blank spacer row between groups; ``hidden``: the
    1-based column (counting 序号) hidden from view."""
    width = len(header) + 1
    if section:
        s.row(section, merge=[(1, width)])
    s.row("序号", *header)
    n = 0
    for gi, rows in enumerate(groups):
        if gi:
            s.skip()
        numbered = []
        for r in rows:
            n += 1
            numbered.append((n, *r))
        s.table(numbered, merged=(2, 3))
    if hidden:
        s.ws.column_dimensions[get_column_letter(hidden)].hidden = True


def footer(s: Sheet, width: int, *, signer: str, checker: str, head: str, filled: str,
           notes: Sequence[str] = ()) -> None:  # fmt: skip
    s.skip()
    for note in notes:
        s.row(note, merge=[(1, width)])
    s.row(f"填报人：{signer}", None, None, f"审核人：{checker}", None, f"单位负责人：{head}",
          merge=_spans([(1, 3), (4, 5), (6, width)]))  # fmt: skip
    s.row(f"填报日期：{filled}", merge=[(1, width)])


ONE = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "上年指标值", "备注")
TWO = ("一级指标", "二级指标", "三级指标", "指标性质", "中期指标值", "年度指标值", "计量单位",
       "上年指标值", "备注")  # fmt: skip
WIDTHS9 = (6, 14, 16, 30, 10, 12, 10, 12, 18)
WIDTHS10 = (6, 14, 16, 30, 10, 12, 12, 10, 12, 18)
