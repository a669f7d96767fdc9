"""Rounds 184 and 185 (holdout587–592): each test fails without its change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.returns import coded, found_at, period_row, save_sheet, table_found, three_year_table


def test_buildings_counted_in_dong_are_read_from_the_goal(tmp_path: Path) -> None:
    """升级自动喂料鸽舍45栋 against 升级自动喂料鸽舍 ≥40栋 (D104 at the value)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "升级自动喂料鸽舍", "≥", 40, "栋"],
        ["满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "d.xlsx", rows, "鸽舍升级", "为社员升级自动喂料鸽舍45栋。")
    assert coded(found, "D104") == [("warning", "E7")]


def test_a_count_another_indicator_gives_is_no_contradiction_of_this_one(
    tmp_path: Path,
) -> None:
    """完成蜜柚分级包装3000吨 beside 蜜柚分级包装量 ≥3000吨 and 蜜柚分级包装数量 ≥2500吨: the text
    gives the first's count; the pair is D103, and no D104 says the text contradicts the
    second."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "蜜柚分级包装量", "≥", 3000, "吨"],
        ["产出指标", "数量指标", "蜜柚分级包装数量", "≥", 2500, "吨"],
        ["满意度指标", "服务对象满意度指标", "果农满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "k.xlsx", rows, "蜜柚分级包装", "完成蜜柚分级包装3000吨。")
    assert coded(found, "D104") == []
    assert coded(found, "D103") == [("warning", "C8")]


def test_a_name_after_one_of_several_subject_words_is_the_same_indicator(
    tmp_path: Path,
) -> None:
    """乳鸽品牌推介会场次 ≥6场 and 品牌推介会场次 ≥4场 in a 乳鸽区域品牌营销 project: 乳鸽 is the
    project's subject though 品牌, after it, is in the project's name too (D103 at the second)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "乳鸽品牌推介会场次", "≥", 6, "场"],
        ["产出指标", "数量指标", "签约商超客户", "≥", 20, "家"],
        ["产出指标", "数量指标", "品牌推介会场次", "≥", 4, "场"],
        ["满意度指标", "服务对象满意度指标", "客户满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "p.xlsx", rows, "乳鸽区域品牌营销推广", "签约商超客户20家。")
    assert coded(found, "D103") == [("warning", "C9")]


def test_a_count_named_with_or_without_changci_is_one_indicator(tmp_path: Path) -> None:
    """果品分级技术培训 ≥12场 and 果品分级技术培训场次 ≥10场: one count (D103 at the second)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "果品分级技术培训", "≥", 12, "场"],
        ["产出指标", "数量指标", "病虫害统防统治面积", "≥", 8000, "亩"],
        ["产出指标", "数量指标", "果品分级技术培训场次", "≥", 10, "场"],
        ["满意度指标", "服务对象满意度指标", "果农满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "c.xlsx", rows, "蜜柚产业服务", "统防统治8000亩。")
    assert coded(found, "D103") == [("warning", "C9")]


def test_a_deadline_with_the_work_done_by_it_is_a_deadline(tmp_path: Path) -> None:
    """2026年12月31日前完成设备安装 under 投产时间: a deadline and the work due by it (no T102);
    a sentence without a deadline still is a description."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新建加工车间", "≥", 1, "个"],
        ["产出指标", "时效指标", "加工车间投产时间", None, "2026年12月31日前完成设备安装", None],
        ["满意度指标", "服务对象满意度指标", "企业满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "t.xlsx", rows, "加工车间建设", "新建加工车间1个。")
    assert coded(found, "T102") == []
    rows[1][4] = "按计划组织设备安装并开展调试工作"
    found = table_found(tmp_path / "s.xlsx", rows, "加工车间建设", "新建加工车间1个。")
    assert coded(found, "T102") == [("warning", "E8")]


def test_cocoons_gone_mouldy_are_less_the_better(tmp_path: Path) -> None:
    """霉烂茧率 ≥2% (holdout591's ec08): cocoons spoilt, a 反向 rate (T108); ≤2% is right."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "收购鲜茧数量", "≥", 1500, "吨"],
        ["产出指标", "质量指标", "霉烂茧率", "≥", "2", "%"],
        ["满意度指标", "服务对象满意度指标", "蚕农满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "m.xlsx", rows, "鲜茧收购", "收购鲜茧1500吨。")
    assert coded(found, "T108") == [("warning", "E8")]
    rows[1][3] = "≤"
    found = table_found(tmp_path / "r.xlsx", rows, "鲜茧收购", "收购鲜茧1500吨。")
    assert coded(found, "T108") == []


def test_this_years_count_in_a_goal_naming_the_period_is_the_years(tmp_path: Path) -> None:
    """实施冷链流通提升三年行动（2026—2028年），本年度新增冷链集配点8个 in the year's goal: the
    period named first, the count this year's (本年度), held against the year's ≥8个 (no
    D104), not the period's ≥24个."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新增冷链集配点", "≥24个", "≥8个"],
        ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "≥90%"],
    ]
    year = "实施冷链流通提升三年行动（2026—2028年），本年度新增冷链集配点8个。"
    found = found_at(three_year_table(tmp_path / "y.xlsx", rows, "三年新增冷链集配点24个。", year))
    assert coded(found, "D104") == []
    rows[0][4] = "≥6个"
    found = found_at(three_year_table(tmp_path / "n.xlsx", rows, "三年新增冷链集配点24个。", year))
    assert coded(found, "D104") == [("warning", "E8")]


