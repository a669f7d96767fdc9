"""D104 against goal texts as offices write them: a short 年度绩效目标 is read too; a period's
goal and a year's goal are each held against their own column; a year's value that copies the
period's (D202 names it) and a count per month (每月开展1场) raise no D104."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import found_at, save_sheet


def _one_year(goal: str, value: str, name: str = "培训高素质农民人数") -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "高素质农民培训", None, "主管部门", "云溪县农业农村局"],
        ["项目期", "1年", "计划开始日期", "2026年1月1日", "计划完成日期", "2026年12月31日"],
        ["项目资金（万元）", "年度资金总额", 50, "其中：财政拨款", 50],
        ["年度绩效目标", goal],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", name, value],
        [None, "质量指标", "培训合格率", "≥95%"],
        ["效益指标", "社会效益指标", "受训农民持证比例", "≥80%"],
        ["满意度指标", "服务对象满意度指标", "受训农民满意度", "≥90%"],
    ]


def test_a_short_goal_text_is_held_against_the_indicator(tmp_path: Path) -> None:
    found = found_at(
        save_sheet(tmp_path / "a.xlsx", _one_year("全年培训高素质农民600人。", "≥500人"))
    )
    assert ("D104", "warning", "D7") in found, found
    agrees = _one_year("全年培训高素质农民600人。", "≥600人")
    assert not [f for f in found_at(save_sheet(tmp_path / "b.xlsx", agrees)) if f[0] == "D104"]


def test_a_count_per_month_is_no_year_count(tmp_path: Path) -> None:
    rows = _one_year("每月开展1场普法宣传活动。", "12场", "普法宣传活动场次")
    assert not [f for f in found_at(save_sheet(tmp_path / "m.xlsx", rows)) if f[0] == "D104"]


def _period(mid_text: str, year_text: str, mid: str, year: str) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "社区养老服务中心建设", None, "主管部门", "白鹭湾区民政局"],
        ["项目期", "3年", "计划开始日期", "2026年1月1日", "计划完成日期", "2028年12月31日"],
        ["项目资金（万元）", "中期资金总额", 900, "年度资金总额", 300],
        ["总体目标", "中期目标（2026年—2028年）", None, "年度目标"],
        [None, mid_text, None, year_text],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        ["产出指标", "数量指标", "新建社区养老服务中心数", mid, year],
        [None, "质量指标", "建设验收合格率", "≥95%", "≥95%"],
        ["效益指标", "社会效益指标", "助餐服务覆盖率", "≥60%", "≥50%"],
        ["满意度指标", "服务对象满意度指标", "服务老年人满意度", "≥90%", "≥90%"],
    ]


def test_the_period_goal_is_held_against_the_period_column(tmp_path: Path) -> None:
    texts = ("三年新建社区养老服务中心24个，覆盖全部街道。", "2026年新建社区养老服务中心8个。")
    found = found_at(save_sheet(tmp_path / "p.xlsx", _period(*texts, "≥20个", "≥8个")))
    assert ("D104", "warning", "D8") in found, found
    ok = found_at(save_sheet(tmp_path / "q.xlsx", _period(*texts, "≥24个", "≥8个")))
    assert not [f for f in ok if f[0] == "D104"], ok


def test_a_year_value_copied_from_the_period_is_no_d104(tmp_path: Path) -> None:
    texts = ("三年新建社区养老服务中心24个，覆盖全部街道。", "2026年新建社区养老服务中心8个。")
    found = found_at(save_sheet(tmp_path / "c.xlsx", _period(*texts, "≥24个", "≥24个")))
    assert not [f for f in found if f[0] == "D104"], found


def test_the_years_goal_names_its_length(tmp_path: Path) -> None:
    texts = ("两年累计硬化村组道路70公里，惠及行政村40个。", "2026年完成村组道路硬化30公里。")
    rows = _period(*texts, "≥70公里", "≥20公里")
    rows[7][2] = "村组道路硬化里程"
    found = found_at(save_sheet(tmp_path / "l.xlsx", rows))
    assert ("D104", "warning", "E8") in found, found
    rows[7][4] = "≥30公里"
    assert not [f for f in found_at(save_sheet(tmp_path / "m.xlsx", rows)) if f[0] == "D104"]
