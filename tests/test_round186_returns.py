"""Session 62 (holdout592 ed07 and rounds 186–187, holdout593–595): each test fails without
its change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.returns import (
    SPLIT_HEAD,
    coded,
    found_at,
    official_table,
    save_sheet,
    table_found,
    three_year_table,
)


def test_animals_kept_are_counted_in_their_measure_words(tmp_path: Path) -> None:
    """年内新增种鹅存栏5000只 against 新增种鹅存栏 ≥4000只 (D104 at the value)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新增种鹅存栏", "≥", 4000, "只"],
        ["满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "种鹅场扩繁", "年内新增种鹅存栏5000只。")
    assert coded(found, "D104") == [("warning", "E7")]


def test_a_seed_quality_under_timeliness_is_misfiled(tmp_path: Path) -> None:
    """繁育种子发芽率 ≥90% and 种蛋受精率 under 时效指标 are qualities (F201 at the names)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "良种繁育面积", "≥", 500, "亩"],
        ["产出指标", "时效指标", "繁育种子发芽率", "≥", 90, "%"],
        ["产出指标", "时效指标", "种蛋受精率", "≥", 88, "%"],
        ["产出指标", "时效指标", "收获完成时间", None, "2026年9月30日前", None],
    ]
    found = table_found(tmp_path / "f.xlsx", rows, "良种繁育", "繁育良种500亩。")
    assert coded(found, "F201") == [("warning", "C8"), ("warning", "C9")]


def test_a_field_and_its_area_is_the_area(tmp_path: Path) -> None:
    """燕麦良种繁育田面积 ≥450亩 beside 燕麦良种繁育面积 ≥500亩 is one indicator (D103), and the
    goal's 500亩 is the other's count, no D104 against this one."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "燕麦良种繁育面积", "≥", 500, "亩"],
        ["产出指标", "数量指标", "燕麦良种繁育田面积", "≥", 450, "亩"],
    ]
    found = table_found(tmp_path / "d.xlsx", rows, "燕麦良种繁育", "建设燕麦良种繁育田500亩。")
    assert coded(found, "D103") == [("warning", "C8")] and coded(found, "D104") == []


def test_a_year_before_what_is_done_adds_nothing_to_a_name(tmp_path: Path) -> None:
    """八角鲜果年收购量 ≥2500吨 beside 八角鲜果收购量 ≥3000吨 (D103), and 鹅苗孵化总数量 beside
    鹅苗孵化数量 (D103)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "八角鲜果收购量", "≥", 3000, "吨"],
        ["产出指标", "数量指标", "鹅苗孵化数量", "≥", 50, "万羽"],
        ["产出指标", "数量指标", "八角鲜果年收购量", "≥", 2500, "吨"],
        ["产出指标", "数量指标", "鹅苗孵化总数量", "≥", 45, "万羽"],
    ]
    found = table_found(tmp_path / "y.xlsx", rows, "八角收购", "全年组织收购八角鲜果3000吨。")
    assert coded(found, "D103") == [("warning", "C9"), ("warning", "C10")]
    assert coded(found, "D104") == []


def test_building_is_said_in_any_word_for_it_after_the_thing(tmp_path: Path) -> None:
    """建成烘干点4个 against 烘干点建设数量 =3个 (D104 at the value)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "烘干点建设数量", "=", 3, "个"],
        ["满意度指标", "服务对象满意度指标", "果农满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "b.xlsx", rows, "八角烘干", "建成烘干点4个，收购鲜果3000吨。")
    assert coded(found, "D104") == [("warning", "E7")]


def test_weights_in_ten_thousand_kilograms_and_stocking_are_read(tmp_path: Path) -> None:
    """储备燕麦良种50万公斤 against 燕麦良种储备量 ≥40万公斤, 放养扣蟹3万斤 against 扣蟹放养量
    ≥2.5万斤 (D104 at each value)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "燕麦良种储备量", "≥", 40, "万公斤"],
        ["产出指标", "数量指标", "扣蟹放养量", "≥", 2.5, "万斤"],
    ]
    goal = "储备燕麦良种50万公斤，稻田放养扣蟹3万斤。"
    found = table_found(tmp_path / "w.xlsx", rows, "良种储备", goal)
    assert coded(found, "D104") == [("warning", "E7"), ("warning", "E8")]


def test_a_name_with_its_unit_in_brackets_is_the_same_name(tmp_path: Path) -> None:
    """稻田养蟹面积（亩） ≥650 beside 稻田养蟹面积 ≥800亩 under one tier-2: D102."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "稻田养蟹面积", "≥", 800, "亩"],
        ["产出指标", "数量指标", "稻田养蟹面积（亩）", "≥", 650, "亩"],
    ]
    found = table_found(tmp_path / "u.xlsx", rows, "稻田养蟹", "建设稻田养蟹示范区800亩。")
    assert coded(found, "D102") == [("error", "C8")]


