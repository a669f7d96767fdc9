"""A header on two lines: a value column (指标值) merged across the columns under it, whose words
on the next line say what each holds (比较符 · 数值 · 计量单位, 实施期指标值 · 年度指标值), or name
parts of the target (小学 │ 初中)."""

from __future__ import annotations

import dataclasses
import re

from goalbook.reader.fieldlabels import clean
from goalbook.reader.grid import Sheet
from goalbook.reader.headwords import header_key
from goalbook.reader.tableheader import HEADER_COLS, TableHeader
from goalbook.reader.yearheads import QUALIFIER, later_years, year_head
from goalbook.vocabulary import PERIOD_HEADER_WORDS, SUB_VALUE_WORDS

# a column under 指标值 holding the number itself (指标值 | 比较符 · 数值 · 计量单位)
_ANNUAL_WORDS = ("年度", "当年", "本年")


def with_sub_header(header: TableHeader) -> TableHeader | None:
    """A header on two lines: a value column (指标值) merged across the columns under it, whose
    words on the next line say what each holds (比较符 · 数值 · 计量单位, 实施期指标值 ·
    年度指标值). The header is then the second line, its columns those words name. None: no
    value column is merged across, or the next line holds anything but such words (data)."""
    sheet, r, cols = header.sheet, header.row, header.cols
    if header.annual_set or r + 1 >= sheet.nrows:
        return None
    values = [(key, c) for key, c in cols.items() if key in ("annual", "period")]
    spans = [(key, c, w) for key, c in values if (w := _width(sheet, r, c)) > 1]
    if not spans:  # 指标值 centred over empty cells (no merge), words under each of them
        spans = [(key, c, w) for key, c in values if (w := _empty_right(sheet, r, c)) > 1]
    if not spans:
        return None  # the cheap test: most headers have no value column merged across
    if (parts := _parts_under(header, spans)) is not None:
        return parts
    new = dict(cols)
    inside: set[int] = set()
    years: list[tuple[int, int]] = []
    for parent, c, width in spans:
        del new[parent]
        for k in range(c, c + width):
            inside.add(k)
            text = sheet.text(r + 1, k, spread=False)
            if parent == "annual" and (year := year_head(text)) is not None:
                years.append((year, k))  # 指标值 over 2026年 · 2027年 · 2028年
                if len(years) > 1:
                    continue  # a later year's column (checked below)
                key: str | None = "annual"
            else:
                key = sub_key(text, parent)
            if key is None or (key in new and new[key] in inside):
                return None
            new[key] = k
    if (named := new.get("name")) is not None and _spread(sheet, r, named):
        del new["name"]  # 考核指标 over 一级 │ 二级 │ 指标内容: the words under it name its columns
    for k, value in enumerate(sheet.rows[r + 1][:HEADER_COLS]):
        if k not in inside and type(value) is str and value.strip():
            if (key := header_key(value.strip())) is None:
                return None  # text of its own beside the value columns: a data row
            if key not in new and k not in new.values():
                new[key] = k  # 一级指标 │ 二级指标 under a head merged over both (指标层级)
    if "name" not in new or ("annual" not in new and "period" not in new):
        return None
    later = later_years(years, new.get("annual"))
    if len(years) > 1 and not later:
        return None  # year columns that do not follow one another: not sure what they are
    cols2 = dict(sorted(new.items(), key=lambda kv: kv[1]))
    return TableHeader(sheet, r + 1, cols2, header.left, later=later)


def with_heads_below(header: TableHeader) -> TableHeader | None:
    """A head merged across columns that the next line names (指标属性 over 指标性质 │ 指标方向):
    the header is then the next line, with those columns added (a second direction column
    as the first's pair, resolved by content). None when the next line holds anything but
    head words, or adds no column."""
    sheet, r, cols = header.sheet, header.row, header.cols
    if r + 1 >= sheet.nrows:
        return None
    # a name head merged across the tier heads under it (考核指标 over 一级 │ 二级 │ 三级指标),
    # or standing over empty cells with those heads under each (the merge lost): the words
    # under it name its columns
    spread = {c for key, c in cols.items() if key == "name" and _spread(sheet, r, c)}
    taken = set(cols.values()) - spread
    new = {key: c for key, c in cols.items() if c not in spread}
    for c, value in enumerate(sheet.rows[r + 1][:HEADER_COLS]):
        if type(value) is not str or not (text := value.strip()):
            continue
        key = header_key(text)
        if key is None:
            return None  # a data row, or words of its own
        if c in taken:
            continue
        if key == "direction" and key in new:
            key = "direction2"  # 指标性质 │ 指标方向: the rows below decide which is which
        if key in new:
            return None
        new[key] = c
    if len(new) == len(cols) or "name" not in new:
        return None
    cols2 = dict(sorted(new.items(), key=lambda kv: kv[1]))
    return dataclasses.replace(header, row=r + 1, cols=cols2)


