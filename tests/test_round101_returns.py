"""Rounds 101 to 108's held-out returns (holdout308–331), in shapes of their own: a payment
standard an office itself calls 反向 in a direction column but writes with 等于, a year's goal
that copies the period's goal word for word, the seasons a patrol covers given as months
(4—6月、10—11月), a rate of meeting a time limit (投递时限达标率) under 时效指标, an amount
typed as text with separators among a budget system's amounts, what an activity brought
about (促成签约项目数) under an effect tier, numbered and marked tier labels (*一、产出指标), a
level that stops falling (止跌回升), the people a cost is paid for, and grain rotated in and
out (轮入 / 轮出). Every workbook is invented and built here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.returns import (
    SPLIT_HEAD,
    budget_export,
    found_at,
    official_table,
    one_year_table,
    period_row,
    save_sheet,
)

_DIRECTED = ["一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "计量单位"]


def _table(rows: list[list[Any]], head: list[Any] = SPLIT_HEAD) -> list[list[Any]]:
    satisfied = ["满意度指标", "服务对象满意度指标", "村民满意度", "≥", 90, "%"]
    if head is _DIRECTED:
        satisfied.insert(3, "正向")
    goal = "2026年完成辖区邮政网点巡检和快件进村服务保障。"
    return one_year_table("邮政快递进村保障", 48, goal, rows, [satisfied], head)


def test_a_payment_standard_the_office_calls_a_cap_is_held_to_its_operator(
    tmp_path: Path,
) -> None:
    """值守补助标准 │ 反向 │ = │ 0.3 万元/班次: the office's own direction column says lower is
    better, so = is T108 (a warning); with no direction given, a payment standard fixed by
    policy is paid at that amount and = is right."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "网点巡检次数", "正向", "≥", 120, "次"],
        ["成本指标", "经济成本指标", "夜间值守补助标准", "反向", "=", 0.3, "万元/班次"],
    ]
    found = found_at(save_sheet(tmp_path / "r.xlsx", _table(rows, _DIRECTED)))
    assert ("T108", "warning", "F8") in found, found
    rows[1][3] = ""
    found = found_at(save_sheet(tmp_path / "n.xlsx", _table(rows, _DIRECTED)))
    assert not [f for f in found if f[0] == "T108"], found


