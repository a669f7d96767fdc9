"""The 职责—活动—指标 department table shared by the returns of the 131st held-out set: a head
block with the 部门预算 (收入合计 · 支出合计, 财政拨款 · 其他资金, 基本支出 · 项目支出), 年度目标
paragraphs per duty, the duty table (duty and activity cells merged down their rows, one amount
per activity, a 合计 row) and a second sheet of 整体绩效指标 in three tiers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from tests.variants.kit import Book, C, Sheet, day, money

HEADS = {
    "duty": "部门职责",
    "act": "工作活动",
    "content": "活动内容",
    "amount": "活动金额（万元）",
}


@dataclass
class Act:
    name: str
    content: str
    amount: Any  # a number or a C (format, marks)
    inds: Sequence[Sequence[Any]]  # one tuple of indicator cells per row


@dataclass
class Duty:
    name: str
    goal: str
    acts: Sequence[Act]


@dataclass
class Form:
    """One department return; ``over`` replaces computed budget cells (income, spend, fiscal,
    other, basic, project, total) by the given values (typed numbers or marked cells)."""

    year: int
    dept: str
    fiscal: float
    basic: float
    duties: Sequence[Duty]
    ind_head: Sequence[str] = ("绩效指标", "指标值")
    order: Sequence[str] = ("duty", "act", "content", "amount", "ind")
    heads: dict[str, str] = field(default_factory=dict)
    fmt: str = "0.00"
    budget_label: str = "部门预算（万元）"
    filled: Any = None
    code: str | None = None
    over: dict[str, Any] = field(default_factory=dict)
    total_row: bool = True
    title: str | None = None
    sheet: str = "部门整体支出绩效目标表"
    footer: Sequence[Sequence[Any]] = ()


def _num(v: Any) -> Decimal:
    return Decimal(str(v.value if isinstance(v, C) else v))


def _cell(v: Any, fmt: str) -> Any:
    if isinstance(v, C):
        return v if v.fmt else C(v.value, fmt, v.marks)
    return money(v, fmt)


def duty_sheet(book: Book, f: Form) -> Sheet:
    """Write the first sheet of a return: head, budget, goals, duty table, footer."""
    cols: list[str] = []
    for k in f.order:
        cols.extend(["ind"] * len(f.ind_head) if k == "ind" else [k])
    w = len(cols)
    widths = [16 if k in ("duty", "act") else 28 if k == "content" else 14 for k in cols]
    s = book.sheet(f.sheet, widths)
    s.title(f.title or f"{f.year}年度部门整体支出绩效目标表", w)
    if f.code:
        s.row("部门（单位）名称", f.dept, None, "部门预算编码", f.code, merge=[(2, 3), (5, w)])
    else:
        s.row("部门（单位）名称", f.dept, None, None, merge=[(2, w)])
    s.row("填报日期", f.filled or day(f.year - 1, 11, 18), merge=[(2, w)])
    lines = sum((_num(a.amount) for d in f.duties for a in d.acts), Decimal(0))
    project = _num(f.over["project"]) if "project" in f.over else lines
    basic = _num(f.basic)
    spend = basic + project
    fiscal = _num(f.fiscal)
    other = spend - fiscal
    vals = {"income": spend, "spend": spend, "fiscal": fiscal, "other": other,
            "basic": basic, "project": project, "total": project}  # fmt: skip
    cells = {k: _cell(f.over.get(k, float(v)), f.fmt) for k, v in vals.items()}
    top = s.row(f.budget_label, "收入合计", cells["income"], "支出合计", cells["spend"],
                merge=[(5, w)] if w > 5 else [])  # fmt: skip
    s.row(None, "其中：财政拨款", cells["fiscal"], "其中：基本支出", cells["basic"],
          merge=[(5, w)] if w > 5 else [])  # fmt: skip
    s.row(None, "其他资金", cells["other"], "项目支出", cells["project"],
          merge=[(5, w)] if w > 5 else [])  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    top = s.r + 1
    for i, d in enumerate(f.duties, start=1):
        s.row("年度目标" if i == 1 else None, d.goal, merge=[(2, w)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    heads = {**HEADS, **f.heads}
    header: list[Any] = []
    for key in f.order:
        header.extend(f.ind_head if key == "ind" else [heads[key]])
    s.row(*header)
    rows: list[list[Any]] = []
    for d in f.duties:
        for j, a in enumerate(d.acts):
            for k, ind in enumerate(a.inds):
                cells_row: list[Any] = []
                for key in f.order:
                    if key == "ind":
                        cells_row.extend(ind)
                    elif key == "duty":
                        cells_row.append(d.name if j == 0 and k == 0 else None)
                    elif key == "act":
                        cells_row.append(a.name if k == 0 else None)
                    elif key == "content":
                        cells_row.append(a.content if k == 0 else None)
                    else:
                        cells_row.append(_cell(a.amount, f.fmt) if k == 0 else None)
                rows.append(cells_row)
    merged = [i + 1 for i, k in enumerate(cols) if k != "ind"]
    s.table(rows, merged=merged)
    if f.total_row:
        at = cols.index("amount") + 1
        s.row("合计", *[None] * (at - 2), cells["total"], merge=[(1, at - 1)])
        if at < w:
            s.ws.merge_cells(start_row=s.r, start_column=at + 1, end_row=s.r, end_column=w)
    for line in f.footer:
        s.row(*line)
    return s


def tier_sheet(book: Book, title: str, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), name: str = "整体绩效指标",
               head2: Sequence[Any] | None = None,
               footer: Sequence[Sequence[Any]] = ()) -> Sheet:  # fmt: skip
    """The second sheet: a title, one (or two) header rows, the tier rows, a footer."""
    w = len(head)
    s = book.sheet(name, [14, 16, 30] + [14] * (w - 3))
    s.title(title, w)
    s.row(*head)
    if head2 is not None:
        s.row(*head2)
    s.table(rows, merged=merged)
    for line in footer:
        s.row(*line)
    return s
