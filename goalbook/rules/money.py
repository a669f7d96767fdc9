"""B: money that adds up and budgets that fit the targets. (The weights, W, are
:mod:`goalbook.rules.weights`.)"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from goalbook.findings import Hit, Severity
from goalbook.layout import FIELDS, SUMS, money_keys
from goalbook.model import CellRef, TargetKind
from goalbook.moneykeys import part_keys, share_key
from goalbook.rules.allocation import allocated, prior_executed, years_use
from goalbook.rules.amounts import Money, fmt_money, money, tolerance
from goalbook.rules.artefacts import grid_cells
from goalbook.rules.balance import budget_balance, sources_total
from goalbook.rules.basis import basis_products
from goalbook.rules.common import Context, clip, is_one_year, main_target
from goalbook.rules.costcap import cost_above_budget
from goalbook.rules.grids import grids
from goalbook.rules.linesums import line_parts, lines_against, parts_above_line
from goalbook.rules.moneylabels import cell_label, field_label, part_label
from goalbook.rules.moneynotes import labelled_parts, noted_parts
from goalbook.rules.shares import percent, rounded_to_100, share_off
from goalbook.rules.standards import (
    magnitude,
    magnitude_hit,
    period_standards,
    standard_times_count,
)
from goalbook.rules.summarysheet import summary_amounts
from goalbook.rules.yearmoney import (
    annual_by_year,
    period_by_year,
    year_above_total,
    year_totals,
    years,
)
from goalbook.spelling import number_text
from goalbook.vocabulary import word

_MONEY_KEYS = tuple(dict.fromkeys(k for fields in FIELDS.values() for k in money_keys(fields)))


# a cost standard per person, in yuan per money unit: 元/人, 万元/人
# a cost per head or per attendance (元/人, 万元/人次): times the largest head count
def _sums(kind: str | None, m: dict[str, Money]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The layout's sums for a kind of table (a project's when the kind is not known), of the
    amounts ``m`` read."""
    sums = SUMS.get(kind or "project", SUMS["project"])
    return tuple((s.whole, s.parts) for s in sums if not (s.unless and s.unless in m))


def amounts(ctx: Context) -> dict[str, Money]:
    """The header amounts, in the table's money unit."""
    out = {}
    unit = ctx.table.money_unit
    for key in _MONEY_KEYS:
        value = money(ctx.table.fields.get(key), unit)
        if value is not None:
            out[key] = value
    return out


def fields(ctx: Context) -> Iterator[Hit]:
    """B108 / X103: money cells that are not numbers, or numbers typed as text (once a cell:
    a budget system's project row is both the table's total and a line of a grid)."""
    said: set[CellRef] = set()
    for key, whole, name in _money_cells(ctx):
        cell = ctx.table.fields[key]
        found = money(cell)
        if found is None:
            label = cell_label(ctx, key, whole, name)
            yield Hit("B108", cell.at, {"label": label, "value": clip(cell.text, 30)})
        elif _separated(cell.text, found):
            number = number_text(found.value)
            label = cell_label(ctx, key, whole, name)
            params = {"label": label, "value": cell.text, "number": number}
            said.add(cell.at)
            yield Hit("X103", cell.at, params)
    lines = (  # a task's or a line's amount, or a grid's, typed as text (1,250.00)
        (
            line.name.text if line.name else word("row", ctx.lang, row=line.amount.at.row),
            line.amount,
        )
        for line in ctx.table.lines
        if line.amount is not None
    )
    for label, amount in (*lines, *grid_cells(ctx)):
        if type(amount.value) is not str or amount.at in said:
            continue
        if (found := money(amount)) is not None and _separated(amount.text, found):
            params = {"label": label, "value": amount.text, "number": number_text(found.value)}
            yield Hit("X103", amount.at, params)


def _separated(text: str, found: Money) -> bool:
    """A number typed as text with thousands separators (1,250.00), read as ``found`` with no
    flaw, not counting a note after it (180万元（其中：财政拨款150万元，其他资金30万元）); not an
    amount written out with its unit (1,260,000元: text as its typist meant it)."""
    if not found.as_text or found.flaw:
        return False
    head = re.split(r"[（(]|[，,；;]\s*其中", text, maxsplit=1)[0]
    return ("," in head or "，" in head) and "元" not in head and "万" not in head


