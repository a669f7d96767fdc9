"""Helpers shared by the returns of the 225th held-out set: the head of a transfer-payment
区域绩效目标表, money cells in 万元 and 元, money blocks with 测算依据, indicator tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, YUAN, Book, C, Sheet, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位")
PTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def yuan(value: float) -> C:
    """An amount in 元 carried by the number format."""
    return money(value, YUAN)


def regional_head(s: Sheet, *, year: int, name: str, central: str, local: str, area: str,
                  money: Sequence[Sequence[Any]], goal: Any, title: str | None = None,
                  money_label: str = "资金情况（万元）") -> None:  # fmt: skip
    """The head of a 区域绩效目标表: the transfer payment, the ministries, the region, the money
    by source (rows of label, value pairs under ``money_label``) and the annual goal."""
    s.title(title or f"{year}年度中央对地方转移支付区域绩效目标表", 6)
    s.row("转移支付名称", name, merge=[(2, 6)])
    s.row("中央主管部门", central, None, "地方主管部门", local, merge=[(2, 3), (5, 6)])
    s.row("实施区域", area, merge=[(2, 6)])
    top = s.r + 1
    for line in money:
        s.row(money_label if s.r + 1 == top else None, *line)
    if len(money) > 1:
        s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", goal, merge=[(2, 6)])


def grid(s: Sheet, label: str, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> None:
    """A money block with its own header row (测算依据, 分县资金): ``label`` merged down the
    first column beside the header and the rows."""
    s.row(label, *header)
    top = s.r
    for line in rows:
        s.row(None, *line)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               lead: str | None = None) -> int:  # fmt: skip
    """The indicator table under its header row, tier-1 and tier-2 merged down; with ``lead``
    a first column (绩效指标) merged down beside the whole table."""
    if lead is None:
        s.row(*header)
        return s.table(rows, merged=(1, 2))
    s.row(lead, *header)
    top = s.r
    s.table(rows, merged=(1, 2), col=2)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    return s.r


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A footnote merged across the table."""
    s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, unit: str = "", when: str = "") -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(unit and f"填报单位（盖章）：{unit}", None, f"填报人：{who}", None,
          f"联系电话：{phone}", when and f"填报日期：{when}")  # fmt: skip


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
