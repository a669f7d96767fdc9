"""Session 68, round 230 (holdout725–727): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import budget_export, coded, found_at, save_sheet, table_found


def _department(tasks: list[list[Any]], goal: str, rows: list[list[Any]]) -> list[list[Any]]:
    """A 2026 department table: its money, its tasks (name, content, amount, goal), its goal
    and the indicator rows (tier1, tier2, name, value) from sheet row 9 + len(tasks)."""
    return [
        ["2026年度部门整体支出绩效目标申报表"],
        ["部门（单位）名称", "某县卫生健康局"],
        ["年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出"],
        [None, 600, 600, 0, 500, 100],
        ["年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标"],
        *([None, *task] for task in tasks),
        [None, "金额合计", None, sum(task[2] for task in tasks)],
        ["年度总体目标", goal],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        *rows,
    ]


def test_a_value_without_a_name_is_no_count_for_a_standard(tmp_path: Path) -> None:
    """A row with ≥6000人次 and no name (F110) beside 肺功能检测单价 ≤60元/人次: what it counts
    is unknown, so no B107 (60 × 6000 = 36万元 against 20万元), as holdout725 kbg16 showed."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "慢病患者建档人数", "≥", 1500, "人"],
        [None, None, None, "≥", 6000, "人次"],
        ["成本指标", "经济成本指标", "肺功能检测单价", "≤", 60, "元/人次"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "慢病随访", "为建档患者开展随访。", 20)
    assert coded(found, "F110") == [("error", "C8")]
    assert coded(found, "B107") == []


def test_an_exports_goal_on_its_budget_sheet_leaves_the_year_to_the_batch(
    tmp_path: Path,
) -> None:
    """A budget system's export (05-1 with 年度目标 below its money, 05-2 the indicators) that
    names no year: Y105 as information, not a warning (holdout726 kbh08)."""
    money = [
        ["项目支出预算表"],
        ["项目编码", "项目名称", "金额"],
        ["3305001", "河岸植草护坡", 90],
        ["年度目标", "完成河岸植草3万平方米。"],
    ]
    indicators = [
        ["产出指标", "数量指标", "河岸植草面积", "≥30000平方米"],
        ["满意度指标", "服务对象满意度指标", "沿河村民满意度", "≥90%"],
    ]
    path = budget_export(
        tmp_path / "a.xlsx",
        ("项目支出预算05-1", money),
        ("项目支出绩效目标05-2", [["项目支出绩效目标表"]]),
        [("3305001", "河岸植草护坡")],
        indicators,
    )
    assert coded(found_at(path), "Y105") == [("info", "")]


