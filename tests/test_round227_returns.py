"""Session 67, round 227 (holdout716–718): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, table_found


def test_a_deadline_whose_clause_says_only_the_act(tmp_path: Path) -> None:
    """新建自行车站点40个，2026年9月底前全部投入运营 against 站点投入运营时间 │ 2026年12月31日前:
    the work is named in the clause before the date's (D104)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新建自行车站点数量", "≥", 40, "个"],
        ["产出指标", "时效指标", "站点投入运营时间", "≤", "2026年12月31日", None],
    ]
    goal = "在新区新建自行车站点40个，2026年9月底前全部投入运营。"
    found = table_found(tmp_path / "a.xlsx", rows, "公共自行车", goal, 90)
    assert coded(found, "D104") == [("warning", "E8")]


def test_lamps_and_lit_lamps(tmp_path: Path) -> None:
    """完成园区道路路灯LED改造800盏 against 园区道路LED路灯改造数量 │ ≥650盏, the table's only
    count in 盏 (D104); 园区道路亮灯率 under 时效 is a quality (F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "园区道路LED路灯改造数量", "≥", 650, "盏"],
        ["产出指标", "时效指标", "园区道路亮灯率", "≥", 98, "%"],
        ["产出指标", "时效指标", "路灯故障修复时限", "≤", 24, "小时"],
    ]
    goal = "本年度完成园区道路路灯LED改造800盏，亮灯率达到98%以上。"
    found = table_found(tmp_path / "a.xlsx", rows, "路灯改造", goal, 160)
    assert coded(found, "D104") == [("warning", "E7")]
    assert coded(found, "F201") == [("warning", "C8")]


def test_an_amount_dredged_under_quality(tmp_path: Path) -> None:
    """航道疏浚土方量 │ ≥30万立方米 under 质量 is the work done, an output (F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "航道疏浚长度", "≥", 3.2, "公里"],
        ["产出指标", "质量指标", "航道疏浚土方量", "≥", 30, "万立方米"],
        ["产出指标", "质量指标", "疏浚工程验收合格率", "=", 100, "%"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "渔港疏浚", "疏浚航道3.2公里。", 900)
    assert coded(found, "F201") == [("warning", "C8")]
