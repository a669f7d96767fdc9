"""Session 68, round 229 (holdout722–724): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, found_at, table_found, three_year_table


def test_pages_in_ten_thousands_and_rolls_said_in_the_goal(tmp_path: Path) -> None:
    """文书档案扫描页数 │ ≥ │ 80 │ 万页 against a goal of 扫描…95万页, and 修复破损档案数量 │ ≥ │
    2000 │ 卷 against 修复破损档案2600卷: two counts the goal gives otherwise (D104); the same
    goal with the table's counts, nothing."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "文书档案扫描页数", "≥", 80, "万页"],
        ["产出指标", "数量指标", "修复破损档案数量", "≥", 2000, "卷"],
        ["产出指标", "质量指标", "扫描图像合格率", "≥", 98, "%"],
    ]
    goal = "完成馆藏文书档案扫描95万页，修复破损档案2600卷。"
    found = table_found(tmp_path / "a.xlsx", rows, "档案数字化", goal, 120)
    assert coded(found, "D104") == [("warning", "E7"), ("warning", "E8")]
    agreed = "完成馆藏文书档案扫描80万页，修复破损档案2000卷。"
    assert coded(table_found(tmp_path / "b.xlsx", rows, "档案数字化", agreed, 120), "D104") == []


def test_an_area_worked_over_again_said_in_the_goal(tmp_path: Path) -> None:
    """林地普查面积 │ ≥ │ 6 │ 万亩次 against 完成林地普查8万亩次 (D104): an area counted each time
    it is surveyed, read as an area is."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "林地普查面积", "≥", 6, "万亩次"],
        ["产出指标", "质量指标", "样品检测准确率", "≥", 95, "%"],
    ]
    goal = "完成春秋两季林地普查8万亩次，及时发现疫情。"
    found = table_found(tmp_path / "a.xlsx", rows, "林业普查", goal, 50)
    assert coded(found, "D104") == [("warning", "E7")]


def test_a_rate_of_things_kept_whole_is_no_timeliness(tmp_path: Path) -> None:
    """库房设施完好率 │ ≥ │ 95 │ % under 时效指标: a quality of what was done, filed under time
    (F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "库房改造面积", "≥", 800, "平方米"],
        ["产出指标", "时效指标", "库房设施完好率", "≥", 95, "%"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "库房改造", "改造库房800平方米。", 60)
    assert coded(found, "F201") == [("warning", "C8")]


def test_a_standard_times_a_count_given_twice_over_the_money(tmp_path: Path) -> None:
    """改造村级幸福食堂数量 given twice, ≥12个 and ≥9个 (D102), and 单个食堂改造补助标准 ≤8万元/个:
    even the smaller count, 9 × 8 = 72万元, is above the 60万元 (B107); at 6万元/个 it is not."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "改造村级幸福食堂数量", "≥", 12, "个"],
        ["产出指标", "数量指标", "改造村级幸福食堂数量", "≥", 9, "个"],
        ["成本指标", "经济成本指标", "单个食堂改造补助标准", "≤", 8, "万元/个"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "幸福食堂", "改造村级幸福食堂。", 60)
    assert coded(found, "B107") == [("warning", "E9")]
    rows[2][4] = 6
    found = table_found(tmp_path / "b.xlsx", rows, "幸福食堂", "改造村级幸福食堂。", 60)
    assert coded(found, "B107") == []


def test_an_elderly_canteen_count_copied_from_the_period(tmp_path: Path) -> None:
    """新建老年食堂数量 │ ≥18个 │ ≥18个 over three years: the period's count copied into the year
    (D202); 老年 is an age, not a year's volume (助餐点年就餐量, the same each year)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新建老年食堂数量", "≥18个", "≥18个"],
        ["产出指标", "数量指标", "助餐点年就餐量", "≥5000人次", "≥5000人次"],
    ]
    path = three_year_table(tmp_path / "a.xlsx", rows, "三年新建老年食堂18个。", "启动首批建设。")
    assert coded(found_at(path), "D202") == [("warning", "E8")]
