"""Helpers shared by the returns of the 335th held-out set (ice and snow sports)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def wan(v: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked ``C`` passes unchanged)."""
    return v if isinstance(v, C) or v is None else money(v, WAN)


def year_money(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            ("其他资金", wan(other), None, None)]  # fmt: skip


def period_money(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [("中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])),
            ("其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])),
            ("其他资金", wan(period[2]), "其他资金", wan(annual[2]))]  # fmt: skip


def project_book(sheet: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18),
                 **head: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a project head."""
    b = Book()
    s = b.sheet(sheet, widths)
    project_head(s, **head)
    return b, s


def department_book(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a department head."""
    b = Book()
    s = b.sheet(sheet, (18, 22, 24, 18, 18, 18))
    department_head(s, **head)
    return b, s


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], header: Sequence[Any] = HEAD4,
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier columns merged down; the last row written."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote / 说明 / 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, head: str, filler: str, phone: str, date: C) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row(f"单位负责人：{head}", None, f"填报人：{filler}", f"联系电话：{phone}", "填报日期：",
          date)  # fmt: skip


def signed_on(y: int, m: int, d: int) -> C:
    return day(y, m, d, 'yyyy"年"m"月"d"日"')
