"""Helpers shared by the returns of the 467th held-out set (free dentures and reading glasses
for rural elderly people): a book with its first sheet and project head, money rows in 万元,
indicator tables with tier-1 and tier-2 merged down, note rows and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
HEALTH = "岫川县卫生健康局（307）"
CIVIL = "岫川县民政局（311）"
OLD_TIERS = (1, 2)


def w(value: float) -> C:
    """An amount in 万元, the unit carried only by the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 with 财政拨款 and 其他资金."""
    return [["年度资金总额", total, "其中：财政拨款", fiscal], ["其他资金", other, None, None]]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    return [
        ["中期资金总额", period[0], "年度资金总额", annual[0]],
        ["其中：财政拨款", period[1], "其中：财政拨款", annual[1]],
        ["其他资金", period[2], "其他资金", annual[2]],
    ]


def project(name: str, unit: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any],
            *, sheet: str = "Sheet1", dept: str = HEALTH, years: int = 1,
            attr: str = "延续项目") -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a project head."""
    b = Book()
    s = b.sheet(sheet)
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=money_rows, goals=goals,
                 years=years, attr=attr)  # fmt: skip
    return b, s


def stacked(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goal: str) -> None:  # fmt: skip
    """A further project stacked under the previous one in the same sheet (no title)."""
    s.skip()
    project_head(s, year=YEAR, name=name, dept=HEALTH, unit=unit, money=money_rows,
                 goals=[goal], title="")  # fmt: skip


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = OLD_TIERS, col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header row, the tier columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note rows (注 / 说明 / 填表说明) merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """Signature and date lines under the table; the fill date is in the year before."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：",
          when or day(YEAR - 1, 11, 26, CN_DATE))  # fmt: skip
    s.row("单位负责人：", "（签字）", None, None, "单位（盖章）", None)
