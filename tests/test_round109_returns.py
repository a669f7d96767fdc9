"""Rounds 109 to 116's held-out returns (holdout332–355), in shapes of their own: a time
limit given as a percentage beside a unit column of days, the time a report takes to be
issued (出具时间) written with ≥, a budget system's export that puts the 合计 row atop the
lines it adds up, a bare export with no year, navigation stopped, a year's total that is the
one slip of a one-year project's money, what keeps going, a germ count, a map's scale, a lead
time, equipment provided to the standard, a count in 万 in a name, a subsidy per station, one
project's money listed by class, and a note inside a merged tier block. Every workbook is
invented and built here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import (
    SPLIT_HEAD,
    budget_export,
    found_at,
    official_table,
    one_year_table,
    period_row,
    save_sheet,
)


def _table(rows: list[list[Any]]) -> list[list[Any]]:
    satisfied = ["满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", 90, "%"]
    goal = "2026年完成辖区水产品抽样检测和检测报告出具。"
    return one_year_table("水产品质量抽检", 36, goal, rows, [satisfied])


def test_a_time_limit_given_as_a_percentage_is_said_once(tmp_path: Path) -> None:
    """检测报告出具时限 │ ≥ │ 100% │ 工作日: a time given as a percentage (T113, a warning),
    not also a unit conflict of % against 工作日 (no T112 error at the same cell) nor ≥
    against a time's 反向 (no T108): the value is to be rewritten as a time; 抽检批次 │ ≥120% │
    批 still is a unit conflict."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "水产品抽检批次", "≥", 120, "批"],
        ["产出指标", "时效指标", "检测报告出具时限", "≥", "100%", "工作日"],
    ]
    found = found_at(save_sheet(tmp_path / "t.xlsx", _table(rows)))
    assert ("T113", "warning", "E8") in found, found
    assert not [f for f in found if f[0] in ("T108", "T112")], found
    rows[0][3:6] = [None, "≥120%", "批"]
    found = found_at(save_sheet(tmp_path / "u.xlsx", _table(rows)))
    assert ("T112", "error", "E7") in found, found


