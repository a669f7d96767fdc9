"""Round 181 (holdout578–580) and the mends of session 61: each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from goalbook.rules.goalcounts import swapped
from tests.returns import (
    budget_export,
    coded,
    found_at,
    one_year_table,
    save_sheet,
    table_found,
    three_year_table,
)


def test_a_swapped_name_is_tried_with_every_act_it_holds() -> None:
    """加工设备购置 opens with one act (加工) and ends with another (购置). A clause that ends
    in 加工 but names the equipment bought (设备购置后用于加工) does not match the first act; it
    is still the same thing with its act and object the other way round under the second."""
    assert swapped("加工设备购置", "设备购置后用于加工")
    assert not swapped("加工设备购置", "厂房维修后用于加工")


def test_a_goal_in_a_money_sheets_project_row_is_read(tmp_path: Path) -> None:
    """A budget system's money sheet heads its project rows 项目编码 │ 项目名称 │ 资金总额 │
    财政拨款 │ 其他资金 │ 项目年度目标: the goal under 项目年度目标 is the year's goal, and a
    last year's date in it is marked there (Y103), as in any goal field."""
    goal = "指导5家合作社完成冷库改造，2025年10月前完成首批速冻汤圆入库。"
    path = budget_export(
        tmp_path / "export.xlsx",
        (
            "项目支出预算05-1",
            [
                ["2026年部门项目支出预算表"],
                ["项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目年度目标"],
                ["510101260007", "速冻食品冷链改造项目", 80, 60, 20, goal],
            ],
        ),
        ("项目支出绩效目标05-2", [["2026年部门项目支出绩效目标表"]]),
        [("510101260007", "速冻食品冷链改造项目")],
        [
            ["产出指标", "数量指标", "改造冷库合作社数", "≥5家"],
            ["产出指标", "质量指标", "冷库验收合格率", "100%"],
            ["效益指标", "经济效益指标", "合作社增收", "≥50万元"],
            ["满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%"],
        ],
    )
    assert ("Y103", "warning", "F3") in found_at(path)


def test_a_name_with_the_projects_subject_before_it_is_the_same_indicator(
    tmp_path: Path,
) -> None:
    """汤圆礼盒抽检合格率 ≥95% and 礼盒抽检合格率 ≥90% under one 质量指标 in a 汤圆 project: the
    same indicator with two values (D103 at the second). Another subject's (元宵礼盒…), or
    the same words under another tier-2, is another indicator."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "速冻汤圆加工量", "≥", 300, "吨"],
        ["产出指标", "质量指标", "汤圆礼盒抽检合格率", "≥", "95", "%"],
        ["产出指标", "质量指标", "礼盒抽检合格率", "≥", "90", "%"],
        ["满意度指标", "服务对象满意度指标", "合作社满意度", "≥", "90", "%"],
    ]
    goal = "加工速冻汤圆300吨。"
    found = table_found(tmp_path / "d.xlsx", rows, "速冻汤圆加工", goal)
    assert coded(found, "D103") == [("warning", "C9")]
    rows[1][2] = "元宵礼盒抽检合格率"
    found = table_found(tmp_path / "o.xlsx", rows, "速冻汤圆加工", goal)
    assert "D103" not in {code for code, _s, _c in found}
    rows[1][1:3] = ["时效指标", "汤圆礼盒抽检合格率"]
    found = table_found(tmp_path / "t.xlsx", rows, "速冻汤圆加工", goal)
    assert "D103" not in {code for code, _s, _c in found}


def test_a_years_output_named_after_its_goods_is_read_from_the_goal(tmp_path: Path) -> None:
    """年产速冻汤圆1200吨 in the goal against 速冻汤圆年产量 ≥1000吨: the same output with its
    act (年产) and goods the other way round, and the numbers differ (D104 at the value)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "速冻汤圆年产量", "≥", 1000, "吨"],
        ["产出指标", "质量指标", "成品抽检合格率", "≥", "99", "%"],
        ["满意度指标", "服务对象满意度指标", "经销商满意度", "≥", "90", "%"],
    ]
    goal = "扩建馅料车间，年产速冻汤圆1200吨。"
    found = table_found(tmp_path / "y.xlsx", rows, "汤圆车间扩建", goal)
    assert coded(found, "D104") == [("warning", "E7")]
    rows[0][4] = 1200
    found = table_found(tmp_path / "a.xlsx", rows, "汤圆车间扩建", goal)
    assert "D104" not in {code for code, _s, _c in found}


