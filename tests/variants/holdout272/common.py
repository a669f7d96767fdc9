"""Helpers shared by the returns of the 272nd held-out set: a book with its first sheet and a
project or department head, money rows, an indicator table under its header (tier-1 and tier-2
merged down), notes under a table and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

WIDE = (16, 18, 30, 16, 16, 16)
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


def wan(value: Any, fmt: str = WAN) -> Any:
    """An amount with 万元 only in the number format; a prepared cell (``C``) passes through."""
    return value if isinstance(value, C) or value is None else money(value, fmt)


def funds(total: Any, fiscal: Any, other: Any, period: Sequence[Any] = (),
          labels: tuple[str, str] = ("其中：财政拨款", "其他资金")) -> list[list[Any]]:  # fmt: skip
    """The money rows of a project head: the year alone, or 中期 (``period``) beside 年度."""
    fis, oth = labels
    if not period:
        return [["年度资金总额", wan(total), fis, wan(fiscal)], [oth, wan(other), None, None]]
    p_total, p_fiscal, p_other = period
    return [
        ["中期资金总额", wan(p_total), "年度资金总额", wan(total)],
        [fis, wan(p_fiscal), fis, wan(fiscal)],
        [oth, wan(p_other), oth, wan(other)],
    ]


def project(sheet: str = "Sheet1", widths: Sequence[float] = WIDE, **head: Any) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a project head (``heads.project_head``)."""
    b = Book()
    s = b.sheet(sheet, widths)
    project_head(s, **head)
    return b, s


def department(sheet: str = "Sheet1", widths: Sequence[float] = WIDE, **head: Any) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a department head (``heads.department_head``)."""
    b = Book()
    s = b.sheet(sheet, widths)
    department_head(s, **head)
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2),
               caption: str | None = "绩效指标") -> int:  # fmt: skip
    """An optional caption row, the header row, then the rows with ``merged`` columns merged
    down over their blocks. Returns the last row written."""
    if caption:
        s.row(caption, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote, 说明 or 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any, head: str = "") -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row(f"单位负责人：{head}", None, f"填表人：{who}", f"联系电话：{phone}", "填报日期", date)