def test_a_price_under_a_quantity_tier2_is_a_cost(tmp_path: Path) -> None:
    """扣蟹采购单价 ≤30元/斤 under 数量指标: F201 (a cost); 亩均增收 ≥500元/亩 is no price."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "扣蟹投放量", "≥", 1, "万斤"],
        ["产出指标", "数量指标", "扣蟹采购单价", "≤", 30, "元/斤"],
        ["效益指标", "经济效益指标", "示范户亩均增收", "≥", 500, "元/亩"],
    ]
    found = table_found(tmp_path / "p.xlsx", rows, "稻蟹共生", "投放扣蟹1万斤。")
    assert coded(found, "F201") == [("warning", "C8")]


def test_a_cost_per_mu_times_the_area_above_the_money(tmp_path: Path) -> None:
    """每亩抚育成本 ≤1800元/亩 × 八角林抚育面积 600亩 = 108万元 > 100万元 (B107 at the cost);
    ≤1500元/亩 × 600亩 = 90万元 is within it."""

    def rows(cost: int) -> list[list[Any]]:
        return [
            ["产出指标", "数量指标", "八角林抚育面积", "≥", 600, "亩"],
            ["产出指标", "成本指标", "每亩抚育成本", "≤", cost, "元/亩"],
        ]

    over = table_found(tmp_path / "c.xlsx", rows(1800), "八角林抚育", "抚育600亩。", money=100)
    within = table_found(tmp_path / "k.xlsx", rows(1500), "八角林抚育", "抚育600亩。", money=100)
    assert coded(over, "B107") == [("warning", "E8")] and coded(within, "B107") == []


def test_a_departments_campaign_span_holding_its_year_is_no_other_year(tmp_path: Path) -> None:
    """2026—2028年举办…100场 in a 2026 department goal beside 实施周期 and 年度 columns: no Y103;
    a 2023 in the same goal still is."""

    def found(goal: str, name: str) -> list[tuple[str, str]]:
        rows: list[list[Any]] = [
            ["2026年度部门整体支出绩效目标申报表"],
            ["部门（单位）名称", "苇汀区蟹业市场服务中心"],
            ["年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金"],
            [None, 450, 420, 30],
            ["年度总体目标", goal],
            ["一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"],
            ["产出指标", "数量指标", "河蟹品鉴推介活动", "≥300场", "≥100场"],
            ["满意度指标", "服务对象满意度指标", "商户满意度", "≥90%", "≥90%"],
        ]
        return coded(found_at(save_sheet(tmp_path / name, rows)), "Y103")

    assert found("2026—2028年举办河蟹品鉴推介活动300场。", "s.xlsx") == []
    assert found("2026—2028年举办推介活动300场，巩固2023年成果。", "t.xlsx") == [("warning", "B5")]


def test_a_plan_ending_in_its_titles_year_keeps_the_title(tmp_path: Path) -> None:
    """A 2026 title over a 1年 plan from 2025-01-01 to 2026-12-31, a goal opening with 2025 and
    a deadline in 2026: the start and the goal are last season's (Y102 at the start, Y103 at
    the goal), not the title and the end (no error there)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "举办展销活动", "≥", 6, "场"],
        ["产出指标", "时效指标", "展销活动完成时间", None, "2026年10月31日前", None],
    ]
    start, end = dt.date(2025, 1, 1), dt.date(2026, 12, 31)
    above = [
        ["项目期", "1年", "计划开始日期", start, "计划完成日期", end],
        ["项目资金（万元）", "年度资金总额", 48],
        ["年度绩效目标", "2025年举办展销活动6场。"],
    ]
    sheet = official_table("展销推广", rows, above=above, head=SPLIT_HEAD)
    found = found_at(save_sheet(tmp_path / "y.xlsx", sheet))
    assert coded(found, "Y102") == [("error", "D3")]
    assert coded(found, "Y103") == [("warning", "B5")] and coded(found, "Y101") == []


