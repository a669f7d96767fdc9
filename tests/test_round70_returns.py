"""Round 70's held-out returns (holdout215–217), in shapes of their own: a rate's name wrapped
after its words onto the row below; a power (装机功率) or a floor-area ratio (容积率) that is no
share; the share of a harm reported (超标…通报率), 正向; a value dated a day the calendar does not
have (Y106, as at a plan date); shares rounded to add up to 100 %; a score total at its 合计
row and a missing score at its empty cell; 定量 in a 指标性质 column against a grade; a
standard times its count above the one task that pays it; a line of a 数量 × 单价 block typed in
元 under 金额（万元）. Every workbook is invented and built here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from goalbook.model import TargetKind
from goalbook.rules.polarity import direction_of
from goalbook.rules.rates import is_rate
from goalbook.vocabulary import LESS_IS_BETTER
from tests.returns import found_at, official_table, save_sheet

_SATISFIED = ["满意度指标", "服务对象满意度指标", "市民满意度", "≥85%"]


def _table(rows: list[list[Any]]) -> list[list[Any]]:
    return official_table("城区环境卫生保洁", rows, title="2026年度项目支出绩效目标表")


def test_a_rate_wrapped_after_its_words(tmp_path: Path) -> None:
    rows = _table([
        ["产出指标", "数量指标", "城区道路清扫保洁面积", "≥520万平方米"],
        [None, "质量指标", "城区主次干道机械化清扫", "≥95%"],
        [None, None, "保洁覆盖率", None],
        [None, None, "路灯亮灯率", "≥98%"],
        _SATISFIED,
    ])  # fmt: skip
    found = found_at(save_sheet(tmp_path / "w.xlsx", rows, ("A4:A7", "B5:B7")))
    assert not [f for f in found if f[0] in ("T101", "F110")], found


def test_a_rate_without_its_value_after_another_rate(tmp_path: Path) -> None:
    rows = _table([
        ["产出指标", "数量指标", "城区道路清扫保洁面积", "≥520万平方米"],
        [None, "质量指标", "路灯亮灯率", "≥98%"],
        [None, None, "设施完好率", None],
        _SATISFIED,
    ])  # fmt: skip
    found = found_at(save_sheet(tmp_path / "v.xlsx", rows, ("A4:A6", "B5:B6")))
    assert ("T101", "error", "D6") in found, found


@pytest.mark.parametrize(
    ("name", "rate"),
    [("光伏组件装机功率", False), ("地块容积率", False), ("矛盾纠纷调解成功率", True),
     ("功率因数达标率", True), ("巡查频率", False)],
)  # fmt: skip
def test_what_is_a_share(name: str, rate: bool) -> None:
    assert is_rate(name) is rate


def test_a_power_in_kilowatts(tmp_path: Path) -> None:
    rows = _table([["产出指标", "数量指标", "光伏组件装机功率", "≥800千瓦"], _SATISFIED])
    found = found_at(save_sheet(tmp_path / "p.xlsx", rows))
    assert not [f for f in found if f[0] == "T105"], found


def test_the_share_of_a_harm_reported() -> None:
    assert direction_of("超标水样信息通报率") != LESS_IS_BETTER  # (≥ is no T108 there)
    assert direction_of("出厂水超标率") == LESS_IS_BETTER


@pytest.mark.parametrize(
    ("value", "problem"),
    [("2026年4月31日前", "4月只有 30 天"), ("2026年2月30日前", "2月只有 28 天"),
     ("2026年13月底前", "一年只有 12 个月")],
)  # fmt: skip
def test_a_value_dated_a_day_that_does_not_exist(tmp_path: Path, value: str, problem: str) -> None:
    from goalbook.check import CheckOptions, check_file

    rows = _table([["产出指标", "时效指标", "春季补植完成时间", value], _SATISFIED])
    result, _ = check_file(save_sheet(tmp_path / "d.xlsx", rows), CheckOptions())
    found = [(f.code, f.severity.value, f.at.a1 if f.at else "", f.message)
             for f in result.findings]  # fmt: skip
    assert [f[:3] for f in found if f[2] == "D4"] == [("Y106", "error", "D4")], found
    assert problem in next(f[3] for f in found if f[0] == "Y106"), found


def test_capacities_and_markets_are_effects(tmp_path: Path) -> None:
    rows = _table([
        ["产出指标", "数量指标", "检测设备购置数量", "≥12台"],
        ["效益指标", "社会效益指标", "可开展检测项目", "≥40项"],
        [None, None, "新开拓境外市场数", "≥5个"],
        [None, None, "年开展群众文化活动", "≥20场"],
        [None, "可持续影响指标", "重点专科建设数量", "≥3个"],
        _SATISFIED,
    ])  # fmt: skip
    found = found_at(save_sheet(tmp_path / "e.xlsx", rows, ("A5:A8", "B5:B7")))
    assert [f for f in found if f[0] == "F201"] == [("F201", "warning", "C7")], found


def test_a_process_graded_timely_under_its_management(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["2026年项目绩效目标申报表"],
        ["项目名称", "青少年暑期公益活动"],
        ["一级目标", "二级目标", "三级目标", "指标值"],
        ["投入与管理", "实施管理", "活动方案制定", "及时"],
        ["产出目标", "数量", "开展暑期活动场次", "≥20场"],
        [None, "质量", "数量指标完成时间", "2026年8月31日前"],
        ["效果目标", "满意度", "参与青少年满意度", "≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "s.xlsx", rows, ("A5:A6",)))
    assert [f for f in found if f[0] == "F201"] == [("F201", "warning", "C6")], found


@pytest.mark.parametrize("value", ["控制在低流行水平", "进一步浓厚"])
def test_levels_and_atmospheres_are_grades(value: str) -> None:
    from goalbook.targets import parse_target

    assert parse_target(value).kind is TargetKind.GRADE


def test_duty_goals_sorted_as_outputs(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["2026年度部门整体支出绩效目标表"],
        ["部门（单位）名称", "青樾区教育局"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["履职目标", "数量指标", "改造提升薄弱学校数", "≥8所"],
        [None, "质量指标", "义务教育巩固率", "≥99%"],
        [None, "时效指标", "学生资助资金发放及时率", "≥98%"],
        ["效果目标", "社会效益指标", "义务教育适龄儿童入学率", "=100%"],
        [None, "服务对象满意度指标", "家长满意度", "≥90%"],
        ["管理目标", "预算管理", "预算执行率", "≥95%"],
    ]
    found = found_at(save_sheet(tmp_path / "g.xlsx", rows, ("A4:A6", "A7:A8")))
    assert not [f for f in found if f[0].startswith("F")], found
