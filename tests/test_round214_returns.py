"""Session 66, round 214 (holdout677–679): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, found_at, save_sheet, table_found


def test_an_area_extended_said_act_first(tmp_path: Path) -> None:
    """扩建蒲公英GAP示范基地1200亩 against 示范基地扩建面积 ≥1000亩 (D104)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "示范基地扩建面积", "≥", 1000, "亩"],
        ["产出指标", "数量指标", "晾晒场建设数量", "≥", 2, "处"],
    ]
    goal = "扩建蒲公英GAP示范基地1200亩，配套建设晾晒场2处。"
    found = table_found(tmp_path / "g.xlsx", rows, "蒲公英基地", goal, 120)
    assert coded(found, "D104") == [("warning", "E7")]


def test_a_whole_counted_before_with_its_part_in_brackets(tmp_path: Path) -> None:
    """扶持12户肉鸭养殖场（其中番鸭场3户）: 其中改造番鸭养殖场 ≥3户 is the part, no D104 (a guard
    on round 211's reading of a count before the thing, which took the 12户 as its)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "完成标准化改造养殖场", "≥", 12, "户"],
        ["产出指标", "数量指标", "其中改造番鸭养殖场", "≥", 3, "户"],
    ]
    goal = "扶持12户肉鸭养殖场（其中番鸭场3户）完成标准化改造，全年出栏肉鸭60万羽以上。"
    found = table_found(tmp_path / "p.xlsx", rows, "鸭场改造", goal, 60)
    assert not coded(found, "D104")


def test_a_head_of_its_own_over_the_value_and_its_unit(tmp_path: Path) -> None:
    """一级指标 │ 二级指标 │ 三级指标 │ 绩效目标 (over 指标值 │ 计量单位) │ 分值: one header on two
    lines; its indicators are read (a 反向 rate with ≥ found, no S013)."""
    rows: list[list[Any]] = [
        ["一级指标", "二级指标", "三级指标", "绩效目标", None, "分值"],
        [None, None, None, "指标值", "计量单位"],
        ["产出指标", "数量指标", "购置冷藏收奶车", "≥6", "辆", 50],
        ["效益指标", "经济效益指标", "原料乳损耗率", "≥1", "%", 30],
        ["满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90", "%", 20],
    ]
    found = found_at(save_sheet(tmp_path / "h.xlsx", rows, merges=("D1:E1",)))
    assert not coded(found, "S013")
    assert coded(found, "T108") == [("warning", "D4")]
