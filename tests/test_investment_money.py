"""A 中央预算内投资 plan's money rows: 总投资 │ amount │ 其中：中央预算内投资 │ amount │
地方财政资金 │ amount, and the same for 本年度计划投资. They are the period's and the year's
money: read, added up, and checked cell by cell like any other money (a number split by a PDF
copy is found)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table

_ROWS = [
    ["产出指标", "数量指标（建设规模）", "新建农贸市场数量", "≥3个", "≥1个"],
    [None, "质量指标", "工程验收合格率", "=100%", "=100%"],
    [None, "时效指标（建设工期）", "主体工程完工时间", "2028年8月31日前", "2027年12月31日前"],
    [None, "成本指标（投资控制）", "单位面积造价", "≤2600元/平方米", "≤2600元/平方米"],
    ["效益指标", "社会效益指标", "覆盖服务人口", "≥4.5万人", "≥1.5万人"],
    ["满意度指标", "服务对象满意度指标", "商户满意度", "≥90%", "≥90%"],
]


def _book(path: Path, total: list[Any], annual: list[Any]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "投资项目"
    rows: list[list[Any]] = [
        ["2027年中央预算内投资计划项目绩效目标表"],
        ["项目单位：河西区商务局", None, None, None, "单位：万元"],
        ["项目名称", "河西区农贸市场改造项目"],
        ["建设期", "2027年—2028年", "计划开工时间", "2027年3月1日"],
        ["总投资", total[0], "其中：中央预算内投资", total[1], "地方财政资金", total[2]],
        ["本年度计划投资", annual[0], "其中：中央预算内投资", annual[1], "地方财政资金", annual[2]],
        ["一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"],
        *_ROWS,
    ]
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _money(path: Path) -> list[tuple[str, str]]:
    result, _ = check_file(path, CheckOptions())
    return [(f.code, f.at.a1 if f.at else "") for f in result.findings if f.code[0] in "BX"]


def test_investment_rows_are_the_money_of_the_table(tmp_path: Path) -> None:
    path = _book(tmp_path / "ok.xlsx", [2640.5, 1600, 1040.5], [980, 600, 380])
    fields = read_table(path).fields
    assert (fields["total"].value, fields["annual"].value) == (2640.5, 980)
    assert _money(path) == []


def test_a_split_number_in_an_investment_row_is_found(tmp_path: Path) -> None:
    path = _book(tmp_path / "split.xlsx", [2640.5126, "1600.512 6", 1040], [980, 600, 380])
    assert _money(path) == [("X105", "D5")]


def test_investment_sources_that_do_not_add_up_are_found(tmp_path: Path) -> None:
    path = _book(tmp_path / "sum.xlsx", [2640.5, 1600, 1040.5], [980, 640, 380])
    assert _money(path) == [("B101", "B6")]
