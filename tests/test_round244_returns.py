"""Session 70, round 244 (holdout767–769): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, found_at, table_found, three_year_table


def _rows(second: list[Any], tier2: str = "质量指标") -> list[list[Any]]:
    return [
        ["产出指标", "数量指标", "问题整治数量", "≥", 60, "处"],
        [None, tier2, *second],
        ["满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥", "90%", None],
    ]


def test_patrols_counted_under_quality(tmp_path: Path) -> None:
    """专项巡河次数 ≥4800次 under 质量指标: patrols made, an output (F201 at C8; missed on
    holdout767 kcw14); the same row under 数量指标 is where it belongs."""
    row = ["专项巡河次数", "≥", 4800, "次"]
    goal = "整治问题60处。"
    found = table_found(tmp_path / "a.xlsx", _rows(row), "河湖专项整治", goal)
    assert coded(found, "F201") == [("warning", "C8")]
    kept = table_found(tmp_path / "b.xlsx", _rows(row, "数量指标"), "河湖专项整治", goal)
    assert coded(kept, "F201") == []


def test_works_built_counted_under_quality(tmp_path: Path) -> None:
    """社区绘本馆建成数量 ≥10个 under 质量指标: what is built, an output (F201; missed on
    holdout768 kcx08)."""
    row = ["社区绘本馆建成数量", "≥", 10, "个"]
    found = table_found(tmp_path / "a.xlsx", _rows(row), "少儿阅读推广", "建成绘本馆10个。")
    assert coded(found, "F201") == [("warning", "C8")]


def test_partner_firms_kept_are_a_lasting_effect(tmp_path: Path) -> None:
    """订单式培训合作企业数 ≥12家 under 可持续影响指标: the partners the training keeps, no
    output (a false F201 warning on holdout769 kcy01)."""
    rows = [
        ["产出指标", "数量指标", "技能培训人数", "≥", 600, "人"],
        ["效益指标", "可持续影响指标", "订单式培训合作企业数", "≥", 12, "家"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "退役军人技能培训", "培训600人。")
    assert coded(found, "F201") == []


def _villages(tmp_path: Path, count: int) -> list[tuple[str, str, str]]:
    rows = [
        ["产出指标", "数量指标", "精品村提升改造数量", "≥", count, "个"],
        [None, "质量指标", "改造工程验收合格率", "=", "100%", None],
    ]
    goal = "对两县5个乡村旅游精品村实施游客中心和停车场提升改造，年内全部通过验收。"
    return table_found(tmp_path / f"v{count}.xlsx", rows, "乡村旅游精品村提升改造", goal)


def test_a_count_before_the_thing_named_before_its_act(tmp_path: Path) -> None:
    """精品村提升改造数量 ≥6个 against 5个乡村旅游精品村实施…提升改造 in the goal: the thing is
    the 精品村 named before the act (D104 at the value; missed on holdout768 kcx02); ≥5个
    agrees."""
    assert coded(_villages(tmp_path, 6), "D104") == [("warning", "E7")]
    assert coded(_villages(tmp_path, 5), "D104") == []


def test_renewals_counted_under_quality(tmp_path: Path) -> None:
    """更换诱芯数量 ≥2000套次 under 质量指标: parts renewed, an output (F201; missed on
    holdout772 kdb10)."""
    row = ["更换诱芯数量", "≥", 2000, "套次"]
    found = table_found(tmp_path / "a.xlsx", _rows(row), "诱捕监测", "布设诱捕器1000套。")
    assert coded(found, "F201") == [("warning", "C8")]


def test_a_reward_per_mu_times_its_area(tmp_path: Path) -> None:
    """草畜平衡奖励标准 ≤2.5元/亩 × 草畜平衡面积 280万亩 = 700万元 above the 600万元 (B107 at the
    standard; missed on holdout772 kdb14); 200万亩 stays within."""

    def found(area: int) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "草畜平衡面积", "≥", area, "万亩"],
            [None, "成本指标", "草畜平衡奖励标准", "≤", 2.5, "元/亩"],
        ]
        got = table_found(tmp_path / f"{area}.xlsx", rows, "草畜平衡奖励", "落实草畜平衡。", 600)
        return coded(got, "B107")

    assert found(280) == [("warning", "E8")]
    assert found(200) == []


def test_each_seasons_deadline_in_the_next_year(tmp_path: Path) -> None:
    """A three-year project whose 中期 value says 各除治季次年4月30日前 (a recurring deadline, no
    T102) and whose year's deadline is 2027年4月30日前 for 2026: the season runs into the next
    year (two false warnings on holdout772 kdb07); without the 次年 the year's date is doubted."""

    def found(period: str) -> list[tuple[str, str, str]]:
        rows = [
            ["产出指标", "数量指标", "除治疫木", "≥36万株", "≥12万株"],
            [None, "时效指标", "年度除治完成时间", period, "2027年4月30日前"],
        ]
        path = tmp_path / f"{len(period)}.xlsx"
        return found_at(three_year_table(path, rows, "三年除治疫木36万株。", "除治疫木12万株。"))

    seasons = found("各除治季次年4月30日前")
    assert coded(seasons, "T102") == [] and coded(seasons, "Y102") == []
    assert coded(found("2028年12月31日前"), "Y102") == [("warning", "E9")]
