"""Habits of round 59's returns (invented): a 反向 amount (化学农药使用量) with a year's level
above the period's, and an indicator table going on to a 续表 sheet whose first rows leave the
tier-1 they go on under unwritten."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from tests.returns import found_at, period_row, save_sheet


def _pesticide(name: str) -> list[list[Any]]:
    return [
        ["2025年度项目支出绩效目标申报表"],
        ["项目名称", "化肥农药减量增效", None, "主管部门", "青禾县农业农村局"],
        period_row(dt.date(2027, 12, 31), dt.date(2025, 1, 1)),
        ["项目资金（万元）", "中期资金总额", 900, "年度资金总额", 300],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        ["产出指标", "数量指标", "绿色防控示范面积", "≥6万亩", "≥2万亩"],
        [None, "质量指标", "示范区农产品抽检合格率", "≥98%", "≥98%"],
        ["效益指标", "生态效益指标", name, "≤95吨", "≤98吨"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"],
    ]


def test_a_falling_amount_may_stand_higher_in_its_year_than_at_the_periods_end(
    tmp_path: Path,
) -> None:
    rows = _pesticide("化学农药使用量")
    rows[7][3:5] = ["≥95吨", "≥98吨"]  # the operator wrong (T108), the levels not (no D201)
    found = found_at(save_sheet(tmp_path / "p.xlsx", rows))
    assert not [f for f in found if f[0] == "D201"], found
    assert [f for f in found if f[0] == "T108"], found


def test_a_count_that_adds_up_is_still_held_to_its_period(tmp_path: Path) -> None:
    rows = _pesticide("化学农药使用量")
    rows[5][3:5] = ["≥6万亩", "≥7万亩"]
    found = found_at(save_sheet(tmp_path / "c.xlsx", rows))
    assert ("D201", "error", "E6") in found, found


def _continued(tier1_on_second: str | None) -> Workbook:
    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "绩效目标表"
    for row in [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "农村留守儿童关爱服务"],
        ["项目资金（万元）", "年度资金总额", 80, "其中：财政拨款", 80],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "关爱服务留守儿童人数", "≥1200人"],
        [None, "质量指标", "服务对象建档率", "100%"],
        [None, "时效指标", "关爱资金发放及时率", "≥95%"],
        ["成本指标", "经济成本指标", "人均关爱服务成本", "≤600元/人"],
        ["效益指标", "社会效益指标", "留守儿童入学率", "100%"],
    ]:
        first.append(row)
    second = book.create_sheet("续表")
    for row in [
        ["2026年度项目支出绩效目标表（续表）"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        [tier1_on_second, "社会效益指标", "监护人安全知识知晓率", "≥90%"],
        [None, "可持续影响指标", "关爱服务长效机制", "建立并运行"],
        ["满意度指标", "服务对象满意度指标", "留守儿童满意度", "≥90%"],
    ]:
        second.append(row)
    return book


@pytest.mark.parametrize("tier1", [None, "效益指标"])
def test_a_continued_sheet_goes_on_under_the_tier1_it_left_off_with(
    tmp_path: Path, tier1: str | None
) -> None:
    book = _continued(tier1)
    path = tmp_path / "c.xlsx"
    book.save(path)
    found = found_at(path)
    assert not [f for f in found if f[0] in ("F101", "F106")], found


@pytest.mark.parametrize(
    ("value", "flagged"),
    [("较上年增长", True), ("较上年不增加", False), ("负增长", False), ("零增长", False)],
)
def test_a_fertiliser_amount_said_to_rise_goes_against_its_direction(
    tmp_path: Path, value: str, flagged: bool
) -> None:
    rows = _pesticide("项目区化肥使用量")
    rows[7][3:5] = [value, value]
    found = found_at(save_sheet(tmp_path / "f.xlsx", rows))
    assert bool([f for f in found if f[0] == "T108"]) is flagged, found
