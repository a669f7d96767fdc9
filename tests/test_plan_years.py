"""Years in a plan's texts that are no stray years: a baseline year (较2025年提高) and a later
year of a period a label states (实施期目标（2025—2027年）). Every workbook is invented here."""

from __future__ import annotations

from pathlib import Path

from goalbook.check import CheckOptions, check_file
from tests.test_values_read import HEAD, TABLE, Row, write


def _y103(tmp_path: Path, period_label: str, period_goal: str, annual_goal: str) -> set[str]:
    rows: list[Row] = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "乡村道路养护补助"],
        [period_label, period_goal],
        ["年度绩效目标", annual_goal],
        HEAD,
        *[list(r) for r in TABLE],
    ]
    result, _table = check_file(write(tmp_path / "r.xlsx", *rows), CheckOptions())
    return {f.at.a1 for f in result.findings if f.code == "Y103" and f.at is not None}


def test_a_baseline_year_is_no_stray_year(tmp_path: Path) -> None:
    annual = "2026年养护乡村道路300公里，优良路率较2025年提高3个百分点，以2024年为基期。"
    assert not _y103(tmp_path, "中期目标", "养护乡村道路，提升通行条件。", annual)


def test_a_later_year_of_a_labelled_period_is_no_stray_year(tmp_path: Path) -> None:
    period = "到2028年累计养护乡村道路900公里。"
    assert not _y103(tmp_path, "实施期目标（2026—2028年）", period, "2026年养护300公里。")


def test_a_year_outside_the_labelled_period_is_still_flagged(tmp_path: Path) -> None:
    period = "到2028年累计养护乡村道路900公里，2030年全部达标。"
    assert _y103(tmp_path, "实施期目标（2026—2028年）", period, "2026年养护300公里。")


def test_without_a_period_a_later_year_is_still_flagged(tmp_path: Path) -> None:
    assert _y103(tmp_path, "中期目标", "到2028年累计养护乡村道路900公里。", "2026年养护300公里。")
