"""Helpers shared by the returns of the 675th held-out set (银耳 and 滑子菇 sheds, 菌棒
factories, a drying line)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

DEPT = "栖云县农业农村局（412）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def start(title: str = "Sheet1") -> tuple[Book, Sheet]:
    """A book and its first sheet."""
    b = Book()
    return b, b.sheet(title, (16, 18, 30, 18, 18, 14, 12))


def one_year(total: float, grant: float, other: float) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 资金总额 = 财政拨款 + 其他资金."""
    return [("资金总额", wan(total), "其中：财政拨款", wan(grant)), ("其他资金", wan(other))]


def multi_year(period: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", period[0], "年度资金总额", year[0]),
        ("其中：财政拨款", period[1], "其中：财政拨款", year[1]),
        ("其他资金", period[2], "其他资金", year[2]),
    ]


def project(s: Sheet, **kw: Any) -> None:
    """A project head for the budget year 2025 unless told otherwise."""
    kw.setdefault("year", 2025)
    kw.setdefault("dept", DEPT)
    project_head(s, **kw)


def department(s: Sheet, **kw: Any) -> None:
    kw.setdefault("year", 2025)
    department_head(s, **kw)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """The signature and date line under the table (filled in the autumn before the year)."""
    s.skip()
    s.row("单位负责人：", who, "联系电话：", phone, "填报日期：", when or day(2024, 11, 18))
