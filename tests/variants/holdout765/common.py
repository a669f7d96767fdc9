"""Helpers shared by the returns of the 765th held-out set (澄渊市司法局): a book with its first
sheet and a project or department head, money rows, an indicator table under its header with
tier-1 and tier-2 merged down, a flat list, note rows and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2026
BUREAU = "澄渊市司法局（413001）"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


def amt(value: Any, fmt: str = WAN) -> Any:
    """An amount as a number cell (the unit only in the format); a marked cell stays as given."""
    if value is None or isinstance(value, C):
        return value
    return money(value, fmt)


def one_year(total: Any, fiscal: Any, other: Any, fmt: str = WAN) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", amt(total, fmt), "其中：财政拨款", amt(fiscal, fmt)),
            ("其他资金", amt(other, fmt), None, None)]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any], fmt: str = WAN) -> list[
        tuple[Any, ...]]:  # fmt: skip
    """中期 and 年度 money side by side: (总额, 财政拨款, 其他资金) for each."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    rows: list[tuple[Any, ...]] = []
    for i, label in enumerate(labels):
        left = f"中期{label}" if i == 0 else label
        right = f"年度{label}" if i == 0 else label
        rows.append((left, amt(period[i], fmt), right, amt(annual[i], fmt)))
    return rows


def project(sheet: str = "Sheet1", **kw: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a project head of the bureau (budget year 2026)."""
    b = Book()
    s = b.sheet(sheet)
    kw.setdefault("year", YEAR)
    kw.setdefault("dept", BUREAU)
    project_head(s, **kw)
    return b, s


def department(sheet: str = "Sheet1", **kw: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a department head (budget year 2026)."""
    b = Book()
    s = b.sheet(sheet)
    kw.setdefault("year", YEAR)
    department_head(s, **kw)
    return b, s


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row, then the indicator rows with tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def flat(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = FLAT) -> int:
    """A flat list without tiers (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值)."""
    s.row(*head)
    return s.table(rows)


def notes(s: Sheet, *lines: str) -> None:
    """注 / 说明 rows merged across the six columns."""
    for line in lines:
        s.row(line, merge=[(1, 6)])


def sign(s: Sheet, who: str, phone: str, when: Any, head: str = "单位负责人：") -> None:
    """A blank line, then the signature and date line under the table."""
    s.skip()
    s.row(f"{head}{who}", None, f"联系电话：{phone}", None, "填报日期", when)
