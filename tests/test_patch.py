"""Annotated copies made by patching the package: edits in place, everything else kept."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest
import python_calamine as pc
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.comments import Comment

from goalbook.annotate import write_annotated
from goalbook.annotate.ooxml import Styles, link_notes, style_cell
from goalbook.annotate.patch import Unsupported, patch_package
from goalbook.annotate.report import FILLS, Mark, Report, report_content
from goalbook.check import CheckOptions, check_file
from goalbook.findings import FileResult, Finding, Severity
from goalbook.model import CellRef, col_letter
from tests.returns import Return

Convert = Callable[..., Path]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
EDITED = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"}
EDITED |= {"docProps/custom.xml", "_rels/.rels"}  # goalbook's output stamp (goalbook.outstamp)


def _bad(folder: Path) -> tuple[Path, FileResult]:
    bad = Return()
    bad.row("驿站验收合格率")[4:7] = [2, 2, "篇"]
    bad.fields["中期财政拨款"] = 290
    path = bad.write(folder / "bad.xlsx")
    result, table = check_file(path, CheckOptions())
    assert table is not None and result.findings
    return path, result


def _values(path: Path) -> dict[str, list[list[object]]]:
    wb = pc.CalamineWorkbook.from_path(str(path))
    return {name: wb.get_sheet_by_name(name).to_python() for name in wb.sheet_names}


def _cell_order_ok(data: bytes) -> bool:
    """Rows ascending, cells ascending within each row, no reference twice."""
    root = ElementTree.fromstring(data)
    last_row = 0
    for row in root.iter(f"{{{MAIN}}}row"):
        number = int(row.get("r", "0"))
        if number <= last_row:
            return False
        last_row, last_col = number, 0
        for cell in row.iter(f"{{{MAIN}}}c"):
            ref = cell.get("r", "")
            letters = ref.rstrip("0123456789")
            col = openpyxl.utils.column_index_from_string(letters)
            if int(ref[len(letters) :]) != number or col <= last_col:
                return False
            last_col = col
    return True


def test_copy_keeps_every_other_part_and_marks_cells(tmp_path: Path) -> None:
    src, result = _bad(tmp_path)
    dest = write_annotated(src, result, tmp_path / "copy.xlsx")
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(dest) as b:
        before = {n: a.read(n) for n in a.namelist()}
        after = {n: b.read(n) for n in b.namelist()}
    report = report_content(result, "zh", list(_values(src)))
    marked_parts = {n for n in before if n.startswith("xl/worksheets/") and before[n] != after[n]}
    untouched = set(before) - EDITED - marked_parts
    assert untouched and all(before[n] == after[n] for n in untouched)  # byte for byte
    assert len(marked_parts) <= len({m.sheet for m in report.marks}) + 1  # + the one unselected
    for part in marked_parts:
        assert _cell_order_ok(after[part])
    assert _values(dest) == {report.sheet: _values(dest)[report.sheet], **_values(src)}
    wb = openpyxl.load_workbook(dest)
    assert wb.sheetnames[0] == report.sheet and wb.active.title == report.sheet
    assert [ws.title for ws in wb.worksheets if ws.sheet_view.tabSelected] == [report.sheet]
    for mark in report.marks:
        cell = wb[mark.sheet][mark.a1]
        assert cell.fill.fgColor.rgb == f"FF{mark.colour}"
        assert cell.comment is not None and cell.comment.text == mark.note
    assert wb.calculation.fullCalcOnLoad
    titles = wb[report.sheet].print_title_rows
    assert titles == f"${report.head_row}:${report.head_row}"
    # the return's own local names still point at their sheets
    assert (
        wb["绩效指标"].print_title_rows == openpyxl.load_workbook(src)["绩效指标"].print_title_rows
    )


def test_a_sheet_that_already_has_notes_is_rewritten_with_openpyxl(tmp_path: Path) -> None:
    src, result = _bad(tmp_path)
    wb = openpyxl.load_workbook(src)
    sheet = next(f.at.sheet for f in result.findings if f.at)
    wb[sheet]["Z1"] = "x"
    wb[sheet]["Z1"].comment = Comment("经办人批注", "张三")
    wb.save(src)
    report = report_content(result, "zh", wb.sheetnames)
    with pytest.raises(Unsupported):
        patch_package(src, tmp_path / "direct.xlsx", lambda names: report)
    dest = write_annotated(src, result, tmp_path / "copy.xlsx")
    copy = openpyxl.load_workbook(dest)
    assert copy.sheetnames[0] == report.sheet
    assert copy[sheet]["Z1"].comment.text == "经办人批注"  # the staff's note is kept
    assert all(copy[m.sheet][m.a1].comment is not None for m in report.marks)


def test_sheet_names_that_need_quoting(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "O'Neil & Co <1>"
    wb.active["A1"] = "x"
    src = tmp_path / "odd.xlsx"
    wb.save(src)
    mark = Mark("O'Neil & Co <1>", "C3", FILLS[next(iter(FILLS))], "a < b & c", 80)
    report = Report("审核报告", "t", (("文件", "odd.xlsx"),), ("a",), (), "无", (mark,))
    patch_package(src, tmp_path / "copy.xlsx", lambda names: report)
    copy = openpyxl.load_workbook(tmp_path / "copy.xlsx")
    assert copy.sheetnames == ["审核报告", "O'Neil & Co <1>"]
    assert copy["O'Neil & Co <1>"]["C3"].comment.text == "a < b & c"


def test_messages_stay_bare_and_outputs_locate_them() -> None:
    """The report sheet and the notes sit at the cell already; JSON, CSV and text say where."""
    at = CellRef("绩效 指标", 5, 3)
    found = Finding("T201", "r", Severity.ERROR, "年度值：大于总体值", "改小", at)
    plain = Finding("B101", "r", Severity.WARNING, "单位 名称：缺失", "补上", None)
    result = FileResult("a.xlsx", "findings", findings=(found, plain))
    for lang in ("zh", "en"):
        report = report_content(result, lang, ["绩效 指标"])
        assert [row.values[6] for row in report.rows] == ["年度值：大于总体值", "单位 名称：缺失"]
        assert report.marks[0].note.endswith("] 年度值：大于总体值\n→ 改小")
        assert plain.located(lang) == plain.message
    assert found.located("zh") == "绩效 指标 C5：年度值：大于总体值"
    assert found.located("en") == "绩效 指标!C5: 年度值：大于总体值"
    assert found.as_dict("en")["message"] == found.located("en")


def test_style_cell_inserts_in_order() -> None:
    styles = Styles(
        f'<styleSheet xmlns="{MAIN}"><fonts count="1"><font><sz val="11"/></font></fonts>'
        '<fills count="2"><fill/><fill/></fills><borders count="1"><border/></borders>'
        '<cellStyleXfs count="1"><xf/></cellStyleXfs>'
        '<cellXfs count="2"><xf fontId="0"/><xf fontId="0" fillId="0"><alignment/></xf>'
        "</cellXfs></styleSheet>"
    )
    sheet = (
        f'<worksheet xmlns="{MAIN}"><sheetData><row r="2" spans="2:2"><c r="B2" s="1"/></row>'
        '<row r="5"/><row r="7"><c r="A7"/><c r="C7"><v>1</v></c></row></sheetData></worksheet>'
    ).encode()
    for a1 in ("B2", "A2", "C2", "E5", "B7", "D7", "A1", "A6", "Z9"):
        sheet = style_cell(sheet, a1, styles, "FFC7CE")
    assert _cell_order_ok(sheet)
    cells = {c.get("r"): c.get("s") for c in ElementTree.fromstring(sheet).iter(f"{{{MAIN}}}c")}
    assert set(cells) == {"B2", "A2", "C2", "E5", "A7", "B7", "C7", "D7", "A1", "A6", "Z9"}
    assert cells["A7"] is None and cells["B2"] != cells["A2"]  # B2 keeps its alignment clone
    bold = styles.font(bold=True, size=14, colour="0563C1")
    text = styles.result()
    fonts = ElementTree.fromstring(text).find(f"{{{MAIN}}}fonts")
    assert fonts is not None
    font = fonts[bold]
    assert [child.tag.split("}")[1] for child in font] == ["b", "u", "sz", "color"]  # schema order
    assert '<cellXfs count="4">' in text and '<fills count="3">' in text
    xfs = ElementTree.fromstring(text).find(f"{{{MAIN}}}cellXfs")
    assert xfs is not None and cells["B2"] is not None
    clone = xfs[int(cells["B2"])]
    assert clone.get("fillId") == "2" and clone.find(f"{{{MAIN}}}alignment") is not None


def test_notes_link_goes_where_the_schema_puts_it() -> None:
    root = f'<worksheet xmlns="{MAIN}" xmlns:r="R">'
    body = (
        f"{root}<sheetData/><conditionalFormatting><cfRule><extLst/></cfRule>"
        '</conditionalFormatting><drawing r:id="d"/><tableParts count="0"/>'
        "<extLst><ext/></extLst></worksheet>"
    ).encode()
    out = link_notes(body, root, "rIdN")
    assert out.index(b"<legacyDrawing") > out.index(b"<drawing")
    assert out.index(b"<legacyDrawing") < out.index(b"<tableParts")
    plain = f'<worksheet xmlns="{MAIN}"><sheetData/></worksheet>'
    assert b'xmlns:r="' in link_notes(plain.encode(), plain, "rIdN")  # declared where used
    with pytest.raises(Unsupported):
        link_notes(out, root, "again")


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    filled=st.sets(st.tuples(st.integers(1, 30), st.integers(1, 12)), max_size=40),
    marked=st.sets(st.tuples(st.integers(1, 32), st.integers(1, 14)), min_size=1, max_size=15),
)
def test_any_marks_on_any_sheet_keep_values_and_order(
    tmp_path: Path, filled: set[tuple[int, int]], marked: set[tuple[int, int]]
) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "表"
    for r, c in filled:
        ws.cell(r, c, f"{r}-{c}")
    src = tmp_path / "src.xlsx"
    wb.save(src)
    marks = tuple(
        Mark("表", f"{col_letter(c)}{r}", "FFEB9C", f"note {r},{c}", 60) for r, c in marked
    )
    report = Report("审核报告", "t", (), ("a",), (), "无", marks)
    dest = tmp_path / "dest.xlsx"
    patch_package(src, dest, lambda names: report)
    with zipfile.ZipFile(dest) as zf:
        assert _cell_order_ok(zf.read("xl/worksheets/sheet1.xml"))
    copy = openpyxl.load_workbook(dest)["表"]
    for r, c in filled:
        assert copy.cell(r, c).value == f"{r}-{c}"
    for r, c in marked:
        assert copy.cell(r, c).fill.fgColor.rgb == "FFFFEB9C"
        assert copy.cell(r, c).comment.text == f"note {r},{c}"


def test_libreoffice_opens_patched_copies_of_its_own_files(
    tmp_path: Path, soffice: Convert
) -> None:
    src, _ = _bad(tmp_path)
    resaved = soffice(src, "xlsx", tmp_path / "lo")  # sharedStrings, drawings: a real client's file
    result, table = check_file(resaved, CheckOptions())
    assert table is not None and result.findings
    dest = write_annotated(resaved, result, tmp_path / "copy.xlsx")
    with zipfile.ZipFile(resaved) as a, zipfile.ZipFile(dest) as b:
        assert "xl/sharedStrings.xml" in a.namelist()
        assert a.read("xl/sharedStrings.xml") == b.read("xl/sharedStrings.xml")  # patched, kept
    again = soffice(dest, "xlsx", tmp_path / "again")
    wb = openpyxl.load_workbook(again)
    report = report_content(result, "zh", list(_values(resaved)))
    assert wb.sheetnames[0] == report.sheet
    notes = [m for m in report.marks if wb[m.sheet][m.a1].comment is not None]
    assert notes == list(report.marks)  # LibreOffice read every note and wrote it back


@pytest.mark.parametrize("writer", ["patch", "openpyxl"])
def test_rows_hidden_by_a_filter_are_shown_where_cells_are_marked(
    tmp_path: Path, writer: str
) -> None:
    """A marked cell in a row an autofilter hid (a reviewer filtered the list and saved it) is
    put back in sight in the copy, whichever writer makes it; other hidden rows stay hidden."""
    src, first = _bad(tmp_path)
    at = next(f.at for f in first.findings if f.at and f.at.sheet == "绩效指标")
    wb = openpyxl.load_workbook(src)
    ws = wb[at.sheet]
    ws.auto_filter.ref = f"A{at.row - 2}:H{ws.max_row}"
    unmarked = next(
        r
        for r in range(ws.max_row, at.row, -1)
        if not any(f.at and (f.at.sheet, f.at.row) == (at.sheet, r) for f in first.findings)
    )
    for r in (at.row, unmarked):
        ws.row_dimensions[r].hidden = True
    if writer == "openpyxl":  # a note of the staff's: the patcher leaves the copy to openpyxl
        ws["Z1"] = "x"
        ws["Z1"].comment = Comment("经办人批注", "张三")
    wb.save(src)
    result, _table = check_file(src, CheckOptions())
    assert any(f.at == at for f in result.findings)  # the row is read, filtered or not
    copy = openpyxl.load_workbook(write_annotated(src, result, tmp_path / "copy.xlsx"))[at.sheet]
    assert copy[f"{col_letter(at.col)}{at.row}"].comment is not None
    assert not copy.row_dimensions[at.row].hidden
    assert copy.row_dimensions[unmarked].hidden
    assert openpyxl.load_workbook(src)[at.sheet].row_dimensions[at.row].hidden  # src untouched


@pytest.mark.parametrize("noted", [False, True], ids=["patched", "rewritten"])
def test_the_report_prints_readably_on_a4(tmp_path: Path, noted: bool) -> None:
    """Both writers: the report's columns add up to ~180 widths of "0" (it used to be 264,
    printed at about half size on A4 landscape), narrow margins, page numbers in the footer,
    and each row as tall as its longest wrapped text (message, hint, indicator)."""
    src, result = _bad(tmp_path)
    if noted:  # a note in the return: the copy is rewritten with openpyxl
        wb = openpyxl.load_workbook(src)
        wb.worksheets[0]["Z1"].comment = Comment("经办人批注", "张三")
        wb.save(src)
    ws = openpyxl.load_workbook(write_annotated(src, result, tmp_path / "copy.xlsx")).worksheets[0]
    widths = [ws.column_dimensions[col_letter(c)].width for c in range(1, ws.max_column + 1)]
    assert sum(widths) <= 190 and min(widths) >= 5
    assert ws.page_margins.left <= 0.5 and ws.page_margins.right <= 0.5
    assert "&P" in (ws.oddFooter.center.text or "")
    head = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "序号")
    for r in range(head + 1, ws.max_row + 1):
        message = str(ws.cell(r, 7).value or "")
        wide = sum(1.8 if ord(ch) > 0x2E7F else 1 for ch in message)
        lines = -(-wide // (widths[6] - 1))
        assert (ws.row_dimensions[r].height or 15) >= 15 * min(lines, 27), (r, message)
