"""Helpers shared by the returns of the 218th held-out set: the heads of a transfer-payment
区域绩效目标表 and of a 中央预算内投资 plan, detail blocks with their 合计 rows, and the cells of
money written in 万元 or in 元 as each block states it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, YUAN, Book, C, Sheet, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
REGION = ("年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值")
GRID = "#,##0.00"  # a plain amount; the unit is stated by the block's caption

# a county's 衔接资金 project list (pt15): 序号, 名称, 地点, 内容, 资金规模 = 中央 + 省级
# + 县级 (万元), 联农带农机制
PROJECTS = [
    (1, "黄泥塘村高标准茶园提质改造项目", "河口镇黄泥塘村", "改造提升茶园800亩，配套茶园便道3公里",
     120.00, 90.00, 20.00, 10.00, "土地流转、务工带动脱贫户58户"),
    (2, "青石村产业路硬化项目", "青石乡青石村", "硬化产业路2.8公里，路面宽4.5米",
     84.00, 60.00, 16.00, 8.00, "以工代赈方式吸纳脱贫劳动力务工"),
    (3, "三岔村冷藏保鲜库建设项目", "三岔镇三岔村", "新建冷藏保鲜库500吨",
     65.00, 50.00, 10.00, 5.00, "资产出租收益按比例分红"),
    (4, "庙前村小型农田水利设施项目", "庙前乡庙前村", "新建灌溉渠道4.6公里、整治山塘2口",
     48.50, 30.00, 12.00, 6.50, "改善灌溉面积1200亩"),
    (5, "脱贫劳动力外出务工交通补助", "全县", "补助跨省务工脱贫劳动力1200人，300元/人",
     36.00, 25.00, 8.00, 3.00, "直补到人"),
]  # fmt: skip


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def yuan(value: float) -> C:
    """An amount in 元 carried by the number format."""
    return money(value, YUAN)


def grid(value: float) -> C:
    """An amount shown with thousands separators, its unit given by the block's caption."""
    return money(value, GRID)


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 16)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)


def merge_down(s: Sheet, col: int, top: int) -> None:
    """Merge column ``col`` from row ``top`` down to the last row written."""
    if s.r > top:
        s.ws.merge_cells(start_row=top, start_column=col, end_row=s.r, end_column=col)


def region_head(s: Sheet, *, year: int, fund: str, depts: Sequence[str], lines: Sequence[
        Sequence[Any]], goal: str, caption: str = "资金情况（万元）") -> None:  # fmt: skip
    """The head of a five-column 区域绩效目标表: the fund, the departments (中央主管部门,
    地方主管部门, 地方财政部门), the money by source (``lines`` from column B) and the goals."""
    s.title(f"{year}年度中央对地方转移支付区域绩效目标表", 5)
    s.row("转移支付（项目）名称", fund, merge=[(2, 5)])
    s.row("中央主管部门", depts[0], None, "地方主管部门", depts[1], merge=[(2, 3)])
    s.row("地方财政部门", depts[2], None, "填报日期", f"{year - 1}年11月", merge=[(2, 3)])
    top = s.r + 1
    for line in lines:
        s.row(caption if s.r + 1 == top else None, *line)
    merge_down(s, 1, top)
    s.row("年度总体目标", goal, merge=[(2, 5)])


def region_table(s: Sheet, rows: Sequence[Sequence[Any]], header: Sequence[Any] = REGION) -> int:
    """The indicator grid of a 区域绩效目标表: a label column merged down on the left, then the
    tiers (merged down over their blocks), the name and the value. Returns the last row."""
    top = s.row(*header)
    s.table(rows, merged=(1, 2), col=2)
    merge_down(s, 1, top)
    return s.r


def invest_head(s: Sheet, *, year: int, name: str, owner: str, dept: str, place: str,
                nature: str, scope: str, lines: Sequence[Sequence[Any]], dates: Sequence[Any],
                goals: Sequence[str], caption: str = "投资构成（万元）") -> None:  # fmt: skip
    """The head of a six-column 中央预算内投资 plan: the project, its place and scope, the
    investment by source (``lines`` from column B), the planned start, end and duration, and
    one goal (年度) or two (总体目标 over the 建设期, 年度目标)."""
    s.title(f"{year}年中央预算内投资计划项目绩效目标表", 6)
    s.row("项目名称", name, None, None, "建设性质", nature, merge=[(2, 4)])
    s.row("项目单位", owner, None, "主管部门", dept, None, merge=[(2, 3), (5, 6)])
    s.row("建设地点", place, merge=[(2, 6)])
    s.row("建设内容及规模", scope, merge=[(2, 6)])
    top = s.r + 1
    for line in lines:
        s.row(caption if s.r + 1 == top else None, *line)
    merge_down(s, 1, top)
    s.row("计划开工时间", dates[0], "计划竣工时间", dates[1], "建设工期", dates[2])
    if len(goals) == 2:
        last = dates[1].value.year if isinstance(dates[1], C) else year
        s.row("绩效目标", f"总体目标（{year}年—{last}年）", None, f"{year}年度目标", None, None,
              merge=[(2, 3), (4, 6)])  # fmt: skip
        s.row(None, goals[0], None, goals[1], merge=[(2, 3), (4, 6)])
        s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    else:
        s.row("年度绩效目标", goals[0], merge=[(2, 6)])


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """The indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def block(s: Sheet, caption: str, header: Sequence[Any], lines: Sequence[Sequence[Any]],
          total: Sequence[Any], width: int = 6) -> int:  # fmt: skip
    """A detail block: a caption row stating the unit, a header, the lines and a 合计 row.
    Returns the row of the 合计."""
    s.row(caption, merge=[(1, width)])
    s.row(*header)
    for line in lines:
        s.row(*line)
    return s.row(*total)


def sign(s: Sheet, who: str, checker: str, phone: str) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A footnote row merged across the table."""
    s.row(text, merge=[(1, width)])
