"""Values as offices store them (issue items 1, 9, 10b, 12): percent and unit number formats,
conversion artefacts in amounts, rates in 百分点 and ‰, and money in every block of a return.
Every workbook is built here, with number formats set as Excel stores them (openpyxl)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.model import Cell, CellRef
from goalbook.reader import read_table
from goalbook.reader.formats import Shown, shown_by, styled_cells, styles_shown
from goalbook.rules.amounts import money

# A cell is a value, or (value, number format) as Excel stores a typed percentage or unit.
Row = list[Any]
HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
OP_HEAD = ["一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"]
TABLE = [
    ["产出指标", "数量指标", "培训基层人员人次", "≥1200人次"],
    ["产出指标", "质量指标", "培训考核合格率", "≥95%"],
    ["产出指标", "时效指标", "培训按期完成率", "=100%"],
    ["产出指标", "成本指标", "人均培训费用", "≤800元/人次"],
    ["效益指标", "社会效益指标", "基层服务能力提升率", "≥10%"],
    ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"],
]


def write(path: Path, *rows: Row) -> Path:
    """One sheet, row by row from A1; a (value, format) pair sets the cell's number format."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Sheet1"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(r, c)
            if isinstance(value, tuple):
                cell.value, cell.number_format = value
            elif value is not None:
                cell.value = value
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # typed text such as =100%, not a formula
    wb.save(path)
    return path


def project(
    *money_rows: Row, table: list[Row] | None = None, extra: list[Row] | None = None
) -> list[Row]:
    """A project return: title, name, money rows, goal, then the indicator table."""
    rows: list[Row] = [["2026年度项目支出绩效目标申报表"], ["项目名称", "基层人员能力培训"]]
    rows += list(money_rows)
    rows.append(["年度绩效目标", "完成基层人员培训1200人次。"])
    rows += extra or []
    rows.append(HEAD if table is None else table[0])
    rows += TABLE if table is None else table[1:]
    return rows


def found(tmp_path: Path, *rows: Row) -> set[tuple[str, str | None]]:
    result, _table = check_file(write(tmp_path / "r.xlsx", *rows), CheckOptions())
    return {(f.code, f.at.a1 if f.at else None) for f in result.findings}


def codes(tmp_path: Path, *rows: Row) -> set[str]:
    return {code for code, _at in found(tmp_path, *rows)}


# --- item 1: number formats -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "shown"),
    [
        ("0%", Shown("%", 100, 0)),
        ("0.00%", Shown("%", 100, 2)),
        ("#,##0.0%;[Red]-#,##0.0%", Shown("%", 100, 1)),
        ('0.00"万元"', Shown("万元", 1, 2)),
        ('#,##0.00"元";[红色]-#,##0.00"元"', Shown("元", 1, 2)),
        ('0"%"', Shown("%", 1, 0)),
        ("0.0000\\万\\元", Shown("万元", 1, 4)),
        ('"¥"#,##0.00', Shown("元", 1, 2)),
        ("[$¥-804]#,##0", Shown("元", 1, 0)),
        ("0\\人", Shown("人", 1, 0)),
        ("#,##0.00", None),
        ("General", None),
        ("@", None),
        ('yyyy"年"m"月"d"日"', None),
        ("yyyy-mm-dd", None),
        ("0.00E+00", None),
        ("[DBNum1][$-804]G/通用格式", None),
    ],
)
def test_a_format_shows_a_percent_or_a_unit(code: str, shown: Shown | None) -> None:
    assert shown_by(code) == shown


def test_shown_text_keeps_the_value_and_the_decimals_shown() -> None:
    assert Shown("%", 100, 0).text(0.95) == "95%"
    assert Shown("%", 100, 2).text(0.925) == "92.50%"
    assert Shown("%", 100, 0).text(0.925) == "92.5%"  # the value, not Excel's rounding
    assert Shown("%", 100, 0).text(1) == "100%"
    assert Shown("万元", 1, 2).text(80) == "80.00万元"
    assert Shown("元", 1, 2).text(200000.0) == "200000.00元"


