"""Helpers shared by the 763rd held-out set (岑阳省自然资源厅: 国土变更调查, 矿山生态修复,
不动产登记窗口)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
DEPT = "岑阳省自然资源厅（417001）"


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 32, 18, 16, 16)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: float, fin: float, other: float, fmt: str = WAN) -> list[list[Any]]:
    """Money rows of a one-year project (年度资金总额 = 财政拨款 + 其他资金)."""
    return [["年度资金总额", money(total, fmt), "其中：财政拨款", money(fin, fmt)],
            ["其他资金", money(other, fmt), None, None]]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    rows = []
    for i, lab in enumerate(labels):
        p = period[i] if not isinstance(period[i], (int, float)) else money(period[i], WAN)
        a = annual[i] if not isinstance(annual[i], (int, float)) else money(annual[i], WAN)
        rows.append([f"中期{lab}" if i == 0 else lab, p, f"年度{lab}" if i == 0 else lab, a])
    return rows


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD,
               merged: Sequence[int] = (1, 2), label: str | None = "绩效指标") -> int:  # fmt: skip
    """The indicator table under its header, tier-1 and tier-2 merged down."""
    if label:
        s.row(label, merge=[(1, len(head))])
    s.row(*head)
    return s.table(rows, merged=merged)


def signature(s: Sheet, who: str, tel: str, filled: tuple[int, int, int]) -> None:
    """Signature and date lines under the table (a fill date before the budget year is normal)."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{tel}", None, "填报日期", day(*filled))
    s.row("单位负责人（签字）：", None, "（单位盖章）")
