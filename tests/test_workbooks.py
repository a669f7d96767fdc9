"""The summary workbook, the report sheet of an annotated copy and the export, as a reviewer
reads them: names in words, files told apart, errors first, printable, units kept apart."""

from __future__ import annotations

import csv
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from goalbook.annotate.report import counts_text, report_content
from goalbook.batch import check_paths
from goalbook.catalogue import RULES
from goalbook.check import CheckOptions, check_file
from goalbook.findings import SEVERITY_ORDER, FileResult
from goalbook.frameworks import load_framework
from goalbook.rulenames import RULE_NAMES, framework_name, rule_name, template_name
from goalbook.summary import Summary, write_summary
from goalbook.template import TemplateOptions, write_template
from tests.returns import Return


def _bad(path: Path) -> Path:
    bad = Return()
    bad.row("驿站验收合格率")[4:7] = [2, 2, "篇"]  # T105 error on 绩效指标
    bad.fields["中期财政拨款"] = 290  # B101 error on 基本信息
    bad.fields["中期目标"] = "延续2024年的做法，两年内建成12个驿站。"  # Y103 warning on 基本信息
    return bad.write(path)


def _result(tmp: Path) -> FileResult:
    result, table = check_file(_bad(tmp / "a.xlsx"), CheckOptions())
    assert table is not None
    return result


SHEETS = ["填报说明", "基本信息", "预算明细", "绩效指标", "_lists", "_meta"]


# 1. rule names, framework and template version in words


def test_every_catalogue_code_has_a_chinese_and_an_english_name() -> None:
    assert sorted(RULE_NAMES) == sorted(RULES)
    for code, (zh, en) in RULE_NAMES.items():
        assert zh and en and zh != en, code
        assert any("\u4e00" <= ch <= "\u9fff" for ch in zh), code
        assert en.isascii() and len(en) <= 40 and len(zh) <= 14, code
    assert len({zh for zh, _en in RULE_NAMES.values()}) == len(RULE_NAMES)
    assert len({en for _zh, en in RULE_NAMES.values()}) == len(RULE_NAMES)


def test_names_in_words() -> None:
    assert rule_name("T105", "rate-as-count", "zh") == "比率写成数量"
    assert rule_name("T105", "rate-as-count", "en") == "Rate given as a count"
    assert rule_name("Z999", "new-rule", "zh") == "new-rule"
    assert framework_name("nat-2021", "zh") == "全国2021框架（成本指标为一级）"
    assert framework_name("nat-2021", "en").startswith("National 2021")
    assert framework_name("my-city", "zh") == "my-city"  # a user's own framework file
    assert framework_name(None, "zh") == ""
    assert template_name("goalbook.project v3", "zh") == "goalbook 项目模板 第 3 版"
    assert template_name("goalbook.department v12", "zh") == "goalbook 部门整体模板 第 12 版"
    assert template_name("goalbook.project v3", "en") == "goalbook project template, version 3"
    assert template_name("", "zh") == ""


def test_the_report_sheet_names_rules_framework_and_template_in_words(tmp_path: Path) -> None:
    result = _result(tmp_path)
    for lang in ("zh", "en"):
        report = report_content(result, lang, SHEETS)
        info = dict(report.info)
        names = {row.values[2]: row.values[3] for row in report.rows}
        assert names["T105"] == RULE_NAMES["T105"][lang == "en"]
        assert not any(slug in names.values() for slug in ("rate-as-count", "total-not-sum"))
        if lang == "zh":
            assert info["指标体系"] == "全国2021框架（成本指标为一级）"
            assert (
                info["模板版本"].startswith("goalbook 项目模板 第 ") and "v" not in info["模板版本"]
            )
        else:
            assert info["Framework"].startswith("National 2021 framework")
            assert info["Template"].startswith("goalbook project template, version ")


