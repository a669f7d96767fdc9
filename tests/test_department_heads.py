"""Department tables as some provinces lay out their heads: the total written as 合计 beside its
parts (on their row, or under them in one column), sub-units stacked each with 整体绩效目标 (a
goal's label, no title: the year stays the form's), a title saying 整体支出 without 部门, the
period stated as 中期规划期 │ 2025—2027年, tier-2s of a department framework that other provinces
spell otherwise (a remark, not a warning), and a 修改说明 row under a resubmitted table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_tables

Rows = list[list[Any]]

_TABLE: Rows = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "违法建设拆除面积", "≥1.8万平方米"],
    [None, "质量指标", "市容秩序考评达标率", "≥90%"],
    ["效益指标", "社会效益指标", "城市管理问题按期处置率", "≥95%"],
    ["满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"],
]


def _save(path: Path, rows: Rows) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _found(path: Path) -> list[tuple[str, str, str]]:
    result, _ = check_file(path, CheckOptions())
    return [(f.code, f.at.a1 if f.at else "", f.severity.value) for f in result.findings]


def _unit(name: str, basic: float, project: float, total: float) -> Rows:
    return [
        ["单位名称", name, None, "金额单位", "万元"],
        ["基本支出", basic, "项目支出", project, "合计", total],
        ["整体绩效目标", "规范市容秩序，完成违法建设整治。"],
        *_TABLE,
    ]


def test_sub_units_keep_the_forms_year_and_kind_and_their_totals_add_up(tmp_path: Path) -> None:
    rows: Rows = [
        ["青屿区城市管理局及所属单位2026年度整体支出绩效目标表"],
        ["（一）青屿区城市管理局（本级）"],
        *_unit("青屿区城市管理局", 402.75, 268, 670.75),
        [],
        ["（二）青屿区市容环境卫生所"],
        *_unit("青屿区市容环境卫生所", 312.4, 580, 902.4),  # 892.40: the total is wrong
    ]
    path = _save(tmp_path / "units.xlsx", rows)
    tables = read_tables(path)
    assert [t.kind for t in tables] == ["department", "department"]
    assert all(t.fields["total"].text.startswith(("670.75", "902.4")) for t in tables)
    found = _found(path)
    assert not [f for f in found if f[0] == "Y105"], found
    assert [f for f in found if f[0] == "B101"] == [("B101", "F14", "error")], found


def test_a_total_under_its_parts_in_one_column_is_the_total(tmp_path: Path) -> None:
    head: Rows = [
        ["临川市市场监督管理局2026年部门整体支出绩效目标表"],
        ["部门名称", "临川市市场监督管理局", None, "单位：元"],
        ["预算金额", "基本支出", 18426530.46],
        [None, "项目支出", 6208114.20],
        [None, "合计", 24643644.66],  # 24,634,644.66 by its parts
    ]
    path = _save(tmp_path / "column.xlsx", head + [[None, *r] for r in _TABLE])
    assert ("B101", "C5", "error") in _found(path)


def test_a_period_stated_beside_its_label_is_the_tables(tmp_path: Path) -> None:
    rows: Rows = [
        ["安宁县交通运输局2025年度部门整体支出绩效目标表"],
        ["部门名称", "安宁县交通运输局", "中期规划期", "2025—2027年"],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        ["产出指标", "数量指标", "农村公路提质改造里程", "≥150公里", "≥150公里"],
        [None, "时效指标", "危桥改造完工时间", "2027年11月30日前", "2025年11月30日前"],
        ["效益指标", "社会效益指标", "建制村通客车率", "100%", "100%"],
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"],
    ]
    found = _found(_save(tmp_path / "period.xlsx", rows))
    assert not [f for f in found if f[0] == "Y102"], found  # 2027 lies in the period
    assert ("D202", "E4", "warning") in found  # the period's 150公里 copied into the year


def test_other_tier2s_of_a_department_framework_are_a_remark(tmp_path: Path) -> None:
    rows: Rows = [
        ["兰溪县司法局2026年度部门整体支出绩效目标表"],
        ["部门名称", "兰溪县司法局"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["履职目标", "重点工作任务完成", "人民调解案件受理数", "≥2800件"],
        ["管理目标", "制度建设", "内控制度健全性", "健全"],
        ["效果目标", "社会效益", "群众安全感", "≥95%"],
    ]
    found = _found(_save(tmp_path / "goals.xlsx", rows))
    assert {f[2] for f in found if f[0] == "F104"} == {"info"}, found


def test_a_revision_note_under_the_table_is_no_indicator(tmp_path: Path) -> None:
    rows: Rows = [
        ["兰溪县司法局2026年度部门整体支出绩效目标表（修改稿）"],
        ["部门名称", "兰溪县司法局"],
        *_TABLE,
        ["修改说明", "1.按初审意见补充了成本指标；2.再犯罪率比较符由≥改为≤。"],
    ]
    path = _save(tmp_path / "revised.xlsx", rows)
    assert [i.label for i in read_tables(path)[0].indicators][-1] == "市民满意度"
    assert not [f for f in _found(path) if f[1][1:] == "8"], _found(path)  # the note's row


def _budget_grid(total: float) -> Rows:
    """年度预算（万元） over the heads of the amounts, the amounts on a row labelled 金额, their
    shares on a row labelled 占比."""
    return [
        ["2027年度部门整体支出绩效目标申报表"],
        ["部门（单位）名称", "岚川县城市管理局"],
        ["年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出"],
        ["金额", total, 1200, 100, 500, 800],
        ["占比", "100%", "92.31%", "7.69%", "38.46%", "61.54%"],
        ["年度总体目标", "规范市容秩序，完成违法建设整治。"],
        *_TABLE,
    ]


def test_amounts_on_a_row_labelled_under_the_block_s_title(tmp_path: Path) -> None:
    """金额 under 年度预算（万元） labels the row of amounts: it is no amount of the whole."""
    assert not [
        f for f in _found(_save(tmp_path / "ok.xlsx", _budget_grid(1300))) if f[2] == "error"
    ]
    wrong = _found(_save(tmp_path / "wrong.xlsx", _budget_grid(1350)))
    assert ("B101", "B4", "error") in wrong, wrong


def test_the_parts_a_basic_budget_is_made_of_add_up(tmp_path: Path) -> None:
    """基本支出构成 │ 人员经费 │ … │ 公用经费 │ …: the named parts of 基本支出 (B101 when off)."""
    rows = _budget_grid(1300)
    made_of = ["基本支出构成", "人员经费", 420, "公用经费", 80]
    assert not [
        f
        for f in _found(_save(tmp_path / "ok.xlsx", [*rows[:5], made_of, *rows[5:]]))
        if f[2] == "error"
    ]
    made_of[2] = 400
    wrong = _found(_save(tmp_path / "wrong.xlsx", [*rows[:5], made_of, *rows[5:]]))
    assert ("B101", "E4", "error") in wrong, wrong
