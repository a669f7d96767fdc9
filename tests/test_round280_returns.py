"""Session 76, rounds 280– : each test fails without its change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from goalbook.check import CheckOptions, check_file
from goalbook.findings import Finding
from tests.returns import (
    TIER_HEAD,
    official_table,
    one_year_table,
    period_row,
    period_table,
    save_sheet,
)


def test_a_count_against_the_text_shows_its_unit_whole(tmp_path: Path) -> None:
    """展出文物数量 ≥120 in a unit column of 件（套）, against a goal of 不少于150件（套）: D104
    compares the counts with the unit bare (件), and its message quotes the value with the unit
    the table gives (≥120件(套)), not the bare one it compared (≥120件, holdout871 kgw16)."""
    rows = [
        ["产出指标", "数量指标", "展出文物数量", "≥", 120, "件（套）"],
        [None, "质量指标", "展品完好率", "≥", 0.98, "%"],
    ]
    goal = "举办专题展览，展出文物不少于150件（套）。"
    path = save_sheet(tmp_path / "show.xlsx", one_year_table("文物展览", 40, goal, rows, []))
    result, _ = check_file(path, CheckOptions())
    said = [f.message for f in result.findings if f.code == "D104"]
    assert len(said) == 1 and said[0].endswith("却是 ≥120件(套)"), said


def _found(tmp_path: Path, name: str, rows: list[list[Any]], goal: str = "") -> list[Finding]:
    sheet = one_year_table("供水保障", 60, goal or "完成年度供水保障任务。", rows, [], TIER_HEAD)
    result, _ = check_file(save_sheet(tmp_path / f"{name}.xlsx", sheet), CheckOptions())
    return list(result.findings)


def test_a_name_word_merged_over_the_tier_columns(tmp_path: Path) -> None:
    """考核指标 merged over the two tier columns, then 指标名称 │ 目标值（年度） │ 评价标准: the
    header of the table, its first word over the tiers (S013 and no indicator read on
    holdout880 khf11, 考核指标 read as the name column and 指标名称 as a second one)."""
    head = ["考核指标", None, "指标名称", "目标值（年度）", "评价标准"]
    rows = [
        ["产出指标", "数量指标", "培训村级管水员人数", "≥120人", "达到得满分"],
        [None, "质量指标", "管水员培训考核合格率", "≥105%", "按比例得分"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "按比例得分"],
    ]
    sheet = one_year_table("管水员培训", 20, "培训村级管水员120人。", rows, [], head)
    path = save_sheet(tmp_path / "heads.xlsx", sheet, ("A6:B6",))
    result, _ = check_file(path, CheckOptions())
    found = [(f.code, f.at.a1 if f.at else "") for f in result.findings]
    assert ("T106", "D8") in found and not any(code in ("S010", "S013") for code, _ in found)


def test_the_share_of_a_harm_handled_is_no_harm(tmp_path: Path) -> None:
    """超标水样复检率 and 余氯不达标预警处置率 with ≥: the share of bad samples checked again and
    of warnings handled, more is better (false T108 warnings on holdout876 khb06, khb09); the
    share of samples over the limit (出厂水超标率) with ≥ is still one."""
    rows = [
        ["产出指标", "质量指标", "超标水样复检率", "≥95%"],
        [None, None, "余氯不达标预警处置率", "≥98%"],
        [None, None, "出厂水超标率", "≥5%"],
    ]
    found = [(f.code, f.at.a1 if f.at else "") for f in _found(tmp_path, "harm", rows)]
    assert [at for code, at in found if code == "T108"] == ["D9"]


def test_turbidity_said_two_ways_is_one_indicator(tmp_path: Path) -> None:
    """出厂水浊度达标率 ≥95% and 出厂水浑浊度达标率 ≥90% under one tier-2: one measure said two ways
    (D103, missed on holdout876 khb04)."""
    rows = [
        ["产出指标", "质量指标", "出厂水浊度达标率", "≥95%"],
        [None, None, "出厂水浑浊度达标率", "≥90%"],
    ]
    found = [(f.code, f.at.a1 if f.at else "") for f in _found(tmp_path, "turbid", rows)]
    assert ("D103", "C8") in found


def test_beds_under_quality_and_a_subsidy_each_under_quantity(tmp_path: Path) -> None:
    """照护专区床位数 ≥60张 under 质量指标: beds set up, an output (F201, missed on holdout878
    khd16); 户均担保费补贴金额 ≤0.8万元/户 under 数量指标: money for each household, a cost
    (F201, missed on holdout880 khf12)."""
    rows = [
        ["产出指标", "数量指标", "担保费补贴企业户数", "≥250户"],
        [None, None, "户均担保费补贴金额", "≤0.8万元/户"],
        [None, "质量指标", "失智照护专区床位数", "≥60张"],
        [None, None, "照护服务规范达标率", "≥95%"],
        ["成本指标", "经济成本指标", "单次照护服务成本", "≤80元/次"],
    ]
    found = [(f.code, f.at.a1 if f.at else "") for f in _found(tmp_path, "beds", rows)]
    assert [at for code, at in found if code == "F201"] == ["C8", "C9"]


def test_a_title_left_from_last_season_against_a_whole_year_plan(tmp_path: Path) -> None:
    """A 2025 title over a plan from 2026-01-01 to 2026-12-31 and a goal that opens with 2026
    but keeps a deadline of 2025 (2025年12月底前): the title is the slip (Y101 at it), not the
    plan's dates (two false Y102 errors on holdout886 khl10, the title's year in the goal kept
    it); the goal's 2025 is said (Y103)."""
    goal = "2026年向1800户困难家庭发放租赁补贴，2025年12月底前完成全年补贴发放。"
    above = [
        period_row(dt.date(2026, 12, 31), dt.date(2026, 1, 1)),
        ["项目资金（万元）", "年度资金总额", 800],
        ["年度绩效目标", goal],
    ]
    rows = [
        ["产出指标", "数量指标", "补贴发放户数", "≥1800户"],
        [None, "质量指标", "补贴发放准确率", "≥98%"],
    ]
    title = "2025年度项目支出绩效目标申报表"
    sheet = official_table("租赁补贴", rows, above=above, head=TIER_HEAD, title=title)
    result, _ = check_file(save_sheet(tmp_path / "year.xlsx", sheet), CheckOptions())
    found = [(f.code, f.severity.value, f.at.a1 if f.at else "") for f in result.findings]
    assert ("Y101", "error", "A1") in found and ("Y103", "warning", "B5") in found, found
    assert not [f for f in found if f[0] == "Y102"]


