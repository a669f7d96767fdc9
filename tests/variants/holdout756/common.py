"""Helpers shared by the returns of the 756th held-out set (檀川市应急管理局): books, money rows,
indicator tables under their header with tier-1 and tier-2 merged down, notes, detail blocks
and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2026
BUREAU = "檀川市应急管理局"
DEPT = "檀川市应急管理局（307001）"
WIDE = (18, 18, 32, 18, 18, 18)


def wan(v: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a C or text passes through)."""
    return money(v, WAN) if isinstance(v, int | float) else v


def new_book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money block of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), None, None),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])),
        ("其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])),
        ("其他资金", wan(period[2]), "其他资金", wan(annual[2])),
    ]


def project(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the bureau (budget year 2026 unless ``year`` is given)."""
    kw.setdefault("year", YEAR)
    project_head(s, name=name, dept=DEPT, unit=unit, money=money_rows, goals=goals, **kw)


def department(s: Sheet, budget: Sequence[Any], tasks: Sequence[Sequence[Any]], goal: Any) -> None:
    """The bureau's department head: one budget row, key tasks ending in 金额合计."""
    lines = [tuple(wan(v) for v in budget)]
    rows = [(t[0], t[1], wan(t[2]), t[3]) for t in tasks]
    department_head(s, year=YEAR, dept=BUREAU, budget=lines, tasks=rows, goal=goal)


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, instruction or 说明 row merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, date: C) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", date)
    s.row("单位负责人（签字）：", None, "财务负责人（签字）：", None, "（单位盖章）")


def details(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """A budget detail block: 支出内容 · 数量 · 单价（万元） · 金额（万元） and its 合计."""
    s.skip()
    s.row("资金明细", "支出内容", "数量", "单价（万元）", "金额（万元）")
    top = s.r + 1
    for what, count, price, amount in lines:
        s.row(None, what, count, money(price, "0.0000"), money(amount))
    s.row(None, "合计", None, None, money(total))
    s.ws.merge_cells(start_row=top - 1, start_column=1, end_row=s.r, end_column=1)
