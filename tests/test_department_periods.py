"""Department tables whose value columns say the years: a period stated only in the column head
(实施周期（2026—2028年）指标值 │ 2026年度指标值) makes the table multi-year, so a cumulative count
copied from the period into the year is found (D202); a two-year layout (2025年实际完成值 │
2026年目标值) keeps last year's actual in its own column, never read as the target."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table


def _book(path: Path, head: tuple[str, str], rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "部门整体"
    lines: list[list[Any]] = [
        ["2026年度部门整体支出绩效目标申报表"],
        ["部门（单位）名称", "岚山市水利局", None, "填报日期", "2025年11月10日"],
        ["年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出"],
        [None, 5400, 5100, 300, 1900, 3500],
        ["年度总体目标", "1.三年治理中小河流120公里；\n2.农村自来水普及率稳定在90%以上。"],
        ["一级指标", "二级指标", "三级指标", *head],
        *rows,
    ]
    for line in lines:
        ws.append(line)
    wb.save(path)
    return path


_PERIOD = ("实施周期（2026—2028年）指标值", "2026年度指标值")
_PERIOD_ROWS: list[list[Any]] = [
    ["产出指标", "数量指标", "中小河流治理长度", "120公里", "40公里"],
    [None, None, "新建小型水库数量", "6座", "6座"],
    [None, "质量指标", "工程验收合格率", "100%", "100%"],
    ["效益指标", "社会效益指标", "农村自来水普及率", "≥90%", "≥90%"],
    ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"],
]


def _codes(path: Path) -> list[tuple[str, str]]:
    result, _ = check_file(path, CheckOptions())
    return [(f.code, f.at.a1 if f.at else "") for f in result.findings]


def test_a_period_named_only_in_the_column_head_makes_a_copied_count_found(
    tmp_path: Path,
) -> None:
    path = _book(tmp_path / "period.xlsx", _PERIOD, _PERIOD_ROWS)
    codes = _codes(path)
    assert ("D202", "E8") in codes
    assert [c for c in codes if c[0] == "D202"] == [("D202", "E8")]


def test_a_one_year_head_makes_no_copied_count(tmp_path: Path) -> None:
    head = ("实施周期（2026年）指标值", "2026年度指标值")
    path = _book(tmp_path / "one.xlsx", head, _PERIOD_ROWS)
    assert not [c for c in _codes(path) if c[0] == "D202"]


def test_last_years_actual_is_not_read_as_the_target(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "中小河流治理长度", "36.5公里", "≥40公里"],
        [None, "质量指标", "工程验收合格率", "98.6%", "100%"],
        ["效益指标", "可持续影响指标", "河湖长效管护能力", "逐步提升", "持续提升"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "88.2%", "≥90%"],
    ]
    path = _book(tmp_path / "two.xlsx", ("2025年实际完成值", "2026年目标值"), rows)
    table = read_table(path)
    assert [i.annual.text for i in table.indicators if i.annual] == [
        "≥40公里", "100%", "持续提升", "≥90%",
    ]  # fmt: skip
    assert not [c for c in _codes(path) if c[0] == "S101"]
