"""Helpers shared by the 724th held-out set: books with their first sheet, project and
department heads, indicator tables with tier-1 and tier-2 merged down, footnotes and signature
lines. Everything is invented: 澄湾区 and its streets, units, people and figures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
DEPT = "澄湾区民政局（317）"
CENTRE = "澄湾区养老服务指导中心"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    b = Book()
    return b, b.sheet(title, widths)


def project(title: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a project head (``heads.project_head``)."""
    b, s = book(title)
    head.setdefault("year", YEAR)
    head.setdefault("dept", DEPT)
    project_head(s, **head)
    return b, s


def department(title: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a department head (``heads.department_head``)."""
    b, s = book(title)
    head.setdefault("year", YEAR)
    department_head(s, **head)
    return b, s


def one_year(total: float, grant: float) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(grant)),
            ("其他资金", wan(round(total - grant, 2)), None, None)]  # fmt: skip


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD4,
               label: str | None = "绩效指标") -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    if label:
        s.row(label, merge=[(1, len(head))])
    s.row(*head)
    return s.table(rows, merged=(1, 2))


def footer(s: Sheet, who: str, phone: str, filled: Any = None) -> None:
    """A note, then signature and date lines under the table."""
    s.row("注：指标值按《澄湾区养老服务资金管理办法》及上年实际完成情况测算。", merge=[(1, 6)])
    s.skip()
    s.row(f"填表人：{who}", None, f"联系电话：{phone}", None, "填报日期",
          filled or day(YEAR - 1, 11, 14, 'yyyy"年"m"月"d"日"'))  # fmt: skip
    s.row("单位负责人（签字）：", None, None, None, "（单位盖章）")
