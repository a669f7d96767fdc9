"""The sources of a whole written as a grid of label │ amount pairs after it (资金总额 │ 1250 │
其中：财政拨款 │ 800, then 上级补助 │ 300 │ 自筹资金 │ 100): each pair a named part of the whole,
so the parts are added up (B101) and an amount in 元 among them is found (B105). A second
breakdown on the next row (其中：财政拨款 │ … │ 其他资金 │ …) and a pair continued in a later
column are read as offices mean them. Invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from goalbook.check import CheckOptions, check_file

_TOP: list[list[Any]] = [
    ["2026年度项目支出绩效目标申报表"],
    ["项目名称", "青岚市滨河绿道提升工程", None, "主管部门", "青岚市城市管理局"],
    ["项目期", "1年", "计划开始日期", "2026年1月1日", "计划完成日期", "2026年12月31日"],
]
_BOTTOM: list[list[Any]] = [
    ["年度绩效目标", "提升滨河绿道6公里，新增绿化面积3万平方米。"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "提升滨河绿道长度", "≥6公里"],
    [None, "质量指标", "工程竣工验收合格率", "100%"],
    [None, "时效指标", "工程完工时间", "2026年11月30日前"],
    ["效益指标", "社会效益指标", "新增绿化面积", "≥3万平方米"],
    ["满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"],
]


def _findings(tmp_path: Path, money: list[list[Any]]) -> list[tuple[str, str, str]]:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in [*_TOP, *money, *_BOTTOM]:
        ws.append(row)
    ws.merge_cells(start_row=4, start_column=1, end_row=3 + len(money), end_column=1)
    path = tmp_path / "grid.xlsx"
    wb.save(path)
    result, _ = check_file(path, CheckOptions())
    return [(f.code, f.severity.value, f.at.a1 if f.at else "") for f in result.findings]


def _money(other: Any = 300) -> list[list[Any]]:
    return [
        ["项目资金（万元）", "资金总额", 1250, "其中：财政拨款", 800],
        [None, "上级补助", other, "自筹资金", 150],
    ]


def test_parts_in_a_grid_add_up_to_the_whole(tmp_path: Path) -> None:
    found = _findings(tmp_path, _money())
    assert not [f for f in found if f[0].startswith("B")], found


def test_parts_in_a_grid_that_miss_the_whole_are_found(tmp_path: Path) -> None:
    found = _findings(tmp_path, _money(250))
    assert ("B101", "error", "C4") in found, found


def test_an_amount_in_yuan_among_the_grid_s_is_found(tmp_path: Path) -> None:
    found = _findings(tmp_path, _money("3,000,000.00元"))
    assert [f[0::2] for f in found if f[0] == "B105"] == [("B105", "C5")], found


def test_a_second_breakdown_below_is_no_part_of_the_first(tmp_path: Path) -> None:
    money = [
        ["项目资金（万元）", "资金总额", 1250, "其中：中央资金", 1000, "省级资金", 250],
        [None, "其中：财政拨款", 1250, "其他资金", 0],
    ]
    found = _findings(tmp_path, money)
    assert not [f for f in found if f[0].startswith("B")], found


def test_a_pair_continued_under_a_later_pair_is_a_part(tmp_path: Path) -> None:
    money = [
        ["项目资金（万元）", "资金总额", 1250, "其中：中央预算内投资", 800, "省级补助", 300],
        [None, None, None, "县级财政资金", 150],
    ]
    found = _findings(tmp_path, money)
    assert not [f for f in found if f[0].startswith("B")], found
    money[1][4] = 100
    assert ("B101", "error", "C4") in _findings(tmp_path, money)


def test_this_year_s_share_and_the_money_carried_over_are_parts(tmp_path: Path) -> None:
    money = [
        ["项目资金（万元）", "年度资金总额", 156, "其中：当年财政拨款", 140],
        [None, "上年结转", 16, "其他资金", 0],
    ]
    found = _findings(tmp_path, money)
    assert not [f for f in found if f[0].startswith("B")], found
    money[1][2] = 10
    assert ("B101", "error", "C4") in _findings(tmp_path, money)


def test_a_grid_that_starts_on_the_row_below_its_whole(tmp_path: Path) -> None:
    """年度资金总额 │ 180, then under its label 其中：体彩公益金 │ 150 │ 单位自筹 │ 20: the pairs of
    the row below are the whole's sources (a lottery fund among them), added up."""
    money = [
        ["项目资金（万元）", "年度资金总额", 180],
        [None, "其中：体彩公益金", 160, "单位自筹", 20],
        [None, "政府采购预算", 120],
    ]
    found = _findings(tmp_path, money)
    assert not [f for f in found if f[0].startswith("B")], found
    money[1][2] = 150
    assert ("B101", "error", "C4") in _findings(tmp_path, money)
    money[0] += [
        "中期资金总额",
        540,
    ]  # two wholes side by side: the row below is not the left one's
    money[1][2] = 160
    money[1][4] = 380
    assert not [f for f in _findings(tmp_path, money) if f[0] == "B101"]
