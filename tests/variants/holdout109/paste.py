"""The pasted indicator table shared by the returns of this corpus: one function that lays out
invented indicators as staff paste them from Word or a PDF (numbered names, footnote marks,
tiers in one cell, extra columns, points, a 合计 row) and a signature block."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import C, Sheet, ok, pct

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
SPACED = "a number typed as text with a space as thousands separator: at most a warning"


class Sp(str):
    """A number staff typed as text with a space (``1 200``): legible, tolerated as a warning."""


def _inline(op: str, num: Any, unit: str) -> Any:
    if isinstance(num, C):
        return num
    if isinstance(num, Sp):
        return ok(f"{op}{num}{unit}", note=SPACED)
    if unit == "%":
        return f"{op}{num * 100:g}%"
    if isinstance(num, str):
        return f"{op}{num}{unit}"
    return f"{op}{num:g}{unit}"


def _number(num: Any, unit: str) -> Any:
    if isinstance(num, Sp):
        return ok(str(num), note=SPACED)
    if isinstance(num, (C, str)):
        return num
    return pct(num) if unit == "%" else num


def table(s: Sheet, inds: Sequence[Sequence[Any]], *, tiers: str = "merged",
          numbering: str = "", foot: dict[int, str] | None = None, seq: bool = False,
          note_col: bool = False, header: str = "指标值", values: str = "opcol",
          points: dict[str, int] | None = None, scores: Sequence[int] = (),
          op_head: str = "比较符", total: bool = False) -> None:  # fmt: skip
    """``inds`` rows are (tier1, tier2, name, op, number, unit[, note]); for a % row the number
    is the fraction (0.95). ``values``: ``opcol`` (比较符 · value · 计量单位), ``inline`` (one
    value cell), ``split`` (比较符, then value and unit under one merged header)."""
    foot = foot or {}
    head: list[Any] = []
    if seq:
        head.append("序号")
    if tiers in ("dash", "slash"):
        head += ["指标类别", "三级指标"]
    else:
        head += ["一级指标", "二级指标", "三级指标"]
    lead = len(head)
    if values == "opcol":
        head += [op_head, header, "计量单位"]
    elif values == "split":
        head += [op_head, header, None]
    else:
        head += [header]
    if scores:
        head.append("分值")
    if note_col:
        head.append("填报说明")
    r = s.row(*head)
    if values == "split":
        s.ws.merge_cells(start_row=r, start_column=lead + 2, end_row=r, end_column=lead + 3)
    rows: list[list[Any]] = []
    t1s: list[str] = []
    prev1 = prev2 = None
    j = k = 0
    for n, ind in enumerate(inds):
        t1, t2, name, op, num, unit = ind[:6]
        marks = name.marks if isinstance(name, C) else ()
        name = name.value if isinstance(name, C) else name
        note = ind[6] if len(ind) > 6 else None
        if t1 not in t1s:
            t1s.append(t1)
            j = 0
        j += 1
        k = k + 1 if t2 == prev2 else 1
        if numbering == "dot":
            name = f"{t1s.index(t1) + 1}.{j} {name}"
        elif numbering == "paren":
            name = f"({k}){name}"
        elif numbering == "circle":
            name = f"{CIRCLED[k - 1]}{name}"
        if n in foot:
            name = f"{name}{foot[n]}"
        if marks:
            name = C(name, marks=marks)
        label1 = f"{t1}（{points[t1]}分）" if points and t1 in points else t1
        line: list[Any] = []
        if seq:
            line.append(n + 1)
        if tiers == "dash":
            line += [f"{t1}-{t2}", name]
        elif tiers == "slash":
            line += [f"{t1.removesuffix('指标')}/{t2.removesuffix('指标')}", name]
        elif tiers == "merged":
            line += [label1 if t1 != prev1 else None, t2 if (t2, t1) != (prev2, prev1) else None,
                     name]  # fmt: skip
        else:
            line += [label1, t2, name]
        if values == "opcol" or values == "split":
            line += [op, _number(num, unit), unit]
        else:
            line += [_inline(op, num, unit)]
        if scores:
            line.append(scores[n])
        if note_col:
            line.append(note)
        rows.append(line)
        prev1, prev2 = t1, t2
    first = 2 if seq else 1
    s.table(rows, merged=(first, first + 1) if tiers == "merged" else ())
    if total and scores:
        pad = [None] * (len(head) - 2 - (1 if note_col else 0))
        s.row("合计", *pad, sum(scores))


def sign(s: Sheet, who: str, phone: str, date: str, boss: str = "单位负责人（签字）：") -> None:
    """The signature block offices leave under the table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, boss)
    s.row(f"填报日期：{date}", None, None, None, "（单位盖章）")
