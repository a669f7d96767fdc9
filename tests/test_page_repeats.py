"""Lines a page break or a note leaves inside a table, none of them an indicator: the form's
title repeated (…绩效目标表（续）), the upper line of a two-line header repeated without its
merges (绩效指标 │ 指标值), a note's numbered next line (2.本表金额单位为万元。). Invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table
from tests.test_values_read import Row, project, write

HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
FIRST: list[Row] = [
    HEAD,
    ["产出指标", "数量指标", "疏浚河道", "≥12公里"],
    [None, "质量指标", "工程验收合格率", "100%"],
]
REST: list[Row] = [
    ["效益指标", "社会效益指标", "受益人口", "≥3万人"],
    ["满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%"],
]


@pytest.mark.parametrize(
    "between",
    [
        [["溪口县2026年度项目支出绩效目标表（续）"], HEAD],
        [["绩效指标", None, None, "指标值"], HEAD],
        [],
    ],
    ids=["title-again", "upper-head-line", "none"],
)
def test_a_page_break_leaves_no_row(tmp_path: Path, between: list[Row]) -> None:
    rows = project(table=[*FIRST, *between, *REST])
    path = write(tmp_path / "r.xlsx", *rows)
    assert [i.label for i in read_table(path).indicators] == [
        "疏浚河道", "工程验收合格率", "受益人口", "沿河居民满意度",
    ]  # fmt: skip
    result, _table = check_file(path, CheckOptions())
    assert [f.code for f in result.findings if f.severity.value != "info"] == []


def test_a_notes_numbered_next_line_is_no_row(tmp_path: Path) -> None:
    notes: list[Row] = [
        ["注：1.事故起数、死亡人数为反向指标，数值越小越好。"],
        ["2.本表金额单位为万元。"],
    ]
    path = write(tmp_path / "r.xlsx", *project(table=[*FIRST, *REST, *notes]))
    assert len(read_table(path).indicators) == 4
    result, _table = check_file(path, CheckOptions())
    assert [f.code for f in result.findings if f.severity.value != "info"] == []


def test_a_total_row_with_a_tier_label_filled_into_it(tmp_path: Path) -> None:
    """满意度 merged down into the 合计 row, then unmerged and filled: still the total row."""
    head = ["一级指标", "二级指标", "三级指标", "指标值", "分值"]
    rows: list[Row] = [
        head,
        ["产出指标", "数量指标", "疏浚河道", "≥12公里", 50],
        ["效益指标", "社会效益指标", "受益人口", "≥3万人", 30],
        ["满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%", 20],
        ["合计", "服务对象满意度指标", None, None, 100],
    ]
    path = write(tmp_path / "r.xlsx", *project(table=rows))
    assert len(read_table(path).indicators) == 3
    result, _table = check_file(path, CheckOptions())
    assert not {f.code for f in result.findings} & {"W101", "T101", "F201"}
