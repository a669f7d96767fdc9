"""The 资金来源 block of a return exported from a budget-management system (预算管理一体化
系统): a heading row 资金来源 | (期间) | 资金总额 | 一般公共预算 | 政府性基金 | …, one line of
amounts per period (实施期, 年度) or one line only. The sources are the parts of each period's
total: they must add up, each is an amount, and the 年度 of a period line is no budget year."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter

from goalbook.check import CheckOptions, check_file
from goalbook.model import CellRef
from goalbook.reader import read_table

_SOURCES = ("一般公共预算", "政府性基金", "上级转移支付", "单位自有资金")
_ROWS = [
    ["产出指标", "数量指标", "新建村级养老服务站", "≥", 16, "个"],
    [None, "质量指标", "服务站验收合格率", "≥", "95%", "%"],
    [None, "时效指标", "服务站建成时间", "≤", "2026年10月31日", None],
    ["成本指标", "经济成本指标", "单站建设成本", "≤", 90000, "元/个"],
    ["效益指标", "社会效益指标", "农村老年人助餐覆盖率", "≥", "60%", "%"],
    ["满意度指标", "服务对象满意度指标", "老年人满意度", "≥", "90%", "%"],
]


def _book(path: Path, money: list[list[Any]], head: list[Any]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "项目绩效目标05-2"
    rows: list[list[Any]] = [
        ["2026年度项目支出绩效目标表"],
        [None, None, None, None, None, "金额单位：元"],
        ["项目代码", "450210260000000300071", None, "项目名称", "2026年村级养老服务站建设项目"],
        ["主管部门", "青禾县民政局", None, "实施单位", "青禾县养老服务中心"],
        [*head],
        *money,
        ["年度绩效目标", "建成村级养老服务站16个，老年人满意度达到90%以上。"],
        ["一级指标", "二级指标", "三级指标", "比较符", "目标值", "计量单位"],
        *_ROWS,
    ]
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _two_periods(path: Path, period: list[Any], annual: list[Any]) -> Path:
    head = ["资金来源（元）", "期间", "资金总额", *_SOURCES]
    return _book(path, [[None, "实施期", *period], [None, "年度", *annual]], head)


def _codes(path: Path) -> list[tuple[str, str, str]]:
    result, _ = check_file(path, CheckOptions())
    return [(f.code, f.severity.value, _a1(f.at)) for f in result.findings]


def _a1(at: CellRef | None) -> str:
    return f"{get_column_letter(at.col)}{at.row}" if at is not None else ""


def test_a_two_period_source_block_is_read_as_money(tmp_path: Path) -> None:
    path = _two_periods(
        tmp_path / "ok.xlsx",
        [3_200_000, 1_400_000, 0, 1_600_000, 200_000],
        [1_440_000, 640_000, 0, 720_000, 80_000],
    )
    table = read_table(path)
    assert table.fields["total"].value == 3_200_000
    assert table.fields["annual"].value == 1_440_000
    assert "year" not in table.fields  # the 年度 of the period column is no budget year
    codes = _codes(path)
    assert not [c for c in codes if c[1] == "error"], codes
    assert not [c for c in codes if c[0].startswith(("B", "Y1"))], codes


def test_sources_that_do_not_add_up_are_found_per_period(tmp_path: Path) -> None:
    path = _two_periods(
        tmp_path / "off.xlsx",
        [3_200_000, 1_400_000, 0, 1_600_000, 200_000],
        [1_500_000, 640_000, 0, 720_000, 80_000],  # the parts make 1 440 000
    )
    codes = _codes(path)
    assert ("B101", "error", "C7") in codes, codes
    assert not [c for c in codes if c[0] == "B108"], codes
    assert len([c for c in codes if c[0] == "B101"]) == 1, codes


def test_a_one_line_source_block_adds_up_and_its_cells_are_amounts(tmp_path: Path) -> None:
    head = ["资金来源", "资金总额", *_SOURCES]
    ok = _book(tmp_path / "one.xlsx", [[None, 1_250_000, 900_000, 0, 250_000, 100_000]], head)
    codes = _codes(ok)
    assert not [c for c in codes if c[1] == "error"], codes
    off = _book(tmp_path / "split.xlsx", [[None, 2105.3376, 900, 0, "1205.337 6", 0]], head)
    codes = _codes(off)
    assert ("X105", "warning", "E6") in codes, codes
    assert not [c for c in codes if c[0] in ("B108", "B101")], codes
    short = _book(tmp_path / "short.xlsx", [[None, 1_250_000, 900_000, 0, 200_000, 100_000]], head)
    assert ("B101", "error", "B6") in _codes(short)


def test_a_budget_year_is_a_year_never_an_amount(tmp_path: Path) -> None:
    head = ["预算年度", 2026, None, "年度", 1_440_000]
    path = _book(tmp_path / "year.xlsx", [], head)
    table = read_table(path)
    assert table.fields["year"].value == 2026
    head = ["年度", 1_440_000, None, "资金总额", 1_440_000]
    table = read_table(_book(tmp_path / "amount.xlsx", [], head))
    assert "year" not in table.fields


def _by_columns(path: Path, rows: list[list[Any]], head: list[Any] | None = None) -> Path:
    head = head or ["资金来源（元）", "中期（2026—2028年）", "年度（2026年）"]
    return _book(path, rows, head)


def test_a_source_block_with_a_column_per_period(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["一般公共预算", 3_000_000, 1_000_000],
        ["政府性基金", 0, 0],
        ["单位自有资金", 200_000, 100_000],
        ["合计", 3_200_000, 1_100_000],
    ]
    path = _by_columns(tmp_path / "cols.xlsx", rows)
    table = read_table(path)
    assert table.fields["total"].value == 3_200_000
    assert table.fields["annual"].value == 1_100_000
    codes = _codes(path)
    assert not [c for c in codes if c[1] == "error"], codes
    rows[3][2] = 1_200_000  # the year's sources make 1 100 000
    codes = _codes(_by_columns(tmp_path / "off.xlsx", rows))
    assert [c for c in codes if c[0] == "B101"] == [("B101", "error", "C9")], codes


def test_a_source_block_with_its_total_first(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["资金总额", 3_200_000, 1_100_000],
        ["其中：一般公共预算", 3_000_000, 1_000_000],
        ["单位自有资金", 200_000, 100_000],
    ]
    head = ["资金来源", "实施期资金", "年度资金"]
    path = _by_columns(tmp_path / "first.xlsx", rows, head)
    table = read_table(path)
    assert table.fields["total"].value == 3_200_000
    assert table.fields["annual"].value == 1_100_000
    assert not [c for c in _codes(path) if c[1] == "error"]


def test_known_parts_per_period_are_read_as_their_fields(tmp_path: Path) -> None:
    head = ["资金来源（万元）", "期间", "资金总额", "财政拨款", "其他资金"]
    money = [[None, "实施期", 900, 700, 200], [None, "年度", 300, 260, 60]]
    path = _book(tmp_path / "known.xlsx", money, head)
    table = read_table(path)
    got = {k: table.fields[k].value for k in ("total", "total_fiscal", "annual", "annual_other")}
    assert got == {"total": 900, "total_fiscal": 700, "annual": 300, "annual_other": 60}
    assert ("B101", "error", "C7") in _codes(path)


def test_a_dash_in_a_source_is_none_of_it(tmp_path: Path) -> None:
    head = ["资金来源", "资金总额", *_SOURCES]
    path = _book(tmp_path / "dash.xlsx", [[None, 1_150_000, 900_000, "-", 250_000, "—"]], head)
    table = read_table(path)
    assert "part:total:政府性基金" not in table.fields
    codes = _codes(path)
    assert not [c for c in codes if c[1] == "error"], codes


def test_one_line_of_known_parts_keeps_its_shares(tmp_path: Path) -> None:
    head = ["年度预算（元）", "资金总额", "其中：财政拨款", "其他资金"]
    money = [[None, 1_000_000, 800_000, 200_000], [None, "100%", "80%", "20%"]]
    table = read_table(_book(tmp_path / "shares.xlsx", money, head))
    assert table.fields["total_fiscal"].value == 800_000
    assert table.fields["share:total_fiscal"].text == "80%"
