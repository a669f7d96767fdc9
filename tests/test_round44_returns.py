"""What the forty-fourth blind round showed, on invented returns: a header's hint line, measures
without a unit, a period count in 万 against a year's, a sheet named for another year, the count a
cost standard goes with, zero-state values, last year's inventory named in a goal, a year's date
past its year."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.returns import found_at, save_sheet


def _two_columns(goal: str, rows: list[list[Any]]) -> list[list[Any]]:
    """A 2026 project of three years with a 中期 and a 年度 value column."""
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "河湖生态修复工程", "主管部门", "市水务局"],
        ["项目期", "3年", "计划开始日期", "2026-01-01", "计划完成日期", "2028-12-31"],
        ["项目资金（万元）", "中期资金总额", 2400, "年度资金总额", 800],
        ["年度目标", goal],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        *rows,
        ["满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "≥90%"],
    ]


_ROWS: list[list[Any]] = [
    ["产出指标", "数量指标", "生态护岸建设长度", "≥24公里", "≥8公里"],
    [None, "质量指标", "工程验收合格率", "100%", "100%"],
    ["成本指标", "经济成本指标", "每公里护岸造价", "≤95万元", "≤95万元"],
    ["效益指标", "生态效益指标", "断面水质达标率", "≥90%", "≥90%"],
]


def test_a_line_of_hints_under_the_header_is_no_indicator(tmp_path: Path) -> None:
    rows = _two_columns("2026年建设生态护岸8公里。", _ROWS)
    rows.insert(6, [None, None, None, "（正向/反向）", "（≥≤=）"])
    found = found_at(save_sheet(tmp_path / "h.xlsx", rows))
    assert not [f for f in found if f[1] == "error"], found
    assert not [f for f in found if f[2] in ("D7", "E7")], found


@pytest.mark.parametrize(
    ("name", "value", "flagged"),
    [("出厂水pH值", "6.5～8.5", False), ("防治区林分郁闭度", "0.6～0.7", False),
     ("水质监测点位", "≥12", True)],
)  # fmt: skip
def test_measures_without_a_unit(tmp_path: Path, name: str, value: str, flagged: bool) -> None:
    rows = _two_columns("2026年建设生态护岸8公里。", [*_ROWS, [None, None, name, value, value]])
    found = found_at(save_sheet(tmp_path / "u.xlsx", rows))
    assert bool([f for f in found if f[0] == "T104"]) is flagged, found


@pytest.mark.parametrize(("annual", "flagged"), [("≥20000人", True), ("≥5000人", False)])
def test_a_years_count_above_the_periods_in_wan(tmp_path: Path, annual: str, flagged: bool) -> None:
    rows = [*_ROWS, [None, "数量指标", "健身指导服务人数", "≥1.2万人", annual]]
    found = found_at(save_sheet(tmp_path / "w.xlsx", _two_columns("2026年建设护岸。", rows)))
    assert (("D201", "error", "E11") in found) is flagged, found


@pytest.mark.parametrize(("sheet", "flagged"), [("2025年项目绩效目标", True), ("2026年", False)])
def test_a_sheet_named_for_another_year(tmp_path: Path, sheet: str, flagged: bool) -> None:
    path = save_sheet(tmp_path / "s.xlsx", _two_columns("2026年建设生态护岸8公里。", _ROWS))
    wb = openpyxl.load_workbook(path)
    wb.active.title = sheet  # type: ignore[union-attr]
    wb.save(path)
    found = found_at(path)
    assert (("Y101", "warning", "") in found) is flagged, found


@pytest.mark.parametrize(("trained", "flagged"), [(600, False), (6000, True)])
def test_a_cost_standard_goes_with_the_count_of_its_subject(
    tmp_path: Path, trained: int, flagged: bool
) -> None:
    rows = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "基层卫生服务能力提升", "项目期", "1年"],
        ["项目资金（万元）", "资金总额", 368],
        ["年度绩效目标", "培训乡村医生，做实家庭医生签约服务。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "家庭医生签约服务人数", "≥52000人"],
        [None, None, "乡村医生培训人次", f"≥{trained}人次"],
        ["成本指标", "经济成本指标", "乡村医生培训人均费用", "≤800元/人"],
        ["效益指标", "社会效益指标", "重点人群签约率", "≥75%"],
        ["满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "c.xlsx", rows))
    assert bool([f for f in found if f[0] == "B107"]) is flagged, found


@pytest.mark.parametrize(
    ("value", "flagged"),
    [
        ("零填埋", False),
        ("一票否决项不发生", False),
        ("符合国家和省有关规定要求，保障群众权益", True),
    ],
)
def test_zero_states_are_values(tmp_path: Path, value: str, flagged: bool) -> None:
    rows = _two_columns(
        "2026年建设生态护岸8公里。", [*_ROWS, [None, None, "垃圾填埋处置", value, value]]
    )
    found = found_at(save_sheet(tmp_path / "z.xlsx", rows))
    assert bool([f for f in found if f[0] == "T102"]) is flagged, found


@pytest.mark.parametrize(
    ("goal", "flagged"),
    [("编制2025年度温室气体排放清单，建设生态护岸8公里。", False),
     ("编制2024年度温室气体排放清单，建设生态护岸8公里。", True)],
)  # fmt: skip
def test_last_years_inventory_in_a_goal(tmp_path: Path, goal: str, flagged: bool) -> None:
    found = found_at(save_sheet(tmp_path / "g.xlsx", _two_columns(goal, _ROWS)))
    assert bool([f for f in found if f[0] == "Y103"]) is flagged, found


@pytest.mark.parametrize(
    ("period", "annual", "flagged"),
    [
        ("2028年12月31日前", "2027年12月31日前", True),
        ("2028年12月31日前", "2026年12月31日前", False),
    ],
)
def test_a_years_date_past_its_year(
    tmp_path: Path, period: str, annual: str, flagged: bool
) -> None:
    rows = [*_ROWS, [None, "时效指标", "年度建设任务完成时间", period, annual]]
    found = found_at(save_sheet(tmp_path / "d.xlsx", _two_columns("2026年建设护岸。", rows)))
    assert (("Y102", "warning", "E11") in found) is flagged, found


@pytest.mark.parametrize(
    "goal",
    ["到2028年，护岸年均增长不低于5%，累计示范村建设数量30个，断面水质稳定达标。",
     "每年开展河道巡查和水质监测，示范村建设数量10个，断面水质稳定达标。"],
)  # fmt: skip
def test_a_yearly_word_in_the_period_goal(tmp_path: Path, goal: str) -> None:
    more = [*_ROWS, [None, "数量指标", "示范村建设数量", "≥30个", "≥10个"]]
    rows = _two_columns("2026年建设生态护岸8公里。", more)
    rows[4] = ["中期目标", goal, "年度目标", "2026年建设生态护岸8公里。"]
    found = found_at(save_sheet(tmp_path / "y.xlsx", rows))
    assert not [f for f in found if f[0] == "D104"], found
