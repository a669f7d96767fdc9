"""Cells that hold several things at once, as some offices type them: both tiers in one cell
(产出指标-数量指标, 产出/数量), the name and its value in one cell under a head that says so
(三级指标及指标值), the unit said in a 备注 (单位：个；依据：…), and a header's second line under
cells merged down from its first (历史值 over 2024年 │ 2025年)."""

from __future__ import annotations

import re

from goalbook.model import Cell
from goalbook.reader.grid import Sheet
from goalbook.reader.labels import Vocabulary

UNIT_SAID = re.compile(r"(?:计量单位|单位)\s*[：:]\s*([^；;，,。\s]{1,8})")  # in a 备注 cell


# where a name ends and its value starts in one cell (免费开放天数≥300天, 合格率100%, 机制健全)
_OPERATORS = r"[≥≤<>=＞＜]|不低于|不少于|不高于|不超过"  # an operator a name may hold its value at
_VALUE_START = re.compile(
    rf"(?:{_OPERATORS}|大于|小于|达到|控制在)|(?<![\d.])\d[\d.,]*\s*\S{{0,6}}$"
)
_DUE = re.compile(r"^\d{4}年\d{1,2}月(?:\d{1,2}日|底)?(?:前|之前|以前)")
_GRADE_END = re.compile(
    r"(?:明显改善|有效改善|显著提升|有效提升|持续提升|逐步提高|稳步提升|健全|完善|良好|优良|达标|合格"
    r"|及时|按时完成|稳定|有效)$"
)


def holds_value(text: str) -> bool:
    """A name cell that also gives the target, at an operator (门诊人次≥18万人次)."""
    m = _OPERATOR_IN_NAME.search(text)
    return m is not None and m.start() >= 2 and any(ch.isdigit() for ch in text[m.start() :])


_SAID_AFTER = re.compile(r"^(?P<name>[^：:]{2,30})[：:](?P<value>[^：:]{1,12})$")
_OPERATOR_IN_NAME = re.compile(_OPERATORS)


def split_name_value(cell: Cell) -> tuple[Cell, Cell]:
    """A name and its value written in one cell, as two cells at it: at the operator or the
    number ending it (公益活动计划完成率≥95%), else at a grade it ends with (管护机制健全); a cell
    that holds no value it can tell is the name, its value the whole text (judged as written)."""
    text = cell.text
    if (day := _DUE.match(text)) is not None and day.end() < len(text):  # 2027年10月31日前建成
        return cell._replace(value=text[day.end() :], text=text[day.end() :]), cell._replace(
            value=day[0], text=day[0]
        )
    m = _VALUE_START.search(text) or _GRADE_END.search(text)
    if m is None and (said := _SAID_AFTER.match(text)) is not None:  # 转诊机制：有效运行
        name, value = said["name"].strip(), said["value"].strip()
        return cell._replace(value=name, text=name), cell._replace(value=value, text=value)
    if m is None or m.start() < 2:
        return cell, cell
    name, value = text[: m.start()].strip(), text[m.start() :].strip()
    return cell._replace(value=name, text=name), cell._replace(value=value, text=value)


def tiers_like(text: str) -> bool:
    """A text that may be two tiers in one cell (产出指标-数量指标, 产出/数量, 投入与管理/财务管理),
    not a date or a value (2026-2028, 1/3)."""
    return not any(ch.isdigit() for ch in text)


PAIR = re.compile(r"^(.{2,12}?)\s*[-—－–/／、~～]{1,2}\s*(.{2,14})$")  # (—— a long dash)


def split_pair(cell: Cell, vocab: Vocabulary) -> tuple[Cell, Cell] | None:
    """A tier-1 and its tier-2 written in one cell (产出指标-数量指标, 效益指标/社会效益指标):
    the two labels, each at the cell; None when the cell holds no such pair."""
    m = PAIR.match(cell.text)
    if m is None or not vocab.is_tier1(m[1]) or not vocab.is_tier2(m[2]):
        return None
    return cell._replace(value=m[1], text=m[1]), cell._replace(value=m[2], text=m[2])


def second_header_line(sheet: Sheet, r: int, top: int, own: list[Cell]) -> bool:
    """Row r, under the header row ``top``, is the header's second line: cells merged down from
    the header reach it, and what it holds of its own are short labels (2024年 │ 2025年 under
    历史值), no values."""
    if not any(a[0] == top for (row, _c), a in sheet.anchors.items() if row == r):
        return False  # (what it holds may lie right of the columns read: 历史值's years)
    return all(
        type(c.value) is str and len(c.text) <= 10 and not _VALUE_MARK.search(c.text) for c in own
    )


_VALUE_MARK = re.compile(r"[≥≤<>=＞＜%％]|\d(?!\d{0,3}年)")  # an operator, a % or a number
