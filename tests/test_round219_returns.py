"""Session 67, round 219 (holdout692–694): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from tests.returns import coded, found_at, table_found


def test_batches_made_under_quality_and_a_waste_mixing_rate(tmp_path: Path) -> None:
    """发酵腐熟批次 │ ≥30批 under 质量 is what is made, an output (F201), unlike 产品抽检批次;
    厨余垃圾混投率 │ ≥ │ 10% is a rate to keep down (T108)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "有机肥年产量", "≥", 1000, "吨"],
        ["产出指标", "质量指标", "发酵腐熟批次", "≥", 30, "批"],
        ["产出指标", "质量指标", "产品抽检批次", "≥", 6, "批次"],
        ["效益指标", "生态效益指标", "厨余垃圾混投率", "≥", 10, "%"],
    ]
    found = table_found(tmp_path / "t.xlsx", rows, "有机肥生产", "年产有机肥1000吨。", 50)
    assert coded(found, "F201") == [("warning", "C8")]
    assert coded(found, "T108") == [("warning", "E10")]


def test_people_put_in_place_counted_in_ming(tmp_path: Path) -> None:
    """9个村配备保洁督导员27名 in the goal against 保洁督导员配备数 │ ≥24名 (D104); 24名 agrees."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "保洁督导员配备数", "≥", 24, "名"],
        ["产出指标", "数量指标", "分类收集桶购置数", "≥", 300, "个"],
    ]
    goal = "9个村配备保洁督导员27名，购置分类收集桶300个。"
    found = table_found(tmp_path / "a.xlsx", rows, "垃圾分类", goal, 40)
    assert coded(found, "D104") == [("warning", "E7")]
    goal = goal.replace("27名", "24名")
    assert coded(table_found(tmp_path / "b.xlsx", rows, "垃圾分类", goal, 40), "D104") == []


def test_a_deadline_opening_its_clause_after_the_works_name(tmp_path: Path) -> None:
    """改造烘干线1条，2026年9月30日前投产 against 烘干线投产时间 │ 2026年11月30日前 (D104)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "烘干线改造数", "=", 1, "条"],
        ["产出指标", "时效指标", "烘干线投产时间", "≤", "2026年11月30日", None],
    ]
    goal = "改造烘干线1条，2026年9月30日前投产，全年烘干茶叶300吨。"
    found = table_found(tmp_path / "a.xlsx", rows, "烘干线改造", goal, 40)
    assert coded(found, "D104") == [("warning", "E8")]


def test_a_standard_per_household_is_not_paid_to_those_reached(tmp_path: Path) -> None:
    """单户贷款贴息补助 │ ≤0.5万元/户 with the table's only count of 户 带动农户数 ≥2000户: those
    the work reaches, not whom it pays (no B107); 贴息农户数 ≥2000户 is whom it pays (B107)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "贴息合作社数量", "≥", 40, "家"],
        ["成本指标", "经济成本指标", "单户贷款贴息补助", "≤", 0.5, "万元/户"],
        ["效益指标", "社会效益指标", "带动农户数", "≥", 2000, "户"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "贷款贴息", "为40家合作社贴息。", 80)
    assert coded(found, "B107") == []
    rows[2] = ["产出指标", "数量指标", "贴息农户数", "≥", 2000, "户"]
    found = table_found(tmp_path / "b.xlsx", rows, "贷款贴息", "为农户贴息。", 80)
    assert [severity for severity, _at in coded(found, "B107")] == ["warning"]


def test_a_year_cell_off_under_titles_that_agree(tmp_path: Path) -> None:
    """An export's 05-1 and 05-2 are both titled 2026, its 预算年度 cell says 2025: one Y101 at
    the cell, none at the 05-2 title (the titles agree with each other)."""
    wb = openpyxl.Workbook()
    money = wb.active
    assert money is not None
    money.title = "项目支出预算05-1"
    money.append(["2026年部门项目支出预算表"])
    money.append(["项目编码", "项目名称", "合计", "财政拨款", "其他资金"])
    money.append(["510101260001", "合作社贴息", 100, 100, 0])
    goals = wb.create_sheet("项目支出绩效目标05-2")
    goals.append(["2026年部门项目支出绩效目标表"])
    goals.append(["单位名称：", "某县农业农村局", "预算年度：", 2025])
    goals.append(["项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"])
    for tier1, tier2, name, value in (
        ("产出指标", "数量指标", "贴息合作社数量", "≥40家"),
        ("产出指标", "质量指标", "贴息资金拨付准确率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%"),
    ):
        goals.append(["510101260001", "合作社贴息", tier1, tier2, name, value])
    path = tmp_path / "export.xlsx"
    wb.save(path)
    assert coded(found_at(path), "Y101") == [("error", "D2")]
