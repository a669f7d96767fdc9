"""Values of the fifteenth blind round, on an official layout with separate 比较符 · 指标值 ·
计量单位 columns: a validity rate (数据有效率) is a rate capped at 100 % (not an efficiency, 效率);
a standard to reach split over the operator and the value columns (达到 │ 国家二级标准) is a
level, no description; a time limit in minutes (预警信息发布时效 │ ≤ │ 15 │ 分钟) is 反向."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from goalbook.check import CheckOptions, check_file

_HEAD: list[list[Any]] = [
    ["2026年度项目支出绩效目标申报表"],
    ["项目名称", "青溪区空气质量监测能力建设", None, "主管部门", "青溪区生态环境分局"],
    ["项目期", "1年", "计划开始日期", "2026年1月1日", "计划完成日期", "2026年12月31日"],
    ["项目资金（万元）", "年度资金总额", 180, "其中：财政拨款", 180],
    ["年度绩效目标", "新建监测子站4套，保障监测数据真实可靠，空气质量达到国家二级标准。"],
    ["一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"],
    ["产出指标", "数量指标", "新建空气质量自动监测子站", "≥", 4, "套"],
    [None, "质量指标", "监测数据有效率", "≥", None, None],  # row 8: the value under test
    [None, None, "设备运行正常率", "≥", 0.95, None],
    [None, "时效指标", "站点建成投运时间", "≤", "2026年9月30日", None],
    [None, None, "预警信息发布时效", "≤", 15, "分钟"],  # row 11: a time limit
    ["效益指标", "生态效益指标", "环境空气质量", "达到", "国家二级标准", None],  # row 12
    [None, "社会效益指标", "治疗有效率", "≥", 0.9, None],
    ["满意度指标", "服务对象满意度指标", "公众满意度", "≥", 0.9, None],
]


def _findings(tmp_path: Path, validity: float, limit_op: str = "≤") -> list[tuple[str, str, str]]:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in _HEAD:
        ws.append(row)
    ws["E8"], ws["D11"] = validity, limit_op
    for ref in ("E8", "E9", "E13", "E14"):
        ws[ref].number_format = "0%"  # a percentage typed in Excel: the fraction, formatted
    path = tmp_path / "values.xlsx"
    wb.save(path)
    result, _ = check_file(path, CheckOptions())
    return [(f.code, f.severity.value, f.at.a1 if f.at else "") for f in result.findings]


def test_a_validity_rate_above_100_percent_is_an_error(tmp_path: Path) -> None:
    found = _findings(tmp_path, 1.05)
    assert ("T106", "error", "E8") in found, found


def test_validity_rates_and_a_standard_reached_are_right_as_written(tmp_path: Path) -> None:
    found = _findings(tmp_path, 0.98)
    assert not [f for f in found if f[1] in ("error", "warning")], found


def test_a_time_limit_in_minutes_with_at_least_is_against_its_direction(tmp_path: Path) -> None:
    found = _findings(tmp_path, 0.98, limit_op="≥")
    assert [f for f in found if f[0] == "T108"] == [("T108", "warning", "E11")], found


def test_how_often_a_thing_is_done_is_an_output_under_quantity(tmp_path: Path) -> None:
    """妇幼健康服务质量督导 │ 每月1次 under 数量指标: a number of times done, not a quality."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in _HEAD[:7]:
        ws.append(row)
    ws.append([None, None, "妇幼健康服务质量督导", None, "每月1次", None])
    ws.append([None, None, "基层医疗机构质量巡查", None, "1次/季度", None])
    for row in _HEAD[8:]:
        ws.append(row)
    path = tmp_path / "often.xlsx"
    wb.save(path)
    result, _ = check_file(path, CheckOptions())
    assert not [f for f in result.findings if f.code == "F201"], result.findings


def test_an_average_time_and_the_time_to_reach_the_scene_are_reverse(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in _HEAD[:7]:
        ws.append(row)
    ws.append([None, "时效指标", "接报后平均到达现场时间", "≥", 15, "分钟"])
    ws.append([None, None, "群众来电平均办理时间", "≥", 2, "小时"])
    ws.append([None, None, "服务大厅每日开放时间", "≥", 8, "小时"])  # more is better
    for row in _HEAD[10:]:
        ws.append(row)
    path = tmp_path / "times.xlsx"
    wb.save(path)
    result, _ = check_file(path, CheckOptions())
    rows = sorted(f.at.row for f in result.findings if f.code == "T108" and f.at)
    assert rows == [8, 9], result.findings
