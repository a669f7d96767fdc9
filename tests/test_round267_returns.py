"""Session 74, rounds 267–268 (holdout836–841): each test fails without its change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.returns import coded, found_at, period_row, period_table, save_sheet, table_found


def test_a_name_given_again_without_a_value(tmp_path: Path) -> None:
    """改造农村户厕数量 │ ≥800户, then the same name with no value: the indicator repeated (D101,
    a warning), not a second value against the first (a false D102 error quoting an empty value
    and a false T101 error on holdout839 kfq06); a second value is still D102."""

    def found(again: list[Any]) -> list[tuple[str, str, str]]:
        rows = [
            ["产出指标", "数量指标", "改造农村户厕数量", "≥", 800, "户"],
            [None, None, "新建三格式化粪池", "≥", 500, "个"],
            [None, None, "改造农村户厕数量", *again],
        ]
        path = tmp_path / f"{again[1]}.xlsx"
        return table_found(path, rows, "户厕改造", "完成农村户厕改造800户。", money=300)

    empty = found([None, None, None])
    assert coded(empty, "D101") == [("warning", "C9")]
    assert coded(empty, "D102") == [] and coded(empty, "T101") == []
    assert coded(found(["≥", 700, "户"]), "D102") == [("error", "C9")]


def test_the_period_whole_beside_a_share_of_it(tmp_path: Path) -> None:
    """覆盖乡镇数 中期 ＝12个 · 年度 ≥4个: all twelve towns by the end, four or more this year, no
    other way of writing one target (a false D203 on holdout838 kfp13 and holdout839 kfq16);
    中期 ≥12个 · 年度 =4个 is still written two ways."""

    def found(period: str, annual: str) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "巡展站次", "≥450站次", "≥150站次"],
            [None, None, "覆盖乡镇数", period, annual],
        ]
        goals = ("三年内覆盖全县12个乡镇。", "2026年覆盖4个乡镇。")
        path = tmp_path / f"{ord(period[0])}.xlsx"
        table = period_table(path, rows, goals, years=3, name="科普巡展", money=(360, 120))
        return coded(found_at(table), "D203")

    assert found("＝12个", "≥4个") == []  # (＝: a string opening with = is a formula)
    assert found("≥12个", "＝4个") == [("warning", "E9")]


def test_a_later_year_the_work_lays_a_base_for(tmp_path: Path) -> None:
    """为2027年实现乡镇水厂全覆盖检测打基础 in a 2026 goal: the year the work prepares for (a false
    Y103 on holdout837 kfo15); 2027年实现…全覆盖检测 is a year of the plan that is not 2026."""

    def found(goal: str) -> list[tuple[str, str]]:
        rows = [["产出指标", "数量指标", "新增检测设备", "≥", 5, "台套"]]
        path = tmp_path / f"{len(goal)}.xlsx"
        return coded(table_found(path, rows, "水质检测能力提升", goal, money=96), "Y103")

    assert found("配置检测设备5台套，为2027年实现乡镇水厂全覆盖检测打基础。") == []
    assert found("供应种苗12万株，为2027年全乡进入盛产期打好种苗基础。") == []  # (holdout585)
    assert found("配置检测设备5台套，2027年实现乡镇水厂全覆盖检测。") == [("warning", "B5")]


def test_a_subtotal_among_pairs_of_lines(tmp_path: Path) -> None:
    """支出明细 │ 清掏劳务 │ 40 │ 车辆运行 │ 16, then 小计 │ 56 │ 宣传培训 │ 8, then 明细合计 │ 64:
    the 小计 sums the two lines before it, 宣传培训 is a line and 明细合计 the block's total (a
    false B102 error, 56 against 64, on holdout839 kfq17); lines of 66 against 64 are not."""

    def found(third: int) -> list[tuple[str, str]]:
        rows = [
            ["2026年度项目支出绩效目标申报表"],
            ["项目名称", "粪污清掏服务"],
            period_row(),
            ["项目资金（万元）", "年度资金总额", 64],
            ["年度绩效目标", "为全镇3200户改厕户提供定期清掏服务。"],
            ["支出明细", "清掏劳务", 40, "车辆运行", 16],
            [None, "小计", 56, "宣传培训", third],
            ["明细合计", 64],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "提供清掏服务农户", "≥3200户"],
            [None, "质量指标", "粪污无害化处理率", "≥90%"],
        ]
        return coded(found_at(save_sheet(tmp_path / f"{third}.xlsx", rows)), "B102")

    assert found(8) == []
    assert found(10) != [] and all(severity == "error" for severity, _cell in found(10))


def test_an_amount_processed_under_quality(tmp_path: Path) -> None:
    """年处理厕所粪污量 ≥1.2万吨 under 质量指标: the amount the station handles, an output (F201
    missed on holdout839 kfq14); 出站粪肥达标率 beside it is a quality."""
    rows = [
        ["产出指标", "数量指标", "新建粪污处理站", "≥", 1, "座"],
        [None, "质量指标", "年处理厕所粪污量", "≥", 1.2, "万吨"],
        [None, None, "出站粪肥达标率", "≥", "95%", None],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "粪污处理站", "新建粪污处理站1座。", 210)
    assert coded(found, "F201") == [("warning", "C8")]


def test_a_search_precision_under_timeliness(tmp_path: Path) -> None:
    """全文检索查准率 ≥90% under 时效指标: how right the search finds, a quality (F201 missed on
    holdout841 kfs06); 检测报告出具时限 there is a time."""
    rows = [
        ["产出指标", "数量指标", "全文识别页数", "≥", 150, "万页"],
        [None, "时效指标", "全文检索查准率", "≥", "90%", None],
        [None, None, "识别结果交付时限", "≤", 30, "天"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "档案全文识别", "全文识别150万页。", 26)
    assert coded(found, "F201") == [("warning", "C8")]


def test_a_count_of_pages_and_its_number_under_two_tier2s(tmp_path: Path) -> None:
    """破损档案修复页数 ≥2万页 under 数量 and 破损档案修复数量 ≥1.5万页 under 质量: one count
    named with its unit and with 数量, filed twice (D103 missed on holdout841 kfs12)."""
    rows = [
        ["产出指标", "数量指标", "破损档案修复页数", "≥", 2, "万页"],
        [None, "质量指标", "破损档案修复数量", "≥", 1.5, "万页"],
        [None, None, "修复档案验收合格率", "≥", "95%", None],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "档案修复", "年修复破损档案2万页。", 40)
    assert coded(found, "D103") == [("warning", "C8")]


def test_a_satisfaction_misfiled_before_its_own_row(tmp_path: Path) -> None:
    """老年人助餐满意度 under 社会效益, then again under 满意度指标: the first row is misfiled (F201
    there, missed on holdout836 kfn18) and the second repeats it (D101); the other way round,
    the misfiled row is the repeat, which D101 names alone."""

    def found(first: str, second: str) -> list[tuple[str, str, str]]:
        tiers = {"社会效益": "效益指标", "服务对象满意度": "满意度指标"}
        rows = [
            ["产出指标", "数量指标", "助餐补贴发放人数", "≥", 1500, "人"],
            [tiers[first], f"{first}指标", "老年人助餐满意度", "≥", "90%", None],
            [tiers[second], f"{second}指标", "老年人助餐满意度", "≥", "90%", None],
        ]
        path = tmp_path / f"{first}.xlsx"
        return table_found(path, rows, "老年人助餐补贴", "为1500名老人发放助餐补贴。", 54)

    misfiled_first = found("社会效益", "服务对象满意度")
    assert coded(misfiled_first, "F201") == [("warning", "C8")]
    assert coded(misfiled_first, "D101") == [("warning", "C9")]
    misfiled_last = found("服务对象满意度", "社会效益")
    assert coded(misfiled_last, "F201") == [] and coded(misfiled_last, "D101") == [
        ("warning", "C9")
    ]


def test_a_standard_per_meal_and_per_stop_times_its_count(tmp_path: Path) -> None:
    """8元/餐 × 全年送餐 9万餐 = 72万元 over 60万元 (B107 missed on holdout836 kfn12), 0.8万元/站次
    × 150站次 = 120万元 over 100万元 (missed on holdout838 kfp16); within the money, none."""

    def found(rows: list[list[Any]], money: float) -> list[tuple[str, str]]:
        path = tmp_path / f"{rows[0][2]}{money}.xlsx"
        return coded(table_found(path, rows, "送餐与巡展", "按标准实施。", money), "B107")

    meals = [
        ["产出指标", "数量指标", "全年送餐餐次", "≥", 9, "万餐"],
        ["成本指标", "经济成本指标", "每餐送餐补助标准", "≤", 8, "元/餐"],
    ]
    stops = [
        ["产出指标", "数量指标", "巡展站次", "≥", 150, "站次"],
        ["成本指标", "经济成本指标", "单站次运行成本", "≤", 0.8, "万元/站次"],
    ]
    assert found(meals, 60) == [("warning", "E8")]
    assert found(meals, 80) == []
    assert found(stops, 100) == [("warning", "E8")]
    assert found(stops, 130) == []


def test_a_reach_said_by_the_work_done_in_it(tmp_path: Path) -> None:
    """对全县86个村级水站开展水质抽检 against 抽检覆盖村级水站 ≥68个: the stations reached, said by
    the checks made at them (D104 missed on holdout837 kfo14); 68个 agrees."""

    def found(count: int) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "抽检覆盖村级水站", "≥", 68, "个"],
            [None, None, "水样检测数量", "≥", 1200, "份"],
        ]
        goal = f"对全县{count}个村级水站开展水质抽检，全年抽检水样1200份。"
        return coded(table_found(tmp_path / f"{count}.xlsx", rows, "水质抽检", goal, 72), "D104")

    assert found(86) == [("warning", "E7")]
    assert found(68) == []


def test_money_carried_over_beside_the_years_sources(tmp_path: Path) -> None:
    """年度资金总额 150 │ 其中：当年财政拨款 110, then 其中：上年结转 40 │ 其他资金 0 on the row
    below: the year's sources, the carry-over among them (a false B101 error on holdout842
    kft06, the 其中 of the second row read as another breakdown); a carry-over of 30 leaves 10
    unexplained."""

    def found(carried: int) -> list[tuple[str, str]]:
        rows = [
            ["2026年度项目支出绩效目标申报表"],
            ["项目名称", "滨河步道路灯试点"],
            period_row(),
            ["项目资金（万元）", "年度资金总额", 150, "其中：当年财政拨款", 110],
            [None, "其中：上年结转", carried, "其他资金", 0],
            ["年度绩效目标", "在滨河步道安装太阳能路灯200盏。"],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "安装太阳能路灯数量", "≥200盏"],
            [None, "质量指标", "灯具验收合格率", "≥95%"],
        ]
        return coded(found_at(save_sheet(tmp_path / f"{carried}.xlsx", rows)), "B101")

    assert found(40) == []
    assert found(30) == [("error", "C4")]


def test_things_bought_said_two_ways(tmp_path: Path) -> None:
    """厨房设备购置数量 ≥40台 and 厨房设备采购数量 ≥60台: one count of the things bought, given
    twice (D103 missed on holdout843 kfu10)."""
    rows = [
        ["产出指标", "数量指标", "厨房设备购置数量", "≥", 40, "台"],
        [None, None, "厨房设备采购数量", "≥", 60, "台"],
        [None, "质量指标", "设备安装验收合格率", "≥", "95%", None],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "厨房设备更新", "购置厨房设备40台。", 48)
    assert coded(found, "D103") == [("warning", "C8")]


def test_a_review_date_under_the_table(tmp_path: Path) -> None:
    """审核日期 │ 2025-11-06 under the indicators: a sign-off's date, no indicator (a false Y102
    error, S101 and F201 on holdout847 kfy06); the row above it is still read."""
    rows = [
        ["产出指标", "数量指标", "工单回访量", "≥", 1.8, "万件"],
        ["满意度指标", "服务对象满意度指标", "回访群众满意度", "≥", "90%", None],
    ]
    below = [["审核日期", dt.datetime(2025, 11, 6)]]
    found = table_found(tmp_path / "a.xlsx", rows, "工单回访", "回访工单1.8万件。", 32, below)
    assert [f for f in found if f[2] in ("A9", "B9")] == []


def test_counts_of_coils_homes_rebuilt_and_apparatus(tmp_path: Path) -> None:
    """0.12万元/盘 × 600盘 over 60万元 (B107 missed on holdout845 kfw12); 农房抗震改造户数 under
    质量 is an output (F201 missed on holdout846 kfx10); 补充正压式空气呼吸器80具 against
    正压式空气呼吸器补充数量 ≥60具 (D104 missed on holdout845 kfw08)."""
    rows = [
        ["产出指标", "数量指标", "消防水带采购数量", "≥", 600, "盘"],
        [None, None, "正压式空气呼吸器补充数量", "≥", 60, "具"],
        [None, "质量指标", "农房抗震改造户数", "≥", 200, "户"],
        ["成本指标", "经济成本指标", "消防水带单盘采购价格", "≤", 0.12, "万元/盘"],
    ]
    goal = "采购消防水带600盘，补充正压式空气呼吸器80具，完成农房抗震改造200户。"
    found = table_found(tmp_path / "a.xlsx", rows, "消防装备", goal, 60)
    assert coded(found, "B107") == [("warning", "E10")]
    assert coded(found, "F201") == [("warning", "C9")]
    assert coded(found, "D104") == [("warning", "E8")]


def test_a_name_with_its_work_finished_and_seats_raised_to(tmp_path: Path) -> None:
    """农房抗震改造户数 and 农房抗震改造完成户数, ≥120户 both: one count written twice (D103
    missed on holdout846 kfx04); 扩建热线值班坐席至20个 against 热线值班坐席数 ≥16个 (D104
    missed on holdout847 kfy02)."""
    rows = [
        ["产出指标", "数量指标", "农房抗震改造户数", "≥", 120, "户"],
        [None, None, "农房抗震改造完成户数", "≥", 120, "户"],
        [None, None, "热线值班坐席数", "≥", 16, "个"],
    ]
    goal = "完成农房抗震改造120户，扩建热线值班坐席至20个。"
    found = table_found(tmp_path / "a.xlsx", rows, "农房与热线", goal, 200)
    assert coded(found, "D103") == [("warning", "C8")]
    assert coded(found, "D104") == [("warning", "E9")]


def test_round271_names(tmp_path: Path) -> None:
    """网格巡防时长 ≥2小时/天: hours on patrol, more is better (a false T108 on holdout849 kga09);
    带教对象独立开展…技术项数 under 社会效益: what the trainees can do now, an effect (a false
    F201 on holdout848 kfz15); 志愿服务活动开展场次 / 开展志愿服务活动场次: one count reordered
    (D103 missed on holdout849 kga14); 全区划分基础网格86个 against 基础网格划分数量 ≥68个 (D104
    missed on holdout849 kga08)."""
    rows = [
        ["产出指标", "数量指标", "志愿服务活动开展场次", "≥", 600, "场"],
        [None, None, "基础网格划分数量", "≥", 68, "个"],
        [None, None, "开展志愿服务活动场次", "≥", 600, "场"],
        [None, "时效指标", "网格巡防时长", "≥", 2, "小时/天"],
        ["效益指标", "社会效益指标", "带教对象独立开展中医适宜技术项数", "≥", 4, "项"],
    ]
    goal = "全区划分基础网格86个，开展志愿服务活动600场。"
    found = table_found(tmp_path / "a.xlsx", rows, "网格与志愿服务", goal, 120)
    assert coded(found, "T108") == [] and coded(found, "F201") == []
    assert coded(found, "D103") == [("warning", "C9")]
    assert coded(found, "D104") == [("warning", "E8")]


def test_round272_dates_lead_times_shows_and_a_count_given_twice(tmp_path: Path) -> None:
    """8月8日前后组织…活动: around that day, no deadline against 系列活动完成时间 (a false D104
    on holdout851 kgc06); 民俗展演6场 against 民俗展演场次 ≥8场 (D104 missed on holdout853
    kge13); 400元/人次 × 2000人次, the one count given twice under two names, over 60万元 (B107
    missed on holdout852 kgd18)."""
    rows = [
        ["产出指标", "数量指标", "民俗展演场次", "≥", 8, "场"],
        [None, None, "龙舟赛场次", "≥", 3, "场"],
        [None, None, "景区食品摊贩培训人次", "≥", 2000, "人次"],
        [None, None, "景区摊贩食品安全培训人次", "≥", 2000, "人次"],
        [None, "时效指标", "系列活动完成时间", "≤", dt.datetime(2026, 8, 31), None],
        ["成本指标", "经济成本指标", "人均培训成本", "≤", 400, "元/人次"],
    ]
    goal = (
        "8月8日前后组织全民健身日系列活动，举办龙舟赛3场、民俗展演6场，培训景区食品摊贩2000人次。"
    )
    found = table_found(tmp_path / "a.xlsx", rows, "节庆与培训", goal, 60)
    assert coded(found, "D104") == [("warning", "E7")]
    assert coded(found, "B107") == [("warning", "E12")]


def test_a_lead_time_the_same_in_both_columns(tmp_path: Path) -> None:
    """单场培训通知提前时间 ≥5日 in the 中期 and the 年度 column of a two-year project: a lead
    time, no count copied (a false D202 on holdout852 kgd17); a count of sessions still is."""
    rows = [
        ["产出指标", "数量指标", "培训场次", "≥20场", "≥20场"],
        [None, "时效指标", "单场培训通知提前时间", "≥5日", "≥5日"],
    ]
    goals = ("两年内举办培训40场。", "2026年举办培训20场。")
    path = period_table(tmp_path / "a.xlsx", rows, goals, years=2, name="摊贩培训", money=(40, 20))
    assert coded(found_at(path), "D202") == [("warning", "E8")]


def test_interruptions_and_plans_drawn_up(tmp_path: Path) -> None:
    """实况数据服务中断次数 under 社会效益: interruptions, an outcome (a false F201 on holdout854
    kgf06); 农业气象灾害风险区划编制数量 ≥3项 under 质量: plans drawn up, an output (F201 missed on
    holdout854 kgf16)."""
    rows = [
        ["产出指标", "数量指标", "区域自动站运维数量", "≥", 45, "个"],
        [None, "质量指标", "农业气象灾害风险区划编制数量", "≥", 3, "项"],
        ["效益指标", "社会效益指标", "实况数据服务中断次数", "≤", 2, "次"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "农业气象服务", "运维区域自动站45个。", 210)
    assert coded(found, "F201") == [("warning", "C8")]
