"""A one-year project's money given as both the year's and the period's, the same amount
(年度资金总额 │ 150 │ 中期资金总额 │ 150), its sources on the row below as label-value pairs
(其中：财政拨款 │ 120 │ 其他资金 │ 20): the source read under the period's column is the year's
too, so sources that do not add up are B101 at the year's amount."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.returns import found_at, save_sheet


def _table(annual: float, total: float, fiscal: float, other: float) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "社区助餐点运营补助", None, "主管部门", "柳湾区民政局"],
        ["计划开始日期", dt.date(2026, 1, 1), "计划完成日期", dt.date(2026, 12, 31)],
        ["项目期", "1年"],
        ["项目资金（万元）", "年度资金总额", annual, "中期资金总额", total],
        [None, "其中：财政拨款", fiscal, "其他资金", other],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "运营助餐点个数", "≥12个"],
        [None, "质量指标", "助餐点食品安全抽检合格率", "≥98%"],
        ["效益指标", "社会效益指标", "老年人日均就餐人次", "≥600人次"],
        ["满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%"],
    ]


def _b101(found: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [f for f in found if f[0] == "B101"]


def test_sources_read_across_both_columns_that_miss_the_amount(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "a.xlsx", _table(150, 150, 120, 20)))
    assert _b101(found) == [("B101", "error", "C5")], found


def test_sources_read_across_both_columns_that_make_the_amount(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "b.xlsx", _table(150, 150, 120, 30)))
    assert not _b101(found), found


def test_a_period_larger_than_the_year_keeps_its_sources_its_own(tmp_path: Path) -> None:
    # 中期 300 with its other funds 20: the year's 150 has 120 of fiscal money and an unread rest
    found = found_at(save_sheet(tmp_path / "c.xlsx", _table(150, 300, 120, 20)))
    assert not [f for f in _b101(found) if f[2] == "C5"], found
