"""Tables found where offices put them: by the header words they use, after a long money block,
on a second sheet; several projects stacked in one sheet read as one table each."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.worksheet.worksheet import Worksheet

from goalbook.annotate import write_annotated
from goalbook.annotate.report import report_content
from goalbook.annotate.rewrite import rewrite
from goalbook.check import CheckOptions, check_file
from goalbook.cli import main
from goalbook.output import file_entry
from goalbook.reader import read_table, read_tables
from goalbook.reader.grid import Book
from goalbook.reader.headers import find_header
from goalbook.reader.headwords import header_key
from goalbook.reader.regions import region

HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
ROWS = [  # OLD-NAT, every tier-1 present
    ["产出指标", "数量指标", "培训人次", "≥500人次"],
    ["产出指标", "质量指标", "培训合格率", "≥95%"],
    ["产出指标", "时效指标", "资金拨付及时率", "≥95%"],
    ["产出指标", "成本指标", "人均培训费用", "≤300元/人次"],
    ["效益指标", "社会效益指标", "就业率", "≥60%"],
    ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
]


def _project(ws: Worksheet, name: str, unit: str, rows: list[list[Any]], title: str = "",
             head: list[str] | None = None, money: float = 100) -> None:  # fmt: skip
    """A project's head block and its indicator table, appended below what ``ws`` holds."""
    if title:
        ws.append([title])
    ws.append(["项目名称", name, None, "主管部门", "某市人力资源和社会保障局"])
    ws.append(["实施单位", unit])
    ws.append(["项目资金（万元）", "年度资金总额", money])
    ws.append(["年度绩效目标", f"{name}：完成年度培训任务。"])
    ws.append(head or HEAD)
    for row in rows:
        ws.append(row)


def _save(wb: openpyxl.Workbook, path: Path) -> Path:
    wb.save(path)
    return path


def _stacked(tmp_path: Path, second: list[list[Any]] | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    _project(ws, "职业技能培训", "某市就业服务中心", ROWS, title="2026年度项目支出绩效目标表")
    ws.append([])
    changed = [[*r[:3], "≥80%"] if r[2] == "服务对象满意度" else r for r in ROWS]
    _project(ws, "创业担保贷款贴息", "某市创业指导中心", second or changed, money=60)
    return _save(wb, tmp_path / "stacked.xlsx")


# --- header words ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("指标内容", "name"),
        ("考核指标", "name"),
        ("考核内容", "name"),
        ("绩效标准", "annual"),
        ("预期实现值", "annual"),
        ("预期目标", "annual"),
        ("绩效目标值", "annual"),
        ("目标值（年度）", "annual"),
        ("目标值（中期）", "period"),
        ("指标值(实施期)", "period"),
        ("评价标准", "remark"),
        ("评分标准", "remark"),
        ("扣分标准", "remark"),
    ],
)
def test_header_words_offices_use(text: str, key: str) -> None:
    assert header_key(text) == key


