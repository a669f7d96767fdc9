"""A department's budget as a vertical block read by its header row (资金项目 · 金额 · 占比):
the header words are never amounts, the amounts and shares come from their columns, and the
money rules then apply (B101 for 基本支出 + 项目支出 ≠ 资金总额, B111 for a share that is not
amount ÷ total). Each workbook is built inline (invented units and numbers)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from goalbook.reader import read_table
from tests.test_values_read import HEAD, TABLE, Row, found, write

PCT = "0.00%"


def _department(head: tuple[str, str, str], lines: list[Row], title: str = "") -> list[Row]:
    label, amount, share = head
    return [
        ["某县水利局2026年度部门整体支出绩效目标表"],
        ["部门（单位）名称", "某县水利局", None, "部门编码", "405001"],
        [title or "年度预算（万元）", label, amount, share, "备注"],
        *[[None, *line] for line in lines],
        ["年度总体目标", "保障机关运转，完成小型水库除险加固和河道清淤。"],
        HEAD,
        *TABLE,
    ]


def _lines(total: float, fiscal_share: float) -> list[Row]:
    return [
        ["资金总额", total, (1, PCT)],
        ["其中：财政拨款", 1170.0, (fiscal_share, PCT)],
        ["其他资金", 130.0, (0.1, PCT), "水资源费"],
        ["按用途：基本支出", 780.0, (0.6, PCT)],
        ["项目支出", 520.0, (0.4, PCT)],
    ]


HEADS = [
    ("资金项目", "金额", "占比"),
    ("资金项目", "预算金额", "占比"),
    ("资金来源", "金额（万元）", "比例"),
    ("项目", "预算数", "占比"),
]


@pytest.mark.parametrize("head", HEADS)
def test_a_vertical_block_is_read_by_its_header(tmp_path: Path, head: tuple[str, str, str]) -> None:
    rows = _department(head, _lines(1300.0, 0.9))
    table = read_table(write(tmp_path / "r.xlsx", *rows))
    got = {k: v.at.a1 for k, v in table.fields.items() if k.startswith(("total", "basic"))}
    assert got == {"total": "C4", "total_fiscal": "C5", "total_other": "C6", "basic": "C7"}
    assert table.fields["project_spend"].at.a1 == "C8"
    assert table.fields["share:total_fiscal"].at.a1 == "D5"
    assert table.fields["share:project_spend"].at.a1 == "D8"
    codes = {code for code, _at in found(tmp_path, *rows)}
    assert not codes & {"B101", "B108", "B111"}


def test_the_block_sums_and_shares_are_checked(tmp_path: Path) -> None:
    result = found(tmp_path, *_department(HEADS[0], _lines(1310.0, 0.95)))
    assert ("B101", "C4") in result  # 780 + 520 ≠ 1310
    assert ("B111", "D5") in result  # 1170 / 1310 = 89.3 %, not 95 %
    assert "B108" not in {code for code, _at in result}


def test_a_task_table_with_an_amount_column_is_no_budget_block(tmp_path: Path) -> None:
    tasks: list[list[Any]] = [
        ["年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标"],
        [None, "小型水库除险加固", "加固6座小型水库", 320, "消除病险"],
        [None, "河道清淤", "清淤河道18公里", 200, "行洪通畅"],
        [None, "金额合计", None, 520, None],
    ]
    rows = _department(HEADS[0], _lines(1300.0, 0.9))
    rows[-len(TABLE) - 2 : -len(TABLE) - 2] = tasks
    table = read_table(write(tmp_path / "r.xlsx", *rows))
    assert [line.name.text for line in table.lines if line.name] == ["小型水库除险加固", "河道清淤"]
    assert table.fields["total"].at.a1 == "C4"


def test_a_block_title_beside_column_headers_is_no_amount(tmp_path: Path) -> None:
    lines: list[Row] = [["一般公共预算", 1170.0, (0.9, PCT)], ["政府性基金", 130.0, (0.1, PCT)]]
    rows = _department(HEADS[0], lines)
    assert "total" not in read_table(write(tmp_path / "r.xlsx", *rows)).fields
    assert "B108" not in {code for code, _at in found(tmp_path, *rows)}


def test_shares_typed_as_numbers_under_a_percent_header(tmp_path: Path) -> None:
    lines: list[Row] = [
        ["资金总额", 1300.0, 100],
        ["其中：财政拨款", 1170.0, 95],
        ["其他资金", 130.0, 10],
    ]
    rows = _department(("资金项目", "金额", "占比（%）"), lines)
    table = read_table(write(tmp_path / "r.xlsx", *rows))
    assert table.fields["share:total_fiscal"].text == "95%"
    result = found(tmp_path, *rows)
    assert ("B111", "D5") in result  # 1170 / 1300 = 90 %
    assert ("B111", "D6") not in result


def test_a_block_title_naming_amounts_is_not_the_amount_column(tmp_path: Path) -> None:
    rows = _department(HEADS[1], _lines(1300.0, 0.9), title="预算金额（万元）")
    table = read_table(write(tmp_path / "r.xlsx", *rows))
    assert table.fields["total"].at.a1 == "C4"
    assert table.fields["basic"].at.a1 == "C7"
