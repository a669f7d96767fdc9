"""Session 63, round 194 (holdout617–619): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import budget_export, coded, found_at, save_sheet, table_found


def test_a_units_research_cost_is_a_cost(tmp_path: Path) -> None:
    """单款新品研发费用 ≤8万元/款 is a cost per item (less is better): no T108 for its ≤; a
    firm's 研发费用 sought stays more-is-better (≤ there: T108)."""
    rows: list[list[Any]] = [
        ["成本指标", "经济成本指标", "单款新品研发费用", "≤", 8, "万元/款"],
        ["效益指标", "经济效益指标", "企业研发费用", "≤", 50, "万元"],
    ]
    found = table_found(tmp_path / "r.xlsx", rows, "新品研发", "研发新品5款。")
    assert coded(found, "T108") == [("warning", "E8")]


def test_a_department_names_its_subject_once(tmp_path: Path) -> None:
    """In a 核桃 cooperative's flat list, 核桃脱青皮机购置数量 ≥12台 and 脱青皮机购置数量 ≥10台 are
    one indicator twice (D103)."""
    rows: list[list[Any]] = [
        ["2026年度部门整体支出绩效目标申报表"],
        ["部门（单位）名称", "青峪乡核桃专业合作社联合社"],
        ["指标名称", "指标值", "计量单位", "权重"],
        ["核桃脱青皮机购置数量", "≥12", "台", 30],
        ["脱青皮机购置数量", "≥10", "台", 30],
        ["社员满意度", "≥90", "%", 40],
    ]
    found = found_at(save_sheet(tmp_path / "d.xlsx", rows))
    assert coded(found, "D103") == [("warning", "A5")]


def test_plants_are_counted_in_their_measure_words(tmp_path: Path) -> None:
    """培育油茶容器苗15万株 against 油茶容器苗培育数量 ≥12万株 and 人工授粉花朵8万朵 against 人工
    授粉花朵数 ≥6万朵, in a one-year project (D104 at each value); 烘干 and 运维 said before the
    thing (烘干茶青300吨 for 茶青烘干量, 运维生产线3条 for 生产线运维数量)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "油茶容器苗培育数量", "≥", 12, "万株"],
        ["产出指标", "数量指标", "人工授粉花朵数", "≥", 6, "万朵"],
        ["产出指标", "数量指标", "茶青烘干量", "≥", 250, "吨"],
        ["产出指标", "数量指标", "生产线运维数量", "≥", 2, "条"],
    ]
    goal = "培育油茶容器苗15万株，人工授粉花朵8万朵，烘干茶青300吨，运维生产线3条。"
    found = table_found(tmp_path / "p.xlsx", rows, "油茶苗木与加工", goal)
    assert coded(found, "D104") == [("warning", f"E{r}") for r in (7, 8, 9, 10)]


def test_a_ratio_is_its_rate(tmp_path: Path) -> None:
    """鲜叶一级品率 ≥60% beside 鲜叶一级品比率 ≥70%: one indicator twice (D103)."""
    rows: list[list[Any]] = [
        ["产出指标", "质量指标", "鲜叶一级品率", "≥", 60, "%"],
        ["产出指标", "质量指标", "鲜叶一级品比率", "≥", 70, "%"],
    ]
    found = table_found(tmp_path / "r.xlsx", rows, "茶园提质", "提升鲜叶品质。")
    assert coded(found, "D103") == [("warning", "C8")]


def test_machines_fitted_and_things_gathered_under_quality_are_outputs(tmp_path: Path) -> None:
    """揉捻机组调试台数 ≥4台 and 优质穗条采集数量 ≥30万条 under 质量指标 (F201 at each name)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "揉捻机组购置数量", "≥", 4, "台"],
        ["产出指标", "质量指标", "揉捻机组调试台数", "≥", 4, "台"],
        ["产出指标", "质量指标", "优质穗条采集数量", "≥", 30, "万条"],
    ]
    found = table_found(tmp_path / "m.xlsx", rows, "茶叶加工", "购置揉捻机组4台。")
    assert coded(found, "F201") == [("warning", "C8"), ("warning", "C9")]


def test_a_standard_against_the_lines_total_of_an_export(tmp_path: Path) -> None:
    """An export's 05-1 gives its money as lines and 合计 80 only; 单套设备购置成本 ≤8万元/套 ×
    购置监控设备12套 = 96万元 is above it (B107 at the standard)."""
    money = [
        ["2026年部门项目支出预算表"],
        ["项目编码", "项目名称", "支出内容", "金额"],
        ["5214062600001", "林区监控设备购置", "监控设备购置", 80],
        ["合计", None, None, 80],
    ]
    indicators = [
        ["产出指标", "数量指标", "购置监控设备", "≥12套"],
        ["产出指标", "成本指标", "单套设备购置成本", "≤8万元/套"],
        ["满意度指标", "服务对象满意度指标", "管护单位满意度", "≥90%"],
    ]
    path = budget_export(
        tmp_path / "e.xlsx", ("项目支出预算05-1", money),
        ("项目支出绩效目标05-2", [["2026年部门项目支出绩效目标表"]]),
        [("5214062600001", "林区监控设备购置")], indicators,
    )  # fmt: skip
    assert [f for f in found_at(path) if f[0] == "B107"] == [("B107", "warning", "F4")]


def test_a_count_of_a_rule_to_be_made_is_a_value(tmp_path: Path) -> None:
    """技术规程编制 │ 形成地方标准1项: how many of what is made, no T102."""
    rows: list[list[Any]] = [
        ["效益指标", "可持续影响指标", "技术规程编制", None, "形成地方标准1项", None],
    ]
    found = table_found(tmp_path / "t.xlsx", rows, "技术推广", "编制技术规程。")
    assert coded(found, "T102") == []