def test_a_standard_per_trip_times_the_trips_is_held_against_the_money(tmp_path: Path) -> None:
    """800元/车次 × 3000车次 = 240万元 against 180万元 of the year's money: B107 at the
    standard; 500元/车次 (150万元) fits."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "补贴冷链配送车次", "≥", 3000, "车次"],
        ["成本指标", "经济成本指标", "单车次配送补贴标准", "≤", 800, "元/车次"],
        ["满意度指标", "服务对象满意度指标", "受补贴企业满意度", "≥", "90", "%"],
    ]
    goal = "补贴水饺企业冷链配送3000车次。"
    found = table_found(tmp_path / "o.xlsx", rows, "冷链配送补贴", goal, money=180)
    assert coded(found, "B107") == [("warning", "E8")]
    rows[1][4] = 500
    found = table_found(tmp_path / "f.xlsx", rows, "冷链配送补贴", goal, money=180)
    assert "B107" not in {code for code, _s, _c in found}


def test_goods_named_with_and_without_chanpin_are_one_indicator(tmp_path: Path) -> None:
    """椰子粉出口批次 ≥40批 and 椰子粉产品出口批次 ≥45批: the same goods (产品 adds nothing),
    D103 at the second."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "椰子粉出口批次", "≥", 40, "批"],
        ["产出指标", "质量指标", "出口抽检合格率", "≥", "98", "%"],
        ["效益指标", "经济效益指标", "椰子粉产品出口批次", "≥", 45, "批"],
        ["满意度指标", "服务对象满意度指标", "出口企业满意度", "≥", "90", "%"],
    ]
    goal = "年出口椰子粉40批以上。"
    found = table_found(tmp_path / "p.xlsx", rows, "椰子粉出口技改", goal)
    assert coded(found, "D103") == [("warning", "C9")]


def test_a_number_as_text_in_a_project_row_is_said_once(tmp_path: Path) -> None:
    """A budget system's project row with its 资金总额 typed as text (1,280.50): the cell is
    the table's total and a line of the money grid; X103 says so once."""
    path = budget_export(
        tmp_path / "export.xlsx",
        (
            "项目支出预算05-1",
            [
                ["2026年部门项目支出预算表"],
                ["项目编码", "项目名称", "资金总额", "财政拨款", "其他资金"],
                ["460201260047", "椰子粉技改项目", "1,280.50", 980.5, 300],
                ["合计", None, 1280.5, 980.5, 300],
            ],
        ),
        ("项目支出绩效目标05-2", [["2026年部门项目支出绩效目标表"]]),
        [("460201260047", "椰子粉技改项目")],
        [
            ["产出指标", "数量指标", "技改生产线数量", "≥2条"],
            ["产出指标", "质量指标", "出口抽检合格率", "≥98%"],
            ["效益指标", "经济效益指标", "出口额", "≥3000万元"],
            ["满意度指标", "服务对象满意度指标", "出口企业满意度", "≥90%"],
        ],
    )
    assert [(s, cell) for code, s, cell in found_at(path) if code == "X103"] == [("warning", "C3")]


