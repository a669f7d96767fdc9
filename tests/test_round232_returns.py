"""Session 68, round 232 (holdout731–733): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, found_at, save_sheet, table_found


def test_a_count_said_with_its_floor(tmp_path: Path) -> None:
    """A department's flat list: 水样检测数量 │ 份 │ ≥ │ 1200 against 全年检测农村供水水样不少于
    1600份 (D104): the name's words apart, the count after 不少于 (份 not the unit of one
    indicator alone)."""
    rows: list[list[Any]] = [
        ["2026年度部门整体支出绩效目标申报表"],
        ["部门（单位）名称", "某县供水水质监测中心"],
        ["年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出"],
        [None, 200, 170, 30, 120, 80],
        ["年度总体目标", "全年检测农村供水水样不少于1600份，覆盖全县集中供水工程。"],
        ["指标名称", "权重", "计量单位", "指标性质", "指标值"],
        ["水样检测数量", 40, "份", "≥", 1200],
        ["检测报告出具份数", 30, "份", "≥", 1200],
        ["检测报告按时出具率", 30, "%", "≥", 95],
    ]
    found = found_at(save_sheet(tmp_path / "a.xlsx", rows))
    assert coded(found, "D104") == [("warning", "E7")]


def test_people_trained_said_in_ming_with_the_act_first(tmp_path: Path) -> None:
    """督导员培训人数 ≥450人 against 培训垃圾分类督导员600名 (D104): people counted in 名 are
    counted in 人."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "督导员培训人数", "≥", 450, "人"],
        ["产出指标", "数量指标", "绿色课堂开展场次", "≥", 96, "场"],
    ]
    goal = "全年培训垃圾分类督导员600名，开展绿色课堂96场。"
    found = table_found(tmp_path / "a.xlsx", rows, "督导员培训", goal, 60)
    assert coded(found, "D104") == [("warning", "E7")]


def test_views_counted_as_times_or_as_an_amount(tmp_path: Path) -> None:
    """垃圾分类短视频播放量 ≥50万次 and 垃圾分类短视频播放次数 ≥80万次: one count of views, given
    twice (D103)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "垃圾分类短视频播放量", "≥", 50, "万次"],
        ["产出指标", "数量指标", "入户宣传手册发放数量", "≥", 20, "万册"],
        ["产出指标", "数量指标", "垃圾分类短视频播放次数", "≥", 80, "万次"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "分类宣传", "制作并投放短视频。", 60)
    assert coded(found, "D103") == [("warning", "C9")]


def test_a_price_per_machine_times_the_count_of_that_machine(tmp_path: Path) -> None:
    """揉捻机采购单价 ≤40万元/台 × 采购揉捻机 8台 = 320万元 above 260万元 (B107), beside
    采购理条机 4台: the count of the machine the price names."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "采购揉捻机", "=", 8, "台"],
        ["产出指标", "数量指标", "采购理条机", "=", 4, "台"],
        ["成本指标", "经济成本指标", "揉捻机采购单价", "≤", 40, "万元/台"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "茶厂改造", "采购制茶设备。", 260)
    assert coded(found, "B107") == [("warning", "E9")]


def test_a_floor_for_each_station_is_no_count_of_all(tmp_path: Path) -> None:
    """群众文化活动场次 ≥288场 against 每站年开展群众文化活动不少于24场: a floor for each station,
    not the count of all (no D104; a guard from the all-corpora run: holdout79 kk09)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "综合文化站数量", "≥", 12, "个"],
        ["产出指标", "数量指标", "群众文化活动场次", "≥", 288, "场"],
    ]
    goal = "支持全县12个综合文化站运行，每站年开展群众文化活动不少于24场。"
    found = table_found(tmp_path / "a.xlsx", rows, "文化站运行", goal, 60)
    assert coded(found, "D104") == []


def test_a_floor_for_each_class_in_brackets_is_no_count_of_all(tmp_path: Path) -> None:
    """传习班学员人数 ≥90人 against 举办传习班6期（每期学员不少于15人）: a floor for each class, not
    the count of all (no D104; a guard from the all-corpora run: holdout608 et09)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "传习班举办期数", "≥", 6, "期"],
        ["产出指标", "数量指标", "传习班学员人数", "≥", 90, "人"],
    ]
    goal = "举办烧制技艺传习班6期（每期学员不少于15人），传承传统技艺。"
    found = table_found(tmp_path / "a.xlsx", rows, "技艺传习", goal, 30)
    assert coded(found, "D104") == []
