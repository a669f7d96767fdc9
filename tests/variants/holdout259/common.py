"""Helpers shared by the returns of the 259th held-out set (commerce and consumption)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
DIR = (*ONE, "指标方向")


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


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


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """The indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def stacked(s: Sheet, year: int, name: str, dept: str, unit: str, money: Sequence[Sequence[Any]],
            goal: str | tuple[str, str], **kw: Any) -> None:  # fmt: skip
    """One project of several stacked in a sheet: a blank line, then its own head block
    (``goal``: the 年度目标, or the 中期 and 年度 goals of a multi-year project)."""
    s.skip()
    goals = [goal] if isinstance(goal, str) else list(goal)
    project_head(s, year=year, name=name, dept=dept, unit=unit, money=money, goals=goals,
                 title="", **kw)  # fmt: skip


def calc(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """A 资金测算 block: (支出内容, 数量, 单价（万元）, 金额（万元）, 测算依据) and a 合计 row."""
    s.row("资金测算", "支出内容", "数量", "单价（万元）", "金额（万元）", "测算依据")
    top = s.r
    for line in lines:
        s.row(None, *line)
    s.row(None, "合计", None, None, total, None)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A footnote merged across the table."""
    s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, checker: str, phone: str) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
