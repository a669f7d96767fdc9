"""Session 67, round 220 (holdout695–697): each test fails without its change; the last two
guard what the all-corpora run showed (holdout136 mp10, holdout164 nr03)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.returns import (
    coded,
    found_at,
    official_table,
    period_row,
    save_sheet,
    table_found,
    three_year_table,
)


def test_a_rate_of_samples_left_out_and_a_cost_per_school(tmp_path: Path) -> None:
    """食品留样缺漏率 │ ≥ │ 2% is a rate to keep down (T108); 单所厨房改造平均成本 │ ≤25万元
    under 数量 is a cost (F201), and × the 4所 counted it is above the 80万元 (B107)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "改造学校厨房数", "≥", 4, "所"],
        ["产出指标", "数量指标", "单所厨房改造平均成本", "≤", 25, "万元"],
        ["产出指标", "质量指标", "食品留样缺漏率", "≥", 2, "%"],
    ]
    found = table_found(tmp_path / "t.xlsx", rows, "厨房改造", "改造4所学校厨房。", 80)
    assert coded(found, "T108") == [("warning", "E9")]
    assert coded(found, "F201") == [("warning", "C8")]
    assert coded(found, "B107") == [("warning", "E8")]


def test_a_count_with_how_often_in_brackets(tmp_path: Path) -> None:
    """开展食堂自查12次（每月1次） in the goal against 食堂自查次数 │ ≥10次 (D104): the bracket
    says how often, not the count's parts."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "食堂自查次数", "≥", 10, "次"],
        ["产出指标", "数量指标", "厨师培训次数", "≥", 4, "次"],
    ]
    goal = "全年开展食堂自查12次（每月1次），组织厨师培训4次。"
    found = table_found(tmp_path / "a.xlsx", rows, "食堂自查", goal, 8)
    assert coded(found, "D104") == [("warning", "E7")]


def test_batches_helped_with_said_act_first(tmp_path: Path) -> None:
    """协助完成出口批次检验900批 in the goal against 出口批次检验协助数量 │ ≥800批 (D104)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "出口批次检验协助数量", "≥", 800, "批"],
        ["产出指标", "质量指标", "检验报告准确率", "≥", 99, "%"],
    ]
    goal = "全年协助完成出口批次检验900批，检验报告准确率99%以上。"
    found = table_found(tmp_path / "a.xlsx", rows, "出口检验", goal, 50)
    assert coded(found, "D104") == [("warning", "E7")]


def test_no_standard_per_mu_times_a_years_area_above_its_period(tmp_path: Path) -> None:
    """A year's 拱棚面积 ≥700亩 above the period's ≥600亩 is D201's error: 5000元/亩 times it is
    no cost to hold against the year's 300万元 (no B107)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "拱棚建设面积", "≥600亩", "≥700亩"],
        ["产出指标", "质量指标", "拱棚验收合格率", "≥95%", "≥95%"],
        ["成本指标", "经济成本指标", "拱棚建设亩均补助", "≤5000元/亩", "≤5000元/亩"],
    ]
    path = three_year_table(tmp_path / "a.xlsx", rows, "三年建成拱棚600亩。", "建成拱棚200亩。")
    found = found_at(path)
    assert coded(found, "D201") == [("error", "E8")]
    assert coded(found, "B107") == []


def test_a_standard_per_site_in_a_two_year_plan_with_one_value_column(tmp_path: Path) -> None:
    """单处避难场所建设成本 │ ≤45万元 × 建设应急避难场所 ≥8处 in a 2026—2027 plan with one value
    column: the 8处 may be the period's, held against its 520万元 (no B107), not the year's 300."""
    above = [
        period_row(dt.date(2027, 12, 31)),
        ["项目资金（万元）", "中期资金总额", 520, "年度资金总额", 300],
        ["年度绩效目标", "两年建成应急避难场所8处。"],
    ]
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "建设应急避难场所", "≥8处"],
        ["产出指标", "质量指标", "避难场所验收合格率", "=100%"],
        ["成本指标", "经济成本指标", "单处避难场所建设成本", "≤45万元"],
    ]
    path = save_sheet(tmp_path / "a.xlsx", official_table("避难场所", rows, above=above))
    assert coded(found_at(path), "B107") == []


def test_a_standard_per_household_times_the_households_it_reaches(tmp_path: Path) -> None:
    """户均改造补助标准 │ ≤1.0万元/户 × 惠及居民户数 ≥2600户 is above 2350万元 (B107): the
    households a renovation reaches are those it pays for (unlike those a fund's work 带动)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "改造小区数量", "≥", 18, "个"],
        ["产出指标", "数量指标", "惠及居民户数", "≥", 2600, "户"],
        ["成本指标", "经济成本指标", "户均改造补助标准", "≤", 1.0, "万元/户"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "老旧小区改造", "改造18个小区。", 2350)
    assert coded(found, "B107") == [("warning", "E9")]
