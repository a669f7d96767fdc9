"""A project's 年度 indicators on one sheet and its 中期 indicators on another, each a whole
table of the tiers (a head sheet, 年度绩效指标, 中期绩效指标): read as one table, each indicator
with its period target from the 中期 sheet. Invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_tables

_HEAD = "一级指标", "二级指标", "三级指标", "指标值"


def _book(
    tmp_path: Path,
    annual: list[tuple[str, str, str, Any]],
    period: list[tuple[str, str, str, Any]],
    period_first: bool = False,
    columns: tuple[str, ...] = _HEAD,
) -> Path:
    wb = openpyxl.Workbook()
    head = wb.active
    assert head is not None
    head.title = "基本信息"
    for row in (
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "西坪镇供水管网改造项目"],
        ["主管部门", "西坪县水务局"],
        ["实施期", "2026年—2028年"],
        ["中期资金总额（万元）", 1200],
        ["年度资金总额（万元）", 400],
        ["中期目标", "三年内改造老旧供水管网不少于40公里。"],
        ["年度目标", "2026年改造老旧供水管网长度不少于15公里。"],
    ):
        head.append(row)
    sheets = [("年度绩效指标", annual), ("中期绩效指标", period)]
    for name, rows in sheets[::-1] if period_first else sheets:
        ws = wb.create_sheet(name)
        ws.append([f"{name}（{'2026年' if '年度' in name else '2026—2028年'}）"])
        ws.append(list(columns))
        for row in rows:
            ws.append(list(row))
    path = tmp_path / "two-sheets.xlsx"
    wb.save(path)
    return path


_ANNUAL = [
    ("产出指标", "数量指标", "改造老旧供水管网长度", "≥15公里"),
    ("产出指标", "质量指标", "管网工程验收合格率", "100%"),
    ("效益指标", "社会效益指标", "供水保证率", "≥95%"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
]
_PERIOD = [
    ("产出指标", "数量指标", "改造老旧供水管网长度", "≥40公里"),
    ("产出指标", "质量指标", "管网工程验收合格率", "100%"),
    ("效益指标", "社会效益指标", "供水保证率", "≥95%"),
    ("效益指标", "可持续影响指标", "管网运行管护机制", "健全"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
]


def test_the_two_sheets_are_one_table_with_period_targets(tmp_path: Path) -> None:
    (table,) = read_tables(_book(tmp_path, _ANNUAL, _PERIOD))
    assert table.has_period
    by_name = {i.label: i for i in table.indicators}
    length = by_name["改造老旧供水管网长度"]
    assert length.annual is not None and length.annual.at.sheet == "年度绩效指标"
    assert length.period is not None and length.period.at.sheet == "中期绩效指标"
    assert length.period.text == "≥40公里"
    lasting = by_name["管网运行管护机制"]  # on the 中期 sheet only: a period target only
    assert lasting.annual is None and lasting.period is not None


def test_an_annual_count_above_its_period_count_is_found_at_the_annual_cell(
    tmp_path: Path,
) -> None:
    annual = [("产出指标", "数量指标", "改造老旧供水管网长度", "≥52公里"), *_ANNUAL[1:]]
    annual.append(("产出指标", "时效指标", "年度改造任务完成时间", "2026年11月底前"))
    result, _ = check_file(_book(tmp_path, annual, _PERIOD), CheckOptions())
    found = [(f.code, f.at.sheet, f.at.a1) for f in result.findings if f.at]
    assert ("D201", "年度绩效指标", "D3") in found
    # a year's row the 中期 sheet leaves out has no 中期 column left empty
    assert not [f for f in found if f[0] == "T101"]


def test_the_annual_text_is_held_against_the_annual_targets_only(tmp_path: Path) -> None:
    # the 年度目标 says 15公里 as the 年度 sheet does, the 中期 sheet (first) 40公里: no
    # contradiction
    path = _book(tmp_path, _ANNUAL, _PERIOD, period_first=True)
    result, _ = check_file(path, CheckOptions())
    assert not [f for f in result.findings if f.code in ("D104", "D201", "D101", "D102")]
    assert not [f for f in result.findings if f.severity.value == "error"]


def test_two_sheets_of_other_indicators_stay_two_tables(tmp_path: Path) -> None:
    other = [
        ("产出指标", "数量指标", "新建蓄水池数量", "≥3座"),
        ("产出指标", "时效指标", "工程完工时间", "2028年12月底前"),
        ("效益指标", "生态效益指标", "水源地水质达标率", "100%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥85%"),
    ]
    tables = read_tables(_book(tmp_path, _ANNUAL, other))
    assert len(tables) == 2
    assert not any(i.period is not None for i in tables[0].indicators)


def test_a_rate_capped_in_the_year_only_is_found_once_at_its_year(tmp_path: Path) -> None:
    # an operator column: both values read 95, the year's operator 小于等于 is against the
    # rate's direction (T108 there), the 中期's 大于等于 is right; nothing else on the row
    head = ("一级指标", "二级指标", "三级指标", "运算符", "指标值", "计量单位")
    rows = [
        ("产出指标", "数量指标", "改造老旧供水管网长度", "大于等于", 15, "公里"),
        ("产出指标", "质量指标", "供水设备在线率", "{op}", 95, "%"),
        ("效益指标", "社会效益指标", "供水保证率", "大于等于", 95, "%"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "大于等于", 90, "%"),
    ]
    annual = [tuple(str(c).format(op="小于等于") for c in r) for r in rows]
    period = [tuple(str(c).format(op="大于等于") for c in r) for r in rows]
    period[0] = (*period[0][:4], "40", "公里")
    result, _ = check_file(_book(tmp_path, annual, period, columns=head), CheckOptions())
    on_row = [(f.code, f.at.sheet) for f in result.findings if f.at and f.at.row == 4]
    assert ("T108", "年度绩效指标") in on_row
    assert not [code for code, sheet in on_row if code in ("D203", "T101")]
