"""Rolling three-year tables (三年滚动): a value column per year (2026年目标值 · 2027年目标值 ·
2028年目标值, or 2026年 · 2027年 · 2028年 under a merged 指标值, sometimes beside a 中期
column). The first year's column is the annual value; every later year's value is read too and
judged at its own cell by the value rules, and a later year's count is no period total. Each
workbook is built inline (an invented county, project and numbers)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table
from tests.test_values_read import found as value_found
from tests.test_values_read import project

Row = list[Any]

_HEAD: list[Row] = [
    ["2026—2028年三年滚动项目支出绩效目标表"],
    ["项目名称", "乡村学校食堂改造补助", None, None, "主管部门", "松岗县教育局"],
    ["项目期", "3年", "计划开始日期", "2026-01-01", "计划完成日期", "2028-12-31"],
    ["项目资金（万元）", "资金总额", 300, 320, 340, 960],
]


class _Pct(float):
    """A percentage typed as such: the number with the format 0%."""


def _write(path: Path, rows: list[Row], merges: list[str]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "滚动表"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = ws.cell(r, c)
            cell.value = float(value) if isinstance(value, _Pct) else value
            if isinstance(value, _Pct):
                cell.number_format = "0%"
    for ref in merges:
        ws.merge_cells(ref)
    wb.save(path)
    return path


def _found(path: Path) -> set[tuple[str, str | None]]:
    result, _table = check_file(path, CheckOptions())
    return {(f.code, f.at.a1 if f.at else None) for f in result.findings}


def _body(defects: bool) -> list[Row]:
    """Indicator rows from column A: tier-1, tier-2, name, then three years' values."""
    rate = _Pct(1.08) if defects else _Pct(1)
    twice = "≥≤92%" if defects else "≥92%"
    return [
        ["产出指标", "数量指标", "改造学校食堂", "≥40所", "≥45所", "≥50所"],
        [None, "质量指标", "食堂改造验收合格率", "≥97%", "≥97%", rate],
        [None, "时效指标", "年度改造完成时间", "2026年10月底前", "2027年10月底前", "2028年10月"],
        ["成本指标", "经济成本指标", "单所食堂改造成本", "≤7万元/所", "≤7万元/所", "≤7万元/所"],
        ["效益指标", "社会效益指标", "受益学生", "≥1.2万人", "≥1.3万人", "≥1.5万人"],
        ["满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", twice, "≥92%"],
    ]


def _one_row_header(path: Path, defects: bool) -> Path:
    head = ["一级指标", "二级指标", "三级指标", "2026年目标值", "2027年目标值", "2028年目标值"]
    return _write(path, [*_HEAD, head, *_body(defects)], ["A1:F1"])


def _merged_value_header(path: Path, defects: bool) -> Path:
    """指标值 merged over the year columns, the years on the line under it."""
    head = ["一级指标", "二级指标", "三级指标", "指标值", None, None]
    years = [None, None, None, "2026年", "2027年", "2028年"]
    merges = ["A1:F1", "D5:F5", "A5:A6", "B5:B6", "C5:C6"]
    return _write(path, [*_HEAD, head, years, *_body(defects)], merges)


def test_every_year_of_a_one_row_header_is_read(tmp_path: Path) -> None:
    table = read_table(_one_row_header(tmp_path / "r.xlsx", False))
    first = table.indicators[0]
    assert first.annual is not None and first.annual.at.a1 == "D6"
    assert [c.at.a1 for c, _t in first.later] == ["E6", "F6"]
    assert [t.raw for _c, t in first.later] == ["≥45所", "≥50所"]
    assert first.period is None and not table.has_period


def test_every_year_under_a_merged_value_header_is_read(tmp_path: Path) -> None:
    table = read_table(_merged_value_header(tmp_path / "r.xlsx", False))
    assert [i.label for i in table.indicators][:2] == ["改造学校食堂", "食堂改造验收合格率"]
    first = table.indicators[0]
    assert first.annual is not None and first.annual.at.a1 == "D7"
    assert [c.at.a1 for c, _t in first.later] == ["E7", "F7"]


def test_correct_rolling_tables_pass(tmp_path: Path) -> None:
    # counts rising year by year are no period total; a 2028 date in the 2028 column is in time
    assert _found(_one_row_header(tmp_path / "a.xlsx", False)) == set()
    assert _found(_merged_value_header(tmp_path / "b.xlsx", False)) == set()


def test_a_later_years_value_is_judged_at_its_cell(tmp_path: Path) -> None:
    found = _found(_one_row_header(tmp_path / "a.xlsx", True))
    assert ("T106", "F7") in found  # 108% in the 2028 column
    assert ("T116", "E11") in found  # ≥≤92% in the 2027 column
    found = _found(_merged_value_header(tmp_path / "b.xlsx", True))
    assert ("T106", "F8") in found
    assert ("T116", "E12") in found


