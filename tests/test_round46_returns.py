"""What the forty-sixth blind round showed, on invented returns: the annual goal's count of the
people an indicator counts (培训2000人 in the text, 培训人数 ≥1200人 in the table)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.returns import found_at, save_sheet


@pytest.mark.parametrize(("target", "flagged"), [("≥1200人", True), ("≥2000人", False)])
def test_the_goal_counts_the_people_an_indicator_counts(
    tmp_path: Path, target: str, flagged: bool
) -> None:
    rows = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "退役军人就业创业扶持", "项目期", "1年"],
        ["项目资金（万元）", "资金总额", 300],
        [
            "年度绩效目标",
            "组织退役军人就业技能培训2000人，推荐就业岗位不少于800个，就业创业服务满意度不低于90%。",
        ],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "退役军人就业技能培训人数", target],
        [None, "质量指标", "培训合格率", "≥90%"],
        ["成本指标", "经济成本指标", "人均培训成本", "≤1500元/人"],
        ["效益指标", "社会效益指标", "培训后就业率", "≥60%"],
        ["满意度指标", "服务对象满意度指标", "退役军人满意度", "≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "t.xlsx", rows))
    assert (("D104", "warning", "D6") in found) is flagged, found
