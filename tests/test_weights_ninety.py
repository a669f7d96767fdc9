"""Scores adding to 90 (domain §5 weights): right when 预算执行率 is scored separately, which a
table must say (a note beside it); unsaid, W101 says so as a warning, since 90 is the usual
split less 预算执行率's 10 points and not a sure mistake. Other totals stay errors. Invented."""

from __future__ import annotations

from pathlib import Path

from goalbook.check import CheckOptions, check_file
from goalbook.findings import Severity
from tests.test_values_read import Row, project, write

HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "分值"]


def _rows(satisfied: int, *after: Row) -> list[Row]:
    table = [
        HEAD,
        ["产出指标", "数量指标", "培训基层人员人次", "≥1200人次", 20],
        ["产出指标", "质量指标", "培训考核合格率", "≥95%", 20],
        ["成本指标", "经济成本指标", "人均培训费用", "≤800元/人次", 10],
        ["效益指标", "社会效益指标", "基层服务能力提升率", "≥10%", 30],
        ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", satisfied],
    ]
    return [*project(table=table), *after]


def _w101(tmp_path: Path, rows: list[Row]) -> list[Severity]:
    result, _ = check_file(write(tmp_path / "r.xlsx", *rows), CheckOptions())
    return [f.severity for f in result.findings if f.code == "W101"]


def test_ninety_with_budget_execution_scored_apart_is_right(tmp_path: Path) -> None:
    note = ["注：预算执行率（10分）在绩效评价时另行计分，本表分值合计90分。"]
    assert _w101(tmp_path, _rows(10, note)) == []


def test_ninety_unexplained_is_a_warning(tmp_path: Path) -> None:
    assert _w101(tmp_path, _rows(10, ["合计", None, None, None, 90])) == [Severity.WARNING]


def test_one_hundred_is_right_and_other_totals_are_errors(tmp_path: Path) -> None:
    assert _w101(tmp_path, _rows(20)) == []
    assert _w101(tmp_path, _rows(5)) == [Severity.ERROR]
