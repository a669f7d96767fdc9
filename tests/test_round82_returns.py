"""Round 82's held-out returns (holdout251–253), in shapes of their own: a 测算依据 block under
the indicators with a period's and a year's amounts, 以下空白 under the last indicator, a flat
list's header repeated word for word after a page break, a name in 万人次 over a unit column in
人次, areas in 亩 against 公顷, standards per 具, and counts of 宗地 given in %. Every
workbook is invented and built here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.returns import found_at, save_sheet

_TIERS = ["一级指标", "二级指标", "三级指标", "指标值"]
_SATISFIED = ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]


def _head(money: float, years: int = 1) -> list[list[Any]]:
    end = dt.date(2025 + years, 12, 31)
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "乡村互助服务项目"],
        ["项目期", f"{years}年", "计划开始日期", dt.date(2026, 1, 1), "计划完成日期", end],
        ["项目资金（万元）", "年度资金总额", money, "其中：财政拨款", money],
        ["年度绩效目标", "2026年完成乡村互助服务各项任务。"],
    ]


def test_a_reckoning_block_with_a_periods_amounts_ends_the_table(tmp_path: Path) -> None:
    """测算依据 │ 支出内容 │ 中期测算 │ 中期金额（万元） │ 年度测算 │ 年度金额（万元） under the
    indicators heads a money block: its rows are no indicators (no F103 on 1, 2, no W101)."""
    rows = [
        *_head(540),
        [*_TIERS, "权重"],
        ["产出指标", "数量指标", "新建互助幸福院数量", "≥12个", 30],
        [None, "质量指标", "竣工验收合格率", "=100%", 20],
        ["成本指标", "经济成本指标", "幸福院单个建设成本", "≤30万元/个", 20],
        ["效益指标", "社会效益指标", "入住老年人安全事故发生率", "≤1%", 20],
        [*_SATISFIED, 10],
        ["测算依据", "支出内容", "中期测算", "中期金额（万元）", "年度测算", "年度金额（万元）"],
        [1, "新建互助幸福院", "30万元/个×20个", 600, "30万元/个×12个", 360],
        [2, "站点运营补贴", "2万元/个×90个", 180, "2万元/个×90个", 180],
        ["合计", None, None, 780, None, 540],
    ]
    found = found_at(save_sheet(tmp_path / "r.xlsx", rows))
    assert not [f for f in found if f[2][1:] in {"12", "13", "14", "15"}], found


@pytest.mark.parametrize("blank", ["以下空白", "（以下空白）"])
def test_blank_below_ends_the_table(tmp_path: Path, blank: str) -> None:
    rows = [
        *_head(60),
        _TIERS,
        ["产出指标", "数量指标", "接待群众法律咨询人次", "≥8000人次"],
        [None, "质量指标", "法律咨询解答规范率", "≥95%"],
        ["成本指标", "经济成本指标", "值班律师驻点补贴标准", "≤400元/天"],
        ["效益指标", "社会效益指标", "引导群众依法解决纠纷件数", "≥600件"],
        _SATISFIED,
        [None, None, blank],
    ]
    found = found_at(save_sheet(tmp_path / "b.xlsx", rows))
    assert not [f for f in found if f[2].endswith("12")], found


def test_a_flat_lists_header_again_after_a_page_break(tmp_path: Path) -> None:
    head = ["序号", "绩效指标", "计量单位", "年度目标值", "指标说明"]
    rows: list[list[Any]] = [
        ["2026年度部门整体支出绩效目标申报表"],
        ["部门（单位）名称", "松岭县司法局"],
        head,
        [1, "法律援助案件办理数量", "件", "≥500", "含刑事案件"],
        [2, "社区矫正对象脱管漏管人数", "人", "≤0", "反向指标"],
        ["续表"],
        head,
        [3, "矛盾纠纷调解成功率", "%", "≥95", None],
        [4, "服务对象满意度", "%", "≥92", "电话回访"],
    ]
    found = found_at(save_sheet(tmp_path / "h.xlsx", rows))
    assert not [f for f in found if f[2].endswith("7")], found


_OPS = ["一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"]


def _ops_table(rows: list[list[Any]], money: float) -> list[list[Any]]:
    return [
        *_head(money),
        _OPS,
        *rows,
        ["效益指标", "社会效益指标", "遗体火化率", "≥", 99, "%"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", 90, "%"],
    ]


def test_a_name_in_ten_thousands_over_a_unit_column(tmp_path: Path) -> None:
    """护理补贴发放人次（万人次） │ ≥ │ 54000 │ 人次: one of them is 10 000 times off (T119); and
    a standard per person a month is not multiplied by 人次 and by 12 again (no B107)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "护理补贴发放人次（万人次）", "≥", 54000, "人次"],
        [None, "质量指标", "补贴对象认定准确率", "≥", 98, "%"],
        ["成本指标", "经济成本指标", "一级护理补贴标准", "≤", 120, "元/人·月"],
    ]
    found = found_at(save_sheet(tmp_path / "t.xlsx", _ops_table(rows, 400)))
    codes = {(code, at) for code, _s, at in found}
    assert ("T119", "E7") in codes and not [c for c in codes if c[0] == "B107"], found


