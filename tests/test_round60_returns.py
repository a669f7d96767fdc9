"""Habits of round 60's returns (invented): a satisfaction given as a score in 分, a 水土流失面积
that a project keeps down, a count given as 按要求完成, and a length in the year's goal text that
its indicator contradicts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tests.returns import found_at, save_sheet


def _one_year(goal: str, rows: list[list[Any]]) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "东溪小流域综合治理", None, "主管部门", "东溪县水利局"],
        [
            "项目期",
            "1年",
            "计划开始日期",
            dt.date(2026, 1, 1),
            "计划完成日期",
            dt.date(2026, 12, 31),
        ],
        ["项目资金（万元）", "年度资金总额", 300, "其中：财政拨款", 300],
        ["年度绩效目标", goal],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        *rows,
        ["满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%"],
    ]


_GOAL = "年内新建生态护岸8公里，综合治理水土流失面积10平方公里，项目区群众满意度达到90%以上。"
_ROWS: list[list[Any]] = [
    ["产出指标", "数量指标", "新建生态护岸长度", "≥8公里"],
    [None, None, "综合治理水土流失面积", "≥10平方公里"],
    [None, "质量指标", "护岸工程验收合格率", "≥98%"],
    ["效益指标", "生态效益指标", "治理区水土流失面积", "≤2平方公里"],
]


def test_the_correct_return_raises_nothing_of_these(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "ok.xlsx", _one_year(_GOAL, _ROWS)))
    assert not [f for f in found if f[0] in ("T102", "T105", "T108", "D104")], found


@pytest.mark.parametrize(
    ("name", "flagged"), [("老年人满意度测评得分", False), ("老年人满意度", True)]
)
def test_a_satisfaction_score_in_points_is_no_rate(
    tmp_path: Path, name: str, flagged: bool
) -> None:
    rows = [*_ROWS, [None, "社会效益指标", name, "≥95分"]]
    found = found_at(save_sheet(tmp_path / "s.xlsx", _one_year(_GOAL, rows)))
    assert (("T105", "error", "D11") in found) is flagged, found


def test_the_eroded_area_left_is_kept_down_the_area_treated_is_not(tmp_path: Path) -> None:
    rows = [list(r) for r in _ROWS]
    rows[3][3] = "≥2平方公里"  # the area still eroding, as a floor
    found = found_at(save_sheet(tmp_path / "e.xlsx", _one_year(_GOAL, rows)))
    assert ("T108", "warning", "D10") in found, found
    assert not [f for f in found if f[0] == "T108" and f[2] == "D8"], found


def test_a_count_given_as_done_as_required(tmp_path: Path) -> None:
    rows = [*_ROWS, [None, "数量指标", "水质监测断面数量", "按要求完成"]]
    found = found_at(save_sheet(tmp_path / "c.xlsx", _one_year(_GOAL, rows)))
    assert ("T102", "warning", "D11") in found, found


def test_the_years_goal_gives_another_length(tmp_path: Path) -> None:
    rows = [list(r) for r in _ROWS]
    rows[0][3] = "≥5公里"
    found = found_at(save_sheet(tmp_path / "l.xlsx", _one_year(_GOAL, rows)))
    assert ("D104", "warning", "D7") in found, found
    # the same name twice: D101/D102 say it, the text is held against neither copy
    rows.append([None, "数量指标", "新建生态护岸长度", "≥6公里"])
    found = found_at(save_sheet(tmp_path / "m.xlsx", _one_year(_GOAL, rows)))
    assert not [f for f in found if f[0] == "D104"], found
