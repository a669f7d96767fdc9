"""Helpers shared by the returns of the 622nd held-out set (desert county of 柽柳滩县)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2026
COUNTY = "柽柳滩县"
TEA = "柽柳滩县罗布麻茶厂"
LIC = "柽柳滩县甘草产业发展中心"
BRIG = "柽柳滩县固沙造林大队"
FOREST = "柽柳滩县林业和草原局（306）"
FARM = "柽柳滩县农业农村局（312）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> (
        tuple[Book, Sheet]):  # fmt: skip
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a C passes through)."""
    return v if isinstance(v, C) else money(v, WAN)


def proj(s: Sheet, *, name: str, unit: str, dept: str, total: Any, fin: Any, other: Any,
         goals: Sequence[Any], mid: Any = None, years: int = 1, **kw: Any) -> None:  # fmt: skip
    """A project head: one-year money (总额 = 财政拨款 + 其他资金) or, with ``mid``, the
    period total beside the year's."""
    if mid is None:
        rows = [("资金总额", wan(total), "其中：财政拨款", wan(fin)),
                ("其他资金", wan(other), None, None)]  # fmt: skip
    else:
        rows = [("中期资金总额", wan(mid), "年度资金总额", wan(total)),
                ("年度财政拨款", wan(fin), "年度其他资金", wan(other))]  # fmt: skip
    project_head(s, year=kw.pop("year", YEAR), name=name, dept=dept, unit=unit, money=rows,
                 goals=goals, years=years, **kw)  # fmt: skip


def dept(s: Sheet, *, name: str, budget: Sequence[Any], goal: Any,
         tasks: Sequence[Sequence[Any]] = (), **kw: Any) -> None:  # fmt: skip
    """A department head; ``budget`` is (总额, 财政拨款, 其他资金, 基本支出, 项目支出)."""
    department_head(s, year=YEAR, dept=name, budget=[[wan(v) for v in budget]], goal=goal,
                    tasks=[(t[0], t[1], wan(t[2]), t[3]) for t in tasks], **kw)  # fmt: skip


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnote, 注 or 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any) -> None:
    """Signature line: 填表人, 联系电话, 填报日期."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", date)
