"""Rounds 128 and on (holdout383–): held-out returns in shapes of their own: a budget system's
list of projects with an amount pasted twice and a plan date typed as a serial, and a tier's
score given for its one indicator. Every workbook is invented and built here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl

from tests.returns import (
    budget_export,
    found_at,
    official_table,
    one_year_table,
    period_row,
    save_sheet,
)

_INDICATORS: list[list[Any]] = [
    ["产出指标", "数量指标", "改造候车亭", "≥30个"],
    ["产出指标", "质量指标", "验收合格率", "≥95%"],
    ["效益指标", "社会效益指标", "群众候车条件", "明显改善"],
    ["满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"],
]


def _export(path: Path, other: Any, end: Any) -> Path:
    """Two projects listed with their money and plan end on one sheet (a 合计 row under them),
    their indicators on the next."""
    head = ["项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "计划完成日期"]
    rows: list[list[Any]] = [
        ["2026年部门项目支出预算表"],
        ["单位名称：柘溪县交通运输局", None, None, None, None, "单位：万元"],
        head,
        ["JT26-01", "候车亭改造", 60, 40, other, end],
        ["JT26-02", "站场维护", 30, 30, 0, "2026-11-30"],
        ["合计", None, 90, 70, 20],
    ]
    goals = ("绩效目标", [["2026年部门项目支出绩效目标表"]])
    projects = [("JT26-01", "候车亭改造"), ("JT26-02", "站场维护")]
    return budget_export(path, ("预算", rows), goals, projects, _INDICATORS)


def test_an_amount_pasted_twice_counts_once_in_its_column(tmp_path: Path) -> None:
    """其他资金 │ 20万20万 over a 合计 of 20: the amount is read as 20 (X106 says it was pasted
    twice), so the column adds up (no B102 at its 合计); a column that does not add up still
    gets B102."""
    found = found_at(_export(tmp_path / "t.xlsx", "20万20万", "2026-10-31"))
    assert [f for f in found if f[0] == "X106"], found
    assert not [f for f in found if f[0] == "B102"], found
    found = found_at(_export(tmp_path / "o.xlsx", "12万12万", "2026-10-31"))
    assert [f[2] for f in found if f[0] == "B102"] == ["E6"], found


def test_a_plan_date_typed_as_a_serial_in_a_list_of_projects(tmp_path: Path) -> None:
    """计划完成日期 │ 46326 typed as text in a budget system's list of projects: an Excel date
    serial (X104 at the cell, once); a date typed as text (2026-11-30) is none."""
    found = found_at(_export(tmp_path / "s.xlsx", 20, "46326"))
    assert [f[2] for f in found if f[0] == "X104"] == ["F4"], found
    found = found_at(_export(tmp_path / "d.xlsx", 20, "2026-10-31"))
    assert not [f for f in found if f[0] == "X104"], found


def test_an_amount_field_and_its_list_cell_are_flagged_once(tmp_path: Path) -> None:
    """资金总额 │ 60.2 5 in the list is both the project's field and its list's cell: one X105."""
    path = _export(tmp_path / "s.xlsx", 20, "2026-10-31")
    wb = openpyxl.load_workbook(path)
    wb["预算"]["C4"] = "60.2 5"
    wb["预算"]["D4"] = 40.25
    wb["预算"]["C6"] = 90.25
    wb["预算"]["D6"] = 70.25
    wb.save(path)
    found = found_at(path)
    assert [f[2] for f in found if f[0] == "X105"] == ["C4"], found


def test_a_tier_score_is_its_one_indicators_score(tmp_path: Path) -> None:
    """满意度指标 │ 10 │ … │ 乘客满意度 │ │ (no score of its own): the tier's score is the one
    indicator's (no W102); an indicator without a score beside others that have theirs under
    the same tier-1 still gets W102."""
    head = ["一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"]
    rows: list[list[Any]] = [
        ["产出指标", 50, "数量指标", "改造候车亭", "≥30个", 30],
        [None, None, "质量指标", "验收合格率", "≥95%", 20],
        ["效益指标", 40, "社会效益指标", "候车条件改善率", "≥90%", 40],
        ["满意度指标", 10, "服务对象满意度指标", "乘客满意度", "≥90%", None],
    ]
    table = one_year_table("候车亭改造", 60, "2026年改造候车亭30个。", rows, [], head=head)
    found = found_at(save_sheet(tmp_path / "t.xlsx", table, merges=("A7:A8", "B7:B8")))
    assert not [f for f in found if f[0] == "W102"], found
    rows[1][5] = None
    found = found_at(save_sheet(tmp_path / "o.xlsx", table, merges=("A7:A8", "B7:B8")))
    assert [f[2] for f in found if f[0] == "W102"] == ["F8"], found


def test_a_value_without_its_name_scores_under_its_tier(tmp_path: Path) -> None:
    """效益指标 │ 30 │ 社会效益指标 │ (no name) │ ≥20000人次 │ 15 and a named 15 under it: the
    nameless row's score counts towards its tier's 30 (F110 at its name cell, no W103); a tier
    whose scores fall short still gets W103 at its score."""
    head = ["一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"]
    rows: list[list[Any]] = [
        ["产出指标", 50, "数量指标", "定向地图绘制数量", "≥100幅", 30],
        [None, None, "质量指标", "地图制图规范达标率", "≥95%", 20],
        ["效益指标", 30, "社会效益指标", None, "≥20000人次", 15],
        [None, None, "可持续影响指标", "点位维护年限", "≥5年", 15],
        ["满意度指标", 20, "服务对象满意度指标", "社区居民满意度", "≥90%", 20],
    ]
    merges = ("A7:A8", "B7:B8", "A9:A10", "B9:B10")
    table = one_year_table("定向地图绘制", 36, "绘制定向地图100幅。", rows, [], head=head)
    found = found_at(save_sheet(tmp_path / "n.xlsx", table, merges=merges))
    assert [(f[0], f[2]) for f in found if f[0] in ("F110", "W103")] == [("F110", "D9")], found
    rows[1][5] = 15
    found = found_at(save_sheet(tmp_path / "w.xlsx", table, merges=merges))
    assert [f[2] for f in found if f[0] == "W103"] == ["B7"], found


def test_a_share_of_hours_kept_and_a_census_miss_are_capped(tmp_path: Path) -> None:
    """驿站开放服务时长达标率 ≥110%: a share of hours kept cannot pass 100% (T106), though
    service hours are 正向; 人口漏登率 ≥0.2%, the people a census missed, and 试割考核伤树率 ≥3%,
    the rubber trees a tapper wounds, are 反向 (T108)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "步道驿站维护数量", "≥", 28, "座"],
        ["产出指标", "质量指标", "驿站开放服务时长达标率", "≥", 110, "%"],
    ]
    found = _found(tmp_path, rows, "维护驿站28座。", [])
    assert [f[2] for f in found if f[0] == "T106"] == ["E8"], found
    rows[1][2], rows[1][4] = "人口漏登率", 0.2
    found = _found(tmp_path, rows, "维护驿站28座。", [])
    assert [(f[1], f[2]) for f in found if f[0] == "T108"] == [("warning", "E8")], found
    rows[1][2], rows[1][4] = "试割考核伤树率", 3
    found = _found(tmp_path, rows, "维护驿站28座。", [])
    assert [(f[1], f[2]) for f in found if f[0] == "T108"] == [("warning", "E8")], found


