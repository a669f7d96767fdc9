"""Session 67, round 228 (holdout719–721): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, table_found


def test_times_a_rate_was_exceeded_are_a_count(tmp_path: Path) -> None:
    """污泥含水率超标外运次数 │ ≤ │ 0次: the times a rate was exceeded, a count (no T105);
    污泥进入填埋场数量 │ ≤0吨 under 生态效益: a 填埋场 counted, no sessions (no F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "污泥外运处置量", "≥", 3000, "吨"],
        ["产出指标", "质量指标", "污泥含水率超标外运次数", "≤", 0, "次"],
        ["效益指标", "生态效益指标", "污泥进入填埋场数量", "≤", 0, "吨"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "污泥处置", "外运处置污泥3000吨。", 90)
    assert coded(found, "T105") == []
    assert coded(found, "F201") == []


def test_a_price_per_ton_and_another_works_tons(tmp_path: Path) -> None:
    """污泥处置单价 │ ≤240元/吨 beside 年处理污水量 │ ≥78万吨, the table's only count in 吨: the
    sewage treated is no sludge disposed of (no B107); 污泥处置量 ≥78万吨 would be (B107)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "年处理污水量", "≥", 78, "万吨"],
        ["成本指标", "经济成本指标", "污泥处置单价", "≤", 240, "元/吨"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "污水厂运营", "处理污水78万吨。", 900)
    assert coded(found, "B107") == []
    rows[0] = ["产出指标", "数量指标", "污泥处置量", "≥", 78, "万吨"]
    found = table_found(tmp_path / "b.xlsx", rows, "污水厂运营", "处置污泥。", 900)
    assert coded(found, "B107") == [("warning", "E8")]