def test_styles_and_cells_are_found_by_their_bytes() -> None:
    styles = (
        b'<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="0.00&quot;'
        b'\xe4\xb8\x87\xe5\x85\x83&quot;"/></numFmts><cellXfs count="4"><xf numFmtId="0"/>'
        b'<xf numFmtId="9" applyNumberFormat="1"/><xf numFmtId="14"/><xf numFmtId="164">'
        b"<alignment/></xf></cellXfs></styleSheet>"
    )
    found = styles_shown(styles)
    assert found == {1: Shown("%", 100, 0), 3: Shown("万元", 1, 2)}
    sheet = (
        b'<row r="2" s="1" customFormat="1"><c r="B2" s="1"><v>0.9</v></c>'
        b'<c r="C2" s="2"><v>45000</v></c><x:c t="n" s="3" r="AA10"><v>5</v></x:c></row>'
    )
    assert styled_cells(sheet, found) == {(1, 1): found[1], (9, 26): found[3]}


def test_percent_cells_read_as_percentages(tmp_path: Path) -> None:
    table = [
        OP_HEAD,
        ["产出指标", "质量指标", "培训考核合格率", "≥", (0.95, "0%"), "%"],
        ["产出指标", "质量指标", "培训档案建档率", "≥", (1.05, "0%"), "%"],
        ["产出指标", "时效指标", "培训按期完成率", "=", (1, "0%"), "%"],
        ["产出指标", "成本指标", "人均培训费用", "≤", 800, "元/人次"],
        ["效益指标", "社会效益指标", "基层服务能力提升率", "≥", (0.1, "0.0%"), None],
        ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", (0.925, "0.00%"), "%"],
    ]
    rows = project(["年度资金总额（万元）", 96], table=table)
    path = write(tmp_path / "r.xlsx", *rows)
    targets = {i.label: i.annual_target for i in read_table(path).indicators}
    assert targets["培训考核合格率"] is not None and targets["培训考核合格率"].number == 95
    rate = targets["参训人员满意度"]
    assert rate is not None and (rate.number, rate.unit) == (Decimal("92.50"), "%")
    result = found(tmp_path, *rows)
    assert ("T106", "E7") in result  # shows 105%
    assert not {c for c, _at in result} & {"T104", "T114", "T107"}  # no 0.9%, no bare 0.95


def test_a_percent_style_on_text_or_a_row_changes_nothing(tmp_path: Path) -> None:
    table = [OP_HEAD, ["产出指标", "质量指标", "培训考核合格率", "≥", ("95%", "0%"), "%"]]
    path = write(tmp_path / "r.xlsx", *project(table=table))
    (ind,) = read_table(path).indicators
    assert ind.annual is not None and ind.annual.text == "95%"


def test_a_unit_in_the_format_is_the_amounts_unit(tmp_path: Path) -> None:
    rows = project(
        ["项目资金", "年度资金总额", (96, '0.00"万元"'), "其中：财政拨款", (90, '0.00"万元"')],
        [None, None, None, "其他资金", (6, '0.00"万元"')],
    )
    table = read_table(write(tmp_path / "r.xlsx", *rows))
    assert table.money_unit == "万元"
    assert table.fields["annual_other"].text == "6.00万元"
    assert codes(tmp_path, *rows) & {"B101", "B105", "B108", "X103"} == set()


def test_yuan_in_a_wan_block_is_a_mixed_unit_not_a_wrong_sum(tmp_path: Path) -> None:
    rows = project(
        ["项目资金（万元）", "年度资金总额", 150, "其中：财政拨款", 130],
        [None, None, None, "其他资金", (200000, '#,##0.00"元"')],
    )
    result = found(tmp_path, *rows)
    assert ("B105", "E4") in result  # at the amount in 元
    assert "B101" not in {c for c, _at in result}  # 130 + 20 = 150 once 元 is converted


# --- item 12: money in every block ----------------------------------------------------------


def department(budget: list[Row], tasks: list[Row] | None = None) -> list[Row]:
    rows: list[Row] = [["2026年度部门整体支出绩效目标申报表"], ["部门（单位）名称", "某县林业局"]]
    rows.append(
        ["年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出"]
    )
    rows += [[None, *line] for line in budget]
    if tasks:
        rows.append(
            ["年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标"]
        )
        rows += [[None, *t] for t in tasks]
    rows.append(["年度总体目标", "加强森林资源保护。"])
    rows.append(HEAD)
    rows += TABLE
    return rows


