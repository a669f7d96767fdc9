"""What the fortieth blind round showed, on invented returns: a standard per 盏 (or 条, 栋, 株)
times the count of them against the budget, an average per 盏 too; counts kept running each
year (运行…分馆, 补贴…班线数) may be equal in both columns; a time each day (每天不少于2小时) is a
quantity; 履职质量 under 履职效能 is no misplaced tier-2."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from goalbook.model import Op, TargetKind
from goalbook.targets import parse_target
from tests.returns import found_at, save_sheet


def _lights(standard: str, name: str = "单灯改造综合单价") -> list[list[Any]]:
    return [
        ["2027年度项目支出绩效目标申报表"],
        ["项目名称", "路灯节能改造", "项目期", "1年"],
        ["项目资金（万元）", "年度资金总额", 1980],
        ["年度绩效目标", "完成路灯LED节能改造9800盏。"],
        ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
        ["产出指标", "数量指标", "LED路灯改造数量", "≥9800", "盏"],
        [None, "质量指标", "改造路段亮灯率", "≥98%", "%"],
        ["成本指标", "经济成本指标", name, standard, "元/盏"],
        ["效益指标", "生态效益指标", "年节电率", "≥30%", "%"],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "%"],
    ]


@pytest.mark.parametrize(
    ("standard", "name", "flagged"),
    [
        ("≤2600", "单灯改造综合单价", True),  # 2600元 × 9800 = 2548万元 > 1980万元
        ("≤2000", "单灯改造综合单价", False),
        ("≤2600", "单灯平均改造费用", True),  # an average × the lamps is what they cost
    ],
)
def test_a_standard_per_lamp_times_the_lamps(
    tmp_path: Path, standard: str, name: str, flagged: bool
) -> None:
    found = found_at(save_sheet(tmp_path / "l.xlsx", _lights(standard, name), ("A6:A7",)))
    assert bool([f for f in found if f[0] == "B107"]) is flagged, found


@pytest.mark.parametrize("name", ["运行乡镇分馆及城市书房", "补贴农村客运班线数"])
def test_counts_kept_running_each_year(tmp_path: Path, name: str) -> None:
    rows = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "公共服务运行补助", "项目期", "3年（2026—2028年）"],
        ["项目资金（万元）", "年度资金总额", 300],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        ["产出指标", "数量指标", name, "≥32个", "≥32个"],
        [None, "质量指标", "服务达标率", "≥95%", "≥95%"],
        ["效益指标", "社会效益指标", "服务人次", "≥30万人次", "≥10万人次"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "k.xlsx", rows, ("A5:A6",)))
    assert not [f for f in found if f[0] == "D202"], found


def test_a_time_each_day_is_a_quantity() -> None:
    t = parse_target("每天不少于2小时")
    assert (t.kind, t.op, t.number, t.unit) == (TargetKind.QUANT, Op.GE, 2, "小时")
    assert parse_target("每月至少1次").kind is TargetKind.GRADE  # a frequency stays one


def test_duty_quality_under_duty_performance(tmp_path: Path) -> None:
    rows = [
        ["2027年部门整体支出绩效目标表"],
        ["部门（单位）名称", "溪口镇中心小学"],
        ["年度预算（万元）", "资金总额", 736],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["履职效能", "重点工作任务完成", "营养餐受益学生", "≥1200人"],
        [None, "履职质量", "食品安全抽检合格率", "100%"],
        [None, "履职时效", "校舍维修完成时间", "2027年8月31日前"],
        ["管理效率", "预算管理", "预算执行率", "≥95%"],
        ["社会效应", "社会效益", "学生体质健康达标率", "≥92%"],
        [None, "服务对象满意度", "家长满意度", "≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "d.xlsx", rows, ("A5:A7", "A9:A10")))
    assert not [f for f in found if f[0] in ("F104", "F105")], found
