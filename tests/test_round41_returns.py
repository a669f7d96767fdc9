"""What the forty-first blind round and the misses left before it showed, on invented returns:
a wide budget row that splits 基本支出 into 其中：人员经费 │ 公用经费 (the parts must add up to
it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.returns import found_at, save_sheet


def _wide_budget(staff: float, office: float) -> list[list[Any]]:
    return [
        ["2027年度部门整体支出绩效目标表"],
        ["单位名称", "青岚镇中心幼儿园"],
        [
            "年度预算（万元）",
            "资金总额",
            "财政拨款",
            "其他资金",
            "基本支出",
            "其中：人员经费",
            "公用经费",
            "项目支出",
        ],
        [None, 512.4, 500.4, 12, 430.4, staff, office, 82],
        ["年度总体目标", "保障幼儿园正常运转，落实保教质量提升计划。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "在园幼儿人数", "≥260人"],
        [None, "质量指标", "保教质量评估达标率", "100%"],
        ["效益指标", "社会效益指标", "学前教育普及率", "≥98%"],
        ["满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"],
    ]


@pytest.mark.parametrize(("staff", "office", "flagged"), [(366.4, 55, True), (366.4, 64, False)])
def test_basic_spending_split_in_a_wide_budget_row(
    tmp_path: Path, staff: float, office: float, flagged: bool
) -> None:
    found = found_at(save_sheet(tmp_path / "w.xlsx", _wide_budget(staff, office)))
    b101 = [f for f in found if f[0] == "B101"]
    assert (b101 == [("B101", "error", "E4")]) is flagged, found
    if not flagged:
        assert b101 == [], found


def _transfer(name: str, first: int, top: int = 3) -> list[list[Any]]:
    """One project of a 省对下转移支付 table: its head block and its indicators."""
    return [
        ["转移支付项目名称", name],
        ["省级主管部门", "汀溪省住房和城乡建设厅", None, "省级财政部门", "汀溪省财政厅"],
        ["资金情况（万元）", "资金总额", "其中：中央补助", "省级资金", "市县配套"],
        [None, first, first - 600, 400, 200],
        ["年度总体目标", "完成农村危房改造任务，保障农村低收入群体住房安全。"],
        ["一级指标", "二级指标", "三级指标", "指标值", "度量单位"],
        ["产出指标", "数量指标", "农村危房改造户数", f"≥{top}000", "户"],
        [None, "质量指标", "改造后住房安全鉴定合格率", "100%", "%"],
        ["效益指标", "社会效益指标", "重点对象住房安全保障", "动态清零", None],
        ["满意度指标", "服务对象满意度指标", "改造户满意度", "≥95%", "%"],
    ]


def test_stacked_transfer_projects_each_a_table(tmp_path: Path) -> None:
    """转移支付项目名称 opens each project's head block: the second head is no indicator rows."""
    rows = [["2026年省对下转移支付绩效目标表"], *_transfer("危房改造补助资金", 5200)]
    rows += [[], *_transfer("农房抗震改造补助资金", 2400, 1)]
    found = found_at(save_sheet(tmp_path / "t.xlsx", rows))
    assert not [f for f in found if f[1] == "error"], found
    assert not [f for f in found if f[0] in ("S101", "T102", "F201", "F103")], found


def test_a_sign_off_line_with_a_reviewer_is_no_indicator(tmp_path: Path) -> None:
    rows = [["2026年省对下转移支付绩效目标表"], *_transfer("危房改造补助资金", 5200)]
    rows += [["填报单位：汀溪省住房和城乡建设厅村镇处", None, None, "审核：汀溪省财政厅经建处"]]
    found = found_at(save_sheet(tmp_path / "s.xlsx", rows))
    assert not [f for f in found if f[2] in ("A12", "D12")], found


