"""Helpers shared by the returns of the 532nd held-out set: rice noodle (米粉) and fermented
tofu (腐乳) workshops of the invented 蓼川县, budget year 2025."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
SAMR = "蓼川县市场监督管理局（317001）"
BIZ = "蓼川县商务和工业信息化局（318004）"

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def wan(v: Any) -> Any:
    """An amount in 万元 carried by the number format (a ``C`` or None passes unchanged)."""
    return v if v is None or isinstance(v, C) else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money block of a one-year project."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), None, None),
    ]


def periods(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project_book(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet starts with a project head (heads.project_head)."""
    b = Book()
    s = b.sheet(sheet)
    project_head(s, year=YEAR, **head)
    return b, s


def department_book(budget: Sequence[Any], sheet: str = "Sheet1", **head: Any) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book whose first sheet starts with a department head; ``budget`` is one row of
    (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出) in 万元."""
    b = Book()
    s = b.sheet(sheet)
    department_head(s, year=YEAR, budget=[tuple(wan(v) for v in budget)], **head)
    return b, s


def tasks(*lines: tuple[str, str, Any, str], total: Any) -> list[tuple[Any, ...]]:
    """Task rows of a department head, the 金额合计 row last."""
    return [*((n, c, wan(a), g) for n, c, a, g in lines), ("金额合计", None, wan(total), None)]


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign_off(s: Sheet, person: str, phone: str, when: Any) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row(f"填表人：{person}", None, f"联系电话：{phone}", None, "填报日期：", when)
