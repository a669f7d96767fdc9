"""Helpers shared by the returns of the 235th held-out set: money in 万元 or 元 carried by
number formats, 测算依据 blocks, department budget blocks with shares, signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, YUAN, Book, C, Sheet, day, money, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
SHARE = "0.00%"
TITLE = "2026年度项目支出绩效目标表"


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def yuan(value: float) -> C:
    """An amount in 元 carried by the number format (shown 1,286,000.00元)."""
    return money(value, YUAN)


def qty(value: float, unit: str) -> C:
    """A quantity whose unit is carried by the number format (shown 96人)."""
    return C(value, f'#,##0"{unit}"')


def price(value: float, per: str) -> C:
    """A unit price in 元 carried by the number format (shown 8,400.00元/人)."""
    return C(value, f'#,##0.00"元/{per}"')


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


def shares(total: float, grant: float, other: float, grant_share: Any = None) -> list[
        tuple[Any, ...]]:  # fmt: skip
    """Money rows with a 占比 beside each amount (the grant's share may be given, marked)."""
    g = grant_share if grant_share is not None else pct(grant / total, SHARE)
    return [("年度资金总额", wan(total), "占比", pct(1, SHARE)),
            ("其中：财政拨款", wan(grant), "占比", g),
            ("其他资金", wan(other), "占比", pct(other / total, SHARE))]  # fmt: skip


def basis(s: Sheet, lines: Sequence[Sequence[Any]], total: Any, unit: str = "万元") -> int:
    """A 测算依据 block: rows of (支出内容, 数量, 单价, 金额, 测算说明) and a 合计 row, the label
    merged down column A. Returns the row of the 合计."""
    s.row("测算依据", "支出内容", "数量", "单价", f"金额（{unit}）", "测算说明")
    top = s.r
    for line in lines:
        s.row(None, *line)
    s.row(None, "合计", None, None, total, None)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    return s.r


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """The indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def dept_head(s: Sheet, *, year: int, dept: str, rows: Sequence[Sequence[Any]],
              unit: str = "万元", filled: Any = None) -> None:  # fmt: skip
    """A seven-column department head: 部门名称 and 填报日期, then the budget block under
    (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出); ``rows`` are (label, five values)."""
    s.title(f"{year}年度部门整体支出绩效目标表", 7)
    s.row("部门（单位）名称", dept, None, None, "填报日期", filled or day(year - 1, 11, 26),
          None, merge=[(2, 4), (6, 7)])  # fmt: skip
    s.row(f"年度预算（{unit}）", "项目", "资金总额", "其中：财政拨款", "其他资金", "基本支出",
          "项目支出")  # fmt: skip
    top = s.r
    for line in rows:
        s.row(None, *line)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def tasks(s: Sheet, rows: Sequence[Sequence[Any]], total: Any, unit: str = "万元") -> None:
    """年度主要任务: rows of (任务名称, 主要实施内容, 预算金额, 期望达到的目标) and 金额合计."""
    s.row("年度主要任务", "任务名称", "主要实施内容", f"预算金额（{unit}）", "期望达到的目标",
          None, None, merge=[(5, 7)])  # fmt: skip
    top = s.r
    for t in rows:
        s.row(None, *t, merge=[(5, 7)])
    s.row(None, "金额合计", None, total, None, None, None, merge=[(5, 7)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def sign(s: Sheet, who: str, checker: str, phone: str) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")


def book(title: str, widths: Sequence[float] = (14, 18, 30, 18, 18, 22)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