def test_the_summary_names_rules_and_templates_in_words(tmp_path: Path) -> None:
    summary = Summary()
    summary.add(_result(tmp_path))
    write_summary(tmp_path / "s.xlsx", summary)
    wb = openpyxl.load_workbook(tmp_path / "s.xlsx")
    by_rule = {r[0]: r for r in wb["按规则"].iter_rows(min_row=2, values_only=True)}
    assert by_rule["T105"][1] == "比率写成数量" and by_rule["B101"][1] == "总额不等于分项之和"
    row = next(wb["汇总"].iter_rows(min_row=2, values_only=True))
    assert row[5].startswith("goalbook 项目模板 第 ")


# 2. the file column: the path relative to the checked folder


def test_two_returns_of_the_same_name_are_told_apart(tmp_path: Path) -> None:
    root = tmp_path / "returns"
    for unit in ("甲单位", "乙单位"):
        (root / unit).mkdir(parents=True)
        Return().write(root / unit / "绩效目标表.xlsx")
    out = tmp_path / "out"
    run = check_paths([root], CheckOptions(), jobs=1, output=out)
    results = list(run)
    assert [r.shown for r in results] == ["乙单位/绩效目标表.xlsx", "甲单位/绩效目标表.xlsx"]
    ws = openpyxl.load_workbook(out / "汇总.xlsx")["汇总"]
    files = {ws.cell(r, 1).value for r in (2, 3)}
    assert files == {"乙单位/绩效目标表.xlsx", "甲单位/绩效目标表.xlsx"}
    shown = set()
    for result in results:
        assert result.copy is not None
        report = openpyxl.load_workbook(out / result.copy)["审核报告"]
        shown.add(report["B2"].value)
    assert shown == files


def test_files_named_and_several_folders_are_shown_by_their_folder(tmp_path: Path) -> None:
    for folder in ("a", "b", "c/a"):
        (tmp_path / folder).mkdir(parents=True)
        Return().write(tmp_path / folder / "x.xlsx")
    Return().write(tmp_path / "b" / "y.xlsx")
    run = check_paths([tmp_path / "a", tmp_path / "b" / "y.xlsx"], CheckOptions(), jobs=1)
    assert [r.shown for r in run] == ["a/x.xlsx", "y.xlsx"]
    run = check_paths([tmp_path / "a" / "x.xlsx"], CheckOptions(), jobs=1)
    assert [r.shown for r in run] == ["x.xlsx"]
    both = [tmp_path / "a" / "x.xlsx", tmp_path / "b" / "x.xlsx"]  # alike by name: their path
    assert [r.shown for r in check_paths(both, CheckOptions(), jobs=1)] == ["a/x.xlsx", "b/x.xlsx"]
    alike = [tmp_path / "a", tmp_path / "c" / "a"]  # alike by folder: from what they share
    shown = [r.shown for r in check_paths(alike, CheckOptions(), jobs=1)]
    assert shown == ["a/x.xlsx", "c/a/x.xlsx"]


# 3. errors before warnings; every sheet of the summary prints on A4


def test_the_report_lists_errors_before_warnings_then_in_sheet_order(tmp_path: Path) -> None:
    result = _result(tmp_path)
    codes = [f.code for f in result.findings]
    assert codes.index("Y103") < codes.index("T105")  # the case: a warning before an error
    report = report_content(result, "zh", SHEETS)
    severities = [row.values[1] for row in report.rows]
    assert severities == sorted(severities, key=["错误", "警告", "提示"].index)
    assert [row.values[0] for row in report.rows] == list(range(1, len(report.rows) + 1))
    errors = [row.values[4] for row in report.rows if row.values[1] == "错误"]
    assert errors == ["基本信息!B16", "绩效指标!E5"]  # sheet order within a severity
    ordered = sorted(result.findings, key=lambda f: SEVERITY_ORDER[f.severity])
    assert [row.values[2] for row in report.rows] == [f.code for f in ordered]
    # the notes on the cells are those of the findings in the return's order
    again = report_content(result, "zh", SHEETS)
    assert report.marks == again.marks
    notes = {(m.sheet, m.a1): m.note for m in report.marks}
    assert notes[("绩效指标", "E5")].startswith("[错误 T105]")


