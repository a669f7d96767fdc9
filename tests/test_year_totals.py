"""A money block with one column per year and a total column (资金来源 │ 三年合计 │ 2027年 │
2028年 │ 2029年, or the total column last): each year is read per role with the block's own
total, and B101 stands at a total the years do not add up to. Each workbook is built inline
(invented units and numbers)."""

from __future__ import annotations

from pathlib import Path

import pytest

from goalbook.reader import read_table
from tests.test_values_read import HEAD, TABLE, Row, found, write

YEARS = ["2027年", "2028年", "2029年"]


def _rolling(total_first: bool, budget_total: float, fiscal_total: float = 750.0) -> list[Row]:
    def row(label: str, total: float, *years: float) -> Row:
        if total_first:
            return [None, label, total, *years]
        return [None, label, *years, total]

    head = ["三年合计", *YEARS] if total_first else [*YEARS, "合计"]
    return [
        ["某县疾控中心2027—2029年项目支出绩效目标表（三年滚动）"],
        ["项目名称", "重点传染病监测项目", None, "主管部门", "某县卫生健康委员会"],
        ["项目资金（万元）", "资金来源", *head],
        row("资金总额", budget_total, 280.0, 260.0, 260.0),
        row("其中：财政拨款", fiscal_total, 250.0, 250.0, 250.0),
        row("其他资金", 50.0, 30.0, 10.0, 10.0),
        ["三年总体目标", "建成覆盖全县的重点传染病哨点监测网络。"],
        HEAD,
        *TABLE,
    ]


@pytest.mark.parametrize("total_first", [True, False], ids=["total-first", "total-last"])
def test_each_year_and_the_total_are_read(tmp_path: Path, total_first: bool) -> None:
    rows = _rolling(total_first, 800.0)
    table = read_table(write(tmp_path / "r.xlsx", *rows))
    assert table.fields["year:2027:budget"].value == 280.0
    assert table.fields["year:2029:other"].value == 10.0
    assert table.fields["year:合计:budget"].value == 800.0
    assert not {code for code, _at in found(tmp_path, *rows)} & {"B101", "B102"}


@pytest.mark.parametrize(
    ("total_first", "at"), [(True, "C4"), (False, "F4")], ids=["total-first", "total-last"]
)
def test_a_total_the_years_do_not_add_up_to(tmp_path: Path, total_first: bool, at: str) -> None:
    result = found(tmp_path, *_rolling(total_first, 840.0, 790.0))  # 280 + 260 + 260 = 800
    assert ("B101", at) in result
    fiscal = "C5" if total_first else "F5"
    assert ("B101", fiscal) in result  # 250 × 3 = 750, not 790


def _by_rows(budget_total: float) -> list[Row]:
    return [
        ["某县疾控中心2027—2029年项目支出绩效目标表（三年滚动）"],
        ["项目名称", "重点传染病监测项目", None, "主管部门", "某县卫生健康委员会"],
        ["项目资金（万元）", "年度", "资金总额", "其中：财政拨款", "其他资金"],
        [None, "2027年", 280.0, 250.0, 30.0],
        [None, "2028年", 260.0, 250.0, 10.0],
        [None, "2029年", 260.0, 250.0, 10.0],
        [None, "三年合计", budget_total, 750.0, 50.0],
        ["三年总体目标", "建成覆盖全县的重点传染病哨点监测网络。"],
        HEAD,
        *TABLE,
    ]


def test_a_block_with_one_row_per_year(tmp_path: Path) -> None:
    rows = _by_rows(800.0)
    table = read_table(write(tmp_path / "r.xlsx", *rows))
    assert table.fields["year:2028:budget"].at.a1 == "C5"
    assert table.fields["year:2029:fiscal"].value == 250.0
    assert table.fields["year:合计:other"].at.a1 == "E7"
    assert not {code for code, _at in found(tmp_path, *rows)} & {"B101", "B102"}


def test_a_total_row_the_years_do_not_add_up_to(tmp_path: Path) -> None:
    assert ("B101", "C7") in found(tmp_path, *_by_rows(840.0))


def test_an_amount_of_2026_is_no_year(tmp_path: Path) -> None:
    rows = _by_rows(800.0)
    rows[2:7] = [
        ["项目资金（万元）", "单位编码", "资金总额", "其中：财政拨款", "其他资金"],
        [None, 2026.0, 2026.0, 2000.0, 26.0],
        [None, 2031.0, 500.0, 500.0, 0.0],
    ]
    table = read_table(write(tmp_path / "r.xlsx", *rows))
    assert not any(key.startswith("year:") for key in table.fields)


def test_amounts_pasted_as_text_with_one_like_a_year(tmp_path: Path) -> None:
    """A row of amounts pasted as text (市县配套资金 │ 2000 │ 1500 │ …): its 2000 is an amount,
    not the head of the next year block, so the row stays the block's other source."""
    rows = _rolling(False, 0.0)
    rows[3] = [None, "资金总额", "8000", "7500", "7000", "22500"]
    rows[4] = [None, "其中：财政拨款", "6000", "6000", "6000", "18000"]
    rows[5] = [None, "市县配套资金", "2000", "1500", "1000", "4500"]
    table = read_table(write(tmp_path / "r.xlsx", *rows))
    assert table.fields["year:2027:other"].value == "2000"
    assert not {code for code, _at in found(tmp_path, *rows)} & {"B101", "B102"}
