"""Round 84's held-out returns (holdout257–259), in shapes of their own: a department's money
for three years in columns headed 2024年决算数 │ 2025年预算数 │ 2026年预算数, last year's
预算数 and 执行数 over one row, tasks whose 小计 heads its group, a total named 项目支出合计,
baseline and audited years in goal texts, and tier points that add up when a tier's scores do
not. Every workbook is invented and built here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tests.returns import found_at, save_sheet

_TIERS = ["一级指标", "二级指标", "三级指标", "指标值"]
_ROWS: list[list[Any]] = [
    ["产出指标", "数量指标", "道路清扫保洁面积", "≥420万平方米"],
    [None, "质量指标", "道路保洁质量达标率", "≥95%"],
    ["成本指标", "经济成本指标", "道路保洁单价", "≤2.4元/平方米·年"],
    ["效益指标", "社会效益指标", "市容环境投诉件数", "≤120件"],
    ["满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"],
]


def _department(money: list[list[Any]], tasks: list[list[Any]]) -> list[list[Any]]:
    return [
        ["2026年度部门整体支出绩效目标表"],
        ["部门（单位）名称", "蓼川县城市管理局"],
        *money,
        ["年度主要任务", "序号", "任务名称", "预算金额（万元）", "期望达到的目标"],
        *tasks,
        ["年度总体目标", "城区道路保洁和垃圾收运全覆盖。"],
        _TIERS,
        *_ROWS,
    ]


_THREE_YEARS: list[list[Any]] = [
    ["近三年收支情况（万元）", "项目", "2024年决算数", "2025年预算数", "2026年预算数"],
    [None, "资金总额", 2080, 2260, 2390],
    [None, "其中：财政拨款", 1980, 2150, 2280],
    [None, "其他资金", 100, 110, 110],
    [None, "基本支出", 720, 760, 790],
    [None, "项目支出", 1360, 1500, 1600],
]


@pytest.mark.parametrize(("spent", "flagged"), [(2300, True), (2208, False)])
def test_a_departments_money_by_year(tmp_path: Path, spent: int, flagged: bool) -> None:
    """The budget year's column (2026年预算数) is the department's money: tasks adding up to
    its 项目支出 1600 are right (not held against 2024's 1360); last year's 执行数 above its
    预算数 is B104."""
    money = [
        *_THREE_YEARS,
        ["上年预算执行情况（万元）", "2025年预算数", "2025年执行数"],
        [None, 2260, spent],
    ]
    tasks = [
        [None, 1, "垃圾分类收运", 990],
        [None, 2, "道路清扫保洁", 610],
        [None, None, "合计", 1600],
    ]
    found = found_at(save_sheet(tmp_path / "y.xlsx", _department(money, tasks)))
    assert {code for code, _s, _at in found if code.startswith("B")} == (
        {"B104"} if flagged else set()
    ), found


_MONEY: list[list[Any]] = [
    ["年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出"],
    [None, 3260, 3100, 160, 1180, 2080],
]


@pytest.mark.parametrize(("parking", "expected"), [(290, {("B102", "D9")}), (320, set())])
def test_subtotals_heading_their_groups(
    tmp_path: Path, parking: int, expected: set[tuple[str, str]]
) -> None:
    """一 │ 基本支出小计 │ 1180 over its lines, 二 │ 项目支出小计 │ 2080 over its: each 小计 is
    its group's below it (1200 + 560 + 290 is not 2080: B102 there), and the 合计 is theirs."""
    tasks = [
        [None, "一", "基本支出小计", 1180],
        [None, 1, "人员经费", 960],
        [None, 2, "公用经费", 220],
        [None, "二", "项目支出小计", 2080],
        [None, 1, "环卫保洁作业", 1200],
        [None, 2, "园林绿化养护", 560],
        [None, 3, "公共停车场运营", parking],
        [None, None, "合计", 3260],
    ]
    found = found_at(save_sheet(tmp_path / "s.xlsx", _department(_MONEY, tasks)))
    assert {(code, at) for code, _s, at in found if code.startswith("B")} == expected, found


def test_a_total_named_after_its_money(tmp_path: Path) -> None:
    """项目支出合计 closes the task list: it is no task (the lines were read twice over)."""
    tasks = [
        [None, 1, "环卫保洁作业", 1200],
        [None, 2, "园林绿化养护", 880],
        [None, None, "项目支出合计", 2080],
    ]
    found = found_at(save_sheet(tmp_path / "t.xlsx", _department(_MONEY, tasks)))
    assert not [f for f in found if f[0].startswith("B")], found


@pytest.mark.parametrize(
    "goal",
    [
        "在2025年180个小区基础上新增30个，垃圾分类覆盖小区达到210个。",
        "对2025年度县本级预算执行、决算草案开展审计，2026年6月底前提交审计报告。",
    ],
)
def test_a_baseline_or_an_audited_year_in_the_goal(tmp_path: Path, goal: str) -> None:
    rows = _department(_MONEY, [[None, 1, "环卫保洁作业", 2080], [None, None, "合计", 2080]])
    rows[6] = ["年度总体目标", goal]
    found = found_at(save_sheet(tmp_path / "g.xlsx", rows))
    assert not [f for f in found if f[0] == "Y103"], found


def test_tier_points_that_add_up_when_a_tiers_scores_do_not(tmp_path: Path) -> None:
    """产出 50 + 成本 10 + 效益 30 + 满意度 10 = 100, but 效益's scores add to 25: W103 there,
    and no W101 on the scores' 95 as well (the same slip)."""
    rows: list[list[Any]] = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "消费帮扶专馆运营项目"],
        [*_TIERS, "分值"],
        ["一、产出指标（50分）", "数量指标", "入驻帮扶产品企业", "≥50家", 30],
        [None, "质量指标", "上架产品抽检合格率", "≥98%", 20],
        ["二、成本指标（10分）", "经济成本指标", "专馆年度运营成本", "≤85万元", 10],
        ["三、效益指标（30分）", "经济效益指标", "帮扶产品销售额", "≥1500万元", 15],
        [None, "社会效益指标", "带动脱贫户增收户数", "≥400户", 10],
        ["四、满意度指标（10分）", "服务对象满意度指标", "采购单位满意度", "≥90%", 10],
    ]
    found = found_at(save_sheet(tmp_path / "w.xlsx", rows))
    assert {(code, at) for code, _s, at in found if code.startswith("W")} == {("W103", "A7")}


