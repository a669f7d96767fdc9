"""Rounds 149 and on (holdout446–): held-out returns in shapes of their own. Every workbook is
invented and built here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from goalbook.check import CheckOptions, check_file
from tests.returns import (
    TIER_HEAD,
    found_at,
    official_table,
    one_year_table,
    period_row,
    save_sheet,
)

_ROWS: list[list[Any]] = [
    ["产出指标", "数量指标", "开展跳水集训", "≥", 6, "期"],
    ["产出指标", "质量指标", "学员考核通过率", "≥", "90", "%"],
    ["效益指标", "社会效益指标", "青少年参训人数", "≥", 120, "人"],
    ["满意度指标", "服务对象满意度指标", "学员家长满意度", "≥", "90", "%"],
]


def _unit_read(path: Path, top: list[Any], extra: Sequence[list[Any]] = ()) -> str:
    """The unit goalbook reads from a one-year table with ``top`` under its title."""
    rows = one_year_table("青少年跳水集训", 40, "开展集训6期。", _ROWS, extra)
    save_sheet(path, [rows[0], top, *rows[1:]])
    return check_file(path, CheckOptions())[0].unit


def test_the_sender_over_an_export_is_the_tables_unit(tmp_path: Path) -> None:
    """单位：某县跳水运动学校（盖章） over a table with no 实施单位: the unit the summary shows;
    单位：万元 (a money unit) or 单位：人次 names none."""
    top = ["单位：沧屿县青少年跳水运动学校（盖章）", None, None, None, "金额单位：万元"]
    assert _unit_read(tmp_path / "s.xlsx", top) == "沧屿县青少年跳水运动学校"
    assert _unit_read(tmp_path / "m.xlsx", ["单位：万元"]) == ""
    assert _unit_read(tmp_path / "p.xlsx", ["单位：人次"]) == ""


def test_a_named_implementer_comes_before_the_sender(tmp_path: Path) -> None:
    """实施单位 │ 某中心 and 填报单位：某局 under the table: the 实施单位 is the unit."""
    below = [["填报单位：沧屿县教育体育局", None, "填报日期：2025年12月1日"]]
    top = ["实施单位", "沧屿县青少年体育训练中心"]
    assert _unit_read(tmp_path / "s.xlsx", top, below) == "沧屿县青少年体育训练中心"
    assert _unit_read(tmp_path / "n.xlsx", ["说明"], below) == "沧屿县教育体育局"


def test_a_state_with_no_name_is_a_value_without_its_name(tmp_path: Path) -> None:
    """可持续影响指标 │ (empty) │ 持续运营 in a four-column table: a value whose name is missing
    (F110 at the name cell), not a name moved left without its value (no S101, no T101); a
    measure typed in the value column (│ │ 驻场演出场次) is still read as the row's name."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "驻场演出场次", "≥150场"],
        ["效益指标", "可持续影响指标", None, "持续运营"],
        ["满意度指标", "服务对象满意度指标", "听众满意度", "≥90%"],
    ]
    table = one_year_table("书场驻场演出", 40, "全年演出150场。", rows, [], head=TIER_HEAD)
    found = found_at(save_sheet(tmp_path / "s.xlsx", table))
    assert [(f[0], f[2]) for f in found if f[0] in ("F110", "S101", "T101")] == [("F110", "C8")]
    rows[1][3] = "培训学员人数"
    found = found_at(save_sheet(tmp_path / "n.xlsx", table))
    assert not [f for f in found if f[0] == "F110"], found


def _two_years(hours: str) -> list[list[Any]]:
    head = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"]
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "录制长篇评书部数", "≥4部", "≥2部"],
        ["产出指标", "数量指标", hours, "≥600小时", "≥600小时"],
        ["满意度指标", "服务对象满意度指标", "听众满意度", "≥90%", "≥90%"],
    ]
    above = [
        period_row(dt.date(2027, 12, 31), dt.date(2026, 1, 1)),
        ["项目资金（万元）", "中期资金总额", 90, "年度资金总额", 45],
        ["总体目标", "中期目标", "两年录制评书4部。", "年度目标", "2026年录制评书2部。"],
    ]
    return official_table("评书录制出版", rows, above=above, head=head)


