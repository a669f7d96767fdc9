"""Rounds 117 to 127's held-out returns (holdout356–382), in shapes of their own: a batch
spoilt or a reading missed given as a rate, a water table's yearly fall, a lead time before a
festival, the money a survey costs, a tier's score cell, a service kept without a break, a
flat list's title, a share of breaches, hours of a service on air and off it, a count of days
as a percentage, parents asked beside their children, a year's source off its period's, lines
blocks titled over merged cells or across with the unit in their title, and a value slipped
into the operator column. Every workbook is invented and built here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from tests.returns import (
    SPLIT_HEAD,
    found_at,
    official_table,
    one_year_table,
    period_row,
    save_sheet,
)


def _table(rows: list[list[Any]]) -> list[list[Any]]:
    gained = ["效益指标", "经济效益指标", "示范户户均增收", "≥", 0.6, "万元"]
    satisfied = ["满意度指标", "服务对象满意度指标", "示范户满意度", "≥", 90, "%"]
    goal = "2026年建设香菇示范棚并开展地热供暖监测。"
    return one_year_table("香菇示范棚", 48, goal, rows, [gained, satisfied])


def _t108(found: list[tuple[str, str, str]], row: int) -> list[tuple[str, str, str]]:
    return [f for f in found if f[0] == "T108" and f[2][1:] == str(row)]


def test_a_spoilt_batch_rate_is_capped(tmp_path: Path) -> None:
    """菌袋杂菌污染率 ≥2%: the share of spawn bags spoilt is 反向, ≥ sets a floor on the harm
    (T108, a warning); ≤2% is right."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "示范栽培香菇", "≥", 50, "万袋"],
        ["产出指标", "质量指标", "菌袋杂菌污染率", "≥", 2, "%"],
    ]
    found = found_at(save_sheet(tmp_path / "g.xlsx", _table(rows)))
    assert [f[1] for f in _t108(found, 8)] == ["warning"], found
    rows[1][3] = "≤"
    assert not _t108(found_at(save_sheet(tmp_path / "l.xlsx", _table(rows))), 8)


