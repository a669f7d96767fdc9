"""Round 92's held-out returns (holdout281–283), in shapes of their own: a budget system's
list of projects whose amount a copy from a PDF split by a space (41.2 5), an absence rate
(缺勤率) with ≥, counts of energy monitoring (能耗监测点位) that are no energy used, and
mistakes counted (会议保障差错) under an effect tier. Every workbook is invented and built
here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from tests.returns import SPLIT_HEAD, found_at, official_table, period_row, save_sheet


def _table(rows: list[list[Any]]) -> list[list[Any]]:
    above = [
        period_row(),
        ["项目资金（万元）", "年度资金总额", 86],
        ["年度绩效目标", "2026年完成机关会议服务和节能管理各项任务。"],
    ]
    satisfied = ["满意度指标", "服务对象满意度指标", "参会人员满意度", "≥", 90, "%"]
    return official_table("机关会议服务保障", rows, above=above, head=SPLIT_HEAD, below=[satisfied])


def _export(path: Path, amount: object) -> Path:
    """A budget system's export: the projects' amounts on 05-1 (合计 │ 财政拨款 │ 其他资金,
    a 合计 row), the indicators on 05-2 under each project's code and name."""
    wb = openpyxl.Workbook()
    money = wb.active
    assert money is not None
    money.title = "部门项目支出预算05-1"
    for row in (
        ["2026年度部门项目支出预算表"],
        ["单位名称：某区机关事务服务中心", None, None, None, "单位：万元"],
        ["项目编码", "项目名称", "项目类别", "合计", "财政拨款", "其他资金"],
        ["330101260001", "机关食堂运行保障", "专项业务费", 36.4, 36.4, 0],
        ["330101260002", "公务用车平台运维", "专项业务费", amount, 52.75, 0],
        ["合计", None, None, 89.15, 89.15, 0],
    ):
        money.append(row)
    goals = wb.create_sheet("部门项目支出绩效目标05-2")
    goals.append(["2026年度部门项目支出绩效目标表"])
    goals.append(["项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"])
    for code, name in (("330101260001", "机关食堂运行保障"), ("330101260002", "公务用车平台运维")):
        goals.append([code, name, "产出指标", "数量指标", "保障就餐人次", "≥12万人次"])
        goals.append([code, name, "产出指标", "质量指标", "食品安全检查合格率", "≥98%"])
        goals.append([code, name, "效益指标", "社会效益指标", "服务保障到位率", "≥95%"])
        goals.append([code, name, "满意度指标", "服务对象满意度指标", "干部职工满意度", "≥90%"])
    wb.save(path)
    return path


def test_an_exports_amount_split_by_a_space_is_read_as_its_number(tmp_path: Path) -> None:
    """41.2 5 (text) in the 合计 column of a list of projects over a 合计 row: X105 at the cell
    (read as 41.25, a warning) and no B102 at the 合计, which the lines then add up to; 41.25
    typed as a number gives neither; 42.7 5, read, is not its 财政拨款 52.75 (B101)."""
    found = found_at(_export(tmp_path / "s.xlsx", "52.7 5"))
    assert ("X105", "warning", "D5") in found, found
    assert not [f for f in found if f[0] == "B102"], found
    found = found_at(_export(tmp_path / "n.xlsx", 52.75))
    assert not [f for f in found if f[0] in ("X105", "B102")], found
    found = found_at(_export(tmp_path / "w.xlsx", "42.7 5"))  # read: 42.75 is not 52.75 + 0
    assert ("B101", "error", "D5") in found, found


def test_an_absence_rate_with_at_least_is_against_its_direction(tmp_path: Path) -> None:
    """培训学员缺勤率 ≥5%: absence is 反向, so ≥ is T108 (a warning at the value); ≤5% is
    right."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "举办会务培训班期数", "≥", 6, "期"],
        ["产出指标", "质量指标", "培训学员缺勤率", "≥", 5, "%"],
        ["效益指标", "社会效益指标", "会务服务规范化水平", "定性", "明显提升", None],
    ]
    found = found_at(save_sheet(tmp_path / "a.xlsx", _table(rows)))
    assert ("T108", "warning", "E8") in found, found
    rows[1][3] = "≤"
    found = found_at(save_sheet(tmp_path / "b.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "T108"], found


def test_counts_of_energy_monitoring_are_no_energy_used(tmp_path: Path) -> None:
    """新增能耗监测点位 ≥40个 and 能耗统计报送单位数 =36家 count the watching of energy, not
    energy used: no T108; 单位建筑面积能耗 ≥ still is one."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新增能耗监测点位", "≥", 40, "个"],
        ["产出指标", "数量指标", "能耗统计报送单位数", "=", 36, "家"],
        ["效益指标", "生态效益指标", "单位建筑面积能耗", "≤", 9.5, "千克标准煤/平方米"],
    ]
    found = found_at(save_sheet(tmp_path / "e.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "T108"], found
    rows[2][3] = "≥"
    found = found_at(save_sheet(tmp_path / "u.xlsx", _table(rows)))
    assert [f for f in found if f[0] == "T108"] == [("T108", "warning", "E9")], found


def test_mistakes_counted_are_an_effect_not_an_output(tmp_path: Path) -> None:
    """重要会议保障差错 0次 under 社会效益指标: mistakes counted are an outcome, though the name
    holds 会议 (no F201); 保障会议场次 there is an output under an effect tier (F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "保障各类会议", "≥", 1100, "场"],
        ["效益指标", "社会效益指标", "重要会议保障差错", "=", 0, "次"],
    ]
    found = found_at(save_sheet(tmp_path / "m.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "F201"], found
    rows[1][2] = "保障会议场次"
    rows[1][4] = 1100
    found = found_at(save_sheet(tmp_path / "o.xlsx", _table(rows)))
    assert ("F201", "warning", "C8") in found, found
