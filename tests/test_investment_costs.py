"""An investment project's table (中央预算内投资, 专项债券): the cost its 总投资 is made of, as
label │ amount pairs after it, must add up to it; a year of its 年度投资计划 can never be more
than all of it. Invented returns in the shape such tables take."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.returns import found_at, save_sheet


def _rows(costs: tuple[float, float, float, float], plan: list[Any]) -> list[list[Any]]:
    build, kit, other, reserve = costs
    return [
        ["2026年地方政府专项债券项目绩效目标表"],
        ["项目名称", "城区污水管网改造工程", None, "主管部门", "县住房和城乡建设局"],
        ["开工时间", "2026-03-01", "竣工时间", "2026-12-31", "建设周期", "10个月"],
        ["总投资（万元）", 4800, "建安工程费", build, "设备购置费", kit],
        [None, None, "工程建设其他费用", other, "预备费", reserve],
        ["资金来源（万元）", None, "地方政府专项债券", 3000, "项目资本金", 1800],
        plan,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "改造污水管网长度", "≥12公里"],
        [None, "质量指标", "工程验收合格率", "100%"],
        [None, "时效指标", "工程完工时间", "2026年12月底前"],
        ["成本指标", "经济成本指标", "每公里改造成本", "≤360万元"],
        ["效益指标", "社会效益指标", "污水收集率", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%"],
    ]


_PLAN = ["年度投资计划（万元）", None, "2026年", 4800]


def test_cost_parts_that_add_up_say_nothing(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "a.xlsx", _rows((3400, 800, 400, 200), _PLAN)))
    assert not [f for f in found if f[0].startswith("B")], found


def test_cost_parts_that_miss_the_total_are_an_error_at_it(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "m.xlsx", _rows((3400, 800, 400, 100), _PLAN)))
    assert ("B101", "error", "B4") in found, found


def test_the_message_names_the_total_as_the_return_does(tmp_path: Path) -> None:
    from goalbook.check import CheckOptions, check_file

    path = save_sheet(tmp_path / "m.xlsx", _rows((3400, 800, 400, 100), _PLAN))
    result, _ = check_file(path, CheckOptions())
    (b101,) = [f for f in result.findings if f.code == "B101"]
    assert "总投资" in b101.message and "预备费" in b101.message, b101.message


@pytest.mark.parametrize(("amount", "flagged"), [(5200, True), (4800, False), (2400, False)])
def test_one_year_of_the_plan_above_the_whole(tmp_path: Path, amount: int, flagged: bool) -> None:
    plan = ["年度投资计划（万元）", None, "2026年", amount]
    found = found_at(save_sheet(tmp_path / "y.xlsx", _rows((3400, 800, 400, 200), plan)))
    assert (("B103", "error", "D7") in found) is flagged, found


def test_one_year_beside_a_label_that_is_no_plan_is_not_read(tmp_path: Path) -> None:
    plan = ["备注", None, "2026年", 5200]  # a year's figure, but nothing says it is the plan
    found = found_at(save_sheet(tmp_path / "n.xlsx", _rows((3400, 800, 400, 200), plan)))
    assert not [f for f in found if f[0] == "B103"], found