def test_a_water_table_falling_by_a_yearly_amount_is_capped(tmp_path: Path) -> None:
    """地热水位年降幅 ≤1米: the less a geothermal well's water table falls the better (no T108,
    unlike 能耗降幅, a cut achieved); ≥1米 asks it to fall (T108, a warning)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "监测地热井", "≥", 12, "眼"],
        ["产出指标", "质量指标", "地热水位年降幅", "≤", 1, "米"],
    ]
    assert not _t108(found_at(save_sheet(tmp_path / "l.xlsx", _table(rows))), 8)
    rows[1][3] = "≥"
    found = found_at(save_sheet(tmp_path / "g.xlsx", _table(rows)))
    assert [f[1] for f in _t108(found, 8)] == ["warning"], found


def test_a_lead_time_before_an_event_is_a_value(tmp_path: Path) -> None:
    """节日前5天 under 时效: how long before the festival the visits are done, as measurable
    as 提前5天 (no T102); 及时完成 there still describes instead of giving a time (T102)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "慰问示范户", "≥", 40, "户"],
        ["产出指标", "时效指标", "节前慰问完成时间", None, "节日前5天", None],
    ]
    found = found_at(save_sheet(tmp_path / "e.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "T102"], found
    rows[1][4] = "及时完成"
    found = found_at(save_sheet(tmp_path / "t.xlsx", _table(rows)))
    assert [f for f in found if f[0] == "T102" and f[2] == "E8"], found


def test_the_money_a_satisfaction_survey_costs_is_no_share(tmp_path: Path) -> None:
    """年度满意度测评费用 ≤30万元: the money the survey costs, not a share of the people
    satisfied (no T105); 满意度测评覆盖率 │ 3000 │ 人 still is a rate given as a count."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "示范栽培香菇", "≥", 50, "万袋"],
        ["成本指标", "经济成本指标", "年度满意度测评费用", "≤", 30, "万元"],
    ]
    found = found_at(save_sheet(tmp_path / "m.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "T105"], found
    rows[1][1:6] = ["质量指标", "满意度测评覆盖率", "≥", 3000, "人"]
    found = found_at(save_sheet(tmp_path / "r.xlsx", _table(rows)))
    assert [f for f in found if f[0] == "T105" and f[2][1:] == "8"], found


def test_a_tier_score_off_its_indicators_is_marked_at_its_score_cell(tmp_path: Path) -> None:
    """一、产出指标（50分） │ 50 │ … with indicator scores adding to 40: W103 at the tier's score
    cell (B7), where the reviewer changes a number, not at its label; a label whose points
    differ from its score cell is still where the 50 comes from."""
    head = ["一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"]
    rows: list[list[Any]] = [
        ["一、产出指标（50分）", 50, "数量指标", "更新路名牌", "≥80块", 20],
        [None, None, "质量指标", "安装验收合格率", "≥98%", 20],
        ["二、成本指标（10分）", 10, "经济成本指标", "单块更新成本", "≤1500元/块", 10],
        ["三、效益指标（30分）", 30, "社会效益指标", "导航标注准确率", "≥95%", 30],
        ["四、满意度指标（10分）", 10, "服务对象满意度指标", "群众满意度", "≥90%", 10],
    ]
    goal = "2026年更新路名牌80块。"
    table = one_year_table("路名牌更新", 16, goal, rows, [], head)
    found = found_at(save_sheet(tmp_path / "b.xlsx", table))
    assert [f for f in found if f[0] == "W103"] == [("W103", "error", "B7")], found
    rows[0][1] = 40  # the label's 50 against the cell's 40: the label is the one declared
    found = found_at(
        save_sheet(tmp_path / "a.xlsx", one_year_table("路名牌", 16, goal, rows, [], head))
    )
    assert [f for f in found if f[0] == "W103"] == [("W103", "error", "A7")], found


def test_a_defect_rate_and_a_missed_reading_rate_are_capped(tmp_path: Path) -> None:
    """绣品次品率 ≥2% and 观测漏测率 ≥1%: what is made badly or missed is 反向, ≥ a T108 warning
    on each; 缺测率下降率 ≥20% is the size of a cut, 正向 (no T108)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "培训绣娘", "≥", 200, "人"],
        ["产出指标", "质量指标", "绣品次品率", "≥", 2, "%"],
        ["产出指标", "质量指标", "观测漏测率", "≥", 1, "%"],
        ["产出指标", "质量指标", "观测数据缺测率下降率", "≥", 20, "%"],
    ]
    found = found_at(save_sheet(tmp_path / "d.xlsx", _table(rows)))
    assert {f[2][1:] for f in found if f[0] == "T108"} == {"8", "9"}, found


def test_a_service_kept_without_a_break_is_a_state(tmp_path: Path) -> None:
    """数据服务连续运行 │ 全年不间断 and 观测序列 │ 连续无中断: a state reached or not (no T102);
    由专人负责站点日常维护工作 there is still a description (T102)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "运行观测站", "≥", 6, "个"],
        ["效益指标", "可持续影响指标", "数据服务连续运行", None, "全年不间断", None],
        ["效益指标", "可持续影响指标", "气象梯度观测序列", None, "连续无中断", None],
    ]
    found = found_at(save_sheet(tmp_path / "s.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "T102"], found
    rows[1][4] = "由专人负责站点日常维护工作"
    found = found_at(save_sheet(tmp_path / "d.xlsx", _table(rows)))
    assert [f[2] for f in found if f[0] == "T102"] == ["E8"], found


def test_a_flat_lists_title_states_its_year(tmp_path: Path) -> None:
    """2025年度部门整体支出绩效指标（某协会）over a flat list: the title's year is the budget
    year (no Y105); the label 绩效指标 of a form's block is no title."""
    rows: list[list[Any]] = [
        ["2025年度部门整体支出绩效指标（某风筝协会）"],
        ["部门名称", "某区文化和旅游局", None, "填报日期", "2024-12-02"],
        ["指标名称", "权重", "计量单位", "指标性质", "指标值"],
        ["会员培训人次", 40, "人次", "≥", 600],
        ["展赛活动举办场次", 30, "场", "≥", 12],
        ["会员满意度", 30, "%", "≥", 90],
    ]
    found = found_at(save_sheet(tmp_path / "t.xlsx", rows))
    assert not [f for f in found if f[0] == "Y105"], found
    rows[0] = ["部门整体支出绩效指标（某风筝协会）"]
    found = found_at(save_sheet(tmp_path / "n.xlsx", rows))
    assert [f for f in found if f[0] == "Y105"], found


