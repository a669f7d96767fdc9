"""What the eighteenth blind round found, on invented returns: a transfer fund's tables stacked
by county (资金名称 heads each county's block, the sender's line 填报单位：… │ 填报日期：… ends
it), a region form's 年度总体目标 read as the annual goal, a budget year typed as a date, a unit
in the name at another magnitude than the value's (T119), a whole cost capped above the money
(B107) and a standard per student a year (元/生·年) against the money."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_tables

Found = list[tuple[str, str, str]]


def _save(tmp_path: Path, rows: list[list[Any]], name: str = "return.xlsx") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


def _check(path: Path) -> Found:
    result, _ = check_file(path, CheckOptions())
    return [(f.code, f.severity.value, f.at.a1 if f.at else "") for f in result.findings]


def _county(county: str, money: int, acres: str, households: str) -> list[list[Any]]:
    return [
        ["资金名称", "耕地地力保护补贴资金", None, "县（市、区）", county],
        ["下达资金（万元）", "合计", money],
        ["年度总体目标", f"对{acres}计税耕地发放补贴，惠及农户{households}。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "补贴发放面积", f"≥{acres}"],
        [None, None, "补贴农户数", f"≥{households}"],
        [None, "质量指标", "补贴资金兑付率", "100%"],
        [None, "时效指标", "补贴资金兑付及时率", "≥95%"],
        ["效益指标", "经济效益指标", "种粮农户亩均增收", "≥105元/亩"],
        ["满意度指标", "服务对象满意度指标", "种粮农户满意度", "≥90%"],
    ]


def _stacked(tmp_path: Path) -> Path:
    rows = [
        ["2025年耕地地力保护补贴资金绩效目标表（县级分解）"],
        *_county("临溪县", 6510, "62万亩", "8.6万户"),
        [],
        ["（梅坞县）"],
        *_county("梅坞县", 3990, "38万亩", "5.1万户"),
        [],
        ["填报单位：青岚市农业农村局（汇总）", None, None, "填报日期：2025年4月2日"],
    ]
    return _save(tmp_path, rows)


def test_counties_stacked_under_their_fund_name_are_tables_of_their_own(tmp_path: Path) -> None:
    tables = read_tables(_stacked(tmp_path))
    assert [t.project for t in tables] == ["耕地地力保护补贴资金"] * 2
    assert [len(t.indicators) for t in tables] == [6, 6]
    assert [t.indicators[0].annual.text for t in tables if t.indicators[0].annual] == [
        "≥62万亩",
        "≥38万亩",
    ]


def test_the_same_indicator_of_two_counties_is_no_duplicate(tmp_path: Path) -> None:
    found = _check(_stacked(tmp_path))
    assert not [f for f in found if f[1] in ("error", "warning")], found


def test_the_senders_line_beside_the_date_ends_the_table(tmp_path: Path) -> None:
    tables = read_tables(_stacked(tmp_path))
    assert all("填报单位" not in i.label for t in tables for i in t.indicators)


def _region(goal: str) -> list[list[Any]]:
    return [
        ["2025年度农村公路养护补助资金区域绩效目标表"],
        ["转移支付名称", "农村公路养护补助资金"],
        ["资金情况（万元）", "年度资金总额", 5260],
        ["年度总体目标", goal],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "农村公路养护里程", "≥3260公里"],
        [None, "质量指标", "优良中等路率", "≥85%"],
        [None, "时效指标", "资金下达及时率", "≥95%"],
        ["效益指标", "社会效益指标", "农村群众出行条件", "明显改善"],
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"],
    ]


def test_a_region_forms_overall_goal_of_another_year_is_said_once(tmp_path: Path) -> None:
    found = _check(_save(tmp_path, _region("2024年实施农村公路养护工程3260公里。")))
    years = [f for f in found if f[0].startswith("Y")]
    assert years == [("Y103", "warning", "B4")], found  # (a text left from another year)


def test_a_region_forms_overall_goal_of_the_year_is_right(tmp_path: Path) -> None:
    found = _check(_save(tmp_path, _region("2025年实施农村公路养护工程3260公里。")))
    assert not [f for f in found if f[0].startswith("Y")], found


def _project(rows: list[list[Any]], money: int = 60, year: Any = 2025) -> list[list[Any]]:
    return [
        ["项目支出绩效目标申报表"],
        ["预算年度", year],
        ["项目名称", "公共文化惠民演出"],
        ["项目资金（万元）", "年度资金总额", money, "其中：财政拨款", money],
        ["年度绩效目标", "组织送戏下乡惠民演出80场，惠及观众4万人次。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "送戏下乡演出场次", "≥80场"],
        [None, "质量指标", "演出节目审查合格率", "100%"],
        [None, "时效指标", "演出计划完成及时率", "≥95%"],
        *rows,
        ["效益指标", "社会效益指标", "惠及观众人次", "≥4万人次"],
        ["满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"],
    ]


def test_a_budget_year_typed_as_a_date_is_its_year(tmp_path: Path) -> None:
    wb_rows = _project([], year=dt.datetime(2025, 1, 1))
    path = _save(tmp_path, wb_rows)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws["B2"].number_format = "yyyy"
    wb.save(path)
    found = _check(path)
    assert not [f for f in found if f[0].startswith("Y")], found
    assert read_tables(path)[0].fields["year"].text == "2025"


def test_a_unit_in_the_name_at_another_magnitude_than_the_values(tmp_path: Path) -> None:
    rows = [["效益指标", "社会效益指标", "宣传覆盖人数（万人）", "≥3000人"]]
    found = _check(_save(tmp_path, _project(rows)))
    assert ("T119", "warning", "D10") in found, found


def test_a_unit_in_the_name_matching_the_value_or_another_unit_is_right(tmp_path: Path) -> None:
    rows = [
        ["效益指标", "社会效益指标", "宣传覆盖人数（万人）", "≥0.3万人"],
        [None, None, "培训人数（人次）", "≥300人"],  # another unit, not a magnitude off
    ]
    found = _check(_save(tmp_path, _project(rows)))
    assert not [f for f in found if f[0] == "T119"], found


def test_a_whole_cost_capped_above_the_money_is_said(tmp_path: Path) -> None:
    rows = [["成本指标", "经济成本指标", "惠民演出总成本", "≤75万元"]]
    found = _check(_save(tmp_path, _project(rows)))
    assert ("B107", "warning", "D10") in found, found


def test_a_whole_cost_within_the_money_or_a_saving_is_right(tmp_path: Path) -> None:
    rows = [
        ["成本指标", "经济成本指标", "惠民演出总成本", "≤60万元"],
        [None, None, "节约演出成本", "≥80万元"],
    ]
    found = _check(_save(tmp_path, _project(rows)))
    assert not [f for f in found if f[0] == "B107"], found


def _aid(standard: int) -> list[list[Any]]:
    return [
        ["2025年度学生资助补助经费项目支出绩效目标表"],
        ["项目名称", "普通高中国家助学金"],
        ["项目资金（万元）", "年度资金总额", 136],
        ["年度绩效目标", "按每生每年2000元标准资助家庭经济困难学生6800人。"],
        ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
        ["产出指标", "数量指标", "资助普通高中家庭经济困难学生人数", "≥6800", "人"],
        [None, None, "建档立卡学生资助人数", "≥6800", "人"],
        [None, "质量指标", "资助对象认定准确率", "≥98%", "%"],
        [None, "成本指标", "国家助学金资助标准", f"≤{standard}", "元/生·年"],
        ["效益指标", "社会效益指标", "因贫辍学人数", "=0", "人"],
        ["满意度指标", "服务对象满意度指标", "受助学生满意度", "≥90%", "%"],
    ]


def test_a_standard_per_student_a_year_times_the_students_above_the_money(
    tmp_path: Path,
) -> None:
    found = _check(_save(tmp_path, _aid(2000)))  # 2000 × 6800 = 1360万 against 136万
    assert ("B107", "warning", "D9") in found, found


def test_a_standard_per_student_a_year_that_fits_the_money(tmp_path: Path) -> None:
    found = _check(_save(tmp_path, _aid(200)))  # 200 × 6800 = 136万
    assert not [f for f in found if f[0] == "B107"], found


def _two_years(annual_cap: int) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "中药材种植基地建设", None, "项目期", "2年"],
        ["项目资金（万元）", "中期资金总额", 400, "年度资金总额", 220],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        ["产出指标", "数量指标", "新建种植基地面积", "≥5000亩", "≥2600亩"],
        ["成本指标", "经济成本指标", "项目总成本", "≤400万元", f"≤{annual_cap}万元"],
        ["效益指标", "经济效益指标", "种植户亩均增收", "≥1000元", "≥800元"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"],
    ]


def test_a_year_s_whole_cost_is_held_against_the_year_s_money(tmp_path: Path) -> None:
    # 260万元 is within the period's 400 but above the year's 220
    found = _check(_save(tmp_path, _two_years(260)))
    assert ("B107", "warning", "E6") in found, found
    assert not [f for f in _check(_save(tmp_path, _two_years(220))) if f[0] == "B107"]
