"""Session 69, round 239 (holdout752–754): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, table_found


def test_a_loss_of_a_stock_falling_is_more_the_better(tmp_path: Path) -> None:
    """森林火灾导致碳储量损失下降率 ≥5%: the loss falls, more is better (no T108; a false warning
    on holdout754 kcj17); 地下水位年均下降幅度 ≥0.5米 is a level falling (T108)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "监测样地数量", "≥", 80, "个"],
        ["效益指标", "生态效益指标", "森林火灾导致碳储量损失下降率", "≥", 5, "%"],
        ["效益指标", "生态效益指标", "地下水位年均下降幅度", "≥", 0.5, "米"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "碳汇监测", "监测样地80个。", 135)
    assert coded(found, "T108") == [("warning", "E9")]


def test_a_rate_the_goal_gives_of_its_near_duplicate(tmp_path: Path) -> None:
    """巡护覆盖率 ≥90% beside 巡护区域覆盖率 ≥95%, the goal saying 巡护覆盖率不低于95%: the
    near-duplicate's rate (D103 names the pair), no D104 besides (a false warning on holdout754
    kcj06); alone, 巡护覆盖率 ≥90% against 不低于95% is D104."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "巡护人次", "≥", 1500, "人次"],
        ["产出指标", "质量指标", "巡护区域覆盖率", "≥", 95, "%"],
        ["产出指标", "质量指标", "巡护覆盖率", "≥", 90, "%"],
    ]
    goal = "完成南岭片区网格化巡护，巡护覆盖率不低于95%。"
    found = table_found(tmp_path / "a.xlsx", rows, "网格化巡护", goal, 160)
    assert coded(found, "D103") == [("warning", "C9")]
    assert coded(found, "D104") == []
    del rows[1]
    found = table_found(tmp_path / "b.xlsx", rows, "网格化巡护", goal, 160)
    assert coded(found, "D104") == [("warning", "E8")]


def test_rescues_a_success_rate_and_a_count_given_twice(tmp_path: Path) -> None:
    """救治成功率 under 时效 is a quality (F201); 单只鸟类救护饲养成本 ≤0.2万元/只 × the smaller of
    救护野生鸟类数量 ≥500只 and 救护野生鸟类数 ≥450只 = 90万元 above 70万元 (B107): both missed on
    holdout754 kcj08."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "救护野生鸟类数量", "≥", 500, "只"],
        ["产出指标", "数量指标", "救护野生鸟类数", "≥", 450, "只"],
        ["产出指标", "时效指标", "救治成功率", "≥", 75, "%"],
        ["成本指标", "经济成本指标", "单只鸟类救护饲养成本", "≤", 0.2, "万元/只"],
    ]
    goal = "收容救护受伤及迁徙受困鸟类500只。"
    found = table_found(tmp_path / "a.xlsx", rows, "鸟类救护站运行", goal, 70)
    assert coded(found, "F201") == [("warning", "C9")]
    assert coded(found, "B107") == [("warning", "E10")]
    found = table_found(tmp_path / "b.xlsx", rows, "鸟类救护站运行", goal, 95)
    assert coded(found, "B107") == []


def test_merchants_counted_with_shu_and_shuliang(tmp_path: Path) -> None:
    """参与活动餐饮商户数量 ≥800家 under 数量 and 参与活动餐饮商户数 ≥600家 under 经济效益: one
    count twice (D103), no misfiled output besides (a false F201 and a missed D102 on
    holdout753 kci10)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "参与活动餐饮商户数量", "≥", 800, "家"],
        ["产出指标", "数量指标", "餐饮消费券发放金额", "≥", 500, "万元"],
        ["效益指标", "经济效益指标", "参与活动餐饮商户数", "≥", 600, "家"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "餐饮消费券", "发放餐饮消费券500万元。", 500)
    assert coded(found, "D103") == [("warning", "C9")]
    assert coded(found, "F201") == []
