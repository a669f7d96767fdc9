"""Forms from the second held-out set's kinds (issue items 1, 2, 7, 11): 达到 at the ceiling of a
capped rate, time limits and caps inside word frames, a two-row header, and an export listing
several projects in one table. Every workbook is built here, invented."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.model import Op, TargetKind
from goalbook.reader import read_tables
from goalbook.targets import parse_target

Row = list[Any]
HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]


def write(path: Path, *rows: Row, merged: tuple[str, ...] = ()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Sheet1"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c).value = value
            if isinstance(value, str) and value.startswith("="):
                ws.cell(r, c).data_type = "s"  # typed text such as =100%, not a formula
    for span in merged:
        ws.merge_cells(span)
    wb.save(path)
    return path


def project(*table: Row, year: int = 2025) -> list[Row]:
    rows: list[Row] = [[f"{year}年度项目支出绩效目标表"], ["项目名称", "乡村道路养护"]]
    rows += [["项目期限", "1年"], ["资金总额（万元）", 80], ["年度绩效目标", "完成道路养护。"]]
    return [*rows, HEAD, *table]


TABLE: list[Row] = [
    ["产出指标", "数量指标", "养护道路里程", "≥120公里"],
    ["产出指标", "质量指标", "养护工程验收合格率", "≥95%"],
    ["产出指标", "时效指标", "养护任务按期完成率", "=100%"],
    ["产出指标", "成本指标", "每公里养护成本", "≤6000元/公里"],
    ["效益指标", "社会效益指标", "群众出行条件改善率", "≥10%"],
    ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"],
]


def found(path: Path) -> set[tuple[str, str | None]]:
    result, _table = check_file(path, CheckOptions())
    return {(f.code, f.at.a1 if f.at else None) for f in result.findings}


def codes(path: Path) -> set[str]:
    return {code for code, _at in found(path)}


# --- 达到 at the ceiling of a capped rate (domain §4.2 rules 1 and 6) --------------------------


def test_reaching_100_percent_on_a_capped_rate_is_the_ceiling(tmp_path: Path) -> None:
    rows = project(*TABLE[:2], ["产出指标", "质量指标", "审核通过率", "达到100%"], *TABLE[2:])
    result, _ = check_file(write(tmp_path / "r.xlsx", *rows), CheckOptions())
    at = {(f.code, f.at.a1 if f.at else None): f for f in result.findings}
    assert ("T106", "D9") not in at
    assert "=100%" in at[("T111", "D9")].message  # read as the ceiling, and said so


@pytest.mark.parametrize("raw", ["不低于100%", "≥100%", "100%以上", "达到105%"])
def test_a_bound_at_or_over_100_percent_stays_impossible(tmp_path: Path, raw: str) -> None:
    rows = project(*TABLE[:2], ["产出指标", "质量指标", "审核通过率", raw], *TABLE[2:])
    assert ("T106", "D9") in found(write(tmp_path / "r.xlsx", *rows))


def test_reaching_100_percent_on_a_growth_rate_is_a_plain_bound(tmp_path: Path) -> None:
    rows = project(*TABLE, ["效益指标", "经济效益指标", "游客增长率", "达到100%"])
    assert "T106" not in codes(write(tmp_path / "r.xlsx", *rows))


# --- time limits and caps inside word frames (domain §4.2 rules 1 and 8) ---------------------


@pytest.mark.parametrize(
    ("raw", "number", "unit"),
    [
        ("发现后3天内", "3", "天"),
        ("接到报修后24小时内", "24", "小时"),
        ("每季度结束后20个工作日内", "20", "工作日"),
        ("控制在55万元以内", "55", "万元"),
        ("控制在5%", "5", "%"),
    ],
)
def test_framed_time_limits_and_caps_are_upper_bounds(raw: str, number: str, unit: str) -> None:
    t = parse_target(raw)
    assert (t.kind, t.op, t.number, t.unit) == (TargetKind.QUANT, Op.LE, Decimal(number), unit)


def test_a_time_from_an_event_keeps_its_words() -> None:
    t = parse_target("发现后3天内")
    assert (t.op_words, t.note) == ("", "time from an event")  # ≤3天 alone would drop 发现后


def test_a_recurring_deadline_is_a_date() -> None:
    for raw in ("每月15日前", "每年6月30日前"):
        t = parse_target(raw)
        assert (t.kind, t.op, t.note) == (TargetKind.DATE, Op.LE, "recurring deadline")


def test_a_month_end_deadline_is_the_months_last_day() -> None:
    t = parse_target("2026年2月底前")
    assert (t.kind, t.op, t.date) == (TargetKind.DATE, Op.LE, dt.date(2026, 2, 28))


@pytest.mark.parametrize("raw", ["培训后90%", "每季度开展2次宣传", "控制在合理范围"])
def test_frames_without_a_time_limit_or_a_cap_stay_text(raw: str) -> None:
    assert parse_target(raw).kind is not TargetKind.QUANT


def test_framed_values_are_not_descriptions(tmp_path: Path) -> None:
    table = [
        *TABLE,
        ["产出指标", "时效指标", "路面坑槽修补时限", "发现后3天内"],
        ["产出指标", "时效指标", "养护资金拨付时间", "每季度结束后20个工作日内"],
        ["产出指标", "时效指标", "养护补助发放时限", "每月15日前"],
        ["产出指标", "成本指标", "项目总成本", "控制在55万元以内"],
    ]
    assert "T102" not in codes(write(tmp_path / "r.xlsx", *project(*table)))


def test_a_month_end_deadline_after_a_one_year_project_is_y102(tmp_path: Path) -> None:
    rows = project(*TABLE, ["产出指标", "时效指标", "设备安装完成时间", "2026年3月底前"])
    assert ("Y102", "D13") in found(write(tmp_path / "r.xlsx", *rows))


# --- a header over two rows (issue item 7) ----------------------------------------------------


def two_row_header(path: Path, lower_words: bool = True) -> Path:
    head = [["2025年度项目支出绩效目标表"], ["项目名称", "乡村道路养护"], ["资金总额（万元）", 80]]
    upper = ["绩效指标", None, None, "指标值", "分值", "指标值说明"]
    lower = ["一级指标", "二级指标", "三级指标"] if lower_words else [None] * 3
    table = [[*row, 10 if i < 5 else 50, None] for i, row in enumerate(TABLE)]
    merged = ("A4:C4", "D4:D5", "E4:E5", "F4:F5")
    return write(path, *head, upper, lower, *table, merged=merged)


def test_a_header_over_two_rows_is_found(tmp_path: Path) -> None:
    result, table = check_file(two_row_header(tmp_path / "r.xlsx"), CheckOptions())
    assert "S010" not in {f.code for f in result.findings}
    assert table is not None and table.indicators
    names = [i.name.text for i in table.indicators if i.name]
    assert names == [row[2] for row in TABLE]
    assert all(i.weight is not None for i in table.indicators)  # 分值, merged down


def test_a_name_word_merged_over_three_unlabelled_columns_heads_the_tiers(tmp_path: Path) -> None:
    """绩效指标 merged over three columns with nothing named below: the three tiers by position
    (not a flat list realigned row by row, not "no table")."""
    path = two_row_header(tmp_path / "r.xlsx", lower_words=False)
    result, table = check_file(path, CheckOptions())
    assert {f.code for f in result.findings} & {"S010", "S101"} == set()
    assert table is not None
    assert [
        (i.tier1.text if i.tier1 else "", i.name.text if i.name else "") for i in table.indicators
    ] == [(row[0] or "", row[2]) for row in TABLE]


# --- several projects in one exported table (issue item 2) ------------------------------------

EXPORT_HEAD = ["项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"]


def export(path: Path, *codes: str, code_column: bool = True) -> Path:
    """An export: title, unit line, header, then every project's rows with its code and name."""
    rows: list[Row] = [["2025年部门项目支出绩效目标表"], ["单位名称：示例县农业农村局"]]
    rows.append(EXPORT_HEAD if code_column else EXPORT_HEAD[1:])
    for n, code in enumerate(codes):
        for i, row in enumerate(TABLE):
            value = f"≥{90 + n}%" if i == len(TABLE) - 1 else row[3]  # same name, other values
            lead = [code, f"示例项目{code[-1]}"] if code_column else [f"示例项目{code[-1]}"]
            rows.append([*lead, *row[:3], value])
    return write(path, *rows)


