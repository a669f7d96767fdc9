"""Indicator headers written on two lines: 指标值 merged over the columns under it, the other
headers merged down over both lines. The second line says what each column under 指标值 holds
(比较符 · 数值 · 计量单位, 符号 · 目标值 · 单位, 实施期指标值 · 年度指标值); it is never an
indicator row. Each workbook is built inline (invented units and numbers)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table

Row = list[Any]


def _write(path: Path, rows: list[Row], merges: list[str]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "绩效目标"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c).value = value
                if isinstance(value, str) and value.startswith("="):
                    ws.cell(r, c).data_type = "s"  # typed text such as =100%
    for ref in merges:
        ws.merge_cells(ref)
    wb.save(path)
    return path


def _found(path: Path) -> set[tuple[str, str | None]]:
    result, _table = check_file(path, CheckOptions())
    return {(f.code, f.at.a1 if f.at else None) for f in result.findings}


def _head(years: int) -> list[Row]:
    end = 2025 + years
    return [
        [f"2026年度项目支出绩效目标表（{years}年期项目）"],
        ["项目名称", "乡镇综合文化站提档升级", None, "实施单位", "某县文化馆"],
        ["项目期", f"{years}年", "计划开始日期", "2026-01-01", "计划完成日期", f"{end}-12-31"],
        ["项目资金（万元）", "中期资金总额", 360, "年度资金总额", 120],
        ["年度绩效目标", "完成12个乡镇综合文化站设施更新。"],
    ]


# --- 指标值 over 比较符 · 数值 · 计量单位 (the operator column is no value) -------------------


_WORDS = [("比较符", "数值", "计量单位"), ("符号", "目标值", "单位"), ("比较符号", "值", "单位")]


@pytest.mark.parametrize("words", _WORDS)
def test_value_over_operator_number_and_unit(tmp_path: Path, words: tuple[str, str, str]) -> None:
    rows = [
        *_head(1),
        ["一级指标", "二级指标", "三级指标", "指标值", None, None, "备注"],
        [None, None, None, *words, None],
        ["产出指标", "数量指标", "更新文化站", "≥", 12, "个", None],
        [None, None, "组织文艺演出", "≥", 96, "场", None],
        [None, "质量指标", "设备验收合格率", "=", 100, "%", None],
        ["成本指标", "经济成本指标", "单站更新成本", "≤", 10, "万元", None],
        ["效益指标", "社会效益指标", "群众文化服务", "定性", "明显改善", None, None],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", 90, "%", "抽样调查"],
    ]
    merges = ["D6:F6", "A6:A7", "B6:B7", "C6:C7", "G6:G7", "A8:A10", "B8:B9"]
    path = _write(tmp_path / "r.xlsx", rows, merges)
    table = read_table(path)
    got = [(i.label, i.op and i.op.text, i.annual and i.annual.text, i.unit and i.unit.text)
           for i in table.indicators]  # fmt: skip
    assert got == [
        ("更新文化站", "≥", "12", "个"),
        ("组织文艺演出", "≥", "96", "场"),
        ("设备验收合格率", "=", "100", "%"),
        ("单站更新成本", "≤", "10", "万元"),
        ("群众文化服务", "定性", "明显改善", None),
        ("群众满意度", "≥", "90", "%"),
    ]
    assert not {code for code, _at in _found(path)} & {"T102", "S101", "F103", "T101"}


# --- 指标值 over 实施期指标值 · 年度指标值, nothing after them --------------------------------


def _period_rows(annual_km: str, lower: tuple[str, str]) -> list[Row]:
    return [
        *_head(3),
        ["一级指标", "二级指标", "三级指标", "指标值", None],
        [None, None, None, *lower],
        ["产出指标", "数量指标", "改造乡村道路里程", "≥900公里", annual_km],
        [None, None, "新建文化广场", "≥60个", "≥20个"],
        [None, "质量指标", "工程验收合格率", "=100%", "=100%"],
        ["成本指标", "经济成本指标", "每公里改造补助", "≤25万元/公里", "≤25万元/公里"],
        ["效益指标", "社会效益指标", "群众出行条件", "明显改善", "逐步改善"],
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"],
    ]


_PERIOD_MERGES = ["D6:E6", "A6:A7", "B6:B7", "C6:C7", "A8:A10", "B8:B9"]


@pytest.mark.parametrize(
    "lower", [("实施期指标值", "年度指标值"), ("中期指标值", "年度指标值"), ("实施期", "年度")]
)
def test_value_over_period_and_annual_columns(tmp_path: Path, lower: tuple[str, str]) -> None:
    path = _write(tmp_path / "r.xlsx", _period_rows("≥300公里", lower), _PERIOD_MERGES)
    table = read_table(path)
    assert table.has_period
    assert [i.row for i in table.indicators] == [8, 9, 10, 11, 12, 13]  # the header line is none
    first = table.indicators[0]
    assert first.period is not None and first.period.at.a1 == "D8"
    assert first.annual is not None and first.annual.at.a1 == "E8"
    found = _found(path)
    assert not {code for code, _at in found} & {"F103", "T101", "S101", "D202"}


def test_a_cumulative_count_copied_into_the_year_is_found(tmp_path: Path) -> None:
    rows = _period_rows("≥900公里", ("实施期指标值", "年度指标值"))
    found = _found(_write(tmp_path / "r.xlsx", rows, _PERIOD_MERGES))
    assert ("D202", "E8") in found
    assert not {code for code, _at in found} & {"F103", "T101", "S101"}


def test_a_value_merged_over_a_unit_above_data_is_no_second_header_line(tmp_path: Path) -> None:
    rows = [
        *_head(1),
        ["一级指标", "二级指标", "三级指标", "指标值", None],
        ["产出指标", "数量指标", "更新文化站", "≥12", "个"],
        [None, None, "组织文艺演出", "≥96", "场"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90", "%"],
    ]
    path = _write(tmp_path / "r.xlsx", rows, ["D6:E6", "A7:A8", "B7:B8"])
    assert [i.label for i in read_table(path).indicators] == [
        "更新文化站",
        "组织文艺演出",
        "群众满意度",
    ]


def test_value_centred_over_its_columns_without_a_merge(tmp_path: Path) -> None:
    rows = [
        *_head(1),
        ["一级指标", "二级指标", "三级指标", "指标值", None, None],
        [None, None, None, "比较符", "数值", "计量单位"],
        ["产出指标", "数量指标", "更新文化站", "≥", 12, "个"],
        [None, "质量指标", "设备验收合格率", "=", 100, "%"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", 90, "%"],
    ]
    path = _write(tmp_path / "r.xlsx", rows, ["A6:A7", "B6:B7", "C6:C7"])
    table = read_table(path)
    assert [(i.op and i.op.text, i.annual and i.annual.text) for i in table.indicators] == [
        ("≥", "12"),
        ("=", "100"),
        ("≥", "90"),
    ]


def test_value_columns_for_parts_of_the_target(tmp_path: Path) -> None:
    """指标值 merged over 小学 │ 初中: both are the year's targets, each judged at its own cell;
    the second line is no indicator and the header's merged tier heads are no tier-1."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in [
        ["2026年度项目支出绩效目标表"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        [None, None, None, "小学", "初中"],
        ["产出指标", "数量指标", "保障在校生人数", "≥12600人", "≥6800人"],
        ["效益指标", "社会效益指标", "学生近视率", "≤35%", "≥55%"],
        ["满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "≥90%"],
    ]:
        ws.append(row)
    for span in ("A2:A3", "B2:B3", "C2:C3", "D2:E2"):
        ws.merge_cells(span)
    wb.save(tmp_path / "p.xlsx")
    result, table = check_file(tmp_path / "p.xlsx", CheckOptions())
    assert table is not None and [i.label for i in table.indicators] == [
        "保障在校生人数",
        "学生近视率",
        "家长满意度",
    ]
    assert [c.at.a1 for c, _t in table.indicators[0].later] == ["E4"]
    found = {(f.code, f.at.a1 if f.at else None) for f in result.findings}
    assert ("T108", "E5") in found and ("T108", "D5") not in found
    assert not {code for code, _ in found} & {"F103", "T101", "S101"}


def test_an_english_header_is_read(tmp_path: Path) -> None:
    """Level-1 indicator │ Level-2 │ Indicator │ Target value │ Unit: the indicator table of a
    bilingual or foreign-made return, checked row by row (it was S013: no table found)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in [
        ["2025年度项目支出绩效目标表 Performance Targets of Project Expenditure 2025"],
        ["No.", "Level-1 indicator", "Level-2", "Indicator", "Target value", "Unit"],
        ["1.1.1", "产出指标", "数量指标", "热线诉求受理量", "≥90000", "件"],
        ["2.1.1", "效益指标", "社会效益指标", "热线工单投诉率", "≥3%", "%"],
        ["3.1.1", "满意度指标", "服务对象满意度指标", "来电群众满意度", "≥90%", "%"],
    ]:
        ws.append(row)
    wb.save(tmp_path / "e.xlsx")
    result, table = check_file(tmp_path / "e.xlsx", CheckOptions())
    assert table is not None and len(table.indicators) == 3
    codes = {f.code for f in result.findings}
    assert "T108" in codes and not codes & {"S010", "S013", "Y105"}


def test_a_title_split_over_lines_states_its_year(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in [
        ["2026年度项目支出绩效\n目标表"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "演练次数", "≥4次"],
    ]:
        ws.append(row)
    wb.save(tmp_path / "t.xlsx")
    result, _table = check_file(tmp_path / "t.xlsx", CheckOptions())
    assert "Y105" not in {f.code for f in result.findings}
