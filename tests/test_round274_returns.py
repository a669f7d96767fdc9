"""Session 75, rounds 274– (holdout857–): each test fails without its change."""

from __future__ import annotations

from pathlib import Path

from tests.returns import coded, table_found


def test_a_count_of_places_inspected_said_act_first(tmp_path: Path) -> None:
    """学校食堂检查家数 ≥380家 against a goal of 检查学校食堂420家: the goal says the count with its
    act first, a count that differs (D104, missed on holdout852 kgd08, 检查 was not read as an
    act); the same 380 in the goal is no finding."""

    def found(goal: str) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "学校食堂检查家数", "≥380家"],
            [None, "质量指标", "检查问题整改到位率", "≥95%"],
        ]
        path = tmp_path / f"{len(goal)}{goal[6]}.xlsx"
        return coded(table_found(path, rows, "食堂检查", goal, money=90), "D104")

    assert found("检查学校食堂420家，问题整改到位。") == [("warning", "D7")]
    assert found("检查学校食堂380家，问题整改到位。") == []
