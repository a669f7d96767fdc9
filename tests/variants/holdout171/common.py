"""Shared helpers of the 171st held-out corpus: the habits of older and regional forms (a head
block down columns A and B, money in 元 in the head and in 万元 in a 资金来源 block, goals over
three numbered rows, tier-1 rows carrying their own score, a 审核意见 block with signatures)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import YUAN, C, Sheet, day, money

YEAR = 2026
VALUE = f"目标值（{YEAR}年）"


def _m(x: Any, fmt: str = "0.00") -> Any:
    """An amount as a number cell (a C passes through with its marks)."""
    if isinstance(x, C) or x is None or isinstance(x, str):
        return x
    return money(x, fmt)


def vhead(s: Sheet, rows: Sequence[tuple[Any, Any]], width: int = 6) -> None:
    """A head block laid out vertically: the label in A, the value in B merged to ``width``."""
    for label, value in rows:
        s.row(label, value, merge=[(2, width)])


def project_vhead(s: Sheet, *, title: str, name: str, code: str, dept: str, unit: str,
                  person: str, phone: str, attr: str, sector: str, place: str,
                  total: Any, fiscal: Any, other: Any, summary: str, basis: str,
                  filled: Any, years: int = 1, annual: Any = None,
                  width: int = 6) -> None:  # fmt: skip
    """Twenty rows down A and B: a project head with its money in 元 (number format 元).
    ``total``/``fiscal``/``other`` are the whole project's money; ``annual`` the year's (a
    multi-year project only)."""
    s.title(title, width)
    end = day(YEAR + years - 1, 12, 31)
    rows: list[tuple[Any, Any]] = [
        ("项目名称", name),
        ("项目编码", code),
        ("主管部门", dept),
        ("实施单位", unit),
        ("项目负责人", person),
        ("联系电话", phone),
        ("项目属性", attr),
        ("功能分类", sector),
        ("实施地点", place),
        ("项目期", f"{years}年"),
        ("计划开始日期", day(YEAR, 1, 1)),
        ("计划完成日期", end),
    ]
    if years > 1:
        rows += [
            ("中期资金总额（元）", _m(total, YUAN)),
            ("其中：财政拨款（元）", _m(fiscal, YUAN)),
            ("其他资金（元）", _m(other, YUAN)),
            ("年度资金总额（元）", _m(annual, YUAN)),
        ]
    else:
        rows += [
            ("项目资金总额（元）", _m(total, YUAN)),
            ("其中：财政拨款（元）", _m(fiscal, YUAN)),
            ("其他资金（元）", _m(other, YUAN)),
            ("是否政府采购", "是"),
        ]
    rows += [
        ("项目设立依据", basis),
        ("项目概况", summary),
        ("填报人", person),
        ("填报日期", filled),
    ]
    vhead(s, rows, width)


def funds_wan(s: Sheet, lines: Sequence[Sequence[Any]], *, periods: bool = False,
              label: str = "资金来源（万元）") -> None:  # fmt: skip
    """The 资金来源 block in 万元: rows (来源, amount) or, with ``periods``, (来源, 中期, 年度)
    under a header row."""
    top = s.r + 1
    if periods:
        s.row(label, "来源", "中期（万元）", "年度（万元）")
        for line in lines:
            s.row(None, line[0], *(_m(x) for x in line[1:]))
    else:
        for i, line in enumerate(lines):
            s.row(label if i == 0 else None, line[0], *(_m(x) for x in line[1:]))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def goals3(s: Sheet, label: str, lines: Sequence[Any], width: int = 6) -> None:
    """A goal split over numbered lines, one row each, the label merged down column A."""
    top = s.r + 1
    for i, line in enumerate(lines):
        s.row(label if i == 0 else None, line, merge=[(2, width)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def review(s: Sheet, *, unit_head: str, reviewer: str, when: str, width: int = 6) -> None:
    """A 审核意见 block with signature lines at the bottom of the return."""
    s.skip()
    s.row("单位意见", "经单位班子会议研究，同意申报。", merge=[(2, width)])
    s.row(None, f"单位负责人（签字）：{unit_head}　　（单位盖章）　　{when}",
          merge=[(2, width)])  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("主管部门审核意见", "绩效目标与项目内容相符，指标细化量化，同意报送。",
          merge=[(2, width)])  # fmt: skip
    s.row(None, f"审核人（签字）：{reviewer}　　（盖章）　　{when}", merge=[(2, width)])
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("财政部门审核意见", None, merge=[(2, width)])
    s.row(None, "审核人（签字）：　　　　　　（盖章）　　　　年　　月　　日", merge=[(2, width)])
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2),
               caption: str | None = "绩效指标") -> int:  # fmt: skip
    """A caption row, the header row and the indicator rows (tiers merged down)."""
    if caption:
        s.row(caption, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def tier(label: str, score: Any, value_cols: int, extra: int = 0) -> tuple[Any, ...]:
    """A tier-1 row that carries its own score: the label, empty tier-2 / name / value cells,
    the score in the last (权重) column."""
    return (label, "", "", *([""] * value_cols), *([""] * extra), score)
