"""What staff meet in a template: a title that follows the year they type, the template's own
text never judged, one finding for a template sent back unfilled, English labels that fit,
and an instructions page that prints without the technical stamp."""

from __future__ import annotations

import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.frameworks import builtin_ids
from goalbook.layout import FIELDS, KINDS, form_title, sheet_names
from goalbook.reader import read_table
from goalbook.sheetrows import text_width
from goalbook.vocabulary import MONEY_UNITS
from tests.returns import Return

MakeTemplate = Callable[..., Path]


def codes(path: Path) -> list[tuple[str, str]]:
    result, _ = check_file(path, CheckOptions())
    return [(f.code, str(f.at) if f.at else "") for f in result.findings]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("year", [None, 2026])
def test_the_title_follows_the_year_cell(make_template: MakeTemplate, lang: str, year: int) -> None:
    path = make_template(kind="department", lang=lang, year=year)
    info = openpyxl.load_workbook(path)[sheet_names("department", lang).info]
    formula = str(info["A1"].value)
    year_row = next(r for r in range(1, 40) if info.cell(r, 1).value in ("预算年度", "Budget year"))
    assert formula.startswith("=") and f"$B${year_row}" in formula
    with zipfile.ZipFile(path) as z:  # the value stored for readers that do not calculate
        sheet = z.read("xl/worksheets/sheet2.xml").decode()
    assert f"<v>{form_title('department', lang, year)}</v>" in sheet


def test_a_template_made_without_a_year_then_filled_has_no_finding(tmp_path: Path) -> None:
    filled = Return(year=None)
    filled.fields["预算年度"] = 2026
    path = filled.write(tmp_path / "r.xlsx")
    assert codes(path) == []
    with_year = Return().write(tmp_path / "with-year.xlsx")
    assert codes(with_year) == []


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("money_unit", MONEY_UNITS)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("framework", builtin_ids())
def test_a_templates_own_text_is_never_a_text_to_judge(
    make_template: MakeTemplate, framework: str, kind: str, money_unit: str, lang: str
) -> None:
    table = read_table(make_template(framework, kind=kind, money_unit=money_unit, lang=lang))
    assert table.texts == ()


def test_what_staff_type_is_still_judged(tmp_path: Path) -> None:
    bad = Return()
    bad.fields["项目负责人"] = "XXX"
    bad.rows[0][2] = "建设驿站数量<p>"
    found = codes(bad.write(tmp_path / "r.xlsx"))
    assert ("X101", "基本信息!B9") in found
    assert ("X102", "绩效指标!C3") in found


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("prefilled", [{}, {"year": 2026, "unit": "某单位", "project": "某项目"}])
def test_an_unfilled_template_gets_one_finding(
    make_template: MakeTemplate, kind: str, lang: str, prefilled: dict[str, object]
) -> None:
    assert codes(make_template(kind=kind, lang=lang, **prefilled)) == [("S012", "")]


def test_a_partly_filled_template_is_checked_as_usual(tmp_path: Path) -> None:
    partly = Return()
    partly.rows = []  # money and lines, no indicator yet
    found = {code for code, _ in codes(partly.write(tmp_path / "r.xlsx"))}
    assert "S011" in found and "S012" not in found
    only_a_name = Return(fields={"项目负责人": "张三"}, lines=[])
    only_a_name.rows = []
    found = {code for code, _ in codes(only_a_name.write(tmp_path / "n.xlsx"))}
    assert "S012" not in found


@pytest.mark.parametrize("money_unit", MONEY_UNITS)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_labels_fit_their_column(
    make_template: MakeTemplate, kind: str, money_unit: str, lang: str
) -> None:
    wb = openpyxl.load_workbook(make_template(kind=kind, money_unit=money_unit, lang=lang))
    info = wb[sheet_names(kind, lang).info]
    labels = [f.label(lang, money_unit) for f in FIELDS[kind]]
    assert all(info.cell(r, 1).value in labels for r in range(4, 10))
    assert info.column_dimensions["A"].width >= text_width(labels)
    for sheet in (sheet_names(kind, lang).lines, sheet_names(kind, lang).indicators):
        ws = wb[sheet]
        widths = {
            c: dim.width
            for dim in ws.column_dimensions.values()
            for c in range(dim.min or 0, (dim.max or 0) + 1)
        }  # a range of columns of one width is one entry
        for cell in ws[2]:
            assert widths[cell.column] >= text_width([str(cell.value)]), (sheet, cell.value)


def test_money_is_named_in_english(make_template: MakeTemplate) -> None:
    wb = openpyxl.load_workbook(make_template(lang="en"))
    assert wb["Basic info"]["A2"].value == "Money in 10k yuan (万元)"
    assert wb["Budget lines"]["A1"].value == "Budget lines — money in 10k yuan (万元)"
    hints = {wb["Basic info"].cell(r, 3).value for r in range(3, 40)}
    assert "number in 10k yuan (万元), no separators" in hints
    assert "万元" not in " ".join(str(v) for v in hints if v and "10k yuan" not in str(v))
    yuan = openpyxl.load_workbook(make_template(lang="en", money_unit="元"))
    assert yuan["Basic info"]["A2"].value == "Money in yuan (元)"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_printed_pages_carry_no_stamp_and_no_hints(
    make_template: MakeTemplate, lang: str
) -> None:
    wb = openpyxl.load_workbook(make_template(lang=lang, year=2026))
    names = sheet_names("project", lang)
    texts = [str(c.value) for row in wb[names.instructions].iter_rows() for c in row if c.value]
    assert not any("goalbook" in t for t in texts)
    assert wb[names.instructions].print_area is not None
    assert wb[names.info].print_area == f"'{names.info}'!$A$1:$B$26"


@pytest.mark.libreoffice
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_libreoffice_shows_the_year_typed_into_a_template_made_without_one(
    make_template: MakeTemplate, soffice: Callable[..., Path], tmp_path: Path, lang: str
) -> None:
    path = make_template(lang=lang)
    wb = openpyxl.load_workbook(path)
    info = wb[sheet_names("project", lang).info]
    year_row = next(r for r in range(1, 40) if info.cell(r, 1).value in ("预算年度", "Budget year"))
    info.cell(year_row, 2).value = 2027
    wb.save(path)
    pdf = soffice(path, "pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert form_title("project", lang, 2027) in text.replace("\n", " ")
    assert "____" not in text
    assert "goalbook" not in text  # the stamp stays on the hidden sheet
