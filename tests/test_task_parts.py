"""A department's 年度主要任务 block whose 预算金额 is split on a second header line (总额 │ 财政
拨款 │ 其他资金): each task's 总额 must be its 财政拨款 + 其他资金 (B101 at the task's amount),
and the lines are read from under that second line. Invented."""

from __future__ import annotations

from pathlib import Path

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table
from tests.test_values_read import Row, write


def _rows(second: float = 60) -> list[Row]:
    return [
        ["2026年度部门整体支出绩效目标申报表"],
        ["部门（单位）名称", "某县农业农村局"],
        ["年度预算（万元）", "资金总额", "财政拨款", "其他资金", "基本支出", "项目支出"],
        [None, 1900, 1740, 160, 1000, 900],
        ["年度主要任务", "任务名称", "主要内容", "预算金额（万元）"],
        [None, None, None, "总额", "财政拨款", "其他资金"],
        [None, "高标准农田建设", "建设高标准农田1.2万亩", 500, 400, 100],
        [None, "动物疫病防控", "强制免疫和疫情监测", 400, 340, second],
        [None, "金额合计", None, 900, 740, 160],
        ["年度总体目标", "建成高标准农田1.2万亩，重大动物疫病不发生区域性流行。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "建设高标准农田", "≥1.2万亩"],
        [None, "质量指标", "强制免疫密度", "≥90%"],
        ["效益指标", "社会效益指标", "重大动物疫病", "不发生区域性流行"],
        ["满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"],
    ]


def test_tasks_read_under_the_split_amount(tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "r.xlsx", *_rows()))
    names = [line.name.text for line in table.lines if line.name]
    assert names == ["高标准农田建设", "动物疫病防控"]
    parts = [(line.fiscal.value, line.other.value) for line in table.lines if line.fiscal]
    assert parts == [(400, 100), (340, 60)]
    result, _table = check_file(write(tmp_path / "r.xlsx", *_rows()), CheckOptions())
    assert [f.code for f in result.findings if f.severity.value != "info"] == []


def test_a_task_whose_parts_do_not_add_up(tmp_path: Path) -> None:
    rows = _rows(second=40)  # 340 + 40 ≠ 400
    rows[8] = [None, "金额合计", None, 900, 740, 140]
    rows[3] = [None, 1880, 1740, 140, 1000, 880]
    result, _table = check_file(write(tmp_path / "r.xlsx", *rows), CheckOptions())
    found = {(f.code, f.at.a1 if f.at else None) for f in result.findings}
    assert ("B101", "D8") in found
