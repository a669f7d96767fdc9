"""Last year named as what is reported on in the budget year (公开2025年度部门决算, 2025年度绩效
自评) is no year out of place in a 2026 goal (Y103); an older year, or last year's work itself,
still is."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from goalbook.check import CheckOptions, check_file


def _book(path: Path, goal: str) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in (
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "预算绩效管理工作经费", "主管部门", "岚山县财政局"],
        ["年度资金总额（万元）", 30],
        ["年度绩效目标", goal],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "开展重点绩效评价项目数", "≥12个"],
        [None, "质量指标", "评价报告按时提交率", "100%"],
        ["效益指标", "社会效益指标", "预算绩效管理水平", "有效提升"],
        ["满意度指标", "服务对象满意度指标", "预算单位满意度", "≥90%"],
    ):
        ws.append(row)
    wb.save(path)
    return path


def _y103(path: Path, codes: tuple[str, ...] = ("Y103",)) -> list[str]:
    result, _ = check_file(path, CheckOptions())
    return [f.at.a1 if f.at else "" for f in result.findings if f.code in codes]


@pytest.mark.parametrize(
    "goal",
    ["按时公开2025年度部门决算和绩效自评结果。", "完成2025年度绩效自评和项目支出绩效评价。"],
)
def test_last_year_reported_on_is_no_year_out_of_place(tmp_path: Path, goal: str) -> None:
    assert _y103(_book(tmp_path / "ok.xlsx", goal)) == []


def test_an_older_report_is_still_y103(tmp_path: Path) -> None:
    assert _y103(_book(tmp_path / "old.xlsx", "按时公开2023年度部门决算。")) == ["B4"]


def test_last_years_work_opening_the_goal_is_said_once(tmp_path: Path) -> None:
    """A goal opening with last year (2025年完成…) is the goal of another year: Y101 says so,
    and no Y103 beside it at the same cell."""
    path = _book(tmp_path / "old.xlsx", "2025年完成12个项目的重点绩效评价。")
    assert _y103(path, ("Y101", "Y103")) == ["B4"]
