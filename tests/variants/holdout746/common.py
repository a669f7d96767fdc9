"""Helpers shared by the returns of the 746th held-out set: the invented 茗岙县交通运输局 and its
units, money rows, indicator tables with tier-1 and tier-2 merged down, footnotes, signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, day, money

YEAR = 2025
DEPT = "茗岙县交通运输局（318006）"
BUS = "茗岙县岙联城乡客运有限公司"
YARD = "茗岙县公路养护与客运站场服务中心"
TAXI = "茗岙县运输管理所"

PROJ = ("一级指标", "二级指标", "三级指标", "指标值")
OPCOL = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
POINTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


def new(title: str = "Sheet1", widths: Sequence[float] = (18, 16, 30, 18, 18, 18)) -> Book:
    """A book whose first sheet is ``title`` (fetch it with ``first``)."""
    b = Book()
    b.sheet(title, widths)
    return b


def first(b: Book) -> Sheet:
    ws = b.wb.worksheets[0]
    return Sheet(ws, b.marks)


def w(v: Any) -> Any:
    """An amount in 万元 carried by the number format, unless already a cell."""
    return v if not isinstance(v, int | float) else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    return [
        ("年度资金总额", w(total), "其中：财政拨款", w(fiscal)),
        ("其他资金", w(other), None, None),
    ]


def multi(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """(总额, 财政拨款, 其他资金) for the period and for the year."""
    return [
        ("中期资金总额", w(period[0]), "年度资金总额", w(annual[0])),
        ("其中：财政拨款", w(period[1]), "其中：财政拨款", w(annual[1])),
        ("其他资金", w(period[2]), "其他资金", w(annual[2])),
    ]


def head(s: Sheet, name: str, unit: str, funds: Sequence[Sequence[Any]], goals: Sequence[Any],
         **kw: Any) -> None:  # fmt: skip
    project_head(s, year=kw.pop("year", YEAR), name=name, dept=DEPT, unit=unit, money=funds,
                 goals=goals, **kw)  # fmt: skip


def dept(s: Sheet, budget: Sequence[Any], goal: str, tasks: Sequence[Sequence[Any]]) -> None:
    department_head(s, year=YEAR, dept="茗岙县交通运输局", budget=[budget], goal=goal, tasks=tasks)


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """A header row, then the indicator rows with tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def notes(s: Sheet, *lines: str) -> None:
    for line in lines:
        s.row(line, merge=[(1, 6)])


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when or day(YEAR - 1, 10, 28))
    s.row("单位负责人：", "（签字）", None, None, "单位（盖章）")
