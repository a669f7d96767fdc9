"""Multi-year tables exported from budget-management systems, each built inline (an invented
county, project and numbers): the 计量单位 column merged down over both lines of a two-line
header whose lower line names the 中期 │ 年度 value columns under a merged 指标值."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table

Row = list[Any]

_HEAD: list[Row] = [
    ["2025年度项目支出绩效目标表"],
    ["项目名称", "青禾镇灌区续建配套项目（2025—2027年）", None, "主管部门", "青禾县水务局"],
    ["项目期", "3年", "计划开始日期", "2025-02-01", "计划完成日期", "2027-11-30"],
    [],
]


def _write(path: Path, rows: list[Row], merges: list[str]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "项目绩效目标"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c).value = value
    for ref in merges:
        ws.merge_cells(ref)
    wb.save(path)
    return path


def _found(path: Path) -> set[tuple[str, str | None]]:
    result, _table = check_file(path, CheckOptions())
    return {(f.code, f.at.a1 if f.at else None) for f in result.findings}


def _unit_merged_down(path: Path, annual_canals: str) -> Path:
    """Header on rows 5-6 from column B: 指标编码 · 绩效指标 (over three tiers) · 指标值 (over
    中期 │ 年度) · 计量单位 · 指标方向, the last two merged down over both lines."""
    rows = [
        *_HEAD,
        [None, "指标编码", "绩效指标", None, None, "指标值", None, "计量单位", "指标方向"],
        [None, None, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        [
            None,
            "QH001",
            "产出指标",
            "数量指标",
            "新建渠道长度",
            "≥24",
            annual_canals,
            "公里",
            "正向",
        ],
        [None, "QH002", None, None, "改造泵站数量", "≥9", "≥3", "座", "正向"],
        [None, "QH003", None, "质量指标", "工程验收合格率", "100%", "100%", "%", "正向"],
        [
            None,
            "QH004",
            "效益指标",
            "社会效益指标",
            "新增灌溉面积",
            "≥15000",
            "≥5000",
            "亩",
            "正向",
        ],
        [
            None,
            "QH005",
            "满意度指标",
            "服务对象满意度指标",
            "灌区农户满意度",
            "≥90%",
            "≥90%",
            "%",
            "正向",
        ],
        [None, "QH006", None, None, "灌区防洪标准", "≥10", "≥10", "年一遇", "正向"],
    ]
    merges = ["B5:B6", "C5:E5", "F5:G5", "H5:H6", "I5:I6", "C7:C8", "D7:D8"]
    return _write(path, rows, merges)


def test_unit_merged_down_over_a_two_line_header_is_read(tmp_path: Path) -> None:
    table = read_table(_unit_merged_down(tmp_path / "ok.xlsx", "≥8"))
    assert table is not None
    units = {ind.label: ind.unit.text if ind.unit else None for ind in table.indicators}
    assert units["新建渠道长度"] == "公里"
    assert units["新增灌溉面积"] == "亩"
    found = _found(tmp_path / "ok.xlsx")
    assert not {f for f in found if f[0] in ("T104", "D202")}  # 年一遇: a standard, no count


def test_unit_merged_down_period_pair_compared(tmp_path: Path) -> None:
    found = _found(_unit_merged_down(tmp_path / "bad.xlsx", "≥30"))
    assert ("D201", "G7") in found


def _flagged(path: Path, annual_trained: int, annual_certified: int) -> Path:
    """One value column with a 年度/中期 flag column (merged down over the two-line header),
    each indicator on two rows under the same code and name: 中期 first, then 年度."""
    body = [
        ("HX01", "产出指标", "数量指标", "农机手培训人数", "大于等于", 800, annual_trained, "人"),
        ("HX02", None, None, "新建烘干中心", "大于等于", 6, annual_certified, "个"),
        ("HX03", None, "质量指标", "设备验收合格率", "等于", "100%", "100%", "%"),
        ("HX04", "效益指标", "社会效益指标", "服务覆盖程度", "定性", "全面覆盖", "基本覆盖", None),
        ("HX05", "满意度指标", "服务对象满意度指标", "农户满意度", "大于等于", "90%", "85%", "%"),
    ]
    rows: list[Row] = [
        *_HEAD,
        [None, "指标编码", "绩效指标", None, None, "年度/中期", "指标值"],
        [None, None, "一级指标", "二级指标", "三级指标", None, "比较符", "目标值", "计量单位"],
    ]
    for code, t1, t2, name, op, period, annual, unit in body:
        rows.append([None, code, t1, t2, name, "中期", op, period, unit])
        rows.append([None, code, None, None, name, "年度", op, annual, unit])
    merges = ["B5:B6", "C5:E5", "F5:F6", "G5:I5", "C7:C12", "D7:D10"]
    return _write(path, rows, merges)


def test_flagged_rows_are_one_indicator_with_both_values(tmp_path: Path) -> None:
    path = _flagged(tmp_path / "ok.xlsx", 300, 2)
    table = read_table(path)
    assert table is not None and table.has_period
    first = table.indicators[0]
    assert len(table.indicators) == 5
    assert first.period is not None and first.period.text == "800"
    assert first.annual is not None and first.annual.text == "300"
    found = _found(path)
    assert not {f for f in found if f[0] in ("D101", "D102")}


def test_flagged_rows_annual_above_period_and_copied_count(tmp_path: Path) -> None:
    found = _found(_flagged(tmp_path / "bad.xlsx", 900, 6))
    assert ("D201", "H8") in found
    assert ("D202", "H10") in found


def _department(path: Path, period_day: str, annual_day: str) -> Path:
    """A department table whose value columns say their period in the head: 实施周期指标值
    （2025—2027年） and 年度指标值（2025年） under a merged 指标值, 计量单位 merged down."""
    rows: list[Row] = [
        ["2025年度部门整体支出绩效目标表"],
        ["部门名称", "南湾区地方志编纂中心", None, "部门编码", "207031"],
        [],
        [None, "绩效指标", None, None, "指标值", None, "计量单位"],
        [
            None,
            "一级指标",
            "二级指标",
            "三级指标",
            "实施周期指标值（2025—2027年）",
            "年度指标值（2025年）",
        ],
        [None, "产出指标", "数量指标", "志书编纂卷数", "≥9", "≥3", "卷"],
        [None, None, "时效指标", "区志终审完成时间", period_day, annual_day, None],
        [None, None, None, "资料征集完成时间", "2025年10月31日前", "2025年10月31日前", None],
        [None, "满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", "≥90%", "%"],
    ]
    merges = ["B4:D4", "E4:F4", "G4:G5", "B6:B8", "C7:C8"]
    return _write(path, rows, merges)


def test_period_in_the_value_column_head_is_the_period(tmp_path: Path) -> None:
    found = _found(_department(tmp_path / "ok.xlsx", "2027年9月30日前", "2025年12月31日前"))
    assert not {f for f in found if f[0] == "Y102"}


def test_annual_date_outside_the_year_still_found(tmp_path: Path) -> None:
    found = _found(_department(tmp_path / "bad.xlsx", "2028年9月30日前", "2024年12月31日前"))
    assert ("Y102", "E7") in found
    assert ("Y102", "F7") in found


def test_flag_words_with_a_suffix_and_the_year_first(tmp_path: Path) -> None:
    """实施期/年度 on one header line, flags 年度指标 · 实施期指标, the year's row first."""
    rows: list[Row] = [
        *_HEAD,
        [None, "一级指标", "二级指标", "三级指标", "实施期/年度", "指标值", "计量单位"],
        [None, "产出指标", "数量指标", "新建机耕道", "年度指标", "≥12", "公里"],
        [None, None, None, "新建机耕道", "实施期指标", "≥10", "公里"],
        [None, None, "质量指标", "道路验收合格率", "年度指标", "100%", "%"],
        [None, None, None, "道路验收合格率", "实施期指标", "100%", "%"],
    ]
    path = _write(tmp_path / "flags.xlsx", rows, ["B6:B9", "C6:C7", "C8:C9"])
    table = read_table(path)
    assert table is not None and len(table.indicators) == 2
    first = table.indicators[0]
    assert first.period is not None and first.period.at.a1 == "F7"
    assert first.annual is not None and first.annual.at.a1 == "F6"
    found = _found(path)
    assert ("D201", "F6") in found
    assert not {f for f in found if f[0] in ("D101", "D102")}


