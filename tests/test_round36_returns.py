"""What the thirty-sixth blind round showed, on invented returns: a department's 基本支出 │
项目支出 on a label row of their own under the sources, with their amounts below; a 资金来源 row
naming sources the layout does not know (单位资金, 财政专户管理资金) beside 财政拨款 and 其他资金,
which are then not all of the year's money; 其中：当年预算 │ 上年结转 after 年度资金总额, the year's
parts; the count of people a fee waiver reaches (费用减免人数) is 正向; and values as offices
write them (phased deadlines with what each phase does, a date limit and its event, a recurring
deadline and its verb, an operator word, a verb and a count, a change against a stated base)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from goalbook.model import Op, TargetKind
from goalbook.targets import parse_target
from tests.returns import found_at, save_sheet

INDICATORS: list[list[Any]] = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "困难职工帮扶人数", "≥1200人"],
    [None, "质量指标", "帮扶资金精准发放率", "100%"],
    ["效益指标", "社会效益指标", "职工技能提升人数", "≥600人"],
    ["满意度指标", "服务对象满意度指标", "帮扶对象满意度", "≥92%"],
]


def _department(spend: float) -> list[list[Any]]:
    return [
        ["2027年度部门整体支出绩效目标表"],
        ["部门（单位）名称", "东岭市职工服务中心"],
        ["年度预算（万元）", "资金总额", "财政拨款", "单位资金", "其他资金"],
        [None, 1500, 1100, 360, 40],
        [None, "基本支出", "项目支出"],
        [None, 1500 - spend, spend],
        ["年度主要任务", "任务名称", "主要内容", "预算金额（万元）"],
        [None, "困难职工帮扶", "生活、医疗救助", 500],
        [None, "职工技能竞赛", "市级竞赛", 320],
        [None, "合计", None, 820],
        ["年度总体目标", "帮扶困难职工1200人以上。"],
        *INDICATORS,
    ]


@pytest.mark.parametrize(("spend", "flagged"), [(820, False), (800, True)])
def test_project_spending_under_the_sources_is_what_the_tasks_add_up_to(
    tmp_path: Path, spend: float, flagged: bool
) -> None:
    found = found_at(save_sheet(tmp_path / "d.xlsx", _department(spend), ("A3:A6", "A7:A10")))
    money = [f for f in found if f[0].startswith("B1") and f[1] == "error"]
    assert bool(money) is flagged, found


def _project(first_row: list[Any], sources: list[Any], amounts: list[Any]) -> list[list[Any]]:
    return [
        ["2027年度项目支出绩效目标表"],
        ["项目名称", "市级储备粮保管补贴", "项目期", "1年"],
        first_row,
        sources,
        amounts,
        ["年度绩效目标", "保管储备粮6万吨，数量真实、质量良好。"],
        *INDICATORS,
    ]


SOURCES = ["资金来源（万元）", "财政拨款", "财政专户管理资金", "单位资金", "其他资金", "合计"]


@pytest.mark.parametrize(("unit_money", "flagged"), [(80, False), (70, True)])
def test_sources_the_layout_does_not_know_make_the_known_two_no_whole(
    tmp_path: Path, unit_money: float, flagged: bool
) -> None:
    """1600 + 0 + 80 + 0 = 1680: no B101 on 年度资金总额 against 财政拨款 + 其他资金 alone; the
    row's own 合计 is still added up."""
    rows = _project(
        ["项目资金（万元）", "年度资金总额", 1680],
        SOURCES,
        [None, 1600, 0, unit_money, 0, 1680],
    )
    found = found_at(save_sheet(tmp_path / "p.xlsx", rows))
    assert not [f for f in found if f[0] == "B101" and f[2] == "C3"]
    assert bool([f for f in found if f[0] == "B101" and f[2] == "F5"]) is flagged, found


