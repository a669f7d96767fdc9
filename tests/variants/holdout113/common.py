"""Pieces shared by the returns of the 113th held-out set: the invented prefecture-level city
沄江市, its offices, headers on two merged rows and the footers offices leave."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet

CITY = "沄江市"
YEAR = 2027


def header(s: Sheet, labels: Sequence[Any], col: int = 1) -> int:
    """A one-row header."""
    return s.row(*labels, col=col)


def header2(s: Sheet, labels: Sequence[Any], col: int = 1) -> int:
    """A header on two merged rows: a label is a text (merged down over both rows) or a
    (text, [sub, sub, ...]) pair (merged across, its subs on the second row)."""
    top: list[Any] = []
    low: list[Any] = []
    spans: list[tuple[int, int, bool]] = []
    c = col
    for lab in labels:
        if isinstance(lab, tuple):
            text, subs = lab
            top.append(text)
            top.extend([None] * (len(subs) - 1))
            low.extend(subs)
            spans.append((c, c + len(subs) - 1, True))
            c += len(subs)
        else:
            top.append(lab)
            low.append(None)
            spans.append((c, c, False))
            c += 1
    r1 = s.row(*top, col=col)
    r2 = s.row(*low, col=col)
    for first, last, across in spans:
        if across:
            if last > first:
                s.ws.merge_cells(start_row=r1, start_column=first, end_row=r1, end_column=last)
        else:
            s.ws.merge_cells(start_row=r1, start_column=first, end_row=r2, end_column=first)
    return r2


def footer(s: Sheet, head: str, filler: str, phone: str, note: str | None = None) -> None:
    """Signature lines as offices leave them below the table."""
    s.skip()
    if note:
        s.row(note)
    s.row(f"单位负责人：{head}", None, f"填报人：{filler}", None, f"联系电话：{phone}")


def proj_head(s: Sheet, *, name: str, dept: str, unit: str, leader: str, money: Sequence[
        Sequence[Any]], sources: Sequence[Any] | None, goals: Sequence[str], width: int = 7,
        years: int = 1, start: Any = None, end: Any = None, attr: str = "延续项目",
        title: str | None = None) -> None:  # fmt: skip
    """A project head: ``money`` rows after 项目资金（万元） (labels and amounts alternating,
    e.g. 年度资金总额 · 当年预算 · 上年结转 in one row); ``sources`` the amounts under 财政拨款 ·
    财政专户 · 单位资金 · 其他资金 · 合计; ``goals`` one text (年度) or two (中期, 年度)."""
    from tests.variants.kit import day

    s.title(title or f"{CITY}{YEAR}年度项目支出绩效目标表", width)
    s.row("项目名称", name, None, None, "主管部门", dept, merge=[(2, 4), (6, width)])
    s.row("实施单位", unit, None, None, "项目负责人及电话", leader, merge=[(2, 4), (6, width)])
    s.row("项目属性", attr, None, None, "项目期", f"{years}年", merge=[(2, 4), (6, width)])
    s.row("计划开始日期", start or day(YEAR, 1, 1), None, None, "计划完成日期",
          end or day(YEAR + years - 1, 12, 31), merge=[(2, 4), (6, width)])  # fmt: skip
    top = s.r + 1
    for line in money:
        s.row("项目资金（万元）" if s.r + 1 == top else None, *line)
    if s.r > top:
        s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    if sources is not None:
        s.row("资金来源（万元）", "财政拨款", "财政专户管理资金", "单位资金", "其他资金", "合计")
        s.row(None, *sources)
        s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    if len(goals) == 2:
        span = f"中期目标（{YEAR}年—{YEAR + years - 1}年）"
        s.row("总体目标", span, None, None, "年度目标", merge=[(2, 4), (5, width)])
        s.row(None, goals[0], None, None, goals[1], merge=[(2, 4), (5, width)])
        s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    else:
        s.row("年度绩效目标", goals[0], merge=[(2, width)])
