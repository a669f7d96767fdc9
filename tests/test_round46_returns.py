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


@pytest.mark.parametrize("title", ["年度重点任务", "主要工作任务安排（万元）"])
def test_a_task_lists_title_alone_on_its_row_ends_the_indicators(
    tmp_path: Path, title: str
) -> None:
    rows = [
        ["2027年度项目支出绩效目标申报表"],
        ["项目名称", "农村饮水安全巩固提升", "项目期", "1年"],
        ["项目资金（万元）", "年度资金总额", 420],
        ["序号", "一级指标", "二级指标", "三级指标", "指标值"],
        [1, "产出指标", "数量指标", "改造供水管网长度", "≥36公里"],
        [2, "产出指标", "质量指标", "管网工程验收合格率", "≥98%"],
        [3, "成本指标", "经济成本指标", "供水管网每公里改造成本", "≤9.5万元/公里"],
        [4, "效益指标", "社会效益指标", "农村自来水普及率", "≥96%"],
        [5, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"],
        [],
        [title],  # in the 序号 column, no longer merged across
        ["序号", "任务名称", "主要内容", "预算金额（万元）", "完成时限"],
        [1, "供水管网改造", "改造老旧管网", 342, "2027-10-31"],
        [2, "加压泵站建设", "新建加压泵站", 78, "2027-09-30"],
    ]
    found = found_at(save_sheet(tmp_path / "k.xlsx", rows))
    assert not [f for f in found if f[1] == "error"], found
