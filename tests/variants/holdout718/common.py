"""Helpers shared by the 718th held-out set: books with their first sheet, money rows, indicator
tables with tier-1 and tier-2 merged down, notes under the table and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

DEPT = "澜屿县海洋与渔业局（218004）"
UNIT = "澜屿县渔业安全生产服务站"
PORT = "澜屿县东汀渔港管理所"
INSURE = "澜屿县渔业互保服务中心"
TIERS = ("一级指标", "二级指标", "三级指标", "指标值")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format only."""
    return money(value, WAN)


def book(title: str = "Sheet1", widths: Sequence[float] = (14, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    b = Book()
    return b, b.sheet(title, widths)


def project(year: int, name: str, unit: str, funds: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a project head (``kw`` as for ``project_head``)."""
    b, s = book(kw.pop("sheet", "Sheet1"))
    project_head(s, year=year, name=name, dept=DEPT, unit=unit, money=funds, goals=goals, **kw)
    return b, s


def department(year: int, budget: Sequence[Any], goal: Any, tasks: Sequence[Sequence[Any]] = (),
               dept: str = "澜屿县海洋与渔业局") -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a department head."""
    b, s = book()
    department_head(s, year=year, dept=dept, budget=[budget], goal=goal, tasks=tasks)
    return b, s


def funds(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The two money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", total, "其中：财政拨款", fiscal], ["其他资金", other, None, None]]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               label: str | None = "绩效指标") -> int:  # fmt: skip
    """A header row and the indicator rows, tier-1 and tier-2 merged down."""
    if label:
        s.row(label, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Rows of text merged across the table (注, 说明, 填表说明)."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: C) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", when)
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")


def dated(y: int, m: int, d: int) -> C:
    return day(y, m, d)