def test_a_training_standard_pays_the_people_trained(tmp_path: Path) -> None:
    """人均培训补助标准 ≤2500元/人 beside 培训胶工人数 ≥1200人 and 持证胶工人数 ≥900人: the
    standard pays the people trained, 300万元 above the year's 260万元 (B107, a warning); within
    a year's 320万元 it is none."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "培训胶工人数", "≥", 1200, "人"],
        ["成本指标", "经济成本指标", "人均培训补助标准", "≤", 2500, "元/人"],
        ["效益指标", "社会效益指标", "持证胶工人数", "≥", 900, "人"],
    ]
    for money, expected in ((260, [("warning", "E8")]), (320, [])):
        table = one_year_table("胶工割胶技能培训", money, "培训胶工1200人。", rows, [])
        found = found_at(save_sheet(tmp_path / f"{money}.xlsx", table))
        assert [(f[1], f[2]) for f in found if f[0] == "B107"] == expected, found


def test_an_area_reached_is_no_area_paid(tmp_path: Path) -> None:
    """每亩育苗移栽补助 ≤400元/亩 beside 纸筒育苗移栽示范面积 2000亩 and 育苗移栽技术推广带动面积
    5000亩: the standard pays the area sown (80万元, within 96万元), not the area the technique
    reaches (no B107); with 3000亩 sown it is above (B107, a warning)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "纸筒育苗移栽示范面积", "≥", 2000, "亩"],
        ["成本指标", "经济成本指标", "每亩育苗移栽补助", "≤", 400, "元/亩"],
        ["效益指标", "可持续影响指标", "育苗移栽技术推广带动面积", "≥", 5000, "亩"],
    ]
    for sown, expected in ((2000, []), (3000, [("warning", "E8")])):
        rows[0][4] = sown
        table = one_year_table("甜菜育苗移栽示范", 96, "示范育苗移栽。", rows, [])
        found = found_at(save_sheet(tmp_path / f"{sown}.xlsx", table))
        assert [(f[1], f[2]) for f in found if f[0] == "B107"] == expected, found


