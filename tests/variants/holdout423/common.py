"""Helpers shared by the 423rd held-out set: the returns of an invented state farm (云槟县国营红岫
农场, under 云槟县农垦管理局) on natural rubber replanting and tapping-skill training."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "云槟县农垦管理局（412006）"
FARM = "云槟县国营红岫农场"
WIDE = (16, 18, 30, 14, 16, 14, 14)

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def _w(value: Any) -> Any:
    return value if isinstance(value, C | str) or value is None else wan(value)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def funds(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """A one-year money block: 资金总额, 其中：财政拨款, 其他资金."""
    return [["资金总额", _w(total), "其中：财政拨款", _w(fiscal)], ["其他资金", _w(other)]]


def period_funds(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """A multi-year money block: (总额, 财政拨款, 其他资金) for the period and for the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [[a, _w(p), b, _w(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(s: Sheet, name: str, rows: Sequence[Sequence[Any]], goals: Sequence[Any],
            **kw: Any) -> None:  # fmt: skip
    """The farm's project head for the budget year."""
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=FARM, money=rows, goals=goals, **kw)


def department(s: Sheet, budget: Sequence[Any], goal: str,
               tasks: Sequence[Sequence[Any]] = (), **kw: Any) -> None:  # fmt: skip
    """The farm's department head: ``budget`` is (资金总额, 财政拨款, 其他资金, 基本, 项目)."""
    department_head(s, year=YEAR, dept=FARM, budget=[[_w(v) for v in budget]], goal=goal,
                    tasks=tasks, **kw)  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged)


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A 注 / 说明 line merged across the table."""
    s.row(text, merge=[(1, width)])


def signature(s: Sheet, boss: str, clerk: str, phone: str, filled: Any = None) -> None:
    """Signature, phone and date lines under the table (filled in the year before)."""
    s.skip()
    s.row(f"单位负责人：{boss}", None, f"填表人：{clerk}", f"联系电话：{phone}", "填报日期",
          filled or day(YEAR - 1, 11, 26))  # fmt: skip
