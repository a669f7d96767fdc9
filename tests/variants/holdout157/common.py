"""Helpers shared by the returns of the 157th held-out set: money blocks of project heads,
indicator headers, detail lists, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Sheet, money

TIERS4 = ("一级指标", "二级指标", "三级指标", "指标值")
TIERS_PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def w(value: float) -> Any:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: float, fiscal: float, other: float, fmt: bool = True) -> list[tuple[Any, ...]]:
    """The money lines of a one-year project: 资金总额 = 财政拨款 + 其他资金 (as given)."""
    f = w if fmt else (lambda v: v)
    return [("年度资金总额", f(total), "其中：财政拨款", f(fiscal)), ("其他资金", f(other))]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money lines of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, p, b, y) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def detail(s: Sheet, lines: Sequence[tuple[str, Any]], total: Any = None) -> None:
    """A 项目资金明细 list below the indicators: one line per item, a 合计 line if given."""
    s.skip()
    s.row("项目资金明细（万元）", "支出内容", "金额（万元）")
    for name, amount in lines:
        s.row(None, name, amount)
    if total is not None:
        s.row(None, "合计", total)


def signature(s: Sheet, who: str, phone: str, date: str) -> None:
    s.skip()
    s.row(f"单位负责人：{who}", None, "联系电话：" + phone, None, "填报日期：" + date)


def footnote(s: Sheet, *lines: str) -> None:
    for text in lines:
        s.row(text, merge=[(1, 6)])
