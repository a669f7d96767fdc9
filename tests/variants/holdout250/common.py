"""Helpers shared by the returns of the 250th held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment

from tests.variants.kit import WAN, Book, C, Sheet, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def one_year_money(total: Any, grant: Any, other: Any, grant_label: str = "其中：财政拨款",
                   other_label: str = "其他资金") -> list[tuple[Any, ...]]:  # fmt: skip
    """The money rows of a one-year project head (总额 = the two sources)."""
    return [("年度资金总额", total, None, None), (grant_label, grant, other_label, other)]


def period_money(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", mid[0], "年度资金总额", year[0]),
        ("其中：财政拨款", mid[1], "其中：财政拨款", year[1]),
        ("其他资金", mid[2], "其他资金", year[2]),
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The indicator table under its header row, the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def breakdown(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """A money block: (支出明细, 测算依据, 金额) lines and their 合计, the basis merged over
    three columns and the label merged down the block."""
    top = s.row("资金测算明细", "支出明细", "测算依据", None, None, "金额（万元）",
                merge=[(3, 5)])  # fmt: skip
    for name, basis, amount in lines:
        s.row(None, name, basis, None, None, amount, merge=[(3, 5)])
    s.row(None, "合计", None, None, None, total, merge=[(3, 5)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


FLAT = ("序号", "指标名称", None, "指标值", "备注", None)


def flat(s: Sheet, heading: Any, rows: Sequence[Sequence[Any]],
         header: Sequence[Any] = FLAT) -> None:  # fmt: skip
    """A flat indicator list without tiers: 序号, name (two cells), value, remark (two cells)."""
    s.row(heading, merge=[(1, 6)])
    s.row(*header, merge=[(2, 3), (5, 6)])
    for i, (name, value, *rest) in enumerate(rows, start=1):
        s.row(i, name, None, value, rest[0] if rest else None, merge=[(2, 3), (5, 6)])


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A footnote merged across the table."""
    r = s.row(text, merge=[(1, width)])
    s.ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")


def sign(s: Sheet, who: str, checker: str, phone: str) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")


def book(title: str, widths: Sequence[float] = (18, 18, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
