"""Rounds 175 and on (holdout560–): held-out returns in shapes of their own. Every workbook is
invented and built here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import table_found


def test_the_energy_a_product_uses_up_is_a_cost(tmp_path: Path) -> None:
    """吨粉加工电耗 ≤35千瓦时 under 经济成本指标: the energy a tonne of flour uses up, a cost
    (no F201); a count of machines there is still an output filed as a cost (F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "年加工青稞", "≥", 800, "吨"],
        ["成本指标", "经济成本指标", "吨粉加工电耗", "≤", 35, "千瓦时"],
        ["满意度指标", "服务对象满意度指标", "收购农户满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "e.xlsx", rows, "青稞磨粉", "年加工青稞800吨。")
    assert "F201" not in {code for code, _s, _c in found}
    rows[1][2:] = ["购置石磨设备台数", "≥", 2, "台"]
    found = table_found(tmp_path / "c.xlsx", rows, "青稞磨粉", "年加工青稞800吨。")
    assert [cell for code, _s, cell in found if code == "F201"] == ["C8"]


def test_dried_produce_browned_or_scorched_is_less_the_better(tmp_path: Path) -> None:
    """干片褐变率 ≥3% (browned slices, a defect) is T108 at its value; ≤3% is right."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "百合干片加工量", "≥", 40, "吨"],
        ["产出指标", "质量指标", "干片褐变率", "≥", "3", "%"],
        ["满意度指标", "服务对象满意度指标", "收购农户满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "b.xlsx", rows, "百合干片", "加工百合干片40吨。")
    assert [cell for code, _s, cell in found if code == "T108"] == ["E8"]
    rows[1][3] = "≤"
    found = table_found(tmp_path / "r.xlsx", rows, "百合干片", "加工百合干片40吨。")
    assert "T108" not in {code for code, _s, _c in found}
