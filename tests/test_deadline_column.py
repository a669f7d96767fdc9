"""A 完成时限 column beside the indicator values (some provinces' forms): each indicator's due
date is read with it, never taken for its value, and a date outside the budget year or the
project period is Y102 at that cell."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table


def _book(path: Path, dates: list[Any], period: str = "1年", end: int = 2026) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["2026年度项目支出绩效目标表"])
    ws.append(["项目名称", "白沙镇农贸市场提质改造", "主管部门", "白沙镇人民政府"])
    ws.append(["项目期", period, "计划开始日期", dt.datetime(2026, 1, 1), "计划完成日期",
               dt.datetime(end, 12, 31)])  # fmt: skip
    ws.append(["资金总额（万元）", 260, "其中：财政拨款", 260])
    ws.append(["一级指标", "二级指标", "三级指标", "指标值", "完成时限", "责任股室"])
    rows = [
        ["产出指标", "数量指标", "改造市场摊位数", "≥120个"],
        [None, "质量指标", "改造工程验收合格率", "100%"],
        [None, "时效指标", "改造工程完工时间", "2026年10月31日前"],
        [None, "成本指标", "摊位改造平均成本", "≤2万元/个"],
        ["效益指标", "社会效益指标", "市场日均客流量", "较上年增加"],
        ["满意度指标", "服务对象满意度指标", "经营户满意度", "≥90%"],
    ]
    for row, due in zip(rows, dates, strict=True):
        ws.append([*row, due, "市场股"])
    for r in range(6, 6 + len(rows)):
        ws.cell(r, 5).number_format = "yyyy-mm-dd"
    wb.save(path)
    return path


def _found(path: Path) -> list[tuple[str, str, str]]:
    result, _ = check_file(path, CheckOptions())
    return [(f.code, f.at.a1 if f.at else "", f.severity.value) for f in result.findings]


_IN_YEAR = [dt.datetime(2026, m, 28) for m in (6, 9, 10, 12, 12, 12)]


def test_the_deadline_is_read_with_the_indicator_and_is_not_its_value(tmp_path: Path) -> None:
    dates = [*_IN_YEAR[:1], None, *_IN_YEAR[2:]]
    table = read_table(_book(tmp_path / "t.xlsx", dates))
    first = table.indicators[0]
    assert first.deadline is not None and first.deadline.at.a1 == "E6"
    assert first.annual is not None and first.annual.text == "≥120个"
    assert table.indicators[1].deadline is None


def test_a_deadline_in_another_year_is_y102_at_its_cell(tmp_path: Path) -> None:
    dates = list(_IN_YEAR)
    dates[2] = dt.datetime(2024, 5, 31)
    found = _found(_book(tmp_path / "y.xlsx", dates))
    assert ("Y102", "E8", "error") in found, found
    assert [f for f in found if f[0] == "Y102"] == [("Y102", "E8", "error")]


def test_deadlines_inside_the_year_or_in_words_raise_nothing(tmp_path: Path) -> None:
    words = ["汛期前", "2026年底前", *_IN_YEAR[2:]]
    for name, dates in (("a", _IN_YEAR), ("b", words)):
        found = _found(_book(tmp_path / f"{name}.xlsx", dates))
        assert not [f for f in found if f[2] == "error" or f[0].startswith("Y")], found


def test_a_later_deadline_inside_a_multi_year_period_is_right(tmp_path: Path) -> None:
    dates = [*_IN_YEAR[:5], dt.datetime(2027, 6, 30)]
    found = _found(_book(tmp_path / "m.xlsx", dates, period="2年", end=2027))
    assert not [f for f in found if f[0] == "Y102"], found
