"""What the fifty-second blind round showed, on invented returns: a count given as a percentage
(T120), a count under 经济成本指标 (F201), and a level left to others' requirements (T102); and
of the fifty-third: 在线率 is more is better, 按有关规定执行 no value, 批次 in the goal (D104)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.returns import found_at, save_sheet

HEAD: list[list[Any]] = [
    ["2027年度项目支出绩效目标申报表"],
    ["项目名称", "县域促消费活动", "项目期", "1年"],
    ["项目资金（万元）", "年度资金总额", 120],
    [
        "年度绩效目标",
        "全年举办促消费活动8场，带动社会消费品零售额增长，参与商户满意度达到90%以上。",
    ],
    ["一级指标", "二级指标", "三级指标", "指标值"],
]
ROWS: list[list[Any]] = [
    ["产出指标", "数量指标", "举办促消费活动场次", "≥8场"],
    [None, "质量指标", "活动方案执行率", "≥95%"],
    ["成本指标", "经济成本指标", "单场活动平均成本", "≤15万元/场"],
    ["效益指标", "社会效益指标", "参与商户数量增长率", "≥10%"],
    ["满意度指标", "服务对象满意度指标", "参与商户满意度", "≥90%"],
]


def _found(tmp_path: Path, rows: list[list[Any]]) -> list[tuple[str, str, str]]:
    return found_at(save_sheet(tmp_path / "r.xlsx", [*HEAD, *rows]))


def test_the_correct_table_passes(tmp_path: Path) -> None:
    assert not [f for f in _found(tmp_path, ROWS) if f[1] != "info"]


@pytest.mark.parametrize("name", ["举办促消费活动场次", "参与活动商户数量", "新增参保人数"])
def test_a_count_given_as_a_percentage(tmp_path: Path, name: str) -> None:
    rows = [list(r) for r in ROWS]
    rows[0][2:] = [name, "≥95%"]
    assert ("T120", "warning", "D6") in _found(tmp_path, rows)


@pytest.mark.parametrize("name", ["活动场次完成率", "参与商户数量增长率", "新增参保人数占比"])
def test_a_rate_of_a_count_is_a_percentage(tmp_path: Path, name: str) -> None:
    rows = [list(r) for r in ROWS]
    rows[0][2:] = [name, "≥95%"]
    assert not [f for f in _found(tmp_path, rows) if f[0] == "T120"]


def test_a_count_under_economic_cost_is_an_output(tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows.insert(3, [None, None, "活动配送物资村数", "≥85个"])
    assert ("F201", "warning", "C9") in _found(tmp_path, rows)


def test_a_level_left_to_others_requirements_is_no_value(tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[3][2:] = ["商户经营条件", "明显改善"]
    assert not [f for f in _found(tmp_path, rows) if f[0] == "T102"]
    rows[3][3] = "按照上级要求进一步改善"
    assert ("T102", "warning", "D9") in _found(tmp_path, rows)


# --- round 53 ------------------------------------------------------------------------------


def test_an_online_rate_is_more_is_better(tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[1][2:] = ["智能监测设备在线率", "≥95%"]
    assert not [f for f in _found(tmp_path, rows) if f[0] == "T108"]
    rows[1][3] = "≤95%"
    assert ("T108", "warning", "D7") in _found(tmp_path, rows)


def test_a_rule_left_unnamed_is_no_value(tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[3][2:] = ["补贴发放规范程度", "按有关规定执行"]
    assert ("T102", "warning", "D9") in _found(tmp_path, rows)


def test_batches_in_the_goal_against_their_indicator(tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows.insert(1, [None, None, "食品安全抽检批次", "≥2500批次"])
    head = [list(r) for r in HEAD]
    head[3][1] = "全年举办促消费活动8场，完成食品安全抽检3000批次，参与商户满意度达到90%以上。"
    path = save_sheet(tmp_path / "b.xlsx", [*head, *rows])
    assert ("D104", "warning", "D7") in found_at(path)
    rows[1][3] = "≥3000批次"
    path = save_sheet(tmp_path / "c.xlsx", [*head, *rows])
    assert not [f for f in found_at(path) if f[0] == "D104"]
