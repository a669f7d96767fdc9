"""The period's and the year's column sets side by side, each titled above it (中期绩效指标
（2026—2028年） │ 年度绩效指标（2026年）): a year's title naming another year than the table's is
found (Y101), its own year raises nothing. Invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from goalbook.check import CheckOptions, check_file


def _codes(tmp_path: Path, year_title: str) -> list[tuple[str, str]]:
    rows: list[list[Any]] = [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "科技型中小企业创新能力培育", None, "主管部门", "石楼区科学技术局"],
        ["项目期", "3年", "计划开始日期", "2026年1月1日", "计划完成日期", "2028年12月31日"],
        ["项目资金（万元）", "中期资金总额", 900, "年度资金总额", 320],
        [],
        ["中期绩效指标（2026—2028年）", None, None, None, None, year_title],
        *(
            [*row, None, *row]  # the period's set, a spacer, the year's set
            for row in (
                ["一级指标", "二级指标", "三级指标", "指标值"],
                ["产出指标", "数量指标", "培育科技型中小企业数量", "≥120家"],
                [None, "质量指标", "研发项目验收通过率", "≥90%"],
                ["效益指标", "经济效益指标", "企业研发投入增长率", "≥10%"],
                ["满意度指标", "服务对象满意度指标", "企业满意度", "≥90%"],
            )
        ),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    path = tmp_path / "side.xlsx"
    wb.save(path)
    result, _ = check_file(path, CheckOptions())
    return [(f.code, f.at.a1 if f.at else "") for f in result.findings]


def test_a_year_s_set_titled_with_another_year_is_found(tmp_path: Path) -> None:
    assert ("Y101", "F6") in _codes(tmp_path, "年度绩效指标（2025年）")


def test_a_year_s_set_titled_with_its_own_year_raises_nothing(tmp_path: Path) -> None:
    assert not [c for c in _codes(tmp_path, "年度绩效指标（2026年）") if c[0].startswith("Y")]


def test_a_heading_over_one_table_naming_another_year_is_found(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["2027年度部门整体支出绩效目标申报表"],
        ["部门（单位）名称", "石楼区财政局"],
        ["年度总体目标", "全面实施预算绩效管理。"],
        ["2026年度绩效指标"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "事前绩效评估项目数", "≥30个"],
        ["效益指标", "社会效益指标", "财政资金使用效益", "持续提高"],
        ["满意度指标", "服务对象满意度指标", "预算单位满意度", "≥90%"],
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    wb.save(tmp_path / "one.xlsx")
    result, _ = check_file(tmp_path / "one.xlsx", CheckOptions())
    assert ("Y101", "A4") in [(f.code, f.at.a1 if f.at else "") for f in result.findings]
