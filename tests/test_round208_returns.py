"""Session 65, round 208 (holdout659–661): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, found_at, save_sheet, table_found


def test_a_two_line_header_repeated_in_one_line(tmp_path: Path) -> None:
    """A header of 绩效目标值 over 中期 │ 年度, repeated after a page break as one line (一级指标 │
    二级指标 │ 三级指标 │ 中期 │ 年度): no row out of place (S101), no value a note (T102)."""
    rows: list[list[Any]] = [
        ["一级指标", "二级指标", "三级指标", "绩效目标值"],
        [None, None, None, "中期", "年度"],
        ["产出指标", "数量指标", "新增种质资源", "≥20份", "≥10份"],
        [None, "质量指标", "入圃种质成活率", "≥90%", "≥90%"],
        ["一级指标", "二级指标", "三级指标", "中期", "年度"],
        ["成本指标", "经济成本指标", "每份种质保存成本", "≤1万元/份", "≤1万元/份"],
        ["满意度指标", "服务对象满意度指标", "科研用户满意度", "≥90%", "≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "h.xlsx", rows))
    assert not coded(found, "S101") and not coded(found, "T102")


def test_counts_named_by_another_word_for_their_unit(tmp_path: Path) -> None:
    """示范户培训人次 / 示范户培训人数 (≥150人次 both), 样品检测批次 / 样品检测批数 (≥400批 /
    ≥300批), 布病监测采样数 / 布鲁氏菌病监测采样数量: one indicator each (D103)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "示范户培训人次", "≥", 150, "人次"],
        ["产出指标", "数量指标", "样品检测批次", "≥", 400, "批"],
        ["产出指标", "数量指标", "布病监测采样数", "≥", 3000, "份"],
        ["产出指标", "质量指标", "示范户培训人数", "≥", 150, "人次"],
        ["产出指标", "数量指标", "样品检测批数", "≥", 300, "批"],
        ["产出指标", "数量指标", "布鲁氏菌病监测采样数量", "≥", 2500, "份"],
    ]
    found = table_found(tmp_path / "n.xlsx", rows, "鹿场防疫", "开展防疫监测。", 60)
    near = [at for code, _sev, at in found if code in ("D101", "D102", "D103")]
    assert near == ["C10", "C11", "C12"]


def test_a_cost_per_kilogram(tmp_path: Path) -> None:
    """冻干加工成本 ≤0.11万元/千克 × 鲜茸冻干加工量 900千克 = 99万元 > 90万元 (B107)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "鲜茸冻干加工量", "≥", 900, "千克"],
        ["成本指标", "经济成本指标", "冻干加工成本", "≤", 0.11, "万元/千克"],
    ]
    found = table_found(tmp_path / "k.xlsx", rows, "鹿茸冻干", "冻干加工鲜茸900千克。", 90)
    assert coded(found, "B107") == [("warning", "E8")]


def test_a_short_area_name_and_its_act(tmp_path: Path) -> None:
    """在蕉石镇试种菠萝蜜50亩 against 试种面积 ≥40亩, the one area of the table (D104); not where
    another indicator is in 亩 too."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "引进菠萝蜜品种数", "≥", 5, "个"],
        ["产出指标", "数量指标", "试种面积", "≥", 40, "亩"],
    ]
    goal = "引进菠萝蜜品种5个，在蕉石镇试种菠萝蜜50亩。"
    found = table_found(tmp_path / "a.xlsx", rows, "菠萝蜜试种", goal, 30)
    assert coded(found, "D104") == [("warning", "E8")]
    rows.append(["效益指标", "社会效益指标", "带动周边种植面积", "≥", 300, "亩"])
    found = table_found(tmp_path / "b.xlsx", rows, "菠萝蜜试种", goal, 30)
    assert not coded(found, "D104")


def test_a_level_the_goal_says_is_reached(tmp_path: Path) -> None:
    """单套日处理能力达到50吨 against 单套设施日处理能力 ≥30吨 (D104)."""
    rows: list[list[Any]] = [["产出指标", "数量指标", "单套设施日处理能力", "≥", 30, "吨"]]
    goal = "建成废水处理设施2套，单套日处理能力达到50吨，出水达标。"
    found = table_found(tmp_path / "w.xlsx", rows, "废水处理", goal, 70)
    assert coded(found, "D104") == [("warning", "E7")]
