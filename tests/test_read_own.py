"""goalbook's own templates read back after what staff do to them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table
from tests.returns import Return

Convert = Callable[..., Path]


def names(path: Path) -> list[str]:
    return [i.label for i in read_table(path).indicators]


def test_read_back_what_was_typed(tmp_path: Path) -> None:
    table = read_table(Return().write(tmp_path / "r.xlsx"))
    assert table.layout == "goalbook" and table.stamp is not None
    assert table.stamp.framework == "nat-2021" and table.stamp.year == 2026
    assert table.money_unit == "万元" and table.has_period
    first = table.indicators[0]
    assert (first.tier1.text, first.tier2.text, first.label) == (  # type: ignore[union-attr]
        "产出指标", "数量指标", "建设青年人才驿站数量",
    )  # fmt: skip
    t = first.annual_target
    assert t is not None and (t.op.value, t.number, t.unit) == ("≥", 6, "个")  # type: ignore[union-attr]
    assert [line.name.text for line in table.lines if line.name] == [
        "总站固定床位租金", "浮动床位费用", "分站补助费用", "宣传及运营费用",
    ]  # fmt: skip


def test_inserted_deleted_and_sorted_rows(tmp_path: Path) -> None:
    path = Return().write(tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["绩效指标"]
    ws.insert_rows(5, 2)  # two blank rows in the middle
    ws.delete_rows(3)  # the first indicator removed
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=3, max_row=12)]
    filled = sorted((r for r in rows if r[2]), key=lambda r: str(r[2]))  # sorted by name
    for r in range(3, 13):
        for c in range(1, 11):
            ws.cell(r, c).value = None
    for r, values in enumerate(filled, start=3):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c).value = value
    wb.save(path)
    assert sorted(names(path)) == sorted(n for n in names(Return().write(tmp_path / "o.xlsx"))
                                         if n != "建设青年人才驿站数量")  # fmt: skip


def test_pasted_over_dropdowns(tmp_path: Path) -> None:
    """Staff paste from another workbook: validations gone, values still there."""
    path = Return().write(tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["绩效指标"]
    ws.data_validations.dataValidation = []
    ws["B3"] = "数量"  # a short spelling, as pasted from an older form
    wb.save(path)
    result, table = check_file(path, CheckOptions())
    assert table is not None and len(table.indicators) == 8
    assert not [f for f in result.findings if f.code.startswith("F")]


def test_resaved_by_libreoffice_reads_the_same(tmp_path: Path, soffice: Convert) -> None:
    path = Return().write(tmp_path / "r.xlsx")
    resaved = soffice(path, "xlsx", tmp_path / "resaved")
    before, after = read_table(path), read_table(resaved)
    assert [i.label for i in after.indicators] == [i.label for i in before.indicators]
    assert after.stamp == before.stamp
    # LibreOffice caches the formula total: the lines still add up
    result, _ = check_file(resaved, CheckOptions())
    assert not [f for f in result.findings if f.code.startswith("B")]


def test_rows_inserted_above_the_header(tmp_path: Path) -> None:
    """The header is read where the template writes it; moved down, it is searched for."""
    path = Return().write(tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["绩效指标"]
    ws.insert_rows(2, 2)  # two rows between the title and the header
    ws["A2"] = "填报单位：某区团委"
    wb.save(path)
    assert names(path) == names(Return().write(tmp_path / "o.xlsx"))
