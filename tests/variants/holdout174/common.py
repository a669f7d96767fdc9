"""Shared helpers of the 174th held-out set: a 部门整体 return as provinces publish it.

The first sheet holds the head (部门名称, 填报日期, the budget in 万元 with one 其中 line per
source and the 基本支出 / 项目支出 split), a 部门职责 │ 工作任务 │ 主要实施内容 │ 预算金额 block
with its 金额合计, the 年度总体目标 (five numbered paragraphs in one cell) and the indicators
grouped by 工作任务 (the task merged down column A, tier-1 and tier-2 merged too), with a 指标方向
column (正向 / 反向), a 权重 column adding up to 100 over the tier-3s and a 指标值说明 column. A
second sheet repeats the tasks with their amounts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from tests.variants.kit import WAN, Book, C, day

Row = tuple[Any, ...]  # (tier-1, tier-2, name, direction, value(s), weight, note)


@dataclass
class Task:
    duty: str | None  # 部门职责 (None: the duty of the task above continues)
    name: str
    content: str
    fin: float
    other: float
    rows: Sequence[Row] = field(default_factory=list)


def dec(x: float) -> Decimal:
    return Decimal(str(x)).quantize(Decimal("0.01"))


def amt(x: Any, fmt: str) -> Any:
    if isinstance(x, C):
        return x if x.fmt else C(x.value, fmt, x.marks)
    return C(x, fmt)


def department(
    *,
    year: int,
    dept: str,
    person: str,
    sources: Sequence[tuple[str, float]],
    basic: float,
    project: float,
    tasks: Sequence[Task],
    goals: Sequence[str],
    mode: str = "inline",  # inline │ column (operator, number, unit) │ period (中期, 年度)
    horizontal: bool = False,
    fmt: str = "0.00",
    second: str | None = "工作任务预算",
    total: Any = None,  # the 资金总额 cell when it is not the sum of the sources (a planted slip)
    task_sum: Any = None,  # the 金额合计 cell when it is not the sum of the tasks (a planted slip)
    covers: str = "project",  # the tasks add up to 项目支出 (project) or to 资金总额 (total)
    code: str | None = None,
    title: str | None = None,
    signature: str | None = None,
    footnote: str | None = None,
    period: str = "",
    op_head: str = "指标性质",
    weights: int = 100,
    allow: tuple[str, ...] = (),  # the checks a planted slip breaks
) -> Book:
    """One 部门整体 return; it asserts the arithmetic a correct return keeps, except the
    checks named in ``allow`` (a planted slip)."""
    src_sum = sum(dec(a) for _, a in sources)
    task_total = sum(dec(t.fin) + dec(t.other) for t in tasks)
    w_sum = sum(r[5] for t in tasks for r in t.rows)
    tot_v = total.value if isinstance(total, C) else total
    if "sources" not in allow:
        assert tot_v is None or dec(tot_v) == src_sum, dept
    if "split" not in allow:
        assert dec(tot_v if tot_v is not None else src_sum) == dec(basic) + dec(project), dept
    if "tasks" not in allow:
        assert task_sum is None
        want = dec(project) if covers == "project" else src_sum
        assert task_total == want, (dept, task_total, want)
    if "weights" not in allow:
        assert w_sum == weights == 100, (dept, w_sum)
    if "names" not in allow:
        names = [r[2] for t in tasks for r in t.rows]
        assert len(names) == len(set(names)), dept
    width = {"inline": 8, "column": 10, "period": 9}[mode]
    b = Book()
    s = b.sheet("部门整体绩效目标", (14, 12, 14, 26, 10, 14, 14, 12, 12, 24)[:width])
    s.title(title or f"{year}年度部门整体支出绩效目标表", width)
    if code:
        s.row("部门（单位）名称", dept, None, None, "部门预算编码", code, merge=[(2, 4)])
        s.row(
            "填报日期",
            day(year - 1, 11, 18),
            None,
            None,
            "联系人及电话",
            person,
            merge=[(2, 4), (6, 8)],
        )
    else:
        s.row(
            "部门（单位）名称",
            dept,
            None,
            None,
            "填报日期",
            day(year - 1, 11, 18),
            "联系人及电话",
            person,
            merge=[(2, 4)],
        )
    tot = total if total is not None else float(src_sum)
    if horizontal:
        heads = ["资金总额", *[f"其中：{lab}" for lab, _ in sources], "基本支出", "项目支出"]
        s.row("年度预算（万元）", *heads)
        s.row(
            None,
            amt(tot, fmt),
            *[amt(a, fmt) for _, a in sources],
            amt(basic, fmt),
            amt(project, fmt),
        )
        s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    else:
        top = s.row("年度预算（万元）", "资金总额", amt(tot, fmt))
        for lab, a in sources:
            s.row(None, f"其中：{lab}", amt(a, fmt))
        s.row(None, "基本支出", amt(basic, fmt))
        s.row(None, "项目支出", amt(project, fmt))
        s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "部门职责",
        "工作任务",
        "主要实施内容",
        None,
        None,
        "预算金额（万元）",
        "其中：财政拨款",
        "其他资金",
        merge=[(3, 5)],
    )
    start = 0
    for t in tasks:
        r = s.row(
            t.duty,
            t.name,
            t.content,
            None,
            None,
            amt(dec(t.fin) + dec(t.other), fmt),
            amt(t.fin, fmt),
            amt(t.other, fmt),
            merge=[(3, 5)],
        )
        if t.duty is not None:
            if start and r - 1 > start:
                s.ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            start = r
    if start and s.r > start:
        s.ws.merge_cells(start_row=start, start_column=1, end_row=s.r, end_column=1)
    fin_sum = float(sum(dec(t.fin) for t in tasks))
    oth_sum = float(sum(dec(t.other) for t in tasks))
    s.row(
        "金额合计",
        None,
        None,
        None,
        None,
        amt(task_sum if task_sum is not None else float(task_total), fmt),
        amt(fin_sum, fmt),
        amt(oth_sum, fmt),
        merge=[(1, 5)],
    )
    s.row("年度总体目标", "\n".join(goals), merge=[(2, width)])
    s.ws.row_dimensions[s.r].height = 150
    s.row("年度绩效指标", merge=[(1, width)])
    if mode == "inline":
        s.row(
            "工作任务",
            "一级指标",
            "二级指标",
            "三级指标",
            "指标方向",
            "指标值",
            "权重",
            "指标值说明",
        )
    elif mode == "column":
        s.row(
            "工作任务",
            "一级指标",
            "二级指标",
            "三级指标",
            "指标方向",
            op_head,
            "指标值",
            "计量单位",
            "权重",
            "指标值说明",
        )
    else:
        s.row(
            "工作任务",
            "一级指标",
            "二级指标",
            "三级指标",
            "指标方向",
            f"中期指标值（{period}）",
            f"年度指标值（{year}年）",
            "权重",
            "指标值说明",
        )
    rows = []
    for t in tasks:
        for i, (t1, t2, name, way, val, w, note) in enumerate(t.rows):
            vals = list(val) if mode != "inline" else [val]
            rows.append([t.name if i == 0 else None, t1, t2, name, way, *vals, w, note])
    s.table(rows, merged=(1, 2, 3))
    s.row(
        "合计",
        None,
        None,
        None,
        None,
        *([None] * (width - 7)),
        weights,
        None,
        merge=[(1, width - 3)],
    )
    if footnote:
        s.row(footnote, merge=[(1, width)])
    s.row(signature or "填报人：            审核人：            单位负责人：", merge=[(1, width)])
    if second:
        t2 = b.sheet(second, (8, 22, 24, 16, 16, 14, 20))
        t2.title(f"{year}年度部门重点工作任务及预算安排表", 7)
        t2.row("单位：万元", merge=[(1, 7)])
        t2.row("序号", "部门职责", "工作任务", "预算金额", "其中：财政拨款", "其他资金", "备注")
        duty = ""
        for i, t in enumerate(tasks, start=1):
            duty = t.duty or duty
            t2.row(
                i,
                duty,
                t.name,
                amt(dec(t.fin) + dec(t.other), fmt),
                amt(t.fin, fmt),
                amt(t.other, fmt),
                "",
            )
        t2.row(
            "合计",
            None,
            None,
            amt(float(task_total), fmt),
            amt(fin_sum, fmt),
            amt(oth_sum, fmt),
            None,
            merge=[(1, 3)],
        )
    return b


__all__ = ["WAN", "Task", "department"]
