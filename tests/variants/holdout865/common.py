"""Helpers shared by the returns of the 865th held-out set (grassroots health)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

WIDTHS = (18, 16, 30, 18, 18, 18)


def new_book(sheet: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(sheet, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def money_year(total: Any, fin: Any, other: Any) -> list[tuple[Any, ...]]:
    """A one-year money block: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fin), (None, None, "其他资金", other)]


def money_period(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """A multi-year money block: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    return [
        ("中期资金总额", period[0], "年度资金总额", annual[0]),
        ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
        ("其他资金", period[2], "其他资金", annual[2]),
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, filler: str, phone: str, when: Any = None) -> int:
    """Signature and date lines under the table (filled in the year before the budget year)."""
    s.skip()
    s.row("填表人：", filler, "联系电话：", phone)
    return s.row("审核人：", None, "填报日期：", when or day(2025, 11, 20, 'yyyy"年"m"月"d"日"'))


def detail(s: Sheet, lines: Sequence[Sequence[Any]], total: Any,
           title: str = "项目资金明细（万元）") -> int:  # fmt: skip
    """A budget detail block: (明细, 数量, 单价, 金额, 备注) lines and a 合计 row."""
    s.row(title, merge=[(1, 6)])
    s.row("明细项目", "数量", "单价（万元）", "金额（万元）", "测算依据")
    for line in lines:
        s.row(*line)
    return s.row("合计", None, None, total)


PROJECT_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
ONE_VALUE = ("一级指标", "二级指标", "三级指标", "指标值")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
