"""Session 67, round 224 (holdout707–709): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, found_at, table_found, three_year_table


def test_fee_paying_users_and_fees_left_unpaid(tmp_path: Path) -> None:
    """线上缴费用户占比 │ ≥ │ 60%: users who pay, no 费用 (no T108); 用水户欠费率 │ ≥ │ 3%: fees
    left unpaid, a rate to keep down (T108); 水费开票差错率 under 数量 is a quality (F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "智能水表安装户数", "≥", 1800, "户"],
        ["产出指标", "数量指标", "水费开票差错率", "≤", 1, "%"],
        ["产出指标", "质量指标", "线上缴费用户占比", "≥", 60, "%"],
        ["效益指标", "社会效益指标", "用水户欠费率", "≥", 3, "%"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "水费改革", "安装智能水表1800户。", 90)
    assert coded(found, "T108") == [("warning", "E10")]
    assert coded(found, "F201") == [("warning", "C8")]


def test_a_whole_said_before_its_years_parts(tmp_path: Path) -> None:
    """完成4800户智能水表安装（2026年1800户、2027年1600户、2028年1400户） against the period's
    ≥4800户: the 1800户 in brackets is the first year's part (no D104)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "智能水表安装户数", "≥4800户", "≥1800户"],
        ["产出指标", "质量指标", "水表计量准确率", "≥98%", "≥98%"],
    ]
    period = "完成4800户智能水表安装（2026年1800户、2027年1600户、2028年1400户）。"
    path = three_year_table(tmp_path / "a.xlsx", rows, period, "完成1800户智能水表安装。")
    assert coded(found_at(path), "D104") == []


def test_points_set_out_said_act_first(tmp_path: Path) -> None:
    """新布设水质监测点位120个 against 水质监测点位布设数 │ ≥100个 (D104)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "水质监测点位布设数", "≥", 100, "个"],
        ["产出指标", "质量指标", "采样规范执行率", "=", 100, "%"],
    ]
    goal = "在全县新布设水质监测点位120个，完成两轮采样检测。"
    found = table_found(tmp_path / "a.xlsx", rows, "水质监测", goal, 60)
    assert coded(found, "D104") == [("warning", "E7")]
