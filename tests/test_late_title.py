"""The form's title under a long block of instructions on the same sheet (row 25 after twenty
numbered lines of 填表说明) still gives the table its year: no Y105. And a figure with decimals
in a goal text (控制在0.2人以下) is compared as written with its indicator (≤0.2人): no D104."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table


def _book(path: Path, goal: str = "全年完成检验检测任务。") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["填表说明"])
    for n in range(1, 21):
        ws.append([f"{n}.请按要求如实填写第{n}项内容，不得空项。"])
    ws.append([])
    ws.append(["2027年度项目支出绩效目标申报表"])
    ws.append(["项目名称", "特种设备安全监察", "主管部门", "岚溪县市场监督管理局"])
    ws.append(["年度资金总额（万元）", 120])
    ws.append(["年度绩效目标", goal])
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    ws.append(["产出指标", "数量指标", "在用电梯定期检验台数", "≥3200台"])
    ws.append(["效益指标", "社会效益指标", "万台特种设备死亡人数", "≤0.2人"])
    ws.append(["满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%"])
    wb.save(path)
    return path


def test_a_title_under_a_long_instructions_block_gives_the_year(tmp_path: Path) -> None:
    path = _book(tmp_path / "late.xlsx")
    table = read_table(path)
    assert table.title is not None and table.title.text.startswith("2027年度")
    result, _ = check_file(path, CheckOptions())
    assert "Y105" not in {f.code for f in result.findings}


def test_a_figure_with_decimals_in_the_goal_is_read_whole(tmp_path: Path) -> None:
    lead = "全年完成在用电梯定期检验3200台以上，"
    for goal, d104 in ((lead + "万台特种设备死亡人数控制在0.2人以下。", False),
                       (lead + "万台特种设备死亡人数控制在0.3人以下。", True)):  # fmt: skip
        result, _ = check_file(_book(tmp_path / "goal.xlsx", goal), CheckOptions())
        assert ("D104" in {f.code for f in result.findings}) is d104, (goal, result.findings)


def test_a_one_year_projects_dates_outside_its_year_leave_the_year_to_judge(
    tmp_path: Path,
) -> None:
    """项目期 1年 with a start date two years back (Y102 says so): a target date of that old
    year is judged by the budget year, not inside the stray dates' span."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in (
        ["2027年度项目支出绩效目标表"],
        ["项目名称", "老旧小区雨污分流改造", "项目期", "1年"],
        ["计划开始日期", "2025年3月1日", "计划完成日期", "2027年12月31日"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "改造小区数量", "≥12个"],
        [None, "时效指标", "改造完成时间", "2025年12月31日前"],
        ["效益指标", "社会效益指标", "小区内涝点消除", "有效改善"],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
    ):
        ws.append(row)
    path = tmp_path / "stray.xlsx"
    wb.save(path)
    result, _ = check_file(path, CheckOptions())
    y102 = {f.at.a1 for f in result.findings if f.code == "Y102" and f.at}
    assert {"B3", "D6"} <= y102, result.findings
