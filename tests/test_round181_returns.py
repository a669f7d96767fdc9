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
