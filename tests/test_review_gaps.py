"""Findings a reviewer would not raise, or would word otherwise, on returns seen in review:
an operator written by the number format, a zero target, a description under 定量, a cost per
attendance, reader notes in English, and the parts of a transfer payment by their own names.
Every workbook is built here (see ``test_values_read`` for how number formats are set)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table
from goalbook.reader.formats import shown_by
from tests.test_values_read import HEAD, TABLE, Row, project, write


def _table(*extra: Row, head: Row | None = None, body: list[Row] | None = None) -> list[Row]:
    rows = [list(r) for r in (TABLE if body is None else body)]
    return [head or HEAD, *rows, *extra]


def _findings(path: Path, lang: str = "zh") -> list[tuple[str, str, str]]:
    result, _table = check_file(path, CheckOptions(lang=lang))
    return [(f.code, f.at.a1 if f.at else "", f.message) for f in result.findings]


def _codes_at(path: Path, cell: str) -> set[str]:
    return {code for code, at, _m in _findings(path) if at == cell}


def test_an_operator_in_the_number_format_is_read_with_the_value(tmp_path: Path) -> None:
    shown = shown_by('"≥"0%')
    assert shown is not None and shown.text(0.95) == "≥95%"
    assert shown_by('"不低于"0"个"') is not None
    assert shown_by('"约"0') is None  # a word that is no operator adds nothing
    body: list[Row] = [list(r) for r in TABLE]
    body[1][3] = (0.95, '"≥"0%')  # 培训考核合格率, typed 95% in a cell formatted "≥"0%
    path = write(tmp_path / "r.xlsx", *project(table=_table(body=body)))
    rate = next(i for i in read_table(path).indicators if i.label == "培训考核合格率")
    assert rate.annual is not None and rate.annual.text == "≥95%"
    assert _codes_at(path, "D6") == set()  # no T103: the operator is there


def test_a_zero_count_needs_no_operator(tmp_path: Path) -> None:
    extra: Row = ["产出指标", "质量指标", "安全事故发生起数", "0起"]
    path = write(tmp_path / "r.xlsx", *project(table=_table(extra)))
    assert _codes_at(path, "D11") == set()


def test_a_description_under_quantitative_is_one_finding(tmp_path: Path) -> None:
    head: Row = ["一级指标", "二级指标", "三级指标", "指标值类型", "指标值"]
    body: list[Row] = [[*r[:3], "定量", r[3]] for r in TABLE]
    extra: Row = ["效益指标", "社会效益指标", "助餐服务政策知晓面", "定量", "广泛"]
    path = write(tmp_path / "r.xlsx", *project(table=_table(extra, head=head, body=body)))
    assert _codes_at(path, "E11") == {"T109"}


def test_a_cost_per_attendance_times_the_attendances_is_held_against_the_budget(
    tmp_path: Path,
) -> None:
    body: list[Row] = [list(r) for r in TABLE]
    body[0][3] = "≥400人次"
    body[3][3] = "≤8,000元/人次"  # 400 × 8,000 = 3,200,000 > 2,450,000
    money: Row = ["年度资金总额（元）", "2,450,000.00"]
    path = write(tmp_path / "r.xlsx", *project(money, table=_table(body=body)))
    assert "B107" in _codes_at(path, "D9")
    body[3][3] = "≤6,000元/人次"  # 2,400,000: fits
    path = write(tmp_path / "ok.xlsx", *project(money, table=_table(body=body)))
    assert "B107" not in _codes_at(path, "D9")


def test_reader_notes_speak_the_report_language(tmp_path: Path) -> None:
    mixed = write(
        tmp_path / "units.xlsx",
        *project(["项目总预算（万元）", 100, "项目当年预算（元）", 500000]),
    )
    b105 = [m for code, _at, m in _findings(mixed, "en") if code == "B105"]
    assert b105 == ["Mixed money units: 10k yuan, yuan"]
    assert [m for c, _at, m in _findings(mixed) if c == "B105"] == ["金额单位混用：万元、元"]
    rows: list[Any] = project(
        ["支出明细", "说明", "金额（万元）"],
        ["培训费", "", 60],
        ["资料费", "", 40],
        ["合计", "", 0],
    )
    formula = write(tmp_path / "formula.xlsx", *rows)
    wb = openpyxl.load_workbook(formula)
    wb.active["C6"] = "=C4+C5"  # openpyxl stores a formula without its computed value
    wb.save(formula)
    for lang, label in (("zh", "合计"), ("en", "Total")):
        s104 = [m for code, _at, m in _findings(formula, lang) if code == "S104"]
        assert s104 and all(label in m for m in s104), (lang, s104)


def test_the_parts_of_a_transfer_payment_keep_their_names(tmp_path: Path) -> None:
    path = write(
        tmp_path / "r.xlsx",
        *project(
            ["年度资金总额（万元）", 100, "其中：中央补助", 80],
            [None, None, "地方资金", 10],
        ),
    )
    for lang in ("zh", "en"):
        b101 = [m for code, _at, m in _findings(path, lang) if code == "B101"]
        assert len(b101) == 1 and "中央补助 80.00" in b101[0] and "地方资金 10.00" in b101[0]
    plain = write(
        tmp_path / "plain.xlsx",
        *project(["年度资金总额（万元）", 100, "其中：财政拨款", 80], [None, None, "其他资金", 10]),
    )
    b101 = [m for code, _at, m in _findings(plain) if code == "B101"]
    expected = (
        "年度资金总额 100.00万元 ≠ 年度财政拨款 80.00万元 + 年度其他资金 10.00万元（差 10.00万元）"
    )
    assert b101 == [expected]
