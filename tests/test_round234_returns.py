"""Session 68, round 234 (holdout737–739): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, table_found


def test_a_count_of_one_thing_listed_before_another(tmp_path: Path) -> None:
    """工程治理隐患点数量 ≥5处 against 完成146处隐患点监测、5处工程治理: the 146 is the points
    watched, its words end at the 、 (no D104; a false warning on holdout737 kbs18)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "监测隐患点数量", "≥", 146, "处"],
        ["产出指标", "数量指标", "工程治理隐患点数量", "≥", 5, "处"],
    ]
    goal = "完成146处隐患点监测、5处工程治理和12场应急演练。"
    found = table_found(tmp_path / "a.xlsx", rows, "地灾防治", goal, 500)
    assert coded(found, "D104") == []


def test_visits_counted_under_quality(tmp_path: Path) -> None:
    """平台企业走访次数 ≥24次 under 质量: visits made, an output (F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "试点参保人数", "≥", 80000, "人"],
        ["产出指标", "质量指标", "平台企业走访次数", "≥", 24, "次"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "职业伤害保障", "推开试点。", 500)
    assert coded(found, "F201") == [("warning", "C8")]


def test_two_groups_each_with_its_count(tmp_path: Path) -> None:
    """补助初中寄宿生人数 ≥600人 against 为全县800名小学寄宿生和600名初中寄宿生发放生活补助: the 800
    is the 小学's, its words end where the next count begins (no D104; a guard from the
    all-corpora run: holdout206 ph05, given a false D104 by round 231's list reading)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "补助小学寄宿生人数", "≥", 800, "人"],
        ["产出指标", "数量指标", "补助初中寄宿生人数", "≥", 600, "人"],
    ]
    goal = "为全县800名小学寄宿生和600名初中寄宿生发放生活补助。"
    found = table_found(tmp_path / "a.xlsx", rows, "寄宿生补助", goal, 150)
    assert coded(found, "D104") == []
