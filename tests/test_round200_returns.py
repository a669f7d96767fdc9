"""Session 64, round 200 (holdout635–637): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, table_found


def test_an_area_said_as_the_place_it_is_of(tmp_path: Path) -> None:
    """建成稻蟹共生连片示范区3000亩 against 稻蟹共生示范面积 ≥2500亩: the area of the 示范区 is
    the indicator's (D104)."""
    rows: list[list[Any]] = [["产出指标", "数量指标", "稻蟹共生示范面积", "≥", 2500, "亩"]]
    goal = "建成稻蟹共生连片示范区3000亩，亩均综合收益提高20%以上。"
    found = table_found(tmp_path / "a.xlsx", rows, "稻蟹共生", goal, money=150)
    assert coded(found, "D104") == [("warning", "E7")]


def test_an_output_of_a_short_name_said_after_its_act(tmp_path: Path) -> None:
    """收获鲜海带9000吨以上 against 鲜海带产量 ≥8000吨 (D104); 9000吨 against ≥9000吨 agrees."""
    rows: list[list[Any]] = [["效益指标", "经济效益指标", "鲜海带产量", "≥", 8000, "吨"]]
    goal = "新增海带养殖筏架1500台，收获鲜海带9000吨以上。"
    found = table_found(tmp_path / "a.xlsx", rows, "海带养殖", goal, money=150)
    assert coded(found, "D104") == [("warning", "E7")]
    rows[0][4] = 9000
    assert coded(table_found(tmp_path / "b.xlsx", rows, "海带养殖", goal, money=150), "D104") == []


def test_a_count_in_a_list_of_counts_after_the_name(tmp_path: Path) -> None:
    """开展洋姜种植技术培训12场、240人次: the sessions agree with 技术培训场次 ≥12场, the people
    trained disagree with 技术培训人次 ≥200人次 (D104 at that value only)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "技术培训场次", "≥", 12, "场"],
        ["产出指标", "数量指标", "技术培训人次", "≥", 200, "人次"],
    ]
    goal = "组织转产户开展洋姜种植技术培训12场、240人次。"
    found = table_found(tmp_path / "t.xlsx", rows, "洋姜种植技术服务", goal, money=18)
    assert coded(found, "D104") == [("warning", "E8")]


def test_plants_brought_in_counted_in_ten_thousands(tmp_path: Path) -> None:
    """引种檀香苗木1.2万株 against 檀香苗木引种数量 ≥8000株 (D104); against ≥12000株 it agrees."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "檀香苗木引种数量", "≥", 8000, "株"],
        ["产出指标", "数量指标", "种植户技术培训", "≥", 600, "人次"],
    ]
    goal = "引种檀香苗木1.2万株，培训种植户600人次。"
    found = table_found(tmp_path / "a.xlsx", rows, "檀香引种", goal, money=250)
    assert coded(found, "D104") == [("warning", "E7")]
    rows[0][4] = 12000
    assert coded(table_found(tmp_path / "b.xlsx", rows, "檀香引种", goal, money=250), "D104") == []
