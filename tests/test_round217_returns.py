"""Session 66, round 217 (holdout686–688): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, found_at, save_sheet, table_found


def test_a_training_under_quality_counted_in_attendances(tmp_path: Path) -> None:
    """果农防控技术培训 │ ≥400人次 under 质量 is the training delivered, an output (F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "绿色防控推广面积", "≥", 2000, "亩"],
        ["产出指标", "质量指标", "果农防控技术培训", "≥", 400, "人次"],
        ["产出指标", "质量指标", "防控技术到位率", "≥", 95, "%"],
    ]
    found = table_found(tmp_path / "t.xlsx", rows, "柠檬防控", "推广绿色防控2000亩。", 80)
    assert coded(found, "F201") == [("warning", "C8")]


def test_where_an_exports_data_come_from_is_no_indicator(tmp_path: Path) -> None:
    """数据来源：预算管理一体化系统 │ 导出：2025-12-08 below an export's last indicator is a note:
    no finding quotes it (no F201, S101 or T102)."""
    rows: list[list[Any]] = [
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"],
        ["产出指标", "数量指标", "新建溯源仓储库", "≥", 2, "座"],
        ["产出指标", "质量指标", "溯源数据完整率", "≥", 98, "%"],
        ["产出指标", "时效指标", "系统上线时间", "≤", "2026年9月30日", None],
        ["满意度指标", "服务对象满意度指标", "入驻企业满意度", "≥", 90, "%"],
        ["数据来源：预算管理一体化系统", None, None, None, None, "导出：2025-12-08"],
    ]
    found = found_at(save_sheet(tmp_path / "e.xlsx", rows))
    assert not [f for f in found if f[2].endswith("6")]