def test_a_later_year_the_stock_is_stored_for_is_no_leftover(tmp_path: Path) -> None:
    """In a 2026 table, 储备脱毒姜种300吨，供2027年春季种植使用 names the later year the
    store is for: no Y103. A 2027 that names no such use still gets one."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "窖藏储备脱毒姜种", "≥", 300, "吨"],
        ["产出指标", "质量指标", "入窖姜种检疫合格率", "=", "100", "%"],
        ["满意度指标", "服务对象满意度指标", "领种农户满意度", "≥", "90", "%"],
    ]
    stored = "窖藏储备脱毒姜种300吨，供2027年春季种植使用。"
    found = table_found(tmp_path / "s.xlsx", rows, "姜种储备", stored)
    assert "Y103" not in {code for code, _s, _c in found}
    found = table_found(
        tmp_path / "l.xlsx", rows, "姜种储备", "窖藏储备脱毒姜种300吨，2027年完成。"
    )
    assert "Y103" in {code for code, _s, _c in found}


def test_a_title_from_last_season_over_a_start_typed_as_a_serial(tmp_path: Path) -> None:
    """A 2025年度 title over a one-year plan whose start is a date serial typed as text (46023,
    2026-01-01), its end 2026-12-31 and its goal opening 2026年: the title is the odd one out
    (Y101 at it), not the plan's end or the indicator's deadline (no Y102 error)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "标准化分级站建设数量", "≥", 4, "个"],
        ["产出指标", "时效指标", "建设完成时间", None, "2026年9月30日前", None],
        ["满意度指标", "服务对象满意度指标", "烟农满意度", "≥", "90", "%"],
    ]
    table = one_year_table("分级站改造", 120, "2026年建设标准化分级站4个。", rows, [])
    table[0] = ["2025年度项目支出绩效目标申报表"]
    table[2][3] = "46023"
    found = found_at(save_sheet(tmp_path / "s.xlsx", table))
    assert [(code, cell) for code, _s, cell in found if code.startswith("Y")] == [("Y101", "A1")]


def test_a_later_year_the_work_gathers_for_is_no_leftover(tmp_path: Path) -> None:
    """为2028年全县推广积累烘烤参数, 为2027年申报…储备传承人 and 为2027年春播备足种源 in a 2026 goal
    name later years the work gathers for (no Y103); 2027年全县推广 alone is still a year out
    of the plan."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "热泵烤房试点", "≥", 40, "座"],
        ["满意度指标", "服务对象满意度指标", "烟农满意度", "≥", "90", "%"],
    ]
    for i, goal in enumerate(
        (
            "建成热泵烤房试点40座，为2028年全县推广积累烘烤参数。",
            "建成试点40座，为2027年申报省级非遗储备传承人。",
            "建成试点40座，为2027年春播备足种源。",
        )
    ):
        found = table_found(tmp_path / f"g{i}.xlsx", rows, "热泵烤房试点", goal)
        assert "Y103" not in {code for code, _s, _c in found}, goal
    found = table_found(tmp_path / "y.xlsx", rows, "热泵烤房试点", "建成试点40座，2027年全县推广。")
    assert "Y103" in {code for code, _s, _c in found}


def test_works_built_said_in_the_years_goal_are_held_against_the_years_value(
    tmp_path: Path,
) -> None:
    """A year's goal 2026年建成烤房群3个、密集烤房120座 against 新建密集烤房 ≥150座 for the
    year: the same works (建成 for 新建), in 座, in the goal of the year's own column (D104 at
    the year's value); ≥120座 agrees."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新建烤房群", "≥9个", "≥3个"],
        ["产出指标", "数量指标", "新建密集烤房", "≥450座", "≥150座"],
        ["满意度指标", "服务对象满意度指标", "烟农满意度", "≥90%", "≥90%"],
    ]
    period = "2026—2028年建成烤房群9个、密集烤房450座。"
    year = "2026年建成烤房群3个、密集烤房120座。"
    found = found_at(three_year_table(tmp_path / "w.xlsx", rows, period, year))
    assert coded(found, "D104") == [("warning", "E9")]
    rows[1][4] = "≥120座"
    found = found_at(three_year_table(tmp_path / "r.xlsx", rows, period, year))
    assert "D104" not in {code for code, _s, _c in found}


