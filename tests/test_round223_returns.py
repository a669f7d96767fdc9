"""Session 67, round 223 (holdout704–706): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, table_found


def test_animals_taken_in_and_kinds_stored(tmp_path: Path) -> None:
    """收容流浪犬900只 against 流浪犬收容数量 │ ≥700只, 储备物资品类不少于30类 against 储备物资
    品类 │ ≥25类: both counts differ from the goal's (D104 at each)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "流浪犬收容数量", "≥", 700, "只"],
        ["产出指标", "数量指标", "储备物资品类", "≥", 25, "类"],
    ]
    goal = "全年收容流浪犬900只，储备物资品类不少于30类。"
    found = table_found(tmp_path / "a.xlsx", rows, "收容所", goal, 80)
    assert coded(found, "D104") == [("warning", "E7"), ("warning", "E8")]


def test_works_named_by_their_act_under_quality(tmp_path: Path) -> None:
    """整治重大隐患点 │ ≥60处 under 质量 is the works done, an output (F201); 整治验收合格点 would
    be a quality."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "堤岸隐患点排查", "≥", 200, "处"],
        ["产出指标", "质量指标", "整治重大隐患点", "≥", 60, "处"],
        ["产出指标", "质量指标", "整治验收合格点", "≥", 55, "处"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "堤岸整治", "排查堤岸隐患点200处。", 80)
    assert coded(found, "F201") == [("warning", "C8")]


def test_people_counted_in_ming_before_what_is_done_for_them(tmp_path: Path) -> None:
    """为不少于1500名农民工先行垫付欠薪 against 先行垫付农民工人数 │ ≥1200人: 名 counts people as
    人 does (D104); 1200名 agrees."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "先行垫付农民工人数", "≥", 1200, "人"],
        ["产出指标", "质量指标", "垫付对象审核准确率", "≥", 98, "%"],
    ]
    goal = "全年动用保障金为不少于1500名农民工先行垫付欠薪。"
    found = table_found(tmp_path / "a.xlsx", rows, "欠薪保障", goal, 300)
    assert coded(found, "D104") == [("warning", "E7")]
    goal = goal.replace("1500名", "1200名")
    assert coded(table_found(tmp_path / "b.xlsx", rows, "欠薪保障", goal, 300), "D104") == []


def test_one_person_for_each_counted_in_ming(tmp_path: Path) -> None:
    """划分40个网格，每格配备1名专职网格员 against 专职网格员人数 │ ≥40人: one each, not the
    whole (no D104; a guard from the all-corpora run, holdout62 jt07, holdout82 kn07)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "专职网格员人数", "≥", 40, "人"],
        ["产出指标", "质量指标", "矛盾纠纷化解率", "≥", 95, "%"],
    ]
    goal = "全街道划分40个网格，每格配备1名专职网格员，按月巡查走访。"
    found = table_found(tmp_path / "a.xlsx", rows, "网格化管理", goal, 60)
    assert coded(found, "D104") == []


def test_what_is_found_after_the_works_under_quality(tmp_path: Path) -> None:
    """修缮后屋面渗漏处 │ ≤0处 and 改造后桑叶亩产 │ ≥1500公斤 under 质量: what is found after the
    works, no works done (no F201; a guard from the all-corpora run, holdout499 ao07, holdout591
    ec02)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "修缮屋面面积", "≥", 800, "平方米"],
        ["产出指标", "质量指标", "修缮后屋面渗漏处", "≤", 0, "处"],
        ["产出指标", "质量指标", "改造后桑叶亩产", "≥", 1500, "公斤"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "屋面修缮", "修缮屋面800平方米。", 60)
    assert coded(found, "F201") == []