def _money_cells(ctx: Context) -> Iterator[tuple[str, str, str]]:
    """The key of every money field read (the layout's, then the named parts of a whole: the
    sources of a 资金来源 block), with the whole and the part's name ("" for the layout's)."""
    fields = ctx.table.fields
    for key in _MONEY_KEYS:
        if key in fields:
            yield key, "", ""
    for whole, parts in part_keys(fields).items():
        for name, key in parts.items():
            yield key, whole, name


# a source its label says another holds (其他资金（含县级配套） │ 80 · 县级配套资金 │ 40): inside it
_INSIDE = re.compile(r"[（(]\s*(?:含|包括)\s*([^\d（()）]{2,12}?)\s*[)）]")


def part_sums(ctx: Context) -> Iterator[Hit]:
    """B101 / B110: the named parts of a whole (the sources of a 资金来源 block, per period)
    that do not add up to it; a part another's label says it holds is not added again."""
    unit, fields = ctx.table.money_unit, ctx.table.fields
    for whole, parts in part_keys(fields).items():
        stated = money(fields.get(whole), unit)
        inside = {m[1] for name in parts if (m := _INSIDE.search(name))}
        found = [
            (key, part_label(ctx, whole, name), a)
            for name, key in parts.items()
            if (a := money(fields[key], unit)) is not None
            and not any(name.startswith(part) for part in inside)
        ]
        if stated is None or len(found) < 2:
            continue
        total = sum((a.value for _k, _n, a in found), Decimal(0))
        tol = tolerance(stated, *(a for _k, _n, a in found))
        if abs(stated.value - total) <= tol:
            continue
        off = magnitude(stated.value, [a.value for _k, _n, a in found], tol)
        if off is not None and off[0] < 0:  # the whole is off: its parts say what it should be
            said = (" + ".join(n for _k, n, _a in found), total)
            at, name = fields[whole].at, field_label(ctx, whole)
            yield magnitude_hit(ctx, at, name, stated.value, off[1], said)
            continue
        if off is not None:
            key, name, a = found[off[0]]
            said = (field_label(ctx, whole), stated.value)
            yield magnitude_hit(ctx, fields[key].at, name, a.value, off[1], said)
            continue
        params = {
            "whole": field_label(ctx, whole),
            "total": fmt_money(stated.value, unit, ctx.lang),
            "parts": " + ".join(f"{n} {fmt_money(a.value, unit, ctx.lang)}" for _k, n, a in found),
            "diff": fmt_money(stated.value - total, unit, ctx.lang),
        }
        yield Hit("B101", fields[whole].at, params)


_CARRIED = frozenset(
    ("上年结转", "上年结转资金", "结转资金", "上年结余", "结余结转", "以前年度结转")
)
_OF_IT = re.compile("^其中[：:]?")  # (其中：上年结转 │ 40 under 其中：当年财政拨款)


def sums(ctx: Context) -> Iterator[Hit]:
    """B101–B104, B110: the fields' and the lines' sums, then those of money laid out in grids
    beside the table that these did not already say (at the same cell)."""
    said: set[tuple[str, CellRef | None]] = set()
    for hit in _sums_of_fields(ctx):
        said.add((hit.code, hit.at))
        yield hit
    yield from (hit for hit in budget_balance(ctx) if (hit.code, hit.at) not in said)
    yield from (hit for hit in sources_total(ctx) if (hit.code, hit.at) not in said)
    yield from (hit for hit in grids(ctx) if (hit.code, hit.at) not in said)
    yield from (hit for hit in noted_parts(ctx) if (hit.code, hit.at) not in said)
    yield from (hit for hit in labelled_parts(ctx) if (hit.code, hit.at) not in said)
    yield from (hit for hit in allocated(ctx) if (hit.code, hit.at) not in said)
    yield from (hit for hit in years_use(ctx) if (hit.code, hit.at) not in said)
    yield from (  # (a line B110 finds 100× its share: its basis says the same, no B101 too)
        hit for hit in basis_products(ctx) if not {(hit.code, hit.at), ("B110", hit.at)} & said
    )
    yield from prior_executed(ctx)


_YEAR_IN_WHOLE = (
    ("annual", "total"),
    ("annual_fiscal", "total_fiscal"),
    ("annual_other", "total_other"),
)