def test_a_period_column_beside_the_years(tmp_path: Path) -> None:
    # 中期 (the three years' total) then a column per year: the years are no period total,
    # the period is compared with the first year only
    head = ["一级指标", "二级指标", "三级指标", "中期目标值", "2026年目标值", "2027年目标值"]
    rows = [
        ["产出指标", "数量指标", "改造学校食堂", "≥85所", "≥40所", "≥45所"],
        [None, "质量指标", "食堂改造验收合格率", "≥97%", "≥97%", "≥≥97%"],
        ["满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "≥90%", "≥90%"],
    ]
    path = _write(tmp_path / "p.xlsx", [*_HEAD, head, *rows], ["A1:F1"])
    table = read_table(path)
    first = table.indicators[0]
    assert first.period is not None and first.period.at.a1 == "D6"
    assert first.annual is not None and first.annual.at.a1 == "E6"
    assert [c.at.a1 for c, _t in first.later] == ["F6"]
    found = _found(path)
    assert ("T116", "F7") in found
    assert not [f for f in found if f[0].startswith(("T2", "D2"))]  # no annual-vs-period finding


def test_years_that_do_not_follow_one_another_are_not_read_as_later_years(
    tmp_path: Path,
) -> None:
    head = ["一级指标", "二级指标", "三级指标", "2026年目标值", "2028年目标值"]
    rows = [["产出指标", "数量指标", "改造学校食堂", "≥40所", "≥50所"]]
    table = read_table(_write(tmp_path / "g.xlsx", [*_HEAD, head, *rows], ["A1:E1"]))
    assert table.indicators[0].later == ()


def test_a_rolling_table_without_project_dates_spans_its_years(tmp_path: Path) -> None:
    # no 项目期 and no dates: the budget year is the first of the title's span (2026—2028年),
    # and a 2028 deadline in the 2028 column is within the table's years
    head = ["一级指标", "二级指标", "三级指标", "2026年目标值", "2027年目标值", "2028年目标值"]
    rows = [_HEAD[0], _HEAD[1], _HEAD[3], head, *_body(False)]
    table = read_table(_write(tmp_path / "n.xlsx", rows, ["A1:F1"]))
    assert table.later_years == 2
    found = _found(tmp_path / "n.xlsx")
    assert not [f for f in found if f[0].startswith("Y")]
    late = [
        [None, "时效指标", "年度改造完成时间", "2026年10月底前", "2027年10月底前", "2029年3月底前"]
    ]
    rows = [_HEAD[0], _HEAD[1], _HEAD[3], head, *late]
    assert ("Y102", "F5") in _found(_write(tmp_path / "m.xlsx", rows, ["A1:F1"]))


def test_bare_years_head_the_value_columns(tmp_path: Path) -> None:
    # 三级指标 | 2026年 | 2027年 | 2028年 and no 指标值 word: the years are the value columns
    head = ["一级指标", "二级指标", "三级指标", "2026年", "2027年", "2028年"]
    path = _write(tmp_path / "y.xlsx", [*_HEAD, head, *_body(True)], ["A1:F1"])
    table = read_table(path)
    first = table.indicators[0]
    assert first.annual is not None and first.annual.at.a1 == "D6"
    assert [c.at.a1 for c, _t in first.later] == ["E6", "F6"]
    found = _found(path)
    assert {("T106", "F7"), ("T116", "E11")} <= found
    assert not [f for f in found if f[0].startswith("S")]


def test_a_dash_in_a_year_not_due_is_no_value_to_judge(tmp_path: Path) -> None:
    """A milestone due in the last year: its earlier years say — (nothing due that year), the last
    one the grade. Neither is a description (T102) nor a missing value; in a one-year table the
    same dash is still judged."""
    body = _body(defects=False)
    body.insert(3, [None, None, "学校食堂管理制度", "—", "-", "制定"])
    path = _write(tmp_path / "r.xlsx", [*_HEAD, ["一级指标", "二级指标", "三级指标",
                  "2026年目标值", "2027年目标值", "2028年目标值"], *body], ["A1:F1"])  # fmt: skip
    found = _found(path)
    assert not {f for f in found if f[1] in ("D9", "E9", "F9")}, found
    one_year = [*_HEAD[:3], ["一级指标", "二级指标", "三级指标", "指标值"],
                *[row[:4] for row in body]]  # fmt: skip
    dashed = _found(_write(tmp_path / "one.xlsx", one_year, ["A1:F1"]))
    assert ("T102", "D8") in dashed, dashed  # three head rows: the row is one higher


def test_a_dash_in_the_period_or_annual_column_when_nothing_is_due_there(tmp_path: Path) -> None:
    """中期 2027年6月底前 · 年度 — (the acceptance falls in a later year) and 中期 — · 年度
    2026年第三季度 (a step of this year only): the dash is no value to judge."""
    head = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"]
    rows = [
        head,
        ["产出指标", "数量指标", "机房改造面积", "≥860平方米", "≥420平方米"],
        [None, "质量指标", "工程验收合格率", "100%", "100%"],
        [None, "时效指标", "工程竣工验收时间", "2027年6月底前", "—"],
        [None, None, "供配电系统改造完成时间", "—", "2026年第三季度"],
        ["效益指标", "社会效益指标", "政务数据集中存储比例", "≥90%", "≥60%"],
        ["满意度指标", "服务对象满意度指标", "入驻部门满意度", "≥90%", "≥90%"],
    ]
    money = ["项目期", "2025年—2027年"]
    found = value_found(tmp_path, *project(money, table=rows))
    dashes = {"E8", "D9"}  # title, name, 项目期, goal, head: the table starts on row 5
    assert not {f for f in found if f[1] in dashes}, found
    # the acceptance in 2027 lies inside the period the table states (项目期 2025年—2027年)
    assert ("Y102", "D8") not in found


def test_a_period_value_outside_the_stated_years(tmp_path: Path) -> None:
    head = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"]
    rows = [
        head,
        ["产出指标", "数量指标", "机房改造面积", "≥860平方米", "≥420平方米"],
        [None, "时效指标", "工程竣工验收时间", "2029年6月底前", "—"],
    ]
    found = value_found(tmp_path, *project(["项目期", "2025年—2027年"], table=rows))
    assert ("Y102", "D7") in found
