"""Session 64, round 203 (holdout644–646): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from tests.returns import budget_export, coded, found_at, table_found, three_year_table


def test_a_total_row_that_counts_the_indicators(tmp_path: Path) -> None:
    """合计 │ … │ 指标数：7 under a budget export's indicators: no project and no indicator (no
    F101, F102, T101 on it, no S011 for an empty second project)."""
    path = budget_export(
        tmp_path / "e.xlsx",
        ("05-1", [["2026年部门项目支出预算表"], ["项目编码", "项目名称", "资金总额"]]),
        ("05-2", [["2026年部门项目支出绩效目标表"]]),
        [("430781", "饲料专线改造")],
        [
            ["产出指标", "数量指标", "改造饲料专线", "≥1条"],
            ["满意度指标", "服务对象满意度指标", "客户满意度", "≥90%"],
        ],
    )
    book = openpyxl.load_workbook(path)
    book["05-2"].append(["合计", None, None, None, "指标数：2"])
    book.save(path)
    codes = {code for code, _severity, _cell in found_at(path)}
    assert codes.isdisjoint({"F101", "F102", "T101", "S011"})


def test_gatherers_are_no_things_gathered_and_rebuilt_scales_are_output(tmp_path: Path) -> None:
    """监测报告向采集户公开发布次数 under 社会效益: 采集户 are people, nothing gathered (no F201);
    改造配料秤数量 ≥6台 under 质量: works done, an output (F201 at its name)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "蝉花资源监测样地数", "≥", 30, "个"],
        ["产出指标", "质量指标", "改造配料秤数量", "≥", 6, "台"],
        ["效益指标", "社会效益指标", "监测报告向采集户公开发布次数", "≥", 2, "次"],
    ]
    found = table_found(tmp_path / "f.xlsx", rows, "蝉花采集管理", "监测样地30个。", 40)
    assert coded(found, "F201") == [("warning", "C8")]


def test_a_later_year_the_work_gives_grounds_for(tmp_path: Path) -> None:
    """为2027年推广品种选择提供依据 in a 2026 goal: a later year the work prepares for (no
    Y103)."""
    rows: list[list[Any]] = [["产出指标", "数量指标", "试验小区数量", "≥", 36, "个"]]
    goal = "布设试验小区36个，11月底前提交试验报告，为2027年推广品种选择提供依据。"
    assert coded(table_found(tmp_path / "y.xlsx", rows, "油棕引种试验", goal, 40), "Y103") == []


def test_a_deadline_in_another_year_is_left_to_y102(tmp_path: Path) -> None:
    """于2026年5月底前完成…公示 against …公示时间 2027年3月31日前 in a one-year 2026 project:
    Y102 says the date is outside the year, D104 does not say it again."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "限采区划定数量", "≥", 3, "处"],
        ["产出指标", "时效指标", "采集量核定结果公示时间", "≤", "2027年3月31日", None],
    ]
    goal = "划定蝉花限采区3处，于2026年5月底前完成界桩设置并公示采集量核定结果。"
    found = table_found(tmp_path / "d.xlsx", rows, "蝉花采集管理", goal, 40)
    assert coded(found, "D104") == []
    assert coded(found, "Y102") == [("error", "E8")]


def test_a_years_deadline_later_than_its_goals_in_a_period_table(tmp_path: Path) -> None:
    """年度目标 2026年9月30日前完成平台一期上线 against the year's 平台一期上线时间 2026年11月30日前
    (D104 at the year's value)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "接入交易市场数量", "≥6个", "≥3个"],
        ["产出指标", "时效指标", "平台一期上线时间", "2028年9月30日前", "2026年11月30日前"],
    ]
    period = "2026—2028年建成野生菌交易智慧监管平台，接入交易市场6个。"
    year = "2026年9月30日前完成平台一期上线，接入交易市场3个。"
    found = found_at(three_year_table(tmp_path / "p.xlsx", rows, period, year))
    assert coded(found, "D104") == [("warning", "E9")]


def test_a_completeness_rate_and_a_purchase_fee_misfiled(tmp_path: Path) -> None:
    """苗期观测数据完整率 under 时效 (a quality) and 幼苗采购费 ≤20万元 under 数量 (a cost): F201
    at each name."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "试验小区数量", "≥", 36, "个"],
        ["产出指标", "数量指标", "幼苗采购费", "≤", 20, "万元"],
        ["产出指标", "时效指标", "苗期观测数据完整率", "≥", 95, "%"],
    ]
    found = table_found(tmp_path / "c.xlsx", rows, "油棕引种试验", "布设试验小区36个。", 60)
    assert coded(found, "F201") == [("warning", "C8"), ("warning", "C9")]


def test_intercropping_said_act_first(tmp_path: Path) -> None:
    """在胶园林下推广套种益智800亩 against 益智套种面积 ≥600亩 (D104)."""
    rows: list[list[Any]] = [["产出指标", "数量指标", "益智套种面积", "≥", 600, "亩"]]
    goal = "在胶园林下推广套种益智800亩，带动胶农150户。"
    found = table_found(tmp_path / "i.xlsx", rows, "橡胶林下套种", goal, 70)
    assert coded(found, "D104") == [("warning", "E7")]


def test_a_count_the_years_goal_gives_itself(tmp_path: Path) -> None:
    """引进油棕品种数 ≥8个 in both columns, the 年度目标 saying 8个品种全部引进: all of it is due in
    the first year (no D202); without the count in the year's goal it was copied (D202)."""
    rows: list[list[Any]] = [["产出指标", "数量指标", "引进油棕品种数", "≥8个", "≥8个"]]
    period = "2026—2028年建成油棕引种试验区300亩，完成8个品种的适应性评价。"
    year = "2026年建成试验区120亩，8个品种全部引进并完成定植。"
    found = found_at(three_year_table(tmp_path / "a.xlsx", rows, period, year))
    assert coded(found, "D202") == []
    other = "2026年建成试验区120亩，完成首批品种定植。"
    found = found_at(three_year_table(tmp_path / "b.xlsx", rows, period, other))
    assert coded(found, "D202") == [("warning", "E8")]


def test_a_count_said_with_shu_or_shuliang(tmp_path: Path) -> None:
    """野生菌经营摊位规范数量 ≥400个 and 野生菌经营摊位规范数 ≥300个: one count said twice
    (D103 at the second name)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "野生菌经营摊位规范数量", "≥", 400, "个"],
        ["产出指标", "数量指标", "野生菌经营摊位规范数", "≥", 300, "个"],
    ]
    found = table_found(tmp_path / "s.xlsx", rows, "野生菌市场监管", "规范经营摊位。", 30)
    assert coded(found, "D103") == [("warning", "C8")]
