"""Helpers shared by the returns of the 689th held-out set: 栎岗县 (invented), budget year 2026,
林下猪苓 and 白芨, herb drying houses and the county herbal-medicine trading day."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2026
DEPT_FOREST = "栎岗县林业局（217）"
DEPT_AGRI = "栎岗县农业农村局（209）"
DEPT_SUPPLY = "栎岗县供销合作社联合社（231）"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD_TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
Row = Sequence[Any]


def w(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def year_money(total: Any, fiscal: Any, other: Any) -> list[Row]:
    """A one-year money block: 年度资金总额, then 财政拨款 and 其他资金 on one line."""
    return [("年度资金总额", total, None, None), ("其中：财政拨款", fiscal, "其他资金", other)]


def period_money(period: Row, annual: Row) -> list[Row]:
    """A multi-year money block: (总额, 财政拨款, 其他资金) for the period and for the year."""
    return [
        ("中期资金总额", period[0], "年度资金总额", annual[0]),
        ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
        ("其他资金", period[2], "其他资金", annual[2]),
    ]


def table(s: Sheet, header: Row, rows: Sequence[Row], merged: Sequence[int] = (1, 2)) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def details(s: Sheet, lines: Sequence[Row], total: Any) -> None:
    """A 资金明细 block of (支出内容, 金额, 测算依据) lines and its 合计 row."""
    spans = [(2, 3), (5, 6)]
    s.row("资金明细", "支出内容", None, "金额（万元）", "测算依据", None, merge=spans)
    top = s.r
    for name, amount, basis in lines:
        s.row(None, name, None, amount, basis, None, merge=spans)
    s.row(None, "合计", None, total, None, None, merge=spans)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def footer(s: Sheet, notes: Sequence[str], who: str, phone: str, filled: tuple[int, int, int],
           width: int = 6) -> None:  # fmt: skip
    """注 / 说明 lines merged across the table, then the signature and date lines."""
    for text in notes:
        s.row(text, merge=[(1, width)])
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", day(*filled, CN_DATE))
    s.row("单位负责人（签字）：", None, "财务负责人（签字）：", None, "（单位盖章）")
