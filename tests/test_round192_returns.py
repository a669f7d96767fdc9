"""Session 63 (round 192, holdout611–613, and the near-duplicates left from session 62): each
test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import budget_export, coded, found_at, table_found


def test_a_name_with_a_word_put_inside_it_is_the_same_indicator(tmp_path: Path) -> None:
    """鱼苗成活率 ≥90% and 鱼苗培育成活率 ≥85% under one tier-2 are one indicator written twice
    (D103 at the second name), whatever their values; 检测合格率 and 检测一次合格率 are two
    (the first-time pass rate), and so are 就业率 and 对口就业率."""
    rows: list[list[Any]] = [
        ["产出指标", "质量指标", "鱼苗成活率", "≥", 90, "%"],
        ["产出指标", "质量指标", "鱼苗培育成活率", "≥", 85, "%"],
        ["产出指标", "质量指标", "苗种检测合格率", "≥", 98, "%"],
        ["产出指标", "质量指标", "苗种检测一次合格率", "≥", 95, "%"],
        ["效益指标", "社会效益指标", "学员就业率", "≥", 90, "%"],
        ["效益指标", "社会效益指标", "学员对口就业率", "≥", 70, "%"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "鱼苗繁育", "繁育鱼苗50万尾。")
    assert coded(found, "D103") == [("warning", "C8")]


def test_a_part_the_goal_names_apart_is_no_duplicate(tmp_path: Path) -> None:
    """检测饲草样品 ≥200批次 and 检测青贮饲草样品 ≥80批次, where the goal says 其中青贮饲草80批次:
    a part, no D103; without the goal's words it is one indicator twice."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "检测饲草样品", "≥", 200, "批次"],
        ["产出指标", "数量指标", "检测青贮饲草样品", "≥", 80, "批次"],
    ]
    goal = "检测饲草样品200批次（其中青贮饲草80批次）。"
    assert coded(table_found(tmp_path / "p.xlsx", rows, "饲草检测", goal), "D103") == []
    found = table_found(tmp_path / "d.xlsx", rows, "饲草检测", "检测饲草样品200批次。")
    assert coded(found, "D103") == [("warning", "C8")]


def test_a_name_with_a_note_in_brackets_and_the_same_value_is_a_duplicate(
    tmp_path: Path,
) -> None:
    """报告按时出具率 ≥95% and 报告按时出具率（常规） ≥95%: one indicator twice (D103); a note that
    names a part (（其中加急）) is no duplicate."""
    rows: list[list[Any]] = [
        ["产出指标", "时效指标", "检验报告按时出具率", "≥", 95, "%"],
        ["产出指标", "时效指标", "检验报告按时出具率（常规）", "≥", 95, "%"],
    ]
    found = table_found(tmp_path / "n.xlsx", rows, "检验能力提升", "出具检验报告3000份。")
    assert coded(found, "D103") == [("warning", "C8")]
    rows[1][2] = "检验报告按时出具率（其中加急）"
    found = table_found(tmp_path / "p.xlsx", rows, "检验能力提升", "出具检验报告3000份。")
    assert coded(found, "D103") == []


def test_a_short_count_is_read_right_before_its_unit(tmp_path: Path) -> None:
    """举办…技术培训6期 against 培训期数 ≥4期, the one indicator in 期 (D104 at its value); with a
    second indicator in 期 the count may be that one's, and nothing is said; nor where the
    clause gives another count in 期 (its parts)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "培训期数", "≥", 4, "期"],
        ["产出指标", "数量指标", "培训人次", "≥", 300, "人次"],
    ]
    goal = "2026年举办茶叶加工技术培训6期，培训茶农300人次。"
    found = table_found(tmp_path / "t.xlsx", rows, "茶叶加工技术培训", goal)
    assert coded(found, "D104") == [("warning", "E7")]
    goal = "2026年举办茶叶加工技术培训6期、茶艺培训1期，培训茶农300人次。"  # (parts: 7期 in all)
    found = table_found(tmp_path / "p.xlsx", rows, "茶叶加工技术培训", goal)
    assert coded(found, "D104") == []
    goal = "2026年举办茶叶加工技术培训6期，培训茶农300人次。"
    rows.append(["产出指标", "数量指标", "现场观摩期数", "≥", 2, "期"])
    found = table_found(tmp_path / "o.xlsx", rows, "茶叶加工技术培训", goal)
    assert coded(found, "D104") == []


def test_an_output_is_said_with_its_making(tmp_path: Path) -> None:
    """全年生产腊鸭腿80吨 against 腊鸭腿产量 ≥60吨 (D104 at its value)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "腊鸭腿产量", "≥", 60, "吨"],
        ["满意度指标", "服务对象满意度指标", "经销商满意度", "≥", 90, "%"],
    ]
    found = table_found(tmp_path / "p.xlsx", rows, "腊味加工", "全年生产腊鸭腿80吨。")
    assert coded(found, "D104") == [("warning", "E7")]


