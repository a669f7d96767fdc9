"""Helpers shared by the returns of the 691st held-out set: a book with its first sheet, money
rows in 万元 (the unit only in the number format), project heads with this set's departments,
an indicator table under its header with tier-1 and tier-2 merged down, notes and signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

Row = Sequence[Any]

AGRI = "泓川县农业农村局（311）"
HRSS = "泓川县人力资源和社会保障局（318）"
STATION = "泓川县水产技术推广站"
SEEDS = "鹭汀市泓川鲈鱼良种场"
SCHOOL = "泓川县职业技能培训中心"


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> C:
    """An amount in 万元, the unit only in the number format (a marked cell passes through)."""
    return v if isinstance(v, C) else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project: total, 财政拨款, 其他资金."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            ["其他资金", wan(other), None, None]]  # fmt: skip


def periods(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (total, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    rows = []
    for i, label in enumerate(labels):
        head = ("中期" + label, "年度" + label) if i == 0 else (label, label)
        rows.append([head[0], wan(period[i]), head[1], wan(annual[i])])
    return rows


def project(
    s: Sheet,
    *,
    name: str,
    unit: str,
    money: Sequence[Sequence[Any]],
    goals: Sequence[Any],
    year: int = 2025,
    dept: str = AGRI,
    **kw: Any,
) -> None:
    """A project head (heads.project_head) with this set's defaults."""
    project_head(s, year=year, name=name, dept=dept, unit=unit, money=money, goals=goals, **kw)


def table(s: Sheet, header: Row, rows: Sequence[Row], merged: Sequence[int] = (1, 2)) -> int:
    """A header row, then the indicator rows with the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note lines (注, 说明, 填表说明) merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any, boss: str = "") -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
    if boss:
        s.row("单位负责人：", boss, None, None, "（单位盖章）")
