"""Helpers shared by the returns of the 594th held-out set (茭白 fields, 稻田河蟹, a crab
market): a book with its first sheet, money rows, indicator tables, notes and signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

IND = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
COUNTY = "菰塘县"
DEPT = "菰塘县农业农村局（318001）"


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元 carried by the number format (a ``C`` passes through with its marks)."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project head: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), None, None),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], header: Sequence[Any] = IND,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Note rows (注 / 说明 / 填表说明) merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: Any) -> None:
    """Signature and date line under the table."""
    s.skip()
    s.row(f"填报人：{person}", None, f"联系电话：{phone}", None, "填报日期", filled)
    s.row("单位负责人（签字）：", None, None, "单位（盖章）", None, None)


def details(s: Sheet, lines: Sequence[tuple[str, Any]], total: Any) -> None:
    """A 支出明细 block: one line per item and the 合计 line, amounts in 万元."""
    s.row("支出明细（万元）", "支出内容", "金额")
    top = s.r
    for name, amount in lines:
        s.row(None, name, wan(amount))
    s.row(None, "合计", wan(total))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