def test_a_device_named_after_a_rate_is_counted(tmp_path: Path) -> None:
    """配备含糖率快速检测仪 ≥6台: a device that measures a rate, counted in 台 (no T105);
    仲裁裁决被法院撤销率 ≥2%, awards overturned, is 反向 (T108)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "配备含糖率快速检测仪", "≥", 6, "台"],
        ["产出指标", "质量指标", "仲裁裁决被法院撤销率", "≥", 2, "%"],
    ]
    found = _found(tmp_path, rows, "配备检测仪6台。", [])
    assert not [f for f in found if f[0] == "T105"], found
    assert [(f[1], f[2]) for f in found if f[0] == "T108"] == [("warning", "E8")], found


def test_a_cut_named_first_is_its_size(tmp_path: Path) -> None:
    """减少水土流失面积 ≥1.2平方公里: the size of a cut, 正向 (no T108), where 水土流失面积 ≥ is a
    harm (T108); 种薯病毒复感率 ≥5%, seed re-infected, 死苗率, 管网错接混接率 and 违规判罚率
    are 反向 (T108)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "菌草种植面积", "≥", 300, "亩"],
        ["效益指标", "生态效益指标", "减少水土流失面积", "≥", 1.2, "平方公里"],
    ]

    def t108() -> list[tuple[str, str]]:
        return [
            (f[1], f[2]) for f in _found(tmp_path, rows, "种植菌草300亩。", []) if f[0] == "T108"
        ]

    assert t108() == []
    rows[1][2] = "水土流失面积"
    assert t108() == [("warning", "E8")]
    rows[1][2], rows[1][4], rows[1][5] = "种薯病毒复感率", 5, "%"
    assert t108() == [("warning", "E8")]
    rows[1][2] = "定植后死苗率"
    assert t108() == [("warning", "E8")]
    rows[1][2] = "改造后管网错接混接率"
    assert t108() == [("warning", "E8")]
    rows[1][2] = "比赛违规判罚率"
    assert t108() == [("warning", "E8")]


