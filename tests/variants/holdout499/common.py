"""Helpers shared by the returns of the 499th held-out set (glazed tile kilns, temple roofs)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
WIDE = (16, 18, 30, 18, 18, 16, 14)


def wan(v: Any) -> Any:
    """An amount in 万元 with the unit only in the number format; text and marks are kept."""
    if isinstance(v, C):
        if v.fmt is None and isinstance(v.value, int | float):
            return C(v.value, WAN, v.marks)
        return v
    if isinstance(v, int | float):
        return money(v, WAN)
    return v


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project: 资金总额 with 财政拨款 and 其他资金."""
    return [
        ["资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        [None, None, "其他资金", wan(other)],
    ]


def periods(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money block of a multi-year project: 中期 (total, fiscal, other) beside 年度."""
    return [
        ["中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])],
        ["其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])],
        ["其他资金", wan(period[2]), "其他资金", wan(annual[2])],
    ]


def project(*, sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet starts with a project head (§3.1) of the budget year."""
    b = Book()
    s = b.sheet(sheet, WIDE)
    head.setdefault("year", YEAR)
    project_head(s, **head)
    return b, s


def department(*, sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet starts with a department head (§3.2) of the budget year."""
    b = Book()
    s = b.sheet(sheet, WIDE)
    head.setdefault("year", YEAR)
    department_head(s, **head)
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> int:
    """The signature line under a table: filler, phone and fill date (year before by default)."""
    when = when if when is not None else day(YEAR - 1, 11, 22, 'yyyy"年"m"月"d"日"')
    return s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期：", when)


def stacked(s: Sheet, **head: Any) -> None:
    """A further project head stacked under the previous project's table (no title)."""
    s.skip()
    head.setdefault("year", YEAR)
    project_head(s, title="", **head)
