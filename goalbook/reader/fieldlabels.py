"""Which header field a label cell names, and the value it gives: 项目名称 │ …, 项目总预算（元）：
…, 申报单位名称：某单位, 中期目标（2025年—2027年）, an amount glued to its label (资金总额128万元
（其中…）); the cleaned spellings of every field's label in either kind of table."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from goalbook.layout import FIELDS, money_keys
from goalbook.model import Cell, CellRef
from goalbook.reader.grid import Sheet
from goalbook.vocabulary import MONEY_UNIT_LABELS, OFFICE_ENDINGS, SENDER_LABELS, units_pattern

# a money label's unit in brackets, as the template writes it in either language: 金额（万元）
_UNIT_OF = {spelling: unit for unit, labels in MONEY_UNIT_LABELS.items() for spelling in labels}
_UNIT_SUFFIX = re.compile(rf"[（(]\s*({units_pattern(_UNIT_OF)})\s*[)）]")
_NOISE = re.compile(r"[\s*＊★:：]")
# a label's span of years: 中期目标（2025年—2027年）
_YEARS_OF = re.compile(r"[（(][^（()）]*\d{4}[^（()）]*[)）]")
_YEAR_FIRST = re.compile(r"^\s*20\d{2}\s*(?=年)")
# a money label, its amount and a note in brackets in one cell: 资金总额128万元（其中…）
_GLUED = re.compile(
    r"^(?P<head>[^\d：:（(]{2,12}?)\s*(?P<tail>\d[\d,]*(?:\.\d+)?\s*(?:万元|元|万)\s*(?:[（(].*[)）])?)$"
)
_MONEY_KEYS = frozenset(k for fields in FIELDS.values() for k in money_keys(fields))
_GOAL_KEYS = frozenset(f.key for fields in FIELDS.values() for f in fields if f.group == "goals")


@functools.lru_cache(maxsize=8192)
def clean(text: str) -> str:
    return _NOISE.sub("", _UNIT_SUFFIX.sub("", text))


def money_unit_of(label: str) -> str | None:
    m = _UNIT_SUFFIX.search(label)
    return _UNIT_OF[m[1]] if m else None


@functools.lru_cache(maxsize=8)
def label_map(kind: str) -> dict[str, str]:
    """Cleaned label spelling → field key, for one kind of table (shared: do not modify)."""
    out: dict[str, str] = {}
    for f in FIELDS[kind]:
        for spelling in (f.zh, f.en, *f.aliases):
            out.setdefault(clean(spelling), f.key)
    return out


def is_label(text: str) -> bool:
    """A text that is a field's label (年度绩效目标, 项目名称) in either kind of table."""
    key = clean(text)
    return any(key in label_map(kind) for kind in FIELDS)


def money_line(texts: Sequence[str]) -> bool:
    """Two labels of money fields among a row's texts (项目资金 │ … │ 资金总额 │ 65 │ 其中：财政
    拨款 │ 65, a project's money under an export's indicators): the money, no indicator."""
    if sum(1 for t in texts if "资金" in t or "拨款" in t or "预算" in t) < 2:
        return False  # (a cheap test first: this runs for every row of a table)
    found = 0
    for text in texts:
        if any(field_of(text, label_map(kind)) in _MONEY_KEYS for kind in FIELDS):
            found += 1
    return found >= 2


def goal_line(texts: Sequence[str]) -> bool:
    """A goal's label and its text on one row (年度绩效目标 │ 为全县在册社区矫正对象配备…, below
    an export's indicators with the text merged across their columns): the goal, no indicator."""
    if len(texts) != 2 or len(texts[1]) <= 12:
        return False
    return any(field_of(texts[0], label_map(kind)) in _GOAL_KEYS for kind in FIELDS)