def test_a_thing_before_its_act_is_the_thing_after_it(tmp_path: Path) -> None:
    """烘干塔新建数量 3座 beside 新建烘干塔 2座 (D103), and the goal's 建成烘干塔2座 is that one's
    count (no D104)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新建烘干塔", "=", 2, "座"],
        ["产出指标", "数量指标", "烘干塔新建数量", "=", 3, "座"],
    ]
    found = table_found(tmp_path / "t.xlsx", rows, "烘干仓储", "建成烘干塔2座。")
    assert coded(found, "D103") == [("warning", "C8")] and coded(found, "D104") == []


def test_hides_and_heads_in_ten_thousands_are_counted(tmp_path: Path) -> None:
    """收储本地驴皮8000张 against 收储本地驴皮 ≥6000张, 检疫牲畜5万头 against 检疫牲畜数量 ≥4万头
    (D104 at each value)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "收储本地驴皮", "≥", 6000, "张"],
        ["产出指标", "数量指标", "交易市场检疫牲畜数量", "≥", 4, "万头"],
    ]
    goal = "收储本地驴皮8000张，在交易市场检疫出入场牲畜5万头。"
    found = table_found(tmp_path / "h.xlsx", rows, "驴皮收储", goal)
    assert coded(found, "D104") == [("warning", "E7"), ("warning", "E8")]


def test_what_is_built_under_a_quality_tier2_is_an_output(tmp_path: Path) -> None:
    """新增冷库库容 ≥2000吨 under 质量指标 is an output (F201); 新建校舍抗震设防烈度 ≥8度 is a
    quality."""
    rows: list[list[Any]] = [
        ["产出指标", "质量指标", "新增冷库库容", "≥", 2000, "吨"],
        ["产出指标", "质量指标", "新建校舍抗震设防烈度", "≥", 8, "度"],
    ]
    found = table_found(tmp_path / "q.xlsx", rows, "冷库扩容", "新增冷库库容2000吨。")
    assert coded(found, "F201") == [("warning", "C7")]


def test_a_price_times_its_count_above_the_cost_line_of_its_subject(tmp_path: Path) -> None:
    """鲜酒糟收运补助标准 =60元/吨 × 鲜酒糟收运量 2万吨 = 120万元, above the cost line 酒糟收运
    90万元 though within the whole 160万元 (B107 at the standard); a cap, ≤60元/吨, is no such
    contradiction (the line pays 45元/吨, within it)."""

    def found(op: str, name: str) -> list[tuple[str, str]]:
        rows: list[list[Any]] = [
            ["产出指标", "数量指标", "鲜酒糟收运量", "≥", 2, "万吨"],
            ["产出指标", "成本指标", "鲜酒糟收运补助标准", op, 60, "元/吨"],
        ]
        lines = [["资金明细", "支出内容", "金额（万元）"], [None, "酒糟收运", 90],
                 [None, "堆肥场地改造", 70], [None, "合计", 160]]  # fmt: skip
        goal = "收运鲜酒糟2万吨。"
        return coded(table_found(tmp_path / name, rows, "酒糟堆肥", goal, 160, lines), "B107")

    assert found("=", "a.xlsx") == [("warning", "E8")]
    assert found("≤", "b.xlsx") == []