SHARES = [(1, "0%"), (0.8667, "0.00%"), (0.1333, "0.00%"), (0.4, "0.00%"), (0.6, "0.00%")]


def test_a_budget_row_under_its_labels_is_read_and_adds_up(tmp_path: Path) -> None:
    rows = department([[3000, 2600, 400, 1200, 1800], SHARES])
    path = write(tmp_path / "r.xlsx", *rows)
    table = read_table(path)
    assert {k: table.fields[k].text for k in ("total", "basic", "project_spend")} == {
        "total": "3000", "basic": "1200", "project_spend": "1800"
    }  # fmt: skip
    assert table.money_unit == "万元"
    assert codes(tmp_path, *rows) & {"B101", "B111"} == set()


def test_basic_and_project_spending_must_add_up_and_shares_match(tmp_path: Path) -> None:
    shares = [SHARES[0], (0.8, "0%"), *SHARES[2:4], (0.5667, "0.00%")]
    rows = department([[3000, 2600, 400, 1200, 1700], shares])
    result = found(tmp_path, *rows)
    assert ("B101", "B4") in result  # 1200 + 1700 ≠ 3000
    assert ("B111", "C5") in result  # 80% is not 2600 / 3000
    assert [c for c, at in result if c == "B111"] == ["B111"]  # 13.33% and 56.67% are right


def test_task_amounts_against_their_total(tmp_path: Path) -> None:
    tasks = [["森林防火", "巡护", 600, "无重大火灾"], ["国土绿化", "造林", 500, "造林1万亩"],
             ["金额合计", None, 1000, None]]  # fmt: skip
    rows = department([[3000, 2600, 400, 1200, 1800]], tasks)
    assert ("B102", "D8") in found(tmp_path, *rows)


YEARS = ["以前年度资金情况（万元）", "项目", "2023年", "2024年", "2025年"]


def test_each_year_of_a_prior_year_block_adds_up(tmp_path: Path) -> None:
    block = [
        YEARS,
        [None, "预算数合计", 300, 320, 350],
        [None, "其中：财政拨款", 280, 300, 310],
        [None, "其他资金", 20, 20, 30],
        [None, "执行数", 296, 330, 339],
    ]
    rows = project(["年度资金总额（万元）", 96], extra=block)
    result = found(tmp_path, *rows)
    assert ("B101", "E6") in result  # 2025: 310 + 30 ≠ 350
    assert ("B104", "D9") in result  # 2024: spent 330 of 320
    assert {at for c, at in result if c in ("B101", "B104")} == {"E6", "D9"}


def test_period_and_annual_side_by_side(tmp_path: Path) -> None:
    rows = project(
        ["项目资金（万元）", "中期资金总额", 900, "年度资金总额", 300],
        [None, "其中：财政拨款", 800, "其中：财政拨款", 280],
        [None, "其他资金", 100, "其他资金", 20],
    )
    table = read_table(write(tmp_path / "r.xlsx", *rows))
    read = {k: table.fields[k].text for k in ("total_fiscal", "annual_fiscal", "annual_other")}
    assert read == {"total_fiscal": "800", "annual_fiscal": "280", "annual_other": "20"}
    assert "B101" not in codes(tmp_path, *rows)


# --- item 9: conversion artefacts -------------------------------------------------------------


def _money(text: str, unit: str | None = None) -> tuple[Decimal, str] | None:
    found = money(Cell(CellRef("S", 1, 1), text, text), unit)
    return None if found is None else (found.value, found.flaw)


def test_amount_texts() -> None:
    assert _money("1205.337 6") == (Decimal("1205.3376"), "split")
    assert _money("120万120万(含设备运输)", "万元") == (Decimal(120), "twice")
    assert _money("180万(其中设备 120万元，安装 60万元)", "万元") == (Decimal(180), "")
    assert _money("200000.00元", "万元") == (Decimal(20), "")
    assert _money("12万元", "元") == (Decimal(120000), "")
    assert _money("1212") == (Decimal(1212), "")  # no unit: not an amount written twice
    assert _money("二十万") is None and _money("见附件") is None


