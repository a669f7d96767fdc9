"""Helpers shared by the 773rd held-out set: the returns of an invented county bureau,
岚湾县市场监督管理局, built on ``kit.py`` and ``heads.py``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.worksheet.pagebreak import Break

from tests.variants.heads import project_head
from tests.variants.kit import Book, Sheet

BUREAU = "岚湾县市场监督管理局"
DEPT = "岚湾县市场监督管理局（412001）"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
WIDTHS = (16, 18, 30, 14, 16, 14, 14, 12)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: Any, fin: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money block of a one-year project (万元)."""
    return [("年度资金总额", total, "其中：财政拨款", fin), (None, None, "其他资金", other)]


def period(p: Sequence[Any], a: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money block of a multi-year project: (total, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", p[0], "年度资金总额", a[0]),
        ("其中：财政拨款", p[1], "其中：财政拨款", a[1]),
        ("其他资金", p[2], "其他资金", a[2]),
    ]


def project(s: Sheet, name: str, money: Sequence[Sequence[Any]], goals: Sequence[Any],
            **kw: Any) -> None:  # fmt: skip
    """A project head of the bureau (budget year 2025 unless ``year`` says otherwise)."""
    kw.setdefault("year", 2025)
    kw.setdefault("unit", BUREAU)
    project_head(s, name=name, dept=DEPT, money=money, goals=goals, **kw)


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """Signature, phone and date line under the table, after a blank row."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", when)


def page_break(s: Sheet) -> None:
    """A manual page break after the last row written."""
    s.ws.row_breaks.append(Break(id=s.r))
