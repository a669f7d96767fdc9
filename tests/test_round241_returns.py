"""Session 69, round 241 (holdout758–760): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from goalbook.reader import read_tables
from tests.returns import coded, found_at, table_found


def test_the_count_of_a_reordered_near_duplicate(tmp_path: Path) -> None:
    """病险水库除险加固设计数量 ≥3座 beside 除险加固设计病险水库数量 ≥4座, the goal saying 完成3座
    病险水库除险加固初步设计: the first's count (D103 names the pair), no D104 at the second (a
    false warning on holdout758 kcn06)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "病险水库除险加固设计数量", "≥", 3, "座"],
        ["产出指标", "质量指标", "初步设计审批通过率", "≥", 95, "%"],
        ["产出指标", "质量指标", "除险加固设计病险水库数量", "≥", 4, "座"],
    ]
    goal = "完成3座病险水库除险加固初步设计及审批。"
    found = table_found(tmp_path / "a.xlsx", rows, "水库除险加固设计", goal, 60)
    assert coded(found, "D103") == [("warning", "C9")]
    assert coded(found, "D104") == []


def test_the_count_of_a_near_duplicate_said_in_ming(tmp_path: Path) -> None:
    """补助教练员人数 ≥260人 beside 教练员补助人数 ≥280人, the goal saying 补助教练员280名: 名 is
    人, the pair's count (no D104; a false warning on holdout760 kcp10)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "教练员补助人数", "≥", 280, "人"],
        ["产出指标", "数量指标", "补助教练员人数", "≥", 260, "人"],
    ]
    goal = "完成青少年体校教练员训练补助发放，补助教练员280名。"
    found = table_found(tmp_path / "a.xlsx", rows, "体校教练员补助", goal, 80)
    assert coded(found, "D104") == []


def test_calls_handled_and_weights_destroyed(tmp_path: Path) -> None:
    """平台接警处置数量 ≥1200起: calls handled, no time (no T108; a false warning on holdout759
    kco03); 集中销毁假冒商品重量 ≥30吨 against 集中销毁假冒商品50吨 (D104; missed on kco09)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "平台接警处置数量", "≥", 1200, "起"],
        ["产出指标", "数量指标", "集中销毁假冒商品重量", "≥", 30, "吨"],
    ]
    goal = "集中销毁假冒商品50吨，执法装备按期更新。"
    found = table_found(tmp_path / "a.xlsx", rows, "电梯应急处置", goal, 90)
    assert coded(found, "T108") == []
    assert coded(found, "D104") == [("warning", "E8")]


def test_a_goal_in_an_exports_rows_after_its_code_and_name(tmp_path: Path) -> None:
    """项目编码 │ 项目名称 │ 年度绩效目标 │ its text, in an export's first row: the goal, no row
    realigned (a false S101 on holdout758 kcn11); 为2026年汛期灌溉供水提供保障 is a later year
    the work prepares for (no Y103)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["2025年部门项目支出绩效目标表"])
    ws.append(["项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"])
    goal = "清淤支渠9公里、土方7万立方米，为2026年汛期灌溉供水提供保障。"
    ws.append(["530825250011", "青茆灌区支渠清淤", "年度绩效目标", goal])
    ws.append([None, None, "产出指标", "数量指标", "清淤支渠长度", "≥9公里"])
    ws.append([None, None, None, "质量指标", "清淤工程验收合格率", "≥95%"])
    ws.append([None, None, "满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"])
    ws.merge_cells("A3:A6")
    ws.merge_cells("B3:B6")
    ws.merge_cells("D3:F3")
    path = tmp_path / "a.xlsx"
    wb.save(path)
    found = found_at(path)
    assert coded(found, "S101") == []
    assert coded(found, "Y103") == []
    (table,) = read_tables(path)
    assert table.fields["goal_annual"].text == goal


def test_guard_a_time_to_dispatch_after_a_call(tmp_path: Path) -> None:
    """Guard from the all-corpora run s69e: 接警后派警时间 ≥3分钟 is a time cut, the less the
    better (T108; missed on holdout97 lc04 once 接警 alone stopped saying a time)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "平台接警处置数量", "≥", 1200, "起"],
        ["产出指标", "时效指标", "接警后派警时间", "≥", 3, "分钟"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "应急指挥平台", "处置接警1200起。", 90)
    assert coded(found, "T108") == [("warning", "E8")]
