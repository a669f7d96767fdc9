"""Session 63, round 197 (holdout626–628): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, found_at, save_sheet, table_found


def test_a_total_row_with_the_tier_scores_sum_left_of_it_is_no_indicator(
    tmp_path: Path,
) -> None:
    """100 │ (二级) │ 合计 │ │ 100 under a table with tier-1 and indicator scores: the sums of
    both score columns, no indicator (no T101, F201 or W103 of 110)."""
    rows: list[list[Any]] = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "茶园提质增效"],
        ["一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"],
        ["产出指标", 60, "数量指标", "提质茶园面积", "≥500亩", 30],
        [None, None, "质量指标", "鲜叶合格率", "≥95%", 30],
        ["效益指标", 30, "经济效益指标", "茶农户均增收", "≥2000元", 30],
        ["满意度指标", 10, "服务对象满意度指标", "茶农满意度", "≥90%", 10],
        [None, 100, None, "合计", None, 100],
    ]
    found = found_at(save_sheet(tmp_path / "t.xlsx", rows))
    assert [f for f in found if f[0] in ("T101", "F201", "W103", "W101")] == [], found


def test_a_floor_price_is_paid_by_the_buyer(tmp_path: Path) -> None:
    """鲜叶收购保底价 ≤16000元/吨 × 收购鲜叶 500吨 is far above the money, but a floor price is
    the buyer's, not the project's (no B107); 收购补贴标准 ≤2000元/吨 × 500吨 is (B107)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "收购鲜叶", "≥", 500, "吨"],
        ["成本指标", "经济成本指标", "鲜叶收购保底价", "≤", 16000, "元/吨"],
    ]
    found = table_found(tmp_path / "f.xlsx", rows, "茶叶收购", "收购鲜叶500吨。", money=60)
    assert coded(found, "B107") == []
    rows[1][2], rows[1][4] = "鲜叶收购补贴标准", 2000
    found = table_found(tmp_path / "s.xlsx", rows, "茶叶收购", "收购鲜叶500吨。", money=60)
    assert coded(found, "B107") == [("warning", "E8")]


def test_planting_and_a_years_output_are_said_before_the_thing(tmp_path: Path) -> None:
    """新植白及120亩 against 白及新植面积 ≥100亩, and 全年生产线香20万支 against 线香年产量 ≥15万支,
    in a one-year project (D104 at each value)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "白及新植面积", "≥", 100, "亩"],
        ["产出指标", "数量指标", "线香年产量", "≥", 15, "万支"],
    ]
    goal = "新植白及120亩，全年生产线香20万支。"
    found = table_found(tmp_path / "p.xlsx", rows, "林下中药材与线香", goal)
    assert coded(found, "D104") == [("warning", "E7"), ("warning", "E8")]