def test_amounts_and_rounds_the_goal_gives_after_the_name(tmp_path: Path) -> None:
    """年节约用电量 ≥100万千瓦时 against 年节约用电120万千瓦时 (the name without its 量, holdout884
    khj10) and 食品安全专项检查轮次 ≥2轮 against 专项检查4轮 (rounds, holdout882 khh10): D104 at
    each; an amount after another in the text (…垃圾1.46万吨（日均40吨）) is no count of the
    name's, as 14600吨 agrees."""
    goal = "年节约用电120万千瓦时，开展食品安全专项检查4轮，收运处理餐厨垃圾1.46万吨（日均40吨）。"
    rows = [
        ["产出指标", "数量指标", "食品安全专项检查轮次", "≥2轮"],
        [None, None, "收运处理餐厨垃圾量", "≥14600吨"],
        ["效益指标", "生态效益指标", "年节约用电量", "≥100万千瓦时"],
    ]
    found = [(f.code, f.at.a1 if f.at else "") for f in _found(tmp_path, "amounts", rows, goal)]
    assert [at for code, at in found if code == "D104"] == ["D7", "D9"]


def test_households_paid_under_quality(tmp_path: Path) -> None:
    """补贴发放户数 ≥3000户 under 质量: the households paid, an output (F201, missed on holdout886
    khl11)."""
    rows = [
        ["产出指标", "数量指标", "补贴申请受理户数", "≥3200户"],
        [None, "质量指标", "补贴发放户数", "≥3000户"],
        [None, None, "补贴发放准确率", "≥98%"],
    ]
    found = [(f.code, f.at.a1 if f.at else "") for f in _found(tmp_path, "paid", rows)]
    assert [at for code, at in found if code == "F201"] == ["C8"]


def test_a_purchase_detail_block_is_read_for_its_amounts(tmp_path: Path) -> None:
    """购置明细 │ 项目 │ 数量 │ 金额（万元） under the indicators: a block of budget lines, its
    amounts read (120万120万 pasted twice: X106, and 35.8 2 split: X105, missed on holdout887
    khm11, the block not read)."""
    rows = [
        ["产出指标", "数量指标", "购置纯电动公交车数量", "≥24辆"],
        [None, "质量指标", "车辆验收合格率", "=100%"],
    ]
    below = [
        [],
        ["购置明细", "项目", "数量", "金额（万元）"],
        [None, "纯电动公交车", "24辆", 1440],
        [None, "充电桩", "12个", "120万120万"],
        [None, "车载智能终端", "24套", "35.8 2"],
    ]
    sheet = one_year_table("公交车更新", 1595.82, "更新纯电动公交车24辆。", rows, below, TIER_HEAD)
    result, _ = check_file(save_sheet(tmp_path / "buy.xlsx", sheet), CheckOptions())
    found = [(f.code, f.at.a1 if f.at else "") for f in result.findings]
    assert ("X106", "D12") in found and ("X105", "D13") in found, found


