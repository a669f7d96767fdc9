"""A transfer's money row with its sources side by side (年度金额 │ 其中：中央补助 │ 省级补助 │
市县配套, the amounts in the row below): every source is a part of the whole, not the first
alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table

_ROWS = [
    ["产出指标", "数量指标", "改造农村公路里程", "≥36公里", None],
    [None, "质量指标", "工程交工验收合格率", "=100%", None],
    [None, "时效指标", "当年完工率", "≥85%", None],
    [None, "成本指标", "每公里改造补助标准", "≤5万元/公里", None],
    ["效益指标", "社会效益指标", "受益行政村数", "≥42个", None],
    ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", None],
]


def _book(path: Path, head: list[Any], amounts: list[Any]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "区域目标"
    rows: list[list[Any]] = [
        ["2027年度农村公路改造补助资金区域绩效目标表"],
        ["专项资金名称", "农村公路改造补助资金"],
        ["地区", "石岭市"],
        ["资金情况（万元）", *head],
        [None, *amounts],
        ["年度总体目标", "改造农村公路36公里，沿线群众满意度达到90%以上。"],
        ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
        *_ROWS,
    ]
    for row in rows:
        ws.append(row)
    ws.merge_cells("A4:A5")
    wb.save(path)
    return path


_HEAD = ["年度金额", "其中：中央补助", "省级补助", "市县配套"]


def _b(path: Path) -> list[tuple[str, str]]:
    result, _ = check_file(path, CheckOptions())
    return [(f.code, f.at.a1 if f.at else "") for f in result.findings if f.code[0] == "B"]


def test_three_sources_beside_the_whole_are_its_parts(tmp_path: Path) -> None:
    path = _book(tmp_path / "ok.xlsx", _HEAD, [3420, 2300, 760, 360])
    table = read_table(path)
    assert table.fields["annual"].value == 3420
    assert _b(path) == []


def test_three_sources_that_do_not_add_up_are_found_once(tmp_path: Path) -> None:
    path = _book(tmp_path / "wrong.xlsx", _HEAD, [3480, 2300, 760, 360])
    assert _b(path) == [("B101", "B5")]


def test_two_known_sources_stay_the_layout_fields(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "two.xlsx", ["年度金额", "其中：中央补助", "地方资金"], [3480, 2300, 1120]
    )
    table = read_table(path)
    assert table.fields["annual_fiscal"].value == 2300
    assert _b(path) == [("B101", "B5")]


def test_an_export_block_mixing_known_and_own_sources_adds_them_all(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    rows: list[list[Any]] = [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "2026年乡镇垃圾转运站建设项目"],
        ["资金来源（元）", "期间", "资金总额", "财政拨款", "上级转移支付", "单位自有资金"],
        [None, "年度", 1_860_000, 900_000, 860_000, 100_000],
        ["年度绩效目标", "建成乡镇垃圾转运站5座。"],
        ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
        *_ROWS,
    ]
    for row in rows:
        ws.append(row)
    wb.save(tmp_path / "export.xlsx")
    assert _b(tmp_path / "export.xlsx") == []
    ws["C4"] = 1_900_000
    wb.save(tmp_path / "export2.xlsx")
    assert _b(tmp_path / "export2.xlsx") == [("B101", "C4")]
