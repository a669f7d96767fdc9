"""Helpers shared by the returns of the 553rd held-out set (county emergency shelters and
flood-season duty rosters of township governments; every name and figure invented)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
COUNTY = "澄岭县"
BUREAU = "澄岭县应急管理局（413）"
HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD_INLINE = ("一级指标", "二级指标", "三级指标", "指标值")


def w(value: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a marked C passes through)."""
    return money(value, WAN) if isinstance(value, int | float) else value


def one_year(total: Any, grant: Any, other: Any) -> list[list[Any]]:
    """A one-year money block: 年度资金总额 with 财政拨款 and 其他资金."""
    return [["年度资金总额", w(total), "其中：财政拨款", w(grant)],
            [None, None, "其他资金", w(other)]]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """A multi-year money block: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    return [["中期资金总额", w(period[0]), "年度资金总额", w(annual[0])],
            ["其中：财政拨款", w(period[1]), "其中：财政拨款", w(annual[1])],
            ["其他资金", w(period[2]), "其他资金", w(annual[2])]]  # fmt: skip


def project(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet starts with a project head (§3.1)."""
    b = Book()
    s = b.sheet(sheet)
    head.setdefault("year", YEAR)
    head.setdefault("dept", BUREAU)
    project_head(s, **head)
    return b, s


def department(sheet: str = "部门整体", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet starts with a department head (§3.2)."""
    b = Book()
    s = b.sheet(sheet)
    head.setdefault("year", YEAR)
    department_head(s, **head)
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), label: str | None = "绩效指标") -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    if label:
        s.row(label, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote, 说明 or 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: C | None = None) -> None:
    """Signature and date line under the table (the fill date lies before the budget year)."""
    s.skip()
    s.row(f"填报人：{person}", None, f"联系电话：{phone}", None, "填报日期",
          when or day(YEAR - 1, 12, 12, CN_DATE))  # fmt: skip
    s.row("单位负责人（签字）：", None, "（单位盖章）")
