"""Helpers shared by the returns of the 270th held-out set (medical security bureaus)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment

from tests.variants.heads import project_head
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


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """The indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A footnote row merged across the table (not an indicator)."""
    r = s.row(text, merge=[(1, width)])
    s.ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")


def sign(s: Sheet, who: str, checker: str, phone: str) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")


def stacked(s: Sheet, head: dict[str, Any], header: Sequence[Any],
            rows: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    """One project of a sheet that stacks several: its own head block (no title of its own),
    its indicator table and a blank row after it."""
    project_head(s, title="", **head)
    indicators(s, header, rows)
    s.skip()


def head(name: str, unit: str, money: Any, goal: Any, dept: str, **kw: Any) -> dict[str, Any]:
    """The keywords of ``project_head`` for one project (year 2026 unless given)."""
    kw.setdefault("year", 2026)
    goals = list(goal) if isinstance(goal, tuple) else [goal]
    return {"name": name, "unit": unit, "money": money, "goals": goals, "dept": dept, **kw}


def book(title: str, widths: Sequence[float] = (16, 16, 30, 18, 18, 16)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
