"""Session 63, round 198 (holdout629–631): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, table_found


def test_fungus_logs_tending_and_spreading_are_read(tmp_path: Path) -> None:
    """栽培香菇菌棒50000棒 against 栽培香菇菌棒 ≥40000棒, 抚育毛竹林2000亩 against 毛竹林抚育面积
    ≥1500亩, 扩种茭白300亩 against 茭白扩种面积 ≥200亩 (D104 at each value)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "栽培香菇菌棒", "≥", 40000, "棒"],
        ["产出指标", "数量指标", "毛竹林抚育面积", "≥", 1500, "亩"],
        ["产出指标", "数量指标", "茭白扩种面积", "≥", 200, "亩"],
    ]
    goal = "栽培香菇菌棒50000棒，抚育毛竹林2000亩，扩种茭白300亩。"
    found = table_found(tmp_path / "f.xlsx", rows, "林下经济", goal, money=200)
    assert coded(found, "D104") == [("warning", "E7"), ("warning", "E8"), ("warning", "E9")]


def test_a_works_cost_per_mu_times_its_area(tmp_path: Path) -> None:
    """基地建设成本 ≤3000元/亩 × 栽培基地面积 300亩 = 90万元, above the year's 60万元 (B107)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "栽培基地面积", "≥", 300, "亩"],
        ["成本指标", "经济成本指标", "基地建设成本", "≤", 3000, "元/亩"],
    ]
    found = table_found(tmp_path / "c.xlsx", rows, "栽培基地", "建成栽培基地300亩。", money=60)
    assert coded(found, "B107") == [("warning", "E8")]


def test_a_share_given_as_a_count_is_no_output(tmp_path: Path) -> None:
    """校车监控设备安装比例 │ 120辆 under 质量指标: a share given as a count (T105 says it), no
    output misfiled (no F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "校车监控设备安装数量", "≥", 120, "辆"],
        ["产出指标", "质量指标", "校车监控设备安装比例", None, "120辆", None],
    ]
    found = table_found(tmp_path / "s.xlsx", rows, "校车监控", "为120辆校车安装监控设备。")
    assert coded(found, "F201") == []
