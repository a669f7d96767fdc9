"""Session 67, round 221 (holdout698–700): each test fails without its change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.returns import coded, found_at, official_table, period_row, save_sheet, table_found


def test_a_signature_line_below_two_column_sets(tmp_path: Path) -> None:
    """填报人：… │ … │ 填报日期 │ 2025-11-18 below a table whose year's targets stand in a second
    column set: no indicator (no Y102 at the date, no S101)."""
    above = [
        period_row(dt.date(2027, 12, 31)),
        ["项目资金（万元）", "中期资金总额", 400, "年度资金总额", 200],
        ["总体目标", "中期目标（2026年—2027年）", None, "年度目标"],
        [None, "两年建设滴灌4000亩。", None, "2026年建设滴灌2000亩。"],
    ]
    head = ["一级指标", "二级指标（中期）", "三级指标（中期）", "指标值（中期）",
            "二级指标（年度）", "三级指标（年度）", "指标值（年度）"]  # fmt: skip
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "滴灌建设面积", "≥4000亩", "数量指标", "滴灌建设面积", "≥2000亩"],
        [None, "质量指标", "验收合格率", "≥95%", "质量指标", "验收合格率", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "果农满意度", "≥90%",
         "服务对象满意度指标", "果农满意度", "≥90%"],
    ]  # fmt: skip
    below = [["填报人：钟岚", None, "联系电话：0739-7420518", "填报日期", dt.date(2025, 11, 18)]]
    table = official_table("滴灌建设", rows, above=above, head=head, below=below)
    found = found_at(save_sheet(tmp_path / "sets.xlsx", table))
    assert not [f for f in found if f[2].endswith("11")]  # (the signature line: row 11)


def test_a_later_year_the_goal_gathers_material_for(tmp_path: Path) -> None:
    """为2027年启动县志续修提供口述资料 in a 2026 goal: a later year the work prepares for (no
    Y103)."""
    rows: list[list[Any]] = [["产出指标", "数量指标", "口述史采访人数", "≥", 40, "人"]]
    goal = "完成40位亲历者口述史采录，为2027年启动县志续修提供口述资料。"
    assert coded(table_found(tmp_path / "a.xlsx", rows, "口述史", goal, 20), "Y103") == []


def test_a_standard_for_new_volunteers_times_the_new_ones(tmp_path: Path) -> None:
    """新志愿者人均培训费用 │ ≤500元/人 is for the 新增注册志愿者人数 (300人), not the 注册志愿者
    总数 (1500人): 15万元 within 30万元 (no B107)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新增注册志愿者人数", "≥", 300, "人"],
        ["产出指标", "数量指标", "注册志愿者总数", "≥", 1500, "人"],
        ["成本指标", "经济成本指标", "新志愿者人均培训费用", "≤", 500, "元/人"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "时间银行", "新增注册志愿者300人。", 30)
    assert coded(found, "B107") == []


def test_a_count_after_the_places_it_is_in(tmp_path: Path) -> None:
    """在北坞村、上砚村建成村史馆3个 against 村史馆建成数量 │ ≥4个: the places listed before the
    thing are no things counted with it (D104); 展板制作数量 under 质量 is an output (F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "村史馆建成数量", "≥", 4, "个"],
        ["产出指标", "质量指标", "展板制作数量", "≥", 90, "块"],
    ]
    goal = "在北坞村、上砚村建成村史馆3个，制作展板90块。"
    found = table_found(tmp_path / "a.xlsx", rows, "村史馆", goal, 60)
    assert coded(found, "D104") == [("warning", "E7")]
    assert coded(found, "F201") == [("warning", "C8")]


def test_works_recorded_are_no_things_made(tmp_path: Path) -> None:
    """驿站录制作品数 │ ≥120件 under 社会效益: works recorded (录制 作品), not things made (no
    F201; a guard from the all-corpora run, holdout412 xf09)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "朗读驿站建设数量", "≥", 3, "个"],
        ["效益指标", "社会效益指标", "驿站录制作品数", "≥", 120, "件"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "朗读驿站", "建设朗读驿站3个。", 30)
    assert coded(found, "F201") == []
