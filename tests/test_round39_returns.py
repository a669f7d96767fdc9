"""What the thirty-ninth blind round showed, on invented returns: each source's money of the
year against the period's (a warning), not again when the whole says it; an allocation table
titled on the row above it (中央补助资金分配表（万元）, 分县分配表) against the year's money of its
source, or the year's whole; columns of money named by their unit (小学（万元）); a count kept up
each year (保障运营城乡公交线路) equal in both columns."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.returns import found_at, save_sheet

INDICATORS: list[list[Any]] = [
    ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
    ["产出指标", "数量指标", "补助学生人数", "≥24000人", "≥12000人"],
    [None, "质量指标", "补助发放准确率", "100%", "100%"],
    ["效益指标", "社会效益指标", "学生营养改善率", "≥90%", "≥90%"],
    ["满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "≥90%"],
]


def _money(period: tuple[int, int, int], year: tuple[int, int, int]) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "城乡公交运营补贴", "项目期", "2年（2026—2027年）"],
        ["项目资金（万元）", "中期资金总额", period[0], "年度资金总额", year[0]],
        [None, "其中：财政拨款", period[1], "其中：财政拨款", year[1]],
        [None, "其他资金", period[2], "其他资金", year[2]],
        ["年度目标", "补助学生12000人。"],
        *INDICATORS,
    ]


@pytest.mark.parametrize(
    ("period", "year", "expected"),
    [
        ((1000, 940, 60), (500, 420, 80), [("B103", "warning", "E5")]),  # 80 of other > 60
        ((400, 340, 60), (500, 420, 80), [("B103", "error", "E3")]),  # the whole says it
        ((1000, 900, 100), (500, 420, 80), []),
    ],
)
def test_each_sources_year_within_the_period(
    tmp_path: Path,
    period: tuple[int, int, int],
    year: tuple[int, int, int],
    expected: list[tuple[str, str, str]],
) -> None:
    found = found_at(save_sheet(tmp_path / "p.xlsx", _money(period, year), ("A3:A5",)))
    assert [f for f in found if f[0] == "B103"] == expected, found


def _allocated(title: str, amounts: list[int]) -> list[list[Any]]:
    rows = _money((2480, 1600, 880), (1240, 800, 440))
    rows[3][3] = "其中：中央补助"
    rows[4][3] = "区级资金"
    rows[6:6] = [
        [title],
        ["学区", "小学（万元）", "初中（万元）", "合计（万元）"],
        *[[f"{n}学区", a, 100, a + 100] for n, a in zip("东南西北", amounts, strict=True)],
        ["合计", sum(amounts), 400, sum(amounts) + 400],
    ]
    return rows


@pytest.mark.parametrize(
    ("title", "amounts", "flagged"),
    [
        ("中央补助资金分配表（万元）", [100, 100, 100, 100], False),  # 800 of 中央补助 800
        ("中央补助资金分配表（万元）", [100, 100, 100, 120], True),
        ("分学区分配表", [210, 210, 210, 210], False),  # 1240 of the year's 1240
        ("分学区分配表", [200, 210, 210, 210], True),
    ],
)
def test_an_allocation_titled_above_hands_out_its_money(
    tmp_path: Path, title: str, amounts: list[int], flagged: bool
) -> None:
    rows = _allocated(title, amounts)
    found = [
        f for f in found_at(save_sheet(tmp_path / "a.xlsx", rows, ("A3:A5",))) if f[0] == "B101"
    ]
    assert found == ([("B101", "warning", "D13")] if flagged else []), found


def test_a_count_kept_up_each_year_may_be_equal_in_both_columns(tmp_path: Path) -> None:
    rows = _money((1000, 900, 100), (500, 450, 50))
    rows[7][2:5] = ["保障运营城乡公交线路", "≥42条", "≥42条"]
    found = found_at(save_sheet(tmp_path / "p.xlsx", rows, ("A3:A5",)))
    assert not [f for f in found if f[0] == "D202"], found
    rows[7][2] = "新开通城乡公交线路"  # new lines are added up over the period
    assert [f for f in found_at(save_sheet(tmp_path / "q.xlsx", rows)) if f[0] == "D202"]


@pytest.mark.parametrize(("county", "flagged"), [(460, False), (450, True)])
def test_a_year_blocks_sources_named_by_row_add_up_to_its_total(
    tmp_path: Path, county: int, flagged: bool
) -> None:
    rows = _money((2400, 2400, 0), (900, 900, 0))
    rows[5:5] = [
        ["分年度资金安排（万元）", "2026年", "2027年", "2028年", "合计"],
        ["省级补助", 300, 250, 250, 800],
        ["县级资金", county, 400, 340, 740 + county],
        ["社会资本", 140, 130, 130, 400],
        ["合计", 900, 780, 720, 2400],
    ]
    found = [f for f in found_at(save_sheet(tmp_path / "y.xlsx", rows)) if f[0] == "B101"]
    assert (("B101", "error", "B10") in found) is flagged, found