def lines_block(*amounts: object, total: object = None) -> list[Row]:
    rows: list[Row] = [["支出明细", "支出内容", None, "金额（万元）"]]
    rows += [[str(i), f"支出项目{i}", None, a] for i, a in enumerate(amounts, start=1)]
    if total is not None:
        rows.append(["合计", None, None, total])
    return rows


def test_split_and_twice_pasted_amounts(tmp_path: Path) -> None:
    money_rows = [["项目资金（万元）", "年度资金总额", "1205.337 6", "其中：财政拨款", 1005.3376],
                  [None, None, None, "其他资金", 200]]  # fmt: skip
    block = lines_block(785.3376, "120万120万(含设备运输)", "180万(其中设备 120万元)", 120,
                        total=1205.3376)  # fmt: skip
    result = found(tmp_path, *project(*money_rows, extra=block))
    assert ("X105", "C3") in result
    assert ("X106", "D8") in result
    assert not {c for c, at in result if at == "D9"}  # the bracketed note is read as 180
    assert {"B101", "B102", "B108"} & {c for c, _at in result} == set()


def test_an_amount_ten_thousand_times_its_share(tmp_path: Path) -> None:
    money_rows = [["项目资金（万元）", "年度资金总额", 2000]]
    rows = project(*money_rows, extra=lines_block(650, 7800000, 420, 130 + 20))
    result = found(tmp_path, *rows)
    assert ("B110", "D7") in result
    assert "B102" not in {c for c, _at in result}  # the one line explains the difference


def test_a_part_ten_thousand_times_too_large(tmp_path: Path) -> None:
    rows = project(["项目资金（万元）", "年度资金总额", 2000, "其中：财政拨款", 18000000],
                   [None, None, None, "其他资金", 200])  # fmt: skip
    result = found(tmp_path, *rows)
    assert ("B110", "E3") in result and "B101" not in {c for c, _at in result}


def _ind_rows(*rows: Row) -> list[Row]:
    return project(["年度资金总额（万元）", 96], table=[OP_HEAD, *rows])


def test_a_unit_cost_rounded_to_zero(tmp_path: Path) -> None:
    rows = _ind_rows(
        ["产出指标", "成本指标", "每亩土壤检测费用", "≤", (0, "0.00"), "万元/亩"],
        ["产出指标", "成本指标", "人均培训费用", "≤", 800, "元/人次"],
    )
    assert ("T115", "E6") in found(tmp_path, *rows)


def test_a_zero_that_is_the_goal_is_not_rounded_away(tmp_path: Path) -> None:
    rows = _ind_rows(
        ["效益指标", "生态效益指标", "化肥使用量增长率", "≤", (0, "0%"), "%"],
        ["产出指标", "质量指标", "重大安全事故发生次数", "=", 0, "次"],
        ["产出指标", "成本指标", "项目预算超支金额", "≤", 0, "万元"],
    )
    assert "T115" not in codes(tmp_path, *rows)


# --- item 10b: a change in 百分点, a rate in ‰ -------------------------------------------------


def test_rate_changes_in_points_and_rates_per_mille_are_percent_like(tmp_path: Path) -> None:
    table = [
        HEAD,
        ["效益指标", "社会效益指标", "群众文化活动参与率提高", "≥5百分点"],
        ["效益指标", "社会效益指标", "签约居民续约率提高", "≥3个百分点"],
        ["效益指标", "生态效益指标", "林业有害生物成灾率", "≤3‰"],
        ["产出指标", "质量指标", "培训考核合格率", "≥95个"],
    ]
    result = found(tmp_path, *project(table=table))
    assert {at for c, at in result if c == "T105"} == {"D8"}  # only the rate given as a count


def test_a_lines_block_below_the_table_ends_it_and_is_read(tmp_path: Path) -> None:
    rows = project(["项目资金（万元）", "年度资金总额", 2000])
    rows += [[], *lines_block(650, 7800000, 420, 150)]
    path = write(tmp_path / "r.xlsx", *rows)
    table = read_table(path)
    assert [i.label for i in table.indicators] == [row[2] for row in TABLE]
    assert [line.name.text for line in table.lines if line.name] == [
        "支出项目1", "支出项目2", "支出项目3", "支出项目4"
    ]  # fmt: skip
    assert ("B110", "D15") in found(tmp_path, *rows)
