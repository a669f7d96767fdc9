"""Helpers shared by the returns of the 322nd held-out set (urban utility tunnels)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
CITY_DEPT = "渚阳市住房和城乡建设局（207）"
CENTER = "渚阳市地下综合管廊运营管理中心"
TINGLAN = "汀澜区市政设施管理所"
WUBU = "梧埠新区市政管廊养护中心"

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD_TWO = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
WIDE = (16, 18, 30, 18, 18, 18)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float, places: int = 2) -> C:
    """An amount in 万元 with the unit only in the number format."""
    fmt = WAN if places == 2 else "0." + "0" * places + '"万元"'
    return money(value, fmt)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project head (资金总额 = 财政拨款 + 其他资金)."""
    return [
        ("年度资金总额", total if isinstance(total, C) else wan(total), "其中：财政拨款",
         fiscal if isinstance(fiscal, C) else wan(fiscal)),
        ("其他资金", other if isinstance(other, C) else wan(other), None, None),
    ]  # fmt: skip


def multi_year(period: Sequence[float], annual: Sequence[float]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for the period and the year."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    rows = []
    for i, label in enumerate(labels):
        left = "中期" + label if i == 0 else label
        right = "年度" + label if i == 0 else label
        rows.append((left, wan(period[i]), right, wan(annual[i])))
    return rows


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header row, tier columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnotes or 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, head: str, filler: str, phone: str, filled: Any) -> None:
    """The signature and date lines under a return."""
    s.skip()
    s.row(f"单位负责人：{head}", None, f"填报人：{filler}", None, "填报日期", filled)
    s.row(f"联系电话：{phone}", None, "（单位盖章）")


def fill_date(m: int = 11, d: int = 20) -> C:
    """A fill date in the year before the budget year."""
    return day(YEAR - 1, m, d)


def detail(s: Sheet, lines: Sequence[tuple[str, Any]], total: Any) -> None:
    """A 项目支出明细 block under the table: numbered lines and their 合计."""
    s.skip()
    s.row("项目支出明细（万元）", merge=[(1, 6)])
    s.row("序号", "支出内容", None, "金额", merge=[(2, 3)])
    for i, (what, amount) in enumerate(lines, start=1):
        s.row(i, what, None, amount, merge=[(2, 3)])
    s.row("合计", None, None, total, merge=[(1, 3)])