def test_a_projects_money_under_an_exports_indicators_is_no_indicator(tmp_path: Path) -> None:
    """项目资金 │ 索道救援保障 │ 资金总额 │ 65 │ 其中：财政拨款 │ 65 under a budget system's list of
    indicators (项目编码 │ 项目名称 │ tiers │ 指标值): the project's money, neither an indicator
    (no F103 at 资金总额, no T103/T104 at its amount) nor a second project (no S011)."""
    code, name = "431102250017", "索道乘客应急救援保障"
    rows: list[list[Any]] = [
        ["2025年部门项目支出绩效目标表"],
        ["单位：某风景区管理委员会", None, None, None, "金额单位：万元"],
        ["项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        [code, name, "产出指标", "数量指标", "开展救援演练", "≥4次"],
        [code, name, "产出指标", "质量指标", "救援人员持证率", "100%"],
        [code, name, "效益指标", "社会效益指标", "滞留乘客疏散时间", "≤3小时"],
        [code, name, "满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"],
        ["项目资金", name, "资金总额", 65, "其中：财政拨款", 65],
    ]
    found = found_at(save_sheet(tmp_path / "m.xlsx", rows))
    assert not [f for f in found if f[0] in ("F103", "T103", "T104", "S011")], found
    assert not [f for f in found if f[2] and f[2].endswith("8")], found
    rows[-1][3] = rows[-1][5] = "65"  # the amounts typed as text
    found = found_at(save_sheet(tmp_path / "t.xlsx", rows))
    assert not [f for f in found if f[0] in ("F103", "T103", "T104", "S011")], found


def test_two_counts_listed_in_a_goal_are_each_their_own(tmp_path: Path) -> None:
    """其中进校园80场、惠民演出100场 beside 进校园演出场次 ≥80场: the 100场 is 惠民演出's, not the
    schools' (no D104); 其中进校园演出60场 does contradict it (D104, at the goal)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "全年演出场次", "≥", 260, "场"],
        ["产出指标", "数量指标", "进校园演出场次", "≥", 80, "场"],
    ]
    goal = "全年演出260场以上，其中进校园80场、惠民演出100场。"
    found = _found(tmp_path, rows, goal, [])
    assert not [f for f in found if f[0] == "D104"], found
    goal = "全年演出260场以上，其中进校园演出60场。"
    found = _found(tmp_path, rows, goal, [])
    assert [f[0] for f in found if f[0] == "D104"] == ["D104"], found


def _found(
    tmp_path: Path, rows: list[list[Any]], goal: str, below: list[list[Any]]
) -> list[tuple[str, str, str]]:
    """:func:`found_at` of :func:`_one_year`'s table, saved under a name of its own."""
    path = tmp_path / f"{len(list(tmp_path.iterdir()))}.xlsx"
    return found_at(save_sheet(path, _one_year(rows, goal, below)))


def _one_year(rows: list[list[Any]], goal: str, below: list[list[Any]]) -> list[list[Any]]:
    satisfied = ["满意度指标", "服务对象满意度指标", "学员满意度", "≥", 90, "%"]
    return one_year_table("茶艺公益课堂", 15, goal, rows, [satisfied, *below])


def test_a_count_for_each_session_is_no_total(tmp_path: Path) -> None:
    """注：受益群众人次按每期50人次测算（36期×50人次=1800人次） under a table of ≥1800人次:
    what each session counts, no contradiction of the year's total (no D104); 受益群众人次1500人次
    in the goal is one."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "公益课堂举办期数", "≥", 36, "期"],
        ["产出指标", "数量指标", "受益群众人次", "≥", 1800, "人次"],
    ]
    note = [["注：受益群众人次按每期50人次测算（36期×50人次=1800人次）。"]]
    goal = "全年举办茶艺公益课堂36期。"
    found = _found(tmp_path, rows, goal, note)
    assert not [f for f in found if f[0] == "D104"], found
    goal = "全年举办茶艺公益课堂36期，受益群众人次1500人次。"
    found = _found(tmp_path, rows, goal, [])
    assert [f for f in found if f[0] == "D104"], found


def test_the_day_of_an_event_is_a_time(tmp_path: Path) -> None:
    """邮票上架时间 │ 首发日当日: on the day of the first issue, as definite as a date (no T102),
    as is 开幕前3日内, within three days before an opening; 按时上架 there describes instead of
    giving a time (T102)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "纪念邮票发行套数", "≥", 2, "套"],
        ["产出指标", "时效指标", "邮票上架时间", None, "首发日当日", None],
    ]
    goal = "全年发行纪念邮票2套，首发日当日上架。"
    found = _found(tmp_path, rows, goal, [])
    assert not [f for f in found if f[0] == "T102"], found
    rows[1][4] = "开幕前3日内"
    found = _found(tmp_path, rows, goal, [])
    assert not [f for f in found if f[0] == "T102"], found
    rows[1][4] = "看情况上架"
    found = _found(tmp_path, rows, goal, [])
    assert [f[2] for f in found if f[0] == "T102"] == ["E8"], found


