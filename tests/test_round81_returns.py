"""Round 81's held-out returns (holdout248–250) and what the rounds before left open: a note
under the table that gives the values another year's (注：本表指标值均为2025年度目标值), and a
zero pasted twice. Every workbook is invented and built here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tests.returns import found_at, save_sheet

_TIERS = ["一级指标", "二级指标", "三级指标", "指标值"]
_YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
_PERIOD = ["项目期", "1年", "计划开始日期", _YEAR[0], "计划完成日期", _YEAR[1]]


def _one_year(note: str) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "社区图书室运行保障项目"],
        _PERIOD,
        ["项目资金（万元）", "年度资金总额", 60, "其中：财政拨款", 60],
        ["年度绩效目标", "2026年保障12个社区图书室正常开放，全年借阅图书3万册次以上。"],
        _TIERS,
        ["产出指标", "数量指标", "保障社区图书室", "≥12个"],
        [None, "质量指标", "图书完好率", "≥95%"],
        [None, "时效指标", "开放完成时间", "2026年12月底前"],
        ["成本指标", "经济成本指标", "单个图书室年度运行成本", "≤5万元/个"],
        ["效益指标", "社会效益指标", "年借阅图书", "≥3万册次"],
        ["满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"],
        [note],
    ]


@pytest.mark.parametrize(
    ("note", "flagged"),
    [
        ("注：本表指标值均为2025年度目标值。", True),  # last season's note left under the table
        ("说明：年度值为2025年末目标。", True),
        ("注：本表指标值均为2026年度目标值。", False),  # the budget year
        ("注：补贴标准按县政府2024年第12号常务会议确定的标准执行。", False),  # no values' year
        ("注：管护面积含2024年度新建项目。", False),
    ],
)
def test_a_note_giving_the_values_another_year(tmp_path: Path, note: str, flagged: bool) -> None:
    found = found_at(save_sheet(tmp_path / "n.xlsx", _one_year(note)))
    at_note = {(code, severity) for code, severity, at in found if at == "A13"}
    assert at_note == ({("Y103", "warning")} if flagged else set()), found
    assert not [f for f in found if f[1] == "error"], found


def _department(task_amount: Any, task_goal: str, value: str) -> list[list[Any]]:
    return [
        ["2026年度部门整体支出绩效目标申报表"],
        ["部门（单位）名称", "山溪县教育局"],
        ["年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出"],
        [None, 5000, 4500, 500, 3000, 2000],
        ["年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标"],
        [None, "学生资助", "家庭经济困难学生资助", task_amount, "应助尽助"],
        [None, "校舍维修", "农村中小学校舍维修", 800, task_goal],
        [None, "金额合计", None, 2000],
        ["年度总体目标", "落实学生资助政策，完成校舍维修任务。"],
        _TIERS,
        ["产出指标", "数量指标", "资助学生人数", value],
        [None, "质量指标", "资助对象认定准确率", "≥98%"],
        [None, "时效指标", "资助资金发放时限", "≤30个工作日"],
        ["成本指标", "经济成本指标", "校舍维修单位面积成本", "≤1500元/平方米"],
        ["效益指标", "社会效益指标", "因贫失学学生人数", "≤0人"],
        ["满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"],
    ]


@pytest.mark.parametrize(
    ("amount", "goal", "value", "expected"),
    [
        ("1,200.00", "年内完工", "≥6200人", {("X103", "D6")}),  # a task amount typed as text
        (1200, "2025年10月底前完工", "≥6200人", {("Y103", "E7")}),  # last season's deadline
        (1200, "2026年10月底前完工", "≥6200人", set()),
        (1200, "年内完工", "≥620 0人", {("X105", "D11")}),  # a target's digits split
        (1200, "年内完工", "≥6200人", set()),
    ],
)
def test_a_department_tables_tasks_and_targets(
    tmp_path: Path, amount: Any, goal: str, value: str, expected: set[tuple[str, str]]
) -> None:
    """What the task list and the targets hold: an amount typed as text with a separator (X103),
    a task's deadline in the year before (Y103), digits split in a target (X105)."""
    found = found_at(save_sheet(tmp_path / "d.xlsx", _department(amount, goal, value)))
    assert {(code, at) for code, _s, at in found} == expected, found


def test_a_target_grouped_by_thousands_is_no_split_number() -> None:
    from goalbook.rules.artefacts import _SPLIT

    assert _SPLIT.search("≥2 8600人") and _SPLIT.search("1205.337 6")
    assert not _SPLIT.search("≥12 000人") and not _SPLIT.search("2026年 6月")


def _project(lines: list[list[Any]], rows: list[list[Any]], money: float) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "基层公共卫生服务项目"],
        _PERIOD,
        ["项目资金（万元）", "年度资金总额", money, "其中：财政拨款", money],
        ["年度绩效目标", "2026年完成基层公共卫生服务任务。"],
        *lines,
        _TIERS,
        *rows,
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
    ]


_ROWS: list[list[Any]] = [
    ["产出指标", "数量指标", "医用冷藏柜配置数", "≥12台"],
    [None, "质量指标", "冷链温度监测达标率", "≥98%"],
    ["成本指标", "经济成本指标", "冷藏柜单台购置成本", "≤3万元/台"],
    ["效益指标", "社会效益指标", "疫苗储存温度异常发生率", "≤1%"],
]


def test_a_line_with_its_decimal_point_lost_is_said_once(tmp_path: Path) -> None:
    """A line 100× its share of the 合计 (1250 for 12.5) is B110; its own 测算依据 says the same
    slip, so there is no B101 at that cell as well."""
    lines: list[list[Any]] = [
        ["资金明细", "支出内容", "金额（万元）", "测算依据"],
        [None, "医用冷藏柜购置", 36, "12台×3万元/台=36万元"],
        [None, "温度监测系统运维", 1250, "50个单位×2500元/个=12.5万元"],
        [None, "冷链人员培训", 6.5, "130人次×500元/人次=6.5万元"],
        [None, "合计", 55],
    ]
    found = found_at(save_sheet(tmp_path / "p.xlsx", _project(lines, _ROWS, 55)))
    assert [(code, s) for code, s, at in found if at == "C8"] == [("B110", "error")], found


@pytest.mark.parametrize(
    ("count", "standard", "flagged"),
    [
        ("≥68万人", "签约服务费财政补助标准", True),
        ("≥50万人", "签约服务费财政补助标准", False),
        ("≥68万人", "签约服务费年度封顶线", False),  # the most one person gets: no standard
    ],
)
def test_a_standard_times_a_count_in_ten_thousands(
    tmp_path: Path, count: str, standard: str, flagged: bool
) -> None:
    """25元/人 × 68万人 = 1700万 is more than a budget of 1385万 (B107); × 50万人 is not."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "家庭医生签约人数", count],
        [None, "质量指标", "重点人群签约服务覆盖率", "≥75%"],
        ["成本指标", "经济成本指标", standard, "≤25元/人"],
        ["效益指标", "社会效益指标", "签约居民基层就诊率", "≥60%"],
    ]
    found = found_at(save_sheet(tmp_path / "s.xlsx", _project([], rows, 1385.34)))
    assert {code for code, _s, at in found if at == "D9"} == ({"B107"} if flagged else set())


def test_a_failure_rate_is_reverse(tmp_path: Path) -> None:
    rows: list[list[Any]] = [*_ROWS[:3], ["效益指标", "社会效益指标", "患者治疗失败率", "≥5%"]]
    found = found_at(save_sheet(tmp_path / "f.xlsx", _project([], rows, 55)))
    assert ("T108", "warning", "D10") in found, found
