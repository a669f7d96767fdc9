"""The date filled in on a project table's signature line under the indicators (填表日期：…):
a date the calendar does not have is Y106 there; a project's date is not held to its budget
year (Y102 is the department table's), since projects are planned years ahead."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.returns import found_at, save_sheet


def _project(fill: Any) -> list[list[Any]]:
    return [
        ["2027年度项目支出绩效目标申报表"],
        ["项目名称", "乡村文化书屋提升", None, "主管部门", "云溪县文化和旅游局"],
        ["计划开始日期", dt.date(2027, 2, 1), "计划完成日期", dt.date(2027, 11, 30)],
        ["项目资金（万元）", "年度资金总额", 40, "其中：财政拨款", 40],
        ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
        ["产出指标", "数量指标", "更新书屋图书册数", "≥3000", "册"],
        [None, "时效指标", "更新完成时间", "2027年11月底前", None],
        ["效益指标", "社会效益指标", "书屋年借阅人次", "≥5000", "人次"],
        ["满意度指标", "服务对象满意度指标", "读者满意度", "≥90", "%"],
        [],
        ["单位负责人：", "陆青禾", "填表人：", "章晓岚"],
        ["联系电话：", "5521837", "填表日期：", fill],
    ]


def test_an_impossible_date_filled_in_under_the_table_is_y106(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "p.xlsx", _project("2026.11.31")))
    assert ("Y106", "error", "D12") in found, found


def test_a_real_date_filled_in_under_the_table_raises_nothing(tmp_path: Path) -> None:
    for n, fill in enumerate(("2026.11.30", "2026年9月8日", dt.date(2024, 10, 9))):
        found = found_at(save_sheet(tmp_path / f"r{n}.xlsx", _project(fill)))
        assert not [f for f in found if f[0] in ("Y102", "Y106")], (fill, found)
