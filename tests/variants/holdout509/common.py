"""Helpers shared by the returns of the 509th held-out set: 溜索改桥, ferries and school
commutes in the gorge villages of the invented 雾岭县 (budget year 2025)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

YEAR = 2025
TRANSPORT = "雾岭县交通运输局 417001"
EDUCATION = "雾岭县教育局 417005"
MARITIME = "雾岭县地方海事处"


def opened(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> Any:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def one_year(total: float, grant: float, other: float) -> list[list[Any]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", total, "其中：财政拨款", grant], ["其他资金", other, None, None]]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """中期 and 年度 money rows: each (总额, 财政拨款, 其他资金)."""
    return [
        ["中期资金总额", period[0], "年度资金总额", annual[0]],
        ["其中：财政拨款", period[1], "其中：财政拨款", annual[1]],
        ["其他资金", period[2], "其他资金", annual[2]],
    ]


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), caption: str | None = "绩效指标",
               ) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    if caption:
        s.row(caption, merge=[(1, len(head))])
    s.row(*head)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, when: Any = None) -> int:
    """Signature, phone and date line under the table (filled the year before by default)."""
    s.skip()
    when = when or day(YEAR - 1, 11, 26)
    return s.row("填表人：", person, "联系电话：", phone, "填报日期：", when)


def detail(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> int:
    """Budget detail lines (支出内容, 金额) under the table and their 合计."""
    s.skip()
    s.row("项目支出明细（万元）", merge=[(1, 4)])
    s.row("序号", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    for i, (name, amount) in enumerate(lines, start=1):
        s.row(i, name, None, amount, merge=[(2, 3)])
    return s.row("合计", None, None, total, merge=[(1, 3)])
