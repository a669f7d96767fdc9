"""Shared helpers of holdout177: tables exported from a budget system and then edited by hand.

The export has a title row, a 填报单位（盖章） … 单位：万元 line, then a header split over two
rows (the tier word merged over 一级指标 │ 二级指标 │ 三级指标, 指标值 merged over its period
columns), blank spacer columns between the tier columns, a hidden helper column of indicator
codes, tier cells repeated on every row (or merged, where the clerk merged them by hand), and a
备注 column. Amounts are often typed as text with thousands separators (``tx``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.utils import get_column_letter

from tests.variants.heads import project_head
from tests.variants.kit import Book, C, Sheet, day, ok

TEXT_NOTE = "an amount typed as text with separators: a warning is fair, nothing to send back"


def tx(value: float) -> C:
    """An amount typed as text with a thousands separator (``1,250.00``); the reviewer reads it
    and accepts at most a warning about it."""
    return ok(f"{value:,.2f}", "warning", note=TEXT_NOTE)


def tn(value: str) -> C:
    """A target number typed as text with a thousands separator (``18,000``); at most a
    warning about it."""
    return ok(value, "warning", note="a count typed as text with a separator")


@dataclass(frozen=True)
class Layout:
    """The columns of one exported indicator table.

    ``values``: the sub-heads under ``value_head`` (one value column when the only sub-head is
    ``value_head`` itself); ``spacers``: a blank column after 一级指标 and after 二级指标;
    ``op`` / ``unit`` / ``notes``: headers of an operator, a unit and a notes column (None for
    none); ``helper``: a hidden column of indicator codes, ``"first"``, ``"last"`` or None;
    ``merged``: tier cells merged down by hand instead of repeated on every row."""

    values: tuple[Any, ...] = ("年度", "中期")
    spacers: bool = True
    op: str | None = None
    unit: str | None = None
    notes: str | None = "备注"
    helper: str | None = "last"
    tier_head: str = "绩效指标"
    value_head: str = "指标值"
    merged: bool = False

    def keys(self) -> list[str]:
        out = ["helper"] if self.helper == "first" else []
        out += ["t1", "s1", "t2", "s2", "t3"] if self.spacers else ["t1", "t2", "t3"]
        out += ["op"] if self.op else []
        out += [f"v{i}" for i in range(len(self.values))]
        out += ["unit"] if self.unit else []
        out += ["notes"] if self.notes else []
        out += ["helper"] if self.helper == "last" else []
        return out

    def rest(self) -> list[str]:
        """The columns after 三级指标 that an indicator row fills, in order."""
        return [k for k in self.keys() if k in ("op", "unit", "notes") or k.startswith("v")]

    @property
    def width(self) -> int:
        return len(self.keys())

    @property
    def visible(self) -> int:
        """The last visible column (the title and the unit line end there)."""
        return self.width - (1 if self.helper == "last" else 0)

    def widths(self) -> list[float]:
        size = {
            "t1": 12,
            "t2": 14,
            "t3": 28,
            "s1": 2,
            "s2": 2,
            "op": 8,
            "unit": 10,
            "notes": 18,
            "helper": 8,
        }
        return [size.get(k, 16) for k in self.keys()]


def sheet(book: Book, title: str, lay: Layout) -> Sheet:
    widths = [max(w, 14) if i < 6 else w for i, w in enumerate(lay.widths())]
    return book.sheet(title, widths)


def export_head(s: Sheet, width: int, *, title: str, unit: str, money_unit: str = "万元") -> None:
    """The title row and the 填报单位（盖章） … 单位：万元 line of a budget-system export."""
    s.title(title, width)
    s.row(f"填报单位（盖章）：{unit}", *([None] * (width - 2)), f"单位：{money_unit}")


def project(
    s: Sheet,
    width: int,
    *,
    year: int,
    unit: str,
    dept: str,
    name: str,
    money: Sequence[Sequence[Any]],
    goals: Sequence[Any],
    years: int = 1,
    title: str | None = None,
    attr: str = "延续项目",
) -> None:
    """Title, unit line and the project head (§3.1) of an exported project table."""
    export_head(s, width, title=title or f"{year}年度项目支出绩效目标表", unit=unit)
    project_head(
        s,
        year=year,
        name=name,
        dept=dept,
        unit=unit,
        money=money,
        goals=goals,
        years=years,
        title="",
        attr=attr,
    )


def department(
    s: Sheet,
    width: int,
    *,
    year: int,
    unit: str,
    budget: Sequence[Any],
    tasks: Sequence[Sequence[Any]],
    goal: str,
    title: str | None = None,
    money_fmt: Any = None,
) -> None:
    """Title, unit line and the department head (§3.2) of an exported 部门整体 table.
    ``budget``: (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出); ``tasks``: rows of (名称,
    内容, 金额, 目标), the last the 金额合计 row."""
    export_head(s, width, title=title or f"{year}年度部门整体支出绩效目标表", unit=unit)
    s.row("部门（单位）名称", unit, None, "填报日期", day(year - 1, 11, 18), merge=[(2, 3), (5, 6)])
    s.row("年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    top = s.r
    s.row(None, *budget)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度主要任务",
        "任务名称",
        "主要实施内容",
        "预算金额（万元）",
        "期望达到的目标",
        None,
        merge=[(5, 6)],
    )
    top = s.r
    for t in tasks:
        s.row(None, *t, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", goal, merge=[(2, 6)])


def header(s: Sheet, lay: Layout) -> None:
    """The header split over two rows."""
    keys = lay.keys()
    at = {k: i for i, k in enumerate(keys)}
    top: list[Any] = [None] * len(keys)
    bot: list[Any] = [None] * len(keys)
    top[at["t1"]] = lay.tier_head
    bot[at["t1"]], bot[at["t2"]], bot[at["t3"]] = "一级指标", "二级指标", "三级指标"
    single = len(lay.values) == 1 and lay.values[0] == lay.value_head
    if single:
        top[at["v0"]] = lay.value_head
    else:
        top[at["v0"]] = lay.value_head
        for i, v in enumerate(lay.values):
            bot[at[f"v{i}"]] = v
    for k, text in (
        ("op", lay.op),
        ("unit", lay.unit),
        ("notes", lay.notes),
        ("helper", "指标编码"),
    ):
        if k in at:
            top[at[k]] = text
    r1 = s.row(*top)
    s.row(*bot)
    ws = s.ws
    ws.merge_cells(start_row=r1, start_column=at["t1"] + 1, end_row=r1, end_column=at["t3"] + 1)
    last = at[f"v{len(lay.values) - 1}"] + 1
    if single:
        ws.merge_cells(start_row=r1, start_column=last, end_row=r1 + 1, end_column=last)
    else:
        ws.merge_cells(start_row=r1, start_column=at["v0"] + 1, end_row=r1, end_column=last)
    for k in ("op", "unit", "notes", "helper"):
        if k in at:
            c = at[k] + 1
            ws.merge_cells(start_row=r1, start_column=c, end_row=r1 + 1, end_column=c)
    if "helper" in at:
        ws.column_dimensions[get_column_letter(at["helper"] + 1)].hidden = True


def indicators(s: Sheet, lay: Layout, rows: Sequence[Sequence[Any]], code: str = "ZB") -> int:
    """The header and the indicator rows: each (一级, 二级, 三级, *the columns of
    ``lay.rest()``); tier cells repeated on every row unless ``lay.merged``. Returns the last
    row written."""
    header(s, lay)
    keys = lay.keys()
    rest = lay.rest()
    out = []
    prev: tuple[Any, Any] = (None, None)
    for n, r in enumerate(rows, start=1):
        t1, t2, t3, *more = r
        more = list(more) + [None] * (len(rest) - len(more))
        assert len(more) == len(rest), r
        c1, c2 = t1, t2
        if lay.merged and t1 == prev[0]:
            c1 = None
            if t2 == prev[1]:
                c2 = None
        prev = (t1, t2)
        cells = {
            "t1": c1,
            "t2": c2,
            "t3": t3,
            "helper": f"{code}{n:02d}",
            **dict(zip(rest, more, strict=True)),
        }
        out.append([cells.get(k) for k in keys])
    at = {k: i + 1 for i, k in enumerate(keys)}
    return s.table(out, merged=(at["t1"], at["t2"]) if lay.merged else ())


def sub_project(s: Sheet, name: str, money: Sequence[Any]) -> None:
    """A blank row, then the line naming the sub-project of the second table and its money."""
    s.skip()
    s.row("子项目名称", name, None, *money, merge=[(2, 3)])


def footer(s: Sheet, notes: Sequence[str], *, filler: str, phone: str, checker: str) -> None:
    s.skip()
    for n in notes:
        s.row(n)
    s.row(f"填表人：{filler}", None, f"联系电话：{phone}", None, f"审核人：{checker}")
