"""Session 65, round 210 (holdout665–667): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, found_at, save_sheet, table_found


def test_checks_of_a_rate_counted_and_a_feed_ratio(tmp_path: Path) -> None:
    """籽棉回潮率检测批次 ≥600批 counts checks, no rate (no T105); 饵料系数 ≥1.2 is a 反向 measure
    with ≥ (T108)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "籽棉回潮率检测批次", "≥", 600, "批"],
        ["效益指标", "经济效益指标", "鳜鱼饵料系数", "≥", 1.2, ""],
    ]
    found = table_found(tmp_path / "r.xlsx", rows, "棉花检验", "检测籽棉600批。", 30)
    assert not coded(found, "T105")
    assert coded(found, "T108") == [("warning", "E8")]


def test_quality_words_of_fibre_and_progress_under_timeliness(tmp_path: Path) -> None:
    """机采采净率 under 时效 and 精干麻残胶率 under 数量 are qualities (F201); 质量追溯体系建设进度
    under 时效 is a time (none)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "机采棉作业面积", "≥", 2, "万亩"],
        ["产出指标", "数量指标", "精干麻残胶率", "≤", 3, "%"],
        ["产出指标", "时效指标", "机采采净率", "≥", 93, "%"],
        ["产出指标", "时效指标", "质量追溯体系建设进度", "≥", 80, "%"],
    ]
    found = table_found(tmp_path / "q.xlsx", rows, "棉麻", "完成机采作业2万亩。", 60)
    assert coded(found, "F201") == [("warning", "C8"), ("warning", "C9")]


def test_batches_in_ten_thousands_and_points_watched(tmp_path: Path) -> None:
    """完成苎麻纤维细度与残胶检验1.2万批次 against 苎麻纤维检验批次 ≥1万批次 (D104); 病害监测点
    数量 / 病害监测点位数量 under one tier-2 are one indicator (D103)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "苎麻纤维检验批次", "≥", 1, "万批次"],
        ["产出指标", "数量指标", "病害监测点数量", "≥", 15, "个"],
        ["产出指标", "数量指标", "病害监测点位数量", "≥", 12, "个"],
    ]
    goal = "完成苎麻纤维细度与残胶检验1.2万批次，设立病害监测点15个。"
    found = table_found(tmp_path / "b.xlsx", rows, "纤维检验", goal, 120)
    assert coded(found, "D104") == [("warning", "E7")]
    assert [at for code, _sev, at in found if code in ("D101", "D102", "D103")] == ["C9"]


def test_a_deadline_of_both_columns_in_one_cell(tmp_path: Path) -> None:
    """中期：2028年11月底前；年度：2026年11月底前 in one cell of a 2026—2028 table: the period's
    date is the period's (no Y102; the all-corpora run's four false warnings on holdout54 and
    holdout141 from round 207's reading of a cell)."""
    rows: list[list[Any]] = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "灌区续建配套", None, "项目期", "3年"],
        ["计划开始日期", "2026-01-01", None, "计划完成日期", "2028-12-31"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "新建泵站数量", "中期：≥9座；年度：≥3座"],
        [None, "时效指标", "年度工程完工时间", "中期：2028年11月底前；年度：2026年11月底前"],
        ["满意度指标", "服务对象满意度指标", "受益农户满意度", "中期：≥90%；年度：≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "c.xlsx", rows))
    assert not coded(found, "Y102")
