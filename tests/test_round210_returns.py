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


def test_a_subsidy_per_mu_held_against_its_tasks_own_area(tmp_path: Path) -> None:
    """规范化种植补助标准 ≤400元/亩 against 任务“丹参规范化种植” 80万元, whose own goal gives
    2000亩: 80万元, no B107, though the table's area (丹参、白术 3000亩) would give 120万元 (the
    all-corpora run's false warnings on holdout650 gj08 and holdout569 dg06)."""
    rows: list[list[Any]] = [
        ["2026年度部门整体支出绩效目标申报表"],
        ["部门（单位）名称", "某县中药材产业发展中心"],
        ["年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出"],
        [None, 300, 260, 40, 170, 130],
        ["年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标"],
        [None, "丹参规范化种植", "种苗补助", 80, "丹参规范化种植2000亩"],
        [None, "白术绿色防控", "绿色防控示范", 50, "白术绿色防控1000亩"],
        [None, "金额合计", None, 130],
        ["年度总体目标", "推广丹参、白术规范化种植3000亩。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "规范化种植推广面积", "≥3000亩"],
        ["成本指标", "经济成本指标", "规范化种植补助标准", "≤400元/亩"],
        ["满意度指标", "服务对象满意度指标", "药农满意度", "≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "g.xlsx", rows))
    assert not coded(found, "B107")


def test_batches_named_with_their_count_word(tmp_path: Path) -> None:
    """驼奶样品检测批次 / 驼奶样品检测批次数 (≥600批 both): one indicator given twice (D101 or
    D103; round 208's reading of 批次 as the unit had parted them, holdout616 fb06)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "驼奶样品检测批次", "≥", 600, "批"],
        ["产出指标", "数量指标", "驼奶样品检测批次数", "≥", 600, "批"],
    ]
    found = table_found(tmp_path / "n.xlsx", rows, "驼奶检测", "检测驼奶样品600批。", 85)
    assert [at for code, _sev, at in found if code in ("D101", "D103")] == ["C8"]
