"""Round 78's held-out returns (holdout239–241), in shapes of their own: a department table
whose 预算年度 cell is last year's under this year's title, a tier's points off its scores with
the scores adding to 100, satisfaction under 履职效能, a standard whose task gives its own count,
a row slipped left in an operator-column table, a value pasted twice, a title in full-width
digits, a period in 公里 against a year in 米, a standard per 头, a goal's count in 户. Every
workbook is invented and built here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from goalbook import targets
from tests.returns import found_at, save_sheet

_TIERS = ["一级指标", "二级指标", "三级指标", "指标值"]
_SATISFIED = ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]
_HEAD = ["2026年度项目支出绩效目标申报表"]


def _department(year_cell: str, goal: str) -> list[list[Any]]:
    return [
        ["2026年度部门整体支出绩效目标表"],
        ["部门（单位）名称", "青溪街道办事处", None, "预算年度", year_cell],
        ["年度预算（万元）", "资金总额", "财政拨款", "基本支出", "项目支出"],
        [None, 900, 900, 600, 300],
        ["年度总体目标", goal],
        _TIERS,
        ["产出指标", "数量指标", "社区微更新项目数", "≥12个"],
        [None, "时效指标", "微更新项目完工时间", "2026年11月30日前"],
        _SATISFIED,
    ]


@pytest.mark.parametrize("goal", ["2026年完成社区微更新项目12个。", "完成社区微更新项目12个。"])
def test_a_year_cell_left_from_last_season_is_the_odd_one(tmp_path: Path, goal: str) -> None:
    """Title 2026, goal or deadline 2026, 预算年度 2025: Y101 at the year cell, nothing else."""
    found = found_at(save_sheet(tmp_path / "y.xlsx", _department("2025年", goal)))
    years = [f for f in found if f[0].startswith("Y")]
    assert years == [("Y101", "error", "E2")], found


def _points(effect: int) -> list[list[Any]]:
    return [
        _HEAD,
        ["项目名称", "学生资助"],
        ["项目资金（万元）", "年度资金总额", 300, "其中：财政拨款", 300],
        ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
        ["一、产出指标（50分）", "数量指标", "资助学生人次", "≥2600人次", 25],
        [None, "质量指标", "资助对象识别准确率", "≥98%", 25],
        [f"二、效益指标（{effect}分）", "社会效益指标", "资助覆盖率", "≥95%", 30],
        ["三、满意度指标（20分）", "服务对象满意度指标", "受助学生满意度", "≥92%", 20],
    ]


@pytest.mark.parametrize(("effect", "w103"), [(25, True), (30, False)])
def test_a_tiers_points_off_its_scores_are_said_once(
    tmp_path: Path, effect: int, w103: bool
) -> None:
    """效益指标（25分） over scores of 30: W103 there, no W101 of the points' 95 (the scores
    add to 100)."""
    found = found_at(save_sheet(tmp_path / "w.xlsx", _points(effect)))
    assert (("W103", "error", "A7") in found) is w103, found
    assert not any(code == "W101" for code, _s, _c in found), found


def test_satisfaction_under_duty_performance(tmp_path: Path) -> None:
    rows = [
        ["2026年度部门整体支出绩效目标表"],
        ["部门（单位）名称", "档案馆"],
        ["年度预算（万元）", "资金总额", 300, "财政拨款", 300],
        _TIERS,
        ["履职效能", "重点工作任务完成", "档案数字化数量", "≥120万页"],
        [None, "满意度指标", "查档群众满意度", "≥92%"],
        ["管理效率", "预算管理", "预算执行率", "≥95%"],
    ]
    found = found_at(save_sheet(tmp_path / "d.xlsx", rows))
    assert not any(code == "F107" for code, _s, _c in found), found


@pytest.mark.parametrize(("content", "over"), [("住院医师规范化培训", False), ("人员进修", True)])
def test_a_standard_counted_by_its_task(tmp_path: Path, content: str, over: bool) -> None:
    """6000元/人 × 36000 elderly people is no product to hold against the money when the task
    the standard pays (住院医师规范化培训 │ 培训400人) gives its own count."""
    rows = [
        ["2026年度部门整体支出绩效目标表"],
        ["部门（单位）名称", "卫生健康委员会"],
        ["年度预算（万元）", "资金总额", "财政拨款", "基本支出", "项目支出"],
        [None, 8000, 8000, 5000, 3000],
        ["年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标"],
        [None, "人才培养", content, 300, "培训400人"],
        [None, "公共卫生", "老年人健康管理", 2700, "管理36000人"],
        [None, "金额合计", None, 3000],
        _TIERS,
        ["产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥36000人"],
        ["成本指标", "经济成本指标", "住院医师规范化培训人均补助", "≤6000元/人"],
        _SATISFIED,
    ]
    found = found_at(save_sheet(tmp_path / "s.xlsx", rows))
    assert any(code == "B107" for code, _s, _c in found) is over, found


@pytest.mark.parametrize(
    ("name", "value", "flagged"),
    [
        ("路面技术状况指数（PQI）", "≥80", None),
        ("馆藏档案损毁率", "≥0.1%", "T108"),
        ("馆藏档案损毁率", "≤0.1%", None),
        ("储备物资完好率", "≥95%≥95%", "T116"),
    ],
)
def test_values_of_round_78(tmp_path: Path, name: str, value: str, flagged: str | None) -> None:
    rows = [
        _HEAD,
        ["项目名称", "档案和道路"],
        ["项目资金（万元）", "年度资金总额", 300, "其中：财政拨款", 300],
        _TIERS,
        ["产出指标", "数量指标", "档案数字化数量", "≥120万页"],
        [None, "质量指标", name, value],
        _SATISFIED,
    ]
    found = {code for code, _s, at in found_at(save_sheet(tmp_path / "v.xlsx", rows)) if at == "D6"}
    assert found == ({flagged} if flagged else set()), found


def test_a_value_pasted_twice_is_read_once() -> None:
    t = targets.parse_target("≥95%≥95%")
    assert (t.number, t.unit, t.note) == (95, "%", targets.PASTED_TWICE)
    assert targets.parse_target("1212").note != targets.PASTED_TWICE
    zero = targets.parse_target("≤0%≤0%")  # a zero pasted twice is pasted twice as well
    assert (zero.number, zero.unit, zero.note) == (0, "%", targets.PASTED_TWICE)


def test_a_row_slipped_left_keeps_its_operator_value_and_unit(tmp_path: Path) -> None:
    rows = [
        _HEAD,
        ["项目名称", "老旧小区改造"],
        ["项目资金（万元）", "年度资金总额", 300, "其中：财政拨款", 300],
        ["一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"],
        ["产出指标", "数量指标", "改造老旧小区个数", "≥", 11, "个"],
        [None, "改造惠及居民户数", "≥", 320, "户"],
        [None, "质量指标", "改造工程验收合格率", "≥", 95, "%"],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥", 90, "%"],
    ]
    found = found_at(save_sheet(tmp_path / "s.xlsx", rows))
    assert ("S101", "warning", "B6") in found, found
    assert not any(code.startswith("T") for code, _s, _c in found), found


def test_a_title_in_full_width_digits_states_the_year(tmp_path: Path) -> None:
    rows = [["２０２６年度项目支出绩效目标申报表"], *_points(30)[1:]]
    found = found_at(save_sheet(tmp_path / "t.xlsx", rows))
    assert not any(code == "Y105" for code, _s, _c in found), found


@pytest.mark.parametrize(("annual", "above"), [("≥150000米", True), ("≥40000米", False)])
def test_a_years_length_in_metres_against_the_periods_in_km(
    tmp_path: Path, annual: str, above: bool
) -> None:
    rows = [
        _HEAD,
        ["项目名称", "农村生活污水治理", None, "项目期", "3年"],
        ["项目资金（万元）", "中期资金总额", 7200, "年度资金总额", 2400],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        ["产出指标", "数量指标", "敷设污水收集管网", "≥120公里", annual],
        [None, "质量指标", "出水水质达标率", "≥90%", "≥90%"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "p.xlsx", rows))
    assert (("D201", "error", "E5") in found) is above, found


@pytest.mark.parametrize(("count", "over"), [("≥180万头", True), ("≥150万头", False)])
def test_a_standard_per_head_of_livestock(tmp_path: Path, count: str, over: bool) -> None:
    """4元/头 × 180万头 = 720万元 is above 620万元; × 150万头 = 600万元 is not."""
    rows = [
        _HEAD,
        ["项目名称", "动物疫病防控"],
        ["项目资金（万元）", "年度资金总额", 620, "其中：财政拨款", 620],
        _TIERS,
        ["产出指标", "数量指标", "强制免疫畜禽数量", count],
        ["成本指标", "经济成本指标", "强制免疫疫苗补助标准", "≤4元/头"],
        _SATISFIED,
    ]
    found = found_at(save_sheet(tmp_path / "h.xlsx", rows))
    assert (("B107", "warning", "D6") in found) is over, found


@pytest.mark.parametrize(
    ("goal", "off"), [("完成农村户厕改造3200户。", True), ("完成农村户厕改造3000户。", False)]
)
def test_a_goals_count_of_households(tmp_path: Path, goal: str, off: bool) -> None:
    rows = [
        _HEAD,
        ["项目名称", "农村户厕改造", None, "项目期", "1年"],
        ["项目资金（万元）", "年度资金总额", 960, "其中：财政拨款", 960],
        ["年度绩效目标", "2026年在全县12个乡镇" + goal],
        _TIERS,
        ["产出指标", "数量指标", "完成农村户厕改造", "≥3000户"],
        _SATISFIED,
    ]
    found = found_at(save_sheet(tmp_path / "g.xlsx", rows))
    assert (("D104", "warning", "D6") in found) is off, found


def test_a_flat_lists_weight_and_value_swapped(tmp_path: Path) -> None:
    """权重 ≤15 beside 指标值 5: read as value ≤15 and weight 5 (S101 at the value), so the weights
    add to 100 and no W102 says a weight is missing."""
    rows: list[list[Any]] = [
        ["2026年度部门整体支出绩效目标表"],
        ["部门（单位）名称", "残疾人联合会"],
        ["年度预算（万元）", "资金总额", 300, "财政拨款", 300],
        ["指标名称", "权重", "计量单位", "指标性质", "指标值"],
        ["残疾儿童康复救助人数", 40, "人", "正向", "≥120"],
        ["残疾人证办理时限", "≤15", "工作日", "反向", 20],
        ["培训后实现就业比例", 20, "%", "正向", "≥40"],
        ["残疾人家庭满意度", 20, "%", "正向", "≥90"],
    ]
    found = found_at(save_sheet(tmp_path / "f.xlsx", rows))
    assert ("S101", "warning", "B6") in found, found
    assert not any(code.startswith("W") for code, _s, _c in found), found
