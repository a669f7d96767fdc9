"""Session 69, round 242 (holdout761–763): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, found_at, period_row, save_sheet


def _fund(path: Path, central: float) -> Path:
    """A one-year project with its money in a 资金来源（万元） row: 资金总额 and its sources."""
    rows: list[list[Any]] = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "传统村落保护发展专项资金"],
        period_row(),
        ["资金来源（万元）", "资金总额", 900, "中央补助", central],
        [None, "地方资金", 100],
        ["年度绩效目标", "保护提升3个中国传统村落，修缮传统建筑30栋。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "支持传统村落数量", "≥3个"],
        ["产出指标", "质量指标", "修缮工程验收合格率", "=100%"],
        ["效益指标", "社会效益指标", "改造农户返危率", "≥1%"],
    ]
    return save_sheet(path, rows)


def test_a_sources_row_of_the_heads_money(tmp_path: Path) -> None:
    """资金来源（万元） │ 资金总额 │ 900 │ 中央补助 │ 750, then 地方资金 │ 100: the head's money and
    its sources, 750 + 100 ≠ 900 (B101; missed on holdout761 kcq14, read as budget lines); with
    800 they add up. 改造农户返危率 ≥1%: houses falling back, less is better (T108; missed on
    kcq04)."""
    found = found_at(_fund(tmp_path / "a.xlsx", 750))
    assert coded(found, "B101") == [("error", "C4")]
    assert coded(found, "T108") == [("warning", "D10")]
    found = found_at(_fund(tmp_path / "b.xlsx", 800))
    assert coded(found, "B101") == []