def test_an_export_of_several_projects_is_one_table_per_project(tmp_path: Path) -> None:
    path = export(tmp_path / "r.xlsx", "3301001", "3301002", "3301003")
    tables = read_tables(path)
    assert [t.fields["project"].text for t in tables] == ["示例项目1", "示例项目2", "示例项目3"]
    assert [len(t.indicators) for t in tables] == [len(TABLE)] * 3
    assert [t.span.first_row if t.span else 0 for t in tables] == [4, 10, 16]
    assert "D102" not in codes(path)  # the same name in two projects is no duplicate


def test_a_project_name_column_alone_splits_too(tmp_path: Path) -> None:
    path = export(tmp_path / "r.xlsx", "3301001", "3301002", code_column=False)
    assert "D102" not in codes(path)


def test_one_project_in_every_row_stays_one_table(tmp_path: Path) -> None:
    path = export(tmp_path / "r.xlsx", "3301001")
    assert len(read_tables(path)) == 1


# --- counted benefits under 效益 (issue item 5): outcomes, not activities delivered -----------


@pytest.mark.parametrize(
    "name",
    ["培训后实现就业人数", "宣传活动带动就业人数", "建设后恢复灌溉面积", "举办活动期间安全事故起数",
     "培训后安置就业困难人员", "培训场所安全事故发生次数"],
)  # fmt: skip
def test_counted_outcomes_under_a_benefit_tier_fit_it(tmp_path: Path, name: str) -> None:
    rows = project(*TABLE, ["效益指标", "社会效益指标", name, "≥50人"])
    assert "F201" not in codes(write(tmp_path / "r.xlsx", *rows))


