"""Session 68, round 233 (holdout734–736): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, found_at, save_sheet, table_found, three_year_table


def test_a_cost_its_remark_calls_a_cap(tmp_path: Path) -> None:
    """单座特大桥监测系统建设费用 │ 150 │ 万元/座 │ 上限: a bare cost its remark says is a cap
    (no T117; a false warning on holdout736 kbr09)."""
    rows: list[list[Any]] = [
        ["2026年度项目绩效指标表"],
        ["项目名称", "特大桥健康监测"],
        ["一级指标", "二级指标", "三级指标", "指标值", "单位", "备注"],
        ["产出指标", "数量指标", "监测系统覆盖特大桥数量", 8, "座", None],
        ["成本指标", "经济成本指标", "单座特大桥监测系统建设费用", 150, "万元/座", "上限"],
        ["满意度指标", "服务对象满意度指标", "养护单位满意度", 90, "%", None],
    ]
    found = found_at(save_sheet(tmp_path / "a.xlsx", rows))
    assert coded(found, "T117") == []


def test_a_bare_rate_beside_a_floor_in_the_period(tmp_path: Path) -> None:
    """参赛学校覆盖率 ≥90% over the period, 80% for the year (a typed percent): a level T103
    notes, not two ways of writing one target (no D203; a false warning on holdout735 kbq07)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "联赛参赛学校数", "≥64所", "≥40所"],
        ["效益指标", "社会效益指标", "参赛学校覆盖率", "≥90%", "80%"],
    ]
    path = three_year_table(tmp_path / "a.xlsx", rows, "三年覆盖全市学校。", "组织首届联赛。")
    found = found_at(path)
    assert coded(found, "D203") == []
    assert ("T103", "info", "E9") in found


def test_days_said_with_their_floor(tmp_path: Path) -> None:
    """全年免费开放天数 ≥300天 against 全年免费开放天数不少于330天 (D104); ≥330天 against 不少于
    300天 keeps the floor (none)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "全年免费开放天数", "≥", 300, "天"],
        ["产出指标", "数量指标", "年接待健身群众人次", "≥", 60, "万人次"],
    ]
    goal = "全年免费开放天数不少于330天，年接待健身群众60万人次。"
    found = table_found(tmp_path / "a.xlsx", rows, "场馆开放", goal, 120)
    assert coded(found, "D104") == [("warning", "E7")]
    rows[0][4] = 330
    kept = "全年免费开放天数不少于300天，年接待健身群众60万人次。"
    assert coded(table_found(tmp_path / "b.xlsx", rows, "场馆开放", kept, 120), "D104") == []
