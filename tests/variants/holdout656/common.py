"""Helpers shared by the returns of the 656th held-out set (砂糖橘与脐橙果园、采后商品化处理)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

N = None  # a merged tier cell continuing the block above
WIDTHS = (18, 18, 30, 16, 16, 12)
H4 = ("一级指标", "二级指标", "三级指标", "指标值")
H5 = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")
PHONE = "0795-6613482"


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount in 万元 with the unit only in the number format (marks kept)."""
    return value if isinstance(value, C) else money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """A one-year money block: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            ["其他资金", wan(other), None, None]]  # fmt: skip


def period_funds(mid: Sequence[Any], year: Sequence[Any]) -> list[list[Any]]:
    """A multi-year money block: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, wan(m), b, wan(y)] for (a, b), m, y in zip(labels, mid, year, strict=True)]


def dept_budget(*amounts: Any) -> list[list[Any]]:
    """One budget line: 资金总额, 财政拨款, 其他资金, 基本支出, 项目支出 (万元)."""
    return [[wan(a) for a in amounts]]


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], header: Sequence[Any] = H4,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def lines(s: Sheet, label: str, items: Sequence[tuple[str, Any]], total: Any) -> None:
    """A budget detail block: one line per item, then the 合计 line."""
    s.row(label, "支出内容", "金额（万元）", "测算依据")
    top = s.r + 1
    for name, amount, *basis in items:
        s.row(None, name, wan(amount), *basis)
    s.row(None, "合计", wan(total))
    s.ws.merge_cells(start_row=top - 1, start_column=1, end_row=s.r, end_column=1)


def notes(s: Sheet, *texts: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for t in texts:
        s.row(t, merge=[(1, width)])


def sign(s: Sheet, person: str, filled: tuple[int, int, int]) -> None:
    """Signature, phone and date line under the table."""
    s.skip()
    s.row("单位负责人（签字）：", None, f"填报人：{person}", f"联系电话：{PHONE}", "填报日期：",
          day(*filled, fmt=CN_DATE))  # fmt: skip
