"""A department table with a 实施周期 column and no dates: its period's dates are not judged by
the budget year alone, and 三年内… in its period goal says how long the period is. A tier-1 left
off a block whose tier-2 names it is said once (F101 at the row), not again as missing (F106).
Invented returns."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.returns import found_at, save_sheet


def _department(
    period_goal: str, rows: list[list[Any]], tier1: str | None = "满意度指标"
) -> list[list[Any]]:
    return [
        ["2026年度单位整体支出绩效目标表"],
        ["单位名称", "市公安局交通警察支队", "填报日期", "2025-12-01"],
        ["年度预算（万元）", "资金总额", 7826.5, "基本支出", 5412.3, "项目支出", 2414.2],
        ["实施周期总体目标", period_goal],
        ["年度总体目标", "新建电子警察点位50个，治理隐患点80处。"],
        ["一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"],
        *rows,
        [tier1, "服务对象满意度指标", "群众对交通秩序满意度", "≥90%", "≥90%"],
    ]


_ROWS: list[list[Any]] = [
    ["产出指标", "数量指标", "新建电子警察点位", "≥150个", "≥50个"],
    [None, "质量指标", "电子警察设备完好率", "≥95%", "≥95%"],
    [None, "时效指标", "隐患点治理完成时间", "2028年12月31日前", "2026年12月31日前"],
    ["成本指标", "经济成本指标", "隐患点单处平均治理成本", "≤13万元/处", "≤13万元/处"],
    ["效益指标", "社会效益指标", "主干道高峰时段平均车速", "≥25公里/小时", "≥25公里/小时"],
]


def test_a_period_date_after_the_year_is_not_an_error(tmp_path: Path) -> None:
    rows = _department("三年内新建电子警察点位150个。", _ROWS)
    found = found_at(save_sheet(tmp_path / "p.xlsx", rows))
    assert not [f for f in found if f[0] == "Y102"], found


@pytest.mark.parametrize(("goal", "flagged"), [("三年内新建电子警察点位150个。", True),
                                               ("新建电子警察点位150个。", False)])  # fmt: skip
def test_three_years_said_in_the_period_goal(tmp_path: Path, goal: str, flagged: bool) -> None:
    copied = [[*_ROWS[0][:4], "≥150个"], *_ROWS[1:]]
    found = found_at(save_sheet(tmp_path / "g.xlsx", _department(goal, copied)))
    assert (("D202", "warning", "E7") in found) is flagged, found


def test_a_tier1_left_off_its_block_is_said_once(tmp_path: Path) -> None:
    more = [*_ROWS, [None, "可持续影响指标", "智慧交通管理机制", "健全", "健全"]]
    rows = _department("三年内新建电子警察点位150个。", more, tier1=None)
    found = found_at(save_sheet(tmp_path / "t.xlsx", rows, ("A7:A9", "A11:A12")))
    assert [f[0] for f in found if f[0] in ("F101", "F106")] == ["F101"], found
