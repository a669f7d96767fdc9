"""Helpers shared by the returns of the 267th held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, YUAN, Book, C, Sheet, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
SHARE = "0.0%"
WEIGHT = (*ONE, "权重")


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def yuan(value: float) -> C:
    """An amount in 元 carried by the number format."""
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


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """The indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def basis(s: Sheet, unit: str, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """A money block with 测算依据: one row per cost line, then the 合计 row."""
    s.row("资金测算明细", "明细项目", f"金额（{unit}）", "测算依据", None, None, merge=[(4, 6)])
    top = s.r
    for line in lines:
        s.row(None, *line, merge=[(4, 6)])
    s.row(None, "合计", total, None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def grid(s: Sheet, unit: str, lines: Sequence[Sequence[Any]], total: Any, share: Any) -> None:
    """An allocation grid: (对象, 金额, 占比, 依据) rows under a header, then the 合计 row."""
    s.row("资金分配", "分配对象", f"分配金额（{unit}）", "占比", "分配依据", None, merge=[(5, 6)])
    top = s.r
    for line in lines:
        s.row(None, *line, merge=[(5, 6)])
    s.row(None, "合计", total, share, None, None, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def head(s: Sheet, **kw: Any) -> None:
    """The head block of a project stacked under the sheet title, after a blank line."""
    s.skip()
    project_head(s, year=2026, title="", **kw)


def sign(s: Sheet, who: str, checker: str, phone: str) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
