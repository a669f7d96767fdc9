"""Session 66, round 213 (holdout674–676): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, table_found


def test_levels_of_a_share_tried_and_trial_sites_under_quality(tmp_path: Path) -> None:
    """替代比例梯度 ≥3个 counts the levels tried, no rate (no T105); 品种筛选试验点 ≥6个 under
    质量 is a count of sites set up (F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "试验生猪", "≥", 600, "头"],
        ["产出指标", "数量指标", "替代比例梯度", "≥", 3, "个"],
        ["产出指标", "质量指标", "品种筛选试验点", "≥", 6, "个"],
        ["产出指标", "质量指标", "试验数据有效率", "≥", 95, "%"],
    ]
    found = table_found(tmp_path / "t.xlsx", rows, "饲喂试验", "试验生猪600头。", 30)
    assert not coded(found, "T105")
    assert coded(found, "F201") == [("warning", "C9")]


def test_a_capacity_raised_from_one_level_to_another(tmp_path: Path) -> None:
    """小米日加工能力由18吨提高到30吨: the level it is raised to, 30吨, agrees with ≥30吨 (no
    D104); 由18吨提高到25吨 does not (D104)."""
    for level, expected in ((30, []), (25, [("warning", "E7")])):
        rows: list[list[Any]] = [
            ["效益指标", "经济效益指标", "小米日加工能力", "≥", 30, "吨"],
            ["产出指标", "数量指标", "更新碾米机组", "≥", 4, "台"],
        ]
        goal = f"更新碾米机组4台，小米日加工能力由18吨提高到{level}吨。"
        found = table_found(tmp_path / f"m{level}.xlsx", rows, "小米加工", goal, 140)
        assert coded(found, "D104") == expected


def test_a_total_after_a_count_for_each(tmp_path: Path) -> None:
    """每棚投放菌包8000袋，共投放菌包20万袋 against 投放菌包数量 ≥15万袋: the total (D104)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "扶持出菇棚数量", "≥", 25, "座"],
        ["产出指标", "数量指标", "投放菌包数量", "≥", 15, "万袋"],
    ]
    goal = "扶持出菇棚25座，每棚投放菌包8000袋，共投放菌包20万袋。"
    found = table_found(tmp_path / "b.xlsx", rows, "滑子菇", goal, 40)
    assert coded(found, "D104") == [("warning", "E8")]


def test_a_subsidy_per_mu_and_the_area_its_subject_ends_in(tmp_path: Path) -> None:
    """芝麻种植补贴标准 ≤80元/亩 × 补贴种植面积 2000亩 = 16万元, above 12万元 (B107)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "补贴种植面积", "≥", 2000, "亩"],
        ["产出指标", "成本指标", "芝麻种植补贴标准", "≤", 80, "元/亩"],
    ]
    found = table_found(tmp_path / "s.xlsx", rows, "芝麻补贴", "补贴芝麻种植。", 12)
    assert coded(found, "B107") == [("warning", "E8")]


def test_a_fee_per_batch_times_its_count_given_twice(tmp_path: Path) -> None:
    """每批次试验费用 ≤3.5万元/批次 × the one count of 批次, given twice (6) = 21万元, above
    18万元 (B107); a cost of making each (艾条单支加工成本 × 艾条销售量 given twice) is no fee
    the project pays for that count (none)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "肉鸡饲喂试验批次", "≥", 6, "批次"],
        ["产出指标", "数量指标", "肉鸡饲喂试验批次数", "≥", 6, "批次"],
        ["产出指标", "成本指标", "每批次试验费用", "≤", 3.5, "万元/批次"],
    ]
    found = table_found(tmp_path / "f.xlsx", rows, "饲喂试验", "开展饲喂试验。", 18)
    assert coded(found, "B107") == [("warning", "E9")]
    rows = [
        ["产出指标", "数量指标", "艾条销售量", "≥", 20, "万支"],
        ["产出指标", "数量指标", "艾条年销售量", "≥", 20, "万支"],
        ["产出指标", "成本指标", "艾条单支加工成本", "≤", 2.6, "元/支"],
    ]
    found = table_found(tmp_path / "c.xlsx", rows, "艾条加工", "全年销售艾条20万支。", 46)
    assert not coded(found, "B107")
