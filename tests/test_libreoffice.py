"""LibreOffice as the real client: it opens each template, evaluates the dependent lists and
keeps validations and metadata after a re-save."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from goalbook.layout import sheet_names

Convert = Callable[..., Path]
MakeTemplate = Callable[..., Path]
CSV_UTF8 = "csv:Text - txt - csv (StarCalc):44,34,76"


@pytest.mark.libreoffice
@pytest.mark.parametrize("kind", ["project", "department"])
@pytest.mark.parametrize("framework", ["nat-2021", "shanghai", "dept-duty", "dept-goals"])
def test_converts_to_pdf(
    make_template: MakeTemplate, soffice: Convert, kind: str, framework: str
) -> None:
    pdf = soffice(make_template(framework, kind=kind, year=2026, unit="测试单位"), "pdf")
    data = pdf.read_bytes()
    pages = re.findall(rb"/Type\s*/Page[^s]", data)
    assert data.startswith(b"%PDF") and len(pages) >= 4


@pytest.mark.libreoffice
def test_first_page_renders_to_png(make_template: MakeTemplate, soffice: Convert) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm is not installed: apt-get install -y poppler-utils")
    pdf = soffice(make_template(year=2026), "pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "2", "-l", "2", str(pdf),
                    str(pdf.with_suffix(""))], check=True)  # fmt: skip
    pngs = list(pdf.parent.glob("*.png"))
    assert len(pngs) == 1 and pngs[0].read_bytes().startswith(b"\x89PNG")


@pytest.mark.libreoffice
@pytest.mark.parametrize(
    ("kind", "framework"),
    [("project", "nat-2021"), ("department", "nat-2021"), ("department", "dept-goals")],
)
def test_resave_keeps_validations_and_metadata(
    make_template: MakeTemplate, soffice: Convert, tmp_path: Path, kind: str, framework: str
) -> None:
    src = make_template(framework, kind=kind, year=2026, unit="测试单位")
    resaved = soffice(src, "xlsx", tmp_path / "resaved")
    before, after = openpyxl.load_workbook(src), openpyxl.load_workbook(resaved)
    name = sheet_names(kind, "zh").indicators

    def lists(wb: openpyxl.Workbook) -> set[tuple[str, str]]:
        return {
            (str(dv.sqref), str(dv.formula1)) for dv in wb[name].data_validations.dataValidation
        }

    assert lists(after) == lists(before)
    assert {n for n in before.defined_names} <= {n for n in after.defined_names}
    meta = {r[0].value: r[1].value for r in after["_meta"].iter_rows()}
    assert meta["kind"] == kind and meta["year"] == "2026" and meta["unit"] == "测试单位"
    assert after["_meta"].sheet_state == "hidden"
    assert after[name].protection.sheet and not after[name]["A3"].protection.locked


@pytest.mark.libreoffice
def test_dependent_list_resolves_in_libreoffice(
    make_template: MakeTemplate, soffice: Convert, tmp_path: Path
) -> None:
    """The tier-2 list expression evaluates in LibreOffice, before and after a re-save."""
    resaved = soffice(make_template("old-nat"), "xlsx", tmp_path / "resaved")
    wb = openpyxl.load_workbook(resaved)
    probe = wb.create_sheet("probe", 0)
    for row, tier1 in enumerate(("产出指标", "满意度指标"), start=1):
        probe.cell(row, 1, tier1)
        probe.cell(row, 2, f'=ROWS(INDIRECT("T2_"&MATCH(A{row},Tier1,0)))')
        probe.cell(row, 3, f'=INDEX(INDIRECT("T2_"&MATCH(A{row},Tier1,0)),1)')
    path = tmp_path / "probe.xlsx"
    wb.save(path)
    out = soffice(path, CSV_UTF8, tmp_path / "csv")
    rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines()))
    assert rows[0] == ["产出指标", "4", "数量指标"]
    assert rows[1] == ["满意度指标", "1", "服务对象满意度指标"]
