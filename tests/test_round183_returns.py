"""Round 183 (holdout584–586): each test fails without its change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.returns import coded, found_at, official_table, period_row, save_sheet, table_found


def test_rooms_counted_in_jian_are_read_from_the_goal(tmp_path: Path) -> None:
    """改造催熟间15间 in a one-year goal against 改造催熟间数量 ≥10间: rooms, a facility's
    measure word (D104 at the value)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "改造催熟间数量", "≥", 10, "间"],
        ["满意度指标", "服务对象满意度指标", "蕉农满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "r.xlsx", rows, "催熟间改造", "改造催熟间15间。")
    assert coded(found, "D104") == [("warning", "E7")]


def test_a_service_price_per_mu_times_the_area_is_held_against_the_money(
    tmp_path: Path,
) -> None:
    """无人机喷药作业单价 ≤60元/亩 × 无人机统防面积 3万亩 = 180万元 against 150万元 (B107);
    ≤40元/亩 fits."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "无人机统防面积", "≥", 3, "万亩"],
        ["成本指标", "经济成本指标", "无人机喷药作业单价", "≤", 60, "元/亩"],
        ["满意度指标", "服务对象满意度指标", "蕉农满意度", "≥", "90", "%"],
    ]
    goal = "统防叶斑病蕉园3万亩。"
    found = table_found(tmp_path / "o.xlsx", rows, "无人机统防", goal, money=150)
    assert coded(found, "B107") == [("warning", "E8")]
    rows[1][4] = 40
    found = table_found(tmp_path / "f.xlsx", rows, "无人机统防", goal, money=150)
    assert coded(found, "B107") == []


def test_a_subsidy_per_mu_pays_for_the_one_area_that_holds_its_subject(tmp_path: Path) -> None:
    """棚架搭建补助标准 ≤3000元/亩 and the table's one area 新建标准化棚架面积 500亩: 150万元
    against 120万元 (B107)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新建标准化棚架面积", "≥", 500, "亩"],
        ["成本指标", "经济成本指标", "棚架搭建补助标准", "≤", 3000, "元/亩"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "t.xlsx", rows, "棚架建设", "新建棚架园500亩。", money=120)
    assert coded(found, "B107") == [("warning", "E8")]


def test_a_fall_named_jiangfu_or_jiangdi_fudu_is_one_indicator(tmp_path: Path) -> None:
    """发病率降幅 ≥3百分点 and 发病率降低幅度 ≥5百分点: one indicator twice (D103)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "抗病品种替代种植面积", "≥", 3000, "亩"],
        ["效益指标", "生态效益指标", "蕉园枯萎病发病率降幅", "≥", 3, "百分点"],
        ["效益指标", "可持续影响指标", "蕉园枯萎病发病率降低幅度", "≥", 5, "百分点"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "d.xlsx", rows, "抗病品种替代", "替代种植抗病品种3000亩。")
    assert coded(found, "D103") == [("warning", "C9")]


def test_a_title_before_the_plans_first_year_is_the_odd_one_out(tmp_path: Path) -> None:
    """A 2025年度 title over a 2026—2027 plan, the goal naming no year: the title is last
    season's (Y101 at it), not the plan's start (no Y102 error)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新植柠檬面积", "≥1500亩", "≥800亩"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"],
    ]
    above = [
        period_row(dt.date(2027, 12, 31)),
        ["项目资金（万元）", "中期资金总额", 460, "年度资金总额", 240],
        ["总体目标", "中期目标（2026年—2027年）", None, "年度目标"],
        [None, "两年新植柠檬1500亩。", None, "新植柠檬800亩。"],
    ]
    head = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"]
    table = official_table("柠檬新植园", rows, above=above, head=head)
    table[0] = ["2025年度项目支出绩效目标申报表"]
    found = found_at(save_sheet(tmp_path / "y.xlsx", table))
    assert [(c, cell) for c, _s, cell in found if c.startswith("Y")] == [("Y101", "A1")]


def test_amounts_pressed_laid_and_stored_are_read_in_their_own_units(tmp_path: Path) -> None:
    """年压榨柠檬鲜果8000吨 against 柠檬鲜果压榨量 ≥6000吨, 铺设…管网600亩 against 管网铺设面积
    ≥450亩, 新增冷链仓储库容3000立方米 against ≥2000立方米: each D104 at its value."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "柠檬鲜果压榨量", "≥", 6000, "吨"],
        ["产出指标", "数量指标", "水肥一体化管网铺设面积", "≥", 450, "亩"],
        ["产出指标", "数量指标", "新增冷链仓储库容", "≥", 2000, "立方米"],
        ["满意度指标", "服务对象满意度指标", "果农满意度", "≥", "90", "%"],
    ]
    goal = "年压榨柠檬鲜果8000吨，铺设柠檬园水肥一体化管网600亩，新增冷链仓储库容3000立方米。"
    found = table_found(tmp_path / "p.xlsx", rows, "柠檬榨汁扩能", goal, money=150)
    assert coded(found, "D104") == [("warning", "E7"), ("warning", "E8"), ("warning", "E9")]


def test_a_yield_under_a_time_tier2_and_a_breakage_rate_under_a_count_one(
    tmp_path: Path,
) -> None:
    """亩均产量 ≥1500公斤 under 时效指标 is an amount (F201); 包装破损率 ≤1% under 数量指标 a
    quality (F201); 种苗发放完成时间 under 时效 fits."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "脱毒芋头种植面积", "≥", 500, "亩"],
        ["产出指标", "数量指标", "豆沙包装破损率", "≤", "1", "%"],
        ["产出指标", "时效指标", "亩均产量", "≥", 1500, "公斤"],
        ["产出指标", "时效指标", "种苗发放完成时间", None, "2026年3月31日前", None],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "f.xlsx", rows, "芋头种苗推广", "推广脱毒芋头种苗500亩。")
    assert [cell for c, _s, cell in found if c == "F201"] == ["C8", "C9"]
