"""Session 68, round 231 (holdout728–730): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, found_at, table_found, three_year_table


def test_kit_for_each_room_is_no_count_of_all(tmp_path: Path) -> None:
    """配备快检设备套数 ≥8套 against 改造8个快检室，每室配齐快检设备1套: one set for each room,
    not a count of all (no D104; a false warning on holdout728 kbj11)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "改造快检室数量", "=", 8, "个"],
        ["产出指标", "数量指标", "配备快检设备套数", "≥", 8, "套"],
    ]
    goal = "完成8个农贸市场快检室改造，每室配齐快检设备1套。"
    found = table_found(tmp_path / "a.xlsx", rows, "快检室改造", goal, 48)
    assert coded(found, "D104") == []


def test_an_average_said_for_each_day(tmp_path: Path) -> None:
    """日均快检样品数量 ≥60批次 against 每日快检样品不少于80批次 (D104)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "日均快检样品数量", "≥", 60, "批次"],
        ["产出指标", "质量指标", "快检结果公示率", "≥", 98, "%"],
    ]
    goal = "辖区农贸市场快检室每日快检样品不少于80批次，结果当日公示。"
    found = table_found(tmp_path / "a.xlsx", rows, "快检运行", goal, 30)
    assert coded(found, "D104") == [("warning", "E7")]


def test_how_long_a_supply_is_kept_up_is_more_the_better(tmp_path: Path) -> None:
    """消防用水保障时长 ≥2小时: a supply that lasts, no fall sought (no T108; a false warning on
    holdout729 kbk15)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "消防水池建设数量", "≥", 2, "座"],
        ["效益指标", "社会效益指标", "文庙消防用水保障时长", "≥", 2, "小时"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "文庙消防", "建设消防水池2座。", 60)
    assert coded(found, "T108") == []


def test_those_trained_named_by_the_act_under_quality(tmp_path: Path) -> None:
    """培训学校终端管理员 ≥56人 under 质量: people trained, an output (F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "安装终端学校数", "≥", 28, "所"],
        ["产出指标", "质量指标", "培训学校终端管理员", "≥", 56, "人"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "预警终端", "为28所学校安装终端。", 90)
    assert coded(found, "F201") == [("warning", "C8")]


def test_a_years_count_of_sites_said_before_the_work(tmp_path: Path) -> None:
    """文物建筑防雷改造处数 ≥30处 │ ≥12处 against 三年完成30处… and 2026年完成18处文物建筑防雷改造
    (D104 at the year's value): each target held against its own goal's count."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "文物建筑防雷改造处数", "≥30处", "≥12处"],
        ["产出指标", "质量指标", "防雷装置检测合格率", "=100%", "=100%"],
    ]
    period = "2026—2028年完成30处文物建筑防雷改造。"
    year = "2026年完成18处文物建筑防雷改造，建立年检机制。"
    found = found_at(three_year_table(tmp_path / "a.xlsx", rows, period, year))
    assert coded(found, "D104") == [("warning", "E8")]


def test_things_each_with_its_own_count_and_a_copied_year(tmp_path: Path) -> None:
    """村卫生室标准化建设数量 against 完成42个村卫生室和9个乡镇卫生院标准化建设: the 9 is the
    乡镇卫生院's, each thing with its own count (no D104); 完成智慧化改造派出所 ≥14个 in both
    columns against 2026年完成7个派出所智慧化改造: the year's value copied, D202's, not D104's
    (guards from the all-corpora run: holdout85 kq05, holdout36 it14)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "村卫生室标准化建设数量", "≥42个", "≥14个"],
        ["产出指标", "数量指标", "乡镇卫生院标准化建设数量", "≥9个", "≥3个"],
        ["产出指标", "数量指标", "完成智慧化改造派出所", "≥14个", "≥14个"],
    ]
    period = "三年内完成42个村卫生室和9个乡镇卫生院标准化建设，完成14个派出所智慧化改造。"
    year = "2026年完成14个村卫生室和3个乡镇卫生院标准化建设，完成7个派出所智慧化改造。"
    found = found_at(three_year_table(tmp_path / "a.xlsx", rows, period, year))
    assert coded(found, "D104") == []
    assert coded(found, "D202") == [("warning", "E10")]
