"""Target values: every form of the domain guide, and format/parse round trips."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from goalbook.grades import GRADE_WORDS
from goalbook.model import CellRef, CellValue, Op, Target, TargetKind
from goalbook.reader.grid import Sheet
from goalbook.spelling import cell_text
from goalbook.targets import format_target, meaning, parse_target
from goalbook.vocabulary import UNITS

Q = TargetKind.QUANT


@pytest.mark.parametrize(
    ("raw", "kind", "op", "number", "unit", "words"),
    [
        ("≥1500人", Q, Op.GE, "1500", "人", ""),
        ("<5%", Q, Op.LT, "5", "%", ""),
        (">=95%", Q, Op.GE, "95", "%", ">="),
        ("=100%", Q, Op.EQ, "100", "%", ""),
        ("5%以上", Q, Op.GE, "5", "%", "以上"),
        ("90%以上", Q, Op.GE, "90", "%", "以上"),
        ("48小时内", Q, Op.LE, "48", "小时", "内"),
        ("不低于80%", Q, Op.GE, "80", "%", "不低于"),
        ("大于等于20人次", Q, Op.GE, "20", "人次", "大于等于"),
        ("≤10个工作日", Q, Op.LE, "10", "工作日", ""),
        ("＞＝９５％", Q, Op.GE, "95", "%", ">="),
        ("≧95％", Q, Op.GE, "95", "%", "≧"),
        ("⩽3%", Q, Op.LE, "3", "%", "⩽"),
        ("95百分比", Q, Op.EQ, "95", "%", ""),
        ("±2%以内", Q, Op.PM, "2", "%", ""),
        ("10000人", Q, Op.EQ, "10000", "人", ""),
        ("3,309,840.00", Q, Op.EQ, "3309840.00", "", ""),
        ("不满18周岁", Q, Op.LT, "18", "周岁", "不满"),
        ("超过5家", Q, Op.GT, "5", "家", "超过"),
        ("≥ 95 %", Q, Op.GE, "95", "%", ""),
    ],
)
def test_quantities(raw: str, kind: TargetKind, op: Op, number: str, unit: str, words: str) -> None:
    t = parse_target(raw)
    assert (t.kind, t.op, t.number, t.unit, t.op_words) == (kind, op, Decimal(number), unit, words)
    assert t.raw == raw.strip()


def test_implied_operator_is_marked() -> None:
    assert parse_target("10000人").op_implied
    assert not parse_target("≥10000人").op_implied


@pytest.mark.parametrize("raw", ["良好", "较高", "显著", "按时完成", "与去年持平", "达到预期",
                                 "不断提升", "建立并执行", "成本控制到位", "是"])  # fmt: skip
def test_grades(raw: str) -> None:
    t = parse_target(raw)
    assert t.kind is TargetKind.GRADE and t.grade == raw


DESCRIPTIONS = ["补助学员每人1000元，分三期拨付，第一期350元/人", "团干部+普通青年"]


@pytest.mark.parametrize("raw", DESCRIPTIONS)
def test_descriptions_are_not_values(raw: str) -> None:
    assert parse_target(raw).kind is TargetKind.TEXT


@pytest.mark.parametrize("raw", ["≥**人次", "XX%", "20XX年", "……", "≥（）人"])
def test_placeholders(raw: str) -> None:
    assert parse_target(raw).kind is TargetKind.PLACEHOLDER


def test_dates_and_time_limits() -> None:
    full = parse_target("2026年12月31日前")
    assert (full.kind, full.op, full.date) == (TargetKind.DATE, Op.LE, dt.date(2026, 12, 31))
    short = parse_target("12月31日前")
    assert short.kind is TargetKind.DATE and short.date is None
    cell = parse_target(dt.datetime(2026, 6, 30))
    assert cell.kind is TargetKind.DATE and cell.date == dt.date(2026, 6, 30)


def test_ranges() -> None:
    t = parse_target("3-5个")
    assert (t.op, t.number, t.upper, t.unit) == (Op.RANGE, 3, 5, "个")


def test_separate_columns() -> None:
    t = parse_target(95.0, unit_hint="%", op_hint="大于等于")
    assert (t.op, t.number, t.unit, t.op_words) == (Op.GE, 95, "%", "大于等于")
    assert parse_target(0.5, unit_hint="%").number == Decimal("0.5")


numbers = st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False)
safe_units = st.sampled_from([u for u in UNITS if not any(ch.isdigit() for ch in u)] + [""])


@st.composite
def targets(draw: st.DrawFn) -> Target:
    kind = draw(st.sampled_from(["quant", "range", "grade", "date"]))
    if kind == "grade":
        return Target("", TargetKind.GRADE, grade=draw(st.sampled_from(GRADE_WORDS)))
    if kind == "date":
        day = draw(st.dates(dt.date(2000, 1, 1), dt.date(2100, 12, 31)))
        op = draw(st.sampled_from([Op.GE, Op.LE, Op.GT, Op.LT, None]))
        return Target("", TargetKind.DATE, op=op or Op.LE, date=day, op_implied=op is None)
    number = draw(numbers)
    unit = draw(safe_units)
    if kind == "range":
        upper = number + draw(st.decimals(min_value=1, max_value=1000, places=0))
        return Target("", Q, Op.RANGE, number, upper, unit)
    op = draw(st.sampled_from([Op.GE, Op.LE, Op.GT, Op.LT, Op.EQ, Op.PM, None]))
    return Target("", Q, op or Op.EQ, number, None, unit, op_implied=op is None)


@given(targets())
def test_format_then_parse_gives_the_same_target(t: Target) -> None:
    again = parse_target(format_target(t))
    assert meaning(again) == meaning(t)


SPELLINGS = {
    Op.GE: ["≥", ">=", "=>", "≧", "⩾", "＞＝", "大于等于", "不低于", "不少于"],
    Op.LE: ["≤", "<=", "≦", "⩽", "小于等于", "不高于", "不超过"],
    Op.GT: [">", "＞", "大于", "高于", "超过"],
    Op.LT: ["<", "＜", "小于", "低于"],
    Op.EQ: ["=", "＝", "等于"],
}
SUFFIXES = {Op.GE: ["以上", "及以上"], Op.LE: ["以下", "以内", "内"]}


@given(st.sampled_from(list(SPELLINGS)), st.data(), numbers, safe_units, st.booleans())
def test_every_spelling_normalises(op: Op, data: st.DataObject, n: Decimal, unit: str,
                                   full_width: bool) -> None:  # fmt: skip
    number = format_target(Target("", Q, Op.EQ, n, op_implied=True))
    if op in SUFFIXES and data.draw(st.booleans()):
        raw = f"{number}{unit}{data.draw(st.sampled_from(SUFFIXES[op]))}"
    else:
        raw = f"{data.draw(st.sampled_from(SPELLINGS[op]))}{number}{unit}"
    if full_width:
        raw = raw.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789%"})
    t = parse_target(raw)
    assert (t.kind, t.op, t.number, t.unit) == (Q, op, n, unit if unit != "％" else "%")
    assert meaning(parse_target(format_target(t))) == meaning(t)


@given(st.text(max_size=40))
def test_parse_never_raises(text: str) -> None:
    t = parse_target(text)
    assert isinstance(t.kind, TargetKind)


_VALUES = st.one_of(
    st.floats(), st.integers(-(10**18), 10**18).map(float), st.integers(), st.booleans(),
    st.text(max_size=8), st.none(), st.dates(),
)  # fmt: skip


@given(st.lists(_VALUES, min_size=1, max_size=6))
def test_row_picking_reads_cells_as_cell_text_does(values: list[CellValue]) -> None:
    """The reader's fast path for a row of values gives the texts ``cell_text`` gives."""
    sheet = Sheet("S", [list(values)])
    picked = sheet.pick(0, {f"k{i}": i for i in range(len(values) + 1)})
    for i, value in enumerate(values):
        cell = picked[f"k{i}"]
        expected = value.strip() if isinstance(value, str) else cell_text(value)
        assert (cell.text if cell else "") == expected
        assert cell is None or (cell.value is value and cell.at == CellRef("S", 1, i + 1))
    assert picked[f"k{len(values)}"] is None


