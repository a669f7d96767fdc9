"""Session 67, round 218 (holdout689–691) and the 万单 count of round 217 (holdout687 hu10):
each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, table_found


def test_a_fall_in_points_said_in_the_name_takes_a_bare_number(tmp_path: Path) -> None:
    """损耗率下降（百分点） │ ≥ │ 2 with no unit column entry: the name gives the unit (no T105,
    and a fall is sought, so ≥ is right: no T108); a bare number under a rate named without its
    unit still gets T105."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新建冷库数量", "≥", 2, "座"],
        ["效益指标", "经济效益指标", "蔬菜损耗率下降（百分点）", "≥", 2, None],
        ["效益指标", "经济效益指标", "产品抽检合格率", "≥", 96, None],
    ]
    found = table_found(tmp_path / "t.xlsx", rows, "冷库建设", "建成冷库2座。", 80)
    assert not [f for f in found if f[2] == "E8"]
    assert ("T105", "E9") in [(c, at) for c, _s, at in found]


def test_a_stores_capacity_said_before_it_in_the_goal(tmp_path: Path) -> None:
    """建设800吨蔬菜冷库1座 against 冷库库容 │ ≥600吨: the goal's capacity differs (D104); two
    stores of a capacity each (400吨冷库2座) are no capacity of the indicator's."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "冷库库容", "≥", 600, "吨"],
        ["产出指标", "质量指标", "冷库验收合格率", "≥", 95, "%"],
    ]
    goal = "建设800吨蔬菜冷库1座，年内投入使用。"
    found = table_found(tmp_path / "a.xlsx", rows, "冷库建设", goal, 120)
    assert coded(found, "D104") == [("warning", "E7")]
    goal = "建设400吨蔬菜冷库2座，年内投入使用。"
    assert coded(table_found(tmp_path / "b.xlsx", rows, "冷库建设", goal, 120), "D104") == []


def test_a_daily_handling_capacity_said_as_the_amount_handled(tmp_path: Path) -> None:
    """日处理鲜果12吨 in the goal against 分拣中心日处理鲜果能力 │ ≥10吨 (D104); the same 10吨
    agrees."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新建分拣中心", "=", 1, "个"],
        ["产出指标", "数量指标", "分拣中心日处理鲜果能力", "≥", 10, "吨"],
    ]
    goal = "在镇区建设鲜果分拣中心1个，配置分拣线2条，日处理鲜果12吨。"
    found = table_found(tmp_path / "a.xlsx", rows, "分拣中心", goal, 90)
    assert coded(found, "D104") == [("warning", "E8")]
    goal = goal.replace("12吨", "10吨")
    assert coded(table_found(tmp_path / "b.xlsx", rows, "分拣中心", goal, 90), "D104") == []


def test_a_count_in_ten_thousand_orders(tmp_path: Path) -> None:
    """完成冷链配送订单1.5万单 in the goal against 冷链配送订单量 │ ≥1万单 (D104)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "冷链配送订单量", "≥", 1, "万单"],
        ["产出指标", "质量指标", "订单准时送达率", "≥", 95, "%"],
    ]
    goal = "全年完成冷链配送订单1.5万单，准时送达率95%以上。"
    found = table_found(tmp_path / "a.xlsx", rows, "冷链配送", goal, 60)
    assert coded(found, "D104") == [("warning", "E7")]


def test_a_marketable_fruit_rate_and_a_purchase_amount_misfiled(tmp_path: Path) -> None:
    """商品果率 │ ≥85% under 时效 is a quality (F201); 嫁接砧木种子采购数量 │ ≥500公斤 under 质量
    is what is bought, an output (F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "嫁接苗出圃数量", "≥", 50, "万株"],
        ["产出指标", "质量指标", "嫁接砧木种子采购数量", "≥", 500, "公斤"],
        ["产出指标", "时效指标", "商品果率", "≥", 85, "%"],
        ["产出指标", "时效指标", "嫁接苗出圃时间", "≤", "2026年4月30日", None],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "嫁接育苗", "出圃嫁接苗50万株。", 40)
    assert coded(found, "F201") == [("warning", "C8"), ("warning", "C9")]
