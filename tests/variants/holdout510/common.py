"""Helpers shared by the returns of the 510th held-out set: sheepskin rafts (羊皮筏) on the
Yellow River as heritage and tourism, and the rafters' safety. Budget year 2025; every place,
unit, person and figure is invented."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
WIDE = (16, 16, 30, 16, 16, 14)

# tier labels (NAT-2021 and OLD-NAT)
CC, CB, XY, MY = "产出指标", "成本指标", "效益指标", "满意度指标"
SL, ZL, SX, JC = "数量指标", "质量指标", "时效指标", "经济成本指标"
JJ, SH, ST, KC = "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"
FW = "服务对象满意度指标"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount with 万元 only in the number format (a marked cell passes through)."""
    return value if isinstance(value, C) else money(value, WAN)


def money_rows(total: Any, fiscal: Any, other: Any, annual: Sequence[Any] = ()) -> list[Any]:
    """资金总额 / 财政拨款 / 其他资金 for the whole period (left) and the year (right); a
    one-year project repeats the same figures on the right."""
    plain = [C(v.value, v.fmt) if isinstance(v, C) else v for v in (total, fiscal, other)]
    year = annual or plain  # the marks stay on the left side
    first = "中期资金总额" if annual else "资金总额"
    left = (first, "其中：财政拨款", "其他资金")
    right = ("年度资金总额", "其中：财政拨款", "其他资金")
    vals = zip(left, (total, fiscal, other), right, year, strict=True)
    return [(a, wan(x), b, wan(y)) for a, x, b, y in vals]


def project(s: Sheet, *, name: str, dept: str, unit: str, money_: Sequence[Any],
            goals: Sequence[Any], years: int = 1, title: str | None = None,
            attr: str = "延续项目") -> None:  # fmt: skip
    """A project head in the budget year ``YEAR``."""
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=money_, goals=goals,
                 years=years, title=title, attr=attr)  # fmt: skip


def department(s: Sheet, *, dept: str, budget: Sequence[Any], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head; ``budget`` is (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出)."""
    department_head(s, year=YEAR, dept=dept, budget=[tuple(wan(v) for v in budget)],
                    goal=goal, tasks=tasks)  # fmt: skip


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2), label: str | None = None) -> int:  # fmt: skip
    """An indicator table under its header row, tier columns merged down; ``label`` writes a
    ``绩效指标`` caption row above the header."""
    if label:
        s.row(label, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: tuple[int, int, int]) -> None:
    """The signature and date line under the table (the date as a date cell)."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", "审核人：", "填报日期", day(*when, CN_DATE))
