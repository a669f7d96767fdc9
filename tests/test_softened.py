"""Findings that a correct table's own words soften: a note that its form sets only some tier-1s
(F106 a warning, not an error), a rate said to fall with no level (T105 a warning). Invented
returns."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.returns import found_at, save_sheet


def _road(note: str | None, rate_value: str = "≥85%") -> list[list[Any]]:
    rows: list[list[Any]] = [
        ["2025年度项目支出绩效目标表"],
        ["项目名称", "农村公路日常养护", "项目期", "1年"],
        ["项目资金（万元）", "资金总额", 468],
        ["年度绩效目标", "完成县乡村道1260公里日常养护。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "县乡村道日常养护里程", "≥1260公里"],
        [None, "质量指标", "优良中等路率", rate_value],
        [None, "时效指标", "水毁路段抢通时限", "≤48小时"],
        ["成本指标", "经济成本指标", "日常养护单位成本", "≤0.35万元/公里"],
        ["效益指标", "社会效益指标", "农村公路列养率", "100%"],
    ]
    if note is not None:
        rows.append([note])
    return rows


@pytest.mark.parametrize(
    ("note", "severity"),
    [("注：按县级管理办法，日常养护类常年项目只设产出、成本、效益三类一级指标。", "warning"),
     ("注：按县级管理办法，日常养护类常年项目只设产出、成本、效益、满意度四类一级指标。", "error"),
     (None, "error")],
)  # fmt: skip
def test_a_note_on_the_tier1s_the_form_sets(
    tmp_path: Path, note: str | None, severity: str
) -> None:
    found = found_at(save_sheet(tmp_path / "r.xlsx", _road(note)))
    assert [f[1] for f in found if f[0] == "F106"] == [severity], found


@pytest.mark.parametrize(("value", "severity"), [("下降", "warning"), ("提高", "warning"),
                                                 ("较好", "error")])  # fmt: skip
def test_a_rate_said_to_move(tmp_path: Path, value: str, severity: str) -> None:
    found = found_at(save_sheet(tmp_path / "m.xlsx", _road(None, value)))
    assert ("T105", severity, "D7") in found, found