def test_a_share_of_breaches_and_the_hours_of_a_service(tmp_path: Path) -> None:
    """教练车违规使用率 ≥3%: a share of breaches is 反向 (T108, a warning); 违法案件查处率 ≥95%,
    the share dealt with, and 视频手语翻译时长 ≥200小时, the hours of a service delivered, are
    正向 (no T108)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "视频手语翻译时长", "≥", 200, "小时"],
        ["产出指标", "质量指标", "违法案件查处率", "≥", 95, "%"],
        ["产出指标", "质量指标", "教练车违规使用率", "≥", 3, "%"],
    ]
    found = found_at(save_sheet(tmp_path / "b.xlsx", _table(rows)))
    assert {f[2][1:] for f in found if f[0] == "T108"} == {"9"}, found


def test_a_forms_title_comes_before_a_lists_title_on_another_sheet(tmp_path: Path) -> None:
    """2026年度部门整体支出绩效目标表 on the first sheet, 2025年度部门整体支出绩效指标表 over the
    indicators on the second: the form's title is the table's, the list's title its heading,
    and the two years disagree (Y101)."""
    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    first.title = "部门预算"
    for row in (["2026年度部门整体支出绩效目标表"], ["部门（单位）名称", "某县园林所"]):
        first.append(row)
    second = wb.create_sheet("绩效指标")
    rows: list[list[Any]] = [
        ["2025年度部门整体支出绩效指标表"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "养护绿地面积", "≥120万平方米"],
        ["效益指标", "生态效益指标", "绿地完好率", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"],
    ]
    for row in rows:
        second.append(row)
    wb.save(tmp_path / "two.xlsx")
    found = found_at(tmp_path / "two.xlsx")
    assert [f for f in found if f[0] == "Y101"], found


def test_a_count_of_days_given_as_a_percentage(tmp_path: Path) -> None:
    """射箭场年开放天数 │ ≥95%: a count of days has no percent (T120, a warning); ≥300天 is
    right, and 空气质量优良天数比例 ≥85% is a share of days."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "射箭场年开放天数", "≥", "95%", None],
        ["效益指标", "生态效益指标", "空气质量优良天数比例", "≥", 85, "%"],
    ]
    found = found_at(save_sheet(tmp_path / "p.xlsx", _table(rows)))
    assert [f[:2] for f in found if f[0] == "T120"] == [("T120", "warning")], found
    rows[0][4:6] = [300, "天"]
    assert not [
        f for f in found_at(save_sheet(tmp_path / "d.xlsx", _table(rows))) if f[0] == "T120"
    ]


def test_the_parents_of_the_trainees_are_asked_apart(tmp_path: Path) -> None:
    """学员满意度 ≥90% and 学员家长满意度 ≥90%: two groups asked, no near-duplicate (D103);
    学员满意度 and 学员总体满意度 are one indicator twice."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "培训学员", "≥", 120, "人"],
        ["满意度指标", "服务对象满意度指标", "学员满意度", "≥", 90, "%"],
        ["满意度指标", "服务对象满意度指标", "学员家长满意度", "≥", 90, "%"],
    ]
    found = found_at(save_sheet(tmp_path / "p.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "D103"], found
    rows[2][2] = "学员总体满意度"
    found = found_at(save_sheet(tmp_path / "s.xlsx", _table(rows)))
    assert [f for f in found if f[0] == "D103"], found


def test_a_years_source_off_its_equal_periods_is_said_once(tmp_path: Path) -> None:
    """A one-year project: 实施期资金总额 30 = 年度资金总额 30, the year's 其他资金 8 against the
    period's 5: the year's parts (25 + 8) off its total is the slip (B101), not also the year's
    source above the period's (no B103)."""
    above = [
        period_row(),
        ["项目资金（万元）", "实施期资金总额", 30, "年度资金总额", 30],
        [None, "其中：财政拨款", 25, "其中：财政拨款", 25],
        [None, "其他资金", 5, "其他资金", 8],
        ["年度绩效目标", "在40个社区建设围棋角。"],
    ]
    rows = [
        ["产出指标", "数量指标", "建成社区围棋角", "≥", 40, "个"],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥", 90, "%"],
    ]
    table = official_table("社区围棋角", rows, above=above, head=SPLIT_HEAD)
    found = found_at(save_sheet(tmp_path / "y.xlsx", table))
    assert [f[0] for f in found if f[0].startswith("B1")] == ["B101"], found