def _years(year_goal: str) -> list[list[Any]]:
    above = [
        [*period_row(dt.date(2028, 12, 31))[:1], "3年", *period_row(dt.date(2028, 12, 31))[2:]],
        ["项目资金（万元）", "中期资金总额", 540, "年度资金总额", 180],
        ["总体目标", "中期目标（2026年—2028年）", None, "年度目标"],
        [None, "改造村级寄递服务站90个，配置智能快件柜90组。", None, year_goal],
    ]
    rows = [
        ["产出指标", "数量指标", "改造村级寄递服务站", "≥90个", "≥30个"],
        ["产出指标", "数量指标", "配置智能快件柜", "≥90组", "≥30组"],
        ["产出指标", "质量指标", "服务站验收合格率", "≥95%", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"],
    ]
    head = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"]
    return official_table("村级寄递服务站改造", rows, above=above, head=head)


def test_a_year_goal_copying_the_period_goal_is_said_once(tmp_path: Path) -> None:
    """A 年度目标 that copies the 中期目标 word for word (改造…90个): D204 says so, and its
    counts (the period's) are not held against the year's values (no D104); a year's goal of
    its own that says 90 against a year's ≥30 is D104."""
    copied = "改造村级寄递服务站90个，配置智能快件柜90组。"
    found = found_at(save_sheet(tmp_path / "c.xlsx", _years(copied)))
    assert [f for f in found if f[0] == "D204"], found
    assert not [f for f in found if f[0] == "D104"], found
    own = "2026年改造村级寄递服务站90个，配置智能快件柜30组。"
    found = found_at(save_sheet(tmp_path / "o.xlsx", _years(own)))
    assert [f for f in found if f[0] == "D104"], found


def test_the_months_a_patrol_covers_are_a_value(tmp_path: Path) -> None:
    """巡查覆盖时段 │ 4—6月、10—11月: the seasons covered, checked against the calendar (no
    T102); a value that only describes (视情况灵活安排) still is T102."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "网点巡检次数", "≥", 120, "次"],
        ["产出指标", "时效指标", "汛期网点巡查覆盖时段", None, "4—6月、10—11月", None],
    ]
    found = found_at(save_sheet(tmp_path / "m.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "T102"], found
    rows[1][4] = "视天气情况灵活安排巡查"
    found = found_at(save_sheet(tmp_path / "d.xlsx", _table(rows)))
    assert ("T102", "warning", "E8") in found or ("T102", "error", "E8") in found, found


def test_a_rate_of_meeting_a_time_limit_is_timeliness(tmp_path: Path) -> None:
    """快件进村投递时限达标率 ≥95% under 时效指标: a time limit met, not a quality (no F201);
    快件进村投递合格率 there still reads as a quality (F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "网点巡检次数", "≥", 120, "次"],
        ["产出指标", "时效指标", "快件进村投递时限达标率", "≥", 95, "%"],
    ]
    found = found_at(save_sheet(tmp_path / "t.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "F201"], found
    rows[1][2] = "快件进村投递合格率"
    found = found_at(save_sheet(tmp_path / "q.xlsx", _table(rows)))
    assert ("F201", "warning", "C8") in found, found


def _amounts(path: Path, amount: object) -> Path:
    """A budget system's export in 元: the projects' amounts on one sheet (合计 │ 财政拨款 │
    其他资金, a 合计 row), the indicators on the next under each project's code and name."""
    money = [
        ["2026年项目支出预算表"],
        ["单位：某县邮政业发展中心", None, None, None, "金额单位：元"],
        ["项目编码", "项目名称", "合计", "财政拨款", "其他资金"],
        ["520101260031", "快递进村服务站补助", 640000, 600000, 40000],
        ["520101260032", "邮政网点适老化改造", amount, 1238500, 0],
        ["合计", None, 1878500, 1838500, 40000],
    ]
    projects = [("520101260031", "快递进村服务站补助"), ("520101260032", "邮政网点适老化改造")]
    indicators = [
        ["产出指标", "数量指标", "补助服务站数量", "≥40个"],
        ["产出指标", "质量指标", "验收合格率", "≥95%"],
        ["效益指标", "社会效益指标", "村民寄递便利度提升", "明显提升"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"],
    ]
    return budget_export(
        path, ("项目支出预算表", money), ("项目支出绩效目标表", []), projects, indicators
    )


def test_an_exports_amount_typed_with_separators_is_said(tmp_path: Path) -> None:
    """1,238,500.00 typed as text among a budget system's amounts: X103 at the cell (read as
    its number, a warning), and nothing when the amount is a number."""
    found = found_at(_amounts(tmp_path / "t.xlsx", "1,238,500.00"))
    assert ("X103", "warning", "C5") in found, found
    found = found_at(_amounts(tmp_path / "n.xlsx", 1238500))
    assert not [f for f in found if f[0] == "X103"], found


def test_what_an_activity_brought_about_is_an_effect(tmp_path: Path) -> None:
    """招商对接活动促成签约项目数 ≥8个 under 经济效益指标: what the meetings brought about, an
    effect (no F201); 举办洽谈会场次 there is an activity counted (F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "网点巡检次数", "≥", 120, "次"],
        ["效益指标", "经济效益指标", "招商对接活动促成签约项目数", "≥", 8, "个"],
    ]
    found = found_at(save_sheet(tmp_path / "e.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "F201"], found
    rows[1][2] = "举办洽谈会场次"
    found = found_at(save_sheet(tmp_path / "a.xlsx", _table(rows)))
    assert ("F201", "warning", "C8") in found, found


def test_numbered_and_marked_tier_labels_are_no_pair_of_tiers(tmp_path: Path) -> None:
    """*一、产出指标 │ （一）数量指标 …: the 一、 numbers the tier-1, it is no tier-1 of its own
    before a tier-2 (产出指标-数量指标), so the framework is a project one: no F103 or F107."""
    rows: list[list[Any]] = [
        ["*一、产出指标", "（一）数量指标", "网点巡检次数", "≥120次"],
        ["*一、产出指标", "（二）质量指标", "巡检记录完整率", "≥95%"],
        ["*二、效益指标", "（一）社会效益指标", "村民寄递便利度", "明显提升"],
        ["*三、满意度指标", "（一）服务对象满意度指标", "村民满意度", "≥90%"],
    ]
    above = [period_row(), ["项目资金（万元）", "年度资金总额", 48]]
    table = official_table("邮政网点巡检", rows, above=above)
    found = found_at(save_sheet(tmp_path / "n.xlsx", table, merges=("A6:A7",)))
    assert not [f for f in found if f[0] in ("F103", "F107")], found


def test_a_level_that_stops_falling_and_the_people_a_cost_is_paid_for(tmp_path: Path) -> None:
    """超采区地下水位 │ 止跌回升: a direction to assess (no T102); 代缴医疗互助费用的困难职工
    ≥300人 counts the people helped, not a cost (no T108)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "代缴医疗互助费用的困难职工", "≥", 300, "人"],
        ["效益指标", "生态效益指标", "超采区地下水位较上年", None, "止跌回升", None],
    ]
    found = found_at(save_sheet(tmp_path / "l.xlsx", _table(rows)))
    assert not [f for f in found if f[0] in ("T102", "T108")], found


def test_rotated_in_and_out_and_fixing_what_fell_short(tmp_path: Path) -> None:
    """轮入储备玉米数量 and 轮出储备玉米数量, both ≥6500吨: grain in and grain out, two
    indicators (no D103); 不达标问题整改率 ≥95%: problems fixed, more is better (no T108)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "年度轮出储备玉米数量", "≥", 6500, "吨"],
        ["产出指标", "数量指标", "年度轮入储备玉米数量", "≥", 6500, "吨"],
        ["产出指标", "质量指标", "储存不达标问题整改率", "≥", 95, "%"],
    ]
    found = found_at(save_sheet(tmp_path / "r.xlsx", _table(rows)))
    assert not [f for f in found if f[0] in ("D103", "T108")], found
