"""Helpers shared by the returns of the 224th held-out set: department (部门整体支出) tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

OUT, COST, EFF, SAT = "产出指标", "成本指标", "效益指标", "满意度指标"
NUM, QUA, TIME, ECON = "数量指标", "质量指标", "时效指标", "经济成本指标"
SOC, GAIN, SUS, USER = "社会效益指标", "经济效益指标", "可持续影响指标", "服务对象满意度指标"

DUTY = ("部门职责", "工作活动", "活动金额（万元）", "一级指标", "二级指标", "三级指标", "指标值")
TIERS = ("一级指标", "二级指标", "三级指标", "指标值")
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
BUDGET = ("资金总额", "财政拨款", "其他资金", "基本支出", "项目支出")
P2 = "0.00%"


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def book(title: str, widths: Sequence[float]) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)


def labelled(s: Sheet, label: Any, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """A block under one label merged down column A: a header row, then the rows (from B)."""
    top = s.row(label, *header)
    for line in rows:
        s.row(None, *line)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    return s.r


def budget(s: Sheet, amounts: Sequence[Any], label: str = "年度预算（万元）",
           heads: Sequence[str] = BUDGET) -> int:  # fmt: skip
    """The money block: 资金总额 = 财政拨款 + 其他资金 = 基本支出 + 项目支出 by default."""
    return labelled(s, label, heads, [amounts])


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A table under its header row, the ``merged`` columns merged down over their blocks."""
    s.row(*header)
    return s.table(rows, merged=merged)


def total(s: Sheet, label: str, *values: Any, span: int = 2) -> int:
    """A 合计 or 小计 row: the label merged over the first ``span`` columns, values after it."""
    return s.row(label, *([None] * (span - 1)), *values, merge=[(1, span)])


def note(s: Sheet, text: str, width: int) -> int:
    """A footnote merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, *parts: Any) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(*parts)
