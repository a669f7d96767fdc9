"""Session 66, round 211 (holdout668–670): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, table_found


def test_hollow_spears_with_ge_and_top_fruit_under_timeliness(tmp_path: Path) -> None:
    """鲜笋空心率 ≥3% asks for more hollow spears (T108: a 反向 rate); 温室李子优果率 under 时效
    is a quality (F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "年分级鲜笋量", "≥", 1500, "吨"],
        ["产出指标", "质量指标", "分级后鲜笋空心率", "≥", 3, "%"],
        ["产出指标", "时效指标", "温室李子优果率", "≥", 80, "%"],
    ]
    found = table_found(tmp_path / "q.xlsx", rows, "芦笋分级", "年分级鲜笋1500吨。", 35)
    assert coded(found, "T108") == [("warning", "E8")]
    assert coded(found, "F201") == [("warning", "C9")]


def test_visitors_in_ten_thousands(tmp_path: Path) -> None:
    """接待采摘游客3万人次 in the goal against 接待采摘游客 ≥2万人次 (D104); the same count in
    both agrees (none)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "接待采摘游客", "≥", 2, "万人次"],
        ["产出指标", "数量指标", "举办草莓采摘节", "≥", 1, "届"],
    ]
    goal = "接待采摘游客{}万人次，举办草莓采摘节1届。"
    found = table_found(tmp_path / "a.xlsx", rows, "采摘节", goal.format(3), 60)
    assert coded(found, "D104") == [("warning", "E7")]
    found = table_found(tmp_path / "b.xlsx", rows, "采摘节", goal.format(2), 60)
    assert not coded(found, "D104")


def test_a_cost_per_metre_times_the_length(tmp_path: Path) -> None:
    """游览步道建设单价 ≤0.08万元/米 × 修建游览步道 2000米 = 160万元, above the 120万元 the
    table has (B107); × 1200米 = 96万元 fits (none)."""
    for length, expected in ((2000, [("warning", "E9")]), (1200, [])):
        rows: list[list[Any]] = [
            ["产出指标", "数量指标", "修建采摘园游览步道", "≥", length, "米"],
            ["产出指标", "质量指标", "工程验收合格率", "=", 100, "%"],
            ["产出指标", "成本指标", "游览步道建设单价", "≤", 0.08, "万元/米"],
        ]
        goal = f"修建草莓采摘园游览步道{length}米。"
        found = table_found(tmp_path / f"w{length}.xlsx", rows, "步道", goal, 120)
        assert coded(found, "B107") == expected


def test_a_count_before_a_name_quoted_without_one(tmp_path: Path) -> None:
    """年内完成85家对虾养殖场尾水改造和增氧设施配套 quotes 对虾养殖场尾水改造 with no count after
    it: its count is the 85家 before (D104 against ≥58家; none against ≥85家)."""
    for farms, expected in ((58, [("warning", "E7")]), (85, [])):
        rows: list[list[Any]] = [
            ["产出指标", "数量指标", "对虾养殖场尾水改造数量", "≥", farms, "家"],
            ["产出指标", "数量指标", "增氧设施配套数量", "≥", 85, "套"],
        ]
        goal = "年内完成85家对虾养殖场尾水改造和增氧设施配套，对虾单产提高10%以上。"
        found = table_found(tmp_path / f"p{farms}.xlsx", rows, "尾水改造", goal, 260)
        assert coded(found, "D104") == expected
