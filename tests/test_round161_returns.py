"""Rounds 161 and on (holdout518–, and the metamorphic edits of earlier corpora): returns in
shapes of their own. Every workbook is invented and built here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from goalbook.reader import read_tables
from tests.returns import found_at, one_year_table, save_sheet


def test_a_value_against_last_year_beside_tier_labels_written_with_their_heads(
    tmp_path: Path,
) -> None:
    """一级指标：效益指标 │ 二级指标：社会效益指标 │ 群众看戏便利程度 │ 较上年提高 (three cells
    a head word would start: 一级指标, 二级指标, 上年): an indicator, not the header repeated; the
    row under it, its tier-1 left empty, stays under 效益指标 (no F105)."""
    rows: list[list[Any]] = [
        ["一级指标：产出指标", "二级指标：数量指标", "送戏下乡场次", "≥", 40, "场"],
        [None, "二级指标：质量指标", "演出安全事故发生数", "=", 0, "起"],
        ["一级指标：效益指标", "二级指标：社会效益指标", "群众看戏便利程度", None, "较上年提高"],
        [None, "二级指标：可持续影响指标", "送戏下乡长效机制", None, "建立并执行"],
        ["一级指标：满意度指标", "二级指标：服务对象满意度指标", "观众满意度", "≥", "90", "%"],
    ]
    path = save_sheet(tmp_path / "p.xlsx", one_year_table("送戏下乡", 30, "送戏40场。", rows, []))
    table = read_tables(path)[0]
    assert [i.label for i in table.indicators][2:4] == ["群众看戏便利程度", "送戏下乡长效机制"]
    assert table.indicators[3].tier1 is not None and "效益" in table.indicators[3].tier1.text
    assert not [f for f in found_at(path) if f[1] == "error"]


def test_a_measure_wrapped_onto_the_row_below_its_name(tmp_path: Path) -> None:
    """修复乡村道路 │ ≥35公里 over 里程（含桥涵） with nothing beside it (a name wrapped in its
    cell, the merges lost): one indicator, 修复乡村道路里程（含桥涵）, no T101; a row of a name of
    its own with no value under it keeps its T101."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "修复乡村道路", "≥", 35, "公里"],
        [None, None, "里程（含桥涵）", None, None, None],
        [None, "质量指标", "道路验收合格率", "≥", "95", "%"],
        ["效益指标", "社会效益指标", "通行时间缩短", "≥", 20, "分钟"],
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", "90", "%"],
    ]
    path = save_sheet(tmp_path / "w.xlsx", one_year_table("乡村道路修复", 30, "修路。", rows, []))
    assert [i.label for i in read_tables(path)[0].indicators][:2] == [
        "修复乡村道路里程（含桥涵）", "道路验收合格率"
    ]  # fmt: skip
    assert "T101" not in {f[0] for f in found_at(path)}
    rows[1][2] = "道路养护巡查制度"
    path = save_sheet(tmp_path / "v.xlsx", one_year_table("乡村道路修复", 30, "修路。", rows, []))
    assert ("T101", "error", "E8") in found_at(path)


def test_english_heads_with_brackets_typed_full_width(tmp_path: Path) -> None:
    """A bilingual header's English line under the Chinese one, its brackets typed full width
    (Target （period） │ Target （year）): a line of the header, no indicator without tiers
    (no F101/F102 at it), and the rows below are read under their tiers."""
    head = ["一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"]
    english = ["Level 1", "Level 2", "Indicator", "Target （period）", "Target （year）"]
    rows: list[list[Any]] = [
        english,
        ["产出指标", "数量指标", "鸬鹚驯养户数", "≥20户", "≥20户"],
        ["效益指标", "社会效益指标", "带动游客人次", "≥3万人次", "≥1万人次"],
        ["满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%"],
    ]
    path = save_sheet(tmp_path / "b.xlsx", one_year_table("鸬鹚捕鱼", 30, "驯养。", rows, [], head))
    assert [i.label for i in read_tables(path)[0].indicators] == [
        "鸬鹚驯养户数", "带动游客人次", "游客满意度"
    ]  # fmt: skip
    assert not {"F101", "F102"} & {f[0] for f in found_at(path)}


def test_a_station_to_build_by_a_date_in_a_flat_list_is_an_indicator(tmp_path: Path) -> None:
    """A flat list (no tier columns): 新建北坡村综合服务站 │ 2026-06-30 names works to do by a
    date, no office signing the form off: the indicators below it are read; 云塘县民政局 │
    2026年12月8日 under the list still ends it."""
    head = ["指标名称", "指标值", "计量单位"]
    rows: list[list[Any]] = [
        ["新建村级服务点", "≥6", "个"],
        ["新建北坡村综合服务站", dt.date(2026, 6, 30)],
        ["服务点验收合格率", "≥95%", "%"],
        ["群众满意度", "≥90%", "%"],
    ]
    below = [["云塘县民政局", "2026年12月8日"], ["台账核查人次", "≥300", "人次"]]
    path = save_sheet(
        tmp_path / "f.xlsx", one_year_table("服务站", 40, "建站。", rows, below, head)
    )
    assert [i.label for i in read_tables(path)[0].indicators] == [
        "新建村级服务点", "新建北坡村综合服务站", "服务点验收合格率", "群众满意度"
    ]  # fmt: skip


def test_a_numbered_project_line_over_its_block_is_no_indicator(tmp_path: Path) -> None:
    """项目二：城区智慧停车系统建设 alone on its row (not merged across), the second project's
    项目名称 row under it: no indicator of the first project (no T101 at it), and both projects'
    indicators are read."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "改造公交站亭", "≥", 40, "座"],
        ["效益指标", "社会效益指标", "候车群众人次", "≥", 30000, "人次"],
        ["满意度指标", "服务对象满意度指标", "乘客满意度", "≥", "90", "%"],
    ]
    first = one_year_table("公交站亭改造", 120, "改造站亭40座。", rows, [])
    second = one_year_table("城区智慧停车系统建设", 300, "建成停车系统。", rows, [])
    sheet = [first[0], ["项目一：公交站亭改造"], *first[1:], [],
             ["项目二：城区智慧停车系统建设"], *second[1:]]  # fmt: skip
    path = save_sheet(tmp_path / "s.xlsx", sheet)
    tables = read_tables(path)
    assert [len(t.indicators) for t in tables] == [3, 3]
    assert "T101" not in {f[0] for f in found_at(path)}
