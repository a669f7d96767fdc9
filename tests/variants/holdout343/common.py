"""Helpers shared by the returns of the 343rd held-out set (landslide and collapse hazard
control): a book with its first sheet, money rows, tiered tables, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025

# tier labels, short names so that the tables stay within the line length
OUT, NUM, QUA, TIM = "产出指标", "数量指标", "质量指标", "时效指标"
COST, ECO, SOCC, ENVC = "成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标"
BEN, ECB, SOC = "效益指标", "经济效益指标", "社会效益指标"
ENV, SUS = "生态效益指标", "可持续影响指标"
SAT, SATS = "满意度指标", "服务对象满意度指标"

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> C:
    """An amount in 万元 carried by the number format only."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project (年度资金总额 = 财政拨款 + 其他资金)."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """中期 and 年度 money rows: each a (总额, 财政拨款, 其他资金) triple."""
    return [("中期资金总额", period[0], "年度资金总额", annual[0]),
            ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
            ("其他资金", period[2], "其他资金", annual[2])]  # fmt: skip


def tiered(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
           merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signatures(s: Sheet, person: str, phone: str, date: Any, head: str = "负责人") -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", date)
    s.row(f"单位{head}（签字）：", None, None, "单位（盖章）", None, None)
