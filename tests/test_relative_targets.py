"""Target values offices write that are assessable though not in the plain grammar: a percent
with a note (≥90%（含）, 100%完成), a value against a baseline (较上年提高3个百分点), a range of
percentages (85%-92%), a ratio (2:1), a quarter or a yearly date (第二季度, 每年6月30日前). Every
workbook is invented and built here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.model import Op, TargetKind
from goalbook.targets import parse_target
from tests.test_values_read import HEAD, TABLE, Row, project, write

EXTRA = "D11"  # the extra row lands in row 11 (title, name, goal, header, six rows of TABLE)


def _found(tmp_path: Path, row: Row) -> set[str]:
    rows = project(table=[HEAD, *[list(r) for r in TABLE], row])
    result, _table = check_file(write(tmp_path / "r.xlsx", *rows), CheckOptions())
    return {f.code for f in result.findings if f.at is not None and f.at.a1 == EXTRA}


@pytest.mark.parametrize(
    "value", ["≥90%（含）", "≥90%(含)", "90%以上（含90%）", "≥90%(包含)", "100%完成"]
)
def test_a_percent_with_a_note_is_a_percentage(tmp_path: Path, value: str) -> None:
    t = parse_target(value)
    assert (t.kind, t.unit) == (TargetKind.QUANT, "%")
    row: Row = ["产出指标", "质量指标", "设备巡检合格率", value]
    assert not _found(tmp_path, row) & {"T102", "T105", "T104", "T106"}


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("村卫生室标准化建设率", "较上年提高3个百分点"),
        ("农田灌溉水有效利用系数", "较2023年提高2个百分点"),
        ("入馆参观人次", "较上年增长8%"),
        ("饮用水源水质达标率", "不低于上年"),
        ("文化活动参与人群", "逐年扩大"),
        ("乡村物流配送长效机制", "逐步建立"),
        ("省市资金配套比例", "2:1"),
        ("群众满意度", "85%-92%"),
        ("群众满意度", "85%～92%"),
    ],
)
def test_relative_targets_ranges_and_ratios_are_assessable(
    tmp_path: Path, name: str, value: str
) -> None:
    row: Row = ["效益指标", "社会效益指标", name, value]
    assert not _found(tmp_path, row) & {"T102", "T105", "T103"}


def test_a_range_of_percentages_reads_as_a_range() -> None:
    t = parse_target("85%-92%")
    assert (t.kind, t.op, t.number, t.upper, t.unit) == (TargetKind.QUANT, Op.RANGE, 85, 92, "%")


@pytest.mark.parametrize("value", ["第二季度", "2026年第三季度", "各年6月30日前", "当年6月30日前"])
def test_a_quarter_or_a_yearly_date_is_a_time_value(tmp_path: Path, value: str) -> None:
    assert parse_target(value).kind is TargetKind.DATE
    row: Row = ["产出指标", "时效指标", "设备安装完成时间", value]
    assert not _found(tmp_path, row) & {"T102", "T103", "T104"}


def test_a_quarter_with_a_year_ends_on_the_quarters_last_day() -> None:
    assert parse_target("2026年第三季度").date == dt.date(2026, 9, 30)


def test_a_description_is_still_not_a_value(tmp_path: Path) -> None:
    row: Row = ["效益指标", "社会效益指标", "群众获得感", "按照上级部署组织实施"]
    assert "T102" in _found(tmp_path, row)
