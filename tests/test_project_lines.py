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


def test_head_blocks_between_the_projects_under_one_header(tmp_path: Path) -> None:
    """The first project's head above the one header, the next one's head block (项目名称 │ X,
    实施单位, 项目资金（万元）│ 年度资金总额 │ 80, 年度绩效目标) between the rows: its rows are
    that project's fields, never indicators, and its money is its own."""
    rows: list[Row] = [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "农技推广"],
        ["项目资金（万元）", "年度资金总额", 120, "其中：财政拨款", 120],
        ["年度绩效目标", "建设示范基地5个。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        *EXTENSION[1:],
        ["项目名称", "耕地保护"],
        ["实施单位", "某县农业农村局"],
        ["项目资金（万元）", "年度资金总额", 80, "其中：财政拨款", 70],
        [None, "其他资金", "10万元10万元"],
        ["年度绩效目标", "保护耕地8万亩。"],
        *FARMLAND[1:],
    ]
    path = write(tmp_path / "r.xlsx", *rows)
    tables = read_tables(path)
    assert [t.project for t in tables] == ["农技推广", "耕地保护"]
    assert [len(t.indicators) for t in tables] == [3, 3]
    assert tables[1].fields["annual"].value == 80
    result, _table = check_file(path, CheckOptions())
    found = [(f.code, f.table) for f in result.findings if f.severity.value != "info"]
    assert ("X106", 1) in found and all(code in ("X106", "B101") for code, _t in found), found


def test_schools_under_a_school_column_are_tables_of_their_own(tmp_path: Path) -> None:
    """学校名称 │ 一级指标 │ …, each school's block merged down the first column: the same
    indicator with each school's own value is no duplicate."""
    rows: list[Row] = [
        ["2026年度生均公用经费绩效目标表（分校填报）"],
        ["学校名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["东山小学", "产出指标", "数量指标", "保障在校生人数", "≥620人"],
        [None, "满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"],
        ["西山中学", "产出指标", "数量指标", "保障在校生人数", "≥480人"],
        [None, "满意度指标", "服务对象满意度指标", "师生满意度", "≥92%"],
    ]
    path = write(tmp_path / "s.xlsx", *rows)
    assert [t.project for t in read_tables(path)] == ["东山小学", "西山中学"]
    result, _table = check_file(path, CheckOptions())
    assert not {f.code for f in result.findings} & {"D101", "D102", "D103"}
