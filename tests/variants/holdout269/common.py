"""Helpers shared by the returns of the 269th held-out set (grain and material reserves)."""

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
    """The money rows of a one-year project head (总额 = 财政拨款 + 其他资金)."""
    return [("年度资金总额", total, None, None), ("其中：财政拨款", grant, "其他资金", other)]


def period_money(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", mid[0], "年度资金总额", year[0]),
        ("其中：财政拨款", mid[1], "其中：财政拨款", year[1]),
        ("其他资金", mid[2], "其他资金", year[2]),
    ]


def prior(s: Sheet, budget: Any, spent: Any, rate: Any = None, unit: str = "万元") -> None:
    """The prior-year row of a project head: budget, spending and, if given, the rate."""
    cells: list[Any] = [f"上年预算数（{unit}）", budget, f"上年执行数（{unit}）", spent]
    if rate is not None:
        cells += ["上年预算执行率", rate]
    s.row(*cells)


def basis(s: Sheet, lines: Sequence[tuple[Any, Any, Any]], total: Any) -> None:
    """A money block with 测算依据: (支出内容, 测算依据, 金额) lines and their 合计."""
    s.row("资金测算明细", "支出内容", "测算依据", None, "金额（万元）", None, merge=[(3, 4)])
    top = s.r
    for what, how, amount in lines:
        s.row(None, what, how, None, amount, merge=[(3, 4)])
    s.row(None, "合计", None, None, total, merge=[(3, 4)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """The indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A footnote row merged across the table."""
    s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, checker: str, phone: str) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
