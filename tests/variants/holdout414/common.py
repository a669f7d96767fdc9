"""Helpers shared by the 414th held-out set: braille reading rooms and services for the visually
impaired in the invented city of 澄湾市 (districts 鹭汀区, 栖梧区, 棠溪口镇)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
CDPF = "澄湾市残疾人联合会（317）"
LIB = "澄湾市文化广电和旅游局（208）"
FILLED = day(YEAR - 1, 11, 18)


def wan(x: Any) -> Any:
    """A float becomes an amount with 万元 only in the number format; anything else stays."""
    return money(x, WAN) if isinstance(x, int | float) and not isinstance(x, bool) else x


def start(sheet: str = "Sheet1", widths: Sequence[float] = (14, 16, 30, 16, 16, 14)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(sheet, widths)


def project(s: Sheet, *, name: str, unit: str, dept: str, amounts: Sequence[Any], goal: Any,
            **kw: Any) -> None:  # fmt: skip
    """A one-year project head; ``amounts`` = (资金总额, 财政拨款, 其他资金)."""
    total, fin, other = (wan(a) for a in amounts)
    rows = [("年度资金总额", total, "其中：财政拨款", fin), ("其他资金", other, None, None)]
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=rows, goals=(goal,), **kw)


def project_multi(s: Sheet, *, name: str, unit: str, dept: str, period: Sequence[Any],
                  annual: Sequence[Any], goals: Sequence[Any], years: int) -> None:  # fmt: skip
    """A multi-year project head: (资金总额, 财政拨款, 其他资金) for the period and the year."""
    p = [wan(a) for a in period]
    a = [wan(x) for x in annual]
    rows = [("中期资金总额", p[0], "年度资金总额", a[0]),
            ("其中：财政拨款", p[1], "其中：财政拨款", a[1]),
            ("其他资金", p[2], "其他资金", a[2])]  # fmt: skip
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=rows, goals=goals,
                 years=years, attr="新增项目")  # fmt: skip


def department(s: Sheet, *, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head; plain numbers in ``budget`` and task amounts become 万元 cells."""
    rows = [[wan(x) for x in line] for line in budget]
    tk = [[wan(x) if i == 2 else x for i, x in enumerate(t)] for t in tasks]
    department_head(s, year=YEAR, dept=dept, budget=rows, goal=goal, tasks=tk, filled=FILLED)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def lines(s: Sheet, items: Sequence[tuple[str, Any]], total: Any) -> None:
    """A detail block: one line per expense and a 合计 line, amounts in 万元."""
    s.row("序号", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    for i, (name, value) in enumerate(items, start=1):
        s.row(i, name, None, wan(value), merge=[(2, 3)])
    s.row("合计", None, None, wan(total), merge=[(1, 3)])


def notes(s: Sheet, *texts: str, width: int = 6) -> None:
    """Footnote rows merged across the table."""
    for t in texts:
        s.row(t, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: C | None = None) -> None:
    """The signature and date line under a table."""
    s.row(f"填表人：{who}", None, f"联系电话：{phone}", "填报日期", when or FILLED)
