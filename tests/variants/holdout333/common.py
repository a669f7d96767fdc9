"""Helpers shared by the returns of the 333rd held-out set (beekeeping and apiculture support):
a book with its first sheet, money rows in 万元, an indicator table under its header with tier-1
and tier-2 merged down, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def wan(v: Any) -> Any:
    """An amount whose unit 万元 lives only in the number format (cells and text pass through)."""
    if v is None or isinstance(v, (C, str)):
        return v
    return money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any, *, fiscal_label: str = "其中：财政拨款",
             other_label: str = "其他资金") -> list[list[Any]]:  # fmt: skip
    """The money rows of a one-year project: total and its two sources."""
    return [
        ["年度资金总额", wan(total), fiscal_label, wan(fiscal)],
        [None, None, other_label, wan(other)],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    rows = [[f"中期{labels[0]}", wan(period[0]), f"年度{labels[0]}", wan(annual[0])]]
    for i in (1, 2):
        rows.append([labels[i], wan(period[i]), labels[i], wan(annual[i])])
    return rows


def project_book(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet starts with a project head (``heads.project_head``)."""
    b = Book()
    s = b.sheet(sheet)
    project_head(s, **head)
    return b, s


def department_book(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet starts with a department head (``heads.department_head``)."""
    b = Book()
    s = b.sheet(sheet)
    department_head(s, **head)
    return b, s


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row, then the indicator rows with tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction rows, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, filled: tuple[int, int, int]) -> None:
    """Signature, phone and date lines under the table (the date a date cell)."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", day(*filled))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
