"""B101 on a budget line or a task whose own amount is split (预算金额 │ 财政拨款 │ 其他资金 in
a 年度主要任务 block): the line's amount must be its fiscal part plus its other funds. B102 on
其中 lines that add up to more than their line, and on
a group's 小计 among the lines that is not the sum of its group, and the lines against their
合计 or the header amount they add up to (B102, B110)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from goalbook.findings import Hit, Severity
from goalbook.layout import LINE_COLUMNS, LINES_ADD_UP_TO
from goalbook.model import BudgetLine, Cell, CellRef, Subtotal
from goalbook.reader.moneygrid import is_source
from goalbook.rules.amounts import Money, fmt_money, money, tolerance
from goalbook.rules.common import Context, clip
from goalbook.rules.moneylabels import field_label
from goalbook.rules.standards import magnitude, magnitude_hit
from goalbook.vocabulary import word


def line_parts(ctx: Context) -> Iterator[Hit]:
    """B101 at each line whose amount is not its 财政拨款 + 其他资金 (both given)."""
    unit = ctx.table.money_unit
    for line in ctx.table.lines:
        if line.amount is None or line.fiscal is None or line.other is None:
            continue
        whole, fiscal, other = money(line.amount), money(line.fiscal), money(line.other)
        if whole is None or fiscal is None or other is None:
            continue
        diff = whole.value - fiscal.value - other.value
        if abs(diff) <= tolerance(whole, fiscal, other):
            continue
        label = _label(ctx, "amount")
        name = clip(line.name.text, 20) if line.name is not None else ""
        parts = (
            f"{_label(ctx, 'fiscal')} {fmt_money(fiscal.value, unit, ctx.lang)} + "
            f"{_label(ctx, 'other')} {fmt_money(other.value, unit, ctx.lang)}"
        )
        params = {
            "whole": f"{name} {label}" if name else label,
            "total": fmt_money(whole.value, unit, ctx.lang),
            "parts": parts,
            "diff": fmt_money(diff, unit, ctx.lang),
        }
        yield Hit("B101", line.amount.at, params)


def parts_above_line(ctx: Context) -> Iterator[Hit]:
    """B102 at the last 其中 line of a budget line whose 其中 lines add up to more than the line
    (行道树补植 60 │ 其中：乡土树种苗木 68): a part cannot exceed its whole. Parts that add up
    to less are no finding (a 其中 names some of the line, not all of it)."""
    unit = ctx.table.money_unit
    by_line: dict[int, list[tuple[Cell, Money]]] = {}
    for part in ctx.table.lines_parts:
        if (amount := money(part.amount, unit)) is not None:
            by_line.setdefault(part.of, []).append((part.amount, amount))
    for of, found in by_line.items():
        line = ctx.table.lines[of]
        whole = money(line.amount, unit)
        if whole is None or line.amount is None:
            continue
        total = sum((a.value for _c, a in found), Decimal(0))
        if total - whole.value <= tolerance(whole, *(a for _c, a in found)):
            continue
        params = {
            "sum": fmt_money(total, unit, ctx.lang),
            "whole": clip(line.name.text, 12) if line.name is not None else _label(ctx, "amount"),
            "total": fmt_money(whole.value, unit, ctx.lang),
            "diff": fmt_money(total - whole.value, unit, ctx.lang),
        }
        yield Hit("B102", found[-1][0].at, params)


def _label(ctx: Context, key: str) -> str:
    columns = LINE_COLUMNS.get(ctx.table.kind or "project", LINE_COLUMNS["project"])
    column = next(c for c in columns if c.key == key)
    return column.zh.removeprefix("其中：") if ctx.lang == "zh" else column.en


def subtotals(ctx: Context, total: Money | None) -> tuple[list[Hit], bool]:
    """B102 at each 小计 that is not the sum of its group's lines; and whether the lines'
    stated ``total`` (合计) is the sum of the 小计 (and of the lines in no group), which
    confirms the groups as read: the finding is then an error, and the 合计 not off."""
    unit = ctx.table.money_unit
    amounts = [money(line.amount, unit) for line in ctx.table.lines]
    off: list[tuple[Subtotal, Decimal, Money]] = []
    grouped = Decimal(0)
    inside: set[int] = set()
    for sub in ctx.table.lines_subtotals:
        stated = money(sub.amount, unit)
        group = [a for a in amounts[sub.first : sub.end] if a is not None]
        if stated is None or not group:
            return [], False  # a group read without its amounts: nothing said
        inside |= set(range(sub.first, sub.end))
        grouped += stated.value
        found = sum((a.value for a in group), Decimal(0))
        if abs(found - stated.value) > tolerance(stated, *group):
            off.append((sub, found, stated))
    if not off:
        return [], False
    grouped += sum((a.value for i, a in enumerate(amounts) if a and i not in inside), Decimal(0))
    every = sum((a.value for a in amounts if a is not None), Decimal(0))
    known = total is not None and abs(total.value - grouped) <= tolerance(total)
    sure = known or (total is not None and abs(total.value - every) <= tolerance(total))
    hits = []
    for sub, found, stated in off:
        params = {
            "sum": fmt_money(found, unit, ctx.lang),
            "whole": clip(sub.name.text, 12),
            "total": fmt_money(stated.value, unit, ctx.lang),
            "diff": fmt_money(found - stated.value, unit, ctx.lang),
        }
        severity = None if sure else Severity.WARNING
        hits.append(Hit("B102", sub.amount.at, params, severity=severity))
    return hits, known


def lines_against(ctx: Context, m: dict[str, Money]) -> Iterator[Hit]:
    """B102 (B110 for one line 10 000× off): the lines against their 合计 (after the groups' 小计),
    else against the header amount they add up to (``m``: the header amounts)."""
    table, unit = ctx.table, ctx.table.money_unit
    found = [(line, a) for line in table.lines if (a := money(line.amount, unit)) is not None]
    if not found:
        return
    total = sum((a.value for _line, a in found), Decimal(0))
    tol = tolerance(*(a for _line, a in found))
    stated = money(table.lines_total, unit)
    off, explained = subtotals(ctx, stated)
    yield from off  # a 小计 not its group's sum (the 合计 then off because of it: not said)
    if explained and stated is not None:
        total = stated.value  # the 合计 of the 小计 stands for the lines against the budget
    if stated is not None and not table.lines_total_derived and table.lines_total is not None:
        if abs(stated.value - total) > tol and not explained:
            whole = (word("total", ctx.lang), stated.value)
            yield _lines_off(ctx, found, total, whole, tol, table.lines_total.at)
            return
    targets: tuple[str, ...] = LINES_ADD_UP_TO[
        "project" if table.kind == "project" else "department"
    ]
    if len({line.amount.at for line, _a in found if line.amount is not None}) == 1 < len(found):
        targets = ("project_spend",)  # tasks as prose in one cell: maybe some of the budget
    present = [k for k in targets if k in m]
    if not present or any(abs(m[k].value - total) <= tol + tolerance(m[k]) for k in present):
        return
    if table.kind != "project" and "project_spend" not in m and _spend_in_grid(ctx, total, tol):
        return  # (tasks that add up to the 项目支出 of a 支出结构 grid beside the sources)
    if "basic" in m and "project_spend" in m and table.kind != "project":  # (机构运行 among
        spent = m["basic"].value + m["project_spend"].value  # the activities: all the spending)
        if abs(spent - total) <= tol + tolerance(m["basic"], m["project_spend"]):
            return
    amounts = [a.value for _line, a in found]  # one line 10 000× off explains its whole; else
    key = next(  # the nearest whole is what they were meant to add up to
        (k for k in present if magnitude(m[k].value, amounts, tol + tolerance(m[k]))),
        min(present, key=lambda k: abs(m[k].value - total)),
    )
    at = table.lines_total.at if table.lines_total is not None else table.fields[key].at
    whole = (field_label(ctx, key), m[key].value)
    yield _lines_off(ctx, found, total, whole, tol + tolerance(m[key]), at)


def _spend_in_grid(ctx: Context, total: Decimal, tol: Decimal) -> bool:
    """A grid line 项目支出 (支出结构 │ 金额 beside 资金构成 │ 金额) of the amount ``total``."""
    unit = ctx.table.money_unit
    for grid in ctx.table.grids:
        for line in grid.lines:
            if line.label is None or line.label.text.strip() not in _SPEND_LABELS:
                continue
            amounts = [a for cell in line.amounts if (a := money(cell, unit)) is not None]
            if any(abs(a.value - total) <= tol + tolerance(a) for a in amounts):
                return True
    return False


_SPEND_LABELS = frozenset(("项目支出", "项目支出合计", "项目经费"))


def _lines_off(
    ctx: Context,
    found: list[tuple[BudgetLine, Money]],
    total: Decimal,
    whole: tuple[str, Decimal],
    tol: Decimal,
    at: CellRef,
) -> Hit:
    """B110 at the one line 10 000× (or 1/10 000 of, or 100× with its decimal point lost) its
    share, else B102 at the total."""
    unit = ctx.table.money_unit
    off = magnitude(whole[1], [a.value for _line, a in found], tol, point=True)
    if off is not None and off[0] >= 0:
        line, amount = found[off[0]]
        assert line.amount is not None
        name = line.name.text if line.name else _row_name(ctx, line.amount.at)
        return magnitude_hit(ctx, line.amount.at, name, amount.value, off[1], whole)
    if 2 <= len(found) <= 5 and all(ln.name and is_source(ln.name.text) for ln, _a in found):
        # the lines are the sources of the money (省级财政补助 · 市级财政资金 │ 合计): B101, the
        # whole against its parts, as the head's sources are judged
        parts = " + ".join(
            f"{ln.name.text} {fmt_money(a.value, unit, ctx.lang)}" for ln, a in found if ln.name
        )
        total_shown = fmt_money(whole[1], unit, ctx.lang)
        diff = fmt_money(whole[1] - total, unit, ctx.lang)
        return Hit(
            "B101", at, {"whole": whole[0], "total": total_shown, "parts": parts, "diff": diff}
        )
    params = {
        "sum": fmt_money(total, unit, ctx.lang),
        "whole": whole[0],
        "total": fmt_money(whole[1], unit, ctx.lang),
        "diff": fmt_money(total - whole[1], unit, ctx.lang),
    }
    return Hit("B102", at, params)


def _row_name(ctx: Context, at: CellRef) -> str:
    return word("row", ctx.lang, row=at.row)
