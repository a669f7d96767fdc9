"""A detail block laid out as label / amount PAIRS side by side on a row (明细 │ 金额 │ 明细 │
金额, or a block title with 资金用途 · amount · 资金用途 · amount and a 合计 in one of the pairs):
each pair is one budget line, the pair named 合计 is the block's total, so that B102 (lines
against their total) and X105 / X106 (an amount split or pasted twice) run on them. Each
workbook is built inline (invented units and numbers)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table
from tests.test_values_read import HEAD, TABLE, Row, found, write


def _project(*block: Row, annual: float = 460.0) -> list[Row]:
    return [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "农村公路安全生命防护工程", None, "主管部门", "某县交通运输局"],
        ["年度资金总额（万元）", annual, "其中：财政拨款", 400.0, "其他资金", annual - 400.0],
        *block,
        ["年度绩效目标", "完成农村公路安全防护设施建设62公里，消除急弯陡坡隐患点40处。"],
        HEAD,
        *TABLE,
    ]


INLINE = [
    ["资金明细（万元）", "护栏安装", 260.0, "标志标线", 120.0],
    [None, "隐患点整治", 80.0, "合计", 460.0],
]
HEADED = [
    ["明细", "金额", "明细", "金额"],
    ["护栏安装", 260.0, "标志标线", 120.0],
    ["隐患点整治", 80.0, "合计", 460.0],
]
USES = [
    ["资金用途", "万元", "资金用途", "万元"],
    ["护栏安装", 260.0, "标志标线", 120.0],
    ["隐患点整治", 80.0, "合计", 460.0],
]


@pytest.mark.parametrize("block", [INLINE, HEADED, USES], ids=["inline", "headed", "uses"])
def test_each_pair_is_a_line_and_the_total_is_read(tmp_path: Path, block: list[Row]) -> None:
    rows = _project(*block)
    table = read_table(write(tmp_path / "r.xlsx", *rows))
    names = [(line.name.text if line.name else None) for line in table.lines]
    amounts = [line.amount.value if line.amount else None for line in table.lines]
    assert names == ["护栏安装", "标志标线", "隐患点整治"]
    assert amounts == [260.0, 120.0, 80.0]
    assert table.lines_total is not None and table.lines_total.value == 460.0
    codes = {code for code, _at in found(tmp_path, *rows)}
    assert not codes & {"B101", "B102", "B108", "B110"}


@pytest.mark.parametrize(
    ("block", "total"),
    [(INLINE, "E5"), (HEADED, "D6"), (USES, "D6")],
    ids=["inline", "headed", "uses"],
)
def test_pairs_not_adding_to_their_total(tmp_path: Path, block: list[Row], total: str) -> None:
    block = [list(row) for row in block]
    block[-1][-3] = 70.0  # 260 + 120 + 70 = 450 under a 合计 of 460
    assert ("B102", total) in found(tmp_path, *_project(*block))


def test_an_amount_pasted_twice_in_a_pair(tmp_path: Path) -> None:
    block = [list(row) for row in INLINE]
    block[0][2] = "260万260万"
    result = found(tmp_path, *_project(*block))
    assert ("X106", "C4") in result
    assert "B102" not in {code for code, _at in result}


def test_an_amount_split_by_a_space_in_a_pair(tmp_path: Path) -> None:
    block = [list(row) for row in INLINE]
    block[0][4] = "12 0"
    result = found(tmp_path, *_project(*block))
    assert ("X105", "E4") in result


def test_a_money_head_row_is_no_pair_block(tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "r.xlsx", *_project()))
    assert table.lines == () and table.lines_total is None
    assert table.fields["annual_fiscal"].at.a1 == "D3"


def test_money_fields_under_a_detail_title_are_no_lines(tmp_path: Path) -> None:
    block = [["资金明细（万元）", "年度资金总额", 460.0, "其中：财政拨款", 400.0, "其他资金", 60.0]]
    rows = _project(*block)
    del rows[2]  # the head's money row: the block holds it
    table = read_table(write(tmp_path / "r.xlsx", *rows))
    assert table.lines == ()
    assert "B102" not in {code for code, _at in found(tmp_path, *rows)}


def test_three_pairs_a_row_under_a_titled_header(tmp_path: Path) -> None:
    head = ["支出内容", "金额（万元）"]
    block = [
        ["支出明细", *head, *head, *head],
        [None, "护栏安装", 260.0, "标志标线", 120.0, "隐患点整治", 70.0],
        [None, "监理费", 10.0, "合计", 460.0],
    ]
    rows = _project(*block)
    table = read_table(write(tmp_path / "r.xlsx", *rows))
    assert [line.amount.value for line in table.lines if line.amount] == [260, 120, 70, 10]
    assert table.lines_total is not None and table.lines_total.at.a1 == "E6"
    assert not {code for code, _at in found(tmp_path, *rows)} & {"B101", "B102", "B108"}


def test_pairs_in_yuan_under_a_table_in_wan(tmp_path: Path) -> None:
    block = [
        ["资金明细（元）", "护栏安装", 2600000.0, "标志标线", 1200000.0],
        [None, "隐患点整治", 800000.0, "合计", 4600000.0],
    ]
    rows = _project(*block)
    table = read_table(write(tmp_path / "r.xlsx", *rows))
    assert [line.amount.value for line in table.lines if line.amount] == [260, 120, 80]
    assert not {code for code, _at in found(tmp_path, *rows)} & {"B102", "B110"}


DOWN = [
    ["资金明细（万元）", "护栏安装", 260.0],
    [None, "标志标线", 120.0],
    [None, "隐患点整治", 80.0],
]


def _merged_down(path: Path, first: int, last: int) -> Path:
    """The block title merged down its rows (A{first}:A{last}), as a PDF converter leaves it."""
    wb = openpyxl.load_workbook(path)
    sheet = wb.active
    assert sheet is not None
    sheet.merge_cells(f"A{first}:A{last}")
    wb.save(path)
    return path


def test_one_pair_a_row_under_a_block_title(tmp_path: Path) -> None:
    """资金明细 │ 护栏安装 │ 260 and the next lines below it: each row is a line of the block."""
    table = read_table(write(tmp_path / "r.xlsx", *_project(*DOWN)))
    assert [line.name.text for line in table.lines if line.name] == [
        "护栏安装",
        "标志标线",
        "隐患点整治",
    ]
    assert [line.amount.value for line in table.lines if line.amount] == [260, 120, 80]
    assert not {code for code, _at in found(tmp_path, *_project(*DOWN))} & {"B101", "B102", "B108"}


def test_one_pair_a_row_under_the_table_with_its_title_merged_down(tmp_path: Path) -> None:
    rows = [*_project(), *DOWN]
    rows[-1] = [None, "隐患点整治", "80万80万"]  # pasted twice by a converter
    path = _merged_down(write(tmp_path / "r.xlsx", *rows), len(rows) - 2, len(rows))
    table = read_table(path)
    assert [line.amount.text for line in table.lines if line.amount] == ["260", "120", "80万80万"]
    result, _table = check_file(path, CheckOptions())
    assert ("X106", f"C{len(rows)}") in {
        (f.code, f.at.a1 if f.at else None) for f in result.findings
    }


def test_one_line_under_a_block_title_is_no_block(tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "r.xlsx", *_project(DOWN[0])))
    assert table.lines == ()


def test_one_pair_a_row_with_its_basis_after_it(tmp_path: Path) -> None:
    """资金测算明细 │ 护栏安装 │ 260 │ 按施工图预算: the basis is no pair, the rows are lines."""
    block = [
        ["资金测算明细（万元）", "护栏安装", 260.0, "按施工图预算"],
        [None, "标志标线", "120万120万", "按施工图预算"],
        [None, "隐患点整治", 80.0, "按实际工程量"],
    ]
    table = read_table(write(tmp_path / "r.xlsx", *_project(*block)))
    assert [line.name.text for line in table.lines if line.name] == [
        "护栏安装",
        "标志标线",
        "隐患点整治",
    ]
    assert ("X106", "C5") in found(tmp_path, *_project(*block))
