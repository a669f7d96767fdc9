"""Money laid out in grids, labels over amounts, is added up: an allocation table's columns
against its 合计 row (B102), a line's 其中 parts against the line (B101, only when they exceed
it: 其中 may name some parts only), a total column against its sources (B101), a summary sheet
of a workbook's projects against its 合计. Invented returns."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_tables

Found = list[tuple[str, str, str, str]]

_TABLE: list[list[Any]] = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "改造老旧小区个数", "≥14个"],
    [None, "质量指标", "竣工验收合格率", "100%"],
    [None, "时效指标", "资金下达及时率", "≥95%"],
    ["效益指标", "社会效益指标", "惠及居民户数", "≥3100户"],
    ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
]


def _head(upper: float, central: float, province: float, own: float, whole: float) -> list[Any]:
    return [
        ["2025年度城镇老旧小区改造补助资金绩效目标表"],
        ["资金名称", "城镇老旧小区改造补助资金"],
        ["资金情况（万元）", "上级下达金额", "其中：中央", "省级", "本级配套", "资金总额"],
        [None, upper, central, province, own, whole],
        ["年度总体目标", "改造城镇老旧小区14个，惠及居民3100户。"],
    ]


def _allocation(lines: list[list[Any]], total: list[Any]) -> list[list[Any]]:
    return [
        ["资金分配明细（万元）", "街道", "分配金额", "其中：中央", "省级", "分配依据"],
        *[[None, *line, "改造任务"] for line in lines],
        [None, "合计", *total],
    ]


_LINES = [["城东街道", 420, 320, 100], ["城西街道", 180, 140, 40], ["河口街道", 440, 320, 120]]


def _save(tmp_path: Path, rows: list[list[Any]], extra: list[list[Any]] | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "绩效目标表"
    for row in rows:
        ws.append(row)
    if extra is not None:
        other = wb.create_sheet("资金分配表")
        for row in extra:
            other.append(row)
    path = tmp_path / "grid.xlsx"
    wb.save(path)
    return path


def _check(path: Path) -> Found:
    result, _ = check_file(path, CheckOptions())
    return [
        (f.code, f.severity.value, f.at.sheet if f.at else "", f.at.a1 if f.at else "")
        for f in result.findings
    ]


def _money(found: Found) -> Found:
    return [f for f in found if f[0].startswith("B")]


def _return(
    tmp_path: Path, head: list[list[Any]], lines: list[list[Any]], total: list[Any]
) -> Path:
    return _save(tmp_path, [*head, *_allocation(lines, total), [], *_TABLE])


def test_a_grid_that_adds_up_is_right(tmp_path: Path) -> None:
    path = _return(tmp_path, _head(1040, 780, 260, 160, 1200), _LINES, [1040, 780, 260])
    assert _money(_check(path)) == []
    grids = read_tables(path)[0].grids
    assert [len(g.lines) for g in grids] == [1, 3]
    assert [label.text for label in grids[1].labels] == ["分配金额", "其中：中央", "省级"]


def test_a_column_not_adding_up_to_its_total_row(tmp_path: Path) -> None:
    path = _return(tmp_path, _head(1040, 780, 260, 160, 1200), _LINES, [1060, 780, 260])
    assert _money(_check(path)) == [("B102", "error", "绩效目标表", "C10")]


def test_parts_above_their_line(tmp_path: Path) -> None:
    lines = [["城东街道", 420, 320, 100], ["城西街道", 180, 220, 40], ["河口街道", 440, 320, 120]]
    found = _money(
        _check(_return(tmp_path, _head(1040, 860, 260, 160, 1200), lines, [1040, 860, 260]))
    )
    assert ("B101", "error", "绩效目标表", "C8") in found, found


def test_parts_that_name_only_some_of_the_line_are_right(tmp_path: Path) -> None:
    lines = [
        ["城东街道", 420, 300, None],
        ["城西街道", 180, 140, None],
        ["河口街道", 440, 320, None],
    ]
    path = _return(tmp_path, _head(1040, 780, 260, 160, 1200), lines, [1040, 760, None])
    assert _money(_check(path)) == []


def test_a_total_column_that_is_not_the_sum_of_its_sources(tmp_path: Path) -> None:
    # 上级下达 1040 = 中央 780 + 省级 260; 资金总额 should be 1040 + 本级配套 160 = 1200
    path = _return(tmp_path, _head(1040, 780, 260, 160, 1300), _LINES, [1040, 780, 260])
    assert _money(_check(path)) == [("B101", "error", "绩效目标表", "F4")]


def test_an_allocation_on_a_sheet_of_its_own(tmp_path: Path) -> None:
    alloc = [
        ["2025年城镇老旧小区改造补助资金分配表"],
        ["单位：万元"],
        ["县（市、区）", "分配金额", "其中：中央资金", "省级资金", "分配依据"],
        ["临溪县", 620, 460, 160, "任务 5 个"],
        ["白沙河区", 420, 320, 100, "任务 4 个"],
        ["合计", 1140, 780, 260, "任务 9 个"],
    ]
    path = _save(tmp_path, [*_head(1040, 780, 260, 160, 1200), *_TABLE], alloc)
    assert _money(_check(path)) == [("B102", "error", "资金分配表", "B6")]


def test_a_groups_subtotal_is_its_lines_and_no_line_of_the_total(tmp_path: Path) -> None:
    lines = [*_LINES[:2], ["小计", 600, 460, 140], _LINES[2], ["其中：城区", 300, 200, 100]]
    path = _return(tmp_path, _head(1040, 780, 260, 160, 1200), lines, [1040, 780, 260])
    assert _money(_check(path)) == []


def test_a_subtotal_that_is_not_its_groups_lines(tmp_path: Path) -> None:
    lines = [*_LINES[:2], ["小计", 620, 460, 140], _LINES[2]]
    path = _return(tmp_path, _head(1040, 780, 260, 160, 1200), lines, [1040, 780, 260])
    assert _money(_check(path)) == [("B102", "error", "绩效目标表", "C9")]


def test_a_summary_of_the_workbooks_projects(tmp_path: Path) -> None:
    summary = [
        ["2025年项目支出绩效目标汇总表"],
        ["序号", "项目名称", "资金总额", "财政拨款", "其他资金"],
        [1, "城镇老旧小区改造", 1200, 1040, 160],
        [2, "背街小巷整治", 300, 300, 0],
        ["合计", None, 1520, 1340, 160],
    ]
    path = _save(tmp_path, [*_head(1040, 780, 260, 160, 1200), *_TABLE], summary)
    assert _money(_check(path)) == [("B102", "error", "资金分配表", "C5")]


def test_a_header_whose_parts_stand_under_a_merged_other(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    rows: list[list[Any]] = [
        ["2025年城镇老旧小区改造补助资金分配表"],
        ["县（市、区）", "分配金额", "其中", None, "分配依据"],
        [None, None, "中央资金", "省级资金", None],
        ["临溪县", 620, 460, 260, "任务 5 个"],  # 460 + 260 = 720 > 620
        ["白沙河区", 420, 320, 100, "任务 4 个"],
        ["合计", 1040, 780, 360, "任务 9 个"],
        [],
        *_TABLE,
    ]
    for row in rows:
        ws.append(row)
    for block in ("A2:A3", "B2:B3", "C2:D2", "E2:E3"):
        ws.merge_cells(block)
    wb.save(path := tmp_path / "two-rows.xlsx")
    grid = read_tables(path)[0].grids[0]
    assert [label.text for label in grid.labels] == ["分配金额", "中央资金", "省级资金"]
    assert grid.parts == (None, 0, 0)
    assert ("B101", "error", "Sheet", "B4") in _money(_check(path))


def test_a_named_list_of_one_column_with_its_total(tmp_path: Path) -> None:
    villages = [
        ["序号", "村名", "金额（万元）", "备注"],
        [1, "马头村", 10],
        [2, "黄岗村", 9.5],
        [3, "清塘村", 9],
        ["合计", None, 29.5],  # 28.5
    ]
    path = _save(tmp_path, [*_head(1040, 780, 260, 160, 1200), *villages, [], *_TABLE])
    assert _money(_check(path)) == [("B102", "error", "绩效目标表", "C10")]


def test_labels_over_one_row_of_amounts_are_the_tables_money(tmp_path: Path) -> None:
    head = [
        ["2026年困难残疾人生活补贴资金绩效目标表"],
        ["项目名称", "困难残疾人生活补贴"],
        ["资金情况", "资金总额", "其中：中央", "省级", "备注"],
        ["金额（万元）", 2160, 1296, 864, "分县明细见分配表"],
        ["年度绩效目标", "按每人每月100元标准发放生活补贴。"],
    ]
    path = _save(tmp_path, [*head, *_TABLE])
    assert _money(_check(path)) == []  # no 其中：中央 read as the total's value (B108)
    assert read_tables(path)[0].fields["total"].text == "2160"


def test_parts_under_a_part_ending_the_grid_short_of_the_whole(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    rows: list[list[Any]] = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "农村饮水安全巩固提升工程"],
        ["项目资金（万元）", "资金总额", "其中：财政拨款", None, "其他资金"],
        [None, None, "当年财政拨款", "上年结转", None],
        [None, 865, 520, 95, 230],  # 520 + 95 + 230 = 845
        ["年度绩效目标", "改造农村供水管网。"],
        *_TABLE,
    ]
    for row in rows:
        ws.append(row)
    for block in ("A3:A5", "B3:B4", "C3:D3", "E3:E4"):
        ws.merge_cells(block)
    wb.save(path := tmp_path / "two-rows.xlsx")
    found = _money(_check(path))
    assert found == [("B101", "warning", "Sheet", "B5")], found  # said, not asserted


def test_a_budget_sheet_of_projects_with_its_total(tmp_path: Path) -> None:
    budget = [
        ["2027年部门项目支出预算表"],
        ["项目编码", "项目名称", "项目期", "年度资金总额", "其中：财政拨款", "其他资金"],
        ["35042125000801", "农村饮水工程维修养护", "1年", 245, 245, 0],
        ["35042125000802", "农村公路养护提升工程", "3年", 620, 620, 0],
        ["合计", None, None, 885, 885, 0],
    ]
    path = _save(tmp_path, [*_head(1040, 780, 260, 160, 1200), *_TABLE], budget)
    assert _money(_check(path)) == [
        ("B102", "error", "资金分配表", "D5"),
        ("B102", "error", "资金分配表", "E5"),
    ]