def test_vehicles_bought_are_said_as_added(tmp_path: Path) -> None:
    """新增冷藏车30辆 against 冷藏车购置数量 ≥25辆 (D104 at its value); 新增 before another
    count stays an increase (新增高新技术企业6家 against 高新技术企业数量)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "冷藏车购置数量", "≥", 25, "辆"],
        ["产出指标", "数量指标", "高新技术企业数量", "≥", 40, "家"],
    ]
    goal = "新增冷藏车30辆，新增高新技术企业6家。"
    found = table_found(tmp_path / "v.xlsx", rows, "冷链物流提升", goal)
    assert coded(found, "D104") == [("warning", "E7")]


def test_goods_damaged_and_orders_delivered_on_time_have_a_direction(tmp_path: Path) -> None:
    """冷链配送货损率 ≥1% (less is better) and 订单准时送达率 ≤95% (more is better): T108 at
    each value."""
    rows: list[list[Any]] = [
        ["产出指标", "质量指标", "冷链配送货损率", "≥", 1, "%"],
        ["产出指标", "时效指标", "订单准时送达率", "≤", 95, "%"],
    ]
    found = table_found(tmp_path / "d.xlsx", rows, "冷链配送", "完成冷链配送2万单。")
    assert coded(found, "T108") == [("warning", "E7"), ("warning", "E8")]


def test_a_project_total_closes_its_detail_lines(tmp_path: Path) -> None:
    """A budget export's detail lines 25 + 8 + 5 under 项目合计 40: B102 at the total."""
    money = [
        ["2026年部门项目支出预算表"],
        ["单位：万元"],
        ["项目编码", "项目名称", "支出明细", "金额"],
        ["XY2026-0101", "茶叶初制设备购置", "揉捻机购置", 25],
        [None, None, "安装调试", 8],
        [None, None, "操作培训", 5],
        [None, None, "项目合计", 40],
    ]
    indicators = [
        ["产出指标", "数量指标", "购置揉捻机数量", "≥6台"],
        ["产出指标", "质量指标", "设备验收合格率", "=100%"],
        ["满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%"],
    ]
    path = budget_export(
        tmp_path / "e.xlsx", ("项目支出预算05-1", money),
        ("项目支出绩效目标05-2", [["2026年部门项目支出绩效目标表"]]),
        [("XY2026-0101", "茶叶初制设备购置")], indicators,
    )  # fmt: skip
    assert ("B102", "error", "D7") in found_at(path)


def test_a_goal_opening_with_a_year_outside_the_period_is_a_leftover(tmp_path: Path) -> None:
    """A 2026 one-year table whose 年度目标 opens with 2025年: a text left from last year (Y103
    at the goal), not a second budget year (no Y101)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "改造卤制车间数量", "≥", 3, "间"],
        ["满意度指标", "服务对象满意度指标", "经营者满意度", "≥", 90, "%"],
    ]
    goal = "2025年完成卤制车间改造3间。"
    found = table_found(tmp_path / "y.xlsx", rows, "小作坊提升", goal)
    assert coded(found, "Y103") == [("warning", "B5")] and coded(found, "Y101") == []


def test_a_total_amount_is_the_amount(tmp_path: Path) -> None:
    """蔬菜冷链集配总量 ≥3000吨 beside 蔬菜冷链集配量 ≥2500吨: one indicator twice (D103)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "蔬菜冷链集配量", "≥", 2500, "吨"],
        ["产出指标", "数量指标", "蔬菜冷链集配总量", "≥", 3000, "吨"],
    ]
    found = table_found(tmp_path / "t.xlsx", rows, "蔬菜冷链集配", "完成冷链集配任务。")
    assert coded(found, "D103") == [("warning", "C8")]
