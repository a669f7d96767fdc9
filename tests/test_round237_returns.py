"""Session 69, round 237 (holdout746–748): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, found_at, table_found, three_year_table


def test_couples_counted_after_the_name(tmp_path: Path) -> None:
    """免费孕前优生健康检查对数 ≥5800对 against 全年完成免费孕前优生健康检查6200对: couples, 对, are
    a count (D104; missed on holdout747 kcc02)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "免费孕前优生健康检查对数", "≥", 5800, "对"],
        ["产出指标", "质量指标", "检查报告规范率", "≥", 95, "%"],
    ]
    for said, expected in ((6200, [("warning", "E7")]), (5800, [])):
        goal = f"全年完成免费孕前优生健康检查{said}对，受检夫妇满意度90%以上。"
        found = table_found(tmp_path / "a.xlsx", rows, "孕前优生检查", goal, 160)
        assert coded(found, "D104") == expected


def test_lanes_counted_before_them(tmp_path: Path) -> None:
    """改造老旧街巷数量 ≥8条 against 完成望潮巷等9条老旧街巷海绵化改造: a count in 条 before the
    thing (D104; missed on holdout748 kcd08)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "改造老旧街巷数量", "≥", 8, "条"],
        ["产出指标", "质量指标", "下沉式绿地施工合格率", "=", 100, "%"],
    ]
    for said, expected in (("9", [("warning", "E7")]), ("8", [])):
        goal = f"完成北渚区望潮巷等{said}条老旧街巷海绵化改造，改造面积4.6万平方米。"
        found = table_found(tmp_path / "a.xlsx", rows, "海绵城市改造", goal, 900)
        assert coded(found, "D104") == expected


def test_visits_and_rounds_of_checks_under_quality(tmp_path: Path) -> None:
    """质控现场督导次数 ≥24次 and 升级站点年度巡检次数 ≥4次/站 under 质量: work done, outputs
    misfiled (F201; missed on holdout747 kcc10 and holdout748 kcd16: 年度 is no 度 of a rate);
    高风险人群随访管理率 under 时效 is a quality (F201; kcc02)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "质控覆盖筛查实验室数", "≥", 12, "个"],
        ["产出指标", "质量指标", "质控现场督导次数", "≥", 24, "次"],
        ["产出指标", "质量指标", "升级站点年度巡检次数", "≥", 4, "次/站"],
        ["产出指标", "时效指标", "高风险人群随访管理率", "≥", 95, "%"],
        ["产出指标", "时效指标", "检查结果告知时限", "≤", 7, "个工作日"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "筛查质量控制", "完成12家实验室质控。", 180)
    assert coded(found, "F201") == [("warning", "C8"), ("warning", "C9"), ("warning", "C10")]


def test_one_count_in_two_words(tmp_path: Path) -> None:
    """泵站巡查次数 and 泵站巡检次数 ≥1800次, and 热线年接听咨询量 ≥8000人次 beside 热线年接听
    咨询服务量 ≥7500人次: one indicator twice (D103; missed on holdout748 kcd04, holdout747
    kcc16)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "泵站巡查次数", "≥", 1800, "次"],
        ["产出指标", "数量指标", "泵站巡检次数", "≥", 1800, "次"],
        ["产出指标", "数量指标", "热线年接听咨询量", "≥", 8000, "人次"],
        ["产出指标", "数量指标", "热线年接听咨询服务量", "≥", 7500, "人次"],
        ["产出指标", "质量指标", "设备隐患处置率", "≥", 95, "%"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "泵站运行", "全年开展泵站巡查。", 300)
    assert coded(found, "D103") == [("warning", "C8"), ("warning", "C10")]


def test_a_note_that_the_value_holds_each_year(tmp_path: Path) -> None:
    """开展检查的县级服务机构数 ≥96个 in both columns with 备注 各年均需覆盖: the same by right (no
    D202; a false warning on holdout747 kcc03); without the note it is copied (D202). 试点运行
    is a stage reached, no description (no T102)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "免费孕前优生健康检查对数", "≥26万对", "≥8.6万对"],
        ["产出指标", "数量指标", "开展检查的县级服务机构数", "≥96个", "≥96个", "各年均需覆盖"],
        ["效益指标", "可持续影响指标", "孕前孕早期一体化服务模式", "形成并推广", "试点运行"],
    ]
    path = three_year_table(tmp_path / "a.xlsx", rows, "累计检查26万对。", "检查8.6万对。")
    found = found_at(path)
    assert coded(found, "D202") == []
    assert coded(found, "T102") == []
    rows[1] = rows[1][:5]
    found = found_at(three_year_table(tmp_path / "b.xlsx", rows, "累计检查。", "检查。"))
    assert coded(found, "D202") == [("warning", "E9")]


def test_a_cost_of_building_times_the_new_ones(tmp_path: Path) -> None:
    """单座候车亭建设造价 ≤6万元/座 × 新建农村候车亭 30座 = 180万元 above 168万元, beside 维护既有
    候车亭 ≥120座: the cost of building is paid for the new ones (B107; missed on holdout746
    kcb12)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新建农村候车亭", "≥", 30, "座"],
        ["产出指标", "数量指标", "维护既有候车亭", "≥", 120, "座"],
        ["产出指标", "质量指标", "新建候车亭验收合格率", "=", 100, "%"],
        ["成本指标", "经济成本指标", "单座候车亭建设造价", "≤", 6, "万元/座"],
    ]
    goal = "新建农村候车亭30座，维护既有候车亭120座。"
    found = table_found(tmp_path / "a.xlsx", rows, "农村候车亭", goal, 168)
    assert coded(found, "B107") == [("warning", "E10")]
    found = table_found(tmp_path / "b.xlsx", rows, "农村候车亭", goal, 200)
    assert coded(found, "B107") == []
