"""Helpers shared by the returns of the 273rd held-out set (archive and chronicle offices)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
WIDTHS = (14, 16, 30, 12, 16, 12)
DETAIL_HEAD = ("序号", "支出明细", "测算依据", "数量", "单价（万元）", "金额（万元）")


def wan(value: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (marked cells pass through)."""
    return value if isinstance(value, C) or value is None else money(value, WAN)


def new_book(title: str = "绩效目标表", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: Any, grant: Any, other: Any = 0) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额, 其中：财政拨款, 其他资金."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(grant)), ("其他资金", wan(other))]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(lp, wan(p), la, wan(a)) for (lp, la), p, a in zip(labels, period, annual, strict=True)]


def project(s: Sheet, *, name: str, dept: str, unit: str, money: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head (§3.1) for the budget year."""
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=money, goals=goals, **kw)


def department(s: Sheet, *, dept: str, budget: Sequence[Any], goal: str,
               tasks: Sequence[Sequence[Any]] = (), filled: Any = None) -> None:  # fmt: skip
    """A department head (§3.2): ``budget`` is (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出);
    ``tasks`` are (名称, 内容, 金额, 目标), the last one the 金额合计 row."""
    rows = [(t[0], t[1], wan(t[2]), t[3]) for t in tasks]
    department_head(s, year=YEAR, dept=dept, budget=[tuple(wan(v) for v in budget)], goal=goal,
                    tasks=rows, filled=filled)  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def details(s: Sheet, lines: Sequence[Sequence[Any]], total: Any,
            head: Sequence[str] = DETAIL_HEAD) -> int:  # fmt: skip
    """A money detail block: (明细, 测算依据, 数量, 单价, 金额) lines and their 合计."""
    s.skip()
    s.row(*head)
    for i, (name, basis, qty, price, amount) in enumerate(lines, start=1):
        s.row(i, name, basis, qty, money(price), wan(amount))
    return s.row("合计", None, None, None, None, wan(total))


def sign(s: Sheet, boss: str, who: str, phone: str, when: Any = None) -> int:
    """The signature and date line under a return (filled in the autumn before the year)."""
    s.skip()
    return s.row(f"单位负责人：{boss}", None, f"填报人：{who}", f"联系电话：{phone}", "填报日期",
                 when or day(YEAR - 1, 11, 20))  # fmt: skip
