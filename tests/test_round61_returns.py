"""Habits of round 61's returns (invented): a sources block in 元 under a head in 万元, each
saying its unit in its title; one source of such a block typed as its 万元 figure; a source
that another's label says it holds, listed again; and a deadline in each year of a period."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tests.returns import found_at, save_sheet


def _sources(title: str, county: int, total: int = 600000) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "山洪灾害监测站点运行维护", None, "主管部门", "青川县水利局"],
        [
            "项目期",
            "1年",
            "计划开始日期",
            dt.date(2026, 1, 1),
            "计划完成日期",
            dt.date(2026, 12, 1),
        ],
        ["项目资金（万元）", "年度资金总额", 60, "其中：财政拨款", 60],
        [title, "中央补助", "省级资金", "县级资金", "合计"],
        [None, 300000, 200000, county, total],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "维护监测站点", "≥80处"],
        ["成本指标", "经济成本指标", "每处站点维护成本", "≤7000元/处"],
        ["满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%"],
    ]


@pytest.mark.parametrize("title", ["年度资金来源（元）", "财政拨款来源（元）", "资金来源（元）"])
def test_a_block_in_yuan_that_says_so_beside_a_head_in_wan(tmp_path: Path, title: str) -> None:
    found = found_at(save_sheet(tmp_path / "s.xlsx", _sources(title, 100000)))
    # 7000元/处 × 80处 = 56万元 within 60万元: the head's unit is 万元, the block's its own
    assert not [f for f in found if f[0] in ("B101", "B105", "B107", "B110")], found


def test_a_source_typed_as_its_wan_figure_in_a_block_in_yuan(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "w.xlsx", _sources("年度资金来源（元）", 10)))
    assert ("B110", "error", "D6") in found, found


def _inside(county: int) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "乡镇应急物资储备", None, "主管部门", "青川县应急管理局"],
        [
            "项目期",
            "1年",
            "计划开始日期",
            dt.date(2026, 1, 1),
            "计划完成日期",
            dt.date(2026, 12, 1),
        ],
        ["项目资金（万元）", "年度资金总额", 200, "其中：财政拨款", 120],
        [None, "其他资金（含县级配套）", 80 - county, "县级配套资金", county],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "储备物资品类", "≥30类"],
        ["时效指标", "时效指标", "物资补充完成时限", "每年年底前"],
        ["满意度指标", "服务对象满意度指标", "乡镇满意度", "≥90%"],
    ]


def test_a_source_inside_another_is_not_added_again(tmp_path: Path) -> None:
    # 120 + 50 (含县级配套 30) = 170, not the 200 of the head
    found = found_at(save_sheet(tmp_path / "i.xlsx", _inside(30)))
    assert ("B101", "error", "C4") in found, found


def test_the_sources_that_add_up_and_a_yearly_deadline(tmp_path: Path) -> None:
    rows = _inside(30)
    rows[4][2] = 80  # 120 + 80 (含县级配套 30) = 200
    found = found_at(save_sheet(tmp_path / "o.xlsx", rows))
    assert not [f for f in found if f[0] in ("B101", "T102")], found
