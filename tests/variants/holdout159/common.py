"""Helpers shared by the returns of the 159th held-out set: a cover sheet (封面) before the
sheet with the table, money blocks for one-year and multi-year projects, numbered rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, Sheet, day, money

YEAR = 2026


def cover(b: Book, *, kind: str, unit: str, dept: str, project: str | None = None,
          filed: tuple[int, int, int] = (YEAR - 1, 11, 18), year: int = YEAR,
          contact: str = "") -> None:  # fmt: skip
    """A 封面 sheet: the form's title, the unit, 报送日期 and a seal line, nothing else."""
    s = b.sheet("封面", widths=(22, 44))
    s.skip(2)
    s.title(f"{year}年度{kind}", 2)
    s.skip(2)
    if project:
        s.row("项目名称", project)
    s.row("申报单位（盖章）", unit)
    s.row("主管部门", dept)
    s.row("报送日期", day(*filed, fmt=CN_DATE))
    if contact:
        s.row("联系人及电话", contact)
    s.row("单位负责人（签字）", None)
    s.skip(2)
    s.row(None, "（单位公章）")


def one_year(total: Any, fin: Any, other: Any, fmt: str | None = WAN) -> list[tuple[Any, ...]]:
    """A one-year money block: 资金总额, 其中：财政拨款, 其他资金."""

    def m(v: Any) -> Any:
        return money(v, fmt) if fmt and isinstance(v, int | float) else v

    return [("资金总额", m(total), "其中：财政拨款", m(fin)), ("其他资金", m(other))]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """中期 and 年度 money side by side: (总额, 财政拨款, 其他资金) for each."""

    def m(v: Any) -> Any:
        return money(v, WAN) if isinstance(v, int | float) else v

    return [
        ("中期资金总额", m(period[0]), "年度资金总额", m(annual[0])),
        ("其中：财政拨款", m(period[1]), "其中：财政拨款", m(annual[1])),
        ("其他资金", m(period[2]), "其他资金", m(annual[2])),
    ]


def numbered(rows: Sequence[Sequence[Any] | None], start: int = 1) -> list[tuple[Any, ...]]:
    """Prefix a 序号 to every indicator row; ``None`` is an empty spacer row, a row whose
    first cell is ``"序号"`` is a header repeated after a page break (both left unnumbered)."""
    out: list[tuple[Any, ...]] = []
    n = start
    for r in rows:
        if r is None:
            out.append(())
        elif r and r[0] == "序号":
            out.append(tuple(r))
        else:
            out.append((n, *r))
            n += 1
    return out


def rows_out(s: Sheet, rows: Sequence[Sequence[Any]]) -> None:
    """Write rows as they are (no merging): an empty tuple is a spacer row."""
    for r in rows:
        if r:
            s.row(*r)
        else:
            s.skip()


def sign_lines(s: Sheet, who: str, phone: str) -> None:
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "审核人：", None)
    s.row("单位负责人（签字）：", None, None, None, "（盖章）", None)
