"""Session 65, round 207 (holdout656–658): each test fails without its change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.returns import coded, found_at, save_sheet, table_found, three_year_table


def test_a_period_deadline_copied_into_the_year(tmp_path: Path) -> None:
    """改造完成时间 2028年12月31日前 in both columns of a 2026—2028 table: the year's is past the
    budget year (Y102, a warning), the period's is the period's own end (none)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "烤房改造数量", "≥30座", "≥10座"],
        ["产出指标", "时效指标", "烤房改造完成时间", "2028年12月31日前", "2028年12月31日前"],
    ]
    period = "三年改造烤房30座。"
    year = "2026年改造烤房10座。"
    found = found_at(three_year_table(tmp_path / "y.xlsx", rows, period, year))
    assert coded(found, "Y102") == [("warning", "E9")]


def test_products_with_and_without_the_projects_subject(tmp_path: Path) -> None:
    """产品抽检合格率 ≥98% / 泡菜产品抽检合格率 ≥95% in a 泡菜 project: one rate (D103)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "抽检批次", "≥", 150, "批次"],
        ["产出指标", "质量指标", "产品抽检合格率", "≥", 98, "%"],
        ["产出指标", "质量指标", "泡菜产品抽检合格率", "≥", 95, "%"],
    ]
    found = table_found(tmp_path / "p.xlsx", rows, "泡菜作坊抽检", "抽检泡菜150批次。", 12)
    assert coded(found, "D103") == [("warning", "C9")]


def test_inspections_named_with_the_act_last(tmp_path: Path) -> None:
    """A department's 年度总体目标 全年完成生猪、肉牛屠宰检疫12万头 (its tasks 9万头 and 3万头)
    against 生猪、肉牛屠宰检疫数量 ≥10万头 (D104)."""
    rows: list[list[Any]] = [
        ["2026年度部门整体支出绩效目标申报表"],
        ["部门（单位）名称", "某县定点屠宰管理站", None, "填报日期", dt.date(2025, 11, 20)],
        ["年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出"],
        [None, 200, 180, 20, 120, 80],
        ["年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标"],
        [None, "生猪屠宰检疫", "驻场检疫", 50, "生猪屠宰检疫9万头"],
        [None, "肉牛屠宰检疫", "驻场检疫", 30, "肉牛屠宰检疫3万头"],
        [None, "金额合计", None, 80],
        ["年度总体目标", "全年完成生猪、肉牛屠宰检疫12万头，病害畜禽无害化处理率100%。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "生猪、肉牛屠宰检疫数量", "≥10万头"],
        [None, None, "驻场监督检查次数", "≥200次"],
        ["效益指标", "社会效益指标", "病害畜禽无害化处理率", "=100%"],
        ["满意度指标", "服务对象满意度指标", "屠宰企业满意度", "≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "q.xlsx", rows))
    assert coded(found, "D104") == [("warning", "D11")]