def test_a_three_year_goal_over_a_rolling_table_is_the_periods(tmp_path: Path) -> None:
    """三年总体目标 建成…采穗圃300亩 over a rolling table of one value a year (≥100亩 in each of
    2026, 2027, 2028): the goal is the period's, and no year's value is held against it (no
    D104 at the first year's)."""
    rows: list[list[Any]] = [
        ["项目名称", "林木良种基地建设项目"],
        period_row(dt.date(2028, 12, 31)),
        ["项目资金（万元）", "资金来源", "三年合计", "2026年", "2027年", "2028年"],
        [None, "资金总额", 900, 300, 300, 300],
        ["三年总体目标", "建成杉木、油茶良种采穗圃300亩，三年出圃良种苗木300万株。"],
        ["2026年度目标", "新建采穗圃100亩，出圃良种苗木80万株。"],
        ["一级指标", "二级指标", "三级指标", "2026年", "2027年", "2028年"],
        ["产出指标", "数量指标", "新建良种采穗圃", "≥100亩", "≥100亩", "≥100亩"],
        ["产出指标", "数量指标", "出圃良种苗木", "≥80万株", "≥100万株", "≥120万株"],
        ["满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "≥90%", "≥90%"],
    ]
    path = save_sheet(tmp_path / "r.xlsx", [["2026—2028年项目支出绩效目标表（三年滚动）"], *rows])
    assert coded(found_at(path), "D104") == []


def test_a_rate_the_goal_says_otherwise_is_still_read(tmp_path: Path) -> None:
    """冷库温控达标率达到95% against ≥98%: a level said after the quoted name, D104 at the value
    (the check of a count another indicator gives must not break on a level's match)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新建冷库", "≥", 1, "座"],
        ["产出指标", "质量指标", "冷库温控达标率", "≥", "98", "%"],
        ["满意度指标", "服务对象满意度指标", "商户满意度", "≥", "90", "%"],
    ]
    goal = "新建冷库1座，冷库温控达标率达到95%。"
    found = table_found(tmp_path / "l.xlsx", rows, "冷库建设", goal)
    assert coded(found, "D104") == [("warning", "E8")]


def test_a_period_goal_that_gives_the_years_value_is_no_second_finding(tmp_path: Path) -> None:
    """三年初加工鲜苓1000吨 over a row with ≥800吨 for the period and ≥1000吨 for the year: the
    year's value above the period's is D201; the text agrees with the row's year column, so
    no D104 says it again at the period's value."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "初加工鲜苓", "≥800吨", "≥1000吨"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"],
    ]
    period, year = "三年初加工鲜苓1000吨。", "当年初加工鲜苓400吨。"
    found = found_at(three_year_table(tmp_path / "p.xlsx", rows, period, year))
    assert coded(found, "D201") == [("error", "E8")]
    assert coded(found, "D104") == []


def test_a_marked_name_and_the_years_whole_are_one_indicator(tmp_path: Path) -> None:
    """★冷链配送车次 ≥1200车次 and 全年冷链配送车次 ≥1500车次: a mark (★) and the year's whole
    (全年) add nothing to the name, one indicator twice (D103 at the second)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "★冷链配送车次", "≥", 1200, "车次"],
        ["产出指标", "数量指标", "覆盖乡镇", "≥", 12, "个"],
        ["产出指标", "数量指标", "全年冷链配送车次", "≥", 1500, "车次"],
        ["满意度指标", "服务对象满意度指标", "商户满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "s.xlsx", rows, "冷链分拨中心", "覆盖乡镇12个。")
    assert coded(found, "D103") == [("warning", "C9")]
