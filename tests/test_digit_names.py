"""Indicator names that start with a digit (60岁以上…, 0-3岁…, 12345热线…, 4G…) are names, not
values: a row holding one is read as it stands, never as shifted cells (S101). Each workbook
is built inline (invented names and numbers)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.model import Cell, CellRef
from goalbook.reader import read_table
from goalbook.reader.rows import is_value

ROWS = [
    ["产出指标", "数量指标", "60岁以上老年人健康体检人数", "≥２４００人"],
    [None, None, "4G网络覆盖行政村数", "≥ 86 个"],
    [None, "质量指标", "0-3岁婴幼儿照护服务覆盖率", "≥60%"],
    [None, None, "12345热线工单按时办结率", "≥98%"],
    [None, None, "1.1 新建村道里程（公里）", "≥14.5"],
    [None, "时效指标", "3日内\n入户随访完成率", "≥95%"],
    ["成本指标", "经济成本指标", "人均体检费用", "≤120元/人"],
    ["效益指标", "社会效益指标", "居民健康素养水平", "逐步提高"],
    ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
]


def _write(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["2026年度项目支出绩效目标申报表"])
    ws.append(["项目名称", "老年人和婴幼儿健康服务"])
    ws.append(["年度资金总额（万元）", 120])
    ws.append(["年度绩效目标", "完成老年人体检2400人。"])
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    for row in ROWS:
        ws.append(row)
    for ref in ("A6:A11", "B6:B7", "B8:B10"):
        ws.merge_cells(ref)
    wb.save(path)
    return path


def test_names_starting_with_a_digit_are_read_as_names(tmp_path: Path) -> None:
    path = _write(tmp_path / "r.xlsx")
    table = read_table(path)
    assert [(i.label.replace("\n", ""), i.annual is not None) for i in table.indicators] == [
        (r[2].replace("\n", "").removeprefix("1.1 "), True) for r in ROWS
    ]  # (an outline number before a name, 1.1 , is no part of it; a digit in the name is)
    assert not any(i.shifted for i in table.indicators)
    result, _table = check_file(path, CheckOptions())
    assert "S101" not in {f.code for f in result.findings}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("60岁以上老年人健康体检人数", False),
        ("0-3岁婴幼儿照护服务覆盖率", False),
        ("12345热线工单按时办结率", False),
        ("≥2400人", True),
        ("100000人次", True),
        ("3.5万亩", True),
        ("≤375元/平方米", True),
        ("0-6岁", True),
        ("3000人次，覆盖全县", True),
        ("3000人次（覆盖全县）", True),
        ("1.1 改造村道里程（公里）", False),  # outline numbering, the unit in brackets
        ("2.3 新增错车道（处）", False),
        ("1.5 万元", True),
    ],
)
def test_a_number_followed_by_words_is_no_value(text: str, value: bool) -> None:
    assert is_value(Cell(CellRef("S", 1, 1), text, text)) is value
