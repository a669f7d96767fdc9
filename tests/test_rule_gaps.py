"""Judgements a careful reviewer makes otherwise than goalbook did on returns from other offices:
a garbled operator or sign (≥95%%, ≥≤90%), rates per 10万 or ‰, state grades of sustained
effect (长效运行), a rate given as a bare number. Every workbook is invented and built here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.findings import Severity
from goalbook.frameworks import detect_framework
from goalbook.model import TargetKind
from goalbook.targets import parse_target
from tests.test_values_read import HEAD, TABLE, Row, project, write
from tests.variants.kit import YUAN, Book, day, money


def _checked(tmp_path: Path, *extra: Row, head: Row | None = None) -> dict[str, set[str]]:
    """The codes found at each cell of a project return with ``extra`` rows after the table."""
    rows = project(table=[head or HEAD, *[list(r) for r in TABLE], *extra])
    result, _table = check_file(write(tmp_path / "r.xlsx", *rows), CheckOptions())
    at: dict[str, set[str]] = {}
    for f in result.findings:
        at.setdefault(f.at.a1 if f.at else "", set()).add(f.code)
    return at


def _severity(tmp_path: Path, code: str, *extra: Row) -> set[Severity]:
    rows = project(table=[HEAD, *[list(r) for r in TABLE], *extra])
    result, _table = check_file(write(tmp_path / "s.xlsx", *rows), CheckOptions())
    return {f.severity for f in result.findings if f.code == code}


# --- a garbled operator or sign: a warning at the cell, never "not a percentage" -------------

# The extra row lands in row 11 (title, name, goal, header, six rows of TABLE before it).
EXTRA = "D11"


@pytest.mark.parametrize("value", ["≥95%%", "95%%", "≥≥95%", "≥=95%", "≥95％％"])
def test_a_doubled_sign_or_operator_is_malformed_not_a_count(tmp_path: Path, value: str) -> None:
    row: Row = ["满意度指标", "服务对象满意度指标", "受训单位负责人满意度", value]
    found = _checked(tmp_path, row).get(EXTRA, set())
    assert "T116" in found
    assert not found & {"T105", "T102", "T104"}
    assert _severity(tmp_path, "T116", row) == {Severity.WARNING}


@pytest.mark.parametrize("value", ["≥≤90%", "≤≥90%", "><5%", "≥90%以下"])
def test_two_operators_that_contradict_are_flagged_once(tmp_path: Path, value: str) -> None:
    row: Row = ["满意度指标", "服务对象满意度指标", "受训单位负责人满意度", value]
    found = _checked(tmp_path, row).get(EXTRA, set())
    assert found == {"T116"}


@pytest.mark.parametrize("value", [">=95%", "≥95%", "95%以上", "≥95%以上"])
def test_a_threshold_written_once_is_not_malformed(tmp_path: Path, value: str) -> None:
    row: Row = ["满意度指标", "服务对象满意度指标", "受训单位负责人满意度", value]
    assert "T116" not in _checked(tmp_path, row).get(EXTRA, set())


# --- rates per 10万, per 万, per mille: proper rate units, no T105 --------------------------

OP_ROWS = [
    ["效益指标", "社会效益指标", "辖区居民健康档案建档率", "≥", 90, "%"],
    ["满意度指标", "服务对象满意度指标", "签约居民满意度", "≥", 90, "%"],
]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("辖区孕产妇死亡率", "≤15/10万"),
        ("辖区孕产妇死亡率", "≤15例/10万"),
        ("辖区孕产妇死亡率", "低于15/100000"),
        ("新生儿死亡率", "≤4‰"),
        ("新生儿死亡率", "≤40‱"),
        ("甲类传染病报告发病率", "≤6/10万人"),
        ("道路交通事故死亡率", "≤2.5人/万车"),
        ("结核病发病率", "≤50/十万"),
        ("食源性疾病发生率", "≤0.3/千人"),
        ("亿元地区生产总值生产安全事故死亡率", "≤0.028人/亿元"),  # per the economy's size
    ],
)
def test_a_rate_per_population_is_a_rate(tmp_path: Path, name: str, value: str) -> None:
    row: Row = ["效益指标", "社会效益指标", name, value]
    found = _checked(tmp_path, row).get(EXTRA, set())
    assert not found & {"T105", "T102", "T104"}


PER_UNITS: list[tuple[object, str]] = [
    (15, "/10万"), (4, "‰"), (15, "例/10万人"), (15, "每10万人"), (40, "‱"), (0.5, "/千"),
    ("15/10万", "/10万"), ("4‰", "‰"),
]  # fmt: skip


@pytest.mark.parametrize(("value", "unit"), PER_UNITS)
def test_a_rate_per_population_in_a_unit_column_is_a_rate(
    tmp_path: Path, value: object, unit: str
) -> None:
    head: Row = ["一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"]
    rows = [*OP_ROWS, ["效益指标", "社会效益指标", "辖区孕产妇死亡率", "≤", value, unit]]
    path = write(tmp_path / "u.xlsx", *project(table=[head, *rows]))
    result, _table = check_file(path, CheckOptions())
    at = {(f.code, f.at.a1 if f.at else "") for f in result.findings}
    assert not {code for code, cell in at if cell == "E7"} & {"T105", "T102", "T104", "T112"}


def test_a_rate_per_kilogram_is_still_no_rate(tmp_path: Path) -> None:
    row: Row = ["效益指标", "社会效益指标", "农药残留检出率", "≤0.5毫克/千克"]
    assert "T105" in _checked(tmp_path, row).get(EXTRA, set())


# --- state grades of a sustained effect: a grade a reviewer accepts, not a description -------


@pytest.mark.parametrize(
    "grade",
    ["长效运行", "长效", "持续运行", "正常运行", "稳定运行", "有效运行", "平稳运行", "达标",
     "及时、完整", "准确、及时", "规范，有效", "常态化", "有序推进", "运转正常"],
)  # fmt: skip
def test_a_state_grade_is_a_grade(tmp_path: Path, grade: str) -> None:
    row: Row = ["效益指标", "可持续影响指标", "村级公益设施管护机制", grade]
    assert "T102" not in _checked(tmp_path, row).get(EXTRA, set())


@pytest.mark.parametrize(
    "text", ["由各村自行组织，乡镇督查", "分两批拨付，每批各半", "按照上级要求执行、完成后上报资料"]
)
def test_a_description_is_still_a_description(tmp_path: Path, text: str) -> None:
    row: Row = ["效益指标", "可持续影响指标", "村级公益设施管护机制", text]
    assert "T102" in _checked(tmp_path, row).get(EXTRA, set())


# --- a rate given as a bare number, no % anywhere: T105 (domain §4.2 rule 5), once -----------


@pytest.mark.parametrize("value", ["≥96", ">=96", "96", 96, 0.96])
def test_a_rate_as_a_bare_number_is_not_a_percentage(tmp_path: Path, value: object) -> None:
    row: Row = ["产出指标", "质量指标", "低保对象认定准确率", value]
    found = _checked(tmp_path, row).get(EXTRA, set())
    assert "T105" in found
    assert "T104" not in found


def test_a_bare_rate_in_an_operator_layout_without_unit_column(tmp_path: Path) -> None:
    head: Row = ["一级指标", "二级指标", "三级指标", "比较符", "指标值"]
    rows = [
        ["产出指标", "数量指标", "入户核查户数", "≥", "300户"],
        ["产出指标", "质量指标", "低保对象认定准确率", "≥", 96],
    ]
    path = write(tmp_path / "o.xlsx", *project(table=[head, *rows]))
    result, _table = check_file(path, CheckOptions())
    at = {(f.code, f.at.a1 if f.at else "") for f in result.findings}
    assert ("T105", "E6") in at
    assert ("T104", "E6") not in at


def test_a_bare_rate_with_percent_in_the_unit_column_is_right(tmp_path: Path) -> None:
    head: Row = ["一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"]
    rows = [*OP_ROWS, ["产出指标", "质量指标", "低保对象认定准确率", "≥", 96, "%"]]
    path = write(tmp_path / "p.xlsx", *project(table=[head, *rows]))
    result, _table = check_file(path, CheckOptions())
    assert not [f for f in result.findings if f.at and f.at.a1 == "E7"]


# --- Shanghai framework: 满意度 under 产出目标 is a wrong parent (F105), not mixed frameworks ---


def _shanghai(tmp_path: Path, rows: list[tuple[object, ...]]) -> dict[str, set[str]]:
    book = Book()
    s = book.sheet("绩效目标", (16, 16, 34, 22))
    s.title("财政项目支出绩效目标表", 4)
    s.row("（2026年度）", merge=[(1, 4)])
    s.row("项目名称", "社区图书室运营补助", "项目类别", "经常性专项业务费")
    s.row("计划开始日期", day(2026, 1, 1), "计划完成日期", day(2026, 12, 31))
    s.row("项目总预算（元）", money(386000, YUAN), "项目当年预算（元）", money(386000, YUAN))
    s.row("年度绩效目标", "全年开放图书室300天以上，接待读者12000人次以上。", None, None)
    s.row("一级目标", "二级目标", "三级目标", "指标目标值")
    s.table(rows, merged=(1, 2))
    result, _table = check_file(book.save(tmp_path / "sh.xlsx"), CheckOptions())
    at: dict[str, set[str]] = {}
    for f in result.findings:
        at.setdefault(f.at.a1 if f.at else "", set()).add(f.code)
    return at


SHANGHAI_ROWS: list[tuple[object, ...]] = [
    ("投入与管理", "财务管理", "资金使用合规性", "合规"),
    ("产出目标", "数量", "图书室开放天数", ">=300天"),
    (None, None, "接待读者人次", ">=12000人次"),
    (None, "质量", "图书编目准确率", ">=98%"),
    (None, "时效", "新书上架及时率", ">=95%"),
    (None, "成本", "年均运营补助标准", "<=386000元"),
]
TAIL: list[tuple[object, ...]] = [
    ("效果目标", "社会效益", "居民阅读习惯", "有效提升"),
    ("影响力目标", "长效管理", "图书室管理制度", "健全"),
]


@pytest.mark.parametrize("name", ["服务对象满意度", "读者满意度"])
def test_satisfaction_under_output_goals_is_a_wrong_parent(tmp_path: Path, name: str) -> None:
    rows = [*SHANGHAI_ROWS, (None, "满意度", name, ">=90%"), *TAIL]
    found = _shanghai(tmp_path, rows)
    assert "F105" in found.get("B14", set())  # the 满意度 cell, under 产出目标
    assert not any(found.get(c, set()) & {"F107", "S101"} for c in ("A14", "B14", "C14", "D14"))


def test_satisfaction_under_effect_goals_is_right(tmp_path: Path) -> None:
    rows = [*SHANGHAI_ROWS, *TAIL[:1], (None, "满意度", "服务对象满意度", ">=90%"), *TAIL[1:]]
    found = _shanghai(tmp_path, rows)
    assert not any(code.startswith(("F", "S")) for codes in found.values() for code in codes)


# --- a one-year project starting before its budget year: Y102 at the start date --------------


def _dated(tmp_path: Path, years: object, start: dt.datetime, end: dt.datetime) -> set[str]:
    head: list[Row] = [
        ["项目期", years, "计划开始日期", start, "计划完成日期", end],
        ["项目资金（万元）", 120],
    ]
    path = write(tmp_path / "d.xlsx", *project(*head))
    result, _table = check_file(path, CheckOptions())
    return {f"{f.code}@{f.at.a1}" for f in result.findings if f.at and f.at.row == 3}


@pytest.mark.parametrize("years", ["1年", 1, "1"])
def test_a_one_year_project_cannot_start_years_before(tmp_path: Path, years: object) -> None:
    found = _dated(tmp_path, years, dt.datetime(2024, 4, 1), dt.datetime(2026, 12, 31))
    assert "Y102@D3" in found


def test_a_multi_year_project_may_start_before(tmp_path: Path) -> None:
    found = _dated(tmp_path, "3年", dt.datetime(2024, 4, 1), dt.datetime(2026, 12, 31))
    assert not found


def test_a_one_year_project_within_its_year_is_right(tmp_path: Path) -> None:
    assert not _dated(tmp_path, "1年", dt.datetime(2026, 1, 1), dt.datetime(2026, 12, 31))


# --- the national words of a transfer form are the national framework: F106 without 满意度 ----

REGIONAL: list[Row] = [
    ["产出指标", "数量指标", "完成农村供水工程维修养护", "≥260处"],
    ["产出指标", "质量指标", "维修养护工程验收合格率", "=100%"],
    ["产出指标", "时效指标", "资金分解下达时限", "30日内"],
    ["产出指标", "成本指标", "单处维修养护补助标准", "≤4万元/处"],
    ["效益指标", "社会效益指标", "受益农村人口", "≥18万人"],
    ["效益指标", "可持续影响指标", "工程长效运行管护机制", "健全"],
]


def test_a_national_table_without_satisfaction_misses_a_required_tier1(tmp_path: Path) -> None:
    rows: list[Row] = [["中央对地方专项转移支付区域绩效目标表"], ["（2026年度）"]]
    rows += [["年度总体目标", "完成农村供水工程维修养护260处。"], HEAD, *REGIONAL]
    result, table = check_file(write(tmp_path / "t.xlsx", *rows), CheckOptions())
    assert table is not None and table.framework == "old-nat"
    assert "F106" in {f.code for f in result.findings}


def test_the_guangdong_words_are_still_the_guangdong_framework() -> None:
    found = detect_framework(["预期产出指标", "效果指标"], ["数量指标", "预算控制指标"])
    assert found.id == "gd-old"
    national = detect_framework(["产出指标", "效益指标"], ["数量指标", "成本指标", "社会效益指标"])
    assert national.id == "old-nat"


# --- a multi-year period given in years only (建设周期 2年): dates in its second year are right -


def _deadline(tmp_path: Path, years: str, deadline: str) -> set[str]:
    extra: Row = ["产出指标", "时效指标", "主体工程完工时间", deadline]
    rows = project(["建设周期", years], table=[HEAD, *[list(r) for r in TABLE], extra])
    result, _table = check_file(write(tmp_path / "y.xlsx", *rows), CheckOptions())
    return {f.code for f in result.findings if f.at and f.at.a1 == "D12"}


def test_a_deadline_in_the_second_year_of_a_two_year_period(tmp_path: Path) -> None:
    assert "Y102" not in _deadline(tmp_path, "2年", "2027年6月30日前")


@pytest.mark.parametrize(
    ("years", "deadline"), [("1年", "2027年6月30日前"), ("2年", "2028年6月30日前")]
)
def test_a_deadline_after_the_period_in_years(tmp_path: Path, years: str, deadline: str) -> None:
    assert "Y102" in _deadline(tmp_path, years, deadline)


# --- a rate to move against last year's level (较上年下降) is a change to measure, not a count -


@pytest.mark.parametrize("grade", ["较上年下降", "比上年降低", "同比下降", "较去年有所下降"])
def test_a_rate_compared_with_last_year_is_no_count(tmp_path: Path, grade: str) -> None:
    row: Row = ["效益指标", "社会效益指标", "辖区手足口病报告发病率", grade]
    assert "T105" not in _checked(tmp_path, row).get(EXTRA, set())


@pytest.mark.parametrize("grade", ["下降", "齐全", "良好"])
def test_a_rate_given_a_bare_grade_is_still_no_percentage(tmp_path: Path, grade: str) -> None:
    row: Row = ["效益指标", "社会效益指标", "辖区手足口病报告发病率", grade]
    assert "T105" in _checked(tmp_path, row).get(EXTRA, set())


# --- a value to rewrite anyway (105% on a 合格率, 100% for a completion date): no T103 besides -


@pytest.mark.parametrize(
    ("name", "value", "code"),
    [("消防设施检查合格率", "105%", "T106"), ("综合楼竣工时间", "100%", "T113")],
)
def test_a_value_to_rewrite_is_said_once(tmp_path: Path, name: str, value: str, code: str) -> None:
    row: Row = ["产出指标", "质量指标", name, value]
    found = _checked(tmp_path, row).get(EXTRA, set())
    assert code in found
    assert "T103" not in found


@pytest.mark.parametrize(
    ("value", "op"), [("低于5%以下", "<"), ("=90%以上", "≥"), ("大于90%以上", ">")]
)
def test_an_operator_and_a_bound_word_of_one_direction_are_one_bound(value: str, op: str) -> None:
    t = parse_target(value)
    assert (t.kind, t.op.value if t.op else "", t.unit, t.note) == (TargetKind.QUANT, op, "%", "")


def test_rates_all_given_as_bare_numbers_are_a_layout_not_each_an_error(tmp_path: Path) -> None:
    # 指标值（%）: the header states the unit, every rate is a bare number: no T105 on each row
    head: Row = ["一级指标", "二级指标", "三级指标", "指标值（%）"]
    rows: list[Row] = [
        ["产出指标", "质量指标", "培训考核合格率", "≥95"],
        ["产出指标", "时效指标", "培训按期完成率", 100],
        ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90"],
    ]
    path = write(tmp_path / "h.xlsx", *project(table=[head, *rows]))
    result, _table = check_file(path, CheckOptions())
    at_values = [f for f in result.findings if f.at and f.at.col == 4]
    assert at_values and not [f for f in at_values if f.severity is Severity.ERROR]


@pytest.mark.parametrize("years", ["1年", "一年", 1])
def test_a_one_year_project_written_in_words_has_one_budget(tmp_path: Path, years: object) -> None:
    money: list[Row] = [["项目期", years], ["项目总预算（万元）", 150]]
    money.append(["项目当年预算（万元）", 120])
    path = write(tmp_path / "b.xlsx", *project(*money))
    result, _table = check_file(path, CheckOptions())
    assert "B109" in {f.code for f in result.findings}


def test_a_shanghai_tier2_in_the_tier1_column_is_no_mixed_framework(tmp_path: Path) -> None:
    # 满意度 is a tier-2 of 效果目标 in the Shanghai framework: as a tier-1 it is not a label
    # of another framework mixed in (F107) but a tier-1 the framework does not have (F103)
    promoted = ("满意度", "服务对象满意度", "读者满意度", ">=90%")
    rows = [*SHANGHAI_ROWS, *TAIL[:1], promoted, *TAIL[1:]]
    found = _shanghai(tmp_path, rows)
    assert "F103" in found.get("A15", set())
    assert "F107" not in found.get("A15", set())
