"""What the forty-first blind round and the misses left before it showed, on invented returns:
a wide budget row that splits 基本支出 into 其中：人员经费 │ 公用经费 (the parts must add up to
it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.returns import found_at, save_sheet


def _wide_budget(staff: float, office: float) -> list[list[Any]]:
    return [
        ["2027年度部门整体支出绩效目标表"],
        ["单位名称", "青岚镇中心幼儿园"],
        [
            "年度预算（万元）",
            "资金总额",
            "财政拨款",
            "其他资金",
            "基本支出",
            "其中：人员经费",
            "公用经费",
            "项目支出",
        ],
        [None, 512.4, 500.4, 12, 430.4, staff, office, 82],
        ["年度总体目标", "保障幼儿园正常运转，落实保教质量提升计划。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "在园幼儿人数", "≥260人"],
        [None, "质量指标", "保教质量评估达标率", "100%"],
        ["效益指标", "社会效益指标", "学前教育普及率", "≥98%"],
        ["满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"],
    ]


@pytest.mark.parametrize(("staff", "office", "flagged"), [(366.4, 55, True), (366.4, 64, False)])
def test_basic_spending_split_in_a_wide_budget_row(
    tmp_path: Path, staff: float, office: float, flagged: bool
) -> None:
    found = found_at(save_sheet(tmp_path / "w.xlsx", _wide_budget(staff, office)))
    b101 = [f for f in found if f[0] == "B101"]
    assert (b101 == [("B101", "error", "E4")]) is flagged, found
    if not flagged:
        assert b101 == [], found