def test_hours_recorded_add_up_over_the_period(tmp_path: Path) -> None:
    """评书音频录制时长 ≥600小时 in both columns of a two-year project: hours of material done add
    up like a count (D202 at the year's cell); 书场每日开放时长 (a day's hours) does not."""
    found = found_at(save_sheet(tmp_path / "r.xlsx", _two_years("评书音频录制时长")))
    assert [f[2] for f in found if f[0] == "D202"] == ["E8"], found
    found = found_at(save_sheet(tmp_path / "o.xlsx", _two_years("书场每日开放时长")))
    assert not [f for f in found if f[0] == "D202"], found


def test_the_use_of_what_was_bought_is_an_effect(tmp_path: Path) -> None:
    """排练厅年使用场次 ≥120场 under 社会效益指标: the use of what the project built, an effect
    (no F201); 公益演出场次 there counts shows given, an output (F201 stays), and so does
    设备使用培训场次 (lessons on its use)."""
    for name, placed in (("排练厅年使用场次", False), ("公益演出场次", True),
                         ("设备使用培训场次", True)):  # fmt: skip
        rows: list[list[Any]] = [
            ["产出指标", "数量指标", "改造排练厅", "≥", 2, "间"],
            ["效益指标", "社会效益指标", name, "≥", 120, "场"],
            ["满意度指标", "服务对象满意度指标", "演员满意度", "≥", "90", "%"],
        ]
        table = one_year_table("排练厅改造", 60, "改造排练厅2间。", rows, [])
        found = found_at(save_sheet(tmp_path / f"{name}.xlsx", table))
        assert bool([f for f in found if f[0] == "F201"]) is placed, (name, found)


