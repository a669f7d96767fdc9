"""Helpers shared by the returns of the 207th held-out set: department (部门整体) tables as county
and city bureaus send them, with 收入 and 支出 grids, task blocks, covers and instruction sheets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TASK_HEAD = ("任务名称", "主要实施内容", "金额（万元）", "预期目标")


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def num(value: float) -> C:
    """An amount typed as a plain number with two decimals (the unit is in the block label)."""
    return money(value, "#,##0.00")


def book(title: str, widths: Sequence[float] = (14, 16, 30, 16, 16, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)


def cover(b: Book, *, year: int, unit: str, lines: Sequence[tuple[str, Any]]) -> None:
    """A cover sheet: the title of the set, then label / value lines (unit, people, date)."""
    s = b.sheet("封面", (20, 44))
    s.skip(2)
    s.title(f"{year}年度部门整体支出绩效目标申报材料", 2)
    s.skip()
    s.row("单位名称（盖章）", unit)
    for label, value in lines:
        s.row(label, value)


def instructions(b: Book, lines: Sequence[str], title: str = "填报说明") -> None:
    """An instruction sheet: numbered lines in one wide column."""
    s = b.sheet(title, (96,))
    s.row(title)
    for i, text in enumerate(lines, start=1):
        s.row(f"{i}．{text}")


def hidden(b: Book, title: str, widths: Sequence[float] = (14, 16, 30, 16, 16, 14)) -> Sheet:
    """A sheet kept from an earlier draft and hidden by the office."""
    s = b.sheet(title, widths)
    s.ws.sheet_state = "hidden"
    return s


def head(s: Sheet, title: str, label: str, unit: str, width: int,
         right: Any = "金额单位：万元") -> None:  # fmt: skip
    """The title merged across the table and the unit line below it."""
    s.title(title, width)
    s.row(f"{label}：{unit}", None, None, None, right, merge=[(1, 3)])


def block(s: Sheet, label: str, rows: Sequence[Sequence[Any]],
          merge: Sequence[tuple[int, int]] = ()) -> None:  # fmt: skip
    """Rows written from column 2 under ``label`` merged down column 1; ``merge`` lists column
    spans merged in every row."""
    top = s.r + 1
    for i, values in enumerate(rows):
        s.row(label if i == 0 else None, *values, merge=merge)
    if s.r > top:
        s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def grid(s: Sheet, income: Sequence[tuple[str, Any]], spend: Sequence[tuple[str, Any]],
         label: str = "部门预算（万元）") -> None:  # fmt: skip
    """收入 and 支出 side by side (收入项目 · 金额 · 支出项目 · 金额), each list ending with its
    合计; the shorter list is padded so that both totals stand on the last row."""
    n = max(len(income), len(spend))
    inc = [*income[:-1], *[(None, None)] * (n - len(income)), income[-1]]
    out = [*spend[:-1], *[(None, None)] * (n - len(spend)), spend[-1]]
    rows = [("收入项目", "金额", "支出项目", "金额")]
    rows += [(*a, *b) for a, b in zip(inc, out, strict=True)]
    block(s, label, rows)


def budget_rows(s: Sheet, income: Sequence[tuple[str, Any]], spend: Sequence[tuple[str, Any]],
                label: str = "年度预算（万元）") -> None:  # fmt: skip
    """收入 and 支出 as two label rows, each with its amounts on the row beneath."""
    block(s, label, [
        [k for k, _ in income], [v for _, v in income],
        [k for k, _ in spend], [v for _, v in spend],
    ])  # fmt: skip


def tasks(s: Sheet, rows: Sequence[Sequence[Any]], total: Any = None, width: int = 6,
          label: str = "年度主要任务") -> None:  # fmt: skip
    """The task block: a header row, one row per task (名称, 内容, 金额, 目标) and an optional
    合计 row; the target text is merged to the last column."""
    body: list[Sequence[Any]] = [TASK_HEAD, *rows]
    if total is not None:
        body.append(("合计", None, total, None))
    block(s, label, body, merge=[(5, width)] if width > 5 else ())


def goal(s: Sheet, text: str, width: int = 6, label: str = "整体绩效目标") -> None:
    s.row(label, text, merge=[(2, width)])


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def flat(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> None:
    """A flat indicator list: a header row and one row per indicator, no tiers."""
    s.row(*header)
    for values in rows:
        s.row(*values)


def sign(s: Sheet, *parts: Any) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(*parts)
