"""Round 85's held-out returns (holdout260–262), in shapes of their own: a source 100× its
share with its decimal point lost, a standard per 人次 among counts of two groups of people,
checks made on a harm (重污染天气应急管控督查), and a range written with its unit at both ends
(14℃～24℃). Every workbook is invented and built here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from goalbook.model import Op, TargetKind
from goalbook.targets import parse_target
from tests.returns import found_at, official_table, period_row, save_sheet


def _table(money: list[Any], rows: list[list[Any]]) -> list[list[Any]]:
    above = [period_row(), money, ["年度绩效目标", "2026年完成社会组织培育各项任务。"]]
    satisfied = ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"]
    return official_table("社会组织培育项目", rows, above=above, below=[satisfied])


_ROWS: list[list[Any]] = [
    ["产出指标", "数量指标", "社会组织负责人培训人次", "≥600人次"],
    [None, "质量指标", "社会组织年报合格率", "≥95%"],
    ["成本指标", "经济成本指标", "社会组织负责人人均培训成本", "≤1600元/人次"],
    ["效益指标", "社会效益指标", "社会组织参与社区服务人次", "≥3.2万人次"],
]


def test_a_source_with_its_decimal_point_lost(tmp_path: Path) -> None:
    """其他资金 1500 beside 财政拨款 85 under a 资金总额 of 100: 15.00 with its point lost (B110
    at the source), not B101 at the whole."""
    money = ["项目资金（万元）", "年度资金总额", 100, "其中：财政拨款", 85, "其他资金", 1500]
    found = found_at(save_sheet(tmp_path / "m.xlsx", _table(money, _ROWS)))
    assert {(c, at) for c, _s, at in found if c.startswith("B")} == {("B110", "G4")}, found


def test_a_standard_per_visit_times_its_own_groups_count(tmp_path: Path) -> None:
    """1600元/人次 for training 社会组织负责人 × their 600 人次 (96万), not × the 3.2万人次 of
    people served (5120万): within a budget of 100万, no B107."""
    money = ["项目资金（万元）", "年度资金总额", 100, "其中：财政拨款", 100]
    found = found_at(save_sheet(tmp_path / "s.xlsx", _table(money, _ROWS)))
    assert not [f for f in found if f[0] == "B107"], found


def test_checks_made_on_a_harm_are_no_harm(tmp_path: Path) -> None:
    rows = [*_ROWS[:3], ["效益指标", "生态效益指标", "重污染天气应急管控督查", "≥12次"]]
    money = ["项目资金（万元）", "年度资金总额", 100, "其中：财政拨款", 100]
    found = found_at(save_sheet(tmp_path / "h.xlsx", _table(money, rows)))
    assert not [f for f in found if f[0] == "T108"], found


@pytest.mark.parametrize("text", ["14℃～24℃", "3天-5天", "90%-95%"])
def test_a_range_with_its_unit_at_both_ends(text: str) -> None:
    t = parse_target(text)
    assert (t.kind, t.op, t.upper is not None) == (TargetKind.QUANT, Op.RANGE, True), t
    assert parse_target("2026年-2027年").kind is not TargetKind.QUANT  # years: no range of 年


@pytest.mark.parametrize("line", ["以下为效益及满意度指标", "—— 以下为第2个项目 ——"])
def test_a_line_between_parts_of_a_flat_list(tmp_path: Path, line: str) -> None:
    """A line alone in the 序号 column between a flat list's rows (not merged across: pasted as
    values) is no indicator: no T101, no S101."""
    rows: list[list[Any]] = [
        ["2026年度部门整体支出绩效目标申报表"],
        ["部门（单位）名称", "松岭县司法局"],
        ["序号", "绩效指标", "计量单位", "年度目标值"],
        [1, "法律援助案件办理数量", "件", "≥500"],
        [2, "社区矫正对象脱管漏管人数", "人", "≤0"],
        [line],
        [3, "矛盾纠纷调解成功率", "%", "≥95"],
        [4, "服务对象满意度", "%", "≥92"],
    ]
    found = found_at(save_sheet(tmp_path / "l.xlsx", rows))
    assert not [f for f in found if f[2] == "A6"], found
