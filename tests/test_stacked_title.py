"""Projects stacked under one sheet title (某乡2026年…项目绩效目标表) with no title of their own,
each with a 绩效目标 label over its goal: every project has the title's year (a label is no
title), so none is said to have no budget year. Workbooks built inline (invented)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_tables
from tests.test_values_read import Row

HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]


def _project(name: str, money: float) -> list[Row]:
    return [
        ["项目名称", name, "项目编号", "XQ-2026-07"],
        ["资金（万元）", money],
        ["绩效目标", f"完成{name}，受益农户120户。"],
        HEAD,
        ["产出指标", "数量指标", f"{name}数量", "≥3处"],
        [None, "质量指标", "工程验收合格率", "100%"],
        ["效益指标", "社会效益指标", "受益农户", "≥120户"],
        ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"],
    ]


def _write(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["溪桥乡2026年衔接推进乡村振兴补助资金项目绩效目标表"])
    for name, money in (("机耕道硬化", 40.0), ("山塘清淤", 25.0), ("产业路修缮", 30.0)):
        ws.append([])
        for row in _project(name, money):
            ws.append(row)
    wb.save(path)
    return path


def test_every_stacked_project_has_the_sheet_titles_year(tmp_path: Path) -> None:
    tables = read_tables(_write(tmp_path / "r.xlsx"))
    assert [t.project for t in tables] == ["机耕道硬化", "山塘清淤", "产业路修缮"]
    assert all(t.title is not None and t.title.text.startswith("溪桥乡2026年") for t in tables)
    assert all("title_year" in t.fields for t in tables)


def test_no_stacked_project_is_said_to_have_no_budget_year(tmp_path: Path) -> None:
    result, _table = check_file(_write(tmp_path / "r.xlsx"), CheckOptions())
    assert "Y105" not in {f.code for f in result.findings}