def field_of(text: str, labels: dict[str, str]) -> str | None:
    """The field a label cell names: "项目名称", "项目总预算（元）：", "申报单位名称：某单位",
    "中期目标（2025年—2027年）", "资金总额128万元（其中…）"."""
    key = labels.get(clean(text))
    if key is not None:
        return key
    bare = clean(text).removeprefix("其中")  # 其中：基本支出 under 资金总额
    if bare != clean(text) and (key := labels.get(bare)) is not None:
        return key
    if "年" in text and (key := labels.get(clean(_YEARS_OF.sub("", text)))) is not None:
        return key
    if (m := _YEAR_FIRST.match(text)) and labels.get(clean(text[m.end() :])) == "annual":
        return "annual"  # 2026年度计划投资 beside 项目总投资: the year's money
    for sep in ("：", ":"):
        head, found, tail = text.partition(sep)
        if found and tail.strip() and (key := labels.get(clean(head))) is not None:
            return key
        if found and head.lstrip().startswith("按") and len(head.strip()) <= 6:
            # a grouping before the label: 按用途：基本支出, 按来源：财政拨款
            if (key := labels.get(clean(tail).removeprefix("其中"))) is not None:
                return key
    return _glued(text, labels)[0] if "元" in text or "万" in text else None


# who sent the return when no 实施单位 names it: 单位：苍麓市…管理委员会 over a budget system's
# export, 填报单位：… on its signature line; an office's name (not 单位：万元, 单位：人次)
_SENDER_HEADS = frozenset({"单位", "预算单位", *SENDER_LABELS})
_OFFICE_NAME = re.compile(rf"^[\u4e00-\u9fff]{{2,30}}?(?:{OFFICE_ENDINGS})$")
_NAME_NOTES = re.compile(r"(?:\s*[（(][^（()）]{0,12}[)）])+\s*$")  # （214006）（盖章）


def sender_of(text: str) -> str | None:
    """The office named after a sender's label in one cell (单位：某县文化馆（盖章）), or None."""
    for sep in ("：", ":"):
        head, found, tail = text.partition(sep)
        if found and clean(head) in _SENDER_HEADS:
            name = _NAME_NOTES.sub("", tail.strip())
            return name if _OFFICE_NAME.match(name) else None
    return None


def pairs_in_cell(
    at: CellRef, text: str, labels: dict[str, str], found: dict[str, Cell]
) -> dict[str, Cell]:
    """The fields not in ``found`` of a cell holding several label：value pairs apart by spaces
    (单位：某某慈善总会    预算年度：2025), each pair whose label names one; none for one pair."""
    parts = [p for p in _APART.split(text.strip()) if p] if "：" in text else []
    if len(parts) < 2:
        return {}
    out: dict[str, Cell] = {}
    for part in parts:
        head, sep, tail = part.replace(":", "：").partition("：")
        key = labels.get(clean(head)) if sep and tail.strip() else None
        if key is not None and key not in found:
            out.setdefault(key, Cell(at, tail.strip(), tail.strip()))
    return out


_APART = re.compile(r"\s{2,}|\u3000+")  # the gap between two pairs typed in one cell


def _glued(text: str, labels: dict[str, str]) -> tuple[str | None, str]:
    """A money field's label with its amount right after it (资金总额128万元): the field and
    the amount's text."""
    m = _GLUED.match(text)
    key = labels.get(clean(m["head"])) if m else None
    if m is None or key not in _MONEY_KEYS:
        return None, ""
    return key, m["tail"].strip()


def value_right_of(sheet: Sheet, r: int, c: int, labels: dict[str, str]) -> Cell | None:
    """The value of the label at (r, c): after its colon, glued to it, or the next cell right
    of its merged block; None when that is empty or the next label."""
    label = sheet.cell(r, c, spread=False)
    if label is not None:
        for sep in ("：", ":"):
            head, found, tail = label.text.partition(sep)
            if found and tail.strip() and clean(head) in labels:
                return Cell(label.at, tail.strip(), tail.strip())
        if ("元" in label.text or "万" in label.text) and (glued := _glued(label.text, labels))[0]:
            return Cell(label.at, glued[1], glued[1])
    c2 = c + 1
    while sheet.anchors.get((r, c2)) == (r, c):
        c2 += 1  # skip the label's own merged block
    cell = sheet.cell(r, c2, spread=False)
    if cell is None or field_of(cell.text, labels) is not None:
        return None  # left empty (the next cell is empty or is the next label)
    return cell


# the heads of the columns that say whose a row is in a list of projects (项目名称, 项目编码 …)
PROJECT_CODE_HEADS = frozenset(clean(s) for s in ("项目编码", "项目代码", "项目编号"))
PROJECT_NAME_HEADS = frozenset(
    clean(spelling)
    for f in FIELDS["project"]
    if f.key == "project"
    for spelling in (f.zh, *f.aliases)
)