def test_rates_of_conformity_and_care_given_are_filed_by_what_they_are(tmp_path: Path) -> None:
    """远程会诊诊断符合率 and 随访记录填报规范率 under 时效 are qualities; 慢病筛查随访人次 under
    质量 is care delivered, an output (three F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "远程会诊病例数", "≥", 800, "例"],
        ["产出指标", "质量指标", "慢病筛查随访人次", "≥", 9000, "人次"],
        ["产出指标", "时效指标", "远程会诊诊断符合率", "≥", 90, "%"],
        ["产出指标", "时效指标", "随访记录填报规范率", "≥", 95, "%"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "远程会诊", "开展远程会诊800例。", 90)
    assert coded(found, "F201") == [("warning", "C8"), ("warning", "C9"), ("warning", "C10")]


def test_a_monthly_standard_against_the_task_whose_content_names_it(tmp_path: Path) -> None:
    """在岗村医岗位补助标准 ≤400元/人·月 × 86 × 12 = 41.28万元, paid monthly (按月) in a
    department's year, against the task 乡村医生补助 (36万元) whose content is 在岗村医岗位补助:
    B107 at the standard."""
    tasks: list[list[Any]] = [
        ["乡村医生补助", "在岗村医岗位补助", 36, "86名村医按月领取补助"],
        ["公共卫生服务", "基本公卫服务", 64, "覆盖132个行政村"],
    ]
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "享受岗位补助的在岗村医", "≥86人"],
        ["成本指标", "经济成本指标", "在岗村医岗位补助标准", "≤400元/人·月"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"],
    ]
    goal = "为86名在岗村医按月发放岗位补助。"
    found = found_at(save_sheet(tmp_path / "a.xlsx", _department(tasks, goal, rows)))
    assert coded(found, "B107") == [("warning", "D12")]


def test_those_who_receive_an_aid_counted_before_it(tmp_path: Path) -> None:
    """享受岗位补助的在岗村医 ≥52人 against 为46名在岗村医发放岗位补助 (D104): the aid named as
    the act that gives it, 的 no word of it."""
    tasks: list[list[Any]] = [["乡村医生补助", "岗位补助", 100, "按月发放"]]
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "享受岗位补助的在岗村医", "≥52人"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"],
    ]
    goal = "为全镇46名在岗村医发放岗位补助，完成村卫生室考核。"
    found = found_at(save_sheet(tmp_path / "a.xlsx", _department(tasks, goal, rows)))
    assert coded(found, "D104") == [("warning", "D10")]


def test_a_cost_of_restoring_each_mu_times_the_area_restored(tmp_path: Path) -> None:
    """湿地植被恢复单位成本 ≤0.8万元/亩 × 湿地植被恢复面积 200亩 = 160万元 above 120万元
    (B107)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "湿地植被恢复面积", "≥", 200, "亩"],
        ["成本指标", "经济成本指标", "湿地植被恢复单位成本", "≤", 0.8, "万元/亩"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "湿地恢复", "恢复湿地植被200亩。", 120)
    assert coded(found, "B107") == [("warning", "E8")]


def test_hours_per_person_and_a_deadline_said_with_the_count(tmp_path: Path) -> None:
    """人均集中培训学时 ≥24学时 against 每人集中培训不少于40学时, and 培训完成时间 2026年11月30日前
    against 8月底前完成…培训120人 (two D104)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "培训教师人数", "≥", 120, "人"],
        ["产出指标", "数量指标", "人均集中培训学时", "≥", 24, "学时"],
        ["产出指标", "时效指标", "培训完成时间", "≤", "2026年11月30日", None],
    ]
    goal = "2026年8月底前完成全市科学教师培训120人，每人集中培训不少于40学时。"
    found = table_found(tmp_path / "a.xlsx", rows, "教师培训", goal, 40)
    assert coded(found, "D104") == [("warning", "E8"), ("warning", "E9")]


def test_science_and_innovation_said_short(tmp_path: Path) -> None:
    """学生科技创新作品征集数量 ≥260件 under 质量 beside 学生科创作品征集数量 ≥300件: one count,
    its words said short (D103)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "学生科创作品征集数量", "≥", 300, "件"],
        ["产出指标", "质量指标", "学生科技创新作品征集数量", "≥", 260, "件"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "科创大赛", "征集学生作品。", 30)
    assert coded(found, "D103") == [("warning", "C8")]


def test_monthly_in_an_indicators_name_is_no_standards_months(tmp_path: Path) -> None:
    """特困人员集中供养标准 ≤1680元/人·月 × 200人 × 12 = 403.2万元 against 任务“特困人员供养”
    100万元, where only an indicator's name says 按月 (救助资金按月发放及时率): the months the
    standard is paid are not known, no B107 (a guard from the all-corpora run: holdout46 jd13,
    holdout92 kx14)."""
    tasks: list[list[Any]] = [["特困人员供养", "分散及集中供养特困人员基本生活", 100, "应保尽保"]]
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "特困人员救助供养人数", "≥200人"],
        ["产出指标", "时效指标", "救助资金按月发放及时率", "≥98%"],
        ["成本指标", "经济成本指标", "特困人员集中供养标准", "≤1680元/人·月"],
    ]
    goal = "兜牢基本民生保障底线，完善居家养老服务网络。"
    found = found_at(save_sheet(tmp_path / "a.xlsx", _department(tasks, goal, rows)))
    assert coded(found, "B107") == []
