"""Session 76, rounds 280– : each test fails without its change."""

from __future__ import annotations

from pathlib import Path

from goalbook.check import CheckOptions, check_file
from tests.returns import one_year_table, save_sheet


def test_a_count_against_the_text_shows_its_unit_whole(tmp_path: Path) -> None:
    """展出文物数量 ≥120 in a unit column of 件（套）, against a goal of 不少于150件（套）: D104
    compares the counts with the unit bare (件), and its message quotes the value with the unit
    the table gives (≥120件(套)), not the bare one it compared (≥120件, holdout871 kgw16)."""
    rows = [
        ["产出指标", "数量指标", "展出文物数量", "≥", 120, "件（套）"],
        [None, "质量指标", "展品完好率", "≥", 0.98, "%"],
    ]
    goal = "举办专题展览，展出文物不少于150件（套）。"
    path = save_sheet(tmp_path / "show.xlsx", one_year_table("文物展览", 40, goal, rows, []))
    result, _ = check_file(path, CheckOptions())
    said = [f.message for f in result.findings if f.code == "D104"]
    assert len(said) == 1 and said[0].endswith("却是 ≥120件(套)"), said
