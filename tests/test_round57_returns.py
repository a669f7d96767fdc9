"""Habits of round 57's returns (invented): a sub-project's own table under the project's on
one sheet (子项目名称 │ name │ 子项目资金 │ amount, then the header again), a year block titled
分年度预算 left of its years, 反向 words of roads (超限率, 投诉数量) with ≥ from an operator
column of words, a limit met each year (最大吨位) in both columns of a multi-year table, and a
goal text counting facilities (3座) against the indicator."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from goalbook.check import CheckOptions, check_file
from tests.returns import found_at, save_sheet

_HEAD: list[list[Any]] = [
    ["2026年度项目支出绩效目标表"],
    ["项目名称", "乡村环境提升工程", None, "主管部门", "青川县农业农村局"],
    ["项目期", "1年", "计划开始日期", dt.date(2026, 1, 1), "计划完成日期", dt.date(2026, 12, 31)],
    ["项目资金（万元）", "年度资金总额", 1400, "其中：财政拨款", 1400],
    ["年度目标", "完成户厕改造和污水设施建设。"],
]
_HEADER = ["一级指标", "二级指标", "三级指标", "指标值", "备注"]


def _with_sub_project(label: str, sub_annual: str) -> list[list[Any]]:
    return [
        *_HEAD,
        _HEADER,
        ["产出指标", "数量指标", "农村户厕改造户数", "≥3200户"],
        ["产出指标", "质量指标", "改厕质量验收合格率", "≥95%"],
        ["效益指标", "社会效益指标", "农村卫生厕所普及率", "≥92%"],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
        [],
        [label, "村级污水治理", None, "子项目资金（万元）", 500],
        _HEADER,
        ["产出指标", "数量指标", "新建村级污水处理设施", sub_annual],
        ["产出指标", "质量指标", "出水水质达标率", "≥90%"],
        ["效益指标", "生态效益指标", "农村生活污水治理率", "≥45%"],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", "分表考核"],
        [],
        ["填表人：沈可", None, "审核人：施泽宇"],
    ]


@pytest.mark.parametrize("label", ["子项目名称", "子项目"])
def test_a_sub_project_under_the_project_is_a_table_of_its_own(tmp_path: Path, label: str) -> None:
    path = save_sheet(tmp_path / "s.xlsx", _with_sub_project(label, "≥12座"))
    result, _table = check_file(path, CheckOptions())
    assert [t.project for t in result.tables] == ["乡村环境提升工程", "村级污水治理"]
    assert result.findings == (), result.findings  # its line and header are no indicators


def test_a_mistake_in_a_sub_projects_table_is_found_there(tmp_path: Path) -> None:
    path = save_sheet(tmp_path / "s.xlsx", _with_sub_project("子项目名称", "加快建设"))
    result, _table = check_file(path, CheckOptions())
    assert [(f.code, f.table, f.at.a1 if f.at else "") for f in result.findings] == [
        ("T102", 1, "D14")
    ], result.findings


def test_a_lines_heading_of_sub_projects_is_no_sub_project(tmp_path: Path) -> None:
    rows = _with_sub_project("子项目名称", "≥12座")
    rows[11] = ["子项目名称", "测算依据", None, "金额", None]  # a lines block's heading
    result, _table = check_file(save_sheet(tmp_path / "s.xlsx", rows), CheckOptions())
    assert len(result.tables) < 2


def _years(title: str, total: int) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "湿地保护修复", None, "主管部门", "白沙区林业局"],
        [
            "项目期",
            "3年",
            "计划开始日期",
            dt.date(2026, 1, 1),
            "计划完成日期",
            dt.date(2028, 12, 31),
        ],
        ["项目资金（万元）", "中期资金总额", total, "年度资金总额", 150],
        ["总体目标", "中期目标（2026年—2028年）", None, "年度目标"],
        [None, "三年修复退化湿地1800亩。", None, "2026年修复退化湿地600亩。"],
        [title, "年度", "资金总额", "其中：财政拨款", "其他资金"],
        [None, "2026年", 150, 150, 0],
        [None, "2027年", 150, 150, 0],
        [None, "2028年", 150, 150, 0],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        ["产出指标", "数量指标", "修复退化湿地面积", "≥1800亩", "≥600亩"],
        [None, "质量指标", "修复工程验收合格率", "100%", "100%"],
        ["效益指标", "生态效益指标", "湿地保护率", "≥60%", "≥55%"],
        ["满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "≥90%"],
    ]


@pytest.mark.parametrize("title", ["分年度预算（万元）", "分年度资金安排（万元）"])
def test_a_year_block_titled_left_of_its_years_adds_up_to_the_head(
    tmp_path: Path, title: str
) -> None:
    assert found_at(save_sheet(tmp_path / "y.xlsx", _years(title, 450))) == []
    found = found_at(save_sheet(tmp_path / "n.xlsx", _years(title, 480)))
    assert found == [("B101", "error", "C4")], found  # the head's total, not a year's line


def _roads(name: str, value: float, unit: str) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "公路治超站运行", None, "主管部门", "石坞县交通运输局"],
        [
            "项目期",
            "1年",
            "计划开始日期",
            dt.date(2026, 1, 1),
            "计划完成日期",
            dt.date(2026, 12, 31),
        ],
        ["项目资金（万元）", "年度资金总额", 180, "其中：财政拨款", 180],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"],
        ["产出指标", "数量指标", "货车超限检测车次", "大于等于", 15, "万辆次"],
        [None, "质量指标", "称重设备检定合格率", "大于等于", 98, "%"],
        ["效益指标", "社会效益指标", name, "大于等于", value, unit],
        ["满意度指标", "服务对象满意度指标", "货运经营者满意度", "大于等于", 85, "%"],
    ]


@pytest.mark.parametrize(
    ("name", "value", "unit"), [("辖区货车超限率", 3, "%"), ("治超投诉数量", 8, "件")]
)
def test_more_trucks_over_the_limit_or_complaints_go_against_the_direction(
    tmp_path: Path, name: str, value: float, unit: str
) -> None:
    found = found_at(save_sheet(tmp_path / "r.xlsx", _roads(name, value, unit)))
    assert ("T108", "warning", "E8") in found, found


def test_complaints_taken_in_are_no_harm(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "r.xlsx", _roads("受理群众投诉数量", 500, "件")))
    assert not [f for f in found if f[0] == "T108"], found


def _channel(name: str) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "航道疏浚", None, "主管部门", "临江县交通运输局"],
        [
            "项目期",
            "3年",
            "计划开始日期",
            dt.date(2026, 1, 1),
            "计划完成日期",
            dt.date(2028, 12, 31),
        ],
        ["项目资金（万元）", "中期资金总额", 2400, "年度资金总额", 800],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        ["产出指标", "数量指标", "航道疏浚里程", "≥42公里", "≥16公里"],
        [None, "质量指标", name, "≥1000吨", "≥1000吨"],
        ["满意度指标", "服务对象满意度指标", "航运企业满意度", "≥90%", "≥90%"],
    ]


def test_a_limit_met_each_year_may_be_the_same_in_both_columns(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "c.xlsx", _channel("通航船舶最大吨位")))
    assert not [f for f in found if f[0] == "D202"], found
    found = found_at(save_sheet(tmp_path / "d.xlsx", _channel("新增疏浚土方量")))
    assert ("D202", "warning", "E7") in found, found  # a count that adds up still is


def _goal(text: str) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "村级污水处理站建设", None, "主管部门", "枫林县住房和城乡建设局"],
        [
            "项目期",
            "1年",
            "计划开始日期",
            dt.date(2026, 1, 1),
            "计划完成日期",
            dt.date(2026, 12, 31),
        ],
        ["项目资金（万元）", "年度资金总额", 640, "其中：财政拨款", 640],
        ["年度绩效目标", text],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "新建村级污水处理站数量", "≥4座"],
        [None, "质量指标", "工程验收合格率", "100%"],
        ["效益指标", "生态效益指标", "农村生活污水治理率", "≥45%"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"],
    ]


def test_a_goal_counting_facilities_against_the_indicator_is_found(tmp_path: Path) -> None:
    found = found_at(
        save_sheet(
            tmp_path / "g.xlsx",
            _goal(
                "新建村级污水处理站3座，配套建设污水管网9公里，受益农户1800户以上，改善农村人居环境。"
            ),
        )
    )
    assert ("D104", "warning", "D7") in found, found
    found = found_at(
        save_sheet(
            tmp_path / "h.xlsx",
            _goal(
                "新建村级污水处理站4座，配套建设污水管网9公里，受益农户1800户以上，改善农村人居环境。"
            ),
        )
    )
    assert not [f for f in found if f[0] == "D104"], found


def _plan(kind_row: list[Any], goal: str, name: str, value: str) -> list[list[Any]]:
    return [
        ["2027年度项目支出绩效目标申报表"],
        ["项目名称", "家政服务技能提升行动", None, "主管部门", "枫渡市商务局"],
        kind_row,
        ["项目资金（万元）", "年度资金总额", 60, "其中：财政拨款", 60],
        ["年度绩效目标", goal],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", name, value],
        [None, "质量指标", "培训考核合格率", "≥90%"],
        ["效益指标", "社会效益指标", "参训人员持证上岗率", "≥70%"],
        ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"],
    ]


_ONE_YEAR = [
    "项目期",
    "1年",
    "计划开始日期",
    dt.date(2027, 3, 1),
    "计划完成日期",
    dt.date(2027, 10, 31),
]


@pytest.mark.parametrize(
    ("goal", "name", "value"),
    [
        (
            "2027年开展家政服务技能培训300人次，推动参训人员持证上岗。",
            "家政技能培训人次",
            "≥200人次",
        ),
        (
            "保障图书馆和文化馆免费开放，全年举办公益讲座48场，丰富基层群众文化生活。",
            "公益讲座场次",
            "≥36场",
        ),
    ],
)
def test_a_goal_naming_the_thing_in_words_of_its_own_is_held_against_it(
    tmp_path: Path, goal: str, name: str, value: str
) -> None:
    found = found_at(save_sheet(tmp_path / "t.xlsx", _plan(_ONE_YEAR, goal, name, value)))
    assert ("D104", "warning", "D7") in found, found
    agreed = goal.replace("300", "200").replace("48", "36")
    found = found_at(save_sheet(tmp_path / "a.xlsx", _plan(_ONE_YEAR, agreed, name, value)))
    assert not [f for f in found if f[0] == "D104"], found


def test_an_increase_in_the_goal_is_not_the_count_of_the_indicator(tmp_path: Path) -> None:
    goal = "全年培育科技型企业，新增高新技术企业6家，推动产学研合作项目落地。"
    rows = _plan(_ONE_YEAR, goal, "高新技术企业数量", "≥42家")
    assert not [f for f in found_at(save_sheet(tmp_path / "t.xlsx", rows)) if f[0] == "D104"]
