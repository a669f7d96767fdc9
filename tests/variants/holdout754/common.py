"""Helpers shared by the returns of the 754th held-out set: a book with its first sheet, the
project and department heads of a forestry bureau, indicator tables with tier-1 and tier-2
merged down, notes under a table and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, day, money

YEAR = 2025
BUREAU = "澄岭省林业局（306）"
PARK = "霁峰国家公园管理局"
RESCUE = "棠溪野生动物救护中心"
CARBON = "杉垣国有林场"

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> Any:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year_money(total: float, grant: float, other: float) -> list[tuple[Any, ...]]:
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(grant)),
            ("其他资金", wan(other), None, None)]  # fmt: skip


def period_money(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Rows (总额, 财政拨款, 其他资金) for the 中期 and the 年度 columns."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [(f"中期{labels[i]}" if i == 0 else labels[i], period[i],
             f"年度{labels[i]}" if i == 0 else labels[i], annual[i]) for i in range(3)]  # fmt: skip


def project(s: Sheet, **kw: Any) -> None:
    """A project head of the bureau: budget year 2025 unless told, department code fixed."""
    kw.setdefault("year", YEAR)
    kw.setdefault("dept", BUREAU)
    project_head(s, **kw)


def department(s: Sheet, **kw: Any) -> None:
    kw.setdefault("year", YEAR)
    department_head(s, **kw)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """A header row, then the indicator rows with tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: Any = None) -> None:
    """Signature and date lines under the table (a fill date in the year before is normal)."""
    s.skip()
    s.row("单位负责人：", person, None, "填报日期：", when or day(YEAR - 1, 11, 18))
    s.row("联系电话：", phone)
