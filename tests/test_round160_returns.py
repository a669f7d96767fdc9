"""Rounds 160 and on (holdout479–): held-out returns in shapes of their own. Every workbook is
invented and built here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from goalbook.reader import read_tables
from tests.returns import found_at, one_year_table, save_sheet


def _names(
    path: Path, rows: list[list[Any]], below: list[list[Any]], merges: tuple[str, ...]
) -> list[str]:
    save_sheet(path, one_year_table("村级服务站建设", 40, "新建服务点6个。", rows, below), merges)
    return [i.label for i in read_tables(path)[0].indicators]


def test_a_station_due_by_a_date_inside_merged_tiers_is_an_indicator(tmp_path: Path) -> None:
    """新建北坡村综合服务站 │ 2026-06-30 under tier labels merged down over it: an indicator and
    its due date, and the rows below it are read; the same office and date under the table
    (云塘县民政局 │ 2026年12月8日) is its sign-off."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新建村级服务点", "≥", 6, "个"],
        [None, None, "新建北坡村综合服务站", None, dt.date(2026, 6, 30), None],
        [None, "质量指标", "服务点验收合格率", "≥", "95", "%"],
        ["效益指标", "社会效益指标", "服务群众人次", "≥", 3000, "人次"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%"],
    ]
    below = [["云塘县民政局", None, None, "2026年12月8日"]]
    names = _names(tmp_path / "s.xlsx", rows, below, ("A7:A9", "B7:B8"))
    assert names == ["新建村级服务点", "新建北坡村综合服务站", "服务点验收合格率", "服务群众人次",
                     "群众满意度"]  # fmt: skip


def _found(path: Path, rows: list[list[Any]]) -> list[tuple[str, str, str]]:
    save_sheet(path, one_year_table("傩面具技艺传承", 30, "记录傩面具雕刻技艺。", rows, []))
    return found_at(path)


def test_hours_of_craft_recorded_are_more_the_better(tmp_path: Path) -> None:
    """雕刻技艺影像记录时长 ≥120小时 (hours of film recorded, as 录制时长) and 剧目展播时长 ≥40小时
    (hours shown): more is better, no T108 (反向 with ≥)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "雕刻技艺影像记录时长", "≥", 120, "小时"],
        ["产出指标", "数量指标", "傩戏剧目展播时长", "≥", 40, "小时"],
        ["效益指标", "社会效益指标", "传承人带徒人数", "≥", 12, "人"],
        ["满意度指标", "服务对象满意度指标", "观众满意度", "≥", "90", "%"],
    ]
    assert not [f for f in _found(tmp_path / "h.xlsx", rows) if f[0] == "T108"]
