"""Helpers shared by the returns of the 211th held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def one_year_money(total: Any, grant: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head."""
    return [("年度资金总额", total, None, None), ("其中：财政拨款", grant, "其他资金", other)]


def period_money(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", mid[0], "年度资金总额", year[0]),
        ("其中：财政拨款", mid[1], "其中：财政拨款", year[1]),
        ("其他资金", mid[2], "其他资金", year[2]),
    ]


def project(s: Sheet, *, title: Any, name: str, dept: str, unit: str, term: Any, start: Any,
            end: Any, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any] = (),
            span: Any = None, attr: str = "延续项目") -> None:  # fmt: skip
    """A six-column project head whose 项目期, plan dates and 中期 label are given as cells
    (so that a mark can sit on any of them); ``money_rows`` go under 项目资金（万元）."""
    s.title(title, 6)
    s.row("项目名称", name, None, "主管部门及代码", dept, merge=[(2, 3), (5, 6)])
    s.row("实施单位", unit, None, "项目属性", attr, merge=[(2, 3), (5, 6)])
    s.row("项目期", term, "计划开始日期", start, "计划完成日期", end)
    top = s.r + 1
    for line in money_rows:
        s.row("项目资金（万元）" if s.r + 1 == top else None, *line)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    if len(goals) == 2:
        s.row("总体目标", span, None, "年度目标", None, None, merge=[(2, 3), (4, 6)])
        s.row(None, goals[0], None, goals[1], merge=[(2, 3), (4, 6)])
        s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    elif goals:
        s.row("年度绩效目标", goals[0], merge=[(2, 6)])


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """The indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def sign(s: Sheet, who: str, checker: str, phone: str, filled: Any = None) -> None:
    """A blank line, the signature line and, if given, a 填报日期 line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")
    if filled is not None:
        s.row("填报日期：", filled)


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A note row merged across the table."""
    s.row(text, merge=[(1, width)])


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