@pytest.mark.parametrize("tiers", ["merged", "every row", "first row only"])
def test_two_column_sets_give_the_years_own_row_its_tier1(tmp_path: Path, tiers: str) -> None:
    """Two complete column sets (二级/三级/指标值 for 中期, then for 年度) whose 年度 set names a
    row otherwise (年度任务完成率 beside 完工时间): the row's tier-1 is the period set's."""
    tier1 = "产出指标" if tiers == "every row" else None
    rows: list[Row] = [
        *_HEAD,
        ["一级指标", "二级指标", "三级指标", "中期指标值", "二级指标", "三级指标", "年度指标值"],
        ["产出指标", "数量指标", "新建渠道", "≥24公里", "数量指标", "新建渠道", "≥9公里"],
        [tier1, "时效指标", "渠道完工时间", "2027年10月31日前", "时效指标", "年度任务完成率",
         "≥95%"],
        ["满意度指标", "服务对象满意度指标", "灌区农户满意度", "≥90%", "服务对象满意度指标",
         "灌区农户满意度", "≥90%"],
    ]  # fmt: skip
    path = _write(tmp_path / "sets.xlsx", rows, ["A6:A7"] if tiers == "merged" else [])
    table = read_table(path)
    assert table is not None
    assert {i.label: i.tier1.text if i.tier1 else None for i in table.indicators} == {
        "新建渠道": "产出指标", "渠道完工时间": "产出指标", "年度任务完成率": "产出指标",
        "灌区农户满意度": "满意度指标",
    }  # fmt: skip
    assert not {f for f in _found(path) if f[0] in ("F101", "F102")}
