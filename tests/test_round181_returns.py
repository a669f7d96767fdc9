"""Round 181 (holdout578–580) and the mends of session 61: each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from goalbook.rules.goalcounts import swapped
from tests.returns import budget_export, found_at, table_found


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
    assert [(s, cell) for code, s, cell in found if code == "D103"] == [("warning", "C9")]
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
    assert [(s, cell) for code, s, cell in found if code == "D104"] == [("warning", "E7")]
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
    assert [(s, cell) for code, s, cell in found if code == "B107"] == [("warning", "E8")]
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
    assert [(s, cell) for code, s, cell in found if code == "D103"] == [("warning", "C9")]


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