def test_hours_of_use_are_more_the_better(tmp_path: Path) -> None:
    """设备年均使用时长 ≥1200小时: the hours a workshop's equipment is used, the more the better
    (no T108 on ≥, unlike 故障停机时长), as are the hours of recordings added (有声资源新增时长)
    and how long visitors stay (停留时长增长率); 平均整理时长, the time one item takes, keeps ≥ a
    T108."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "修复古钟表", "≥", 40, "件"],
        ["效益指标", "可持续影响指标", "设备年均使用时长", "≥", 1200, "小时"],
    ]
    goal = "全年修复古钟表40件。"
    found = _found(tmp_path, rows, goal, [])
    assert not [f for f in found if f[0] == "T108"], found
    rows[1][2] = "有声资源新增时长"
    found = _found(tmp_path, rows, goal, [])
    assert not [f for f in found if f[0] == "T108"], found
    rows[1][2] = "游客停留时长增长率"
    found = _found(tmp_path, rows, goal, [])
    assert not [f for f in found if f[0] == "T108"], found
    rows[1][2] = "档案平均整理时长"
    found = _found(tmp_path, rows, goal, [])
    assert [f[1] for f in found if f[0] == "T108"] == ["warning"], found


def test_lengths_of_a_session_or_in_months_have_no_direction(tmp_path: Path) -> None:
    """录制有声读物时长 ≥ (hours recorded, a thing between the verb and 时长), 每期培训时长 ≤40学时
    (one session's length, set by the plan), 借阅服务开通时长 ≥12个月 (how long a service runs)
    and 跳绳锻炼时长 ≥1小时 get no T108; 培训时长 ≤ (the hours delivered in all), 开通时长
    ≥3个工作日 (a time taken) and 屏幕使用时长 ≥ (screen time, 反向) still do."""

    def t108(name: str, op: str, number: int, unit: str) -> list[str]:
        rows: list[list[Any]] = [
            ["产出指标", "数量指标", "购置点显器", "≥", 8, "台"],
            ["效益指标", "可持续影响指标", name, op, number, unit],
        ]
        return [f[2] for f in _found(tmp_path, rows, "购置点显器8台。", []) if f[0] == "T108"]

    assert t108("录制有声读物时长", "≥", 300, "小时") == []
    assert t108("每期培训时长", "≤", 40, "学时") == []
    assert t108("远程借阅服务开通时长", "≥", 12, "个月") == []
    assert t108("盲文读物借阅培训时长", "≤", 40, "学时") == ["E8"]
    assert t108("远程借阅服务开通时长", "≥", 3, "个工作日") == ["E8"]
    assert t108("学生日均跳绳锻炼时长", "≥", 1, "小时") == []  # exercise: more is better
    assert t108("学生日均电子屏幕使用时长", "≥", 2, "小时") == ["E8"]  # screen time: less


def test_a_work_kept_going_is_a_value_left_without_its_name(tmp_path: Path) -> None:
    """可持续影响指标 │ │ 持续开展: a value (a work kept going) whose name was left out (F110 at
    the empty name cell), not a name without a value (no T101, no S101)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "开设民乐启蒙班", "≥", 10, "个"],
        ["效益指标", "可持续影响指标", None, None, "持续开展", None],
    ]
    found = _found(tmp_path, rows, "开设民乐启蒙班10个。", [])
    assert [(f[0], f[2]) for f in found if f[0] in ("F110", "T101", "S101")] == [("F110", "C8")], (
        found
    )


