"""Rounds 117 and after: held-out returns (holdout356 on) in shapes of their own: a batch of
spawn bags spoilt by mould, given as a rate, and a geothermal well's water table falling by
a yearly amount. Every workbook is invented and built here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import found_at, one_year_table, save_sheet


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