def _ecology(
    tmp_path: Path, name: str, op: str, value: float | str, unit: str, tier2: str = "社会效益指标"
) -> list[tuple[str, str, str]]:
    """What goalbook finds in a one-year protection table with ``name`` under ``tier2``."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "布设红外相机", "≥", 40, "台"],
        ["效益指标", tier2, name, op, value, unit],
        ["满意度指标", "服务对象满意度指标", "周边社区群众满意度", "≥", "90", "%"],
    ]
    table = one_year_table("保护区监测", 50, "布设红外相机40台。", rows, [])
    return found_at(save_sheet(tmp_path / f"{name}{op}{value}.xlsx", table))


def test_signs_of_wildlife_are_an_effect(tmp_path: Path) -> None:
    """廊道内大熊猫活动痕迹点位 ≥30个 under 生态效益指标: the animals' 活动 is no activity
    delivered (no F201); 护林巡护活动场次 there is one (F201 stays)."""
    found = _ecology(tmp_path, "廊道内大熊猫活动痕迹点位", "≥", 30, "个", "生态效益指标")
    assert not [f for f in found if f[0] == "F201"], found
    found = _ecology(tmp_path, "护林巡护活动场次", "≥", 30, "场", "生态效益指标")
    assert [f for f in found if f[0] == "F201"], found


def test_a_natural_stock_falling_is_better_small(tmp_path: Path) -> None:
    """卤虫卵资源量较上年下降幅度 ≤5%: the less a resource falls the better (no T108); ≥5% is
    the wrong way (T108); a harm cut (蚊蝇密度下降幅度 ≥5%) stays 正向."""
    name = "卤虫卵资源量较上年下降幅度"
    assert not [f for f in _ecology(tmp_path, name, "≤", 5, "%", "生态效益指标") if f[0] == "T108"]
    assert [f for f in _ecology(tmp_path, name, "≥", 5, "%", "生态效益指标") if f[0] == "T108"]
    found = _ecology(tmp_path, "蚊蝇密度下降幅度", "≥", 5, "%", "生态效益指标")
    assert not [f for f in found if f[0] == "T108"], found


def test_a_speed_is_no_share(tmp_path: Path) -> None:
    """地下水超采区水位下降速率 ≤0.5米/年: a speed, not a rate to give in % (no T105); a share
    given as a count (地下水监测井完好率 ≥12口) still is T105."""
    found = _ecology(tmp_path, "地下水超采区水位下降速率", "≤", 0.5, "米/年", "生态效益指标")
    assert not [f for f in found if f[0] == "T105"], found
    found = _ecology(tmp_path, "地下水监测井完好率", "≥", 12, "口", "生态效益指标")
    assert [f for f in found if f[0] == "T105"], found


def test_a_level_moved_by_steps_is_a_value(tmp_path: Path) -> None:
    """连片村寨火灾风险等级 │ 降低一级: a level moved by one step, a value (no T102, which says a
    text is a description); 详见实施方案 there still is one."""
    found = _ecology(tmp_path, "连片村寨火灾风险等级", "", "降低一级", "")
    assert not [f for f in found if f[0] == "T102"], found
    found = _ecology(tmp_path, "连片村寨火灾风险等级", "", "详见实施方案", "")
    assert [f for f in found if f[0] == "T102"], found


def test_spoilt_and_wormy_rates_are_better_small(tmp_path: Path) -> None:
    """酒醅酸败率 and 板栗虫果率 are 反向: ≥3% is the wrong way (T108), ≤3% is right."""
    for name in ("酒醅酸败率", "板栗虫果率"):
        assert [f for f in _ecology(tmp_path, name, "≥", 3, "%") if f[0] == "T108"], name
        assert not [f for f in _ecology(tmp_path, name, "≤", 3, "%") if f[0] == "T108"]


def test_a_prize_per_work_awarded_is_not_paid_for_every_work(tmp_path: Path) -> None:
    """单件获奖作品奖金 ≤5000元/件 beside 征集参赛作品 ≥150件 under 12万元: the prize is paid for
    the works awarded, a few of those entered (no B107); a subsidy for every work entered
    (单件参赛作品补助) is paid 150 times (B107)."""
    for standard, over in (("单件获奖作品奖金", False), ("单件参赛作品补助", True)):
        rows: list[list[Any]] = [
            ["产出指标", "数量指标", "征集参赛作品", "≥", 150, "件"],
            ["成本指标", "经济成本指标", standard, "≤", 5000, "元/件"],
            ["效益指标", "社会效益指标", "转化文创产品", "≥", 10, "款"],
            ["满意度指标", "服务对象满意度指标", "参赛者满意度", "≥", "85", "%"],
        ]
        table = one_year_table("文创设计大赛", 12, "征集作品150件。", rows, [])
        found = found_at(save_sheet(tmp_path / f"{standard}.xlsx", table))
        assert bool([f for f in found if f[0] == "B107"]) is over, (standard, found)


def test_wares_sent_back_are_better_few(tmp_path: Path) -> None:
    """端砚产品退换率 is 反向: ≥2% is the wrong way (T108)."""
    found = _ecology(tmp_path, "端砚产品退换率", "≥", 2, "%")
    assert [f for f in found if f[0] == "T108"], found


def test_a_count_of_two_things_together_is_neither_ones(tmp_path: Path) -> None:
    """开设面塑、糖画课后服务班16个 over 面塑课后服务班数 ≥10个 and 糖画课后服务班数 ≥6个: the text
    counts both together (no D104 on either); 开设面塑课后服务班16个 contradicts the first."""
    for goal, expected in (("开设面塑、糖画课后服务班16个。", []),
                           ("开设面塑课后服务班16个。", ["E7"])):  # fmt: skip
        rows: list[list[Any]] = [
            ["产出指标", "数量指标", "面塑课后服务班数", "≥", 10, "个"],
            ["产出指标", "数量指标", "糖画课后服务班数", "≥", 6, "个"],
            ["效益指标", "社会效益指标", "参与学生人次", "≥", 800, "人次"],
            ["满意度指标", "服务对象满意度指标", "学生满意度", "≥", "90", "%"],
        ]
        table = one_year_table("课后服务", 20, goal, rows, [])
        found = found_at(save_sheet(tmp_path / f"{len(expected)}.xlsx", table))
        assert [f[2] for f in found if f[0] == "D104"] == expected, (goal, found)


def test_a_deadline_each_quarter_is_a_time(tmp_path: Path) -> None:
    """带徒补助发放时间 │ 每季度末15日前: a deadline each quarter, a time (no T102)."""
    found = _ecology(tmp_path, "带徒补助发放时间", "", "每季度末15日前", "")
    assert not [f for f in found if f[0] == "T102"], found


def test_material_wasted_is_better_little(tmp_path: Path) -> None:
    """面塑材料浪费率 is 反向: ≥5% is the wrong way (T108)."""
    assert [f for f in _ecology(tmp_path, "面塑材料浪费率", "≥", 5, "%") if f[0] == "T108"]
