"""Head blocks of transfer-payment returns (区域绩效目标表, allocation tables, county shares)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet


def region_head(s: Sheet, *, title: str, name: str, central: str, local: str,
                money: Sequence[Any], goal: Any, width: int = 6) -> None:  # fmt: skip
    """A regional head (§3, 163号 form): 资金情况 as (总额, 中央补助, 省级补助, 市县配套)."""
    total, central_aid, province, county = money
    s.title(title, width)
    s.row("转移支付名称", name, None, None, None, None, merge=[(2, width)])
    s.row("中央主管部门", central, None, "地方主管部门", local, None, merge=[(2, 3), (5, width)])
    s.row("资金情况（万元）", "年度资金总额", total, "其中：中央补助", central_aid, None)
    s.row(None, "省级补助", province, "市县配套", county, None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", goal, merge=[(2, width)])


def signature(s: Sheet, who: str, when: str) -> None:
    s.skip()
    s.row(f"填报单位（盖章）：{who}", None, None, f"填报日期：{when}")
    s.row("单位负责人：", None, "财务负责人：", None, "经办人：")
