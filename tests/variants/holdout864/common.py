"""Helpers shared by the returns of the 864th held-out set (employment services)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

COUNTY = "鹤汀县"
BUREAU = "鹤汀县人力资源和社会保障局（412003）"
CENTRE = "鹤汀县公共就业和人才服务中心"
WIDTHS = (16, 18, 32, 18, 18, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked cell passes through)."""
    return value if isinstance(value, C) else money(value, WAN)


def money_rows(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The 中期 / 年度 money block: each side is (资金总额, 财政拨款, 其他资金)."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[p, wan(a), q, wan(b)] for (p, q), a, b in zip(labels, period, annual, strict=True)]


def project(s: Sheet, year: int, name: str, total: Sequence[Any], goals: Sequence[Any],
            **kw: Any) -> None:  # fmt: skip
    """A project head of the county bureau; ``total`` is the annual (总额, 财政拨款, 其他资金),
    the period's one given as ``period=`` for a multi-year project."""
    period = kw.pop("period", total)
    kw.setdefault("dept", BUREAU)
    kw.setdefault("unit", CENTRE)
    project_head(s, year=year, name=name, money=money_rows(period, total), goals=goals, **kw)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *texts: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 rows under the table, each merged across it."""
    for text in texts:
        s.row(text, merge=[(1, width)])


def signature(s: Sheet, year: int, person: str, phone: str) -> None:
    """A blank line, then the signature and date line (filled in the autumn before)."""
    s.skip()
    s.row(f"填报人：{person}", None, f"联系电话：{phone}", "单位负责人（签字）：", None,
          day(year - 1, 10, 28, CN_DATE))  # fmt: skip


def detail(s: Sheet, title: str, lines: Sequence[tuple[str, Any]]) -> None:
    """A money detail block: one line per item, the last one the 合计."""
    s.skip()
    s.row(title, None, "金额（万元）", merge=[(1, 2)])
    for label, amount in lines:
        s.row(label, None, wan(amount), merge=[(1, 2)])