def _three_years(annual: int) -> list[list[Any]]:
    head = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"]
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "培训学生人数", "≥1500人", f"≥{annual}人"],
        ["成本指标", "经济成本指标", "培训学生人均成本", "≤600元/人", "≤600元/人"],
        ["效益指标", "社会效益指标", "带动冲浪产业就业", "≥200人", "≥70人"],
        ["满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "≥90%"],
    ]
    above = [
        period_row(dt.date(2027, 12, 31), dt.date(2025, 1, 1)),
        ["项目资金（万元）", "中期资金总额", 90, "年度资金总额", 30],
        ["总体目标", "中期目标", "三年培训学生1500人。", "年度目标", "2025年培训学生500人。"],
    ]
    title = "2025年度项目支出绩效目标申报表"
    return official_table("冲浪进校园", rows, above=above, head=head, title=title)


def test_equals_on_a_rate_in_one_column_is_said_once(tmp_path: Path) -> None:
    """学生满意度 中期 ≥90% · 年度 =90%: T107 names the = at the year's cell, and no D203 there
    besides; a count written ≥ in one column and = in the other (培训学生人数 ≥1500人 · =500人)
    keeps its D203."""
    table = _three_years(500)
    satisfied = next(row for row in table if "学生满意度" in row)
    satisfied[-1] = "＝90%"  # (as text: "=90%" would be a formula)
    found = found_at(save_sheet(tmp_path / "s.xlsx", table))
    codes = [(f[0], f[2]) for f in found if f[0] in ("T107", "D203")]
    assert codes == [("T107", "E10")], found
    satisfied[-1] = "≥90%"
    trained = next(row for row in table if "培训学生人数" in row)
    trained[-1] = "＝500人"
    found = found_at(save_sheet(tmp_path / "c.xlsx", table))
    assert [f[2] for f in found if f[0] == "D203"] == ["E7"], found


def test_a_years_count_copied_from_the_period_pays_no_standard(tmp_path: Path) -> None:
    """培训学生人数 ≥1500人 in both columns of a three-year project (D202): the year's count is in
    doubt, so 培训学生人均成本 600元/人 × 1500 against the year's 30万元 is no B107, nor × the
    people its work employs (带动就业 ≥70人), who are no trainees; a year's own count above what
    the year's money pays (≥600人 × 600元 = 36万元) still is."""
    found = found_at(save_sheet(tmp_path / "c.xlsx", _three_years(1500)))
    assert [f for f in found if f[0] == "D202"], found
    assert not [f for f in found if f[0] == "B107"], found
    found = found_at(save_sheet(tmp_path / "o.xlsx", _three_years(600)))
    assert [f for f in found if f[0] == "B107"], found


def test_a_total_row_with_its_points_is_no_indicator(tmp_path: Path) -> None:
    """合计（100分） │ │ │ │ 100 under tier labels with points: the table's total row, not an
    indicator under 满意度指标 (no T101, no W103 of 110 points under a tier of 10)."""
    head = ["一级指标", "二级指标", "三级指标", "指标值", "分值"]
    rows: list[list[Any]] = [
        ["一、产出指标（60分）", "（一）数量指标", "普及班期数", "≥6期", 60],
        ["二、效益指标（30分）", "（一）社会效益指标", "围棋参与率提高", "≥3百分点", 30],
        ["三、满意度指标（10分）", "（一）服务对象满意度指标", "参训老人满意度", "≥92%", 10],
    ]
    goal = "开设老年围棋普及班6期。"
    total: list[Any] = ["合计（100分）", None, None, None, 100]
    table = one_year_table("老年围棋普及", 20, goal, rows, [total], head=head)
    found = found_at(save_sheet(tmp_path / "t.xlsx", table))
    assert not [f for f in found if f[1] == "error"], found
    assert not [f for f in found if f[2][1:] == "10"], found


