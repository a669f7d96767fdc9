"""Head blocks of the 128th held-out corpus: the 区域绩效目标表 of a central transfer and the
省对下 transfer table, money split into 中央补助 · 省级资金 · 市县配套 (invented province
汀澜省)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet

HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "度量单位", "备注")


def transfer_head(s: Sheet, *, title: str, name: str, central: str, local: str,
                  money: Sequence[Any], goal: str, first: str = "中央主管部门",
                  second: str = "省级主管部门") -> None:  # fmt: skip
    """Title, the two offices, the money row (资金总额, 中央补助, 省级资金, 市县配套) under its
    header row, and the 年度总体目标 paragraph; six columns."""
    if title:
        s.title(title, 6)
    s.row("转移支付项目名称", name, None, None, None, None, merge=[(2, 6)])
    s.row(first, central, None, second, local, None, merge=[(2, 3), (5, 6)])
    s.row("资金情况（万元）", "资金总额", "其中：中央补助", "省级资金", "市县配套", None)
    s.row(None, *money)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", goal, merge=[(2, 6)])


def footer(s: Sheet, left: str, right: str) -> None:
    """The signature line offices leave under the table."""
    s.skip()
    s.row(left, None, None, right, None, None, merge=[(1, 3), (4, 6)])
