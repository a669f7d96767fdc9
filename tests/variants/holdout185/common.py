"""Helpers shared by the returns of the 185th held-out set: indicator tables, money blocks of
the project head, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet

H4 = ("一级指标", "二级指标", "三级指标", "指标值")
H5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """The header row, then the indicator rows with the tier cells merged down their block."""
    s.row(*header)
    return s.table(rows, merged=merged)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        (f"中期{label}" if i == 0 else label, p, f"年度{label}" if i == 0 else label, a)
        for i, (label, p, a) in enumerate(zip(labels, period, annual, strict=True))
    ]


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A footnote merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: Any, checker: str = "") -> int:
    """The signature line under the table."""
    return s.row(
        f"填报人：{who}",
        None,
        f"联系电话：{phone}",
        f"审核人：{checker}" if checker else None,
        "填报日期：",
        when,
    )
