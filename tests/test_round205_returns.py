"""Session 64, round 205 (holdout650–652): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, found_at, table_found, three_year_table


def test_a_subsidy_for_planting_stock_per_mu(tmp_path: Path) -> None:
    """脱毒种栽补助标准 ≤500元/亩 × 白术绿色种植示范面积 600亩 = 30万元, above the year's 25万元
    (B107)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "白术绿色种植示范面积", "≥", 600, "亩"],
        ["成本指标", "经济成本指标", "脱毒种栽补助标准", "≤", 500, "元/亩"],
    ]
    found = table_found(tmp_path / "b.xlsx", rows, "白术种植", "建设白术示范基地。", 25)
    assert coded(found, "B107") == [("warning", "E8")]


def test_a_cost_per_ten_thousand_seedlings_and_kilns_pulled_down(tmp_path: Path) -> None:
    """每万株种苗成本 ≤300元 under 数量 (a cost) and 熏蒸窑拆除数量 ≥60座 under 质量 (works
    done, an output): F201 at each name."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "丹参种苗供应量", "≥", 1200, "万株"],
        ["产出指标", "数量指标", "每万株种苗成本", "≤", 300, "元"],
        ["产出指标", "质量指标", "熏蒸窑拆除数量", "≥", 60, "座"],
    ]
    found = table_found(tmp_path / "f.xlsx", rows, "丹参种苗", "供应丹参种苗1200万株。", 50)
    assert coded(found, "F201") == [("warning", "C8"), ("warning", "C9")]


def test_trainees_said_after_the_training(tmp_path: Path) -> None:
    """全年培训初加工户600人次 against 初加工技术培训人次 ≥500人次 (D104)."""
    rows: list[list[Any]] = [["产出指标", "数量指标", "初加工技术培训人次", "≥", 500, "人次"]]
    goal = "全年培训初加工户600人次，建设烘干示范点5个。"
    found = table_found(tmp_path / "t.xlsx", rows, "当归初加工", goal, 45)
    assert coded(found, "D104") == [("warning", "E7")]


def test_workshops_built_in_the_years_goal(tmp_path: Path) -> None:
    """年度目标 2026年建成切片车间3个 against the year's 切片车间建成数量 ≥2个 (D104)."""
    rows: list[list[Any]] = [["产出指标", "数量指标", "切片车间建成数量", "≥6个", "≥2个"]]
    period = "三年建成标准化当归切片初加工车间6个。"
    year = "2026年建成切片车间3个，带动初加工户300户。"
    found = found_at(three_year_table(tmp_path / "w.xlsx", rows, period, year))
    assert coded(found, "D104") == [("warning", "E8")]


def test_samples_counted_in_fen(tmp_path: Path) -> None:
    """检测青贮及苜蓿饲草样品800份 against 饲草样品检测数量 ≥600份 (D104)."""
    rows: list[list[Any]] = [["产出指标", "数量指标", "饲草样品检测数量", "≥", 600, "份"]]
    goal = "全年检测青贮及苜蓿饲草样品800份，检测结果报送及时率100%。"
    found = table_found(tmp_path / "s.xlsx", rows, "饲草检测", goal, 170)
    assert coded(found, "D104") == [("warning", "E7")]


def test_guards_from_the_all_corpora_run(tmp_path: Path) -> None:
    """What the last all-corpora run of session 64 found on older sets: 工程完工时间 is too short
    a name to tell its work in a clause that does not end in it, a list (面塑、糖画…受益学生) gives
    no one indicator's count, 改造小区积水点消除数量 counts an outcome, and 农户馕坑燃气改造数量
    beside 馕坑燃气改造数量 is the project's words before a name (D103 still)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "公路安全防护工程里程", "≥", 80, "公里"],
        ["产出指标", "时效指标", "工程完工时间", "≤", "2026年12月20日", None],
        ["效益指标", "社会效益指标", "改造小区积水点消除数量", "≥", 12, "个"],
        ["效益指标", "社会效益指标", "面塑课后服务受益学生人数", "≥", 1200, "人"],
    ]
    goal = "2026年10月底前完成县乡公路安全防护工程80公里；开展面塑、糖画课后服务，受益学生2000人。"
    found = table_found(tmp_path / "g.xlsx", rows, "综合项目", goal, 300)
    assert coded(found, "D104") == []
    assert coded(found, "F201") == []
    pair: list[list[Any]] = [
        ["产出指标", "数量指标", "农户馕坑燃气改造数量", "≥", 300, "户"],
        ["产出指标", "数量指标", "馕坑燃气改造数量", "≥", 320, "户"],
    ]
    found = table_found(tmp_path / "n.xlsx", pair, "农户馕坑燃气改造", "改造馕坑。", 90)
    assert coded(found, "D103") == [("warning", "C8")]
