"""Session 68, round 235 (holdout740–742): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, table_found


def test_last_years_data_gathered_this_year(tmp_path: Path) -> None:
    """采集28个部门2025年度业务数据 in a 2026 goal: last year's data, gathered now (no Y103; a
    false warning on holdout741 kbw05)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "数据采集部门数", "≥", 28, "个"],
        ["产出指标", "质量指标", "数据清洗准确率", "≥", 98, "%"],
    ]
    goal = "采集28个部门2025年度业务数据，完成数据清洗和标准化。"
    found = table_found(tmp_path / "a.xlsx", rows, "审计数据平台", goal, 80)
    assert coded(found, "Y103") == []


def test_results_put_to_use_are_an_effect(tmp_path: Path) -> None:
    """培训成果应用于审计项目数 under 社会效益: the use of what was delivered, an effect (no F201;
    a false warning on holdout741 kbw13)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "审计人员培训人次", "≥", 300, "人次"],
        ["效益指标", "社会效益指标", "培训成果应用于审计项目数", "≥", 20, "个"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "审计培训", "培训审计人员300人次。", 40)
    assert coded(found, "F201") == []


def test_signs_counted_in_blocks(tmp_path: Path) -> None:
    """新设和更换双语标识牌 ≥500块 against 全年新设和更换双语标识牌800块 (D104)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新设和更换双语标识牌", "≥", 500, "块"],
        ["产出指标", "质量指标", "标识牌译写规范率", "=", 100, "%"],
    ]
    goal = "全年新设和更换双语标识牌800块，译写规范。"
    found = table_found(tmp_path / "a.xlsx", rows, "双语标识", goal, 60)
    assert coded(found, "D104") == [("warning", "E7")]
