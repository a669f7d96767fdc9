"""Helpers shared by the returns of the 233rd held-out set: culture, tourism and sports."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, YUAN, Book, C, Sheet, day, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
CYCLE = ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值")
Row = tuple[Any, ...]


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def yuan(value: float) -> C:
    """An amount in 元 carried by the number format."""
    return money(value, YUAN)


def share(value: float) -> C:
    """A share typed as a percentage with two decimals (stored 0.9448, shown 94.48%)."""
    return C(value, "0.00%")


def one_year(total: Any, parts: Sequence[tuple[str, Any]]) -> list[Row]:
    """Money rows of a one-year head: the total alone, then its sources two to a row."""
    rows: list[Row] = [("年度资金总额", total, None, None)]
    for i in range(0, len(parts), 2):
        pair = list(parts[i : i + 2])
        rest: Row = (pair[1][0], pair[1][1]) if len(pair) > 1 else (None, None)
        rows.append((pair[0][0], pair[0][1], *rest))
    return rows


def period(labels: Sequence[str], mid: Sequence[Any], year: Sequence[Any]) -> list[Row]:
    """Money rows of a multi-year head: 中期 on the left, 年度 on the right, the totals first
    and then one row per source (``labels`` names the sources)."""
    rows: list[Row] = [("中期资金总额", mid[0], "年度资金总额", year[0])]
    for i, label in enumerate(labels, start=1):
        rows.append((label, mid[i], label, year[i]))
    return rows


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """The indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def details(s: Sheet, lines: Sequence[tuple[str, Any, str]], total: Any) -> None:
    """A money block with 测算依据: one line per item and the 合计 row."""
    s.row("资金测算明细", "支出内容", "金额（万元）", "测算依据", None, None, merge=[(4, 6)])
    top = s.r
    for name, amount, basis in lines:
        s.row(None, name, amount, basis, merge=[(4, 6)])
    s.row(None, "合计", total, None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A footnote row merged across the table."""
    s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, checker: str, phone: str) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")


def dept_head(s: Sheet, *, year: int, dept: str, amounts: Sequence[Any], shares: Sequence[Any],
              tasks: Sequence[Row], total: Any, goal: str) -> None:  # fmt: skip
    """A department head: amounts and shares under (资金总额, 财政拨款, 其他资金, 基本支出,
    项目支出), the key tasks with their 金额合计 row, and the annual goal."""
    s.title(f"{year}年度部门整体支出绩效目标申报表", 6)
    s.row("部门（单位）名称", dept, None, "填报日期", day(year - 1, 11, 18),
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("年度预算（万元）", "资金总额", "财政拨款", "其他资金", "基本支出", "项目支出")
    s.row("金额", *amounts)
    s.row("占比", *shares)
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标",
          None, merge=[(5, 6)])  # fmt: skip
    top = s.r
    for t in tasks:
        s.row(None, *t, merge=[(5, 6)])
    s.row(None, "金额合计", None, total, None, None, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", goal, merge=[(2, 6)])


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
