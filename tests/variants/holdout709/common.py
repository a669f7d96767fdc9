"""Helpers shared by the 709th held-out set: a vocational school's practical-training base,
apprenticeship subsidies and a skills competition, all in the invented city of 澄岭市."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

EDU = "澄岭市教育局（217）"
HRSS = "澄岭市柘溪区人力资源和社会保障局（309）"
SCHOOL = "澄岭市鹭门职业技术学校"
CENTRE = "澄岭市职业技能竞赛指导中心"

Row = Sequence[Any]


def wan(v: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (marked cells pass through)."""
    return v if v is None or isinstance(v, C) else money(v, WAN)


def year_money(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money block of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", wan(total), None, None),
        ("其中：财政拨款", wan(fiscal), "其他资金", wan(other)),
    ]


def period_money(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(
    year: int,
    name: str,
    unit: str,
    block: Sequence[Row],
    goals: Sequence[Any],
    *,
    sheet: str = "Sheet1",
    dept: str = EDU,
    **kw: Any,
) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a project head (§3.1)."""
    b = Book()
    s = b.sheet(sheet)
    project_head(s, year=year, name=name, dept=dept, unit=unit, money=block, goals=goals, **kw)
    return b, s


def department(
    year: int, dept: str, budget: Sequence[Any], goal: Any, tasks: Sequence[Row] = (), **kw: Any
) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a department head (§3.2); ``budget`` is one row
    of (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出), ``tasks`` rows of
    (名称, 内容, 金额, 目标)."""
    b = Book()
    s = b.sheet("部门整体")
    rows = [tuple(wan(v) for v in budget)]
    lines = [(t[0], t[1], wan(t[2]), t[3]) for t in tasks]
    department_head(s, year=year, dept=dept, budget=rows, goal=goal, tasks=lines, **kw)
    return b, s


def table(s: Sheet, header: Row, rows: Sequence[Row], merged: Sequence[int] = (1, 2)) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> int:
    """Signature and date line under the table."""
    return s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", when)


def lines(s: Sheet, title: str, items: Sequence[tuple[str, Any]], total: Any) -> int:
    """A 资金明细 block: one line per item (万元) and its 合计."""
    s.row(title, None, "金额（万元）")
    for label, value in items:
        s.row(None, label, wan(value))
    return s.row("合计", None, wan(total))
