"""Shared pieces of the 94th held-out corpus: a flat export of the provincial 预算管理一体化系统
(round two), with code columns, a head block in 元, an indicator table and printed footers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from openpyxl.utils import get_column_letter

from tests.variants.heads import project_head
from tests.variants.kit import YUAN, Book, C, Sheet, money

HEAD = {
    "t1": "一级指标",
    "t2": "二级指标",
    "name": "三级指标",
    "dir": "指标方向",
    "op": "比较符",
    "val": "指标值",
    "unit": "计量单位",
    "code": "指标编码",
    "mid": "中期指标值",
    "w": "分值",
}


@dataclass(frozen=True)
class R:
    """One indicator row: tiers, name, 指标方向, 比较符, 年度 value, unit, 中期 value."""

    t1: Any
    t2: Any
    name: Any
    dir: Any
    op: Any
    val: Any
    unit: Any = None
    mid: Any = None


def yuan(v: float) -> C:
    return money(v, YUAN)


def one_year_money(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """A one-year project: 中期资金总额 repeats the total (its marks stay on 年度资金总额)."""
    same = replace(total, marks=()) if isinstance(total, C) else total
    return [
        ("年度资金总额", total, "其中：财政拨款", fiscal),
        ("其他资金", other, "中期资金总额", same),
    ]


def multi_money(mid: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    return [
        ("中期资金总额", mid[0], "年度资金总额", annual[0]),
        ("其中：财政拨款", mid[1], "其中：财政拨款", annual[1]),
        ("其他资金", mid[2], "其他资金", annual[2]),
    ]


def export_meta(s: Sheet, year: Any, unit_code: str, unit: str) -> None:
    s.row("预算年度", year, "单位编码", unit_code, "单位名称", unit)


def project(
    s: Sheet,
    *,
    year: int,
    code: str,
    name: str,
    dept: str,
    unit: str,
    money_rows: Sequence[Sequence[Any]],
    goals: Sequence[Any],
    years: int = 1,
    attr: str = "延续项目",
    start: Any = None,
    end: Any = None,
) -> None:
    """A project's own code row and its §3.1 head block, money in 元."""
    s.row("项目代码", code, None, "项目类别", "项目支出", merge=[(2, 3)])
    project_head(s, year=year, name=name, dept=dept, unit=unit, money=money_rows, goals=goals,
                 years=years, attr=attr, start=start, end=end, title="",
                 money_label="项目资金（元）")  # fmt: skip


def table(
    s: Sheet,
    cols: Sequence[str],
    rows: Sequence[R],
    *,
    code: str,
    merged: bool = True,
    hide_code: bool = True,
) -> None:
    """The indicator table: header row, then one row per indicator; tier cells merged down
    (``merged``) or written in every row; the 指标编码 column hidden."""
    head = [HEAD[k] for k in cols]
    if "mid" in cols:
        head[cols.index("val")] = "年度指标值"
    s.row(*head)
    weights: list[int] = []
    if "w" in cols:
        base, rest = divmod(100, len(rows))
        weights = [base + (1 if i < rest else 0) for i in range(len(rows))]
    prev: tuple[Any, Any] = (None, None)
    out = []
    for i, r in enumerate(rows):
        t1, t2 = r.t1, r.t2
        if merged:
            if (t1, t2) == prev:
                t1 = t2 = None
            elif t1 == prev[0]:
                t1 = None
            prev = (r.t1, r.t2)
        vals = {
            "t1": t1,
            "t2": t2,
            "name": r.name,
            "dir": r.dir,
            "op": r.op,
            "val": r.val,
            "unit": r.unit,
            "code": f"{code}{i + 1:03d}",
            "mid": r.mid,
            "w": weights[i] if weights else None,
        }
        out.append([vals[k] for k in cols])
    merge_cols = [cols.index(k) + 1 for k in ("t1", "t2")] if merged else []
    s.table(out, merged=merge_cols)
    if hide_code:
        s.ws.column_dimensions[get_column_letter(cols.index("code") + 1)].hidden = True


def footer(s: Sheet, printed: str = "2025-11-18 15:42:07", page: str = "第 1 页 共 1 页") -> None:
    s.skip()
    s.row("单位负责人：", None, "财务负责人：", None, "填报人：")
    s.row(f"打印时间：{printed}", None, None, None, page)


def book(widths: Sequence[float] = (14, 16, 30, 12, 10, 14, 12, 14, 12)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet("项目支出绩效目标", widths)