def _period_area(unit: str, name: str) -> list[list[Any]]:
    head = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位"]
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", name, "≥600", "≥600", unit],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%", "%"],
    ]
    above = [
        period_row(dt.date(2027, 12, 31), dt.date(2025, 1, 1)),
        ["项目资金（万元）", "中期资金总额", 420, "年度资金总额", 150],
    ]
    title = "2025年度项目支出绩效目标申报表"
    return official_table("古戏台连片保护", rows, above=above, head=head, title=title)


def test_an_area_of_works_copied_from_the_period_is_flagged(tmp_path: Path) -> None:
    """彩绘保护面积 ≥600平方米 in both columns of a three-year project: works that add up over
    the period, copied into the year (D202); 湿地保护面积 ≥600万亩, land held protected, is the
    same each year by right."""
    found = found_at(save_sheet(tmp_path / "w.xlsx", _period_area("平方米", "彩绘保护面积")))
    assert [f[2] for f in found if f[0] == "D202"] == ["E6"], found
    found = found_at(save_sheet(tmp_path / "l.xlsx", _period_area("万亩", "湿地保护面积")))
    assert not [f for f in found if f[0] == "D202"], found


def test_a_cost_rounded_to_zero_with_its_unit_in_the_name(tmp_path: Path) -> None:
    """单株补植成本（万元/株） │ ≤ │ 0: a cost per plant rounded away in 万元 (T115), the unit
    given in the name's brackets rather than beside the value."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "蜜源植物补植数量", "≥", 20000, "株"],
        ["成本指标", "经济成本指标", "单株补植成本（万元/株）", "≤", 0, None],
    ]
    found = _found(tmp_path, rows, "补植蜜源植物2万株。", [])
    assert [f[2] for f in found if f[0] == "T115"] == ["E8"], found


def test_a_light_out_and_new_cases_are_capped(tmp_path: Path) -> None:
    """灯塔停光率, 灯桩失常率, 学生近视新发率 and 烧成开裂率 are 反向: ≥ there sets a floor on
    the harm (T108, a warning); 近视新发率下降率, the size of a cut, stays 正向."""
    for name in ("灯塔停光率", "灯桩失常率", "学生近视新发率", "紫砂壶烧成开裂率"):
        rows: list[list[Any]] = [
            ["产出指标", "数量指标", "维护航标", "≥", 40, "座"],
            ["产出指标", "质量指标", name, "≥", 1, "%"],
        ]
        found = _found(tmp_path, rows, "维护航标40座。", [])
        assert [f[1] for f in found if f[0] == "T108" and f[2][1:] == "8"] == ["warning"], name
    rows[1][2] = "近视新发率下降率"
    found = _found(tmp_path, rows, "维护航标40座。", [])
    assert not [f for f in found if f[0] == "T108"], found


def test_a_standard_per_pair_or_per_troupe_pays_its_count(tmp_path: Path) -> None:
    """每副镜片补助标准 ≤300元/副 × 配发镜片 2500副 = 75万元 over a year's 60万元 (B107, a
    warning), like a standard per 台 or 户; 200元/副 fits (50万元)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "配发离焦镜片副数", "≥", 2500, "副"],
        ["成本指标", "经济成本指标", "每副镜片补助标准", "≤", 300, "元/副"],
    ]
    table = one_year_table("儿童配镜补助", 60, "为低视力儿童配发镜片2500副。", rows, [])
    found = found_at(save_sheet(tmp_path / "o.xlsx", table))
    assert [f[2] for f in found if f[0] == "B107"] == ["E8"], found
    rows[1][4] = 200
    table = one_year_table("儿童配镜补助", 60, "为低视力儿童配发镜片2500副。", rows, [])
    found = found_at(save_sheet(tmp_path / "f.xlsx", table))
    assert not [f for f in found if f[0] == "B107"], found


