"""Head blocks shared by the returns of the 148th held-out corpus."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Sheet, day, money


def basic_block(s: Sheet, *, year: int, name: str, dept: str, unit: str, total: Any,
                sources: Sequence[tuple[str, float]], goal: str, end: Any = None,
                attr: str = "一次性项目") -> None:  # fmt: skip
    """A 基本信息 block with its own 资金总额, then a 资金来源 block closed by 合计."""
    s.title(f"{year}年度项目支出绩效目标表", 6)
    s.row("一、基本信息", merge=[(1, 6)])
    s.row("项目名称", name, None, "主管部门", dept, None, merge=[(2, 3), (5, 6)])
    s.row("实施单位", unit, None, "项目属性", attr, None, merge=[(2, 3), (5, 6)])
    s.row("项目期限", "1年", "计划开始时间", day(year, 1, 1, CN_DATE), "计划完成时间",
          end or day(year, 12, 31, CN_DATE))  # fmt: skip
    s.row("资金总额（万元）", total, None, None, None, None, merge=[(2, 6)])
    s.row("二、资金来源（万元）", merge=[(1, 6)])
    s.row("资金来源", "金额（万元）", None, "备注", None, None, merge=[(2, 3), (4, 6)])
    for label, amount in sources:
        s.row(label, money(amount, WAN), None, None, None, None, merge=[(2, 3), (4, 6)])
    s.row("三、年度绩效目标", merge=[(1, 6)])
    s.row(goal, None, None, None, None, None, merge=[(1, 6)])
    s.row("四、绩效指标", merge=[(1, 6)])


def sign(s: Sheet, year: int, who: str = "王建华", tel: str = "0731-5528614") -> None:
    s.skip()
    s.row("填报单位（盖章）：", None, "填报人：" + who, None, "联系电话：" + tel)
    s.row("审核人：", None, "填报日期：", day(year - 1, 11, 18, CN_DATE))
