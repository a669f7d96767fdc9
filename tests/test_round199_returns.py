"""Session 64, round 199 (holdout632–634): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import (
    budget_export,
    coded,
    found_at,
    official_table,
    period_row,
    save_sheet,
    table_found,
)


def test_a_value_split_into_its_operator_and_its_number_with_unit(tmp_path: Path) -> None:
    """预期实现值 over 比较符 │ 数值及单位: the value is the two columns together (≥ and 35家),
    not the operator alone read as a description (no T102); a rate above 100 % is still
    found (T106)."""
    head: list[Any] = ["一级指标", "二级指标", "考核指标", "预期实现值", None, "评价标准"]
    sub: list[Any] = [None, None, None, "比较符", "数值及单位", None]
    rows: list[list[Any]] = [
        sub,
        ["产出指标", "数量指标", "养殖场疫病监测覆盖数", "≥", "35家", "每少1家扣0.5分"],
        ["产出指标", "质量指标", "抽检样品合格率", "≥", "120%", "每低1个百分点扣1分"],
    ]
    money: list[Any] = ["项目资金（万元）", "年度资金总额", 45]
    above = [period_row(), money, ["年度绩效目标", "监测养殖场35家。"]]
    path = save_sheet(
        tmp_path / "s.xlsx",
        official_table("疫病防控", rows, above=above, head=head),
        merges=("D6:E6",),
    )
    found = found_at(path)
    assert coded(found, "T102") == []
    assert [cell for _severity, cell in coded(found, "T106")] in (["D9"], ["E9"])


def test_a_part_the_goals_name_apart_is_no_near_duplicate(tmp_path: Path) -> None:
    """子二代大鲵苗种繁育数量 ≥2万尾 beside 大鲵苗种繁育数量 ≥6万尾 in a 子二代 project: one
    with the project's words before the other's name, but the goals say 其中子二代苗种2万尾, a
    part (no D103); without that the two are one indicator said twice (D103)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "大鲵苗种繁育数量", "≥", 6, "万尾"],
        ["产出指标", "数量指标", "子二代大鲵苗种繁育数量", "≥", 2, "万尾"],
    ]
    name = "大鲵子二代繁育基地运行"
    apart = "繁育大鲵苗种6万尾（其中子二代苗种2万尾）。"
    assert coded(table_found(tmp_path / "a.xlsx", rows, name, apart), "D103") == []
    alike = "繁育大鲵苗种，做好亲本管护。"
    assert coded(table_found(tmp_path / "b.xlsx", rows, name, alike), "D103") == [("warning", "C8")]


