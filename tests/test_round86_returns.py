"""Rounds 86 and 87's held-out returns (holdout263–268), in shapes of their own: a count typed
into a cell formatted as percent beside a unit column of 个, a count in a name apart from its
value, a flat list's row without a value, an area named in 平方公里 and given in 亩, a standard
per 标箱 among two counts of 标箱, and projects listed under 项目支出 in a department's money by
kind. Every workbook is invented and built here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl

from tests.returns import SPLIT_HEAD, found_at, official_table, period_row, save_sheet


def _table(rows: list[list[Any]]) -> list[list[Any]]:
    above = [
        period_row(),
        ["项目资金（万元）", "年度资金总额", 120],
        ["年度绩效目标", "2026年新建水位监测点位，提升河湖监测能力。"],
    ]
    satisfied = ["满意度指标", "服务对象满意度指标", "河长办满意度", "≥", 90, "%"]
    return official_table(
        "河湖水位监测能力提升", rows, above=above, head=SPLIT_HEAD, below=[satisfied]
    )


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


# Round 87 (holdout266–268)


def test_a_flat_lists_missing_value_is_found_at_its_value_cell(tmp_path: Path) -> None:
    """A flat list whose one row has no value: T101 at that row's empty value cell."""
    rows: list[list[Any]] = [
        ["2026年度部门整体支出绩效目标申报表"],
        ["部门（单位）名称", "某市测绘地理信息中心"],
        ["序号", "指标名称", "权重", "计量单位", "指标性质", "指标值"],
        [1, "界桩维护数量", 50, "个", "正向", "≥86"],
        [2, "测绘资质单位监督检查", 20, "家", "正向"],
        [3, "用图单位满意度", 30, "%", "正向", "≥90"],
    ]
    found = found_at(save_sheet(tmp_path / "f.xlsx", rows))
    assert ("T101", "error", "F5") in found, found


def test_an_area_named_in_square_kilometres_given_in_mu(tmp_path: Path) -> None:
    rows = _table([["产出指标", "数量指标", "地形图更新面积（平方公里）", "≥", "22.5万亩", None]])
    found = found_at(save_sheet(tmp_path / "a.xlsx", rows))
    assert ("T119", "warning", "E7") in found, found


def test_a_standard_per_container_times_the_containers_aided(tmp_path: Path) -> None:
    """30元/标箱 for 单标箱运输补助标准 × the 补助内贸集装箱量 of 120000标箱 (360万元) is above a
    budget of 120万元; the other count of 标箱 (公路转水路运输量) is no count it pays."""
    rows = _table(
        [
            ["产出指标", "数量指标", "补助内贸集装箱量", "≥", 120000, "标箱"],
            ["成本指标", "经济成本指标", "单标箱运输补助标准", "≤", 30, "元/标箱"],
            ["效益指标", "社会效益指标", "公路运输转水路运输量", "≥", 30000, "标箱"],
        ]
    )
    found = found_at(save_sheet(tmp_path / "s.xlsx", rows))
    assert ("B107", "warning", "E8") in found, found
    rows[6][4] = 30000  # 30 × 30000 = 90万元, within the budget
    assert not [f for f in found_at(save_sheet(tmp_path / "t.xlsx", rows)) if f[0] == "B107"]


def _department(projects: list[list[Any]]) -> list[list[Any]]:
    return [
        ["2026年度部门整体支出绩效目标申报表"],
        ["部门（单位）名称", "某监狱"],
        ["科目", "合计", "财政拨款", "其他资金", "测算依据"],
        ["资金总额", 2300, 2180, 120, "基本支出与项目支出之和"],
        ["基本支出", 1200, 1200, 0, "人员经费、公用经费"],
        ["项目支出", 1100, 980, 120, "明细如下"],
        *projects,
        ["年度总体目标", "监管安全持续稳定。"],
        ["一级指标", "二级指标", "三级指标", "预期实现值"],
        ["产出指标", "数量指标", "罪犯劳动技能培训人数", "≥800人"],
        ["满意度指标", "服务对象满意度指标", "罪犯家属满意度", "≥90%"],
    ]


