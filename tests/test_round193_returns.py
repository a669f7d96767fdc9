"""Session 63, round 193 (holdout614–616): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, table_found


def test_a_count_the_value_names_as_its_part_agrees(tmp_path: Path) -> None:
    """培养制作示范户30户 against 培训豆腐制作户 ≥50户（含示范户30户）: the value gives the goal's
    count as its part, no D104; against ≥50户 alone the goal's 30户 is another count."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "培训豆腐制作户", None, "≥50户（含示范户30户）", None],
        ["满意度指标", "服务对象满意度指标", "制作户满意度", "≥", 90, "%"],
    ]
    goal = "建成豆腐坊1处，培养制作示范户30户。"
    assert coded(table_found(tmp_path / "a.xlsx", rows, "豆腐工艺示范", goal), "D104") == []
    rows[0][4] = "≥50户（含示范村3个）"
    found = table_found(tmp_path / "b.xlsx", rows, "豆腐工艺示范", goal)
    assert coded(found, "D104") == [("warning", "E7")]


def test_checks_counted_under_quality_are_an_output(tmp_path: Path) -> None:
    """羊只布病检测数量 ≥2000头次 under 质量指标 counts checks made (F201 at the name)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "种羊引进数量", "≥", 200, "只"],
        ["产出指标", "质量指标", "羊只布病检测数量", "≥", 2000, "头次"],
    ]
    found = table_found(tmp_path / "q.xlsx", rows, "种羊场", "引进种羊200只。")
    assert coded(found, "F201") == [("warning", "C8")]


def test_bee_colonies_are_counted_in_their_measure_word(tmp_path: Path) -> None:
    """组织授粉蜂群700群 against 授粉蜂群数量 ≥500群 in a one-year project (D104 at its value)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "授粉蜂群数量", "≥", 500, "群"],
        ["满意度指标", "服务对象满意度指标", "果农满意度", "≥", 90, "%"],
    ]
    found = table_found(tmp_path / "b.xlsx", rows, "蜜蜂授粉", "组织授粉蜂群700群。")
    assert coded(found, "D104") == [("warning", "E7")]


def test_pots_counted_by_their_unit_are_the_count(tmp_path: Path) -> None:
    """调控盆栽杜鹃盆数 ≥5万盆 beside 调控盆栽杜鹃数量 ≥4万盆: one indicator twice (D103), and so
    are 鲜奶日收购量 and 鲜奶日均收购量."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "调控盆栽杜鹃盆数", "≥", 5, "万盆"],
        ["产出指标", "数量指标", "调控盆栽杜鹃数量", "≥", 4, "万盆"],
        ["产出指标", "数量指标", "鲜奶日收购量", "≥", 5, "吨"],
        ["产出指标", "数量指标", "鲜奶日均收购量", "≥", 8, "吨"],
    ]
    found = table_found(tmp_path / "p.xlsx", rows, "花卉与鲜奶", "完成年度任务。")
    assert coded(found, "D103") == [("warning", "C8"), ("warning", "C10")]


def test_an_even_flowering_and_a_fruit_set_are_qualities(tmp_path: Path) -> None:
    """开花整齐率 and 辣椒坐果率 under 时效指标 are qualities (F201 at the names)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "花期调控盆花数量", "≥", 3, "万盆"],
        ["产出指标", "时效指标", "开花整齐率", "≥", 90, "%"],
        ["产出指标", "时效指标", "辣椒坐果率", "≥", 80, "%"],
    ]
    found = table_found(tmp_path / "f.xlsx", rows, "设施花卉", "调控盆花3万盆。")
    assert coded(found, "F201") == [("warning", "C8"), ("warning", "C9")]


def test_an_added_area_is_said_without_its_adding(tmp_path: Path) -> None:
    """新建连栋大棚8栋、大棚面积2.4万平方米 against 新增大棚面积 ≥1.8万平方米: the goal says the
    area without 新增 in a clause that builds, after a thing with its own count (D104 at the
    value); a clause that builds nothing says what there is (大棚面积达到5万平方米)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新建连栋大棚数量", "≥", 8, "栋"],
        ["产出指标", "数量指标", "新增大棚面积", "≥", 1.8, "万平方米"],
    ]
    goal = "新建连栋大棚8栋、大棚面积2.4万平方米。"
    found = table_found(tmp_path / "g.xlsx", rows, "设施大棚", goal)
    assert coded(found, "D104") == [("warning", "E8")]
    goal = "全镇大棚面积达到5万平方米，新建连栋大棚8栋。"
    assert coded(table_found(tmp_path / "h.xlsx", rows, "设施大棚", goal), "D104") == []