@pytest.mark.parametrize(
    "text", ["较上年提高≥3个百分点", "较2026年提高≥1个百分点", "较上年增长>=10%", "比上年下降≤2%"]
)
def test_a_change_against_a_baseline_with_a_sign_is_measurable(text: str) -> None:
    """A change against last year with its bound as a sign (较上年提高≥3个百分点) reads as the
    same as with the word (较上年提高不低于3个百分点): compared with a baseline, not a text."""
    assert parse_target(text).note == "compared with a baseline"


@pytest.mark.parametrize(
    ("text", "same"),
    [("≥90%。", "≥90%"), ("≥1,200件；", "≥1,200件"), ("≥95%（含）。", "≥95%"), ("良好。", "良好")],
)
def test_a_value_ending_a_sentence_reads_as_the_value(text: str, same: str) -> None:
    """A full stop or semicolon after a value (≥90%。) is the end of a sentence, not its unit."""
    a, b = parse_target(text), parse_target(same)
    assert (a.kind, a.op, a.number, a.unit, a.grade) == (b.kind, b.op, b.number, b.unit, b.grade)


@pytest.mark.parametrize("text", ["次月5日前", "下季度末", "当月底"])
def test_a_deadline_in_the_next_or_this_period_recurs(text: str) -> None:
    """次月5日前 (the 5th of the month after each month): a recurring deadline, not a text."""
    t = parse_target(text)
    assert t.kind is TargetKind.DATE and t.note == "recurring deadline"


