"""Helpers shared by the returns of the 390th held-out set: esports venues and youth esports
training oversight (电竞场馆 / 电子竞技)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
WIDTHS = (18.0, 20.0, 32.0, 18.0, 18.0, 16.0)


def start(title: str = "Sheet1") -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, WIDTHS)


def w(value: Any) -> Any:
    """An amount with 万元 only in the number format (a marked cell passes through)."""
    return value if isinstance(value, C) else money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """One-year money rows: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", w(total), "其中：财政拨款", w(fiscal)), ("其他资金", w(other))]


def period_funds(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Multi-year money rows: (总额, 财政拨款, 其他资金) for the period and for the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, w(p), b, w(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(s: Sheet, **kw: Any) -> None:
    """A project head for the budget year (``heads.project_head``)."""
    project_head(s, year=YEAR, **kw)


def department(s: Sheet, **kw: Any) -> None:
    """A department head for the budget year (``heads.department_head``)."""
    department_head(s, year=YEAR, **kw)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], header: Sequence[Any] = HEAD,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any) -> int:
    """Signature, phone and date line under the table."""
    return s.row(f"填表人：{who}", None, f"联系电话：{phone}", None, "填报日期", date)


def details(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> int:
    """A 项目支出明细 block: (明细项目, 数量, 单价, 金额) lines and a 合计 line."""
    s.row("项目支出明细", "明细项目", "测算依据", "数量", "单价（万元）", "金额（万元）")
    top = s.r + 1
    for line in lines:
        s.row(None, *line)
    s.row(None, "合计", None, None, None, total)
    s.ws.merge_cells(start_row=top - 1, start_column=1, end_row=s.r, end_column=1)
    return s.r
