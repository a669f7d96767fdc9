"""Helpers shared by the returns of the 223rd held-out set (transport and urban construction
over several years)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, YUAN, Book, C, Sheet, day, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
SCORED = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "三级指标分值")


def wan(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def yuan(value: float) -> C:
    """An amount in 元 carried only by the number format (``#,##0.00"元"``)."""
    return money(value, YUAN)


def one_year_money(total: Any, grant: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head (总额 = 财政拨款 + 其他资金)."""
    return [("年度资金总额", total, None, None), ("其中：财政拨款", grant, "其他资金", other)]


def period_money(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", mid[0], "年度资金总额", year[0]),
        ("其中：财政拨款", mid[1], "其中：财政拨款", year[1]),
        ("其他资金", mid[2], "其他资金", year[2]),
    ]


def continuing_head(s: Sheet, *, year: int, first: int, last: int, name: str, dept: str,
                    unit: str, money_rows: Sequence[Sequence[Any]],
                    goals: Sequence[Any]) -> None:  # fmt: skip
    """The head of a multi-year project in a later year of its period (``first``–``last``):
    the title carries the budget year, the 中期目标 the whole period."""
    s.title(f"{year}年度项目支出绩效目标申报表", 6)
    s.row("项目名称", name, None, "主管部门及代码", dept, merge=[(2, 3), (5, 6)])
    s.row("实施单位", unit, None, "项目属性", "延续项目", merge=[(2, 3), (5, 6)])
    s.row("项目期", f"{last - first + 1}年", "计划开始日期", day(first, 3, 1),
          "计划完成日期", day(last, 12, 31))  # fmt: skip
    top = s.r + 1
    for line in money_rows:
        s.row("项目资金（万元）" if s.r + 1 == top else None, *line)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("总体目标", f"中期目标（{first}年—{last}年）", None, "年度目标", None, None,
          merge=[(2, 3), (4, 6)])  # fmt: skip
    s.row(None, goals[0], None, goals[1], merge=[(2, 3), (4, 6)])
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The indicator table under its header row, the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A footnote row merged across the table."""
    s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, checker: str, phone: str, filled: Any = None) -> None:
    """A blank line, the signature line and, if given, the fill date below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")
    if filled is not None:
        s.row("填报日期：", filled)


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 14),
         ) -> tuple[Book, Sheet]:  # fmt: skip
    b = Book()
    return b, b.sheet(title, widths)
