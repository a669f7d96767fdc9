"""Helpers shared by the returns of the 607th held-out set (泽陂县: 藕粉 workshops, 厚朴 bark
plantations and the county cold store)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

AGRI = "泽陂县农业农村局（108001）"
FOREST = "泽陂县林业局（108015）"
COOP = "泽陂县供销合作社联合社（108022）"
STARCH = "泽陂县菱角镇农业综合服务中心"
BARK = "泽陂县岩背乡林业站"
COLD = "泽陂县农产品冷链物流中心"

OLD6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE4 = ("一级指标", "二级指标", "三级指标", "指标值")
TWO5 = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")


def book(title: str = "Sheet1", widths: Sequence[float] = (14, 18, 30, 14, 16, 12)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def amt(v: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a marked cell passes)."""
    return v if isinstance(v, C) else money(v, WAN)


def one_year(total: Any, fin: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: total, then its two sources."""
    return [("年度资金总额", amt(total), "其中：财政拨款", amt(fin)),
            (None, None, "其他资金", amt(other))]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [(f"中期{lab}" if i == 0 else lab, amt(p), f"年度{lab}" if i == 0 else lab, amt(a))
            for i, (lab, p, a) in enumerate(zip(labels, period, annual, strict=True))]  # fmt: skip


def budget(*values: float) -> list[tuple[Any, ...]]:
    """A department's budget row (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出)."""
    return [tuple(v if isinstance(v, C) else money(v) for v in values)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, filled: tuple[int, int, int]) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", day(*filled))
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
