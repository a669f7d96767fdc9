"""The 中期 column held to itself (invented returns): a standard per 亩 times the period's area
against the period's money (B107), and a year's deadline for a milestone after the period's
deadline for it (D201, a warning)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.returns import found_at, save_sheet


def _forest(
    period_area: str, deadlines: tuple[str, str], period_money: int = 500
) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "柏溪镇林地抚育提升", None, "主管部门", "柏溪县林业局"],
        [
            "项目期",
            "3年",
            "计划开始日期",
            dt.date(2026, 1, 1),
            "计划完成日期",
            dt.date(2028, 12, 31),
        ],
        ["项目资金（万元）", "中期资金总额", period_money, "年度资金总额", 160],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        ["成本指标", "经济成本指标", "林地抚育补助标准", "≤250元/亩", "≤250元/亩"],
        ["产出指标", "数量指标", "林地抚育面积", period_area, "≥6000亩"],
        [None, "质量指标", "抚育作业验收合格率", "≥95%", "≥95%"],
        [None, "时效指标", "作业设计批复时间", *deadlines],
        ["效益指标", "生态效益指标", "抚育林分郁闭度提升", "≥0.1", "≥0.05"],
        ["满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "≥90%"],
    ]


_ON_TIME = ("2026年6月30日前", "2026年4月30日前")


def test_a_standard_per_mu_times_the_periods_area_above_the_periods_money(
    tmp_path: Path,
) -> None:
    # 250元/亩 × 24000亩 = 600万元 > 中期资金 500万元; the year's 250 × 6000 = 150 ≤ 160
    found = found_at(save_sheet(tmp_path / "f.xlsx", _forest("≥24000亩", _ON_TIME)))
    assert ("B107", "warning", "D6") in found, found
    assert ("B107", "warning", "E6") not in found, found


def test_the_periods_money_covers_its_area(tmp_path: Path) -> None:
    rows = _forest("≥18000亩", _ON_TIME)  # 250 × 18000 = 450万元 ≤ 500
    found = found_at(save_sheet(tmp_path / "f.xlsx", rows))
    assert not [f for f in found if f[0] == "B107"], found
    rows = _forest("≥24000亩", _ON_TIME, period_money=620)
    found = found_at(save_sheet(tmp_path / "g.xlsx", rows))
    assert not [f for f in found if f[0] == "B107"], found


def test_a_years_deadline_after_the_periods_for_the_same_milestone(tmp_path: Path) -> None:
    rows = _forest("≥18000亩", ("2026年3月31日前", "2026年5月31日前"))
    found = found_at(save_sheet(tmp_path / "d.xlsx", rows))
    assert ("D201", "warning", "E9") in found, found


def test_a_periods_deadline_after_the_years_is_the_usual_order(tmp_path: Path) -> None:
    for deadlines in (_ON_TIME, ("2028年12月31日前", "2026年12月31日前")):
        rows = _forest("≥18000亩", deadlines)
        found = found_at(save_sheet(tmp_path / "o.xlsx", rows))
        assert not [f for f in found if f[0] == "D201"], found


def _plan(annual: int, plan: tuple[int, int, int], total: int = 900) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "南溪片区雨污分流改造", None, "主管部门", "南溪区住房和城乡建设局"],
        [
            "项目期",
            "3年",
            "计划开始日期",
            dt.date(2026, 1, 1),
            "计划完成日期",
            dt.date(2028, 12, 31),
        ],
        ["项目资金（万元）", "中期资金总额", total, "年度资金总额", annual],
        [None, "其中：财政拨款", total, "其中：财政拨款", annual],
        ["分年度资金安排（万元）", "2026年", "2027年", "2028年", "合计"],
        [None, *plan, sum(plan)],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        ["产出指标", "数量指标", "改造雨污分流管网", "≥30公里", "≥12公里"],
        [None, "质量指标", "管网工程验收合格率", "=100%", "=100%"],
        ["效益指标", "生态效益指标", "片区污水收集率", "≥90%", "≥80%"],
        ["满意度指标", "服务对象满意度指标", "片区居民满意度", "≥90%", "≥90%"],
    ]


def test_the_years_money_is_not_the_budget_years_line_of_the_plan(tmp_path: Path) -> None:
    # the plan 360 + 300 + 240 = 900 agrees with the period; the year's 320 is the one apart
    found = found_at(save_sheet(tmp_path / "p.xlsx", _plan(320, (360, 300, 240))))
    assert ("B101", "warning", "E4") in found, found


def test_a_plan_that_agrees_with_the_year_or_not_with_its_period(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "a.xlsx", _plan(360, (360, 300, 240))))
    assert not [f for f in found if f[0] == "B101"], found
    # the plan misses the period's total: which is wrong is not the year's to say
    found = found_at(save_sheet(tmp_path / "b.xlsx", _plan(320, (360, 300, 200))))
    assert ("B101", "warning", "E4") not in found, found


def test_a_periods_deadline_before_the_budget_year_is_y102s_not_d201s(tmp_path: Path) -> None:
    rows = _forest("≥18000亩", ("2025年12月31日前", "2026年10月31日前"))
    found = found_at(save_sheet(tmp_path / "y.xlsx", rows))
    assert not [f for f in found if f[0] == "D201"], found
    assert [f for f in found if f[0] == "Y102" and f[2] == "D9"], found