def test_a_standard_pays_for_the_count_of_the_work_it_names(tmp_path: Path) -> None:
    """原汁加工补贴标准 ≤0.15万元/吨 × 刺梨原汁产量 1000吨 = 150万元 > 120万元 (B107), the count in
    吨 of the work it names, not 刺梨鲜果收购量 1800吨."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "刺梨鲜果收购量", "≥", 1800, "吨"],
        ["产出指标", "数量指标", "刺梨原汁产量", "≥", 1000, "吨"],
        ["产出指标", "成本指标", "原汁加工补贴标准", "≤", 0.15, "万元/吨"],
    ]
    found = table_found(tmp_path / "s.xlsx", rows, "刺梨果汁", "加工刺梨原汁1000吨。", 120)
    assert coded(found, "B107") == [("warning", "E9")]


def test_a_total_area_is_the_area(tmp_path: Path) -> None:
    """板蓝根种植总面积 ≥1200亩 beside 板蓝根种植面积 ≥1000亩: one indicator (D103)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "板蓝根种植面积", "≥", 1000, "亩"],
        ["产出指标", "数量指标", "板蓝根种植总面积", "≥", 1200, "亩"],
    ]
    found = table_found(tmp_path / "z.xlsx", rows, "板蓝根种植", "种植板蓝根1000亩。")
    assert coded(found, "D103") == [("warning", "C8")]


def test_breaches_an_inspection_finds_are_no_harm_to_keep_down(tmp_path: Path) -> None:
    """添加剂超标问题发现数 ≥5起: the checks' aim (no T108); 添加剂超标问题数 ≥5起 still is."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "添加剂检测批次", "≥", 300, "批次"],
        ["效益指标", "社会效益指标", "添加剂超标问题发现数", "≥", 5, "起"],
        ["效益指标", "社会效益指标", "添加剂超标问题数", "≥", 5, "起"],
    ]
    found = table_found(tmp_path / "n.xlsx", rows, "添加剂检测", "检测300批次。")
    assert coded(found, "T108") == [("warning", "E9")]


def test_sustainable_impact_shortened_is_its_tier2(tmp_path: Path) -> None:
    """可持续 under 效益指标 is 可持续影响指标 (no F104 error)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "越冬场所修复面积", "≥", 120, "亩"],
        ["效益指标", "可持续", "修复设施管护年限", "≥", 5, "年"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥", 90, "%"],
    ]
    found = table_found(tmp_path / "k.xlsx", rows, "越冬场所修复", "修复越冬场所120亩。", 45)
    assert coded(found, "F104") == [] and coded(found, "F103") == []


