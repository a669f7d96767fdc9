"""What the thirty-second blind round and the misses left from earlier rounds showed, on invented
returns: a standard per person and year (1000元/人·年, 元/人/年) is paid once a year for each of
the people the table counts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.returns import found_at, save_sheet


def _save(tmp_path: Path, rows: list[list[Any]], merges: tuple[str, ...] = ()) -> Path:
    return save_sheet(tmp_path / "return.xlsx", rows, merges)


def _meal_aid(standard: str, budget: float) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "山前区学生营养餐补助", "年度资金总额（万元）", budget],
        ["年度绩效目标", "为农村义务教育阶段学生提供营养餐补助。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["成本指标", "经济成本指标", "营养餐补助标准", standard],
        ["产出指标", "数量指标", "受益学生人数", "≥3600人"],
        [None, "质量指标", "食品安全抽检合格率", "≥98%"],
        ["效益指标", "社会效益指标", "学生在校就餐率", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"],
    ]


@pytest.mark.parametrize("unit", ["元/人·年", "元/人/年", "元/年·人"])
@pytest.mark.parametrize(("budget", "flagged"), [(300, True), (400, False)])
def test_a_standard_per_person_and_year_is_paid_for_each_person_once(
    tmp_path: Path, unit: str, budget: float, flagged: bool
) -> None:
    # 1000元 × 3600人 = 360万元: above 300万元, within 400万元
    path = _save(tmp_path, _meal_aid(f"≤1000{unit}", budget), ("A6:A7",))
    found = [f for f in found_at(path) if f[0] == "B107"]
    assert found == ([("B107", "warning", "D5")] if flagged else [])


def test_a_standard_per_person_and_month_is_paid_twelve_times(tmp_path: Path) -> None:
    # 100元/人/月 × 3600人 × 12 = 432万元: above 400万元 (the count named after the standard)
    rows = _meal_aid("≤100元/人/月", 400)
    rows[5][2] = "享受营养餐补助学生人数"
    path = _save(tmp_path, rows, ("A6:A7",))
    found = [f for f in found_at(path) if f[0] == "B107"]
    assert found == [("B107", "warning", "D5")]


def test_a_cap_on_an_average_cost_per_person_and_year_is_no_standard_paid(
    tmp_path: Path,
) -> None:
    # 人均药品费用 ≤1000元/人/年: what care costs on average, not a sum paid to each of the
    # 3600 people of another count
    rows = _meal_aid("≤1000元/人/年", 300)
    rows[4][2] = "人均药品费用"
    path = _save(tmp_path, rows, ("A6:A7",))
    assert [f for f in found_at(path) if f[0] == "B107"] == []