def _parts_under(header: TableHeader, spans: list[tuple[str, int, int]]) -> TableHeader | None:
    """指标值 merged across columns whose words on the next line name parts of the target, not
    what a column holds (小学 │ 初中, 城镇 │ 农村): the header is the next line, the first part
    the annual column and the others side by side with it. None for any other second line."""
    if len(spans) != 1 or spans[0][0] != "annual":
        return None
    sheet, r = header.sheet, header.row
    _parent, c, width = spans[0]
    words = [sheet.text(r + 1, k, spread=False) for k in range(c, c + width)]
    bounds = [w.removesuffix("值") for w in words] == ["下限", "上限"]  # (下限值 │ 上限值)
    if not bounds and not all(_is_part_word(w) for w in words):
        return None
    row = sheet.rows[r + 1][:HEADER_COLS]
    if any(type(v) is str and v.strip() and not c <= k < c + width for k, v in enumerate(row)):
        return None  # text beside the parts (a data row, or heads of its own)
    if bounds:
        return dataclasses.replace(header, row=r + 1, upper=c + 1)
    return dataclasses.replace(header, row=r + 1, sides=tuple(range(c + 1, c + width)))


def _is_part_word(text: str) -> bool:
    """A short word naming a part (小学, 初中, 城镇, 一季度), not a head and not a value."""
    return (
        0 < len(text) <= 6
        and header_key(text) is None
        and sub_key(text, "annual") is None
        and not any(ch.isdigit() for ch in text)
        and year_head(text) is None
    )


def _spread(sheet: Sheet, r: int, c: int) -> bool:
    """The head at (r, c) stands over more than its own column: merged across, or centred over
    empty cells with words under each (its merge lost in a copy)."""
    return _width(sheet, r, c) > 1 or _empty_right(sheet, r, c) > 1


def _width(sheet: Sheet, r: int, c: int) -> int:
    """How many columns the cell at (r, c) spans (1: not merged across)."""
    k = c + 1
    while sheet.anchors.get((r, k)) == (r, c):
        k += 1
    return k - c


def _empty_right(sheet: Sheet, r: int, c: int) -> int:
    """How many columns from c the value header covers when it is centred over empty cells
    with text under each of them (1: none)."""
    row, k = sheet.rows[r], c + 1
    while (
        k < len(row)
        and (row[k] == "" or row[k] is None)
        and (r, k) not in sheet.anchors
        and sheet.text(r + 1, k, spread=False)
    ):
        k += 1
    return k - c


def sub_key(text: str, parent: str) -> str | None:
    """What a column under a value header holds, by its word on the header's second line: the
    operator, the unit, the period's or the year's target; a bare 数值 / 目标值 is the parent's."""
    if not text or len(text) > 20:
        return None
    text = _WRAPPED.sub(r"\1", text.strip())  # (（年度） under 目标值: the word in its brackets)
    key = header_key(text)
    bare = QUALIFIER.sub("", clean(text))
    if bare != (number := _WITH_UNIT.sub("", bare)) and number in SUB_VALUE_WORDS:
        return parent  # the number with its unit (数值及单位, 数值和计量单位)
    if key in ("op", "unit", "direction"):
        return key
    short = len(bare) <= 8  # a header word, not a line of data that mentions a year
    if key == "period" or (key is None and short and any(w in bare for w in PERIOD_HEADER_WORDS)):
        return "period"
    if short and any(w in bare for w in _ANNUAL_WORDS):
        return "annual"
    if key == "annual" or bare in SUB_VALUE_WORDS:
        return parent
    return None


_WITH_UNIT = re.compile(r"(?<=.)[及和与]?(?:计量)?单位$")
_WRAPPED = re.compile(r"^[（(]([^（()）]{1,8})[)）]$")