def test_a_lines_block_titled_over_merged_cells(tmp_path: Path) -> None:
    """项目资金明细 merged over A:C │ 金额（万元） in D: the lines below are read (their amount
    pasted twice, 25.25万25.25万, an X106 error at it; their 合计 against the year's money)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "评估培训机构", "≥", 27, "家"],
        ["满意度指标", "服务对象满意度指标", "受评机构满意度", "≥", 85, "%"],
    ]
    below: list[list[Any]] = [
        [],
        ["项目资金明细", None, None, "金额（万元）", "测算依据"],
        ["专家劳务费", None, None, 32.4, "27家×4人×0.3万元"],
        ["系统运维费", None, None, "25.25万25.25万", "运维合同"],
        ["资料印制费", None, None, 10, "询价"],
        ["合计", None, None, 67.65, None],
    ]
    table = one_year_table("培训机构评估", 67.65, "完成27家机构评估。", rows, below)
    found = found_at(save_sheet(tmp_path / "l.xlsx", table, merges=("A10:C10",)))
    assert ("X106", "error", "D12") in found, found


def test_a_late_rate_and_a_share_of_complaints_dealt_with(tmp_path: Path) -> None:
    """渡船晚点率 ≥2%: a ferry late is 反向 (T108); 投诉查处率 ≤90%: the share of complaints
    dealt with is 正向, ≤ there a T108 too; 投诉查处率 ≥90% is right."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "渡运航次", "≥", 3000, "航次"],
        ["产出指标", "质量指标", "渡船晚点率", "≥", 2, "%"],
        ["效益指标", "社会效益指标", "涉导游违规投诉查处率", "≤", 90, "%"],
    ]
    found = found_at(save_sheet(tmp_path / "w.xlsx", _table(rows)))
    assert {f[2][1:] for f in found if f[0] == "T108"} == {"8", "9"}, found
    rows[2][3] = "≥"
    found = found_at(save_sheet(tmp_path / "r.xlsx", _table(rows)))
    assert {f[2][1:] for f in found if f[0] == "T108"} == {"8"}, found


def test_a_value_slipped_into_the_operator_column_keeps_its_unit(tmp_path: Path) -> None:
    """安全宣传资料发放 │ 5000份 │ 万元 under 比较符 │ 指标值 │ 计量单位: the row slipped a
    column left (S101); its value's 份 against the unit 万元 after it is a conflict (T112)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "渡口巡查次数", "≥", 180, "次"],
        [None, None, "安全宣传资料发放", "5000份", "万元", None],
    ]
    found = found_at(save_sheet(tmp_path / "s.xlsx", _table(rows)))
    assert ("S101", "warning", "C8") in found and ("T112", "error", "D8") in found, found


def test_a_lines_block_across_whose_title_states_the_unit(tmp_path: Path) -> None:
    """资金明细（万元） │ 制卡费 │ 系统对接 │ 合计 over │ 18.4 │ 12.3 6 │ 30.76, no amount head
    of its own: the block is read, the split amount an X105 warning at it."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "换发导游证", "≥", 2600, "张"],
        ["满意度指标", "服务对象满意度指标", "导游满意度", "≥", 90, "%"],
    ]
    below: list[list[Any]] = [
        [],
        ["资金明细（万元）", "制卡费", "系统对接", "合计"],
        [None, 18.4, "12.3 6", 30.76],
    ]
    table = one_year_table("导游证换发", 30.76, "完成全市导游证换发。", rows, below)
    found = found_at(save_sheet(tmp_path / "a.xlsx", table))
    assert ("X105", "warning", "C11") in found, found


def test_hours_on_air_and_hours_off_air(tmp_path: Path) -> None:
    """短波标准时间信号发播时长 ≥8000小时: the hours a signal is broadcast, 正向 (no T108);
    发播中断累计时长 ≥2小时 and 授时服务中断率 ≥0.1%: the service broken off, 反向 (T108)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "短波标准时间信号发播时长", "≥", 8000, "小时"],
        ["产出指标", "质量指标", "发播中断累计时长", "≥", 2, "小时"],
        ["产出指标", "质量指标", "授时服务中断率", "≥", 0.1, "%"],
    ]
    found = found_at(save_sheet(tmp_path / "h.xlsx", _table(rows)))
    assert {f[2][1:] for f in found if f[0] == "T108"} == {"8", "9"}, found