def test_a_name_under_a_misplaced_tier2_is_not_judged_against_it(tmp_path: Path) -> None:
    """满意度指标 │ 可持续影响指标 │ 患者满意度: the tier-2 is another tier-1's (F105); the name
    fits the row's tier-1 and is not also said to be a satisfaction under 可持续影响 (no F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "筛查学生人数", "≥", 5000, "人"],
        ["满意度指标", "可持续影响指标", "患者满意度", "≥", 90, "%"],
    ]
    found = _found(tmp_path, rows, "筛查学生5000人。", [])
    assert [f[2] for f in found if f[0] == "F105"] == ["B8"], found
    assert not [f for f in found if f[0] == "F201"], found


def test_venues_set_up_to_stay_are_a_lasting_effect(tmp_path: Path) -> None:
    """乡镇象棋活动点 ≥12个 under 可持续影响指标: venues set up to stay, a capacity left like a
    基地 or a 中心 (no F201), as is a record kept up to date or stored (巡查台账更新次数, 视频资源库
    累计入库); 象棋比赛场次 there
    is an activity delivered (F201, a warning)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "举办老年象棋培训班", "≥", 6, "期"],
        ["效益指标", "可持续影响指标", "乡镇象棋活动点", "≥", 12, "个"],
    ]
    found = _found(tmp_path, rows, "建成象棋活动点12个。", [])
    assert not [f for f in found if f[0] == "F201"], found
    rows[1][2], rows[1][5] = "活动点巡查台账更新次数", "次"
    found = _found(tmp_path, rows, "建成象棋活动点12个。", [])
    assert not [f for f in found if f[0] == "F201"], found
    rows[1][2], rows[1][5] = "对局视频资源库累计入库", "部"
    found = _found(tmp_path, rows, "建成象棋活动点12个。", [])
    assert not [f for f in found if f[0] == "F201"], found
    rows[1][2], rows[1][5] = "象棋比赛场次", "场"
    found = _found(tmp_path, rows, "建成象棋活动点12个。", [])
    assert [(f[1], f[2]) for f in found if f[0] == "F201"] == [("warning", "C8")], found


def test_people_added_given_as_a_percentage(tmp_path: Path) -> None:
    """新增双语讲解员 │ ≥ │ 12% under 数量指标: a count of people added given as a percentage
    (T120, a warning), like 新建 and 购置 names; 新增耕地面积 ≥5%, an amount of land, is none."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新增双语讲解员", "≥", 0.12, None],
        ["产出指标", "质量指标", "讲解员持证上岗率", "≥", 95, "%"],
    ]
    path = _typed_percent(save_sheet(tmp_path / "p.xlsx", _one_year(rows, "扩充讲解员。", [])))
    assert [(f[1], f[2]) for f in found_at(path) if f[0] == "T120"] == [("warning", "E7")]
    rows[0][2] = "新增耕地面积"
    path = _typed_percent(save_sheet(tmp_path / "a.xlsx", _one_year(rows, "扩充讲解员。", [])))
    assert not [f for f in found_at(path) if f[0] == "T120"]


def _typed_percent(path: Path, cell: str = "E7") -> Path:
    """``path`` with ``cell`` formatted as a percent, as Excel stores a typed 12%."""
    wb = openpyxl.load_workbook(path)
    sheet = wb.active
    assert sheet is not None
    sheet[cell].number_format = "0%"
    wb.save(path)
    return path
