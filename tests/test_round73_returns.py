"""Round 73's held-out returns (holdout224–226), in shapes of their own: a department's duty
table with a 小计 under each duty's activities before its 合计, a 中期 sheet beside the 年度
sheet each with its own money and goal, a satisfaction asked of the project area's people
and of the same people without the area, and the share of calls answered (接警响应率). Every
workbook is invented and built here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from tests.returns import found_at, save_sheet


def _duties(second: int) -> list[list[Any]]:
    return [
        ["青枫市文化广电旅游局2026年部门整体支出绩效目标表"],
        ["单位名称", "青枫市文化广电旅游局"],
        ["年度预算（万元）", "资金总额", "财政拨款", "其他资金", "基本支出", "项目支出"],
        [None, 3000, 3000, 0, 2100, 900],
        ["部门职责", "工作活动", "活动金额（万元）", "绩效指标", "指标值", "计量单位"],
        ["公共文化服务", "场馆免费开放", 400, "免费开放场馆数", "≥6", "个"],
        [None, "群众文化活动", 100, "举办群众文化活动场次", "≥150", "场"],
        ["小计", None, 500],
        ["文物保护", "文物保护单位维修", second, "维修文物保护单位数量", "≥3", "处"],
        [None, "非遗传承人补助", 100, "补助传承人人数", "≥40", "人"],
        ["小计", None, 400],
        ["合计", None, 900],
    ]


def test_a_duty_tables_subtotals_before_its_total(tmp_path: Path) -> None:
    right = found_at(save_sheet(tmp_path / "r.xlsx", _duties(300)))
    assert not [f for f in right if f[0].startswith("B")], right
    off = found_at(save_sheet(tmp_path / "o.xlsx", _duties(350)))
    assert [f for f in off if f[0] in ("B101", "B102") and f[2] == "C11"], off


def _two_sheets(path: Path, year_goal: str) -> Path:
    wb = openpyxl.Workbook()
    period = wb.active
    assert period is not None
    period.title = "中期目标"
    heads = [
        ["项目名称", "老旧小区改造"],
        ["计划开始日期", "2026-01-01", "计划完成日期", "2027-12-31"],
    ]
    names = [
        ("改造老旧小区数量", "≥28个", "≥16个"),
        ("惠及居民户数", "≥4600户", "≥2400户"),
        ("小区居民满意度", "≥90%", "≥90%"),
    ]
    goal = "完成老旧小区改造28个，惠及居民4600户，居民满意度达到90%以上。"
    for ws, title, money, label, text, col in (
        (period, "老旧小区改造中期绩效目标表", 4200, "中期目标", goal, 1),
        (
            wb.create_sheet("年度目标"),
            "2026年度老旧小区改造绩效目标表",
            2300,
            "年度目标",
            year_goal,
            2,
        ),
    ):
        ws.append([title])
        for row in heads:
            ws.append(row)
        ws.append([f"{'中期' if col == 1 else '年度'}资金总额（万元）", money])
        ws.append([label, text])
        ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
        for i, (name, *values) in enumerate(names):
            tier = ("产出指标", "数量指标") if i < 2 else ("满意度指标", "服务对象满意度指标")
            ws.append([*tier, name, values[col - 1]])
    wb.save(path)
    return path


def test_a_period_sheets_goal_against_the_years(tmp_path: Path) -> None:
    same = "完成老旧小区改造28个，惠及居民4600户，居民满意度达到90%以上。"
    copied = found_at(_two_sheets(tmp_path / "c.xlsx", same))
    assert [f for f in copied if f[0] == "D204"], copied
    own = found_at(_two_sheets(tmp_path / "o.xlsx", "2026年完成老旧小区改造16个，惠及居民2400户。"))
    assert not [f for f in own if f[0] == "D204"], own


def _satisfied(second: str) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "高标准农田建设"],
        ["项目资金（万元）", "年度资金总额", 1800, "其中：财政拨款", 1800],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩"],
        [None, "质量指标", "应急处置平台接警响应率", "≥98%"],
        ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"],
        [None, None, second, "≥90%"],
    ]


def test_the_same_people_asked_with_and_without_their_area(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "s.xlsx", _satisfied("项目区受益农户满意度")))
    assert ("D103", "warning", "C8") in found, found
    assert not [f for f in found if f[0] == "T108"], found  # (接警响应率: the share answered)
    group = found_at(save_sheet(tmp_path / "g.xlsx", _satisfied("脱贫户受益农户满意度")))
    assert not [f for f in group if f[0] == "D103"], group
