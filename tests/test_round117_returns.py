"""Rounds 117 and after: held-out returns (holdout356 on) in shapes of their own: a batch of
spawn bags spoilt by mould, given as a rate, and a geothermal well's water table falling by
a yearly amount. Every workbook is invented and built here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import (
    found_at,
    one_year_table,
    save_sheet,
)


def _table(rows: list[list[Any]]) -> list[list[Any]]:
    gained = ["效益指标", "经济效益指标", "示范户户均增收", "≥", 0.6, "万元"]
    satisfied = ["满意度指标", "服务对象满意度指标", "示范户满意度", "≥", 90, "%"]
    goal = "2026年建设香菇示范棚并开展地热供暖监测。"
    return one_year_table("香菇示范棚", 48, goal, rows, [gained, satisfied])


def _t108(found: list[tuple[str, str, str]], row: int) -> list[tuple[str, str, str]]:
    return [f for f in found if f[0] == "T108" and f[2][1:] == str(row)]


def test_a_spoilt_batch_rate_is_capped(tmp_path: Path) -> None:
    """菌袋杂菌污染率 ≥2%: the share of spawn bags spoilt is 反向, ≥ sets a floor on the harm
    (T108, a warning); ≤2% is right."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "示范栽培香菇", "≥", 50, "万袋"],
        ["产出指标", "质量指标", "菌袋杂菌污染率", "≥", 2, "%"],
    ]
    found = found_at(save_sheet(tmp_path / "g.xlsx", _table(rows)))
    assert [f[1] for f in _t108(found, 8)] == ["warning"], found
    rows[1][3] = "≤"
    assert not _t108(found_at(save_sheet(tmp_path / "l.xlsx", _table(rows))), 8)


def test_a_water_table_falling_by_a_yearly_amount_is_capped(tmp_path: Path) -> None:
    """地热水位年降幅 ≤1米: the less a geothermal well's water table falls the better (no T108,
    unlike 能耗降幅, a cut achieved); ≥1米 asks it to fall (T108, a warning)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "监测地热井", "≥", 12, "眼"],
        ["产出指标", "质量指标", "地热水位年降幅", "≤", 1, "米"],
    ]
    assert not _t108(found_at(save_sheet(tmp_path / "l.xlsx", _table(rows))), 8)
    rows[1][3] = "≥"
    found = found_at(save_sheet(tmp_path / "g.xlsx", _table(rows)))
    assert [f[1] for f in _t108(found, 8)] == ["warning"], found


def test_a_lead_time_before_an_event_is_a_value(tmp_path: Path) -> None:
    """节日前5天 under 时效: how long before the festival the visits are done, as measurable
    as 提前5天 (no T102); 及时完成 there still describes instead of giving a time (T102)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "慰问示范户", "≥", 40, "户"],
        ["产出指标", "时效指标", "节前慰问完成时间", None, "节日前5天", None],
    ]
    found = found_at(save_sheet(tmp_path / "e.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "T102"], found
    rows[1][4] = "及时完成"
    found = found_at(save_sheet(tmp_path / "t.xlsx", _table(rows)))
    assert [f for f in found if f[0] == "T102" and f[2] == "E8"], found


def test_the_money_a_satisfaction_survey_costs_is_no_share(tmp_path: Path) -> None:
    """年度满意度测评费用 ≤30万元: the money the survey costs, not a share of the people
    satisfied (no T105); 满意度测评覆盖率 │ 3000 │ 人 still is a rate given as a count."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "示范栽培香菇", "≥", 50, "万袋"],
        ["成本指标", "经济成本指标", "年度满意度测评费用", "≤", 30, "万元"],
    ]
    found = found_at(save_sheet(tmp_path / "m.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "T105"], found
    rows[1][1:6] = ["质量指标", "满意度测评覆盖率", "≥", 3000, "人"]
    found = found_at(save_sheet(tmp_path / "r.xlsx", _table(rows)))
    assert [f for f in found if f[0] == "T105" and f[2][1:] == "8"], found


def test_a_tier_score_off_its_indicators_is_marked_at_its_score_cell(tmp_path: Path) -> None:
    """一、产出指标（50分） │ 50 │ … with indicator scores adding to 40: W103 at the tier's score
    cell (B7), where the reviewer changes a number, not at its label; a label whose points
    differ from its score cell is still where the 50 comes from."""
    head = ["一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"]
    rows: list[list[Any]] = [
        ["一、产出指标（50分）", 50, "数量指标", "更新路名牌", "≥80块", 20],
        [None, None, "质量指标", "安装验收合格率", "≥98%", 20],
        ["二、成本指标（10分）", 10, "经济成本指标", "单块更新成本", "≤1500元/块", 10],
        ["三、效益指标（30分）", 30, "社会效益指标", "导航标注准确率", "≥95%", 30],
        ["四、满意度指标（10分）", 10, "服务对象满意度指标", "群众满意度", "≥90%", 10],
    ]
    goal = "2026年更新路名牌80块。"
    table = one_year_table("路名牌更新", 16, goal, rows, [], head)
    found = found_at(save_sheet(tmp_path / "b.xlsx", table))
    assert [f for f in found if f[0] == "W103"] == [("W103", "error", "B7")], found
    rows[0][1] = 40  # the label's 50 against the cell's 40: the label is the one declared
    found = found_at(
        save_sheet(tmp_path / "a.xlsx", one_year_table("路名牌", 16, goal, rows, [], head))
    )
    assert [f for f in found if f[0] == "W103"] == [("W103", "error", "A7")], found
