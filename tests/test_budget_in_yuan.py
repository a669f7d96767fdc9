"""A budget typed in 元 under a head in 万元: 2400000 where standard × people makes 240 (万元).
B110 says so as a warning at the budget (a budget may pay for more than the standard, so it is
no certainty); a budget of the right size, or one a few times the product, draws nothing.
Invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.findings import Severity
from tests.test_values_read import Row, write


def _rows(budget: float) -> list[Row]:
    return [
        ["2026年度项目支出绩效目标表"],
        [None, None, None, "金额单位：万元"],
        ["项目名称", "残疾儿童康复救助", "主管部门", "某县残疾人联合会"],
        ["年度资金总额", budget, "其中：财政拨款", budget],
        ["年度绩效目标", "为320名残疾儿童提供康复救助。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "救助残疾儿童", "≥320人"],
        [None, "成本指标", "人均救助标准", "≤7500元/人"],
        ["效益指标", "社会效益指标", "残疾儿童康复状况", "有效改善"],
        ["满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"],
    ]


def _found(tmp_path: Path, budget: float) -> dict[tuple[str, str], Severity]:
    result, _table = check_file(write(tmp_path / "r.xlsx", *_rows(budget)), CheckOptions())
    return {(f.code, f.at.a1 if f.at else ""): f.severity for f in result.findings}


def test_a_budget_in_yuan_under_a_head_in_wan(tmp_path: Path) -> None:
    found = _found(tmp_path, 2400000)
    assert found == {("B110", "B4"): Severity.WARNING}


@pytest.mark.parametrize("budget", [240, 580, 2400])
def test_a_budget_of_its_size_or_a_few_times_it(tmp_path: Path, budget: float) -> None:
    assert "B110" not in {code for code, _at in _found(tmp_path, budget)}


def test_the_standard_is_multiplied_by_the_people_it_pays(tmp_path: Path) -> None:
    """8000元/人 for the 46人 paid, not for the 12000人次 who came to the events: no B107."""
    rows = [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "非遗代表性传承人补助", "主管部门", "某县文化和旅游局"],
        ["年度资金总额（万元）", 40, "其中：财政拨款", 40],
        ["年度绩效目标", "落实46名代表性传承人补助。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "代表性传承人补助人数", "≥46人"],
        ["成本指标", "经济成本指标", "传承人年补助标准", "≤8000元/人"],
        ["效益指标", "社会效益指标", "非遗传承活动参与人次", "≥12000人次"],
        ["满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%"],
    ]
    result, _table = check_file(write(tmp_path / "r.xlsx", *rows), CheckOptions())
    assert "B107" not in {f.code for f in result.findings}
    rows[5] = ["产出指标", "数量指标", "代表性传承人补助人数", "≥60人"]  # 48万 > 40万
    result, _table = check_file(write(tmp_path / "r.xlsx", *rows), CheckOptions())
    assert "B107" in {f.code for f in result.findings}


def test_one_sum_of_money_is_named_without_a_period(tmp_path: Path) -> None:
    """资金总额 │ 其中：财政拨款 │ 其他资金 and no year's money beside them: the message names
    them so, not 中期资金总额 (a one-year table has no 中期)."""
    rows = [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "居家养老服务补贴", "主管部门", "某县民政局"],
        ["资金总额（万元）", 286.5, "其中：财政拨款", 270],
        ["其他资金", 165000],
        ["年度绩效目标", "为1380名老年人提供居家养老服务补贴。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "补贴对象", "≥1380人"],
        ["满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%"],
    ]
    result, _table = check_file(write(tmp_path / "r.xlsx", *rows), CheckOptions())
    said = [f.message for f in result.findings if f.code == "B110"]
    assert said and "“其他资金”" in said[0] and "中期" not in said[0], said
