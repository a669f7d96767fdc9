"""Head blocks of investment-project tables (中央预算内投资, 专项债券): a 总投资 block split into
cost components, 资金来源, a 年度投资计划 by year, 建设内容及规模 and 开工/竣工 dates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, C, Sheet, money

Pair = tuple[str, Any]


def amt(v: float, fmt: str = "0.00") -> C:
    return money(v, fmt)


def wan(v: float) -> C:
    return money(v, WAN)


def pairs(s: Sheet, label: str, items: Sequence[Pair], first: Any = None, per: int = 2) -> None:
    """Rows of (label, value) pairs under ``label`` in column A (merged down); ``first`` (the
    whole, e.g. 总投资) sits in column B of the first row."""
    top = s.r + 1
    for i in range(0, len(items), per):
        cells: list[Any] = [label if i == 0 else None, first if i == 0 else None]
        for lab, val in items[i : i + per]:
            cells += [lab, val]
        s.row(*cells)
    if s.r > top:
        s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def invest_head(s: Sheet, *, title: str, name: str, dept: str, unit: str, place: str,
                nature: str, start: Any, end: Any, span: str, scope: str, total: Any,
                costs: Sequence[Pair], sources: Sequence[Pair], plan: Sequence[Pair],
                goals: Sequence[Any], years: str = "", attr: str = "新增项目",
                start_label: str = "开工时间", end_label: str = "竣工时间") -> None:  # fmt: skip
    """A six-column head of an investment project table."""
    s.title(title, 6)
    s.row("项目名称", name, None, "主管部门", dept, None, merge=[(2, 3), (5, 6)])
    s.row("项目单位", unit, None, "项目属性", attr, None, merge=[(2, 3), (5, 6)])
    s.row("建设地点", place, None, "建设性质", nature, None, merge=[(2, 3), (5, 6)])
    s.row(start_label, start, end_label, end, "建设周期", span)
    s.row("建设内容及规模", scope, merge=[(2, 6)])
    pairs(s, "总投资（万元）", costs, first=total)
    pairs(s, "资金来源（万元）", sources, first="")
    pairs(s, "年度投资计划（万元）", plan, first="")
    if len(goals) == 2:
        s.row("总体目标", f"中期目标（{years}）", None, "年度目标", None, None,
              merge=[(2, 3), (4, 6)])  # fmt: skip
        s.row(None, goals[0], None, goals[1], merge=[(2, 3), (4, 6)])
        s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    else:
        s.row("年度绩效目标", goals[0], merge=[(2, 6)])


def footer(s: Sheet, unit: str, who: str, tel: str, date: str) -> None:
    s.skip()
    s.row(f"填报单位（盖章）：{unit}", None, None, f"填报人：{who}", f"联系电话：{tel}")
    s.row("单位负责人：", None, None, f"填报日期：{date}")
