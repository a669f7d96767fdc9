"""Session 64, round 202 (holdout641–643): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, found_at, table_found, three_year_table


def test_a_count_before_places_whose_own_count_follows(tmp_path: Path) -> None:
    """覆盖县城和8个乡镇的商超网点40个 against 覆盖商超网点 ≥40个: 8个 counts the towns, the
    outlets' count follows them (no D104)."""
    rows: list[list[Any]] = [["产出指标", "数量指标", "覆盖商超网点", "≥", 40, "个"]]
    goal = "全年冷链配送鸽蛋600万枚，覆盖县城和8个乡镇的商超网点40个。"
    assert coded(table_found(tmp_path / "a.xlsx", rows, "鸽蛋冷链", goal, 48), "D104") == []


def test_a_goal_that_leaves_out_a_word_inside_the_name(tmp_path: Path) -> None:
    """The 中期目标's 新建鸽舍30栋 against 新建标准化鸽舍 ≥20栋 (D104 at the period value)."""
    rows: list[list[Any]] = [["产出指标", "数量指标", "新建标准化鸽舍", "≥20栋", "≥10栋"]]
    period = "2026—2028年建成肉鸽繁育基地1处，新建鸽舍30栋，种鸽存栏达到2万对。"
    year = "2026年新建鸽舍10栋，种鸽存栏8000对。"
    found = found_at(three_year_table(tmp_path / "p.xlsx", rows, period, year))
    assert coded(found, "D104") == [("warning", "D8")]


def test_the_last_words_of_a_name_after_the_rest(tmp_path: Path) -> None:
    """建设鸽蛋产地冷库3座，总库容500吨 against 冷库总库容 ≥300吨 (D104)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "建设产地冷库", "≥", 3, "座"],
        ["产出指标", "数量指标", "冷库总库容", "≥", 300, "吨"],
    ]
    goal = "在两镇建设鸽蛋产地冷库3座，总库容500吨，年内建成投用。"
    found = table_found(tmp_path / "c.xlsx", rows, "鸽蛋冷库", goal, 100)
    assert coded(found, "D104") == [("warning", "E8")]


def test_net_cages_priced_each(tmp_path: Path) -> None:
    """深水网箱购置单价 ≤1.8万元/口 × 新增深水网箱数量 30口 = 54万元, above the year's 45万元
    (B107)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新增深水网箱数量", "≥", 30, "口"],
        ["成本指标", "经济成本指标", "深水网箱购置单价", "≤", 1.8, "万元/口"],
    ]
    found = table_found(tmp_path / "n.xlsx", rows, "虹鳟网箱", "新增深水网箱30口。", 45)
    assert coded(found, "B107") == [("warning", "E8")]


def test_a_word_before_a_name_that_counts_no_less(tmp_path: Path) -> None:
    """鳄类科普讲解场次 ≥150场 and 科普讲解场次 ≥120场: a part would count fewer, so one count
    said twice (D103); with ≥100场 before it, it is a part (no D103)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "鳄类科普讲解场次", "≥", 150, "场"],
        ["产出指标", "数量指标", "科普讲解场次", "≥", 120, "场"],
    ]
    goal = "全年开展科普讲解，驯养幼鳄。"
    found = table_found(tmp_path / "a.xlsx", rows, "科普馆运行", goal, 70)
    assert coded(found, "D103") == [("warning", "C8")]
    rows[0][4] = 100
    assert coded(table_found(tmp_path / "b.xlsx", rows, "科普馆运行", goal, 70), "D103") == []


def test_names_alike_but_for_the_year_or_the_farmers(tmp_path: Path) -> None:
    """年接待参观人次 / 全年接待参观人次, 杂粮订单签约户数 / 杂粮订单签约农户数: one indicator
    said twice each (D103 at each second name)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "年接待参观人次", "≥", 10, "万人次"],
        ["产出指标", "数量指标", "全年接待参观人次", "≥", 12, "万人次"],
        ["效益指标", "社会效益指标", "杂粮订单签约户数", "≥", 800, "户"],
        ["效益指标", "社会效益指标", "杂粮订单签约农户数", "≥", 900, "户"],
    ]
    found = table_found(tmp_path / "n.xlsx", rows, "科普馆运行", "全年接待参观者。", 240)
    assert coded(found, "D103") == [("warning", "C8"), ("warning", "C10")]


def test_a_licence_rate_and_a_subsidy_per_mu_misfiled(tmp_path: Path) -> None:
    """饲养员持证上岗率 under 时效 (a quality) and 基地提升每亩补助 ≤400元 under 数量 (a cost):
    F201 at each name."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "提升改造基地面积", "≥", 2000, "亩"],
        ["产出指标", "数量指标", "基地提升每亩补助", "≤", 400, "元"],
        ["产出指标", "时效指标", "饲养员持证上岗率", "=", 100, "%"],
    ]
    found = table_found(tmp_path / "f.xlsx", rows, "原料基地", "提升改造原料基地2000亩。", 180)
    assert coded(found, "F201") == [("warning", "C8"), ("warning", "C9")]


def test_a_saving_per_mu_is_no_cost(tmp_path: Path) -> None:
    """机收节约人工成本 ≥60元/亩 with 红小豆机收面积 16000亩: a saving, not money paid per 亩
    (no B107)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "红小豆机收面积", "≥", 16000, "亩"],
        ["效益指标", "经济效益指标", "机收节约人工成本", "≥", 60, "元/亩"],
    ]
    found = table_found(tmp_path / "s.xlsx", rows, "红小豆机收", "机收面积达到1.6万亩。", 64)
    assert coded(found, "B107") == []


def test_the_projects_word_before_a_name_under_another_tier2(tmp_path: Path) -> None:
    """原料基地绿色食品认证面积 ≥2500亩 under 数量 and 基地绿色食品认证面积 ≥2000亩 under 质量
    in a 奶茶原料基地 project: the one with the project's words counts no less, so it is the
    same area said twice (D103)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "原料基地绿色食品认证面积", "≥", 2500, "亩"],
        ["产出指标", "质量指标", "基地绿色食品认证面积", "≥", 2000, "亩"],
    ]
    goal = "基地绿色食品认证面积达到2500亩。"
    found = table_found(tmp_path / "g.xlsx", rows, "奶茶原料基地建设", goal, 40)
    assert coded(found, "D103") == [("warning", "C8")]
