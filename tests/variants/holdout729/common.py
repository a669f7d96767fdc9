"""Helpers shared by the returns of the 729th held-out set (relics census, museum renewal,
ancient-building fire safety)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

H4 = ("一级指标", "二级指标", "三级指标", "指标值")
H5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def yearly(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """A one-year money block: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def period(p: Sequence[Any], a: Sequence[Any]) -> list[tuple[Any, ...]]:
    """A multi-year money block: (total, fiscal, other) for the period and for the year."""
    return [
        ("中期资金总额", p[0], "年度资金总额", a[0]),
        ("其中：财政拨款", p[1], "其中：财政拨款", a[1]),
        ("其他资金", p[2], "其他资金", a[2]),
    ]


def project(sheet: str = "Sheet1", **kw: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet carries a project head (``heads.project_head`` arguments)."""
    b = Book()
    s = b.sheet(sheet)
    project_head(s, **kw)
    return b, s


def department(sheet: str = "Sheet1", **kw: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet carries a department head (``heads.department_head``)."""
    b = Book()
    s = b.sheet(sheet)
    department_head(s, **kw)
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """The indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def lines(s: Sheet, *texts: Any, width: int = 6) -> None:
    """Notes, 说明 or 填表说明 lines merged across the table."""
    for t in texts:
        s.row(t, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: Any) -> None:
    """The signature and date line under the table."""
    s.skip()
    s.row("填表人：", person, "联系电话：", phone, "填报日期：", when)


def details(s: Sheet, rows: Sequence[Sequence[Any]]) -> None:
    """A 支出明细 block: (内容, 数量, 单价, 金额) rows, subtotal and total rows included."""
    s.row("支出明细", "支出内容", "数量", "单价（万元）", "金额（万元）", None)
    top = s.r
    for r in rows:
        s.row(None, *r)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
