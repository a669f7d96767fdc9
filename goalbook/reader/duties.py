"""A department table built on duties and activities (部门职责 │ 工作活动 │ 活动内容 │ 活动金额 │
绩效指标 │ 指标值, the duty and activity cells merged down their indicators' rows): its
activities, each with its amount, are the table's budget lines, and its 合计 row their total."""

from __future__ import annotations

from goalbook.model import BudgetLine, Cell, Subtotal
from goalbook.reader.fieldlabels import money_unit_of
from goalbook.reader.lines import Lines
from goalbook.reader.tableheader import TableHeader
from goalbook.vocabulary import TOTAL_WORDS


def activity_lines(header: TableHeader, rows: set[tuple[str, int]]) -> Lines | None:
    """The activities of a duty table with an amount column, as budget lines (an amount merged
    down an activity's rows counted once), and its 合计; None for any other table. ``rows``:
    the table's rows as the indicator reader took them (the 合计 row is below them)."""
    if "activity_amount" not in header.cols or "activity" not in header.cols:
        return None
    sheet, at = header.sheet, header.cols["activity_amount"]
    named = header.cols["activity"]
    lines: list[BudgetLine] = []
    duties: list[tuple[Cell, int]] = []  # each duty's amount and its first activity's index
    total: Cell | None = None
    groups: list[Subtotal] = []  # 小计 rows under each duty's activities
    last = max((r for name, r in rows if name == sheet.name), default=header.row)
    for r in range(header.row + 1, min(sheet.nrows, last + 3)):
        amount = sheet.cell(r, at, spread=False)
        left = next((c for c in range(at) if sheet.text(r, c, spread=False)), None)
        word = sheet.text(r, left, spread=False).replace(" ", "") if left is not None else ""
        if word in TOTAL_WORDS:
            label = sheet.cell(r, left, spread=False) if left is not None else None
            if word == _GROUP and amount is not None and label is not None:
                first = groups[-1].end if groups else 0
                groups.append(Subtotal(label, amount, first, len(lines)))
                continue  # (a duty's 小计: its activities' sum; the 合计 comes after them)
            total = amount
            break
        if "duty_amount" in header.cols and (
            duty := sheet.cell(r, header.cols["duty_amount"], spread=False)
        ):
            duties.append((duty, len(lines)))
        if amount is not None:
            lines.append(BudgetLine(sheet.cell(r, named), amount))
    if len(lines) < 2:
        return None
    unit = money_unit_of(sheet.text(header.row, at))
    subtotals = _by_duty(header, duties, lines) or tuple(g for g in groups if g.end > g.first)
    return Lines(tuple(lines), total, frozenset(), unit, subtotals=subtotals)


_GROUP = "小计"


def _by_duty(
    header: TableHeader, duties: list[tuple[Cell, int]], lines: list[BudgetLine]
) -> tuple[Subtotal, ...]:
    """Each duty's amount (职责金额, merged down its activities) as the 小计 of its activities:
    those from its row to the next duty's."""
    name_col = header.cols.get("duty")
    found = []
    for i, (amount, first) in enumerate(duties):
        end = duties[i + 1][1] if i + 1 < len(duties) else len(lines)
        if end <= first:
            return ()  # (a duty without an activity amount: the groups are not sure)
        at = amount.at
        name = header.sheet.cell(at.row - 1, name_col) if name_col is not None else None
        found.append(Subtotal(name or amount, amount, first, end))
    return tuple(found)
