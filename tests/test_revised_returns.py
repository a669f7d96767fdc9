"""Returns sent back after a review: a row struck through (the old value kept in sight above its
correction) is read as a hidden one, in a single table and in a table stacked under another; a
sheet keeping the old version (旧版（作废）) is not read when the workbook has another. Invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Font

from goalbook.check import CheckOptions, check_file
from goalbook.vocabulary import REVISION_NOTES

_TABLE: list[list[Any]] = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "送戏下乡演出场次", "≥100场"],
    [None, None, "送戏下乡演出场次", "≥120场"],  # the corrected row under the struck one
    [None, "质量指标", "公共文化设施免费开放率", "≥105%"],  # struck: the old, wrong value
    [None, None, "公共文化设施免费开放率", "100%"],
    ["效益指标", "社会效益指标", "群众文化活动参与人次", "≥20万人次"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
]
_STRUCK = (1, 3)  # the table's rows struck through (0-based in _TABLE)


def _project(name: str) -> list[list[Any]]:
    return [
        ["项目名称", name, None, "主管部门", "临溪县文化广电旅游局"],
        ["项目资金（万元）", "年度资金总额", 180, "其中：财政拨款", 180],
    ]


def _write(
    path: Path, projects: int = 1, old_sheet: bool | str = False, label_kept: int = 0
) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "绩效目标表"
    ws.append(["2027年度项目支出绩效目标申报表（修改稿）"])
    for n in range(projects):
        for row in _project(f"送戏下乡惠民演出{n + 1}"):
            ws.append(row)
        first = ws.max_row + 1
        for row in _TABLE:
            ws.append(row)
        for i in _STRUCK:
            for cell in ws[first + i][label_kept:]:  # (the tier labels kept unstruck)
                cell.font = Font(strike=True, color="FF0000")
        ws.append([])
    if old_sheet:
        old = wb.create_sheet("旧版（作废）" if old_sheet is True else old_sheet)
        old.append(["2027年度项目支出绩效目标申报表（初稿）"])
        for row in [*_project("送戏下乡惠民演出"), *_TABLE[:3], [None, None, "免费开放率", 105]]:
            old.append(row)
    wb.save(path)
    return path


def _found(path: Path) -> list[tuple[str, str]]:
    result, _ = check_file(path, CheckOptions())
    return [
        (f.code, f.at.a1 if f.at else "") for f in result.findings if f.severity.value != "info"
    ]


def test_rows_struck_through_are_not_read(tmp_path: Path) -> None:
    assert _found(_write(tmp_path / "one.xlsx")) == []


def test_rows_struck_through_in_stacked_tables_are_not_read(tmp_path: Path) -> None:
    assert _found(_write(tmp_path / "two.xlsx", projects=2)) == []


def test_a_sheet_keeping_the_old_version_is_not_read(tmp_path: Path) -> None:
    assert _found(_write(tmp_path / "old.xlsx", old_sheet=True)) == []


def test_a_revision_note_quoting_old_and_new_figures_is_no_plan_text(tmp_path: Path) -> None:
    path = _write(tmp_path / "note.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws.append(
        [
            "修改说明",
            "1. 按初审意见调整“送戏下乡演出场次”指标（原为≥100场，调整为≥120场）。",
        ]
    )
    wb.save(path)
    assert _found(path) == []


def test_a_row_struck_through_but_its_tier_label_is_not_read(tmp_path: Path) -> None:
    assert _found(_write(tmp_path / "kept.xlsx", label_kept=1)) == []


def test_a_row_struck_through_but_both_tier_labels_is_not_read(tmp_path: Path) -> None:
    """产出指标 │ 数量指标 filled in unstruck beside a struck name and value (tier cells unmerged
    and written in every row after the row was struck): half the row, still struck."""
    assert _found(_write(tmp_path / "both.xlsx", label_kept=2)) == []


def test_every_revision_label_has_gai_second() -> None:
    """text_against looks for revision labels by their second character first (修改, 整改)."""
    assert all(word[1] == "改" for word in REVISION_NOTES)


def test_a_sheet_titled_as_the_old_version_is_not_read(tmp_path: Path) -> None:
    """The old version's sheet renamed (Sheet2): its title （初稿） still says what it is."""
    assert _found(_write(tmp_path / "renamed.xlsx", old_sheet="Sheet2")) == []
