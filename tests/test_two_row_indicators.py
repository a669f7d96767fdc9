"""One indicator spread over two rows, as a table pasted from Word or PDF arrives: the name on
the first row with no value, the value on the row below with no name, the tier cells merged
over both. Read as one indicator: no "no value" on the name, no "no name" on the value, and
the value judged under its name. Invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table
from tests.returns import found_at, save_sheet

_TABLE = [
    ("产出指标", "数量指标", "乡村公路日常养护\n里程", "≥１２０公里"),
    ("产出指标", "质量指标", "路面优良\n路率", "{rate}"),
    ("产出指标", "时效指标", "水毁路段修复\n时间", "≤７天"),
    ("效益指标", "社会效益指标", "群众出行条件", "明显改善"),
    ("满意度指标", "服务对象满意度指标", "沿线群众\n满意度", "≥９０％"),
]


def _book(tmp_path: Path, rate: str = "≥８５％", merged: bool = True) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in (
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "乡村公路日常养护", None, "主管部门", "溪口县交通运输局"],
        ["项目期", "1年", "年度资金总额（万元）", 96],
        ["年度绩效目标", "完成120公里乡村公路日常养护，路面优良路率不低于85%。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
    ):
        ws.append(row)
    first_of_tier1: dict[str, int] = {}
    for tier1, tier2, name, value in _TABLE:
        r = ws.max_row + 1
        ws.cell(r, 1, tier1 if tier1 not in first_of_tier1 else None)
        first_of_tier1.setdefault(tier1, r)
        ws.cell(r, 2, tier2)
        ws.cell(r, 3, name)
        ws.cell(r + 1, 4, value.format(rate=rate))
        if merged:
            ws.merge_cells(start_row=r, start_column=2, end_row=r + 1, end_column=2)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=3)
    if merged:
        rows = sorted(first_of_tier1.values())
        for start, end in zip(rows, [*rows[1:], ws.max_row + 1], strict=True):
            ws.merge_cells(start_row=start, start_column=1, end_row=end - 1, end_column=1)
    path = tmp_path / "two-rows.xlsx"
    wb.save(path)
    return path


def _findings(path: Path) -> list[tuple[str, str, Any]]:
    result, _ = check_file(path, CheckOptions())
    return [(f.code, f.severity.value, f.at.a1 if f.at else None) for f in result.findings]


def test_each_name_and_the_value_below_it_are_one_indicator(tmp_path: Path) -> None:
    table = read_table(_book(tmp_path))
    named = {i.label.replace("\n", ""): i for i in table.indicators}
    assert len(table.indicators) == 5
    road = named["乡村公路日常养护里程"]
    assert road.name is not None and road.name.at.row == 6
    assert road.annual is not None and road.annual.at.row == 7
    assert road.annual_target is not None and road.annual_target.number == 120


def test_a_correct_two_row_table_raises_no_error(tmp_path: Path) -> None:
    found = _findings(_book(tmp_path))
    assert not [f for f in found if f[1] == "error"], found
    assert not [f for f in found if f[0] in ("T101", "F110")], found


def test_a_value_on_the_second_row_is_judged_under_its_name(tmp_path: Path) -> None:
    found = _findings(_book(tmp_path, rate="≥１０５％"))
    assert ("T106", "error", "D9") in found, found


def test_two_rows_without_merged_tiers_are_one_indicator_too(tmp_path: Path) -> None:
    found = _findings(_book(tmp_path, merged=False))
    assert not [f for f in found if f[0] in ("T101", "F110")], found


def test_a_value_below_a_name_of_another_tier_is_not_joined(tmp_path: Path) -> None:
    # the value row names its own tier-2: it is a row whose name was left out (F110), and the
    # name above it an indicator without a value (T101)
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in (
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "乡村公路日常养护"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "乡村公路日常养护里程", None],
        ["产出指标", "质量指标", None, "≥85%"],
        ["效益指标", "社会效益指标", "群众出行条件", "明显改善"],
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"],
    ):
        ws.append(row)
    wb.save(tmp_path / "gap.xlsx")
    codes = [f[0] for f in _findings(tmp_path / "gap.xlsx")]
    assert "T101" in codes and "F110" in codes


def test_a_name_wrapped_onto_the_row_below(tmp_path: Path) -> None:
    """困境留守儿童心理健康 │ ≥200人次 over 辅导服务人次 │ (nothing): one indicator whose name
    goes on below, its words ending in the value's unit; a name below that does not is an
    indicator of its own (no value: T101)."""

    def rows(second: str) -> list[list[Any]]:
        return [
            ["2026年度项目支出绩效目标表"],
            ["项目名称", "留守儿童关爱服务", None, "主管部门", "临溪县民政局"],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "开展关爱服务活动", "≥24场次"],
            [None, None, "困境留守儿童心理健康", "≥200人次"],
            [None, None, second, None],
            [None, "质量指标", "信息台账准确率", "≥95%"],
            ["满意度指标", "服务对象满意度指标", "留守儿童家长满意度", "≥90%"],
        ]

    merges = ("A4:A7", "B4:B6")
    wrapped = found_at(save_sheet(tmp_path / "w.xlsx", rows("辅导服务人次"), merges))
    assert not [f for f in wrapped if f[0] in ("T101", "F110")], wrapped
    own = found_at(save_sheet(tmp_path / "o.xlsx", rows("关爱服务档案建档率"), merges))
    assert ("T101", "error", "C6") in own or ("T101", "error", "D6") in own, own
