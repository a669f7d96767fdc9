"""Helpers shared by the returns of the 716th held-out set (枫渚县: street lighting, smart
parking, public bicycles)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

DEPT = "枫渚县城市管理局（318001）"
LAMPS = "枫渚县市政设施维护中心"
PARKING = "枫渚县静态交通管理中心"
BIKES = "枫渚县公共自行车服务中心"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = (18, 18, 32, 18, 18, 14)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked ``C`` passes unchanged)."""
    return v if isinstance(v, C) or v is None else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            ["其他资金", wan(other), None, None]]  # fmt: skip


def two_columns(mid: Sequence[Any], year: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, wan(m), b, wan(y)] for (a, b), m, y in zip(labels, mid, year, strict=True)]


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], header: Sequence[Any] = HEAD,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, filled: tuple[int, int, int], who: str = "柯晓岚",
         phone: str = "6318 5207", boss: str = "严秋禾") -> None:  # fmt: skip
    """Signature and date lines under the table."""
    s.skip()
    s.row(f"单位负责人：{boss}", None, f"填报人：{who}", None, f"联系电话：{phone}")
    s.row("填报日期：", day(*filled, fmt=CN_DATE))
