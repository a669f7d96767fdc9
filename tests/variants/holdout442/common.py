"""Helpers shared by the returns of the 442nd held-out set: a river basin authority's
hydrological station (水文站) modernisation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2026
BUREAU = "芦汀河流域管理局"
HYDRO = "芦汀河流域水文水资源监测中心"
DEPT = f"{BUREAU}（217）"
WIDE = (16, 16, 30, 14, 16, 14, 14)
IND = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount with 万元 only in the number format; marked cells pass through."""
    return money(v, WAN) if isinstance(v, int | float) else v


def funds(total: Any, fin: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project head."""
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fin)],
        ["其他资金", wan(other), None, None],
    ]


def funds_multi(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(
    s: Sheet, name: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any], **kw: Any
) -> None:
    """A project head of the hydrology centre (the budget year unless ``year`` is given)."""
    kw.setdefault("year", YEAR)
    kw.setdefault("unit", HYDRO)
    project_head(s, name=name, dept=DEPT, money=money_rows, goals=goals, **kw)


def table(
    s: Sheet,
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    merged: Sequence[int] = (1, 2),
    col: int = 1,
) -> int:
    """An indicator table under its header, tier columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnote, 说明 or 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: C) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", date)


def details(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """Money detail lines (支出内容, 金额, 测算依据) with their 合计."""
    top = s.row("资金测算明细", "支出内容", "金额（万元）", "测算依据", None, None, merge=[(4, 6)])
    for name, amount, basis in lines:
        s.row(None, name, wan(amount), basis, None, None, merge=[(4, 6)])
    s.row(None, "合计", wan(total), None, None, None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