def _above(year: str, whole: str, m: dict[str, Money]) -> bool:
    return year in m and whole in m and m[year].value > m[whole].value + tolerance(m[year])


_CROSSED = {"annual_fiscal": "total_fiscal", "annual_other": "total_other"}


def _years_above(ctx: Context, m: dict[str, Money], year_off: bool) -> Iterator[Hit]:
    """B103: the year's money above the period's; else each source's (``year_off``: the year's
    parts said not to add up to it)."""
    unit = ctx.table.money_unit
    for year, whole in _YEAR_IN_WHOLE:
        if not _above(year, whole, m):
            continue
        if _above("annual", "total", m) if year != "annual" else lone_year_total(m):
            continue  # (the whole said it, its sources say it again; or B101 said it)
        if year != "annual" and year_off and _same("annual", "total", m):
            continue  # (a year's source off its equal period's: the year's B101 said it)
        params = {
            "annual": fmt_money(m[year].value, unit, ctx.lang),
            "total": fmt_money(m[whole].value, unit, ctx.lang),
        }
        # a source's year above its period's: a warning (the sources' split may be the slip)
        severity = None if year == "annual" else Severity.WARNING
        yield Hit("B103", ctx.table.fields[year].at, params, severity=severity)


def _same(a: str, b: str, m: dict[str, Money]) -> bool:
    return a in m and b in m and m[a].value == m[b].value


def _crossed(whole: str, parts: tuple[str, ...], m: dict[str, Money]) -> dict[str, Money]:
    """A one-year project's money read as both the year's and the period's (年度资金总额 150 │
    中期资金总额 150) with a source read under the period's column (其中：财政拨款 120 │ 其他资金
    20): that source is the year's too, so the year's sources are complete."""
    if whole != "annual" or "total" not in m or m["total"].value != m[whole].value:
        return {}
    return {p: m[q] for p, q in _CROSSED.items() if p in parts and p not in m and q in m}


def _sums_of_fields(ctx: Context) -> Iterator[Hit]:
    yield from line_parts(ctx)
    yield from parts_above_line(ctx)
    m, unit = amounts(ctx), ctx.table.money_unit
    off_sums = set()  # the wholes whose parts were said not to add up
    for whole, parts in _sums(ctx.table.kind, m):
        if whole not in m or not any(p in m for p in parts):
            continue
        have = {**m, **_crossed(whole, parts, m)}
        present = [p for p in parts if p in have]
        total = sum((have[p].value for p in present), Decimal(0))
        diff = have[whole].value - total
        tol = tolerance(have[whole], *(have.get(p) for p in parts))
        if abs(diff) <= tol or (len(present) < len(parts) and diff > 0):
            continue  # a part not read (中央衔接资金 where 财政拨款 goes) may hold the rest
        off_sums.add(whole)
        off = magnitude(have[whole].value, [have[p].value for p in present], tol, point=True)
        if off is not None:
            key = whole if off[0] < 0 else present[off[0]]
            read = key if key in ctx.table.fields else _CROSSED[key]  # (read under 中期)
            at, name = ctx.table.fields[read].at, field_label(ctx, key)
            stated = (field_label(ctx, whole), have[whole].value)
            if key == whole:  # the whole is off: what it should be is what its parts say
                stated = (" + ".join(field_label(ctx, p) for p in present), total)
            yield magnitude_hit(ctx, at, name, have[key].value, off[1], stated)
            continue
        shown = " + ".join(
            f"{field_label(ctx, p)} {fmt_money(have[p].value, unit, ctx.lang)}" for p in present
        )
        params = {
            "whole": field_label(ctx, whole),
            "total": fmt_money(have[whole].value, unit, ctx.lang),
            "parts": shown,
            "diff": fmt_money(diff, unit, ctx.lang),
        }
        # money carried over from last year (上年结转) stated beside the parts but not read as
        # one may make up the difference: said, not asserted
        unsure = diff > 0 and any(
            _OF_IT.sub("", t[3].replace(" ", "")) in _CARRIED for t in ctx.table.texts
        )
        severity = Severity.WARNING if unsure else None
        yield Hit("B101", ctx.table.fields[whole].at, params, "", severity)
    yield from _years_above(ctx, m, "annual" in off_sums)
    if "prior_exec" in m and "prior_budget" in m:
        if m["prior_exec"].value > m["prior_budget"].value + tolerance(m["prior_exec"]):
            params = {
                "exec": fmt_money(m["prior_exec"].value, unit, ctx.lang),
                "budget": fmt_money(m["prior_budget"].value, unit, ctx.lang),
            }
            yield Hit("B104", ctx.table.fields["prior_exec"].at, params)
    yield from lines_against(ctx, m)
    yield from years(ctx)
    yield from year_totals(ctx)
    yield from period_by_year(ctx)
    yield from annual_by_year(ctx)
    yield from year_above_total(ctx)
    yield from part_sums(ctx)
    yield from summary_amounts(ctx)


