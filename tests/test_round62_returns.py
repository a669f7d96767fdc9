"""Habits of round 62's returns (invented): tier-2 labels written with their tier-1 in front
(产出-数量指标), an amount's line in words (大写) between a total and its parts, names numbered
6、 that hold brackets, and a value that restates its name as a task."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.returns import TIER_HEAD, found_at, official_table, period_row, save_sheet


def _table(rows: list[list[Any]], money: list[list[Any]] | None = None) -> list[list[Any]]:
    money_rows = money or [["项目资金（万元）", "年度资金总额", 120, "其中：财政拨款", 120]]
    name = ["项目名称", "村（社区）法律顾问服务", None, "主管部门", "石门县司法局"]
    above = [period_row(dt.date(2026, 12, 1)), *money_rows]
    return official_table(
        name, rows, above=above, head=[*TIER_HEAD[:3], "指标性质", "指标值", "计量单位"]
    )


_ROWS: list[list[Any]] = [
    ["产出指标", "产出-数量指标", "1、提供法律咨询人次", "＞＝", "５０００", "人次"],
    [None, "产出-质量指标", "2、法律援助案件评查合格率", "＞＝", "９５", "%"],
    [
        "成本指标",
        "成本-经济成本指标",
        "3、每个村（社区）法律顾问年度补贴",
        "≤",
        "５０００",
        "元/个",
    ],
    ["效益指标", "效益-社会效益指标", "4、矛盾纠纷调解成功率", "＞＝", "９５", "%"],
    ["满意度指标", "满意度-服务对象满意度指标", "5、服务对象满意度", "＞＝", "９０", "%"],
]


def test_tier2s_with_their_tier1_in_front_read_as_the_tier2(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "t.xlsx", _table(_ROWS)))
    assert not [f for f in found if f[1] == "error"], found
    assert not [f for f in found if f[0] in ("F102", "F104", "S101", "T112")], found


def test_a_tier2_prefixed_with_the_wrong_tier1_is_still_misplaced(tmp_path: Path) -> None:
    rows = [list(r) for r in _ROWS]
    rows[3][1] = "效益-服务对象满意度指标"  # the satisfaction tier-2 under 效益指标
    found = found_at(save_sheet(tmp_path / "w.xlsx", _table(rows)))
    assert ("F105", "error", "B9") in found, found


def test_a_line_in_words_between_a_total_and_its_parts(tmp_path: Path) -> None:
    money = [
        ["项目资金（万元）", "中期资金总额", 300, "年度资金总额", 180],
        [None, "大写", "叁佰万元整", "大写", "壹佰捌拾万元整"],
        [None, "其中：财政拨款", 260, "其中：财政拨款", 150],
        [None, "其他资金", 40, "其他资金", 30],
    ]
    found = found_at(save_sheet(tmp_path / "d.xlsx", _table(_ROWS, money)))
    assert not [f for f in found if f[0] == "B101"], found
    money[2][2] = 200  # 200 + 40 ≠ 300 in the 中期 column
    found = found_at(save_sheet(tmp_path / "e.xlsx", _table(_ROWS, money)))
    assert ("B101", "error", "C4") in found, found


def test_a_value_that_restates_its_name_as_a_task(tmp_path: Path) -> None:
    rows = [
        *_ROWS,
        [
            None,
            "效益-可持续影响指标",
            "法律顾问日常管理",
            None,
            "按要求做好法律顾问日常管理工作",
            None,
        ],
    ]
    found = found_at(save_sheet(tmp_path / "k.xlsx", _table(rows)))
    assert ("T102", "warning", "E11") in found, found
