"""Session 69, round 240 (holdout755–757): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, table_found


def test_a_refusal_rate_is_less_the_better(tmp_path: Path) -> None:
    """调查户拒访率 ≥3%: households refusing a survey, the fewer the better (T108; missed on
    holdout757 kcm04)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "农民工监测调查户数", "≥", 2000, "户"],
        ["效益指标", "社会效益指标", "调查户拒访率", "≥", 3, "%"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "农民工监测调查", "调查2000户。", 80)
    assert coded(found, "T108") == [("warning", "E8")]


def test_a_share_and_a_rate_of_one_coverage(tmp_path: Path) -> None:
    """记账数据审核覆盖率 ≥95% and 记账数据审核覆盖比例 ≥98% under one tier-2: one indicator in two
    words (D103; missed on holdout757 kcm06 and holdout752 kch16)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "审核记账户数", "≥", 90, "户"],
        ["产出指标", "质量指标", "记账数据审核覆盖率", "≥", 95, "%"],
        ["产出指标", "质量指标", "记账数据审核覆盖比例", "≥", 98, "%"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "住户调查辅助", "审核记账户90户。", 30)
    assert coded(found, "D103") == [("warning", "C9")]


def test_a_pool_of_trainers_set_up_to_stay(tmp_path: Path) -> None:
    """建立小微企业安全培训师资库 =1个 under 可持续影响: a capacity left, no output misfiled (no
    F201; a false warning on holdout756 kcl07)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "培训小微企业负责人人次", "≥", 1200, "人次"],
        ["效益指标", "可持续影响指标", "建立小微企业安全培训师资库", "=", 1, "个"],
    ]
    goal = "培训小微企业负责人1200人次。"
    found = table_found(tmp_path / "a.xlsx", rows, "小微企业安全培训", goal, 60)
    assert coded(found, "F201") == []