def test_a_period_labelled_over_its_goal_past_a_mistyped_end(tmp_path: Path) -> None:
    """中期目标（2026年—2028年） over a goal that says 2028 in a 3年 project whose end date was
    typed as 2027-12-31: the end date is the slip (Y101), 2028 in the goal is no other year."""
    rows: list[list[Any]] = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "县域经济运行监测平台建设项目"],
        [
            "项目期",
            "3年",
            "计划开始日期",
            dt.date(2026, 1, 1),
            "计划完成日期",
            dt.date(2027, 12, 31),
        ],
        ["项目资金（万元）", "中期资金总额", 300, "年度资金总额", 120],
        ["总体目标", "中期目标（2026年—2028年）", None, "年度目标"],
        [
            None,
            "2026年—2028年建成监测平台，累计发布分析报告36期。",
            None,
            "2026年发布分析报告12期。",
        ],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        ["产出指标", "数量指标", "发布监测分析报告", "≥36期", "≥12期"],
        [None, "质量指标", "报告按时发布率", "≥95%", "≥95%"],
        ["成本指标", "经济成本指标", "单期报告编制成本", "≤2万元/期", "≤2万元/期"],
        ["效益指标", "社会效益指标", "报告被采纳运用次数", "≥20次", "≥6次"],
        ["满意度指标", "服务对象满意度指标", "使用部门满意度", "≥90%", "≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "p.xlsx", rows))
    assert not [f for f in found if f[0] == "Y103"], found