def test_the_time_a_report_takes_to_be_issued_is_capped(tmp_path: Path) -> None:
    """检测报告出具时间 ≥10个工作日: the time to issue a report is 反向, ≥ sets a minimum delay
    (T108, a warning); ≤10个工作日 is right."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "水产品抽检批次", "≥", 120, "批"],
        ["产出指标", "时效指标", "检测报告出具时间", "≥", 10, "个工作日"],
    ]
    found = found_at(save_sheet(tmp_path / "g.xlsx", _table(rows)))
    assert [f for f in found if f[0] == "T108" and f[2] in ("D8", "E8")], found
    rows[1][3] = "≤"
    found = found_at(save_sheet(tmp_path / "l.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "T108"], found


def _total_atop(
    path: Path, amount: object, total: float = 58, heading: str = "2026年度部门项目支出绩效目标表"
) -> Path:
    """A budget system's export whose money sheet gives each project's 合计 row first and its
    lines of spending (支出内容) under it, the indicators on the next sheet."""
    code, name = "610101260017", "水产品质量安全抽检"
    unit = ["610101", "某县水产技术推广站", code, name]
    money = [
        ["部门项目支出预算表"],
        ["单位：万元"],
        ["单位编码", "单位名称", "项目编码", "项目名称", "支出内容", "金额"],
        [*unit, "合计", total],
        [*unit, "抽样检测", 30],
        [*unit, "检测试剂采购", amount],
        [*unit, "检测人员培训", 6],
    ]
    indicators = [
        ["产出指标", "数量指标", "水产品抽检批次", "≥120批"],
        ["产出指标", "质量指标", "检测数据有效率", "≥97%"],
        ["效益指标", "社会效益指标", "养殖户用药规范意识", "明显提升"],
        ["满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"],
    ]
    return budget_export(
        path, ("项目支出预算05-1", money), ("项目支出绩效目标05-2", [[heading]]), [(code, name)],
        indicators,
    )  # fmt: skip


def test_a_total_atop_its_lines_is_held_against_them(tmp_path: Path) -> None:
    """合计 58 atop its lines 30 + 22 + 6: the lines are read under it, so an amount pasted
    twice among them (22万22万) is X106 at its cell and read as 22 (no B102); lines adding to
    58 against a 合计 of 60 are B102; a correct block gives neither."""
    found = found_at(_total_atop(tmp_path / "p.xlsx", "22万22万"))
    assert ("X106", "error", "F6") in found, found
    assert not [f for f in found if f[0] == "B102"], found
    found = found_at(_total_atop(tmp_path / "s.xlsx", 22, total=60))
    assert [f for f in found if f[0] == "B102"], found
    found = found_at(_total_atop(tmp_path / "c.xlsx", 22))
    assert not [f for f in found if f[0] in ("B102", "X106")], found


def test_a_bare_export_without_a_year_says_so_as_information(tmp_path: Path) -> None:
    """A budget system's export of projects, money and indicators with no year anywhere (no
    goal, dates or period where a form writes one): Y105 as information, the batch holds the
    year; with a year in its heading, no Y105."""
    found = found_at(_total_atop(tmp_path / "b.xlsx", 22, heading="部门项目支出绩效目标表"))
    assert ("Y105", "info", "") in found, found
    found = found_at(_total_atop(tmp_path / "y.xlsx", 22))
    assert not [f for f in found if f[0] == "Y105"], found


def test_a_form_without_a_year_still_warns(tmp_path: Path) -> None:
    """A project form with a goal and no year in its title, goal or dates: Y105 stays a
    warning (the form has the places where its year belongs)."""
    rows: list[list[Any]] = [["产出指标", "数量指标", "水产品抽检批次", "≥", 120, "批"]]
    above = [
        ["项目资金（万元）", "年度资金总额", 36],
        ["年度绩效目标", "完成辖区水产品抽样检测。"],
    ]
    table = official_table("水产品质量抽检", rows, above=above, head=SPLIT_HEAD, title="绩效目标表")
    found = found_at(save_sheet(tmp_path / "f.xlsx", table))
    assert ("Y105", "warning", "") in found, found


def test_the_share_of_navigation_stopped_is_capped(tmp_path: Path) -> None:
    """船闸非计划停航率 ≥2%: navigation stopped, less is better (T108, a warning); ≤2% is
    right."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "水产品抽检批次", "≥", 120, "批"],
        ["产出指标", "质量指标", "船闸非计划停航率", "≥", 2, "%"],
    ]
    found = found_at(save_sheet(tmp_path / "g.xlsx", _table(rows)))
    assert [f for f in found if f[0] == "T108" and f[2] in ("D8", "E8")], found
    rows[1][3] = "≤"
    found = found_at(save_sheet(tmp_path / "l.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "T108"], found


def _money(year_total: float, year_fiscal: float) -> list[list[Any]]:
    above = [
        period_row(),
        ["项目资金（万元）", "中期资金总额", 46, "年度资金总额", year_total],
        [None, "其中：财政拨款", 40, "其中：财政拨款", year_fiscal],
        [None, "其他资金", 6, "其他资金", 6],
        ["年度绩效目标", "2026年组织龙舟邀请赛3场，培训社区指导员60人。"],
    ]
    rows = [
        ["产出指标", "数量指标", "举办龙舟邀请赛场次", "≥3场"],
        ["产出指标", "质量指标", "社区指导员持证率", "≥90%"],
        ["满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%"],
    ]
    return official_table("龙舟邀请赛", rows, above=above)


def test_a_year_total_off_its_own_sources_is_said_once(tmp_path: Path) -> None:
    """A one-year project's 年度资金总额 49 over sources of 40 + 6, which make the 中期 46: the
    year's total is the one slip, B101 at it says so, not also B103 (above the period's 46) and
    B109 (the two totals apart); when the year's sources also leave the period's (43 + 6 = 49),
    the year is above the period (B103)."""
    found = found_at(save_sheet(tmp_path / "t.xlsx", _money(49, 40)))
    assert ("B101", "error", "E4") in found, found
    assert not [f for f in found if f[0] in ("B103", "B109")], found
    found = found_at(save_sheet(tmp_path / "s.xlsx", _money(49, 43)))
    assert ("B103", "error", "E4") in found, found


def test_what_keeps_going_and_a_germ_level(tmp_path: Path) -> None:
    """常态开展民族传统体育项目数 under 社会效益指标: what keeps going, no output (no F201),
    while 开展民族传统体育项目数 there is one (F201); 生鲜乳体细胞数平均值 ≥30万个/毫升: the
    fewer cells the better (T108), and 体细胞数检测批次 ≥560批次 counts tests (no T108)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "体细胞数检测批次", "≥", 560, "批次"],
        ["产出指标", "质量指标", "生鲜乳体细胞数平均值", "≥", 30, "万个/毫升"],
        ["效益指标", "社会效益指标", "常态开展民族传统体育项目数", "≥", 6, "个"],
    ]
    found = found_at(save_sheet(tmp_path / "k.xlsx", _table(rows)))
    assert [f for f in found if f[0] == "T108" and f[2][1:] == "8"], found
    assert not [f for f in found if f[0] == "T108" and f[2][1:] == "7"], found
    assert not [f for f in found if f[0] == "F201"], found
    rows[2][2] = "开展民族传统体育项目数"
    found = found_at(save_sheet(tmp_path / "o.xlsx", _table(rows)))
    assert ("F201", "warning", "C9") in found, found


def test_a_maps_scale_is_no_share(tmp_path: Path) -> None:
    """大比例尺地质灾害风险调查面积 ≥210平方公里: 比例尺 is the survey map's scale, the name
    counts an area, no rate (no T105); 调查区域占比 ≥210平方公里 is a rate given as an area."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "水产品抽检批次", "≥", 120, "批"],
        ["产出指标", "数量指标", "大比例尺地质灾害风险调查面积", "≥", 210, "平方公里"],
    ]
    found = found_at(save_sheet(tmp_path / "m.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "T105"], found
    rows[1][2] = "地质灾害风险调查区域占比"
    found = found_at(save_sheet(tmp_path / "r.xlsx", _table(rows)))
    assert [f for f in found if f[0] == "T105" and f[2][1:] == "8"], found


def test_a_lead_time_is_a_value(tmp_path: Path) -> None:
    """抽检结果公示发布时间 │ 提前3天以上: how long before, as measurable as ≥3天 (no T102); 视
    情况适时发布 there still is a description (T102)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "水产品抽检批次", "≥", 120, "批"],
        ["产出指标", "时效指标", "抽检计划公示发布时间", None, "提前3天以上", None],
    ]
    found = found_at(save_sheet(tmp_path / "a.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "T102"], found
    rows[1][4] = "视情况适时发布"
    found = found_at(save_sheet(tmp_path / "d.xlsx", _table(rows)))
    assert [f for f in found if f[0] == "T102" and f[2] == "E8"], found


def test_equipment_provided_to_the_standard_is_more_is_better(tmp_path: Path) -> None:
    """救生衣配备率 ≤95%: equipment provided to the standard, more is better (T108); ≥95% is
    right."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "水产品抽检批次", "≥", 120, "批"],
        ["产出指标", "质量指标", "检测船只救生衣配备率", "≤", 95, "%"],
    ]
    found = found_at(save_sheet(tmp_path / "l.xlsx", _table(rows)))
    assert [f for f in found if f[0] == "T108" and f[2][1:] == "8"], found
    rows[1][3] = "≥"
    found = found_at(save_sheet(tmp_path / "g.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "T108"], found


def test_a_count_in_ten_thousands_in_the_name(tmp_path: Path) -> None:
    """增殖放流鱼苗300万尾 │ ≥200万尾: the name's count, in 万 of the value's unit, is not the
    value's (T110, a warning); 300万尾 in both is none."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "增殖放流鱼苗300万尾", "≥", "200", "万尾"],
    ]
    found = found_at(save_sheet(tmp_path / "n.xlsx", _table(rows)))
    assert [f for f in found if f[0] == "T110"], found
    rows[0][4] = "300"
    found = found_at(save_sheet(tmp_path / "s.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "T110"], found


def test_a_subsidy_per_station_times_the_stations_built(tmp_path: Path) -> None:
    """每站建站补助 ≤1.5万元/站 × 新建村级快递驿站 ≥40个 = 60万元, above the project's 36万元:
    B107 (a warning); 20 stations (30万元) fit."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新建村级快递驿站", "≥", 40, "个"],
        ["成本指标", "经济成本指标", "每站建站补助", "≤", 1.5, "万元/站"],
    ]
    found = found_at(save_sheet(tmp_path / "o.xlsx", _table(rows)))
    assert [f for f in found if f[0] == "B107"], found
    rows[0][4] = 20
    found = found_at(save_sheet(tmp_path / "f.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "B107"], found


def _by_class(path: Path, total: float) -> Path:
    """A budget system's export listing one project's money by 支出经济分类 (three lines under
    its code and name) over a 合计 row, the indicators on the next sheet."""
    code, name = "610101260023", "景区客流监测平台"
    money = [
        ["2026年部门项目支出预算表"],
        ["项目编码", "项目名称", "支出经济分类", "合计", "财政拨款", "其他资金"],
        [code, name, "委托业务费", 40, 40, 0],
        [code, name, "信息网络及软件购置更新", 70, 60, 10],
        [code, name, "专用设备购置", 30, 30, 0],
        ["合计", None, None, total, 130, 10],
    ]
    indicators = [
        ["产出指标", "数量指标", "客流监测点位", "≥60个"],
        ["成本指标", "经济成本指标", "平台开发费用", "≤70万元"],
        ["满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"],
    ]
    return budget_export(
        path, ("部门项目支出预算05-1", money), ("部门项目支出绩效目标05-2", []), [(code, name)],
        indicators,
    )  # fmt: skip


def test_a_projects_money_listed_by_class_is_its_total(tmp_path: Path) -> None:
    """One project's money in three lines by class (40, 70, 30) over 合计 140: the project's
    money is the 合计, not its first line, so a 平台开发费用 of 70万元 fits it (no B107) and
    the 合计 is held against its sources (130 + 10)."""
    found = found_at(_by_class(tmp_path / "c.xlsx", 140))
    assert not [f for f in found if f[0] in ("B107", "B101")], found
    found = found_at(_by_class(tmp_path / "w.xlsx", 150))
    assert [f for f in found if f[0] == "B101" and f[2] == "D6"], found


def test_a_note_inserted_into_a_merged_tier_block(tmp_path: Path) -> None:
    """注：达标指静压不低于0.14MPa… typed into the tier-1 column inside the 产出指标 block, and
    merged down over the two rows after it: a note, no tier-1 of the 时效 and 成本 rows below
    (no F103 error there); they stay under 产出指标."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "消火栓压力测试点位", "≥240个"],
        [None, "质量指标", "测试点压力达标率", "≥90%"],
        ["注：达标指静压不低于0.14MPa，以测试记录为准"],
        [None, "时效指标", "测试报告报送时间", "12月15日前"],
        [None, "成本指标", "单点测试费用", "≤800元/个"],
        ["效益指标", "社会效益指标", "低压片区整改建议采纳率", "≥80%"],
        ["满意度指标", "服务对象满意度指标", "消防救援大队满意度", "≥90%"],
    ]
    above = [period_row(), ["项目资金（万元）", "年度资金总额", 26]]
    table = official_table("消防供水压力测试", rows, above=above)
    found = found_at(save_sheet(tmp_path / "n.xlsx", table, merges=("A6:A7", "A8:A10")))
    assert not [f for f in found if f[1] == "error"], found
    assert not [f for f in found if f[0].startswith("F1")], found


def test_a_cap_rounded_up_from_the_money_per_thing(tmp_path: Path) -> None:
    """单处工程平均补助 ≤5.15万元/处 × 维修供水工程 ≥7处 = 36.05万元, above the project's 36万元
    by the cap's rounding up of the money per thing (36 / 7 = 5.143): no B107; a cap of
    5.5万元/处 (38.5万元) is over the money (B107, a warning)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "维修供水工程", "≥", 7, "处"],
        ["成本指标", "经济成本指标", "单处工程平均补助", "≤", "5.15", "万元/处"],
    ]
    found = found_at(save_sheet(tmp_path / "a.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "B107"], found
    rows[1][4] = "5.5"
    found = found_at(save_sheet(tmp_path / "s.xlsx", _table(rows)))
    assert [f for f in found if f[0] == "B107"], found