def test_a_count_for_each_of_many_with_a_long_name(tmp_path: Path) -> None:
    """在全县12个乡镇各建成厕所粪污集中处理站1座 against 粪污集中处理站建成数 ≥12座: one for each
    town, its thing of eleven characters after 各 (a false D104 on holdout888 khn07)."""
    rows = [
        ["产出指标", "数量指标", "粪污集中处理站建成数", "≥12座", "≥4座"],
        [None, "质量指标", "处理站出水达标率", "≥95%", "≥95%"],
    ]
    goals = ("2026—2028年在全县12个乡镇各建成厕所粪污集中处理站1座。", "2026年建成处理站4座。")
    path = tmp_path / "each.xlsx"
    period_table(path, rows, goals, years=3, name="粪污处理", money=(900, 300))
    result, _ = check_file(path, CheckOptions())
    found = [(f.code, f.at.a1 if f.at else "") for f in result.findings]
    assert not [f for f in found if f[0] == "D104"], found


def test_a_deadline_the_goal_sets_for_the_work_done(tmp_path: Path) -> None:
    """整治完成时间 2026年11月30日前 against 9月底前全部完成整治并复核: the goal gives the work
    an earlier day (D104, missed on holdout888 khn18: the name's word 整治 only after 完成 in the
    clause); 核查件数 under 质量 are checks made, an output (F201, missed on holdout892
    khr10)."""
    rows = [
        ["产出指标", "数量指标", "渗漏户厕整治数", "≥800户"],
        [None, "质量指标", "作弊线索核查件数", "≥10件"],
        [None, "时效指标", "整治完成时间", "2026年11月30日前"],
    ]
    goal = "整治渗漏户厕800户，9月底前全部完成整治并复核。"
    found = [(f.code, f.at.a1 if f.at else "") for f in _found(tmp_path, "dates", rows, goal)]
    assert ("D104", "D9") in found and ("F201", "C8") in found, found


def test_a_standard_held_against_a_task_its_count_names(tmp_path: Path) -> None:
    """生均公用经费补助标准 1200元/人·年 × 资助家庭经济困难幼儿人数 3000 against the line 资助
    家庭经济困难幼儿 300万元: the line is the count's, not the standard's, and the two names share
    no word (a false B107 on holdout894 kht13, kht14); 传承补助标准 8000元/人·年 × 补助代表性传承人
    人数 60 against 代表性传承人补助 40万元 share 传承: B107 stays (holdout871 kgw08)."""

    def found(names: tuple[str, str, str], per: str, people: str) -> list[str]:
        standard, count, line = names
        rows = [
            ["产出指标", "数量指标", count, people],
            ["成本指标", "经济成本指标", standard, per],
        ]
        below = [[], ["明细项目", "金额（万元）"], [line, 40], ["其他支出", 360], ["合计", 400]]
        sheet = one_year_table("补助发放", 400, "按标准发放补助。", rows, below, TIER_HEAD)
        path = save_sheet(tmp_path / f"{standard}.xlsx", sheet)
        result, _ = check_file(path, CheckOptions())
        return [f.at.a1 for f in result.findings if f.code == "B107" and f.at]

    kin = found(
        ("传承补助标准", "补助代表性传承人人数", "代表性传承人补助"), "≤8000元/人·年", "≥60人"
    )
    apart = found(
        ("生均公用经费补助标准", "资助家庭经济困难幼儿人数", "资助家庭经济困难幼儿"),
        "≤1200元/人·年",
        "≥3000人",
    )
    assert kin == ["D8"] and apart == []


def test_a_detail_block_titled_over_its_names_with_a_count_column(tmp_path: Path) -> None:
    """设备购置明细（万元） │ 数量 │ 金额 under the indicators: the title heads the names, the
    count column between (its artefacts missed on holdout895 khu08); 新认定普惠性民办幼儿园数
    under 质量 is what is newly recognised, an output (F201, missed on holdout894 kht12)."""
    rows = [
        ["产出指标", "数量指标", "购置揉捻机组数量", "≥6台"],
        [None, "质量指标", "新认定普惠性民办幼儿园数", "≥18所"],
    ]
    below = [
        [],
        ["设备购置明细（万元）", "数量", "金额"],
        ["揉捻机组", "6台", "36.5 8"],
        ["烘干提香机", "4台", "45万45万（含运输）"],
        ["合计", "10台", 81.58],
    ]
    sheet = one_year_table("茶叶加工", 81.58, "购置揉捻机组6台。", rows, below, TIER_HEAD)
    result, _ = check_file(save_sheet(tmp_path / "tea.xlsx", sheet), CheckOptions())
    found = [(f.code, f.at.a1 if f.at else "") for f in result.findings]
    assert {("X105", "C11"), ("X106", "C12"), ("F201", "C8")} <= set(found), found