def test_a_header_row_in_other_words_is_found(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"])
    ws.append(["产出指标", "数量指标", "更新健身路径", "≥100个", "每少1个扣0.2分"])
    path = _save(wb, tmp_path / "h.xlsx")
    with Book(path) as book:
        header = find_header(book.sheets())
    assert header is not None
    assert header.cols == {"tier1": 0, "tier2": 1, "name": 2, "annual": 3, "remark": 4}


def test_a_header_after_a_long_money_block_is_found(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["项目名称", "职业技能培训"])
    ws.append(["序号", "支出内容", "金额（万元）", "测算依据"])
    for i in range(1, 600):
        ws.append([i, f"支出明细{i}", 0.1, "按实际测算"])
    ws.append(HEAD)
    for row in ROWS:
        ws.append(row)
    path = _save(wb, tmp_path / "late.xlsx")
    result, table = check_file(path, CheckOptions())
    assert table is not None and len(table.indicators) == len(ROWS)
    assert "S010" not in {f.code for f in result.findings}


def test_a_table_on_a_second_sheet_is_read_with_the_head_of_the_first(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    head = wb.active
    assert head is not None
    head.title = "项目基本情况"
    head.append(["2026年度项目支出绩效目标申报表"])
    head.append(["项目名称", "职业技能培训"])
    head.append(["实施单位", "某市就业服务中心"])
    sheet = wb.create_sheet("绩效指标")
    sheet.append(["一级指标", "二级指标", "三级指标", "预期实现值"])
    for row in ROWS:
        sheet.append(row)
    sheet.append(["产出指标", "质量指标", "培训完成率", "480人次"])  # a rate given as a count
    path = _save(wb, tmp_path / "two.xlsx")
    result, table = check_file(path, CheckOptions())
    assert table is not None and table.field_text("project") == "职业技能培训"
    assert len(table.indicators) == len(ROWS) + 1
    codes = {(f.code, f.at.sheet if f.at else None) for f in result.findings}
    assert ("T105", "绩效指标") in codes and ("S010", None) not in codes
    assert not result.tables  # one table


def test_no_indicator_table_anywhere_is_still_s010(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["项目名称", "职业技能培训"])
    ws.append(["项目资金（万元）", "年度资金总额", 100])
    wb.create_sheet("说明").append(["指标值", "请填写"])
    path = _save(wb, tmp_path / "none.xlsx")
    result, _ = check_file(path, CheckOptions())
    assert [f.code for f in result.findings if f.code == "S010"] == ["S010"]
    assert len(read_tables(path)) == 1 and not result.tables


def test_tier_labels_under_a_header_not_recognised_are_said_once(tmp_path: Path) -> None:
    """The reader is unsure, not sure there is no table: one warning (S013), no error."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["2026年度项目支出绩效目标表"])
    ws.append(["项目名称", "职业技能培训"])
    ws.append(["类别", "小类", "内容", "要求"])
    ws.append(["产出指标", "数量指标", "培训人次", "≥300人次"])
    ws.append([None, "质量指标", "培训合格率", "≥90%"])
    ws.append(["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"])
    result, _ = check_file(_save(wb, tmp_path / "odd.xlsx"), CheckOptions())
    assert [(f.code, f.severity) for f in result.findings] == [("S013", "warning")]
    assert "产出指标" in result.findings[0].message


# --- stacked projects --------------------------------------------------------------------------


def test_stacked_projects_are_one_table_each(tmp_path: Path) -> None:
    tables = read_tables(_stacked(tmp_path))
    assert [t.field_text("project") for t in tables] == ["职业技能培训", "创业担保贷款贴息"]
    assert [t.field_text("unit") for t in tables] == ["某市就业服务中心", "某市创业指导中心"]
    assert [t.field_text("annual") for t in tables] == ["100", "60"]
    assert [len(t.indicators) for t in tables] == [len(ROWS), len(ROWS)]
    names = {i.label for t in tables for i in t.indicators}
    assert not names & {"项目名称", "实施单位", "项目资金（万元）", "年度绩效目标", "三级指标"}
    spans = [(t.span.sheet, t.span.first_row, t.span.last_row) for t in tables if t.span]
    assert spans == [("Sheet", 1, 12), ("Sheet", 14, 24)]
    assert tables[1].field_text("title_year") == "2026年度项目支出绩效目标表"  # inherited
    assert read_table(tmp_path / "stacked.xlsx") == tables[0]


def test_the_same_name_in_two_projects_is_no_duplicate(tmp_path: Path) -> None:
    result, _ = check_file(_stacked(tmp_path), CheckOptions())
    assert not [f for f in result.findings if f.severity.value == "error"], result.findings
    assert not {f.code for f in result.findings} & {"D101", "D102", "F103", "T101", "S101"}


def test_required_tiers_and_weights_are_judged_per_table(tmp_path: Path) -> None:
    full = [[*r, w] for r, w in zip(ROWS, (20, 20, 15, 15, 15, 15), strict=True)]  # 100
    short = [[*r, 20] for r in ROWS[:-1]]  # no 满意度指标; 100
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    head = [*HEAD, "权重"]
    _project(ws, "职业技能培训", "某市就业服务中心", full, title="2026年度项目支出绩效目标表",
             head=head)  # fmt: skip
    ws.append([])
    _project(ws, "创业担保贷款贴息", "某市创业指导中心", short, head=head)
    result, _ = check_file(_save(wb, tmp_path / "w.xlsx"), CheckOptions.make("old-nat"))
    missing = [f for f in result.findings if f.code == "F106"]
    assert [(f.table, f.at) for f in missing] == [(1, None)]
    assert "W101" not in {f.code for f in result.findings}  # 100 and 100, not 200


@pytest.mark.parametrize("copied_title", [False, True])
def test_a_repeated_header_without_a_head_block_stays_in_its_table(
    tmp_path: Path, copied_title: bool
) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    _project(ws, "职业技能培训", "某市就业服务中心", ROWS[:3], title="2026年度项目支出绩效目标表")
    if copied_title:  # the title copied onto the next printed page is no head block
        ws.append(["2026年度项目支出绩效目标表（续）"])
    ws.append(HEAD)  # the printed page breaks here
    for row in ROWS[3:]:
        ws.append(row)
    path = _save(wb, tmp_path / "page.xlsx")
    tables = read_tables(path)
    assert len(tables) == 1
    assert not check_file(path, CheckOptions())[0].tables


def test_json_lists_the_tables_and_each_finding_names_its_table(tmp_path: Path) -> None:
    second = [[*r[:3], "1200户"] if r[2] == "培训合格率" else r for r in ROWS]
    result, _ = check_file(_stacked(tmp_path, second), CheckOptions())
    entry = json.loads(json.dumps(file_entry(result, "zh"), ensure_ascii=False))
    assert [t["project"] for t in entry["tables"]] == ["职业技能培训", "创业担保贷款贴息"]
    assert set(entry["tables"][0]) == {
        "index", "sheet", "first_row", "last_row", "kind", "project", "unit", "year",
        "framework", "counts",
    }  # fmt: skip
    assert entry["tables"][1]["counts"]["error"] >= 1
    assert entry["kind"] == "project" and entry["unit"] == "某市就业服务中心"  # the first table
    t105 = [f for f in entry["findings"] if f["code"] == "T105"]
    assert [(f["table"], f["cell"]) for f in t105] == [(1, "D20")]
    assert all("table" in f for f in entry["findings"])
    total = {k: sum(t["counts"][k] for t in entry["tables"]) for k in entry["counts"]}
    assert total == entry["counts"]


def test_one_table_output_has_no_table_keys(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    wrong = ["产出指标", "质量指标", "合格率", "5人"]
    _project(ws, "职业技能培训", "某市就业服务中心", [*ROWS, wrong])
    result, _ = check_file(_save(wb, tmp_path / "one.xlsx"), CheckOptions())
    entry = file_entry(result, "zh")
    assert "tables" not in entry and entry["findings"]
    assert all("table" not in f for f in entry["findings"])


def test_text_output_and_report_name_the_project_of_each_finding(tmp_path: Path) -> None:
    second = [[*r[:3], "1200户"] if r[2] == "培训合格率" else r for r in ROWS]
    path = _stacked(tmp_path, second)
    out = CliRunner().invoke(main, ["check", str(path), "--jobs", "1"]).output
    assert "[职业技能培训（Sheet 第 1–12 行）]" in out
    assert out.index("[创业担保贷款贴息") < out.index("T105")
    result, _ = check_file(path, CheckOptions())
    report = report_content(result, "zh", ["Sheet"])
    assert report.head[5] == "项目 / 指标"
    t105 = next(row for row in report.rows if row.values[2] == "T105")
    assert t105.values[5] == "创业担保贷款贴息 / 培训合格率"
    assert any("创业担保贷款贴息" in fact for _label, fact in report.info)


def test_a_region_keeps_the_addresses_of_its_cells(tmp_path: Path) -> None:
    path = _stacked(tmp_path)
    with Book(path) as book:
        sheet = book.sheets()[0]
        view = region(sheet, 13, sheet.nrows)
        assert view.text(13, 0) == "项目名称" and view.text(0, 0) == ""
        assert {r for r, _c, _v in view.filled} == set(range(13, sheet.nrows))


def test_the_report_lists_each_stacked_table_on_a_row_of_its_own(tmp_path: Path) -> None:
    """The report's 项目 fact names each stacked project on a row of its own (one cell with
    line breaks was drawn by LibreOffice over the row above), in patched and rewritten copies."""
    src = _stacked(tmp_path)
    result, _table = check_file(src, CheckOptions())
    report = report_content(result, "zh", ["Sheet1"])
    assert not any("\n" in fact for _label, fact in report.info)
    projects = [r for r, (label, _f) in enumerate(report.info, start=2) if label == "项目"]
    assert len(projects) == 1
    first = projects[0]
    patched = write_annotated(src, result, tmp_path / "patched.xlsx", "zh")
    rewritten = tmp_path / "rewritten.xlsx"
    rewrite(src, rewritten, result, "zh")
    for out in (patched, rewritten):
        ws = openpyxl.load_workbook(out)[report.sheet]
        assert ws.cell(first, 1).value == "项目"
        assert str(ws.cell(first, 2).value).startswith("1. ")
        assert ws.cell(first + 1, 1).value is None
        assert str(ws.cell(first + 1, 2).value).startswith("2. ")
