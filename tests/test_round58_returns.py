"""Habits of round 58's returns (invented), tables typed by hand in WPS: tier-1 and tier-2 in
one column joined by a long dash (产出指标——数量指标), counts in Chinese numerals (三届), names
numbered ((1) 维护路灯), a note on its own line under a bare number whose unit column says %,
and a year's volume (年访问量) the same in both columns of a multi-year table."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from goalbook.reader import read_table
from tests.returns import found_at, save_sheet


def _joined(dash: str, count: str) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "校园足球推广", None, "主管部门", "临川市教育局"],
        [
            "项目期",
            "1年",
            "计划开始日期",
            dt.date(2026, 1, 1),
            "计划完成日期",
            dt.date(2026, 12, 31),
        ],
        ["项目资金（万元）", "年度资金总额", 120, "其中：财政拨款", 120],
        ["序号", f"一级指标{dash}二级指标", "三级指标", "指标值（单位）", "备注"],
        [1, f"产出指标{dash}数量指标", "新建校园足球特色学校", "不少于十所"],
        [2, None, "举办市级校园足球联赛", count],
        [3, f"产出指标{dash}质量指标", "教练员培训考核合格率", "≥９０％"],
        [4, f"成本指标{dash}经济成本指标", "特色学校建设补助标准", "≤１０万元/所"],
        [5, f"效益指标{dash}社会效益指标", "参与校园足球活动学生", "≥１万人次"],
        [6, f"满意度指标{dash}服务对象满意度指标", "学生满意度", "≥９０％"],
    ]


@pytest.mark.parametrize("dash", ["—", "——", "－－"])
def test_tiers_joined_by_a_long_dash_are_read_as_two(tmp_path: Path, dash: str) -> None:
    found = found_at(save_sheet(tmp_path / "j.xlsx", _joined(dash, "一届")))
    assert not [f for f in found if f[1] != "info"], found
    table = read_table(tmp_path / "j.xlsx")
    first = table.indicators[0]
    assert (first.tier1.text if first.tier1 else "", first.tier2.text if first.tier2 else "") == (
        "产出指标",
        "数量指标",
    )


def test_a_count_in_chinese_numerals_is_a_count(tmp_path: Path) -> None:
    table = read_table(save_sheet(tmp_path / "c.xlsx", _joined("—", "三届")))
    target = table.indicators[1].annual_target
    assert target is not None and (target.number, target.unit) == (3, "届")


def _lights(name: str, value: Any) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "城区路灯维护", None, "主管部门", "枫林区城市管理局"],
        [
            "项目期",
            "1年",
            "计划开始日期",
            dt.date(2026, 1, 1),
            "计划完成日期",
            dt.date(2026, 12, 31),
        ],
        ["项目资金（万元）", "年度资金总额", 320, "其中：财政拨款", 320],
        ["序号", "一级指标", "二级指标", "三级指标", "符号", "指标值", "计量单位"],
        [1, "产出指标", "数量指标", "(1) 维护路灯", "≥", 12500, "盏"],
        [2, None, None, name, "≥", 1000, "盏"],
        [3, None, "质量指标", "(3) 主次干道亮灯率", "≥", value, "%"],
        [4, "成本指标", "经济成本指标", "(4) 路灯维护总成本", "≤", 320, "万元"],
        [5, "效益指标", "社会效益指标", "(5) 夜间出行安全感", "≥", 90, "%"],
        [6, "满意度指标", "服务对象满意度指标", "(6) 市民满意度", "≥", 90, "%"],
    ]


def test_a_numbered_name_is_read_without_its_number(tmp_path: Path) -> None:
    table = read_table(save_sheet(tmp_path / "n.xlsx", _lights("(2) 更换老旧路灯", 98)))
    assert [i.label for i in table.indicators[:3]] == ["维护路灯", "更换老旧路灯", "主次干道亮灯率"]


def test_a_number_in_a_numbered_name_is_held_against_the_value(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "n.xlsx", _lights("(2) 更换老旧路灯800盏", 98)))
    assert ("T110", "warning", "F7") in found, found


def test_a_note_on_its_own_line_under_a_bare_rate_leaves_the_unit_columns(tmp_path: Path) -> None:
    found = found_at(
        save_sheet(tmp_path / "p.xlsx", _lights("(2) 更换老旧路灯", "98\n（城管考核口径）"))
    )
    assert not [f for f in found if f[1] != "info"], found


def _visits(name: str) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "数字图书馆建设", None, "主管部门", "临川市文化广电旅游局"],
        [
            "项目期",
            "2年",
            "计划开始日期",
            dt.date(2026, 1, 1),
            "计划完成日期",
            dt.date(2027, 12, 31),
        ],
        ["项目资金（万元）", "中期资金总额", 600, "年度资金总额", 300],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        ["产出指标", "数量指标", "新增数字资源", "≥40TB", "≥20TB"],
        [None, "质量指标", "平台验收合格率", "100%", "100%"],
        ["效益指标", "社会效益指标", name, "≥100万人次", "≥100万人次"],
        ["满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", "≥90%"],
    ]


def test_a_years_volume_may_be_the_same_in_both_columns(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "v.xlsx", _visits("数字资源年访问量")))
    assert not [f for f in found if f[0] == "D202"], found
    found = found_at(save_sheet(tmp_path / "w.xlsx", _visits("累计服务读者人次")))
    assert ("D202", "warning", "E8") in found, found  # a count that adds up still is


def _living(name: str, standard: float) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "特困人员集中供养", None, "主管部门", "望江县民政局"],
        [
            "项目期",
            "1年",
            "计划开始日期",
            dt.date(2026, 1, 1),
            "计划完成日期",
            dt.date(2026, 12, 31),
        ],
        ["项目资金（万元）", "年度资金总额", 500, "其中：财政拨款", 500],
        ["一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"],
        ["产出指标", "数量指标", "集中供养特困人员人数", "≥", 380, "人"],
        [None, "质量指标", "供养机构消防安全达标率", "=", 1.0, "%"],
        ["成本指标", "经济成本指标", name, "≤", standard, "元/人·年"],
        ["效益指标", "社会效益指标", "供养机构安全责任事故", "=", 0, "起"],
        ["满意度指标", "服务对象满意度指标", "供养对象满意度", "≥", 0.9, "%"],
    ]


def test_a_living_standard_paid_per_person_is_held_against_the_money(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "l.xlsx", _living("集中供养基本生活标准", 14400)))
    assert ("B107", "warning", "E8") in found, found
    found = found_at(save_sheet(tmp_path / "m.xlsx", _living("集中供养基本生活标准", 13000)))
    assert not [f for f in found if f[0] == "B107"], found  # 13000 × 380 fits 500万元


def test_an_average_cost_capped_is_no_standard_paid_out(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "a.xlsx", _living("人均运行成本", 14400)))
    assert not [f for f in found if f[0] == "B107"], found


@pytest.mark.parametrize(("tier2", "flagged"), [("成本指标", True), ("社会成本指标", False)])
def test_a_count_under_the_older_cost_tier2_is_an_output(
    tmp_path: Path, tier2: str, flagged: bool
) -> None:
    rows = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "寄宿生生活补助", None, "主管部门", "望江县教育局"],
        [
            "项目期",
            "1年",
            "计划开始日期",
            dt.date(2026, 1, 1),
            "计划完成日期",
            dt.date(2026, 12, 31),
        ],
        ["项目资金（万元）", "年度资金总额", 130, "其中：财政拨款", 130],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "资助寄宿生人数", "≥420人"],
        [None, "质量指标", "资助对象识别准确率", "=100%"],
        [None, "成本指标", "寄宿生生活补助标准", "≤3000元/人·年"],
        [None, tier2, "学生资助业务培训场次", "≥6场"],
        ["效益指标", "社会效益指标", "寄宿生资助覆盖率", "=100%"],
        ["满意度指标", "服务对象满意度指标", "受助学生满意度", "≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "c.xlsx", rows))
    assert (("F201", "warning", "C9") in found) is flagged, found


@pytest.mark.parametrize(
    ("value", "unit"),
    [
        ("≤5.8万元（全年）", "万元"),
        ("≥48处（全县集中供水工程）", "处"),
        ("≥600户（按5%比例抽样）", "户"),
    ],
)
def test_a_note_after_the_unit_is_no_part_of_it(value: str, unit: str) -> None:
    from goalbook.targets import parse_target

    assert parse_target(value).unit == unit


@pytest.mark.parametrize("merged", [True, False])
def test_the_forms_closing_line_is_no_indicator(tmp_path: Path, merged: bool) -> None:
    rows = _lights("(2) 更换老旧路灯", 98)
    rows.append(["本表一式三份。"])
    path = save_sheet(tmp_path / "e.xlsx", rows, ("A12:G12",) if merged else ())
    assert not [f for f in found_at(path) if f[1] != "info"], found_at(path)
