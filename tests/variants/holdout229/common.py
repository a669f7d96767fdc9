"""Helpers shared by the returns of the 229th held-out set: workbooks of several projects."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
ONE_W = (*ONE, "权重")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
TWO_P = (*TWO, "分值")
SUMMARY = ("序号", "项目名称", "实施单位", "项目期", "资金总额", "其中：财政拨款", "其他资金")
SUMMARY_P = ("序号", "项目名称", "项目期", "中期资金总额", "年度资金总额", "其中：财政拨款",
             "其他资金")  # fmt: skip
Row = Sequence[Any]


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def one_year_money(total: Any, grant: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head (总额 = 财政拨款 + 其他资金)."""
    return [("年度资金总额", total, None, None), ("其中：财政拨款", grant, "其他资金", other)]


def period_money(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", mid[0], "年度资金总额", year[0]),
        ("其中：财政拨款", mid[1], "其中：财政拨款", year[1]),
        ("其他资金", mid[2], "其他资金", year[2]),
    ]


def project(s: Sheet, dept: str, head: tuple[str, str], money: Sequence[Row],
            goals: Sequence[Any], header: Row, rows: Sequence[Row], basis: str = "",
            **kw: Any) -> int:  # fmt: skip
    """One project of 2026: its head block (``head`` = 项目名称, 实施单位), a 测算依据 line if
    given, and its indicator table under its own header row, tier-1 and tier-2 merged down.
    Returns the last row written."""
    project_head(s, year=2026, name=head[0], dept=dept, unit=head[1], money=money, goals=goals,
                 **kw)  # fmt: skip
    if basis:
        s.row("资金测算依据", basis, merge=[(2, 6)])
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A footnote or instruction merged across the table."""
    s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, checker: str, phone: str) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")


def summary(b: Book, dept: str, header: Row, rows: Sequence[Row], total: Row) -> Sheet:
    """A 项目汇总 sheet: one line per project and a 合计 line (``total``: the last columns)."""
    s = b.sheet("项目汇总", (6, 30, 24, 14, 14, 14, 12, 12))
    s.title(f"{dept}2026年度项目支出绩效目标汇总表", len(header))
    s.row(f"填报单位：{dept}", *[None] * 5, "金额单位：万元", merge=[(1, 4)])
    s.row(*header)
    for line in rows:
        s.row(*line)
    label = len(header) - len(total)
    s.row("合计", *[None] * (label - 1), *total, merge=[(1, label)])
    return s


def book(title: str, widths: Sequence[float] = (16, 18, 30, 18, 18, 12, 12)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
