"""Session 64, round 204 (holdout647–649): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, table_found


def test_value_added_per_tonne_is_no_cost(tmp_path: Path) -> None:
    """切片黄芪增值 ≥2000元/吨 with 800吨 sliced: a gain, not money paid per 吨 (no B107)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "黄芪切片加工量", "≥", 800, "吨"],
        ["效益指标", "经济效益指标", "切片黄芪增值", "≥", 2000, "元/吨"],
    ]
    found = table_found(tmp_path / "g.xlsx", rows, "黄芪初加工", "切片加工黄芪800吨。", 150)
    assert coded(found, "B107") == []


def test_a_seedling_keeping_rate_is_a_quality(tmp_path: Path) -> None:
    """柴胡保苗率 ≥85% under 时效指标: a quality (F201 at its name)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "柴胡林下种植面积", "≥", 500, "亩"],
        ["产出指标", "时效指标", "柴胡保苗率", "≥", 85, "%"],
    ]
    found = table_found(tmp_path / "q.xlsx", rows, "柴胡种植", "林下种植柴胡500亩。", 60)
    assert coded(found, "F201") == [("warning", "C8")]


def test_a_deadline_with_the_step_it_is_for(tmp_path: Path) -> None:
    """首批陈酿梅酒出窖时间 │ 2026年11月30日前入窖: a deadline with its step after it, no
    description (no T102)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "梅酒酿造量", "≥", 50, "吨"],
        ["产出指标", "时效指标", "首批梅酒入窖时间", None, "2026年11月30日前入窖", None],
    ]
    found = table_found(tmp_path / "t.xlsx", rows, "梅酒加工", "酿造梅酒50吨。", 80)
    assert coded(found, "T102") == []


def test_a_short_step_the_goal_gives_an_earlier_day(tmp_path: Path) -> None:
    """2026年9月30日前完成全乡24家胡麻油作坊挂牌 against 挂牌完成时间 2026年11月30日前: the
    goal's clause ends in the step the short name times (D104)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "规范作坊数量", "≥", 24, "家"],
        ["产出指标", "时效指标", "挂牌完成时间", "≤", "2026年11月30日", None],
    ]
    goal = "2026年9月30日前完成全乡24家胡麻油作坊挂牌，产品抽检合格。"
    found = table_found(tmp_path / "d.xlsx", rows, "胡麻油作坊整治", goal, 40)
    assert coded(found, "D104") == [("warning", "E8")]
