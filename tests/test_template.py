"""The template as openpyxl (and so any client) sees it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from goalbook.errors import GoalbookError
from goalbook.frameworks import load_framework
from goalbook.layout import FIELDS, INDICATOR_ROWS, sheet_names
from goalbook.template import TemplateOptions

MakeTemplate = Callable[..., Path]


def _validations(ws: openpyxl.worksheet.worksheet.Worksheet) -> dict[str, tuple[str, str]]:
    """formula1 and type per first column letter of each validation range."""
    out = {}
    for dv in ws.data_validations.dataValidation:
        first = str(dv.sqref).split(":")[0]
        out[first.rstrip("0123456789")] = (dv.type, dv.formula1, str(dv.sqref))
    return out


@pytest.mark.parametrize("kind", ["project", "department"])
def test_indicator_sheet_has_dropdowns_on_designed_rows(
    make_template: MakeTemplate, kind: str
) -> None:
    wb = openpyxl.load_workbook(make_template(kind=kind, year=2026))
    ws = wb[sheet_names(kind, "zh").indicators]
    dvs = _validations(ws)
    last = 2 + INDICATOR_ROWS
    assert dvs["A"] == ("list", "Tier1", f"A3:A{last}")
    assert dvs["B"][0] == "list"
    assert dvs["B"][1] == 'INDIRECT("T2_"&MATCH($A3,Tier1,0))'
    assert dvs["D"][1] == "Ops"
    assert INDICATOR_ROWS >= 60
    # every name a validation uses is defined, and points to the list sheet
    for name in ("Tier1", "Ops", "Dirs", "Units", "T2_1"):
        assert name in wb.defined_names
        assert "_lists" in wb.defined_names[name].attr_text


def test_tier2_lists_follow_the_framework(make_template: MakeTemplate) -> None:
    fw = load_framework("old-nat")
    wb = openpyxl.load_workbook(make_template("old-nat"))
    lists = wb["_lists"]
    tier1 = [c.value for c in lists["A"] if c.value]
    assert tier1 == [t.name for t in fw.tier1]
    for i, t1 in enumerate(fw.tier1, start=1):
        ref = wb.defined_names[f"T2_{i}"].attr_text
        col = ref.split("!")[1].split(":")[0].strip("$").rstrip("0123456789$")
        values = [c.value for c in lists[col] if c.value]
        assert values == [t.name for t in t1.tier2]
    # "=" is stored as a string, not turned into an empty formula
    ops = [c.value for c in lists[_col_of(wb, "Ops")] if c.value]
    assert ops == ["≥", "≤", ">", "<", "=", "定性"]


def _col_of(wb: openpyxl.Workbook, name: str) -> str:
    return (
        wb.defined_names[name]
        .attr_text.split("!")[1]
        .split(":")[0]
        .replace("$", "")
        .rstrip("0123456789")
    )


def test_protection_on_and_inputs_unlocked(make_template: MakeTemplate) -> None:
    wb = openpyxl.load_workbook(make_template())
    names = sheet_names("project", "zh")
    ind = wb[names.indicators]
    assert ind.protection.sheet and not ind.protection.password
    assert ind["A1"].protection.locked and ind["A2"].protection.locked  # title and header
    assert not ind["A3"].protection.locked and not ind[f"J{2 + INDICATOR_ROWS}"].protection.locked
    info = wb[names.info]
    assert info.protection.sheet
    assert info["A4"].protection.locked and not info["B4"].protection.locked
    assert ind.freeze_panes == "D3"


def test_metadata_sheet_and_properties(make_template: MakeTemplate) -> None:
    path = make_template("shanghai", kind="department", year=2027, unit="团市委", money_unit="元")
    wb = openpyxl.load_workbook(path)
    meta = wb["_meta"]
    assert meta.sheet_state == "hidden"
    values = {r[0].value: r[1].value for r in meta.iter_rows()}
    assert values["template_id"] == "goalbook.department"
    assert values["framework"] == "shanghai"
    assert (values["kind"], values["year"], values["unit"], values["money_unit"]) == (
        "department",
        "2027",
        "团市委",
        "元",
    )
    custom = {p.name: p.value for p in wb.custom_doc_props.props}
    assert custom["goalbook_framework"] == "shanghai"
    assert wb.properties.subject == "goalbook.department"
    assert wb["_lists"].sheet_state == "hidden"


def test_header_fields_are_typed(make_template: MakeTemplate) -> None:
    wb = openpyxl.load_workbook(make_template(year=2026, unit="某单位"))
    info = wb["基本信息"]
    cells = {str(info.cell(r, 1).value): info.cell(r, 2) for r in range(1, info.max_row + 1)}
    assert cells["预算年度"].value == 2026
    assert cells["实施单位"].value == "某单位"
    assert cells["计划开始日期"].number_format == "yyyy-mm-dd"
    assert cells["中期资金总额（万元）"].number_format == "#,##0.00"
    kinds = {dv.type for dv in info.data_validations.dataValidation}
    assert {"whole", "date", "decimal", "list"} <= kinds
    for field in FIELDS["project"]:  # every field the template writes has its defined name
        assert (f"f_{field.key}" in wb.defined_names) == field.written, field.key


def test_budget_total_is_a_formula(make_template: MakeTemplate) -> None:
    wb = openpyxl.load_workbook(make_template())
    ws = wb["预算明细"]
    total = ws["C33"]
    assert ws["A33"].value == "合计" and total.value == "=SUM(C3:C32)"
    assert "lines_total" in wb.defined_names


def test_conditional_formats_warn_before_return(make_template: MakeTemplate) -> None:
    wb = openpyxl.load_workbook(make_template())
    rules = {
        sheet: [r.formula[0] for cf in wb[sheet].conditional_formatting for r in cf.rules]
        for sheet in ("绩效指标", "预算明细", "基本信息")
    }
    assert any("T2_" in f and "ISERROR" in f for f in rules["绩效指标"])  # tier-2 not under tier-1
    assert any("$F3>$E3" in f for f in rules["绩效指标"])  # annual above period
    assert any("f_annual" in f for f in rules["预算明细"])  # lines not adding up
    assert any("f_total_fiscal" in f for f in rules["基本信息"])  # total ≠ fiscal + other


def test_print_setup(make_template: MakeTemplate) -> None:
    wb = openpyxl.load_workbook(make_template())
    ws = wb["绩效指标"]
    assert ws.page_setup.paperSize == 9 and ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == "$1:$2"


def test_same_options_same_bytes(make_template: MakeTemplate) -> None:
    a = make_template(year=2026, unit="甲")
    b = make_template(year=2026, unit="甲")
    c = make_template(year=2026, unit="乙")
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()


def test_english_labels(make_template: MakeTemplate) -> None:
    wb = openpyxl.load_workbook(make_template(lang="en"))
    assert wb.sheetnames[:4] == ["Instructions", "Basic info", "Budget lines", "Indicators"]
    assert wb["Indicators"]["A2"].value == "Tier 1"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"kind": "unit"}, "未知表类型"),
        ({"lang": "fr"}, "未知语言"),
        ({"money_unit": "美元"}, "万元"),
    ],
)
def test_bad_options_raise_a_clear_error(options: dict[str, str], message: str) -> None:
    with pytest.raises(GoalbookError, match=message):
        TemplateOptions(framework=load_framework("nat-2021"), **options)  # type: ignore[arg-type]


def test_failed_write_leaves_nothing(make_template: MakeTemplate, tmp_path: Path) -> None:
    with pytest.raises(GoalbookError, match="不存在"):
        make_template(name="missing/x.xlsx")
    assert list(tmp_path.iterdir()) == []