def shares(ctx: Context) -> Iterator[Hit]:
    """B111: a share (占比, %) given under an amount that is not amount ÷ the whole."""
    fields, unit = ctx.table.fields, ctx.table.money_unit
    m = amounts(ctx)
    given = {k: (fields[share_key(k)], s) for k in m if (s := percent(fields.get(share_key(k))))}
    if not given:
        return
    base = next((k for k, (_c, s) in given.items() if s.value == 100), None)
    base = base or next((w for w, _p in _sums(ctx.table.kind, m) if w in m), None)
    if base is None or not m[base].value:
        return
    whole = m[base]
    adjusted = rounded_to_100([s for k, (_c, s) in given.items() if k != base])
    for key, (cell, share) in given.items():
        expected = share_off(share, m[key], whole, adjusted)
        if expected is not None:
            params = {
                "label": field_label(ctx, key),
                "share": cell.text,
                "amount": fmt_money(m[key].value, unit, ctx.lang),
                "total": fmt_money(whole.value, unit, ctx.lang),
                "expected": f"{expected:.2f}%",
            }
            yield Hit("B111", cell.at, params)


def budget_vs_targets(ctx: Context) -> Iterator[Hit]:
    m, unit = amounts(ctx), ctx.table.money_unit
    prior, now = m.get("prior_budget"), m.get("annual") or m.get("total")
    for ind in ctx.table.indicators:
        found = main_target(ind)
        if found is None or ind.name is None:
            continue
        cell, t = found
        flat = t.kind is TargetKind.GRADE and "持平" in t.grade
        cost = flat and any(w in ind.label for w in ("成本", "费用", "支出"))  # asked if flat
        if flat and cost and prior is not None and now is not None and prior.value:
            change = (now.value - prior.value) / prior.value * 100
            if abs(change) >= Decimal("1"):
                params = {"name": ind.label, "value": t.raw, "change": f"{change:+.1f}%"}
                yield Hit("B106", cell.at, params, ind.label)
    key = "annual" if m.get("annual") else "total" if now is not None else "lines_total"
    # (no whole but the 合计 of the money's lines: a budget system's 05-1 │ 支出内容 │ 金额)
    yield from standard_times_count(ctx, now or money(ctx.table.lines_total, unit), unit, key)
    if key == "annual" and ctx.table.has_period and (period := m.get("total")) is not None:
        yield from period_standards(ctx, period, unit)
    yield from cost_above_budget(ctx, m, unit)


def lone_year_total(m: dict[str, Money]) -> bool:
    """The year's total is the one slip: its sources add up to the period's total (32 + 5 = 37
    under 中期 37, 年度 40), so B101 at it says all there is; it is no year above the period
    (B103) or a one-year project's two totals apart (B109) besides."""
    if not all(k in m for k in ("annual", "total", "annual_fiscal", "annual_other")):
        return False
    parts = m["annual_fiscal"].value + m["annual_other"].value
    year, whole = m["annual"], m["total"]
    return abs(parts - whole.value) <= tolerance(whole) < abs(year.value - parts)


def one_year(ctx: Context) -> Iterator[Hit]:
    m = amounts(ctx)
    if ctx.table.kind != "project" or not is_one_year(ctx.table.fields.get("period_years")):
        return
    if lone_year_total(m):
        return
    if (
        "annual" in m
        and "total" in m
        and abs(m["annual"].value - m["total"].value) > tolerance(m["annual"])
    ):
        params = {
            "annual": fmt_money(m["annual"].value, ctx.table.money_unit, ctx.lang),
            "total": fmt_money(m["total"].value, ctx.table.money_unit, ctx.lang),
        }
        yield Hit("B109", ctx.table.fields["annual"].at, params)
