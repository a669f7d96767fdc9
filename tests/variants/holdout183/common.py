"""Shared helpers of the 183rd held-out set: number formats that carry the unit, formulas whose
values are stored beside them (as Excel saves them), project and department heads with =SUM
totals, and an indicator table that goes on to a second sheet (续表)."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from tests.variants.kit import CN_DATE, Book, C, Sheet

WANF = '#,##0.00"万元"'  # amounts with the unit in the number format
YUANF = '#,##0.00"元"'
P1 = "0.0%"  # a percentage stored as 0.955, shown 95.5%
REN = '0"人"'


def p(value: float, fmt: str = P1) -> C:
    """A percentage as Excel stores it (0.955 with ``0.0%``)."""
    return C(value, fmt)


def n(value: float, unit: str, digits: int = 0) -> C:
    """A count or quantity with its unit only in the number format (``0"人"``)."""
    body = "#,##0" if value >= 1000 else "0"
    if digits:
        body += "." + "0" * digits
    return C(value, f'{body}"{unit}"')


def w(value: float, fmt: str = WANF) -> C:
    return C(value, fmt)


def cday(y: int, m: int, d: int) -> C:
    """A date stored as an Excel date, shown ``2026年11月30日``."""
    return C(dt.datetime(y, m, d), CN_DATE)


@dataclass(frozen=True)
class F:
    """A formula with the value Excel stored beside it when the file was saved."""

    expr: str
    value: float
    fmt: str | None = WANF


class FBook(Book):
    """A book whose formulas keep their stored values (openpyxl writes none: patched in)."""

    def save(self, path: Path) -> Path:
        super().save(path)
        cached = [getattr(ws, "_stored", {}) for ws in self.wb.worksheets]
        if not any(cached):
            return path
        with zipfile.ZipFile(path) as z:
            items = [(i, z.read(i.filename)) for i in z.infolist()]
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for info, data in items:
                m = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", info.filename)
                if m and cached[int(m.group(1)) - 1]:
                    text = data.decode("utf-8")
                    for ref, value in cached[int(m.group(1)) - 1].items():
                        pat = rf'(<c r="{ref}"[^>]*>)<f>([^<]*)</f><v\s*/>'
                        text, k = re.subn(pat, rf"\1<f>\2</f><v>{value!r}</v>", text)
                        assert k == 1, (ref, info.filename)
                    data = text.encode("utf-8")
                z.writestr(info, data)
        return path


def put_formula(s: Sheet, row: int, col: int, f: F) -> None:
    cell = s.ws.cell(row, col)
    cell.value = "=" + f.expr
    cell.data_type = "f"
    if f.fmt:
        cell.number_format = f.fmt
    stored = getattr(s.ws, "_stored", None)
    if stored is None:
        stored = {}
        s.ws._stored = stored  # type: ignore[attr-defined]
    stored[f"{get_column_letter(col)}{row}"] = round(f.value, 6)


def frow(s: Sheet, *values: Any, merge: Sequence[tuple[int, int]] = (), col: int = 1) -> int:
    """``Sheet.row`` that also takes formulas (:class:`F`)."""
    r = s.row(*[None if isinstance(v, F) else v for v in values], merge=merge, col=col)
    for i, v in enumerate(values):
        if isinstance(v, F):
            put_formula(s, r, col + i, v)
    return r


def vmerge(s: Sheet, col: int, top: int, bottom: int) -> None:
    if bottom > top:
        s.ws.merge_cells(start_row=top, start_column=col, end_row=bottom, end_column=col)
        s.ws.cell(top, col).alignment = Alignment(vertical="center", wrap_text=True)


def project_head(
    s: Sheet,
    *,
    year: int,
    name: str,
    dept: str,
    unit: str,
    goals: Sequence[str],
    annual: tuple[float, float],
    mid: tuple[float, float] | None = None,
    years: int = 1,
    attr: str = "延续项目",
    start: Any = None,
    end: Any = None,
    title: str | None = None,
    width: int = 7,
    fmt: str = WANF,
    label: str = "项目资金（万元）",
    typed_total: Any = None,
    leader: str | None = None,
) -> None:
    """A project head whose totals are =SUM formulas with stored values. One-year: the
    年度资金总额 beside 财政拨款 and 其他资金; multi-year (``mid``): a block with 中期 and 年度
    columns. ``typed_total`` replaces the annual formula by a typed value (a C, may be marked)."""
    if title != "":
        s.title(title or f"{year}年度项目支出绩效目标申报表", width)
    tail = [(5, width)] if width > 5 else []
    s.row("项目名称", name, None, "主管部门及代码", dept, merge=[(2, 3), *tail])
    s.row("实施单位", unit, None, "项目属性", attr, merge=[(2, 3), *tail])
    if leader:
        s.row("项目负责人", leader, merge=[(2, 3)])
    s.row(
        "项目期",
        f"{years}年",
        "计划开始日期",
        start or cday(year, 1, 1),
        "计划完成日期",
        end or cday(year + years - 1, 12, 31),
    )
    if mid is None:
        r = s.r + 1
        total = (
            typed_total
            if typed_total is not None
            else F(f"SUM(E{r}:E{r + 1})", annual[0] + annual[1], fmt)
        )
        frow(s, label, "年度资金总额", total, "其中：财政拨款", w(annual[0], fmt))
        s.row(None, None, None, "其他资金", w(annual[1], fmt))
        vmerge(s, 1, r, r + 1)
        vmerge(s, 2, r, r + 1)
        vmerge(s, 3, r, r + 1)
    else:
        top = s.row(label, "资金来源", "中期资金（实施期）", "年度资金")
        r = top + 1
        annual_total = (
            typed_total
            if typed_total is not None
            else F(f"SUM(D{r + 1}:D{r + 2})", annual[0] + annual[1], fmt)
        )
        frow(s, None, "资金总额", F(f"SUM(C{r + 1}:C{r + 2})", mid[0] + mid[1], fmt), annual_total)
        s.row(None, "其中：财政拨款", w(mid[0], fmt), w(annual[0], fmt))
        s.row(None, "其他资金", w(mid[1], fmt), w(annual[1], fmt))
        vmerge(s, 1, top, s.r)
    if len(goals) == 2:
        span = f"中期目标（{year}年—{year + years - 1}年）"
        s.row("总体目标", span, None, "年度目标", None, merge=[(2, 3), (4, width)])
        s.row(None, goals[0], None, goals[1], merge=[(2, 3), (4, width)])
        vmerge(s, 1, s.r - 1, s.r)
    else:
        s.row("年度绩效目标", goals[0], merge=[(2, width)])


def department_head(
    s: Sheet,
    *,
    year: int,
    dept: str,
    fin: float,
    other: float,
    basic: float,
    project: float,
    tasks: Sequence[tuple[str, str, float, str]],
    goal: str,
    filled: Any = None,
    width: int = 7,
    typed_total: Any = None,
) -> None:
    """A department head: 资金总额 = SUM(财政拨款, 其他资金) stored; tasks with a =SUM 金额合计."""
    s.title(f"{year}年度部门整体支出绩效目标申报表", width)
    s.row(
        "部门（单位）名称",
        dept,
        None,
        "填报日期",
        filled or cday(year - 1, 10, 28),
        merge=[(2, 3), (5, width)],
    )
    top = s.row(
        "年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出"
    )
    r = top + 1
    total = typed_total if typed_total is not None else F(f"SUM(C{r}:D{r})", fin + other)
    frow(s, None, total, w(fin), w(other), w(basic), w(project))
    vmerge(s, 1, top, r)
    top = s.row(
        "年度主要任务",
        "任务名称",
        "主要实施内容",
        "预算金额（万元）",
        "期望达到的目标",
        merge=[(5, width)],
    )
    for t in tasks:
        s.row(None, t[0], t[1], w(t[2]), t[3], merge=[(5, width)])
    first, last = top + 1, s.r
    frow(
        s,
        None,
        "金额合计",
        None,
        F(f"SUM(D{first}:D{last})", sum(t[2] for t in tasks)),
        None,
        merge=[(5, width)],
    )
    vmerge(s, 1, top, s.r)
    s.row("年度总体目标", goal, merge=[(2, width)])


def header(s: Sheet, *cols: str) -> int:
    return s.row(*cols)


def continued(book: Book, title: str, cols: Sequence[str], widths: Sequence[float]) -> Sheet:
    """The second sheet of an indicator table (续表): a title and the repeated header."""
    s2 = book.sheet("续表", widths)
    s2.title(title, len(cols))
    s2.row(*cols)
    return s2


def sign_off(s: Sheet, who: str, year: int, note: str | None = None) -> None:
    s.skip()
    if note:
        s.row(note, merge=[(1, 7)])
    s.row(f"填报人：{who}", None, "审核人：", None, "填报日期：", cday(year - 1, 11, 6))
