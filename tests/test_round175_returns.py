"""Rounds 175 and on (holdout560–): held-out returns in shapes of their own. Every workbook is
invented and built here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from tests.returns import found_at, table_found


def test_the_energy_a_product_uses_up_is_a_cost(tmp_path: Path) -> None:
    """吨粉加工电耗 ≤35千瓦时 under 经济成本指标: the energy a tonne of flour uses up, a cost
    (no F201); a count of machines there is still an output filed as a cost (F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "年加工青稞", "≥", 800, "吨"],
        ["成本指标", "经济成本指标", "吨粉加工电耗", "≤", 35, "千瓦时"],
        ["满意度指标", "服务对象满意度指标", "收购农户满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "e.xlsx", rows, "青稞磨粉", "年加工青稞800吨。")
    assert "F201" not in {code for code, _s, _c in found}
    rows[1][2:] = ["购置石磨设备台数", "≥", 2, "台"]
    found = table_found(tmp_path / "c.xlsx", rows, "青稞磨粉", "年加工青稞800吨。")
    assert [cell for code, _s, cell in found if code == "F201"] == ["C8"]


def test_dried_produce_browned_or_scorched_is_less_the_better(tmp_path: Path) -> None:
    """干片褐变率 ≥3% (browned slices, a defect) is T108 at its value; ≤3% is right."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "百合干片加工量", "≥", 40, "吨"],
        ["产出指标", "质量指标", "干片褐变率", "≥", "3", "%"],
        ["满意度指标", "服务对象满意度指标", "收购农户满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "b.xlsx", rows, "百合干片", "加工百合干片40吨。")
    assert [cell for code, _s, cell in found if code == "T108"] == ["E8"]
    rows[1][3] = "≤"
    found = table_found(tmp_path / "r.xlsx", rows, "百合干片", "加工百合干片40吨。")
    assert "T108" not in {code for code, _s, _c in found}


def test_an_export_with_its_goals_in_a_column_and_no_year(tmp_path: Path) -> None:
    """A budget system's export whose indicator sheet carries each project's 年度绩效目标 in a
    column beside its indicators, with no year anywhere: Y105 as information (the batch holds
    the year), as for an export without goals; the goal naming its year, no Y105."""
    for goal, found in (
        ("完成作坊改造40家。", [("Y105", "info", "")]),
        ("2025年完成作坊改造40家。", []),
    ):
        wb = openpyxl.Workbook()
        money = wb.active
        assert money is not None
        money.title = "部门项目支出预算05-1"
        money.append(["单位：万元"])
        money.append(["项目编码", "项目名称", "资金总额", "财政拨款", "其他资金"])
        money.append(["3310250012", "作坊改造提升", 36, 30, 6])
        goals = wb.create_sheet("部门项目支出绩效目标05-2")
        goals.append(
            ["项目编码", "项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值"]
        )
        rows = [
            ["产出指标", "数量指标", "作坊改造提升数", "≥40家"],
            ["产出指标", "质量指标", "改造验收合格率", "≥95%"],
            ["效益指标", "社会效益指标", "作坊食品安全事故", "0起"],
            ["满意度指标", "服务对象满意度指标", "经营者满意度", "≥90%"],
        ]
        for i, row in enumerate(rows):
            first = i == 0
            goals.append(["3310250012" if first else None, "作坊改造提升" if first else None,
                          goal if first else None, *row])  # fmt: skip
        wb.save(tmp_path / "x.xlsx")
        assert [f for f in found_at(tmp_path / "x.xlsx") if f[0].startswith("Y")] == found


def test_a_rate_on_schedule_or_of_accuracy_has_its_tier(tmp_path: Path) -> None:
    """车间改造按期完工率 under 数量指标 is a time indicator, 检验结果复核准确率 under 时效指标 a
    quality one (F201 at each name); under 时效 and 质量 they fit."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "灌装车间改造数", "≥", 7, "间"],
        ["产出指标", "数量指标", "车间改造按期完工率", "≥", "95", "%"],
        ["产出指标", "时效指标", "检验结果复核准确率", "≥", "99", "%"],
        ["满意度指标", "服务对象满意度指标", "企业满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "m.xlsx", rows, "车间改造", "改造车间7间。")
    assert [cell for code, _s, cell in found if code == "F201"] == ["C8", "C9"]
    rows[1][1], rows[2][1] = "时效指标", "质量指标"
    found = table_found(tmp_path / "r.xlsx", rows, "车间改造", "改造车间7间。")
    assert "F201" not in {code for code, _s, _c in found}


def test_a_year_the_records_are_kept_until(tmp_path: Path) -> None:
    """A 2026 goal that keeps its trace records until 2031 (溯源数据保存至2031年): a horizon
    after the work, no year of the plan (no Y103); work to be done in 2028 is one (Y103)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "赋码溯源企业数", "≥", 9, "家"],
        ["满意度指标", "服务对象满意度指标", "企业满意度", "≥", "90", "%"],
    ]
    goal = "为9家企业建立赋码溯源，溯源数据保存至2031年。"
    found = table_found(tmp_path / "k.xlsx", rows, "火腿溯源", goal)
    assert "Y103" not in {code for code, _s, _c in found}
    found = table_found(
        tmp_path / "d.xlsx", rows, "火腿溯源", "为9家企业建立赋码溯源，2028年完成验收。"
    )
    assert "Y103" in {code for code, _s, _c in found}
