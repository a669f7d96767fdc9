"""The years of a rolling table's value columns (三级指标 │ 2026年 │ 2027年 │ 2028年): the one
year a column's head names, and which columns are the later years after the annual one."""

from __future__ import annotations

import functools
import itertools
import re

from goalbook.model import CellValue
from goalbook.reader.fieldlabels import clean

# a qualifier in brackets after a head's words (目标值（年度）, 指标值(2026年))
QUALIFIER = re.compile(r"[（(][^)）]*[)）]")
_YEAR_HEAD = re.compile(r"((?:19|20)\d\d)年度?(?:指标值|目标值|指标|目标|预期值)?")


@functools.lru_cache(maxsize=1024)
def year_head(text: str) -> int | None:
    """The one year a value column's header names (2026年, 2027年目标值, 2028年度指标值), or
    None: no year, or a span of years (2026-2028年指标值) or other words."""
    m = _YEAR_HEAD.fullmatch(QUALIFIER.sub("", clean(text)))
    return int(m[1]) if m else None


def bare_years(
    values: list[CellValue], cols: dict[str, int]
) -> tuple[dict[str, int], list[tuple[int, int]] | None]:
    """A header that names a name column and no value column, but the years of a rolling table
    right of the name (三级指标 | 2026年 | 2027年 | 2028年): the first year's column is the
    annual value, the others later years'. Looked for only in a row that names a name column."""
    years = [
        (year, c)
        for c, v in enumerate(values)
        if c > cols["name"] and type(v) is str and (year := year_head(v.strip())) is not None
    ]
    if not later_years(years, years[0][1] if years else None):
        return cols, None
    found = {**cols, "annual": years[0][1]}
    return dict(sorted(found.items(), key=lambda kv: kv[1])), years


def later_years(years: list[tuple[int, int]], annual: int | None) -> tuple[int, ...]:
    """The later years' value columns of a rolling table: year-headed value columns after the
    annual one, each a year after the one before it (else nothing: not sure what they are)."""
    if len(years) < 2 or years[0][1] != annual:
        return ()
    if any(b[0] != a[0] + 1 or b[1] <= a[1] for a, b in itertools.pairwise(years)):
        return ()
    return tuple(c for _year, c in years[1:])
