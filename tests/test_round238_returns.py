"""Session 69, round 238 (holdout749–751): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, found_at, table_found, three_year_table


def test_directions_of_fires_repeats_and_staffed_hours(tmp_path: Path) -> None:
    """秸秆焚烧火点发生数 ≥3个 and 重复举报率 ≥5%: less is better, the operator is wrong (T108;
    missed on holdout749 kce14, holdout751 kcg14); 坐席值守时长 =24小时/天: hours a line is
    staffed, no time cut (no T108; a false warning on kcg13)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "禁烧期巡查天数", "≥", 150, "天"],
        ["产出指标", "质量指标", "秸秆焚烧火点发生数", "≥", 3, "个"],
        ["产出指标", "质量指标", "坐席值守时长", "=", 24, "小时/天"],
        ["效益指标", "社会效益指标", "重复举报率", "≥", 5, "%"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "秸秆禁烧", "禁烧期巡查150天。", 60)
    assert coded(found, "T108") == [("warning", "E8"), ("warning", "E10")]


def test_a_standard_per_term(tmp_path: Path) -> None:
    """生均补助标准 ≤350元/生·学期 × 8000人 × 2 terms = 560万元 above 480万元 (B107; missed on
    holdout750 kcf02); with 600万元 it fits."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "补助学校数", "≥", 35, "所"],
        ["产出指标", "数量指标", "受益学生人数", "≥", 8000, "人"],
        ["成本指标", "经济成本指标", "生均补助标准", "≤", 350, "元/生·学期"],
    ]
    goal = "对全区35所中小学课后服务给予补助，受益学生8000人。"
    found = table_found(tmp_path / "a.xlsx", rows, "课后服务补助", goal, 480)
    assert coded(found, "B107") == [("warning", "E9")]
    found = table_found(tmp_path / "b.xlsx", rows, "课后服务补助", goal, 600)
    assert coded(found, "B107") == []


def test_station_rounds_valid_data_and_stations_paid_for(tmp_path: Path) -> None:
    """质控比对次数 ≥100站次 against 全年开展质控比对120站次 (D104); 站点数据有效率 under 时效 (a
    quality, F201); 单站年运维费 ≤3万元/站 × 运维站点数 60个 = 180万元 above 150万元 (B107): all
    three missed on holdout751 kcg03."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "运维站点数", "≥", 60, "个"],
        ["产出指标", "数量指标", "质控比对次数", "≥", 100, "站次"],
        ["产出指标", "时效指标", "站点数据有效率", "≥", 90, "%"],
        ["成本指标", "经济成本指标", "单站年运维费", "≤", 3, "万元/站"],
    ]
    goal = "对全省60个省控空气站开展运行维护，全年开展质控比对120站次。"
    found = table_found(tmp_path / "a.xlsx", rows, "空气站运维", goal, 150)
    assert coded(found, "D104") == [("warning", "E8")]
    assert coded(found, "F201") == [("warning", "C9")]
    assert coded(found, "B107") == [("warning", "E10")]


def test_forms_filled_in_under_quality(tmp_path: Path) -> None:
    """普查表填报数量 ≥2300份 under 质量: forms filled in, an output (F201; missed on holdout751
    kcg08)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "规模化养殖场入户核查数", "≥", 2000, "家"],
        ["产出指标", "质量指标", "普查表填报数量", "≥", 2300, "份"],
        ["产出指标", "质量指标", "数据审核通过率", "≥", 95, "%"],
    ]
    goal = "入户核查规模化养殖场2000家。"
    found = table_found(tmp_path / "a.xlsx", rows, "污染源普查更新", goal, 85)
    assert coded(found, "F201") == [("warning", "C8")]


def test_cities_covered_counted_by_the_work_done_in_them(tmp_path: Path) -> None:
    """覆盖设区市 ≥6个 against the 中期目标's 完成全省8个设区市…衔接核查 (D104; missed on
    holdout751 kcg12); 8个 agrees."""
    for period, expected in (("6", [("warning", "D9")]), ("8", [])):
        rows: list[list[Any]] = [
            ["产出指标", "数量指标", "衔接核查固定污染源", "≥4000家", "≥2000家"],
            ["产出指标", "数量指标", "覆盖设区市", f"≥{period}个", "≥4个"],
            ["产出指标", "质量指标", "核查问题整改率", "≥90%", "≥85%"],
        ]
        goal = "2026—2028年完成全省8个设区市排污许可证载明事项与普查数据的衔接核查。"
        found = found_at(three_year_table(tmp_path / "a.xlsx", rows, goal, "完成4个设区市。"))
        assert coded(found, "D104") == expected


def test_guard_a_note_giving_each_years_share_is_no_same_value(tmp_path: Path) -> None:
    """Guard from the all-corpora run s69c: 标准化建设村卫生室个数 ≥18个 in both columns with 备注
    每年6个: a year's share, so the year's ≥18 is the period's copied (D202; missed on holdout117
    lw14 once 各年均需覆盖 kept D202 quiet)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "标准化建设村卫生室个数", "≥18个", "≥18个", "每年6个"],
        ["产出指标", "质量指标", "建设验收合格率", "=100%", "=100%"],
    ]
    found = found_at(three_year_table(tmp_path / "a.xlsx", rows, "建设18个。", "建设6个。"))
    assert coded(found, "D202") == [("warning", "E8")]


def test_guard_a_venues_yearly_activities_under_an_effect(tmp_path: Path) -> None:
    """Guard from the all-corpora run s69c: 礼堂年度文化活动场次 ≥24场 under 社会效益 is the hall's
    yearly use, no output misfiled (no F201: a false warning on holdout46 jd07 once 年度 stopped
    reading as a rate's 度); 升级站点年度巡检次数 under 质量 is one."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "改造农村文化礼堂", "≥", 12, "个"],
        ["产出指标", "质量指标", "升级站点年度巡检次数", "≥", 4, "次"],
        ["效益指标", "社会效益指标", "礼堂年度文化活动场次", "≥", 24, "场"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "文化礼堂", "改造农村文化礼堂12个。", 120)
    assert coded(found, "F201") == [("warning", "C8")]
