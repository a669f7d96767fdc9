"""Rounds 175 and on (holdout560–): held-out returns in shapes of their own. Every workbook is
invented and built here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.returns import (
    budget_export,
    found_at,
    official_table,
    period_row,
    save_sheet,
    table_found,
)


def test_the_energy_a_product_uses_up_is_a_cost(tmp_path: Path) -> None:
    """吨粉加工电耗 ≤35千瓦时 under 经济成本指标: the energy a tonne of flour uses up, a cost
    (no F201); a count of machines there is still an output filed as a cost (F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "年加工青稞", "≥", 800, "吨"],
        ["成本指标", "经济成本指标", "吨粉加工电耗", "≤", 35, "千瓦时"],
        ["满意度指标", "服务对象满意度指标", "收购农户满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "e.xlsx", rows, "青稞磨粉", "年加工青稞800吨。")
    assert "F201" not in {code for code, _s, _c in found}
    rows[1][2:] = ["购置石磨设备台数", "≥", 2, "台"]
    found = table_found(tmp_path / "c.xlsx", rows, "青稞磨粉", "年加工青稞800吨。")
    assert [cell for code, _s, cell in found if code == "F201"] == ["C8"]


def test_dried_produce_browned_or_scorched_is_less_the_better(tmp_path: Path) -> None:
    """干片褐变率 ≥3% (browned slices, a defect) is T108 at its value; ≤3% is right."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "百合干片加工量", "≥", 40, "吨"],
        ["产出指标", "质量指标", "干片褐变率", "≥", "3", "%"],
        ["满意度指标", "服务对象满意度指标", "收购农户满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "b.xlsx", rows, "百合干片", "加工百合干片40吨。")
    assert [cell for code, _s, cell in found if code == "T108"] == ["E8"]
    rows[1][3] = "≤"
    found = table_found(tmp_path / "r.xlsx", rows, "百合干片", "加工百合干片40吨。")
    assert "T108" not in {code for code, _s, _c in found}


def test_an_export_with_its_goals_in_a_column_and_no_year(tmp_path: Path) -> None:
    """A budget system's export whose indicator sheet carries each project's 年度绩效目标 in a
    column beside its indicators, with no year anywhere: Y105 as information (the batch holds
    the year), as for an export without goals; the goal naming its year, no Y105."""
    for goal, found in (
        ("完成作坊改造40家。", [("Y105", "info", "")]),
        ("2025年完成作坊改造40家。", []),
    ):
        money = ("部门项目支出预算05-1", [
            ["单位：万元"],
            ["项目编码", "项目名称", "资金总额", "财政拨款", "其他资金"],
            ["3310250012", "作坊改造提升", 36, 30, 6],
        ])  # fmt: skip
        rows = [
            ["产出指标", "数量指标", "作坊改造提升数", "≥40家"],
            ["产出指标", "质量指标", "改造验收合格率", "≥95%"],
            ["效益指标", "社会效益指标", "作坊食品安全事故", "0起"],
            ["满意度指标", "服务对象满意度指标", "经营者满意度", "≥90%"],
        ]
        project = [("3310250012", "作坊改造提升")]
        goals = ("部门项目支出绩效目标05-2", [])
        budget_export(tmp_path / "x.xlsx", money, goals, project, rows, goal=goal)
        assert [f for f in found_at(tmp_path / "x.xlsx") if f[0].startswith("Y")] == found


def test_a_rate_on_schedule_or_of_accuracy_has_its_tier(tmp_path: Path) -> None:
    """车间改造按期完工率 under 数量指标 is a time indicator, 检验结果复核准确率 under 时效指标 a
    quality one (F201 at each name); under 时效 and 质量 they fit."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "灌装车间改造数", "≥", 7, "间"],
        ["产出指标", "数量指标", "车间改造按期完工率", "≥", "95", "%"],
        ["产出指标", "时效指标", "检验结果复核准确率", "≥", "99", "%"],
        ["满意度指标", "服务对象满意度指标", "企业满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "m.xlsx", rows, "车间改造", "改造车间7间。")
    assert [cell for code, _s, cell in found if code == "F201"] == ["C8", "C9"]
    rows[1][1], rows[2][1] = "时效指标", "质量指标"
    found = table_found(tmp_path / "r.xlsx", rows, "车间改造", "改造车间7间。")
    assert "F201" not in {code for code, _s, _c in found}


def test_a_year_the_records_are_kept_until(tmp_path: Path) -> None:
    """A 2026 goal that keeps its trace records until 2031 (溯源数据保存至2031年): a horizon
    after the work, no year of the plan (no Y103); work to be done in 2028 is one (Y103)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "赋码溯源企业数", "≥", 9, "家"],
        ["满意度指标", "服务对象满意度指标", "企业满意度", "≥", "90", "%"],
    ]
    goal = "为9家企业建立赋码溯源，溯源数据保存至2031年。"
    found = table_found(tmp_path / "k.xlsx", rows, "火腿溯源", goal)
    assert "Y103" not in {code for code, _s, _c in found}
    found = table_found(
        tmp_path / "d.xlsx", rows, "火腿溯源", "为9家企业建立赋码溯源，2028年完成验收。"
    )
    assert "Y103" in {code for code, _s, _c in found}


def test_one_name_reworded_with_another_value(tmp_path: Path) -> None:
    """出口红心咸蛋批次 ≥25批 under 红心咸蛋出口批次 ≥20批 (the same words reordered), 抽检批次数
    under 抽检批次, 牛肉干统一销售量 under 统一销售牛肉干数量: one indicator twice with two
    values (D103 at the second); 出口检验批次 and 抽检批次 are two."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "红心咸蛋出口批次", "≥", 20, "批"],
        ["产出指标", "数量指标", "腊肠监督抽检批次", "≥", 300, "批次"],
        ["产出指标", "数量指标", "出口红心咸蛋批次", "≥", 25, "批"],
        ["产出指标", "数量指标", "腊肠监督抽检批次数", "≥", 260, "批次"],
        ["产出指标", "数量指标", "腊肠出口检验批次", "≥", 40, "批次"],
        ["产出指标", "数量指标", "统一销售牛肉干数量", "≥", 300, "吨"],
        ["产出指标", "数量指标", "牛肉干统一销售量", "≥", 240, "吨"],
        ["满意度指标", "服务对象满意度指标", "企业满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "d.xlsx", rows, "咸蛋腊肠", "出口咸蛋20批。", money=500)
    assert [cell for code, _s, cell in found if code == "D103"] == ["C9", "C10", "C13"]


def test_lines_built_said_in_the_year_goal(tmp_path: Path) -> None:
    """新建腐竹标准化生产线3条 in a one-year goal beside 新建腐竹标准化生产线 │ 2条: the lines the
    goal promises are not the table's (D104 at the value); 2条 in the goal agrees."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新建腐竹标准化生产线", None, 2, "条"],
        ["满意度指标", "服务对象满意度指标", "入社农户满意度", "≥", "90", "%"],
    ]
    for goal, found in (("新建腐竹标准化生产线3条。", ["E7"]), ("新建腐竹标准化生产线2条。", [])):
        judged = table_found(tmp_path / "l.xlsx", rows, "腐竹生产线", goal, money=120)
        assert [cell for code, _s, cell in judged if code == "D104"] == found


def test_households_said_in_the_period_goal(tmp_path: Path) -> None:
    """A three-year goal 带动种植加工农户300户 beside the period's 带动种植加工农户 ≥200户
    (households, said over the period): D104 at the period's value; 200户 agrees."""
    head = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"]
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "带动种植加工农户", "≥200户", "≥80户"],
        ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "≥90%"],
    ]
    for said, found in (("300户", ["D7"]), ("200户", [])):
        above = [
            period_row(dt.date(2028, 12, 31)),
            ["项目资金（万元）", "中期资金总额", 360, "年度资金总额", 120],
            ["总体目标", "中期目标（2026年—2028年）", f"带动种植加工农户{said}。", "年度目标",
             "带动农户80户。"],
        ]  # fmt: skip
        table = official_table("红薯粉条", rows, above=above, head=head)
        judged = found_at(save_sheet(tmp_path / "p.xlsx", table))
        assert [cell for code, _s, cell in judged if code == "D104"] == found