def test_an_area_in_the_period_goal_is_held_against_the_periods_value(tmp_path: Path) -> None:
    """三年累计推广脱毒种薯10万亩 against 脱毒种薯推广面积 ≥8万亩 over the period: the same
    area (推广…种薯 for 种薯推广, 面积 said by its unit), D104 at the period's value."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "脱毒种薯推广面积", "≥8万亩", "≥3万亩"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"],
    ]
    period = "三年累计推广脱毒种薯10万亩，形成三级繁育体系。"
    found = found_at(three_year_table(tmp_path / "a.xlsx", rows, period, "当年推广脱毒种薯3万亩。"))
    assert coded(found, "D104") == [("warning", "D8")]


def test_an_output_after_its_act_and_goods_is_read_without_its_chanliang(tmp_path: Path) -> None:
    """扩繁一级脱毒种薯1.2万吨 against 一级种薯扩繁产量 ≥1万吨: the amount bred (D104)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "一级种薯扩繁产量", "≥", 1, "万吨"],
        ["满意度指标", "服务对象满意度指标", "合作社满意度", "≥", "90", "%"],
    ]
    goal = "补助合作社扩繁一级脱毒种薯1.2万吨。"
    found = table_found(tmp_path / "k.xlsx", rows, "种薯扩繁", goal, money=260)
    assert coded(found, "D104") == [("warning", "E7")]


def test_a_training_named_with_its_topic_is_the_goals_training(tmp_path: Path) -> None:
    """培训种植户1200人次 against 种植户技术培训人次 ≥1000人次: the goal leaves out what the
    training teaches (D104); a training of others (培训经销商) is not this one."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "种植户技术培训人次", "≥", 1000, "人次"],
        ["满意度指标", "服务对象满意度指标", "培训学员满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "t.xlsx", rows, "种植技术培训", "培训种植户1200人次。")
    assert coded(found, "D104") == [("warning", "E7")]
    found = table_found(tmp_path / "o.xlsx", rows, "种植技术培训", "培训经销商1200人次。")
    assert "D104" not in {code for code, _s, _c in found}


def test_a_total_broken_down_in_brackets_is_no_count_of_one_part(tmp_path: Path) -> None:
    """检修改造密集烤房共1000座（检修800座、改造200座） against 改造密集烤房 ≥200座: 1000 is
    the total of two works; the part agrees (no D104)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "检修密集烤房", "≥", 800, "座"],
        ["产出指标", "数量指标", "改造密集烤房", "≥", 200, "座"],
        ["满意度指标", "服务对象满意度指标", "烟农满意度", "≥", "90", "%"],
    ]
    goal = "全年检修改造密集烤房共1000座（检修800座、改造200座）。"
    found = table_found(tmp_path / "b.xlsx", rows, "烤房检修改造", goal)
    assert "D104" not in {code for code, _s, _c in found}
    found = table_found(tmp_path / "n.xlsx", rows, "烤房检修改造", "全年改造密集烤房260座。")
    assert coded(found, "D104") == [("warning", "E8")]


def test_a_count_named_by_its_unit_is_the_same_as_one_named_by_shuliang(tmp_path: Path) -> None:
    """更换节能油炸设备数量 ≥20台 and 节能油炸设备更换台数 ≥16台: one count (台数 says no
    more than 数量), D103 at the second."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "更换节能油炸设备数量", "≥", 20, "台"],
        ["产出指标", "数量指标", "升级改造麻花作坊数量", "≥", 10, "家"],
        ["产出指标", "数量指标", "节能油炸设备更换台数", "≥", 16, "台"],
        ["满意度指标", "服务对象满意度指标", "经营户满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "u.xlsx", rows, "油炸工艺升级", "更换节能油炸设备20台。")
    assert coded(found, "D103") == [("warning", "C9")]


def test_a_moisture_rate_under_a_quantity_tier2_is_a_quality(tmp_path: Path) -> None:
    """烘干薯渣含水率 ≤12% under 数量指标: a quality of the product (F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "薯渣烘干处理量", "≥", 2, "万吨"],
        ["产出指标", "数量指标", "烘干薯渣含水率", "≤", "12", "%"],
        ["满意度指标", "服务对象满意度指标", "周边群众满意度", "≥", "85", "%"],
    ]
    found = table_found(tmp_path / "m.xlsx", rows, "薯渣烘干线", "年烘干处理薯渣2万吨。")
    assert [cell for code, _s, cell in found if code == "F201"] == ["C8"]
