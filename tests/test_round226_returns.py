"""Session 67, round 226 (holdout713–715): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from tests.returns import coded, found_at, table_found


def test_one_each(tmp_path: Path) -> None:
    """两镇各改造1个应急加工点（共2个） against 改造应急加工点数量 │ =2个, and 扶持8个村各组建
    舞队1支 against 扶持村级舞队 │ ≥8支: one each, no count of the whole (no D104)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "改造应急加工点数量", "=", 2, "个"],
        ["产出指标", "数量指标", "扶持村级舞队", "≥", 8, "支"],
    ]
    goal = "在城区、蒲川镇各改造1个应急加工点（共2个），扶持8个村各组建舞队1支。"
    found = table_found(tmp_path / "a.xlsx", rows, "应急与文化", goal, 60)
    assert coded(found, "D104") == []


def test_an_export_whose_year_is_in_its_budget_sheets_title(tmp_path: Path) -> None:
    """A budget system's 05-1 titled 2026年度项目支出预算表 beside a 05-2 that states no year:
    the return gives its year (no Y105)."""
    wb = openpyxl.Workbook()
    money = wb.active
    assert money is not None
    money.title = "项目支出预算05-1"
    money.append(["2026年度项目支出预算表"])
    money.append(["项目编码", "项目名称", "金额"])
    money.append(["417026100047", "民间艺术展演", 9])
    goals = wb.create_sheet("项目支出绩效目标05-2")
    goals.append(["项目编码", "一级指标", "二级指标", "三级指标", "指标值"])
    for tier1, tier2, name, value in (
        ("产出指标", "数量指标", "展演场次", "≥4场"),
        ("产出指标", "质量指标", "展演安全事故", "=0起"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ):
        goals.append(["417026100047", tier1, tier2, name, value])
    path = tmp_path / "export.xlsx"
    wb.save(path)
    assert coded(found_at(path), "Y105") == []
