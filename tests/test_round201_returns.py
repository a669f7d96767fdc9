"""Session 64, round 201 (holdout638–640): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, found_at, table_found, three_year_table


def test_a_later_year_a_rule_is_made_for(tmp_path: Path) -> None:
    """形成稻鳅共作技术规程（供2027年推广） in a 2026 table: the year it is made for, not a year
    left from another plan (no Y103)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "稻鳅共作示范面积", "≥", 800, "亩"],
        ["效益指标", "可持续影响指标", "形成稻鳅共作技术规程（供2027年推广）", "=", 1, "套"],
    ]
    found = table_found(tmp_path / "y.xlsx", rows, "稻鳅共作", "建设稻鳅共作示范区800亩。", 120)
    assert coded(found, "Y103") == []


def test_net_cages_and_centipedes_in_a_period_goal(tmp_path: Path) -> None:
    """The 中期目标's 设置网箱3000口 against 黄鳝养殖网箱 ≥2400口 and 投放种蜈蚣40万条 against
    种蜈蚣投放数量 ≥30万条 (D104 at each period value)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "黄鳝养殖网箱", "≥2400口", "≥1000口"],
        ["产出指标", "数量指标", "种蜈蚣投放数量", "≥30万条", "≥12万条"],
    ]
    period = "建设稻田黄鳝网箱养殖基地1200亩，设置网箱3000口，投放种蜈蚣40万条。"
    year = "完成首期基地400亩、网箱1000口建设，投放种蜈蚣12万条。"
    found = found_at(three_year_table(tmp_path / "p.xlsx", rows, period, year))
    assert coded(found, "D104") == [("warning", "D8"), ("warning", "D9")]


def test_a_name_with_the_act_of_finishing_before_it(tmp_path: Path) -> None:
    """建成稻鳅共作面积 ≥500亩 under 可持续影响 and 稻鳅共作面积 ≥500亩 under 数量: one area said
    twice (D103 at the second name)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "稻鳅共作面积", "≥", 500, "亩"],
        ["效益指标", "可持续影响指标", "建成稻鳅共作面积", "≥", 500, "亩"],
    ]
    found = table_found(tmp_path / "d.xlsx", rows, "稻鳅共作", "建成稻鳅共作面积500亩。", 60)
    assert coded(found, "D103") == [("warning", "C8")]


def test_a_bare_cap_the_goal_says_is_a_cap(tmp_path: Path) -> None:
    """良种兔病死率 │ 8% with no operator: the goal says 病死率控制在8%以内, so the bare value is
    that cap (no T117); without it, = is the wrong reading (T117)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "繁育肉兔良种", "≥", 2000, "只"],
        ["产出指标", "质量指标", "良种兔病死率", None, "8%", None],
    ]
    capped = "繁育良种2000只，病死率控制在8%以内。"
    assert coded(table_found(tmp_path / "a.xlsx", rows, "肉兔良种", capped), "T117") == []
    plain = "繁育良种2000只。"
    assert coded(table_found(tmp_path / "b.xlsx", rows, "肉兔良种", plain), "T117") == [
        ("warning", "E8")
    ]


def test_a_grade_share_of_pelts_is_a_quality(tmp_path: Path) -> None:
    """獭兔皮一级品率 ≥85% under 时效指标: a quality (F201 at its name)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "改造獭兔笼位", "≥", 4000, "个"],
        ["产出指标", "时效指标", "獭兔皮一级品率", "≥", 85, "%"],
    ]
    found = table_found(tmp_path / "f.xlsx", rows, "獭兔养殖", "改造獭兔笼位4000个。", 90)
    assert coded(found, "F201") == [("warning", "C8")]


def test_pelts_in_ten_thousands_after_the_name(tmp_path: Path) -> None:
    """年加工獭兔皮5万张 against 年加工獭兔皮 ≥4万张 (D104)."""
    rows: list[list[Any]] = [["产出指标", "数量指标", "年加工獭兔皮", "≥", 4, "万张"]]
    goal = "更新獭兔皮初加工设备，年加工獭兔皮5万张。"
    found = table_found(tmp_path / "p.xlsx", rows, "兔皮加工", goal, money=55)
    assert coded(found, "D104") == [("warning", "E7")]


def test_a_base_built_per_mu_and_its_area(tmp_path: Path) -> None:
    """建设仿生态水蛭养殖基地150亩 against 养殖基地建设面积 ≥120亩 (D104); 基地建设单位成本
    ≤1.1万元/亩 × 120亩 = 132万元 above the year's 120万元 (B107)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "养殖基地建设面积", "≥", 120, "亩"],
        ["成本指标", "经济成本指标", "基地建设单位成本", "≤", 1.1, "万元/亩"],
    ]
    goal = "建设仿生态水蛭养殖基地150亩，年内培训养殖户80人次。"
    found = table_found(tmp_path / "b.xlsx", rows, "水蛭养殖", goal, money=120)
    assert coded(found, "D104") == [("warning", "E7")]
    assert coded(found, "B107") == [("warning", "E8")]


def test_a_deadline_later_than_the_goals_day(tmp_path: Path) -> None:
    """2026年10月31日前完成订单紫薯入库 against 订单紫薯入库完成时间 2026年11月30日前: the
    indicator gives more time than the goal (D104); the same day agrees."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "订单紫薯入库量", "≥", 3000, "吨"],
        ["产出指标", "时效指标", "订单紫薯入库完成时间", "≤", "2026年11月30日", None],
    ]
    goal = "建设紫薯预冷库2座，2026年10月31日前完成订单紫薯入库3000吨。"
    found = table_found(tmp_path / "a.xlsx", rows, "紫薯冷链", goal, money=90)
    assert coded(found, "D104") == [("warning", "E8")]
    rows[1][4] = "2026年10月31日"
    assert coded(table_found(tmp_path / "b.xlsx", rows, "紫薯冷链", goal, 90), "D104") == []
