"""Session 65, round 206 (holdout653–655): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, table_found


def test_what_is_turned_out_under_quality(tmp_path: Path) -> None:
    """Under 质量: 肉牛出栏数量 ≥800头, 参训果农人数 ≥200人 and 宣传栏更新数量 ≥20块 are
    outputs (F201); 培训合格人数 (those who passed), 台账更新次数 and 抽检批次 are not. 果品优质率
    under 时效 is a quality (F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "肉牛养殖示范户", "≥", 50, "户"],
        ["产出指标", "质量指标", "肉牛出栏数量", "≥", 800, "头"],
        ["产出指标", "质量指标", "参训果农人数", "≥", 200, "人"],
        ["产出指标", "质量指标", "宣传栏更新数量", "≥", 20, "块"],
        ["产出指标", "质量指标", "培训合格人数", "≥", 180, "人"],
        ["产出指标", "质量指标", "养殖台账更新次数", "≥", 4, "次"],
        ["产出指标", "质量指标", "饲料抽检批次", "≥", 30, "批次"],
        ["产出指标", "时效指标", "果品优质率", "≥", 90, "%"],
    ]
    found = table_found(tmp_path / "q.xlsx", rows, "肉牛养殖", "扶持示范户50户。", 80)
    assert coded(found, "F201") == [
        ("warning", "C8"),
        ("warning", "C9"),
        ("warning", "C10"),
        ("warning", "C14"),
    ]


def test_an_orchard_the_name_ends_in(tmp_path: Path) -> None:
    """改造低产老茶园500亩 against 改造低产茶园面积 ≥550亩: the place (园) is the name's own
    last word (D104)."""
    rows: list[list[Any]] = [["产出指标", "数量指标", "改造低产茶园面积", "≥", 550, "亩"]]
    goal = "改造低产老茶园500亩，更换茶苗6万株。"
    found = table_found(tmp_path / "o.xlsx", rows, "茶园改造", goal, 60)
    assert coded(found, "D104") == [("warning", "E7")]


def test_stored_hay_said_object_first(tmp_path: Path) -> None:
    """全株青贮玉米收贮8000吨 against 收贮全株青贮玉米 ≥6000吨 (D104: 收贮, as 收储)."""
    rows: list[list[Any]] = [["产出指标", "数量指标", "收贮全株青贮玉米", "≥", 6000, "吨"]]
    goal = "完成全株青贮玉米收贮8000吨，保障冬春补饲。"
    found = table_found(tmp_path / "h.xlsx", rows, "青贮收贮", goal, 90)
    assert coded(found, "D104") == [("warning", "E7")]


def test_standards_per_bag_and_per_animal_brought_in(tmp_path: Path) -> None:
    """菌棒补助标准 ≤2元/棒 × 香菇菌棒数量 ≥30万棒 = 60万元 > 50万元; 种牛引进补助标准 0.5万元/头
    × 引进西门塔尔种牛 200头 (not 牛场年供犊牛 1500头) = 100万元 > 50万元: B107 at each."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "香菇菌棒数量", "≥", 30, "万棒"],
        ["产出指标", "数量指标", "引进西门塔尔种牛", "≥", 200, "头"],
        ["成本指标", "经济成本指标", "菌棒补助标准", "≤", 2, "元/棒"],
        ["成本指标", "经济成本指标", "种牛引进补助标准", "=", 0.5, "万元/头"],
        ["效益指标", "经济效益指标", "牛场年供犊牛", "≥", 1500, "头"],
    ]
    found = table_found(tmp_path / "s.xlsx", rows, "香菇种牛", "发展香菇和肉牛。", 50)
    assert coded(found, "B107") == [("warning", "E9"), ("warning", "E10")]


def test_the_years_harvest_beside_the_harvest(tmp_path: Path) -> None:
    """天麻鲜品采收量 ≥20吨 / 天麻鲜品年采收量 ≥25吨 under one tier-2: one indicator (D103); not
    天麻鲜品年均采收量 (another way of counting)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "天麻鲜品采收量", "≥", 20, "吨"],
        ["产出指标", "数量指标", "天麻鲜品年采收量", "≥", 25, "吨"],
        ["产出指标", "质量指标", "天麻干品加工量", "≥", 5, "吨"],
        ["产出指标", "质量指标", "天麻干品年均加工量", "≥", 4, "吨"],
    ]
    found = table_found(tmp_path / "d.xlsx", rows, "天麻采收", "采收天麻鲜品20吨。", 40)
    assert [at for _sev, at in coded(found, "D103")] == ["C8"]
