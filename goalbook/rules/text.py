"""X: text artefacts: placeholders, HTML tags, Excel date serials."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

from goalbook.findings import Hit
from goalbook.layout import FIELDS, FieldType
from goalbook.model import CellRef, TextAt
from goalbook.rules.common import Context, clip, excerpt
from goalbook.vocabulary import TIME_WORDS, unit_in_name

# The lookahead names every alternative's first character: the engine then skips the rest of
# the text quickly (3× faster on a return's joined texts; the matches are the same).
_PLACEHOLDER = re.compile(
    r"(?=[*Xx×…2□_≥≤])(?:\*\*|[Xx×]{2,}|……|…|20[Xx]{2}|□{2,}|_{3,}|[≥≤]\s*[Xx](?![A-Za-z]))"
)  # (≥X个: the template's example value)
# what a published table masks (填报人：孟××, 0871-6602××××, 张**): a person's name after its
# surname, a phone number after its first digits; no placeholder left to fill in
_MASK_BEFORE = re.compile(r"(?:\d[\d-]{2,}|(?:^|[：:\s，,、])[\u4e00-\u9fff]{1,2})$")


_PERSON = re.compile(r"填报人|填表人|联系人|负责人|经办人|审核人|制表人|电话|手机|签字")


def _masked(texts: Sequence[TextAt], i: int, begin: int) -> bool:
    """The marks at ``begin`` of text ``i`` mask a name or a phone number after its label, in
    the same text (填报人：孟××) or in the cell to its left (单位负责人： │ 蒲××)."""
    text = texts[i][3]
    if text[begin] not in "×*Xx":
        return False
    if _PERSON.search(text, 0, begin) is None:
        alone = _MASK_ALONE.fullmatch(text.strip()) is not None
        return alone and _PERSON.search(_left_of(texts, i)) is not None
    before = text[:begin].rstrip("×*Xx")  # (a run of marks: 0571-6612**** matched twice)
    return _MASK_BEFORE.search(before[-12:]) is not None


# a masked name or phone number alone in its cell (蒲××, 0736-66××××)
_MASK_ALONE = re.compile(r"(?:[\u4e00-\u9fff]{1,2}|\d[\d-]{2,})[×*Xx]{1,8}")


def _left_of(texts: Sequence[TextAt], i: int) -> str:
    """The text of the cell nearest left of text ``i`` on its row ('' for none)."""
    sheet, row, col, _text = texts[i]
    near = [t for t in texts if t[0] == sheet and t[1] == row and t[2] < col]
    return max(near, key=lambda t: t[2])[3] if near else ""


_HTML = re.compile(r"</?(p|br|span|div|b|strong|font|table|tr|td)\b[^>\0]*>", re.I)
_SERIAL_MIN, _SERIAL_MAX = 36526, 54789  # date serials of 2000-01-01 … 2049-12-31


def _example_rows(ctx: Context, placeholders: list[Hit]) -> dict[tuple[str, int], CellRef]:
    """The one placeholder said of each indicator row whose name and value are both placeholders
    (a template's example row, （示例）××培训人次 │ ≥**): its value, once for the row."""
    values = {c.at for ind in ctx.table.indicators for c in (ind.period, ind.annual) if c}
    names = {ind.name.at for ind in ctx.table.indicators if ind.name is not None}
    by_row: dict[tuple[str, int], list[CellRef]] = {}
    for hit in placeholders:
        if hit.at is not None and (hit.at in values or hit.at in names):
            by_row.setdefault((hit.at.sheet, hit.at.row), []).append(hit.at)
    return {
        row: kept[0]
        for row, cells in by_row.items()
        if len(cells) > 1 and (kept := [c for c in cells if c in values])
    }


def artefacts(ctx: Context) -> Iterator[Hit]:
    texts = ctx.table.texts
    # One search over all texts joined by NUL (which no cell can hold, and no pattern matches)
    # instead of two searches per cell: the first match in each cell is reported.
    joined = "\0".join([t[3] for t in texts])
    starts: list[int] = []  # where each text starts in ``joined``: found at the first match
    hits: list[tuple[int, int, Hit]] = []
    for order, pattern in enumerate((_PLACEHOLDER, _HTML)):
        last = -1
        for m in pattern.finditer(joined):
            if not starts:
                starts = list(itertools.accumulate((len(t[3]) + 1 for t in texts), initial=0))
            i = bisect.bisect_right(starts, m.start()) - 1
            if i == last:
                continue
            last = i
            sheet, row, col, text = texts[i]
            at, begin, end = CellRef(sheet, row, col), m.start() - starts[i], m.end() - starts[i]
            if order == 0 and _masked(texts, i, begin):
                last = -1  # a later match in the same text may still be a placeholder
                continue
            if order == 0:
                hit = Hit("X101", at, {"text": excerpt(text, begin, end, 8)})
            else:
                hit = Hit("X102", at, {"tag": clip(m[0], 20)})
            hits.append((i, order, hit))
    example = _example_rows(ctx, [hit for _i, _o, hit in hits if hit.code == "X101"])
    for _i, _order, hit in sorted(hits, key=lambda h: h[:2]):
        if (
            hit.code != "X101"
            or hit.at is None
            or example.get((hit.at.sheet, hit.at.row), hit.at) == hit.at
        ):
            yield hit  # (of a template's example row, only the placeholder at its value)
    dated = list(_date_fields(ctx, _SERIAL_JOINED.search(joined) is not None))
    yield from dated
    said = {hit.at for hit in dated}
    for ind in ctx.table.indicators:
        for found in (ind.period, ind.annual):
            if found is None or isinstance(found.value, bool) or found.at in said:
                continue
            value = found.value
            if isinstance(value, str):  # 46204 typed as text: only where a date is asked for
                if not (_SERIAL_TEXT.match(value.strip()) and is_time_name(ind.label)):
                    continue
                value = float(value)
            if not isinstance(value, int | float) or not math.isfinite(value):
                continue
            if value != int(value):
                continue
            if not _SERIAL_MIN <= value <= _SERIAL_MAX:
                continue
            if is_time_name(ind.label) or (ind.unit is None and not unit_in_name(ind.label)):
                yield Hit(
                    "X104", found.at, {"value": found.text, "date": str(_day(value))}, ind.label
                )


def is_time_name(name: str) -> bool:
    """An indicator that asks for a date or a time (完成时间, 截止日期, 办结时限)."""
    return any(w in name for w in TIME_WORDS)


def looks_like_serial(name: str, number: object) -> bool:
    """A bare number in a date's place that reads as an Excel date serial (46204 under 建成时间):
    X104 says so, so the value rules do not also ask for its unit and operator."""
    return (
        isinstance(number, int | float | Decimal)
        and is_time_name(name)
        and _SERIAL_MIN <= number <= _SERIAL_MAX
        and number == int(number)
    )


# the header fields that hold a date (计划开始日期, 计划完成日期, 填报日期)
_DATE_KEYS = tuple(
    dict.fromkeys(f.key for fields in FIELDS.values() for f in fields if f.type is FieldType.DATE)
)
_SERIAL_TEXT = re.compile(r"^\d{5}(?:\.0+)?$")
# the same, one text among texts joined by NUL
_SERIAL_JOINED = re.compile(rf"(?:^|\0){_SERIAL_TEXT.pattern[1:-1]}(?:\0|$)")


def _date_fields(ctx: Context, serials: bool) -> Iterator[Hit]:
    """X104 on a date field holding a serial number, as a number or typed as text (46022); and
    on a serial typed as text under a column head naming a date (a budget system's list of
    projects: 项目名称 │ … │ 计划完成日期 over 45961)."""
    said: set[CellRef] = set()
    for key in _DATE_KEYS:
        cell = ctx.table.fields.get(key)
        if cell is None or isinstance(cell.value, bool):
            continue
        said.add(cell.at)
        value = cell.value
        if isinstance(value, str):
            if not _SERIAL_TEXT.match(value.strip()):
                continue
            value = float(value)
        if (
            isinstance(value, int | float)
            and math.isfinite(value)
            and _SERIAL_MIN <= value <= _SERIAL_MAX
        ):
            yield Hit("X104", cell.at, {"value": cell.text, "date": str(_day(value))})
    if serials:  # (some text is a serial: most returns have none, and no column to look up)
        yield from _date_columns(ctx.table.texts, said)


_DATE_HEAD = ("日期", "时间", "期限", "时限")


def _date_columns(texts: tuple[TextAt, ...], said: set[CellRef]) -> Iterator[Hit]:
    """X104 on a serial typed as text whose column's nearest text above is a short head naming
    a date (计划完成日期)."""
    serials = [t for t in texts if _SERIAL_TEXT.match(t[3])]
    above: dict[tuple[str, int], list[tuple[int, str]]] = {}
    for sheet, row, col, text in texts:
        above.setdefault((sheet, col), []).append((row, text))
    for sheet, row, col, text in serials:
        value = float(text)
        at = CellRef(sheet, row, col)
        if at in said or not _SERIAL_MIN <= value <= _SERIAL_MAX:
            continue
        heads = [t for r, t in above[(sheet, col)] if r < row]
        head = heads[-1] if heads else ""
        if len(head) <= 12 and any(w in head for w in _DATE_HEAD):
            yield Hit("X104", at, {"value": text, "date": str(_day(value))})


def _day(serial: float) -> dt.date:
    return dt.date(1899, 12, 30) + dt.timedelta(days=int(serial))
