"""Helpers shared by the returns of the 256th held-out set (rural revitalisation and farm
subsidies)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
WEIGHT = ("一级指标", "二级指标", "三级指标", "指标值", "权重（分）")


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


def divider(s: Sheet, text: str, width: int = 6) -> None:
    """A blank line, then the row naming the next project of a stacked sheet."""
    s.skip()
    s.row(text, merge=[(1, width)])


def basis(s: Sheet, rows: Sequence[Sequence[Any]], total: Any) -> None:
    """A 资金测算依据 block: (支出内容, 测算依据, 金额) rows and their 合计."""
    spans = [(3, 4), (5, 6)]
    s.row("资金测算依据", "支出内容", "测算依据", None, "金额（万元）", None, merge=spans)
    top = s.r
    for name, how, amount in rows:
        s.row(None, name, how, None, amount, None, merge=spans)
    s.row(None, "合计", None, None, total, None, merge=spans)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def prior(s: Sheet, rows: Sequence[Sequence[Any]]) -> None:
    """A prior-year block: (年度, 预算数, 执行数, 执行率) rows under their header."""
    s.row("上年度资金执行情况", "年度", "预算数（万元）", "执行数（万元）", "预算执行率", None)
    top = s.r
    for line in rows:
        s.row(None, *line)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def sources(s: Sheet, rows: Sequence[Sequence[Any]]) -> None:
    """A 资金来源 block: (来源, 金额, 占比) rows under their header."""
    s.row("资金来源构成", "资金来源", "金额（万元）", "占比", None, None)
    top = s.r
    for line in rows:
        s.row(None, *line)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def sign(s: Sheet, who: str, checker: str, phone: str) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A footnote row under a table, merged across it."""
    s.row(text, merge=[(1, width)])


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