def test_activities_delivered_under_a_benefit_tier_are_outputs(tmp_path: Path) -> None:
    rows = project(*TABLE, ["效益指标", "社会效益指标", "举办宣传活动场次", "≥12场"])
    assert ("F201", "C13") in found(write(tmp_path / "r.xlsx", *rows))


# --- a table on a hidden sheet; a number in the name in any measure word ----------------------


def test_a_table_on_a_hidden_sheet_is_read_with_its_texts(tmp_path: Path) -> None:
    path = write(
        tmp_path / "r.xlsx", *project(*TABLE[:1], ["产出指标", "质量指标", "覆盖率", "≥XX%"])
    )
    wb = openpyxl.load_workbook(path)
    wb["Sheet1"].sheet_state = "hidden"
    wb.create_sheet("封面", 0)["A1"] = "2025年度项目支出绩效目标申报材料"
    wb.save(path)
    result, table = check_file(path, CheckOptions())
    assert ("X101", "D8") in {(f.code, f.at.a1 if f.at else None) for f in result.findings}
    assert table is not None and table.fields["project"].text == "乡村道路养护"


def test_a_number_in_the_name_in_a_facility_measure_word(tmp_path: Path) -> None:
    rows = project(*TABLE, ["产出指标", "数量指标", "污水处理站提标改造2座", "≥3座"])
    assert ("T110", "D13") in found(write(tmp_path / "r.xlsx", *rows))


def test_an_activity_named_after_an_outcome_is_an_output(tmp_path: Path) -> None:
    rows = project(*TABLE, ["效益指标", "经济效益指标", "就业帮扶服务人次", "≥300人次"])
    assert ("F201", "C13") in found(write(tmp_path / "r.xlsx", *rows))


def test_a_footnote_under_an_export_is_no_project(tmp_path: Path) -> None:
    """One project in a project column and a footnote merged across the row below the table:
    one table with every indicator (not a second, empty "project" named by the note)."""
    path = export(tmp_path / "r.xlsx", "3301001")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    last = ws.max_row + 1
    ws.cell(last, 1, "注：本表由预算管理一体化系统导出。")
    ws.merge_cells(start_row=last, start_column=1, end_row=last, end_column=len(EXPORT_HEAD))
    wb.save(path)
    tables = read_tables(path)
    assert len(tables) == 1 and len(tables[0].indicators) == len(TABLE)
    result, _ = check_file(path, CheckOptions())
    assert "S011" not in {f.code for f in result.findings}