def test_projects_listed_under_project_spending_add_up_to_it(tmp_path: Path) -> None:
    """资金总额 │ 基本支出 │ 项目支出 with the projects under 项目支出: they are its lines (B102
    at 项目支出 where they add up to more); where they add up, nothing."""
    projects: list[list[Any]] = [
        ["狱政设施维护", 500, 500, 0, "围墙、监舍维修"],
        ["罪犯劳动改造", 400, 280, 120, "车间设备更新"],
        ["罪犯医疗", 200, 200, 0, "大病救治"],
    ]
    found = found_at(save_sheet(tmp_path / "ok.xlsx", _department(projects)))
    assert not [f for f in found if f[0].startswith("B")], found
    projects[0][1:3] = [520, 520]
    found = found_at(save_sheet(tmp_path / "off.xlsx", _department(projects)))
    assert {(c, s, at) for c, s, at in found if c.startswith("B")} == {
        ("B102", "error", "B6"),
        ("B102", "error", "C6"),
    }, found


# Round 88 (holdout269–271)


def test_a_name_head_merged_over_the_tier_heads_under_it(tmp_path: Path) -> None:
    """考核指标 merged across three columns over 一级指标 │ 二级指标 │ 三级指标, 绩效目标值 merged
    down over both lines: the tiers are read from the lower line, not 产出 as a name."""
    rows: list[list[Any]] = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "消防救援站营房维修"],
        ["考核指标", None, None, "绩效目标值"],
        ["一级指标", "二级指标", "三级指标"],
        ["产出", "数量", "营房维修面积", "≥2800平方米"],
        [None, None, "改造消防救援站数量", "≥2个"],
        [None, "质量", "工程验收合格率", "100%"],
        ["成本", "经济成本", "单位面积改造成本", "≤1050元/平方米"],
        ["效益", "社会效益", "指战员训练生活条件", "明显改善"],
        ["满意度", "服务对象满意度", "指战员满意度", "≥90%"],
    ]
    merges = ("A3:C3", "D3:D4", "A5:A7", "B5:B6")
    found = found_at(save_sheet(tmp_path / "h.xlsx", rows, merges))
    assert not [f for f in found if f[1] == "error"], found
    assert not [f for f in found if f[0] in ("D101", "D102", "F101", "F102")], found


def test_a_reserve_held_every_year_is_no_count_copied(tmp_path: Path) -> None:
    """储备规模（常年保持） ≥1.5万吨 in the 中期 and the 年度 column: a level held, no D202."""
    rows: list[list[Any]] = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "成品粮油应急储备"],
        [
            "项目期",
            "3年",
            "计划开始日期",
            dt.date(2026, 1, 1),
            "计划完成日期",
            dt.date(2028, 12, 31),
        ],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        ["产出指标", "数量指标", "成品粮油应急储备规模（常年保持）", "≥1.5万吨", "≥1.5万吨"],
        [None, None, "新建应急加工企业数量", "≥6家", "≥6家"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "r.xlsx", rows))
    assert ("D202", "warning", "E6") in found, found
    assert ("D202", "warning", "E5") not in found, found


def test_a_change_by_a_bare_number_and_times_against_their_direction(tmp_path: Path) -> None:
    """提高≥8 on a 知晓率: T104 (8 % or 8 百分点?); ≥10分钟 on a 发布时间: T108; ≥2000小时 on a
    播出时长 (hours on air): no T108."""
    rows = _table(
        [
            ["效益指标", "社会效益指标", "居民消防安全常识知晓率", None, "提高≥8", None],
            [None, None, "公益节目播出时长", "≥", 2000, "小时"],
            ["产出指标", "时效指标", "预警信息发布时间", "≥", 10, "分钟"],
        ]
    )
    found = found_at(save_sheet(tmp_path / "c.xlsx", rows))
    assert ("T104", "warning", "E7") in found, found
    assert ("T108", "warning", "E9") in found, found
    assert ("T108", "warning", "E8") not in found, found
    rows[6][4] = "提高≥8个百分点"
    assert not [f for f in found_at(save_sheet(tmp_path / "d.xlsx", rows)) if f[0] == "T104"]


def test_a_year_said_only_by_the_annual_goal_is_no_year_missing(tmp_path: Path) -> None:
    """A title without a year over a 年度目标 that opens with one (2026年完成…): no Y105; with a
    goal that names no year, Y105."""
    rows = _table([["产出指标", "数量指标", "新建水位监测点数量", "≥", 12, "个"]])
    rows[0] = ["项目支出绩效目标表"]
    found = found_at(save_sheet(tmp_path / "y.xlsx", rows))
    assert not [f for f in found if f[0] == "Y105"], found
    rows[4][1] = "新建水位监测点位，提升河湖监测能力。"
    rows[2] = ["项目期", "一年"]
    found = found_at(save_sheet(tmp_path / "n.xlsx", rows))
    assert ("Y105", "warning", "") in found, found
