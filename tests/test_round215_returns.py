"""Session 66, round 215 (holdout680–682): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from tests.returns import coded, found_at, one_year_table, save_sheet, table_found


def test_a_basis_with_a_price_rounded(tmp_path: Path) -> None:
    """晾晒架购置 10.00万元 (shown to the fen) │ 0.33万元/组×30组 (9.9万元): a third of a 万元
    rounded to 0.33, within its rounding (no B101); 10.50万元 is not (B101)."""
    rows: list[list[Any]] = [["产出指标", "数量指标", "购置晾晒架", "≥", 30, "组"]]
    for amount, expected in ((10, []), (10.5, [("error", "B9")])):
        below: list[list[Any]] = [
            ["资金明细（万元）", "金额", "测算依据"],
            ["晾晒架购置", amount, "0.33万元/组×30组"],
            ["合计", amount],
        ]
        path = save_sheet(
            tmp_path / f"r{amount}.xlsx",
            one_year_table("蓝染工坊", amount, "购置晾晒架30组。", rows, below),
        )
        book = openpyxl.load_workbook(path)
        sheet = book.active
        assert sheet is not None
        for cell in ("B9", "B10"):
            sheet[cell].number_format = '0.00"万元"'  # (the amounts shown to the fen: 10.00万元)
        book.save(path)
        assert coded(found_at(path), "B101") == expected


def test_outputs_costs_and_yields_under_the_wrong_tier2(tmp_path: Path) -> None:
    """紫苏种子采购成本 ≤16万元 under 数量 is a cost; 鲜料出油率 under 时效 a quality; 品牌推广活动
    举办次数 ≥10场 under 时效 an output (F201 each)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "紫苏种植面积", "≥", 350, "亩"],
        ["产出指标", "数量指标", "紫苏种子采购成本", "≤", 16, "万元"],
        ["产出指标", "时效指标", "鲜料出油率", "≥", 0.5, "%"],
        ["产出指标", "时效指标", "品牌推广活动举办次数", "≥", 10, "场"],
        ["产出指标", "成本指标", "单场推广活动成本", "≤", 2, "万元/场"],
    ]
    found = table_found(tmp_path / "f.xlsx", rows, "紫苏", "种植紫苏350亩。", 60)
    assert coded(found, "F201") == [("warning", "C8"), ("warning", "C9"), ("warning", "C10")]


def test_one_indicator_named_with_a_word_more(tmp_path: Path) -> None:
    """滴灌管网铺设长度 / 滴灌管网铺设总长度, 精油批次检测合格率 / 精油批次检验合格率 under one
    tier-2, and 享受补贴蛋鸡养殖场数量 / 享受补贴的蛋鸡养殖场数 (the same 40家) under two: one
    indicator each (D103)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "滴灌管网铺设长度", "≥", 18, "公里"],
        ["产出指标", "数量指标", "滴灌管网铺设总长度", "≥", 15, "公里"],
        ["产出指标", "数量指标", "享受补贴蛋鸡养殖场数量", "≥", 40, "家"],
        ["产出指标", "质量指标", "精油批次检测合格率", "≥", 98, "%"],
        ["产出指标", "质量指标", "精油批次检验合格率", "≥", 95, "%"],
        ["效益指标", "社会效益指标", "享受补贴的蛋鸡养殖场数", "≥", 40, "家"],
    ]
    found = table_found(tmp_path / "d.xlsx", rows, "精油", "铺设滴灌管网18公里。", 90)
    assert coded(found, "D103") == [("warning", "C8"), ("warning", "C11"), ("warning", "C12")]


def test_a_fee_per_batch_times_the_batches(tmp_path: Path) -> None:
    """单批次质量检测费用 ≤0.5万元/批 × 完成蒸馏批次 120批 = 60万元, above 50万元 (B107)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "完成蒸馏批次", "≥", 120, "批"],
        ["产出指标", "成本指标", "单批次质量检测费用", "≤", 0.5, "万元/批"],
    ]
    found = table_found(tmp_path / "b.xlsx", rows, "蒸馏车间", "完成蒸馏120批次。", 50)
    assert coded(found, "B107") == [("warning", "E8")]


def test_a_satisfaction_filed_under_effects_and_a_rule_published(tmp_path: Path) -> None:
    """消费者满意度 under 社会效益 with no 满意度指标 tier-1: F201 says where it is, once (no F106,
    no sure absence); 技术规程编制 │ 发布实施 is a state reached (no T102)."""
    rows: list[list[Any]] = [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "袋泡茶生产线", "≥1条"],
        [None, "质量指标", "成品抽检合格率", "≥98%"],
        [None, "时效指标", "生产线投产时间", "2026年7月31日前"],
        ["成本指标", "经济成本指标", "单袋生产成本", "≤0.35元/袋"],
        ["效益指标", "社会效益指标", "消费者满意度", "≥90%"],
        [None, "可持续影响指标", "散养技术规程编制", "发布实施"],
    ]
    found = found_at(save_sheet(tmp_path / "s.xlsx", rows))
    assert not coded(found, "F106")
    assert coded(found, "F201") == [("warning", "C6")]
    assert not coded(found, "T102")