@pytest.mark.parametrize(("count", "flagged"), [(5200, True), (4000, False)])
def test_a_standard_per_body(tmp_path: Path, count: int, flagged: bool) -> None:
    """1200元/具 × 5200具 = 624万 is more than the 500万 budget (B107); × 4000具 is not."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "殡葬服务费用减免遗体数", "≥", count, "具"],
        [None, "质量指标", "减免政策落实率", "=", 100, "%"],
        ["成本指标", "经济成本指标", "基本殡葬服务减免标准", "≤", 1200, "元/具"],
    ]
    found = found_at(save_sheet(tmp_path / "s.xlsx", _ops_table(rows, 500)))
    assert {code for code, _s, at in found if at == "E9"} == ({"B107"} if flagged else set())


def _period(rows: list[list[Any]]) -> list[list[Any]]:
    return [
        *_head(300, years=2),
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        *rows,
        ["满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "≥90%"],
    ]


def test_areas_in_mu_and_hectares(tmp_path: Path) -> None:
    """年度 ≥6000亩 (400公顷) is more than 中期 ≥300公顷 (D201); 年度 4500亩 is 300公顷 (none);
    a name in 公顷 with a value in 亩 (T119); land kept protected each year has one figure for
    the period and the year (no D202)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新建生物防火林带面积", "≥300公顷", "≥6000亩"],
        [None, None, "新建防火隔离带面积", "≥300公顷", "≥4500亩"],
        [None, None, "节水灌溉面积（公顷）", "≥800公顷", "≥8000亩"],
        [None, None, "永久基本农田保护面积", "≥45.8万亩", "≥45.8万亩"],
        ["成本指标", "经济成本指标", "隔离带每亩建设成本", "≤500元/亩", "≤500元/亩"],
        ["效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰", "≤0.9‰"],
    ]
    found = found_at(save_sheet(tmp_path / "a.xlsx", _period(rows)))
    codes = {(code, at) for code, _s, at in found if code in {"D201", "D202", "T119"}}
    assert codes == {("D201", "E7"), ("T119", "E9")}, found


def test_a_count_of_parcels_in_percent(tmp_path: Path) -> None:
    rows = [
        *_head(160),
        _TIERS,
        ["产出指标", "数量指标", "林地确权登记宗地数", 0.95],
        [None, "质量指标", "林地确权登记发证率", "≥95%"],
        ["成本指标", "经济成本指标", "地籍调查亩均成本", "≤10元/亩"],
        ["效益指标", "社会效益指标", "林权纠纷调处率", "≥90%"],
        _SATISFIED,
    ]
    path = save_sheet(tmp_path / "c.xlsx", rows)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws["D7"].number_format = "0%"  # 95% as Excel stores a typed percentage
    wb.save(path)
    assert ("T120", "warning", "D7") in found_at(path)
