"""Helpers shared by the 593rd held-out set: a book with its first sheet, money rows in 万元,
project and department heads of 雪陂县 (invented), indicator tables, notes and signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

DEPT = "雪陂县农业农村局（312）"
SEED = "雪陂县种子管理站"
MILL = "雪陂县鹰嘴梁燕麦粉加工厂"

NAT4 = ("一级指标", "二级指标", "三级指标", "指标值")
OPS6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
PERIOD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
FLAT = ("序号", "指标名称", "权重", "计量单位", "指标性质", "指标值")


def w(value: float) -> C:
    """An amount in 万元, the unit only in the number format."""
    return money(value, WAN)


def new(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def two_columns(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    rows = [(f"中期{labels[0]}", period[0], f"年度{labels[0]}", annual[0])]
    rows += [(labels[i], period[i], labels[i], annual[i]) for i in (1, 2)]
    return rows


def project(s: Sheet, name: str, unit: str, money_rows: list[tuple[Any, ...]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the 2025 budget year under 雪陂县农业农村局."""
    kw.setdefault("year", 2025)
    project_head(s, name=name, dept=DEPT, unit=unit, money=money_rows, goals=goals, **kw)


def department(s: Sheet, budget: Sequence[Any], goal: Any, **kw: Any) -> None:
    """A department head of 雪陂县种子管理站 for 2025, filled in November 2024."""
    department_head(s, year=2025, dept=SEED, budget=[budget], goal=goal,
                    filled=day(2024, 11, 18, CN_DATE), **kw)  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row, then the indicator rows with the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Lines merged across the table (注, 说明, 填表说明)."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, when: Any) -> None:
    """The signature and date line under the table."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", when)
    s.row("单位负责人（签字）：", None, None, "单位（盖章）", merge=[(1, 3)])
