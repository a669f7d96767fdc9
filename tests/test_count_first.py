"""D104 where the plan text gives the count before the thing it counts (为8个乡镇消防站配置…),
as much Chinese prose does: the indicator's name is not quoted, so its last characters name the
thing. A warning only when the clause has most of the name's other words, every such count is
one number and none is what there is already. Invented workbooks."""

from __future__ import annotations

from pathlib import Path

from goalbook.check import CheckOptions, check_file
from tests.test_values_read import Row, write


def _d104(tmp_path: Path, goal: str, name: str, value: str) -> list[str]:
    rows: list[Row] = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "乡镇消防站装备配置", "项目期", "1年"],
        ["年度目标", goal],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", name, value],
        ["产出指标", "质量指标", "装备验收合格率", "100%"],
        ["效益指标", "社会效益指标", "火灾接警到场时间", "≤15分钟"],
        ["满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%"],
    ]
    result, _table = check_file(write(tmp_path / "r.xlsx", *rows), CheckOptions())
    return [f.message for f in result.findings if f.code == "D104"]


GOAL = "为8个乡镇专职消防站配置消防车及个人防护装备，开展业务培训，提升乡镇火灾扑救能力。"


def test_a_count_before_the_thing_that_disagrees_is_flagged(tmp_path: Path) -> None:
    found = _d104(tmp_path, GOAL, "配置装备乡镇消防站数", "≥6个")
    assert len(found) == 1
    assert "8个乡镇专职" in found[0] and "≥6个" in found[0]


def test_the_same_count_before_the_thing_is_no_finding(tmp_path: Path) -> None:
    assert _d104(tmp_path, GOAL, "配置装备乡镇消防站数", "≥8个") == []


def test_a_name_that_says_more_than_the_clause_is_another_count(tmp_path: Path) -> None:
    # the text counts all stations; the indicator the ones that get new monitors
    goal = "保障全县8个乡镇专职消防站正常运转，新增智能监控终端，提升乡镇火灾扑救能力。"
    assert _d104(tmp_path, goal, "新增智能监控消防站数", "≥3个") == []


def test_what_there_is_already_is_no_target(tmp_path: Path) -> None:
    goal = "全县已建成12个乡镇专职消防站，今年为其配置消防车及个人防护装备，提升扑救能力。"
    assert _d104(tmp_path, goal, "配置装备乡镇消防站数", "≥6个") == []


def test_two_different_counts_of_the_thing_are_left_alone(tmp_path: Path) -> None:
    goal = "为8个乡镇专职消防站配置装备车辆，为3个乡镇专职消防站配置个人防护装备，提升扑救能力。"
    assert _d104(tmp_path, goal, "配置装备乡镇消防站数", "≥6个") == []


# a name counting what the project does, …数量 or …个数 at its end: the text says the doing and
# the thing as the name does, the count after them (新建乡镇微型消防站10个)
DONE_GOAL = "年内新建乡镇微型消防站10个，配齐消防车及个人防护装备，提升乡镇火灾扑救能力。"


def test_a_count_of_what_is_done_named_with_its_measure_word_is_held_against_the_text(
    tmp_path: Path,
) -> None:
    found = _d104(tmp_path, DONE_GOAL, "新建乡镇微型消防站数量", "≥8个")
    assert len(found) == 1 and "10个" in found[0] and "≥8个" in found[0]
    assert _d104(tmp_path, DONE_GOAL, "新建乡镇微型消防站个数", "≥10个") == []


def test_a_stock_named_with_its_measure_word_is_not_held_against_an_increase(
    tmp_path: Path,
) -> None:
    # the text gives how many are added; the indicator how many there are in all
    goal = "年内新增乡镇微型消防站10个，配齐消防车及个人防护装备，提升乡镇火灾扑救能力。"
    assert _d104(tmp_path, goal, "乡镇微型消防站数量", "≥40个") == []