@pytest.mark.parametrize(
    ("text", "kind", "note"),
    [
        ("不低于当地居民平均生活水平", TargetKind.TEXT, "compared with a baseline"),
        ("提高≥5个百分点", TargetKind.TEXT, "compared with a baseline"),
        ("每季度首月底前", TargetKind.DATE, "recurring deadline"),
        ("按时足额", TargetKind.GRADE, ""),
        ("长期实施", TargetKind.GRADE, ""),
    ],
)
def test_values_offices_write_for_relief_and_allowances(
    text: str, kind: TargetKind, note: str
) -> None:
    t = parse_target(text)
    assert (t.kind, t.note) == (kind, note)


@pytest.mark.parametrize(
    ("text", "same"),
    [("12场，每月1场", "12场"), ("≥24场（每月2场）", "≥24场"), ("≥90%，其中农村≥85%", "≥90%")],
)
def test_a_quantity_followed_by_its_explanation_is_that_quantity(text: str, same: str) -> None:
    a, b = parse_target(text), parse_target(same)
    assert (a.kind, a.op, a.number, a.unit) == (b.kind, b.op, b.number, b.unit)
    assert a.raw == text


@pytest.mark.parametrize(
    ("value", "end"),
    [
        ("一期2026年9月30日前", dt.date(2026, 9, 30)),
        ("一期2026年9月底前完成、二期12月底前", dt.date(2026, 12, 31)),
        ("第一阶段2026年6月底前，第二阶段2027年3月31日前", dt.date(2027, 3, 31)),
    ],
)
def test_a_deadline_per_phase_is_the_last_phases_date(value: str, end: dt.date) -> None:
    t = parse_target(value)
    assert (t.kind, t.op, t.date, t.raw) == (TargetKind.DATE, Op.LE, end, value)


@pytest.mark.parametrize("value", ["一期完成主体工程、二期12月底前", "一期2026年9月底前，另建仓库"])
def test_a_phase_without_its_date_limit_is_no_date(value: str) -> None:
    assert parse_target(value).kind is not TargetKind.DATE


def test_a_months_end_without_its_year_is_a_date_limit_not_a_count() -> None:
    t = parse_target("12月底前")
    assert (t.kind, t.op, t.date, t.unit) == (TargetKind.DATE, Op.LE, None, "")
    assert parse_target("13月底前").kind is not TargetKind.DATE