def _allocation(second: float) -> list[list[Any]]:
    return [
        ["基层医疗卫生机构能力提升补助资金分配表"],
        ["单位：万元"],
        ["序号", "地区", "分配金额合计", "中央补助", "省级资金"],
        [None, "岚川市小计", 1600, 1200, 400],
        [1, "临水县", 900, 700, 200],
        [2, "岚川市本级", 700, 500, 200],
        [None, "青石市小计", second, 800, 200],
        [3, "柏溪县", 1000, 800, 200],
        ["总计", None, 1600 + second, 2000, 600],
    ]


@pytest.mark.parametrize(("second", "flagged"), [(1000, False), (1100, True)])
def test_subtotals_that_head_their_group(tmp_path: Path, second: float, flagged: bool) -> None:
    """分配表 with each city's 小计 above its counties: a 小计 is the sum of the rows below it."""
    rows = [["2026年度项目支出绩效目标申报表"], ["项目名称", "基层医疗卫生机构能力提升"]]
    rows += [["资金总额", 1600 + second], ["年度目标", "提升基层医疗卫生机构服务能力。"]]
    rows += [["一级指标", "二级指标", "三级指标", "指标值"]]
    rows += [["产出指标", "数量指标", "支持机构数", "≥30个"]]
    rows += [["满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"]]
    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    first.title = "绩效目标"
    for row in rows:
        first.append(row)
    allocation = wb.create_sheet("分配表")
    for row in _allocation(second):
        allocation.append(row)
    wb.save(tmp_path / "a.xlsx")
    b102 = [f for f in found_at(tmp_path / "a.xlsx") if f[0] == "B102"]
    # the 小计 is off, and the 总计 (the 小计 added up) is not its counties either
    assert b102 == ([("B102", "error", "C7"), ("B102", "error", "C9")] if flagged else []), b102


def test_the_budget_year_of_a_label_row_is_the_tables_year(tmp_path: Path) -> None:
    """预算年度 │ 资金总额 over 2026 │ 18420: a title that says 2025 disagrees with it."""
    rows = [
        ["2025年转移支付项目绩效目标表"],
        ["项目名称", "预算年度", "资金总额", "中央补助", "省级资金"],
        ["林业生态保护恢复资金", 2026, 1800, 1300, 500],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "天然林管护面积", "≥120万亩"],
        [None, "时效指标", "修复任务完成时间", "2026年12月31日前"],
        ["满意度指标", "服务对象满意度指标", "护林员满意度", "≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "y.xlsx", rows))
    assert [f for f in found if f[0] == "Y101"], found
    assert not [f for f in found if f[0] == "Y102"], found


def test_a_count_kept_up_routinely_may_repeat(tmp_path: Path) -> None:
    rows = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "城区河道保洁", "项目期", "3年"],
        ["一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"],
        ["产出指标", "数量指标", "常态化保洁河道数量", "12条", "12条"],
        [None, "质量指标", "河道保洁考核达标率", "≥95%", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%", "≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "k.xlsx", rows))
    assert not [f for f in found if f[0] == "D202"], found


@pytest.mark.parametrize(("filled", "flagged"), [("2024-11-20", False), ("2023-11-20", True)])
def test_a_fill_date_that_fits_one_of_the_years_the_table_gives(
    tmp_path: Path, filled: str, flagged: bool
) -> None:
    """A 2026 title over a 2025 table (Y103 at the goal says so): filled in 2024 fits the 2025
    one."""
    rows = [
        ["2026年度部门整体支出绩效目标表"],
        ["单位名称", "青溪区政务服务中心", None, "填报日期", filled],
        ["年度总体目标", "2025年实现政务服务事项全程网办率达到90%以上，群众满意度持续提升。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "进驻事项数", "≥1200项"],
        [None, "质量指标", "全程网办率", "≥90%"],
        ["满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%"],
    ]
    found = found_at(save_sheet(tmp_path / "f.xlsx", rows))
    assert [f for f in found if f[0] == "Y103"], found
    assert bool([f for f in found if f[0] == "Y102"]) is flagged, found