def test_a_cost_per_mu_named_after_its_work_and_the_area_of_its_subject(tmp_path: Path) -> None:
    """越冬场所修复亩均成本 ≤0.5万元/亩 × 120亩 = 60万元 > 45万元 (B107); 每亩基地建设补助
    ≤0.5万元/亩 × 标准化种植基地面积 500亩 = 250万元 > 220万元, not × 配套建设育苗棚 20亩
    (B107)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "越冬场所修复面积", "≥", 120, "亩"],
        ["产出指标", "成本指标", "越冬场所修复亩均成本", "≤", 0.5, "万元/亩"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "越冬场所修复", "修复越冬场所120亩。", 45)
    assert coded(found, "B107") == [("warning", "E8")]
    rows = [
        ["产出指标", "数量指标", "标准化种植基地面积", "≥", 500, "亩"],
        ["产出指标", "数量指标", "配套建设育苗棚", "≥", 20, "亩"],
        ["产出指标", "成本指标", "每亩基地建设补助", "≤", 0.5, "万元/亩"],
    ]
    found = table_found(tmp_path / "b.xlsx", rows, "黄连基地", "建成基地500亩。", 220)
    assert coded(found, "B107") == [("warning", "E9")]


def test_a_total_broken_down_in_brackets_holds_the_part_named(tmp_path: Path) -> None:
    """建设蜗牛养殖棚舍12座（其中新建8座、改造4座） against 新建养殖棚舍 ≥8座: no D104."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新建养殖棚舍", "≥", 8, "座"],
        ["产出指标", "数量指标", "改造养殖棚舍", "≥", 4, "座"],
    ]
    goal = "在枫垭镇建设蜗牛养殖棚舍12座（其中新建8座、改造4座），扶持养殖户40户。"
    assert coded(table_found(tmp_path / "p.xlsx", rows, "蜗牛养殖", goal), "D104") == []


def test_a_standard_per_household_pays_the_households_it_aids(tmp_path: Path) -> None:
    """养殖设备补贴标准 ≤0.8万元/户 × 扶持养殖户 60户 = 48万元 > 40万元 (B107), not × 带动…参与养殖
    12户."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "扶持养殖户", "≥", 60, "户"],
        ["产出指标", "成本指标", "养殖设备补贴标准", "≤", 0.8, "万元/户"],
        ["效益指标", "社会效益指标", "带动脱贫监测户参与养殖", "≥", 12, "户"],
    ]
    found = table_found(tmp_path / "h.xlsx", rows, "养殖设备补贴", "扶持养殖户60户。", 40)
    assert coded(found, "B107") == [("warning", "E8")]


def test_works_built_and_plantings_kept_are_misfiled_where_a_reviewer_says(
    tmp_path: Path,
) -> None:
    """建设遮阴棚 ≥120亩 under 质量 is an output; 幼林保存率 under 时效 is a quality (F201 each)."""
    rows: list[list[Any]] = [
        ["产出指标", "质量指标", "建设遮阴棚", "≥", 120, "亩"],
        ["产出指标", "时效指标", "幼林保存率", "≥", 90, "%"],
    ]
    found = table_found(tmp_path / "w.xlsx", rows, "黄连遮阴棚", "建设遮阴棚120亩。")
    assert coded(found, "F201") == [("warning", "C7"), ("warning", "C8")]


def test_the_years_of_plantings_tended_are_no_other_year(tmp_path: Path) -> None:
    """抚育管护2023—2024年新植油用牡丹幼林2000亩 in a 2026 goal: no Y103; 完成2024年任务 is."""
    rows: list[list[Any]] = [["产出指标", "数量指标", "抚育管护面积", "≥", 2000, "亩"]]
    goal = "抚育管护2023—2024年新植油用牡丹幼林2000亩。"
    assert coded(table_found(tmp_path / "t.xlsx", rows, "牡丹抚育", goal), "Y103") == []
    goal = "抚育管护幼林2000亩，完成2024年任务。"
    assert coded(table_found(tmp_path / "u.xlsx", rows, "牡丹抚育", goal), "Y103") != []


def test_a_years_output_is_the_output(tmp_path: Path) -> None:
    """牡丹籽油年产量 ≥120吨 beside 牡丹籽油产量 ≥150吨, under two tier-2s: D103."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "牡丹籽油产量", "≥", 150, "吨"],
        ["效益指标", "经济效益指标", "牡丹籽油年产量", "≥", 120, "吨"],
    ]
    found = table_found(tmp_path / "o.xlsx", rows, "牡丹籽压榨", "产牡丹籽油150吨。")
    assert coded(found, "D103") == [("warning", "C8")]


