"""Session 67, round 225 (holdout710–712): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, table_found


def test_views_and_a_rise_in_satisfaction_are_effects(tmp_path: Path) -> None:
    """宣传片累计播放量 │ ≥50万次 and 游客满意度提升幅度 │ ≥5百分点 under 社会效益 are what the work
    brings about (no F201); 宣传推介会场次 there is an output (F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "宣传片制作数量", "≥", 3, "部"],
        ["效益指标", "社会效益指标", "宣传片累计播放量", "≥", 50, "万次"],
        ["效益指标", "社会效益指标", "游客满意度提升幅度", "≥", 5, "百分点"],
        ["效益指标", "社会效益指标", "宣传推介会场次", "≥", 6, "场"],
        ["满意度指标", "服务对象满意度指标", "游客满意度", "≥", 90, "%"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "旅游推介", "制作宣传片3部。", 80)
    assert coded(found, "F201") == [("warning", "C10")]


def test_homestays_rechecked_under_quality(tmp_path: Path) -> None:
    """星级民宿复核户数 │ ≥20户 under 质量 is the checks made, an output (F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "民宿管家培训人次", "≥", 240, "人次"],
        ["产出指标", "质量指标", "星级民宿复核户数", "≥", 20, "户"],
        ["产出指标", "质量指标", "培训考核合格率", "≥", 90, "%"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "民宿提质", "培训民宿管家240人次。", 30)
    assert coded(found, "F201") == [("warning", "C8")]
