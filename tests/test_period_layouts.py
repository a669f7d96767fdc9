"""Multi-year tables exported from budget-management systems, each built inline (an invented
county, project and numbers): the 计量单位 column merged down over both lines of a two-line
header whose lower line names the 中期 │ 年度 value columns under a merged 指标值."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table

Row = list[Any]

_HEAD: list[Row] = [
    ["2025年度项目支出绩效目标表"],
    ["项目名称", "青禾镇灌区续建配套项目（2025—2027年）", None, "主管部门", "青禾县水务局"],
    ["项目期", "3年", "计划开始日期", "2025-02-01", "计划完成日期", "2027-11-30"],
    [],
]


def _write(path: Path, rows: list[Row], merges: list[str]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "项目绩效目标"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c).value = value
    for ref in merges:
        ws.merge_cells(ref)
    wb.save(path)
    return path


def _found(path: Path) -> set[tuple[str, str | None]]:
    result, _table = check_file(path, CheckOptions())
    return {(f.code, f.at.a1 if f.at else None) for f in result.findings}


def _unit_merged_down(path: Path, annual_canals: str) -> Path:
    """Header on rows 5-6 from column B: 指标编码 · 绩效指标 (over three tiers) · 指标值 (over
    中期 │ 年度) · 计量单位 · 指标方向, the last two merged down over both lines."""
    rows = [
        *_HEAD,
        [None, "指标编码", "绩效指标", None, None, "指标值", None, "计量单位", "指标方向"],
        [None, None, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        [
            None,
            "QH001",
            "产出指标",
            "数量指标",
            "新建渠道长度",
            "≥24",
            annual_canals,
            "公里",
            "正向",
        ],
        [None, "QH002", None, None, "改造泵站数量", "≥9", "≥3", "座", "正向"],
        [None, "QH003", None, "质量指标", "工程验收合格率", "100%", "100%", "%", "正向"],
        [
            None,
            "QH004",
            "效益指标",
            "社会效益指标",
            "新增灌溉面积",
            "≥15000",
            "≥5000",
            "亩",
            "正向",
        ],
        [
            None,
            "QH005",
            "满意度指标",
            "服务对象满意度指标",
            "灌区农户满意度",
            "≥90%",
            "≥90%",
            "%",
            "正向",
        ],
    ]
    merges = ["B5:B6", "C5:E5", "F5:G5", "H5:H6", "I5:I6", "C7:C8", "D7:D8"]
    return _write(path, rows, merges)


def test_unit_merged_down_over_a_two_line_header_is_read(tmp_path: Path) -> None:
    table = read_table(_unit_merged_down(tmp_path / "ok.xlsx", "≥8"))
    assert table is not None
    units = {ind.label: ind.unit.text if ind.unit else None for ind in table.indicators}
    assert units["新建渠道长度"] == "公里"
    assert units["新增灌溉面积"] == "亩"
    found = _found(tmp_path / "ok.xlsx")
    assert not {f for f in found if f[0] == "T104"}


def test_unit_merged_down_period_pair_compared(tmp_path: Path) -> None:
    found = _found(_unit_merged_down(tmp_path / "bad.xlsx", "≥30"))
    assert ("D201", "G7") in found