def test_a_templates_example_row_is_one_placeholder_and_carries_no_weight(
    tmp_path: Path,
) -> None:
    """（示例）××培训人次 │ ≥** │ 人次 │ (no weight) in a flat list: one X101, at the value, and
    no W102."""
    rows: list[list[Any]] = [
        ["2026年度部门整体支出绩效目标申报表"],
        ["部门（单位）名称", "鹤塘镇蛹虫草产业服务站"],
        ["指标名称", "指标值", "计量单位", "权重"],
        ["（示例）××培训人次", "≥**", "人次", None],
        ["蛹虫草栽培示范瓶数", "≥8", "万瓶", 50],
        ["种植户满意度", "≥90", "%", 50],
    ]
    found = found_at(save_sheet(tmp_path / "x.xlsx", rows))
    assert coded(found, "X101") == [("error", "B4")] and coded(found, "W102") == []


def test_two_sheets_of_one_return_titled_for_two_years(tmp_path: Path) -> None:
    """A budget system's 05-1 titled 2026年部门项目支出预算表 beside its 05-2 titled 2025年…绩效
    目标表: Y101 at the 05-2 title; a 2024年…执行情况表 beside it is another year's account
    (none)."""
    from openpyxl import Workbook

    def book(other: str, name: str) -> Path:
        wb = Workbook()
        money = wb.active
        assert money is not None
        money.title = "预算05-1"
        for row in ([other], ["项目编码", "项目名称", "资金总额"], ["5130", "质量检测", 70]):
            money.append(row)
        goals = wb.create_sheet("绩效目标05-2")
        goals.append(["2025年部门项目支出绩效目标表"])
        goals.append(["项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"])
        goals.append(["5130", "质量检测", "产出指标", "数量指标", "药材样品抽检", "≥1200批次"])
        goals.append(["5130", "质量检测", "满意度指标", "服务对象满意度指标", "药商满意度", "≥90%"])
        wb.save(tmp_path / name)
        return tmp_path / name

    assert coded(found_at(book("2026年部门项目支出预算表", "a.xlsx")), "Y101") == [("error", "A1")]
    assert coded(found_at(book("2024年部门预算执行情况表", "b.xlsx")), "Y101") == []


def test_a_name_ending_in_its_unit_is_the_name(tmp_path: Path) -> None:
    """养殖户技术培训人次 ≥80人次 beside 养殖户技术培训 ≥80人次, under two tier-2s: D103."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "养殖户技术培训", "≥", 80, "人次"],
        ["效益指标", "社会效益指标", "养殖户技术培训人次", "≥", 80, "人次"],
    ]
    found = table_found(tmp_path / "n.xlsx", rows, "养蝎", "培训养殖户80人次。")
    assert coded(found, "D103") == [("warning", "C8")]


def test_a_years_area_copied_from_the_period_pays_for_nothing(tmp_path: Path) -> None:
    """抚育补助标准 ≤0.2万元/亩 × the year's 3000亩 = 600万元 > 300万元, but the 3000亩 is the
    period's copied (D202): no B107."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "抚育厚朴林面积", "≥3000亩", "≥3000亩"],
        ["产出指标", "成本指标", "抚育补助标准", "≤0.2万元/亩", "≤0.2万元/亩"],
    ]
    found = found_at(three_year_table(tmp_path / "c.xlsx", rows, "抚育3000亩。", "抚育1000亩。"))
    assert coded(found, "D202") == [("warning", "E8")] and coded(found, "B107") == []


