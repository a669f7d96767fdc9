"""Projects stacked under ONE indicator header, each opened by a line that names it
(项目名称：农技推广（年度资金120万元）): each project is its own table, named so; its line is no
indicator; the same indicator in two projects is no duplicate; a required tier-1 missing in one
project is that project's finding. Invented."""

from __future__ import annotations

from pathlib import Path

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_tables
from tests.test_values_read import Row, write

EXTENSION: list[Row] = [
    ["项目名称：农技推广（年度资金120万元）"],
    ["产出指标", "数量指标", "建设示范基地", "≥5个"],
    ["效益指标", "经济效益指标", "亩均增收", "≥150元/亩"],
    ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"],
]
FARMLAND: list[Row] = [
    ["项目名称：耕地保护"],
    ["产出指标", "数量指标", "耕地保护面积", "≥8万亩"],
    ["效益指标", "生态效益指标", "耕地质量等级", "稳步提升"],
    ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"],
]
HEAD: list[Row] = [
    ["某县农业农村局2026年度项目支出绩效目标表"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
]


def test_each_named_project_is_a_table(tmp_path: Path) -> None:
    path = write(tmp_path / "r.xlsx", *HEAD, *EXTENSION, *FARMLAND)
    tables = read_tables(path)
    assert [t.project for t in tables] == ["农技推广", "耕地保护"]
    assert [len(t.indicators) for t in tables] == [3, 3]
    result, _table = check_file(path, CheckOptions())
    assert [f.code for f in result.findings if f.severity.value != "info"] == []


def test_a_projects_missing_tier1_is_its_own(tmp_path: Path) -> None:
    path = write(tmp_path / "r.xlsx", *HEAD, *EXTENSION, *FARMLAND[:-1])
    result, _table = check_file(path, CheckOptions())
    assert [(f.code, f.table) for f in result.findings if f.code == "F106"] == [("F106", 1)]
