"""The required tier-1s (F106) of each stacked project on its own, and of an OLD-NAT table whose
labels other frameworks accept only as alternatives: a table that writes 产出指标 / 效益指标
is read in the framework that names them so, not in one that knows them as aliases (广东旧
框架: 预期产出指标 / 效果指标, where 满意度 is no tier-1). Workbooks built inline (invented)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.frameworks import detect_framework
from tests.test_values_read import Row

HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]


def _project(name: str, money: float, rows: list[Row]) -> list[Row]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", name, None, "实施单位", "某镇人民政府"],
        ["年度资金总额（万元）", money, None, "其中：财政拨款", money],
        ["年度绩效目标", f"完成{name}任务。"],
        HEAD,
        *rows,
    ]


ROADS: list[Row] = [
    ["产出指标", "数量指标", "养护村道里程", "≥84公里"],
    [None, "质量指标", "村道优良路率", "≥75%"],
    [None, "成本指标", "每公里养护成本", "≤6800元/公里"],
    ["效益指标", "社会效益指标", "群众出行条件", "明显改善"],
]
WATER: list[Row] = [
    ["产出指标", "数量指标", "维修供水管网", "≥9公里"],
    [None, "质量指标", "水质检测合格率", "≥95%"],
    [None, "成本指标", "管网维修单价", "≤8万元/公里"],
    ["效益指标", "社会效益指标", "受益人口", "≥5200人"],
    ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"],
]


def _write(path: Path, *tables: list[Row]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for rows in tables:
        start = ws.max_row + 2 if ws.max_row > 1 else 1
        for r, row in enumerate(rows, start=start):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    ws.cell(r, c).value = value
    wb.save(path)
    return path


def _f106(path: Path) -> list[int | None]:
    result, _table = check_file(path, CheckOptions())
    return [f.table for f in result.findings if f.code == "F106"]


def test_the_first_stacked_project_without_satisfaction_is_found(tmp_path: Path) -> None:
    path = _write(tmp_path / "r.xlsx", _project("村道养护", 57.0, ROADS),
                  _project("供水管网维修", 76.0, WATER))  # fmt: skip
    assert _f106(path) == [0]


def test_a_second_stacked_project_without_satisfaction_is_found(tmp_path: Path) -> None:
    path = _write(tmp_path / "r.xlsx", _project("供水管网维修", 76.0, WATER),
                  _project("村道养护", 57.0, ROADS))  # fmt: skip
    assert _f106(path) == [1]


def test_one_table_without_satisfaction_is_found(tmp_path: Path) -> None:
    assert _f106(_write(tmp_path / "r.xlsx", _project("村道养护", 57.0, ROADS))) == [None]


def test_labels_named_by_a_framework_win_over_its_alternatives() -> None:
    t2 = ["数量指标", "质量指标", "成本指标", "社会效益指标"]
    assert detect_framework(["产出指标", "效益指标"], t2).id == "old-nat"
    assert detect_framework(["预期产出指标", "效果指标"], t2).id == "gd-old"
