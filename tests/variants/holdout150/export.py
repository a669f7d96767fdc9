"""How the invented province's 预算管理一体化系统 exports a return: the 基本信息 as label │ value
pairs down the left, then the indicator table with coded tier labels (1 产出指标, 11 数量指标,
111 …), a 指标方向 column holding the operator, a unit column, a value column (or 下限 and 上限
under a two-line 指标值 header), 分值, long 指标解释 and 评分标准 texts, and the footer line
打印时间 2026-11-20 15:32."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tests.variants.kit import C, Sheet, mk

PRINTED = "2026-11-20 15:32"

HEADERS = {
    "t1": "一级指标",
    "t2": "二级指标",
    "t3": "三级指标",
    "vtype": "值类型",
    "dir": "指标方向",
    "unit": "计量单位",
    "val": "指标值",
    "lo": "下限",
    "hi": "上限",
    "per": "实施期指标值",
    "ann": "年度指标值",
    "pts": "分值",
    "expl": "指标解释",
    "crit": "评分标准",
}
WORDS = {"≥": "大于等于", "≤": "小于等于", "=": "等于", "区间": "区间", "定性": "定性"}


@dataclass
class R:
    """One indicator row: ``op`` is ≥ ≤ = 区间 定性; ``val`` a number, a pct cell, a grade, a
    (lower, upper) pair for 区间, or a (period, annual) pair in a table with both columns.
    ``mark`` = (code, severity, {kwargs}) lands on the cell of column ``at`` (the value cell
    by default)."""

    name: str
    op: str
    val: Any
    unit: str
    pts: float
    expl: str
    crit: str = ""
    vtype: str | None = None
    mark: tuple[str, str, dict[str, Any]] | None = None
    at: str | None = None


Tree = Sequence[tuple[str, Sequence[tuple[str, Sequence[R]]]]]


def head(s: Sheet, pairs: Sequence[tuple[str, Any]], width: int) -> None:
    """The 基本信息 block: one label │ value pair a row; long texts spread to the right."""
    for label, value in pairs:
        v = value.value if isinstance(value, C) else value
        wide = isinstance(v, str) and len(v) > 18
        s.row(label, value, merge=[(2, width)] if wide else [])


def footer(s: Sheet, *lines: tuple[Any, ...]) -> None:
    s.skip()
    for line in lines:
        s.row(*line)
    s.row("打印时间", PRINTED)


def _crit(r: R) -> str:
    if r.crit:
        return r.crit
    if r.op == "定性":
        return "达到目标值得满分，基本达到得60%，未达到不得分"
    if r.op == "≤":
        return "不超过目标值得满分，每超出1%扣10%分值，扣完为止"
    return "达到目标值得满分，未达到按完成比例计分"


def _cells(r: R, key: str, words: bool) -> Any:
    def at(v: Any) -> Any:
        if r.mark and (r.at or _valkey(key)) == key:
            code, sev, kw = r.mark
            return mk(v, code, sev, **kw)
        return v

    if key == "vtype":
        return at(r.vtype or ("定性" if r.op == "定性" else "定量"))
    if key == "dir":
        return at(WORDS[r.op] if words else r.op)
    if key == "unit":
        return at(r.unit)
    if key == "pts":
        return at(r.pts)
    if key == "expl":
        return at(r.expl)
    if key == "crit":
        return at(_crit(r))
    if key == "val":
        return at(r.val)
    if key in ("per", "ann"):
        return at(r.val[0] if key == "per" else r.val[1])
    if key == "lo":
        if r.op == "区间":
            return at(r.val[0])
        return at(r.val if r.op in ("≥", "=", "定性") else None)
    if key == "hi":
        if r.op == "区间":
            return at(r.val[1])
        return at(r.val if r.op in ("≤", "=") else None)
    raise KeyError(key)


def _valkey(key: str) -> str:
    return key if key in ("val", "lo", "hi", "ann") else "val"


def table(s: Sheet, tree: Tree, cols: Sequence[str], *, codes: bool = True,
          code3: bool = False, merged: bool = True, words: bool = False,
          total: float | None = 100) -> None:  # fmt: skip
    """The indicator table: header (two lines when 下限/上限 are there), then the rows."""
    split = "lo" in cols
    first = s.r + 1
    if split:
        lo = cols.index("lo") + 1
        s.row(*[("指标值" if k == "lo" else None if k == "hi" else HEADERS[k]) for k in cols],
              merge=[(lo, lo + 1)])  # fmt: skip
        s.row(*[(HEADERS[k] if k in ("lo", "hi") else None) for k in cols])
        for i, k in enumerate(cols, start=1):
            if k not in ("lo", "hi"):
                s.ws.merge_cells(start_row=first, start_column=i, end_row=first + 1, end_column=i)
    else:
        s.row(*[HEADERS[k] for k in cols])
    rows: list[list[Any]] = []
    points = 0.0
    for i, (t1, t2s) in enumerate(tree, start=1):
        for j, (t2, items) in enumerate(t2s, start=1):
            for k, r in enumerate(items, start=1):
                points += r.pts
                l1 = f"{i} {t1}" if codes else t1
                l2 = f"{i}{j} {t2}" if codes else t2
                name = f"{i}{j}{k} {r.name}" if code3 else r.name
                if merged:
                    l1 = l1 if (j == 1 and k == 1) else None
                    l2 = l2 if k == 1 else None
                line = []
                for key in cols:
                    if key == "t1":
                        line.append(l1)
                    elif key == "t2":
                        line.append(l2)
                    elif key == "t3":
                        line.append(name)
                    else:
                        line.append(_cells(r, key, words))
                rows.append(line)
    start = s.r + 1
    s.table(rows, merged=(1, 2) if merged else ())
    if split:  # a qualitative value spans 下限 and 上限
        lo = cols.index("lo") + 1
        dir_ = cols.index("dir") if "dir" in cols else None
        for n, line in enumerate(rows):
            op = line[dir_] if dir_ is not None else None
            op = op.value if isinstance(op, C) else op
            if op == "定性":
                s.ws.merge_cells(start_row=start + n, start_column=lo, end_row=start + n,
                                 end_column=lo + 1)  # fmt: skip
    if total is not None:
        assert abs(points - total) < 1e-9, points
