"""Session 67, round 222 (holdout701–703): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, table_found


def test_a_whole_said_before_its_parts_in_brackets(tmp_path: Path) -> None:
    """共300公里实行日常养护承包（其中县道80公里、乡道220公里） against 日常养护里程 │ ≥300公里:
    the 80公里 in brackets is a part of the whole said before (no D104)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "日常养护里程", "≥", 300, "公里"],
        ["产出指标", "质量指标", "优良中等路比例", "≥", 85, "%"],
    ]
    goal = "对全县县道、乡道共300公里实行日常养护承包（其中县道80公里、乡道220公里）。"
    found = table_found(tmp_path / "a.xlsx", rows, "农村公路养护", goal, 60)
    assert coded(found, "D104") == []


def test_ground_worked_under_quality(tmp_path: Path) -> None:
    """隔离带清理面积 │ ≥1200亩 under 质量 is the ground worked, an output (F201); 清理验收合格
    面积 would be a quality."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "防火隔离带清理长度", "≥", 100, "公里"],
        ["产出指标", "质量指标", "隔离带清理面积", "≥", 1200, "亩"],
        ["产出指标", "质量指标", "清理验收合格面积", "≥", 1100, "亩"],
    ]
    goal = "清理防火隔离带100公里。"
    found = table_found(tmp_path / "a.xlsx", rows, "防火隔离带", goal, 50)
    assert coded(found, "F201") == [("warning", "C8")]


def test_one_count_filed_under_two_tier2s_with_a_word_before_it(tmp_path: Path) -> None:
    """社区居民心理健康筛查人数 │ ≥12000人 under 数量 and 居民心理健康筛查人数 │ ≥12000人 under
    社会效益: one count filed twice (D103 at the second); ≥8000人 there would be another count."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "社区居民心理健康筛查人数", "≥", 12000, "人"],
        ["产出指标", "质量指标", "高风险人群转介率", "≥", 90, "%"],
        ["效益指标", "社会效益指标", "居民心理健康筛查人数", "≥", 12000, "人"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "心理健康筛查", "完成居民筛查。", 60)
    assert coded(found, "D103") == [("warning", "C9")]
    rows[2][4] = 8000
    found = table_found(tmp_path / "b.xlsx", rows, "心理健康筛查", "完成居民筛查。", 60)
    assert coded(found, "D103") == []