def test_farms_counted_are_no_sessions_and_vehicles_equipped_are_output(tmp_path: Path) -> None:
    """循环水养殖技术推广养殖场数 under 可持续影响: farms counted (养殖场数), no 场数 of sessions,
    so no output misfiled; 冷链运输车辆配备数量 ≥4辆 under 质量: vehicles equipped, an output
    (F201 at its name)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "示范基地建设数量", "≥", 1, "个"],
        ["产出指标", "质量指标", "冷链运输车辆配备数量", "≥", 4, "辆"],
        ["效益指标", "可持续影响指标", "循环水养殖技术推广养殖场数", "≥", 5, "家"],
    ]
    found = table_found(tmp_path / "f.xlsx", rows, "鲟鱼生态养殖", "建成示范基地1个。")
    assert coded(found, "F201") == [("warning", "C8")]


def test_a_count_added_then_the_total_it_reaches(tmp_path: Path) -> None:
    """新建监测点位4个，使全区监测点位达到10个 against 监测点位数量 ≥10个: the goal says the
    total too (no D104); reaching 12 it disagrees (D104)."""
    rows: list[list[Any]] = [["产出指标", "数量指标", "尾水在线监测点位数量", "≥", 10, "个"]]
    said = "新建尾水在线监测点位4个，使全区监测点位达到10个。"
    assert coded(table_found(tmp_path / "a.xlsx", rows, "尾水监测", said), "D104") == []
    other = "新建尾水在线监测点位4个，使全区监测点位达到12个。"
    assert coded(table_found(tmp_path / "b.xlsx", rows, "尾水监测", other), "D104") == [
        ("warning", "E7")
    ]


def test_a_standard_for_new_works_is_not_paid_for_all_there_are(tmp_path: Path) -> None:
    """单个新建点位建设成本 ≤12万元/个 beside 尾水在线监测点位数量 ≥10个 (the points there are):
    not 10 × 12万元 against 90万元 (no B107); beside 监测点位建设数量 ≥10个 it is (B107)."""
    cost: list[Any] = ["成本指标", "经济成本指标", "单个新建点位建设成本", "≤", 12, "万元/个"]
    stock: list[list[Any]] = [["产出指标", "数量指标", "尾水在线监测点位数量", "≥", 10, "个"], cost]
    goal = "完善尾水在线监测网络。"
    assert coded(table_found(tmp_path / "a.xlsx", stock, "尾水监测", goal, 90), "B107") == []
    built: list[list[Any]] = [["产出指标", "数量指标", "监测点位建设数量", "≥", 10, "个"], cost]
    assert coded(table_found(tmp_path / "b.xlsx", built, "尾水监测", goal, 90), "B107") == [
        ("warning", "E8")
    ]


def test_a_date_in_the_year_another_sheet_is_titled_with(tmp_path: Path) -> None:
    """A 05-2 titled 2024 beside a 05-1 titled 2025 (Y101 at the title): a deadline in 2025 is
    of the year one of the two titles gives, no error of its own (no Y102); one in 2023 is."""

    def export(path: Path, due: str) -> list[tuple[str, str, str]]:
        money: list[list[Any]] = [
            ["2025年部门项目支出预算表"],
            ["项目编码", "项目名称", "资金总额"],
        ]
        money.append(["431001", "低产林改造", 95])
        rows = [["产出指标", "数量指标", "低产林改造面积", "≥1000亩"]]
        rows.append(["产出指标", "时效指标", "改造完成时间", due])
        goals = ("05-2", [["2024年部门项目支出绩效目标表"]])
        budget_export(path, ("05-1", money), goals, [("431001", "低产林改造")], rows)
        return found_at(path)

    found = export(tmp_path / "a.xlsx", "2025年11月30日前")
    assert [code for code, _severity, _cell in found if code in ("Y101", "Y102")] == ["Y101"]
    late = export(tmp_path / "b.xlsx", "2023年11月30日前")
    assert ("Y102", "error") in [(code, severity) for code, severity, _cell in late]


def test_a_standard_for_seedlings_per_mu_pays_for_the_area_planted(tmp_path: Path) -> None:
    """种苗及遮阴棚补助标准 ≤0.5万元/亩 × 西洋参林下种植面积 250亩 = 125万元, above the year's
    100万元 (B107)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "西洋参林下种植面积", "≥", 250, "亩"],
        ["成本指标", "经济成本指标", "种苗及遮阴棚补助标准", "≤", 0.5, "万元/亩"],
    ]
    found = table_found(tmp_path / "c.xlsx", rows, "西洋参种植", "发展林下种植。", money=100)
    assert coded(found, "B107") == [("warning", "E8")]


def test_a_goal_that_leaves_out_a_word_of_the_name(tmp_path: Path) -> None:
    """培育良种苗木50万株 against 培育元宝枫良种苗木 ≥30万株, the one indicator in 万株: the goal
    names it without 元宝枫 (D104)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "培育元宝枫良种苗木", "≥", 30, "万株"],
        ["产出指标", "数量指标", "营建丰产示范林", "≥", 1200, "亩"],
    ]
    goal = "培育良种苗木50万株，营建丰产示范林1200亩。"
    found = table_found(tmp_path / "g.xlsx", rows, "元宝枫良种", goal, money=300)
    assert coded(found, "D104") == [("warning", "E7")]


def test_a_goal_naming_less_than_the_first_or_last_word(tmp_path: Path) -> None:
    """为30户转场牧户新制毡房 against 转场牧户毡房使用率 ≥28户 (a rate given as a count, T105's):
    the goal names the households, not the rate that ends the name (no D104)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新制毡房数量", "≥", 30, "顶"],
        ["效益指标", "社会效益指标", "转场牧户毡房使用率", "≥", 28, "户"],
    ]
    found = table_found(tmp_path / "h.xlsx", rows, "牧区毡房", "为30户转场牧户新制毡房。", 80)
    assert coded(found, "D104") == []


def test_a_name_with_its_words_in_another_order(tmp_path: Path) -> None:
    """林下西洋参种植面积（新建）≥120亩 under 西洋参林下种植面积 ≥150亩: one indicator, its words
    put in another order (D103 at the second name)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "西洋参林下种植面积", "≥", 150, "亩"],
        ["产出指标", "数量指标", "林下西洋参种植面积（新建）", "≥", 120, "亩"],
    ]
    found = table_found(tmp_path / "r.xlsx", rows, "西洋参种植", "发展林下种植。", money=60)
    assert coded(found, "D103") == [("warning", "C8")]
