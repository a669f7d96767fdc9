"""Round 86's held-out returns (holdout263–265), in shapes of their own: a count typed into a
cell formatted as percent beside a unit column of 个, and a qualitative value of sufficiency
(充分). Every workbook is invented and built here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl

from tests.returns import found_at, save_sheet

_HEAD = ["一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"]


def _table(rows: list[list[Any]]) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "河湖水位监测能力提升"],
        [
            "项目期",
            "1年",
            "计划开始日期",
            dt.date(2026, 1, 1),
            "计划完成日期",
            dt.date(2026, 12, 31),
        ],
        ["项目资金（万元）", "年度资金总额", 120],
        ["年度绩效目标", "2026年新建水位监测点位，提升河湖监测能力。"],
        _HEAD,
        *rows,
        ["满意度指标", "服务对象满意度指标", "河长办满意度", "≥", 90, "%"],
    ]


def _with_percent(path: Path, cell: str) -> Path:
    book = openpyxl.load_workbook(path)
    book.active[cell].number_format = "0%"
    book.save(path)
    return path


def test_a_count_in_a_cell_formatted_as_percent_is_a_warning(tmp_path: Path) -> None:
    """30 typed into a cell formatted as percent shows 30% beside the unit 个: the % may be the
    format's, so the conflict of units is a warning; typed as text, 30% is still an error."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新建水位监测点数量", "≥", 0.3, "个"],
        ["效益指标", "社会效益指标", "河湖水位信息共享单位", "≥", 6, "家"],
    ]
    path = _with_percent(save_sheet(tmp_path / "f.xlsx", _table(rows)), "E7")
    found = found_at(path)
    assert ("T112", "warning", "E7") in found, found
    assert not [f for f in found if f[1] == "error"], found
    rows[0][4] = "30%"
    typed = found_at(save_sheet(tmp_path / "t.xlsx", _table(rows)))
    assert ("T112", "error", "E7") in typed, typed


def test_a_count_in_the_name_apart_from_the_value_is_said_once(tmp_path: Path) -> None:
    """新建水位监测点12处 │ ≥15处 under a goal that says 新建水位监测点12处: T110 says the name and
    the value differ; D104 does not say it again from the goal's text."""
    rows = _table([["产出指标", "数量指标", "新建水位监测点12处", "≥", 15, "处"]])
    rows[4][1] = "2026年新建水位监测点12处，提升河湖监测能力。"
    found = found_at(save_sheet(tmp_path / "n.xlsx", rows))
    assert ("T110", "warning", "E7") in found, found
    assert not [f for f in found if f[0] == "D104"], found
    rows[6][2] = "新建水位监测点数量"  # no count in the name: the goal's 12 against ≥15
    found = found_at(save_sheet(tmp_path / "m.xlsx", rows))
    assert [f for f in found if f[0] == "D104"], found
