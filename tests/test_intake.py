"""Bad files: each kind gets its one clear line and status 2, never a traceback; in a batch
the good files are still checked; no input file ever changes."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from goalbook.errors import UnreadableError
from goalbook.reader import read_table
from goalbook.reader.intake import Limits, inspect
from tests.returns import Return

Maker = Callable[[Path, Path], Path]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "goalbook", *args], capture_output=True,
                          text=True, check=False, timeout=300)  # fmt: skip


def _good(tmp: Path) -> Path:
    return Return().write(tmp / "good.xlsx")


def text_file(tmp: Path, good: Path) -> Path:
    path = tmp / "notes.xlsx"
    path.write_text("单位,项目\n甲,乙\n", encoding="utf-8")
    return path


def pdf_file(tmp: Path, good: Path) -> Path:
    path = tmp / "scan.xlsx"
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    return path


def html_file(tmp: Path, good: Path) -> Path:
    path = tmp / "export.xls.xlsx"
    path.write_text("<html><body><table><tr><td>一级指标</td></tr></table></body></html>")
    return path


def empty_file(tmp: Path, good: Path) -> Path:
    path = tmp / "empty.xlsx"
    path.write_bytes(b"")
    return path


def truncated(tmp: Path, good: Path) -> Path:
    path = tmp / "cut.xlsx"
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    return path


def corrupt_member(tmp: Path, good: Path) -> Path:
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as zf:
        info = zf.getinfo("xl/worksheets/sheet4.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 10
    for i in range(start, start + 40):
        data[i] ^= 0x5A
    path = tmp / "bitrot.xlsx"
    path.write_bytes(bytes(data))
    return path


def word_file(tmp: Path, good: Path) -> Path:
    path = tmp / "report.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    return path


def zip_bomb(tmp: Path, good: Path) -> Path:
    path = tmp / "bomb.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("xl/media/padding.bin", b"\0" * (64 * 2**20))
    return path


def entity_attack(tmp: Path, good: Path) -> Path:
    path = tmp / "entities.xlsx"
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><sst>&lol2;</sst>')  # fmt: skip
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = bomb if item.filename == "xl/worksheets/sheet4.xml" else src.read(item)
            dst.writestr(item, data)
    return path


_DTD = b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'


def _with_dtd(good: Path, path: Path, part: str, use: tuple[bytes, bytes] | None) -> Path:
    """``good`` with an entity declaration at the top of ``part`` (and used if ``use``)."""
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == part:
                start = data.index(b"?>") + 2 if data.startswith(b"<?xml") else 0
                data = data[:start] + _DTD + data[start:]
                if use is not None:
                    data = data.replace(use[0], use[1], 1)
            dst.writestr(item, data)
    return path


def workbook_entities(tmp: Path, good: Path) -> Path:
    """Entities in a part the value reader parses (it fails; intake then names the part)."""
    return _with_dtd(good, tmp / "wb-entities.xlsx", "xl/workbook.xml",
                     (b'name="\xe5\xa1\xab', b'name="&lol2;\xe5\xa1\xab'))  # fmt: skip


def huge_dimensions(tmp: Path, good: Path) -> Path:
    path = tmp / "huge.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "一级指标"
    ws["XFD1048576"] = "x"
    wb.save(path)
    return path


def encrypted(tmp: Path, good: Path) -> Path:
    from msoffcrypto.format.ooxml import OOXMLFile

    path = tmp / "locked.xlsx"
    with good.open("rb") as src, path.open("wb") as dst:
        OOXMLFile(src).encrypt("secret", dst)
    return path


def legacy_xls(tmp: Path, good: Path) -> Path:
    from tests.conftest import soffice_path

    out = tmp / "xls"
    subprocess.run([soffice_path(), f"-env:UserInstallation=file://{tmp}/lo", "--headless",
                    "--convert-to", "xls", "--outdir", str(out), str(good)],
                   check=True, capture_output=True, timeout=180)  # fmt: skip
    return out / "good.xls"


def wps_et(tmp: Path, good: Path) -> Path:
    xls = legacy_xls(tmp, good)
    path = tmp / "return.et"
    shutil.copy(xls, path)
    return path


BAD: list[tuple[Maker, str, str]] = [
    (text_file, "S003", "文本/CSV"),
    (pdf_file, "S003", "PDF"),
    (html_file, "S003", "网页"),
    (empty_file, "S002", "空文件"),
    (truncated, "S004", "损坏"),
    (corrupt_member, "S004", "损坏"),
    (word_file, "S003", "Word"),
    (zip_bomb, "S006", "压缩"),
    (entity_attack, "S006", "DTD"),
    (workbook_entities, "S006", "DTD"),
    (huge_dimensions, "S007", "尺寸异常"),
    (encrypted, "S005", "加密"),
    (legacy_xls, "S003", ".xls"),
    (wps_et, "S003", "WPS"),
]


@pytest.mark.parametrize(("make", "code", "words"), BAD, ids=[b[0].__name__ for b in BAD])
def test_bad_file_is_refused_with_one_line(
    tmp_path: Path, make: Maker, code: str, words: str
) -> None:
    bad = make(tmp_path, _good(tmp_path))
    with pytest.raises(UnreadableError) as info:
        read_table(bad)
    assert info.value.code == code and words in str(info.value)
    before = hashlib.sha256(bad.read_bytes()).hexdigest()
    done = run("check", str(bad))
    assert done.returncode == 2
    assert "Traceback" not in done.stdout + done.stderr
    lines = [line for line in done.stdout.splitlines() if str(bad) in line]
    assert len(lines) == 1 and words in lines[0]
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == before


def test_batch_checks_every_good_file(tmp_path: Path) -> None:
    good = _good(tmp_path)
    bads = [make(tmp_path, good) for make in (text_file, truncated, zip_bomb, empty_file)]
    second = Return()
    second.row("入住青年满意度")[3] = "="
    other = second.write(tmp_path / "second.xlsx")
    paths = [str(p) for p in (bads[0], good, bads[1], other, bads[2], bads[3])]
    hashes = {p: hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in paths}
    done = run("check", "--format", "json", "--jobs", "2", *paths)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    doc = json.loads(done.stdout)
    assert [f["path"] for f in doc["files"]] == paths
    status = [f["status"] for f in doc["files"]]
    assert status == ["unreadable", "ok", "unreadable", "findings", "unreadable", "unreadable"]
    assert doc["counts"]["unreadable"] == 4 and doc["counts"]["files"] == 6
    assert {p: hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in paths} == hashes


def test_macros_are_ignored_and_reported(tmp_path: Path) -> None:
    good = _good(tmp_path)
    path = tmp_path / "macro.xlsm"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 not run")
    table = read_table(path)
    assert any(n.code == "S102" for n in table.notes) and len(table.indicators) == 8


def test_workbook_without_indicator_table(tmp_path: Path) -> None:
    path = tmp_path / "other.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["姓名", "电话"])
    wb.save(path)
    done = run("check", "--format", "json", str(path))
    doc = json.loads(done.stdout)
    assert "S010" in [f["code"] for f in doc["files"][0]["findings"]]
    assert done.returncode == 1


def test_empty_goalbook_template_is_unfilled(make_template: Callable[..., Path]) -> None:
    done = run("check", "--format", "json", str(make_template(year=2026)))
    codes = [f["code"] for f in json.loads(done.stdout)["files"][0]["findings"]]
    assert codes == ["S012"]


def test_old_template_version(tmp_path: Path) -> None:
    path = _good(tmp_path)
    wb = openpyxl.load_workbook(path)
    wb["_meta"]["B2"] = "0"
    wb.save(path)
    done = run("check", "--format", "json", str(path))
    codes = {f["code"] for f in json.loads(done.stdout)["files"][0]["findings"]}
    assert "S103" in codes


def test_mixed_money_units(tmp_path: Path) -> None:
    path = tmp_path / "units.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in (["项目支出绩效目标表（2026年度）"],
                ["项目总预算（万元）", 100, "项目当年预算（元）", 500000],
                ["一级指标", "二级指标", "三级指标", "指标值"],
                ["产出指标", "数量指标", "培训人次", "≥100人次"]):  # fmt: skip
        ws.append(row)
    wb.save(path)
    done = run("check", "--format", "json", str(path))
    findings = json.loads(done.stdout)["files"][0]["findings"]
    assert any(f["code"] == "B105" for f in findings)


def test_csv_output_neutralises_formulas(tmp_path: Path) -> None:
    ret = Return()
    ret.row("建设青年人才驿站数量")[2] = '=HYPERLINK("http://x")驿站数量'
    path = ret.write(tmp_path / "inject.xlsx")
    done = run("check", "--format", "csv", str(path))
    assert done.returncode in (0, 1)
    for row in done.stdout.splitlines()[1:]:
        for cell in io.StringIO(row).read().split(","):
            assert not cell.startswith(("=", "+", "-", "@"))


def test_parser_panic_becomes_unreadable(tmp_path: Path) -> None:
    """A date cell far outside the calendar makes the value reader panic (a BaseException)."""
    path = _good(tmp_path)
    wb = openpyxl.load_workbook(path)
    cell = wb["绩效指标"]["E3"]
    cell.value = dt.datetime(2020, 1, 1)  # gives the cell a date format
    cell.value = -1e20  # … that no calendar can show (found by the fuzz test)
    wb.save(path)
    with pytest.raises(UnreadableError) as info:
        read_table(path)
    assert info.value.code == "S004"
    done = run("check", str(path))
    assert done.returncode == 2 and "Traceback" not in done.stdout + done.stderr
    assert "panicked" not in done.stderr and "backtrace" not in done.stderr


def test_formula_without_stored_value_cannot_be_verified(tmp_path: Path) -> None:
    path = tmp_path / "formula.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["项目支出绩效目标表（2026年度）"])
    ws.append(["项目总预算（万元）", "=B3+B4", "项目当年预算（万元）", 120])
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    ws.append(["产出指标", "数量指标", "培训人次", "≥100人次"])
    wb.save(path)  # openpyxl stores formulas without a computed value
    done = run("check", "--format", "json", str(path))
    findings = json.loads(done.stdout)["files"][0]["findings"]
    assert {(f["code"], f["cell"]) for f in findings} >= {("S104", "B2")}


@pytest.mark.parametrize("far", ["C5", "ZZ999", "ZZ99999", "AAA1", "B200001", "XFD1048576"])
def test_far_cells_are_measured_exactly(tmp_path: Path, far: str) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"], ws[far] = "一级指标", "x"
    path = tmp_path / "far.xlsx"
    wb.save(path)
    letters = far.rstrip("0123456789")
    rows, cols = int(far[len(letters) :]), openpyxl.utils.column_index_from_string(letters)
    limits = Limits()
    too_big = rows > limits.max_rows or cols > limits.max_cols or rows * cols > limits.max_cells
    if too_big:
        with pytest.raises(UnreadableError, match="尺寸异常"):
            inspect(path)
    else:
        inspect(path)
    with pytest.raises(UnreadableError, match="尺寸异常"):  # one column less allowed: refused
        inspect(path, Limits(max_cols=cols - 1))


def test_empty_styled_rows_down_to_the_last_row_are_not_refused(tmp_path: Path) -> None:
    good = _good(tmp_path)
    path = tmp_path / "wps.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet4.xml":
                data = data.replace(b"</sheetData>", b'<row r="1048576" s="0" customFormat="1"/>'
                                    b"</sheetData>")  # fmt: skip
            dst.writestr(item, data)
    assert inspect(path).path == path
    assert read_table(path).indicators  # the value reader ignores the empty row


def test_entities_in_a_part_no_reader_parses_are_harmless(tmp_path: Path) -> None:
    """Document properties are not parsed for a check and are copied as they are with -o."""
    good = _good(tmp_path)
    odd = _with_dtd(good, tmp_path / "props.xlsx", "docProps/core.xml", None)
    assert read_table(odd).indicators == read_table(good).indicators
    done = run("check", "--format", "json", "-o", str(tmp_path / "out"), str(odd))
    assert "Traceback" not in done.stderr
    result = json.loads(done.stdout)["files"][0]
    assert result["status"] == "ok" and result["error"] is None
    with zipfile.ZipFile(tmp_path / "out" / "props-审核.xlsx") as copy:
        assert _DTD in copy.read("docProps/core.xml")
        assert "审核报告" in copy.read("xl/workbook.xml").decode()


def test_entities_where_openpyxl_would_parse_give_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A return the patcher hands to openpyxl: its defusedxml refusal becomes one message."""
    import goalbook.annotate
    from goalbook.annotate import write_annotated
    from goalbook.annotate.patch import Unsupported
    from goalbook.check import CheckOptions, check_file
    from goalbook.errors import GoalbookError

    odd = _with_dtd(_good(tmp_path), tmp_path / "props.xlsx", "docProps/core.xml", None)
    result, _ = check_file(odd, CheckOptions())

    def unsupported(*args: object) -> None:
        raise Unsupported("forced")

    monkeypatch.setattr(goalbook.annotate, "patch_package", unsupported)
    with pytest.raises(GoalbookError, match="DTD"):
        write_annotated(odd, result, tmp_path / "copy.xlsx")
    assert list(tmp_path.glob("*.tmp")) == [] and not (tmp_path / "copy.xlsx").exists()
