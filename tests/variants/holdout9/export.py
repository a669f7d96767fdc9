"""Pieces of a return exported from a provincial budget-management system (预算管理一体化系统)
and re-saved by staff: a title merged across, a key/value head, a 资金来源 block in 元, a goal
text with numbered goals, a two-line merged indicator header, hidden helper columns and the
footnote and signature lines below."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from tests.variants.kit import C, Sheet, money

AMT = "#,##0.00"  # amounts in 元, as the system exports them
SOURCES = ("一般公共预算", "政府性基金", "上级转移支付", "单位自有资金")


def yuan(value: float) -> C:
    return money(value, AMT)


def title(s: Sheet, text: str, col: int, width: int) -> int:
    """A title merged across ``width`` columns from ``col``, the text in the anchor only."""
    r = s.row(text, col=col, merge=[(col, col + width - 1)])
    s.ws.cell(r, col).alignment = Alignment(horizontal="center")
    return r


def kv(s: Sheet, col: int, pairs: Sequence[tuple[str, Any]], width: int = 9) -> None:
    """Key/value head lines, two pairs a line: label, value merged over the next cells."""
    half = width // 2
    for i in range(0, len(pairs), 2):
        line = pairs[i : i + 2]
        values: list[Any] = [None] * width
        merges = []
        for k, (label, value) in enumerate(line):
            at = k * half
            span = half if k == 0 else width - half
            values[at], values[at + 1] = label, value
            if span > 2:
                merges.append((col + at + 1, col + at + span - 1))
        s.row(*values, col=col, merge=merges)


def sources(s: Sheet, col: int, total: Any, parts: Sequence[Any],
            label: str = "资金来源（元）", names: Sequence[str] = SOURCES) -> int:  # fmt: skip
    """The 资金来源 block: a label merged down two lines, the headings, then the amounts."""
    top = s.row(label, "资金总额", *names, col=col)
    s.row(None, total, *parts, col=col)
    s.ws.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)
    return top + 1


def text_line(s: Sheet, col: int, label: str, text: Any, width: int = 9) -> int:
    """A label and a long text merged across the rest of the table."""
    return s.row(label, text, col=col, merge=[(col + 1, col + width - 1)])


def header2(s: Sheet, col: int, top: Sequence[Any], bottom: Sequence[Any]) -> int:
    """A two-line header: in ``top`` a None continues the label to its left (merged across);
    in ``bottom`` a None leaves the top label merged down over both lines."""
    r1 = s.row(*top, col=col)
    r2 = s.row(*bottom, col=col)
    n, i = len(top), 0
    while i < n:
        if bottom[i] is None:
            s.ws.merge_cells(start_row=r1, start_column=col + i, end_row=r2, end_column=col + i)
            i += 1
            continue
        j = i
        while j + 1 < n and top[j + 1] is None and bottom[j + 1] is not None:
            j += 1
        if j > i:
            s.ws.merge_cells(start_row=r1, start_column=col + i, end_row=r1, end_column=col + j)
        i = j + 1
    return r2


def hide(s: Sheet, *cols: int) -> None:
    """Hide helper columns the system exports (IDs, sort keys)."""
    for c in cols:
        s.ws.column_dimensions[get_column_letter(c)].hidden = True


def sign(s: Sheet, col: int, who: str, checker: str, phone: str, filled: Any) -> int:
    """The signature line under the table: 填表人、审核人、联系电话、填报日期."""
    return s.row(f"填表人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}", None,
                 "填报日期：", filled, col=col)  # fmt: skip


def sources2(s: Sheet, col: int, period: Sequence[Any], annual: Sequence[Any],
             label: str = "资金来源（元）") -> int:  # fmt: skip
    """A 资金来源 block with a 实施期 line and a 年度 line: (资金总额, *SOURCES) each."""
    top = s.row(label, "期间", "资金总额", *SOURCES, col=col)
    s.row(None, "实施期", *period, col=col)
    s.row(None, "年度", *annual, col=col)
    s.ws.merge_cells(start_row=top, start_column=col, end_row=top + 2, end_column=col)
    return top + 2


# The usual indicator header of an export: 指标编码, a hidden 指标ID, the three tiers under
# 绩效指标, the target split into 比较符 / 目标值 / 计量单位 under 指标值, then 指标方向.
TOP_A = ("指标编码", "指标ID", "绩效指标", None, None, "指标值", None, None, "指标方向")
BOTTOM_A = (None, None, "一级指标", "二级指标", "三级指标", "比较符", "目标值", "计量单位", None)


def with_ids(rows: Sequence[Sequence[Any]], seed: str) -> list[tuple[Any, ...]]:
    """Insert the hidden 指标ID after the 指标编码 of each row (none where the code is empty:
    a row staff inserted by hand)."""
    out = []
    for i, r in enumerate(rows):
        code = r[0].value if isinstance(r[0], C) else r[0]
        out.append((r[0], f"{seed}{i + 1:04d}a7e" if code else None, *r[1:]))
    return out


def indicators(s: Sheet, col: int, rows: Sequence[Sequence[Any]], *, seed: str = "",
               top: Sequence[Any] = TOP_A, bottom: Sequence[Any] = BOTTOM_A,
               merged: Sequence[int] = (3, 4)) -> int:  # fmt: skip
    """The two-line header and the indicator rows (tier columns merged down); with ``seed`` the
    hidden 指标ID column (second) is filled and hidden."""
    header2(s, col, top, bottom)
    if seed:
        rows = with_ids(rows, seed)
        hide(s, col + 1)
    return s.table(rows, merged=merged, col=col)


def project_head(s: Sheet, col: int, width: int, *, pairs: Sequence[tuple[str, Any]],
                 goals: Sequence[tuple[str, Any]]) -> None:  # fmt: skip
    """The key/value head and the goal texts (label, text) of an exported project."""
    kv(s, col, pairs, width)
    for label, text in goals:
        text_line(s, col, label, text, width)