def _many_rules_summary(tmp: Path) -> Path:
    summary = Summary()
    result = _result(tmp)
    summary.add(result)
    for code in list(RULES)[:45]:  # a season's worth of rules, more than a page of bars
        summary.counts[code] += 3
        summary.files[code] += 1
    for i in range(60):
        summary.add(FileResult(f"{tmp}/单位{i:02}/绩效目标表.xlsx", "ok", unit=f"单位{i:02}"))
    return write_summary(tmp / "summary.xlsx", summary)


def test_every_sheet_of_the_summary_is_set_up_for_a4(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(_many_rules_summary(tmp_path))
    for ws in wb.worksheets:
        setup = ws.page_setup
        assert setup.paperSize == 9 and ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert (setup.fitToWidth, setup.fitToHeight) in ((1, 0), (None, 0)), ws.title
        assert ws.print_title_rows in ("1:1", "$1:$1"), ws.title
    assert wb["汇总"].page_setup.orientation == "landscape"


def test_rows_of_long_texts_are_as_tall_as_their_lines(tmp_path: Path) -> None:
    """LibreOffice does not fit row heights on opening: wrapped texts would overlap."""
    summary = Summary()
    long = "中国共产主义青年团某某市委员会青少年服务和权益保护办公室"
    summary.add(FileResult("a.xlsx", "ok", unit=long, template="goalbook.project v1"))
    summary.add(FileResult("b.xlsx", "ok", unit="某区团委"))
    wb = openpyxl.load_workbook(write_summary(tmp_path / "s.xlsx", summary))
    for name in ("汇总", "按单位"):
        ws = wb[name]
        row = next(r for r in range(2, 4) if ws.cell(r, 2 if name == "汇总" else 1).value == long)
        assert (ws.row_dimensions[row].height or 15) >= 30, name
        short = 5 - row
        assert ws.row_dimensions[short].height in (None, 15), name


def test_the_chart_of_the_summary_fits_on_the_first_page(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(_many_rules_summary(tmp_path))
    ws = wb["按规则"]
    (chart,) = ws._charts
    start, end = chart.anchor._from, chart.anchor.to
    assert start.row <= 2  # beside the table's first rows, on the first page
    bottom = end.row * 20 + end.rowOff / 9525  # px: rows of 15 pt, offsets in EMU
    # A4 landscape less margins of 0.6 in: 7.07 in at 96 px an inch; fitting the width only
    # ever scales down, so what fits unscaled fits
    assert bottom <= 7.07 * 96, bottom


# 4. the by-unit sheet keeps unreadable files and blank templates apart


def _no_unit(path: Path) -> Path:
    wb = openpyxl.load_workbook(path)
    wb["_meta"]["B6"] = None
    wb["基本信息"]["B5"] = None  # 实施单位
    wb.save(path)
    return path


def test_unreadable_files_and_blank_templates_have_their_own_rows(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    _bad(root / "a.xlsx")  # unit 某区团委
    (root / "broken.xlsx").write_bytes(b"PK\x03\x04 truncated")
    (root / "old.xlsb").write_bytes(b"PK\x03\x04")
    nat = load_framework("nat-2021")
    write_template(root / "blank.xlsx", TemplateOptions(nat, "project", 2026))
    write_template(root / "sent.xlsx", TemplateOptions(nat, "project", 2026, "某区团委"))
    _no_unit(Return().write(root / "nounit.xlsx"))
    out = tmp_path / "out"
    list(check_paths([root], CheckOptions(), jobs=1, output=out))
    ws = openpyxl.load_workbook(out / "汇总.xlsx")["按单位"]
    head = [c.value for c in ws[1]]
    assert head[0] == "单位" and head[-1] == "说明"
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    assert rows["某区团委"][1] == 2  # a.xlsx, and the blank template sent to it
    assert "未填写 1" in rows["某区团委"][-1]
    assert rows["（无法读取）"][1] == 2 and "文件损坏 1" in rows["（无法读取）"][-1]
    assert rows["（未填写）"][1] == 1 and rows["（未填写）"][-1]
    assert rows["（未填单位）"][1] == 1 and rows["（未填单位）"][-1]
    assert list(rows)[-3:] == ["（未填单位）", "（未填写）", "（无法读取）"]  # after the units


# 5. export: headers in the output language, weight, direction, remark; filter and frozen row


def _export(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "goalbook", "export", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_export_headers_weight_direction_and_remark(tmp_path: Path, lang: str) -> None:
    src = Return().write(tmp_path / "a.xlsx")
    dest = tmp_path / "all.csv"
    extra = ("--lang", "en") if lang == "en" else ()
    done = _export(tmp_path, str(src), "-o", str(dest), *extra)
    assert done.returncode == 0, done.stderr
    assert dest.read_bytes().startswith(b"\xef\xbb\xbf")
    with dest.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    first = rows[0]
    if lang == "zh":
        assert {"文件", "单位", "三级指标", "权重", "指标方向", "备注"} <= set(first)
        assert (first["三级指标"], first["指标方向"]) == ("建设青年人才驿站数量", "正向")
        assert float(first["权重"]) == 15 and first["备注"] == ""
    else:
        assert {"File", "Unit", "Indicator", "Weight", "Direction", "Remark"} <= set(first)
        assert (float(first["Weight"]), first["Direction"]) == (15, "正向")


def test_export_xlsx_has_a_filter_and_a_frozen_header(tmp_path: Path) -> None:
    src = Return().write(tmp_path / "a.xlsx")
    dest = tmp_path / "all.xlsx"
    done = _export(tmp_path, str(src), "-o", str(dest))
    assert done.returncode == 0, done.stderr
    ws = openpyxl.load_workbook(dest).worksheets[0]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
    assert ws["A1"].value == "文件" and ws.max_row == 9


def test_a_report_row_is_as_tall_as_the_texts_it_shows(tmp_path: Path) -> None:
    """The last column (the cell's text when checked) wraps too, its row as tall as its first
    four lines: a goal's paragraph quoted there made a row most of a printed page (the whole
    text stays in the cell, and the link leads to it). A long message grows its row up to the
    tallest row Excel allows."""
    result = _result(tmp_path)
    first = result.findings[0]
    for text, message, least, most in (
        ("补助学员每人1000元，分三期拨付，第一期350元/人" * 2, first.message, 60, 60),
        ("段" * 2000, first.message, 60, 60),
        ("段" * 2000, "很长的说明" * 400, 409, 409),
    ):
        found = replace(first, value=text, message=message)
        long = replace(result, findings=(found, *result.findings[1:]))
        row = next(r for r in report_content(long, "zh", SHEETS).rows if r.values[10] == text)
        assert least <= row.height <= most


def test_the_report_counts_read_in_the_reports_language(tmp_path: Path) -> None:
    """The English report's counts were joined by a Chinese full-width comma."""
    result = _result(tmp_path)
    assert "，" not in counts_text(result, "en") and ", warning " in counts_text(result, "en")
    assert counts_text(result, "zh").startswith("错误 ") and "，警告 " in counts_text(result, "zh")


def test_the_summary_puts_more_warnings_first_between_equal_errors(tmp_path: Path) -> None:
    """Worst first: two returns sent back with as many errors were listed by name."""
    summary = Summary()
    for name, warnings in (("a.xlsx", 3), ("b.xlsx", 30)):
        counts = {"error": 2, "warning": warnings, "info": 0}
        summary.add(FileResult(name, "findings", unit="某区团委", tally=counts))
    ws = openpyxl.load_workbook(write_summary(tmp_path / "s.xlsx", summary))["汇总"]
    assert [ws.cell(r, 1).value for r in (2, 3)] == ["b.xlsx", "a.xlsx"]
