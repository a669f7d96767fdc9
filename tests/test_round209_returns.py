"""Session 65, round 209 (holdout662–664): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, found_at, save_sheet, table_found


def test_directions_of_a_default_rate_and_a_price_rise(tmp_path: Path) -> None:
    """订单违约率 ≥5% is a 反向 rate with ≥ (T108); 加工户藜麦销售单价提高 ≥0.5元/公斤 is a rise
    in a price sold at, 正向 (none)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "订单签约农户数", "≥", 600, "户"],
        ["效益指标", "经济效益指标", "订单违约率", "≥", 5, "%"],
        ["效益指标", "经济效益指标", "加工户藜麦销售单价提高", "≥", 0.5, "元/公斤"],
    ]
    found = table_found(tmp_path / "d.xlsx", rows, "藜麦订单", "签约农户600户。", 20)
    assert coded(found, "T108") == [("warning", "E8")]


def test_a_subsidy_per_mu_above_its_task(tmp_path: Path) -> None:
    """A department's 荞麦良种补贴标准 ≤60元/亩 × 荞麦良种推广面积 3000亩 = 18万元, above its task
    荞麦良种补贴 (15万元) though within the whole budget (B107 naming the task)."""
    rows: list[list[Any]] = [
        ["2026年度部门整体支出绩效目标申报表"],
        ["部门（单位）名称", "某县杂粮技术推广站"],
        ["年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出"],
        [None, 300, 280, 20, 200, 100],
        ["年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标"],
        [None, "荞麦良种补贴", "发放良种补贴", 15, "推广良种3000亩"],
        [None, "杂粮技术培训", "开展种植培训", 85, "培训600人次"],
        [None, "金额合计", None, 100],
        ["年度总体目标", "推广荞麦良种3000亩，培训种植户600人次。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "荞麦良种推广面积", "≥3000亩"],
        [None, None, "技术培训人次", "≥600人次"],
        ["成本指标", "经济成本指标", "荞麦良种补贴标准", "≤60元/亩"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "s.xlsx", rows))
    assert coded(found, "B107") == [("warning", "D13")]


def test_a_marketable_rate_under_timeliness(tmp_path: Path) -> None:
    """慈姑球茎商品率 ≥85% under 时效 is a quality (F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "慈姑种植面积", "≥", 500, "亩"],
        ["产出指标", "时效指标", "慈姑球茎商品率", "≥", 85, "%"],
    ]
    found = table_found(tmp_path / "m.xlsx", rows, "慈姑种植", "种植慈姑500亩。", 20)
    assert coded(found, "F201") == [("warning", "C8")]


def test_a_deadline_of_the_years_own_column_set(tmp_path: Path) -> None:
    """Two column sets (中期 names and values, 年度 names and values): the year's 厂房主体完工时间
    2027年6月30日前 in a 2026 budget is past its year (Y102)."""
    head = ["一级指标", "二级指标", "三级指标", "指标值（中期）", "二级指标", "三级指标",
            "指标值（年度）"]  # fmt: skip
    rows: list[list[Any]] = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "山楂分拣中心建设", None, "项目期", "2年"],
        ["计划开始日期", "2026-01-01", None, "计划完成日期", "2027-12-31"],
        head,
        ["产出指标", "数量指标", "建成分拣中心", "≥1处", "数量指标", "安装分拣线", "≥2条"],
        [None, "时效指标", "中心投入运行时间", "2027年6月30日前", "时效指标", "厂房主体完工时间",
         "2027年6月30日前"],
        ["满意度指标", "服务对象满意度指标", "社员满意度", "≥90%", "服务对象满意度指标",
         "社员满意度", "≥90%"],
    ]  # fmt: skip
    found = found_at(save_sheet(tmp_path / "t.xlsx", rows))
    assert coded(found, "Y102") == [("warning", "G6")]


def test_a_standard_for_animals_brought_in_is_not_paid_for_the_herd(tmp_path: Path) -> None:
    """良种鹿引进补助标准 ≤0.6万元/头 × 新增良种梅花鹿 100头 = 60万元, within 80万元: not × 良种鹿
    核心群存栏 400头, the herd kept, which shares more words with it (the all-corpora run's false
    B107 on holdout615 fa15, a correct return)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新增良种梅花鹿", "≥", 100, "头"],
        ["成本指标", "经济成本指标", "良种鹿引进补助标准", "≤", 0.6, "万元/头"],
        ["效益指标", "可持续影响指标", "良种鹿核心群存栏", "≥", 400, "头"],
    ]
    found = table_found(tmp_path / "h.xlsx", rows, "梅花鹿良种", "新增良种梅花鹿100头。", 80)
    assert not coded(found, "B107")