@pytest.mark.parametrize(("carried", "flagged"), [(80, False), (60, True)])
def test_this_years_budget_and_the_money_carried_over_make_the_years_whole(
    tmp_path: Path, carried: float, flagged: bool
) -> None:
    first = ["项目资金（万元）", "年度资金总额", 560, "其中：当年预算", 480, "上年结转", carried]
    rows = _project(first, ["年度目标补充"], [None])
    found = [f for f in found_at(save_sheet(tmp_path / "p.xlsx", rows)) if f[0] == "B101"]
    assert bool(found) is flagged, found


def test_the_people_a_fee_waiver_reaches_are_more_is_better(tmp_path: Path) -> None:
    rows = _project(["项目资金（万元）", "年度资金总额", 560], ["备注", "无"], [None])
    rows[7][2:4] = ["基本殡葬服务费用减免人数", "≥9000人"]
    found = found_at(save_sheet(tmp_path / "p.xlsx", rows))
    assert not [f for f in found if f[0] == "T108"]
    rows[7][2:4] = ["基本殡葬服务费用", "≥9000元"]  # a fee itself: less is better
    assert [f for f in found_at(save_sheet(tmp_path / "q.xlsx", rows)) if f[0] == "T108"]


@pytest.mark.parametrize(
    ("value", "end"),
    [
        ("一期2026年6月底前完成60场、二期12月底前完成其余场次", dt.date(2026, 12, 31)),
        ("一期2026年9月底前完成60户、二期2027年3月底前完成60户", dt.date(2027, 3, 31)),
        ("2028年12月底前全线贯通", dt.date(2028, 12, 31)),
        ("2026年底前", dt.date(2026, 12, 31)),
    ],
)
def test_a_date_limit_with_the_work_it_ends(value: str, end: dt.date) -> None:
    t = parse_target(value)
    assert (t.kind, t.op, t.date) == (TargetKind.DATE, Op.LE, end)


def test_a_recurring_deadline_with_its_verb() -> None:
    t = parse_target("每季度末前发放")
    assert (t.kind, t.note) == (TargetKind.DATE, "recurring deadline")


@pytest.mark.parametrize(("value", "number"), [("至少培育4支", 4), ("不少于举办12场", 12)])
def test_an_operator_word_a_verb_and_a_count(value: str, number: int) -> None:
    t = parse_target(value)
    assert (t.kind, t.op, t.number) == (TargetKind.QUANT, Op.GE, number)


def test_a_change_against_a_stated_base_is_relative() -> None:
    assert parse_target("较培训前提高10%以上").note == "compared with a baseline"
    assert parse_target("较培训提高很多").note != "compared with a baseline"


def _allocation(handed_out: list[float]) -> list[list[Any]]:
    rows: list[list[Any]] = [
        ["2026年度省级专项资金项目绩效目标申报表"],
        ["项目名称", "乡村文化站提升专项", "实施期", "3年（2026—2028年）"],
        ["项目资金（万元）", "资金来源", "实施期资金总额", "2026年（年度资金）", "2027年"],
        [None, "资金总额", 6000, 3000, 3000],
        [None, "其中：省级财政资金", 5000, 2500, 2500],
        [None, "市县配套资金", 1000, 500, 500],
        ["2026年省级资金分配", "市", "金额（万元）", "备注"],
    ]
    cities = ("北岭市", "南渡市")
    rows += [[None, city, amount] for city, amount in zip(cities, handed_out, strict=True)]
    rows += [[None, "合计", sum(handed_out)], ["年度目标", "提升文化站60个。"]]
    return rows + [list(r) for r in INDICATORS]


@pytest.mark.parametrize(("handed_out", "flagged"), [((1500, 1000), False), ((1500, 800), True)])
def test_an_allocation_of_a_years_source_hands_out_that_money(
    tmp_path: Path, handed_out: tuple[float, float], flagged: bool
) -> None:
    path = save_sheet(tmp_path / "a.xlsx", _allocation(list(handed_out)), ("A3:A6",))
    found = [f for f in found_at(path) if f[0] == "B101"]
    assert found == ([("B101", "warning", "C10")] if flagged else []), found
