"""A money detail block placed under the indicator table (资金测算明细 │ then 序号 │ 支出内容 │
金额（万元）, numbered lines and 合计): it ends the indicator table and is read as the budget
lines, added up against its 合计 and the total, each amount checked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table

_ROWS = [
    ["产出指标", "数量指标", "新建社区健身路径", "≥12处", "≥8处"],
    [None, "质量指标", "器材安装验收合格率", "100%", "100%"],
    [None, "时效指标", "年度安装完成时间", "2026年10月31日前", "2025年11月30日前"],
    ["成本指标", "经济成本指标", "每处健身路径造价", "≤9万元/处", "≤9万元/处"],
    ["效益指标", "社会效益指标", "健身路径年使用人次", "≥6万人次", "≥4万人次"],
    ["满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", "≥90%"],
]


def _book(path: Path, lines: list[list[Any]], total: Any, merged: bool = True) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Sheet1"
    rows: list[list[Any]] = [
        ["2025年度项目支出绩效目标申报表"],
        ["项目名称", "石桥镇健身路径建设专项"],
        ["项目期", "2年", "开始时间", "2025年1月1日", "结束时间", "2026年12月31日"],
        ["中期资金总额", 108, "年度资金总额", 72],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注"],
        *_ROWS,
        [],
        ["资金测算明细（万元）"],
        ["序号", "支出内容", "金额（万元）"],
        *lines,
        ["合计", None, total],
        ["填报人：", "罗青", None, "联系电话：", "0735-2210388"],
    ]
    for row in rows:
        ws.append(row)
    if merged:
        ws.merge_cells("A13:C13")
    wb.save(path)
    return path


def _codes(path: Path) -> list[tuple[str, str]]:
    result, _ = check_file(path, CheckOptions())
    return [(f.code, f.at.a1 if f.at else "") for f in result.findings]


def test_a_detail_block_under_the_table_is_no_indicator_and_its_lines_are_read(
    tmp_path: Path,
) -> None:
    path = _book(tmp_path / "ok.xlsx", [[1, "健身器材采购", 48], [2, "基础硬化及安装", 24]], 72)
    table = read_table(path)
    assert [i.name.text for i in table.indicators if i.name][-1] == "周边居民满意度"
    assert [line.name.text for line in table.lines if line.name] == [
        "健身器材采购",
        "基础硬化及安装",
    ]
    assert table.lines_total is not None and table.lines_total.value == 72
    assert not [c for c in _codes(path) if c[0][0] in "SFTB"], _codes(path)


def test_an_amount_pasted_twice_in_the_detail_block_is_found(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "twice.xlsx", [[1, "健身器材采购", "48万48万"], [2, "基础硬化及安装", 24]], 72
    )
    codes = _codes(path)
    assert ("X106", "C15") in codes
    assert not [c for c in codes if c[0][0] in "SFT"], codes


def test_detail_lines_that_do_not_add_up_are_found(tmp_path: Path) -> None:
    path = _book(tmp_path / "sum.xlsx", [[1, "健身器材采购", 48], [2, "基础硬化及安装", 30]], 72)
    assert [c for c in _codes(path) if c[0][0] == "B"] == [("B102", "C17")]


def test_an_unmerged_block_title_ends_the_table_too(tmp_path: Path) -> None:
    lines = [[1, "健身器材采购", 48], [2, "基础硬化及安装", 24]]
    path = _book(tmp_path / "title.xlsx", lines, 72, merged=False)
    assert [i.name.text for i in read_table(path).indicators if i.name][-1] == "周边居民满意度"
    assert not [c for c in _codes(path) if c[0][0] in "SFTB"], _codes(path)
