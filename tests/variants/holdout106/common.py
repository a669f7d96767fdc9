"""Head blocks of the invented province's 省级专项资金 forms: 实施期 (2026—2028) and 年度 money
side by side, split by year and by source, and a 分配表 of the year's provincial money to cities."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import C, Sheet, day

YEARS = (2026, 2027, 2028)


def num(v: Any) -> float:
    return float(v.value if isinstance(v, C) else v)


def sources(rows: Sequence[tuple[str, Sequence[Any]]], fmt: str | None = None) -> list[list[Any]]:
    """Money rows (来源, 实施期合计, 2026, 2027, 2028) under a 资金总额 row, all adding up."""
    years = [round(sum(num(r[1][i]) for r in rows), 2) for i in range(3)]
    out: list[list[Any]] = [["资金总额", round(sum(years), 2), *years]]
    for label, ys in rows:
        out.append([label, round(sum(num(y) for y in ys), 2), *ys])
    if fmt:
        out = [[r[0], *(v if isinstance(v, C) else C(v, fmt) for v in r[1:])] for r in out]
    return out


def shares(cities: Sequence[tuple[str, float]]) -> list[list[Any]]:
    """分配表 rows (市, 金额, 占比 as a percent cell) and the 合计 row."""
    total = round(sum(a for _, a in cities), 2)
    rows: list[list[Any]] = [[c, a, C(round(a / total, 4), "0.0%")] for c, a in cities]
    rows.append(["合计", total, C(1, "0.0%")])
    return rows


def fund_head(s: Sheet, *, name: str, dept: str, unit: str, money: Sequence[Sequence[Any]],
              goals: Sequence[Any], alloc: Sequence[Sequence[Any]] = (), attr: str = "新增项目",
              title: str | None = None, start: Any = None, end: Any = None,
              span: str = "3年（2026—2028年）", alloc_label: str = "2026年省级资金分配",
              width: int = 6) -> None:  # fmt: skip
    """A provincial special-fund project head (six columns wide, or ``width``)."""
    if title != "":  # "" for a project stacked under another
        s.title(title or "2026年度省级专项资金项目绩效目标申报表", width)
    s.row("项目名称", name, None, "主管部门", dept, None, merge=[(2, 3), (5, 6)])
    s.row("实施单位", unit, None, "项目属性", attr, None, merge=[(2, 3), (5, 6)])
    s.row("实施期", span, "计划开始日期", start or day(2026, 1, 1), "计划完成日期",
          end or day(2028, 12, 31))  # fmt: skip
    s.row(
        "项目资金（万元）", "资金来源", "实施期资金总额", "2026年（年度资金）", "2027年", "2028年"
    )
    top = s.r
    for line in money:
        s.row(None, *line)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    if alloc:
        s.row(alloc_label, "市", "金额（万元）", "占比", "备注", None, merge=[(5, 6)])
        top = s.r
        for line in alloc:
            s.row(None, *line, merge=[(5, 6)])
        s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("总体目标", "中期目标（2026年—2028年）", None, "年度目标（2026年）", None, None,
          merge=[(2, 3), (4, 6)])  # fmt: skip
    s.row(None, goals[0], None, goals[1], None, None, merge=[(2, 3), (4, 6)])
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)


def footer(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期：",
          when or day(2025, 10, 28, 'yyyy"年"m"月"d"日"'))  # fmt: skip
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
