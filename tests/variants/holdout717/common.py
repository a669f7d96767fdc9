"""Helpers shared by the returns of the 717th held-out set (蔺山县 special education)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

COUNTY = "蔺山县"
EDU = "蔺山县教育局（代码 318）"
DPF = "蔺山县残疾人联合会（代码 327）"
CENTRE = "蔺山县特殊教育资源中心"
SCHOOL = "蔺山县启明特殊教育学校"
REHAB = "蔺山县残疾人康复服务站"
YEAR = 2026

WIDE = (14, 16, 30, 18, 18, 16)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float, fmt: str = WAN) -> C:
    """An amount whose unit (万元) lives only in the number format."""
    return money(value, fmt)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", total, "其中：财政拨款", fiscal),
        (None, None, "其他资金", other),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, p, b, y) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A footnote, 说明 or 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: Any = None) -> None:
    """Signature, phone and date lines under the table."""
    s.skip()
    s.row("单位负责人：", person, None, "填报人：", "甘若溪")
    s.row("联系电话：", phone, None, "填报日期：", filled or day(YEAR - 1, 12, 16))


HEAD6 = ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", "备注")
HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD_MID = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
