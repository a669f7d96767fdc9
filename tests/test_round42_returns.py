"""What the forty-second blind round showed, on invented returns: a department table built on
duties and activities (部门职责 │ 工作活动 │ 活动内容 │ 活动金额 │ 绩效指标 │ 指标值) is read as a
table of its own beside the three tiers' sheet, its activities' amounts as its budget lines; a
部门预算 block of income and spending (收入合计 │ … │ 支出合计 over their 其中 parts) balances."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.returns import found_at


def _duty_book(path: Path, second: float, total: float, rate: str) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "部门整体支出绩效目标表"
    rows: list[list[Any]] = [
        ["2027年度部门整体支出绩效目标表"],
        ["部门（单位）名称", "青川县民政局"],
        ["部门预算（万元）", "资金总额", 3000, "项目支出", 2200],
        ["年度目标", "保障困难群众基本生活，提升养老服务水平。"],
        ["部门职责", "工作活动", "活动内容", "活动金额（万元）", "绩效指标", "指标值"],
        ["社会救助", "最低生活保障", "低保金发放", 1500, "保障城乡低保对象", "≥1.2万人"],
        [None, None, None, None, "低保金按月发放率", "100%"],
        [None, "特困人员供养", "特困人员基本生活费", second, "特困人员集中供养率", rate],
        ["养老服务", "居家养老服务", "上门照护服务", 120, "服务失能老人", "≥1500人"],
        [None, None, None, None, "上门服务计划完成率", "100%"],
        ["合计", None, None, total],
    ]
    for row in rows:
        ws.append(row)
    for block in ("A6:A8", "B6:B7", "C6:C7", "D6:D7", "A9:A10", "B9:B10", "C9:C10", "D9:D10"):
        ws.merge_cells(block)
    tiers = wb.create_sheet("整体绩效指标")
    for row in [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "保障城乡低保对象", "≥1.2万人"],
        [None, "质量指标", "低保金按月发放率", "100%"],
        ["效益指标", "社会效益指标", "困难群众基本生活保障率", "100%"],
        ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"],
    ]:
        tiers.append(row)
    wb.save(path)
    return path


def test_a_duty_table_is_read_beside_the_tiers(tmp_path: Path) -> None:
    found = found_at(_duty_book(tmp_path / "d.xlsx", 580, 2200, "≥95%"))
    assert not [f for f in found if f[1] == "error"], found
    wrong = found_at(_duty_book(tmp_path / "w.xlsx", 580, 2200, "≥420人"))
    assert ("T105", "error", "F8") in wrong, wrong  # a rate as a count, in the duty table


def test_the_activities_amounts_add_up_to_their_total(tmp_path: Path) -> None:
    found = found_at(_duty_book(tmp_path / "d.xlsx", 560, 2200, "≥95%"))
    assert ("B102", "error", "D11") in found, found  # 1500 + 560 + 120 = 2180, not 2200


def _budget(income: float, spend: float, basic: float, balanced: bool) -> list[list[Any]]:
    head = "部门预算（万元，收支平衡）" if balanced else "部门预算（万元）"
    return [
        ["2027年度部门整体支出绩效目标表"],
        ["部门（单位）名称", "青川县体育局"],
        [head, "收入合计", income, "支出合计", spend],
        [None, "其中：财政拨款", income - 40, "其中：基本支出", basic],
        [None, "其他资金", 40, "项目支出", 300],
        ["年度总体目标", "举办全民健身赛事，提升群众体育参与度。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "举办全民健身赛事场次", "≥40场"],
        ["满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%"],
    ]


@pytest.mark.parametrize(
    ("income", "spend", "basic", "balanced", "expected"),
    [
        (1000, 1000, 700, True, []),
        (1000, 1020, 720, True, [("B101", "error", "E3")]),  # the income misses the spending
        (1000, 1020, 720, False, [("B101", "warning", "E3")]),  # 上年结转 may be spent on top
        (1000, 1000, 720, True, [("B101", "error", "E3")]),  # 720 + 300 ≠ 1000
    ],
)
def test_income_and_spending_of_a_department_budget(
    tmp_path: Path,
    income: float,
    spend: float,
    basic: float,
    balanced: bool,
    expected: list[tuple[str, str, str]],
) -> None:
    path = tmp_path / "b.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in _budget(income, spend, basic, balanced):
        ws.append(row)
    wb.save(path)
    found = found_at(path)
    assert [f for f in found if f[0] == "B101"] == expected, found


def test_the_uptake_of_what_was_delivered_is_an_effect(tmp_path: Path) -> None:
    """统计数据被党政部门采用篇数 under 社会效益指标: others took the output up, no F201."""
    path = tmp_path / "u.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in [
        ["2027年度部门整体支出绩效目标表"],
        ["部门（单位）名称", "青川县统计局"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "编印统计分析报告篇数", "≥24篇"],
        ["效益指标", "社会效益指标", "统计分析报告被党政部门采用篇数", "≥10篇"],
        ["满意度指标", "服务对象满意度指标", "数据使用单位满意度", "≥90%"],
    ]:
        ws.append(row)
    wb.save(path)
    assert not [f for f in found_at(path) if f[0] == "F201"]