def test_the_size_of_a_fall_in_a_loss_rate_is_more_the_better(tmp_path: Path) -> None:
    """产品损耗率降低幅度 ≥3百分点: the size of the fall, 正向 (no T108); 产品损耗率 ≥3% is a
    loss to keep down (T108)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "牦牛肉干加工量", "≥", 300, "吨"],
        ["效益指标", "经济效益指标", "产品损耗率降低幅度", "≥", 3, "百分点"],
        ["满意度指标", "服务对象满意度指标", "牧户满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "c.xlsx", rows, "牛肉干加工", "加工牛肉干300吨。")
    assert "T108" not in {code for code, _s, _c in found}
    rows[1][2:] = ["产品损耗率", "≥", "3", "%"]
    found = table_found(tmp_path / "l.xlsx", rows, "牛肉干加工", "加工牛肉干300吨。")
    assert [cell for code, _s, cell in found if code == "T108"] == ["E8"]


def test_a_stage_of_the_works_done_by_a_deadline(tmp_path: Path) -> None:
    """检测中心竣工验收时间 │ 2026年12月31日前完成主体 (the main works done by the year's end): a
    deadline, no description (no T102)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新建检测中心", "=", 1, "座"],
        ["产出指标", "时效指标", "检测中心主体完工时间", None, "2026年12月31日前完成主体", None],
        ["满意度指标", "服务对象满意度指标", "企业满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "d.xlsx", rows, "检测中心", "新建检测中心1座。", money=300)
    assert "T102" not in {code for code, _s, _c in found}


def test_a_later_year_the_work_prepares_for(tmp_path: Path) -> None:
    """A 2026 goal that lays the ground for 2027 (为2027年创建省级示范点打好基础): a year the
    work prepares for, not a year of the plan (no Y103); 2027年完成 is one (Y103)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "更新展陈单元", "≥", 6, "个"],
        ["满意度指标", "服务对象满意度指标", "游客满意度", "≥", "90", "%"],
    ]
    goal = "更新展陈单元6个，为2027年创建省级工业旅游示范点打好基础。"
    found = table_found(tmp_path / "p.xlsx", rows, "展陈更新", goal)
    assert "Y103" not in {code for code, _s, _c in found}
    goal = "更新展陈单元6个，2027年创建省级工业旅游示范点。"
    found = table_found(tmp_path / "y.xlsx", rows, "展陈更新", goal)
    assert "Y103" in {code for code, _s, _c in found}


def test_a_goal_that_says_the_act_before_the_thing(tmp_path: Path) -> None:
    """收购牦牛肉800吨 beside 牦牛肉收购量 ≥600吨 and 完成年糕小作坊改造35家 beside 改造年糕小作坊
    数量 ≥25家: the goal names each thing with its act on the other side, and its count is not
    the table's (D104 at each value); the same counts agree."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "牦牛肉收购量", "≥", 600, "吨"],
        ["产出指标", "数量指标", "改造年糕小作坊数量", "≥", 25, "家"],
        ["满意度指标", "服务对象满意度指标", "农户满意度", "≥", "90", "%"],
    ]
    said = (("800吨", "35家", ["E7", "E8"]), ("600吨", "25家", []))
    for meat, shops, cells in said:
        goal = f"收购牦牛肉{meat}，完成年糕小作坊改造{shops}。"
        judged = table_found(tmp_path / "g.xlsx", rows, "收购改造", goal, money=500)
        assert [cell for code, _s, cell in judged if code == "D104"] == cells
