"""Habits of round 55's returns (invented): a 资金来源 block with a column of words beside its
amounts (资金用途说明), a 中期目标 label a year off the plan its dates and 项目期 agree on, and
a standard paid by the person and month (元/人·月) in a table whose goal says it is paid
monthly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tests.returns import found_at, save_sheet


def _sources(note: str) -> list[list[Any]]:
    return [
        ["2027年度项目支出绩效目标申报表"],
        ["项目名称", "农村实用技术培训", None, "主管部门", "石岭县农业农村局"],
        [
            "项目期",
            "1年",
            "计划开始日期",
            dt.date(2027, 1, 1),
            "计划完成日期",
            dt.date(2027, 12, 31),
        ],
        ["项目资金（万元）", "年度资金总额", 150, "其中：财政拨款", 120],
        [None, None, None, "其他资金", 30],
        ["年度绩效目标", "开展种养技术培训300人次，建设田间学校4所，提高农户生产技能。"],
        ["资金来源（万元）", "合计", "财政拨款", "其他资金", note],
        [None, 150, 120, 30, "其他资金为县农技协会配套"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "技术培训人次", "≥300人次"],
        [None, "质量指标", "培训考核合格率", "≥90%"],
        ["效益指标", "社会效益指标", "受训农户技能提升率", "≥80%"],
        ["满意度指标", "服务对象满意度指标", "受训农户满意度", "≥90%"],
    ]


@pytest.mark.parametrize("note", ["资金用途说明", "备注", "测算依据"])
def test_a_column_of_words_beside_a_sources_block_is_no_source(tmp_path: Path, note: str) -> None:
    found = found_at(save_sheet(tmp_path / "s.xlsx", _sources(note)))
    assert not [f for f in found if f[1] == "error"], found


def _period_label(label: str) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "城区污水管网提质增效", None, "主管部门", "枫渡市水务局"],
        [
            "项目期",
            "3年",
            "计划开始日期",
            dt.date(2026, 1, 1),
            "计划完成日期",
            dt.date(2028, 12, 31),
        ],
        ["项目资金（万元）", "中期资金总额", 2400, "年度资金总额", 900],
        ["总体目标", label, None, "年度目标"],
        [None, "三年新建污水收集管网36公里。", None, "2026年新建污水收集管网12公里。"],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        ["产出指标", "数量指标", "新建污水收集管网长度", "≥36公里", "≥12公里"],
        [None, "质量指标", "管网工程验收合格率", "100%", "100%"],
        ["效益指标", "社会效益指标", "城区生活污水集中收集率", "≥75%", "≥70%"],
        ["满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%", "≥90%"],
    ]


def test_a_period_label_a_year_off_the_plan_is_the_one_found(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "p.xlsx", _period_label("中期目标（2025年—2027年）")))
    assert ("Y101", "error", "B5") in found, found
    assert not [f for f in found if f[0] == "Y102"], found  # the dates are right


def test_a_period_label_that_agrees_with_the_plan_raises_nothing(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "p.xlsx", _period_label("中期目标（2026年—2028年）")))
    assert not [f for f in found if f[0].startswith("Y")], found


def _monthly(goal: str, standard: int) -> list[list[Any]]:
    return [
        ["2027年度项目支出绩效目标申报表"],
        ["项目名称", "公益性岗位补贴", None, "主管部门", "苇塘区人力资源和社会保障局"],
        [
            "项目期",
            "1年",
            "计划开始日期",
            dt.date(2027, 1, 1),
            "计划完成日期",
            dt.date(2027, 12, 31),
        ],
        ["项目资金（万元）", "年度资金总额", 150],
        ["年度绩效目标", goal],
        ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
        ["产出指标", "数量指标", "公益性岗位安置人数", "≥180", "人"],
        [None, "质量指标", "岗位人员考勤合格率", "≥98", "%"],
        [None, "成本指标", "岗位补贴标准", f"≤{standard}", "元/人·月"],
        ["效益指标", "社会效益指标", "安置人员在岗稳定率", "≥90", "%"],
        ["满意度指标", "服务对象满意度指标", "安置人员满意度", "≥90", "%"],
    ]


MONTHLY = "开发公益性岗位安置就业困难人员，按月发放岗位补贴，促进稳定就业。"


def test_a_monthly_standard_times_people_times_the_months_above_the_money(
    tmp_path: Path,
) -> None:
    # 800 × 180 × 12 = 172.8万元 > 150万元; 650 × 180 × 12 = 140.4万元 fits
    found = found_at(save_sheet(tmp_path / "m.xlsx", _monthly(MONTHLY, 800)))
    assert ("B107", "warning", "D9") in found, found
    assert not [
        f
        for f in found_at(save_sheet(tmp_path / "n.xlsx", _monthly(MONTHLY, 650)))
        if f[0] == "B107"
    ]


def test_a_monthly_standard_is_not_multiplied_when_the_months_are_not_said(
    tmp_path: Path,
) -> None:
    goal = "开发公益性岗位安置就业困难人员，促进稳定就业。"  # how long each is paid: unsaid
    found = found_at(save_sheet(tmp_path / "m.xlsx", _monthly(goal, 800)))
    assert not [f for f in found if f[0] == "B107"], found


def test_a_monthly_level_given_as_a_floor_is_not_multiplied(tmp_path: Path) -> None:
    # ≥800元/人·月: a level guaranteed (a 保障标准), not what the money pays out each month
    rows = _monthly(MONTHLY, 800)
    rows[8][3] = "≥800"
    found = found_at(save_sheet(tmp_path / "m.xlsx", rows))
    assert not [f for f in found if f[0] == "B107"], found


def _one(name: str, value: str) -> list[list[Any]]:
    rows = _sources("资金用途说明")[:6]
    return [
        *rows,
        ["一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"],
        ["产出指标", "数量指标", "技术培训人次", "≥", 300, "人次"],
        [None, "质量指标", name, *value.split("|")],
        ["满意度指标", "服务对象满意度指标", "受训农户满意度", "≥", 90, "%"],
    ]


@pytest.mark.parametrize(
    ("name", "value", "said"),
    [
        ("出水化学需氧量平均浓度", "≥|60|毫克/升", True),  # a pollutant's level: ≤ is meant
        ("出水化学需氧量平均浓度", "≤|60|毫克/升", False),
        ("化学需氧量年削减量", "≥|150|吨", False),  # what is removed of it: ≥ is right
        ("出水余氯浓度", "≥|0.05|毫克/升", False),  # no pollutant: its direction is not told
        ("污水处理厂进水BOD浓度", "≥|100|毫克/升", False),  # an intake undiluted: more is better
    ],
)
def test_a_pollutant_s_level_is_less_is_better(
    tmp_path: Path, name: str, value: str, said: bool
) -> None:
    found = found_at(save_sheet(tmp_path / "c.xlsx", _one(name, value)))
    assert bool([f for f in found if f[0] == "T108"]) is said, found


@pytest.mark.parametrize(
    ("value", "said"), [("根据工作需要逐步完善", True), ("视实际情况调整", True), ("健全", False)]
)
def test_a_level_left_to_what_comes_is_no_value(tmp_path: Path, value: str, said: bool) -> None:
    rows = _one("执法装备管理制度", "定性|" + value + "|")
    found = found_at(save_sheet(tmp_path / "v.xlsx", rows))
    assert (("T102", "warning", "E9") in found) is said, found


def test_a_year_in_a_numbered_line_of_the_goal_is_read_as_the_goal(tmp_path: Path) -> None:
    rows = _sources("资金用途说明")
    rows[5] = ["年度绩效目标", "1.开展种养技术培训300人次；"]
    rows[6:6] = [[None, "2.建设田间学校4所；"], [None, "3.2026年12月底前完成全部学员结业考核。"]]
    found = found_at(save_sheet(tmp_path / "g.xlsx", rows))
    assert ("Y103", "warning", "B8") in found, found
    rows[7][1] = "3.2027年12月底前完成全部学员结业考核。"
    assert not [f for f in found_at(save_sheet(tmp_path / "h.xlsx", rows)) if f[0] == "Y103"]


@pytest.mark.parametrize(("other", "said"), [(15, True), (20, False)])
def test_head_money_labelled_as_its_sources_is_the_head_s(
    tmp_path: Path, other: int, said: bool
) -> None:
    # 资金来源（万元） │ 年度资金总额 │ 80 │ 其中：财政拨款 │ 60 over 其他资金 │ 15: the head's
    # money (60 + 15 ≠ 80), not a list of budget lines
    rows = [
        ["2027年度项目支出绩效目标申报表"],
        ["项目名称", "农村饮水安全巩固提升", None, "主管部门", "岚桥镇人民政府"],
        [
            "项目期",
            "1年",
            "计划开始日期",
            dt.date(2027, 3, 1),
            "计划完成日期",
            dt.date(2027, 9, 30),
        ],
        ["资金来源（万元）", "年度资金总额", 80, "其中：财政拨款", 60],
        [None, None, None, "其他资金", other],
        ["年度绩效目标", "改造供水管网12公里，提升5个村集中供水保障水平。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "改造供水管网长度", "≥12公里"],
        [None, "质量指标", "工程验收合格率", "≥98%"],
        ["效益指标", "社会效益指标", "集中供水入户率", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥85%"],
    ]
    found = found_at(save_sheet(tmp_path / "h.xlsx", rows))
    assert bool([f for f in found if f[0] == "B101"]) is said, found


# --- round 56 ------------------------------------------------------------------------------


@pytest.mark.parametrize(("limit", "said"), [("≤30天", True), ("≤45天", False)])
def test_a_time_limit_the_goal_sets_otherwise_is_said(
    tmp_path: Path, limit: str, said: bool
) -> None:
    rows = _sources("资金用途说明")
    goal = "全年投诉举报办结时限控制在45天内，开展种养技术培训300人次，提高农户生产技能。"
    rows[5] = ["年度绩效目标", goal]
    rows.insert(10, [None, "时效指标", "投诉举报办结时限", limit])
    found = found_at(save_sheet(tmp_path / "t.xlsx", rows))
    assert (("D104", "warning", "D11") in found) is said, found


def test_a_department_s_sources_end_at_its_spending(tmp_path: Path) -> None:
    # 资金总额 1500 = 1286.4 + 150 + 63.6 (sources) = 612.35 + 887.65 (基本支出 + 项目支出)
    rows: list[list[Any]] = [
        ["2026年度部门整体支出绩效目标表"],
        ["部门（单位）名称", "枫渡县农业农村局"],
        ["年度预算（万元）", "资金总额", 1500],
        [None, "其中：一般公共预算财政拨款", 1286.4],
        [None, "其中：政府性基金预算财政拨款", 150],
        [None, "其中：其他资金", 63.6],
        [None, "基本支出", 612.35],
        [None, "项目支出", 887.65],
        ["年度总体目标", "完成全县高标准农田建后管护，做好重大动物疫病强制免疫。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "高标准农田管护面积", "≥42000亩"],
        [None, "质量指标", "免疫抗体合格率", "≥70%"],
        ["效益指标", "社会效益指标", "区域性重大动物疫情发生次数", "=0次"],
        ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "d.xlsx", rows))
    assert not [f for f in found if f[0] == "B101"], found
    rows[5][2] = 73.6  # the sources now 10 over
    assert [f for f in found_at(save_sheet(tmp_path / "e.xlsx", rows)) if f[0] == "B101"]


def _kit(standard: str, end: dt.date = dt.date(2027, 12, 31)) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "乡镇专职消防站装备配备", None, "主管部门", "岚溪县消防救援大队"],
        ["项目期", "2年", "计划开始日期", dt.date(2026, 1, 1), "计划完成日期", end],
        ["项目资金（万元）", "中期资金总额", 200, "年度资金总额", 100],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        ["产出指标", "数量指标", "配备抢险救援装备", "≥16台套", "≥10台套"],
        [None, None, "装备配发到位率", "≥16台套", "≥10台套"],  # a rate as a count (T105)
        [None, "质量指标", "装备验收合格率", "≥98%", "≥98%"],
        [None, "成本指标", "单台套装备平均购置成本", "≤12万元/台套", standard],
        ["效益指标", "社会效益指标", "乡镇火警出动到场时间", "≤15分钟", "≤15分钟"],
        ["满意度指标", "服务对象满意度指标", "乡镇群众满意度", "≥90%", "≥90%"],
    ]


@pytest.mark.parametrize(("standard", "said"), [("≤12万元/台套", True), ("≤10万元/台套", False)])
def test_a_standard_per_set_of_kit_times_the_sets_above_the_year_s_money(
    tmp_path: Path, standard: str, said: bool
) -> None:
    # 10台套 × 12万元 = 120万元 > the year's 100万元; × 10万元 = 100万元 fits
    found = found_at(save_sheet(tmp_path / "k.xlsx", _kit(standard)))
    assert (("B107", "warning", "E9") in found) is said, found


@pytest.mark.parametrize(
    ("end", "said"), [(dt.date(2026, 12, 31), True), (dt.date(2027, 12, 31), False)]
)
def test_plan_dates_that_span_fewer_years_than_the_period_are_said(
    tmp_path: Path, end: dt.date, said: bool
) -> None:
    found = found_at(save_sheet(tmp_path / "y.xlsx", _kit("≤10万元/台套", end)))
    assert (("Y101", "warning", "F3") in found) is said, found
