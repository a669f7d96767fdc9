"""One vocabulary: what the template writes, the reader and the rules must know by the same words.

Each fact has one home (goalbook.layout for the sheets, fields and columns, goalbook.vocabulary
for the words, goalbook.targets for how a value's text is parsed); these tests catch a copy
drifting away from it where that is cheap to see.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from goalbook import __version__
from goalbook.frameworks import load_framework
from goalbook.layout import (
    FIELDS,
    INDICATOR_COLUMNS,
    KINDS,
    LANGS,
    LINE_COLUMNS,
    LINES_ADD_UP_TO,
    SUMS,
    TEMPLATE_VERSION,
    FieldType,
    TemplateStamp,
    form_title,
    money_keys,
    sheet_names,
    template_id,
    year_of_title,
)
from goalbook.model import BudgetLine, Op
from goalbook.reader import read_table
from goalbook.reader.fieldlabels import clean, label_map
from goalbook.reader.grid import Book
from goalbook.reader.headers import find_header
from goalbook.reader.headwords import header_key
from goalbook.reader.indicators import read_indicators
from goalbook.reader.labels import Vocabulary
from goalbook.rules import money as money_rules
from goalbook.rules.amounts import money
from goalbook.vocabulary import (
    COUNT_UNITS,
    DIRECTION_WORDS,
    DIRECTIONS,
    MONEY_SCALE,
    MONEY_UNITS,
    OPERATOR_WORDS,
    OPERATORS,
    QUALITATIVE,
    TIME_UNITS,
    UNITS,
)
from tests.returns import Return

MakeTemplate = Callable[..., Path]


# --- the stamp ---------------------------------------------------------------------------------


@pytest.mark.parametrize("year", [2026, None])
def test_stamp_rows_round_trip(year: int | None) -> None:
    stamp = TemplateStamp(
        "goalbook.project", 3, "nat-2021", "project", year, "某单位", "元", "en", "g"
    )
    assert TemplateStamp.from_rows(stamp.to_rows()) == stamp
    assert [key for key, _ in stamp.to_rows()] == [f.name for f in dataclasses.fields(stamp)]


def test_stamp_is_not_read_from_other_rows() -> None:
    assert TemplateStamp.from_rows([("template_id", "other.project")]) is None
    assert TemplateStamp.from_rows([("version", "²")]) is None
    odd = TemplateStamp.from_rows([("template_id", "goalbook.x"), ("version", "²"), ("year", "x")])
    assert odd is not None and odd.version == 0 and odd.year is None


@pytest.mark.parametrize("kind", KINDS)
def test_stamp_written_is_the_stamp_read(make_template: MakeTemplate, kind: str) -> None:
    path = make_template(kind=kind, year=2027, unit="某单位", money_unit="元", lang="en")
    written = TemplateStamp(
        template_id(kind), TEMPLATE_VERSION, "nat-2021", kind, 2027, "某单位", "元", "en",
        f"goalbook {__version__}",
    )  # fmt: skip # the stamp's fields in their order, on three lines
    assert read_table(path).stamp == written
    wb = openpyxl.load_workbook(path)
    custom = {p.name: p.value for p in wb.custom_doc_props.props}
    assert custom == written.custom_properties()
    assert wb.properties.subject == written.template_id
    assert wb.properties.title == form_title(kind, "en", 2027)


# --- money: columns, fields and sums -----------------------------------------------------------


def test_every_money_column_is_a_budget_line_amount() -> None:
    amounts = {f.name for f in dataclasses.fields(BudgetLine)} - {"name", "basis", "priced"}
    for kind in KINDS:
        assert set(money_keys(LINE_COLUMNS[kind])) == amounts


@pytest.mark.parametrize("kind", KINDS)
def test_money_columns_are_read_as_money(make_template: MakeTemplate, kind: str) -> None:
    path = make_template(kind=kind, year=2026)
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet_names(kind, "zh").lines]
    expected = {}
    for c, col in enumerate(LINE_COLUMNS[kind], start=1):
        if col.type is FieldType.MONEY:
            expected[col.key] = 10.5 * c
            ws.cell(3, c).value = expected[col.key]
        elif col.key == "name":
            ws.cell(3, c).value = "某项"
    wb.save(path)
    (line,) = read_table(path).lines
    for key, value in expected.items():
        found = money(getattr(line, key))
        assert found is not None and float(found.value) == value, key


def test_the_money_rules_check_every_money_field() -> None:
    fields = {f.key for fs in FIELDS.values() for f in fs if f.type is FieldType.MONEY}
    assert set(money_rules._MONEY_KEYS) == fields


def test_sums_name_money_fields_of_their_kind() -> None:
    for kind in KINDS:
        money_fields = set(money_keys(FIELDS[kind]))
        for total in SUMS[kind]:
            assert {total.whole, *total.parts} <= money_fields, total
        assert set(LINES_ADD_UP_TO[kind]) <= money_fields
    assert set(MONEY_SCALE) == set(MONEY_UNITS)


def _conditional_formulas(ws: Any) -> list[str]:
    return [f for cf in ws.conditional_formatting for rule in cf.rules for f in rule.formula]


@pytest.mark.parametrize("kind", KINDS)
def test_template_checks_exactly_the_sums(make_template: MakeTemplate, kind: str) -> None:
    path = make_template(kind=kind)
    wb = openpyxl.load_workbook(path)
    names = sheet_names(kind, "zh")
    cells = {}  # $B$n → field key, from the defined names f_<key>
    for name, defined in wb.defined_names.items():
        if name.startswith("f_"):
            cells[defined.attr_text.split("!")[1]] = name[2:]
    sums = set()
    for formula in _conditional_formulas(wb[names.info]):
        m = re.search(r"ABS\((\$B\$\d+)((?:-N\(f_\w+\))+)\)", formula)
        if m:
            sums.add((cells[m[1]], tuple(re.findall(r"N\(f_(\w+)\)", m[2]))))
    assert sums == {(total.whole, total.parts) for total in SUMS[kind]}
    (lines_rule,) = _conditional_formulas(wb[names.lines])
    assert f"ISNUMBER(f_{LINES_ADD_UP_TO[kind][0]})" in lines_rule


# --- headers, labels, titles -------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_written_headers_and_labels_are_read_back(lang: str) -> None:
    for kind in KINDS:
        for col in INDICATOR_COLUMNS[kind]:
            assert header_key(col.label(lang)) == col.key
        for unit in MONEY_UNITS:
            for f in FIELDS[kind]:
                assert label_map(kind)[clean(f.label(lang, unit))] == f.key


def test_title_year_is_found() -> None:
    for kind in KINDS:
        assert year_of_title(form_title(kind, "zh", 2026)) == 2026


# --- dropdown words ----------------------------------------------------------------------------


def test_dropdowns_hold_the_words_the_rules_compare_with() -> None:
    assert {*COUNT_UNITS, *MONEY_UNITS, *TIME_UNITS} <= set(UNITS)
    assert len(set(UNITS)) == len(UNITS)
    assert {op for op in OPERATORS if op != QUALITATIVE} <= {op.value for op in Op}
    assert set(OPERATORS) <= OPERATOR_WORDS
    assert set(DIRECTIONS) <= DIRECTION_WORDS


# --- one way to build an indicator -------------------------------------------------------------


def test_both_reading_paths_build_the_same_indicators(tmp_path: Path) -> None:
    path = Return().write(tmp_path / "r.xlsx")
    framework = load_framework("nat-2021")
    with Book(path) as book:
        header = find_header([book.sheet("绩效指标")])
        assert header is not None
        vocab = Vocabulary((framework,), framework)
        by_position, _, rows = read_indicators(header, vocab, positional=True)
        by_content, notes, rows_too = read_indicators(header, vocab, positional=False)
    assert by_position and by_position == by_content
    assert rows == rows_too and not notes
