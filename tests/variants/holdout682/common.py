"""Helpers shared by the returns of the 682nd held-out set (鹰嘴豆, 蓝靛, 蓝染 craft village)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> Any:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: float, fiscal: float, other: float) -> list[list[Any]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", total, "其中：财政拨款", fiscal], ["其他资金", other, None, None]]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [[f"中期{lab}" if i == 0 else lab, p, f"年度{lab}" if i == 0 else lab, a]
            for i, (lab, p, a) in enumerate(zip(labels, period, annual, strict=True))]  # fmt: skip


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD,
               caption: str | None = "绩效指标") -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    if caption:
        s.row(caption, merge=[(1, len(head))])
    s.row(*head)
    return s.table(rows, merged=(1, 2))


def details(s: Sheet, caption: str, lines: Sequence[Sequence[Any]], total: Any) -> int:
    """A budget detail block: (明细, 金额, 测算依据) lines and a 合计 row."""
    s.skip()
    s.row(caption, merge=[(1, 4)])
    s.row("支出明细", "金额（万元）", "测算依据")
    for line in lines:
        s.row(*line)
    return s.row("合计", total)


def notes(s: Sheet, *texts: str, width: int = 6) -> None:
    """Footnote rows under the table, each merged across it."""
    for t in texts:
        s.row(t, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: Any) -> None:
    """Signature and date line."""
    s.skip()
    s.row("填表人：", person, "联系电话：", phone, "填报日期：", filled)


def date(y: int, m: int, d: int) -> Any:
    return day(y, m, d)
