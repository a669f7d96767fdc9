"""Helpers shared by the returns of the 641st held-out set: a book with its first sheet, money
rows in 万元 (the unit only in the number format), indicator tables with tier-1 and tier-2
merged down, note rows and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def book(sheet: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(sheet, widths)


def wan(v: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked C or None passes unchanged)."""
    return v if v is None or isinstance(v, C) else money(v, WAN)


def one_year(total: Any, fin: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project: total, then 财政拨款 and 其他资金."""
    return [["年度资金总额", wan(total), None, None],
            ["其中：财政拨款", wan(fin), "其他资金", wan(other)]]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(s: Sheet, year: int, name: str, dept: str, unit: str, money_rows: Sequence[
        Sequence[Any]], goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head (heads.project_head) with the usual keyword names."""
    project_head(s, year=year, name=name, dept=dept, unit=unit, money=money_rows, goals=goals,
                 **kw)  # fmt: skip


def department(s: Sheet, year: int, dept: str, budget: Sequence[Any], goal: Any,
               tasks: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    """A department head: ``budget`` is (总额, 财政拨款, 其他资金, 基本支出, 项目支出) in 万元,
    ``tasks`` rows (名称, 内容, 金额, 目标), the last one the 金额合计 row."""
    rows = [[n, c, wan(a), g] for n, c, a, g in tasks]
    department_head(s, year=year, dept=dept, budget=[[wan(x) for x in budget]], goal=goal,
                    tasks=rows)  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with the ``merged`` tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, lines: Sequence[str], width: int = 6) -> None:
    """Note rows (注, 说明, 填表说明) merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: tuple[int, int, int]) -> None:
    """A blank row, then the signature line with the fill date as a date cell."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期",
          day(*when, fmt=CN_DATE))  # fmt: skip