def test_a_stage_due_by_a_date_is_the_dates_value(tmp_path: Path) -> None:
    """草案2026年10月31日前完成 under 团体标准发布时间: the draft's deadline, no T102."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "制定团体标准", "=", 1, "项"],
        ["产出指标", "时效指标", "团体标准发布时间", None, "草案2026年10月31日前完成", None],
    ]
    found = table_found(tmp_path / "d.xlsx", rows, "团体标准", "制定团体标准1项。")
    assert coded(found, "T102") == []


def test_an_area_in_square_metres_is_read_from_the_goal(tmp_path: Path) -> None:
    """新建标准化羊驼圈舍1200平方米 against 新建标准化圈舍面积 ≥1000平方米 (D104 at the value)."""
    rows: list[list[Any]] = [["产出指标", "数量指标", "新建标准化圈舍面积", "≥", 1000, "平方米"]]
    found = table_found(tmp_path / "m.xlsx", rows, "羊驼圈舍", "新建标准化羊驼圈舍1200平方米。")
    assert coded(found, "D104") == [("warning", "E7")]


def test_a_one_year_plan_before_its_titles_year_is_last_seasons(tmp_path: Path) -> None:
    """A 2026 title over a 1年 plan of 2025-03-01 to 2025-12-31 with a 2025 deadline and a goal
    naming no year: the dates are last season's (Y102 at each), the title stands (no Y101)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新增发酵罐", "≥", 8, "个"],
        ["产出指标", "时效指标", "设备安装完成时间", None, "2025年12月31日前", None],
    ]
    start, end = dt.date(2025, 3, 1), dt.date(2025, 12, 31)
    above = [
        ["项目期", "1年", "计划开始日期", start, "计划完成日期", end],
        ["项目资金（万元）", "年度资金总额", 25],
        ["年度绩效目标", "更新发酵罐8个。"],
    ]
    sheet = official_table("发酵车间设备更新", rows, above=above, head=SPLIT_HEAD)
    found = found_at(save_sheet(tmp_path / "l.xlsx", sheet))
    assert coded(found, "Y101") == []
    assert coded(found, "Y102") == [("error", "D3"), ("error", "F3"), ("error", "E8")]


def test_what_is_delivered_counted_under_a_quality_tier2_is_an_output(tmp_path: Path) -> None:
    """电商直播培训场次 ≥12场 and 瓦坯晾晒场建设数量 ≥2处 under 质量指标: F201; 产品抽检批次
    ≥100批次 there is the checking a quality rests on (none)."""
    rows: list[list[Any]] = [
        ["产出指标", "质量指标", "电商直播培训场次", "≥", 12, "场"],
        ["产出指标", "质量指标", "瓦坯晾晒场建设数量", "≥", 2, "处"],
        ["产出指标", "质量指标", "产品抽检批次", "≥", 100, "批次"],
    ]
    found = table_found(tmp_path / "q.xlsx", rows, "电商培训", "开展直播培训12场。")
    assert coded(found, "F201") == [("warning", "C7"), ("warning", "C8")]


def test_a_rate_and_the_way_it_is_counted_are_one_indicator(tmp_path: Path) -> None:
    """麦芽糖成品抽检合格率（按批次） beside 麦芽糖成品抽检合格率, both ≥95%: D103."""
    rows: list[list[Any]] = [
        ["产出指标", "质量指标", "麦芽糖成品抽检合格率", "≥", 95, "%"],
        ["产出指标", "质量指标", "麦芽糖成品抽检合格率（按批次）", "≥", 95, "%"],
    ]
    found = table_found(tmp_path / "r.xlsx", rows, "麦芽糖作坊", "抽检合格率95%以上。")
    assert coded(found, "D103") == [("warning", "C8")]


def test_a_count_said_roughly_is_no_contradiction(tmp_path: Path) -> None:
    """为12个放养点约860头驯鹿补饲 beside 越冬补饲驯鹿数量 ≥800头: no D104; without 约, one."""
    rows: list[list[Any]] = [["产出指标", "数量指标", "越冬补饲驯鹿数量", "≥", 800, "头"]]
    goal = "为12个放养点约860头驯鹿补饲越冬苔藓和精料。"
    assert coded(table_found(tmp_path / "a.xlsx", rows, "驯鹿补饲", goal), "D104") == []
    goal = "为12个放养点860头驯鹿补饲越冬苔藓和精料。"
    assert coded(table_found(tmp_path / "b.xlsx", rows, "驯鹿补饲", goal), "D104") != []
