"""Session 63, round 196 (holdout623–625): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, table_found


def test_a_rate_of_goods_stopped_is_more_is_better(tmp_path: Path) -> None:
    """兽残超标产品入市拦截率 =100%: the share stopped, more is better (no T108 for =)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "快检样品数", "≥", 8000, "批次"],
        ["效益指标", "社会效益指标", "兽残超标产品入市拦截率", "=", 100, "%"],
    ]
    found = table_found(tmp_path / "s.xlsx", rows, "农贸市场快检", "快检样品8000批次。")
    assert coded(found, "T108") == []


def test_pest_control_is_said_before_the_pest(tmp_path: Path) -> None:
    """防治溃疡病3000亩 against 溃疡病防治面积 ≥2000亩 (D104 at its value)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "溃疡病防治面积", "≥", 2000, "亩"],
        ["满意度指标", "服务对象满意度指标", "林农满意度", "≥", 90, "%"],
    ]
    found = table_found(tmp_path / "p.xlsx", rows, "林业有害生物防治", "防治溃疡病3000亩。")
    assert coded(found, "D104") == [("warning", "E7")]


def test_the_goods_a_market_handles_under_quality_are_an_output(tmp_path: Path) -> None:
    """市场年交易水果量 ≥15万吨 under 质量指标 is an amount handled (F201 at the name)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "入驻经营户", "≥", 200, "户"],
        ["产出指标", "质量指标", "市场年交易水果量", "≥", 15, "万吨"],
    ]
    found = table_found(tmp_path / "m.xlsx", rows, "水果批发市场", "入驻经营户200户。")
    assert coded(found, "F201") == [("warning", "C8")]
