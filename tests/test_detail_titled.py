"""A money detail block whose title sits in its own first column (资金明细（万元）): its
header row names the lines' column only with a generic head (资金明细 │ 项目 │ 金额 │ 备注), or
it has no header and each row carries a pair and its basis (资金明细 │ 设备 │ 36 │ 测算依据 │ 询价).
Either way the lines are read, so their amounts are checked (pasted twice, split by a space)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table

_HEAD: list[list[Any]] = [
    ["2026年度项目支出绩效目标申报表"],
    ["项目名称", "青溪县乡镇卫生院设备更新", None, "主管部门", "青溪县卫生健康局"],
    ["项目期", "1年", "计划开始日期", "2026年1月1日", "计划完成日期", "2026年12月31日"],
    ["项目资金（万元）", "年度资金总额", 96, "其中：财政拨款", 96],
    ["年度绩效目标", "为8所乡镇卫生院更新检验设备，提升基层检验能力。"],
]
_TABLE: list[list[Any]] = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "更新检验设备台数", "≥16台"],
    [None, "质量指标", "设备验收合格率", "100%"],
    [None, "时效指标", "设备安装完成时间", "2026年9月30日前"],
    ["效益指标", "社会效益指标", "乡镇卫生院检验项目数", "较上年增加"],
    ["满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%"],
]


def _save(path: Path, rows: list[list[Any]], merges: tuple[str, ...] = ()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    for ref in merges:
        ws.merge_cells(ref)
    wb.save(path)
    return path


def _under(path: Path, amounts: tuple[Any, Any, Any]) -> Path:
    """The block under the indicator table, with a header row 资金明细 │ 项目 │ 金额 │ 备注."""
    block = [
        [],
        ["资金明细（万元）", "项目", "金额", "备注"],
        [None, "生化分析仪", amounts[0], "4台"],
        [None, "血球计数仪", amounts[1], None],
        [None, "安装调试及培训", amounts[2], None],
        [None, "合计", 96, None],
    ]
    return _save(path, _HEAD + _TABLE + block, ("A13:A16",))


def _between(path: Path, amounts: tuple[Any, Any, Any]) -> Path:
    """The block between the head and the indicator table, without a header row, its first
    line on the title's row and a basis pair after it."""
    block = [
        ["资金明细（万元）", "生化分析仪", amounts[0], "测算依据", "按政府采购限价"],
        [None, "血球计数仪", amounts[1]],
        [None, "安装调试及培训", amounts[2]],
        [None, "合计", 96],
    ]
    return _save(path, _HEAD + block + _TABLE, ("A6:A9",))


def _codes(path: Path) -> list[tuple[str, str]]:
    result, _ = check_file(path, CheckOptions())
    return [(f.code, f.at.a1 if f.at else "") for f in result.findings]


def test_a_titled_block_under_the_table_is_read_as_the_lines(tmp_path: Path) -> None:
    table = read_table(_under(tmp_path / "under.xlsx", (60, 28, 8)))
    assert [
        (x.name.text if x.name else "", x.amount.value if x.amount else None) for x in table.lines
    ] == [
        ("生化分析仪", 60),
        ("血球计数仪", 28),
        ("安装调试及培训", 8),
    ]
    assert table.lines_total is not None and table.lines_total.value == 96
    assert [i.label for i in table.indicators][-1] == "就诊群众满意度"


def test_a_titled_block_between_head_and_table_is_read_as_the_lines(tmp_path: Path) -> None:
    table = read_table(_between(tmp_path / "between.xlsx", (60, 28, 8)))
    assert [x.name.text for x in table.lines if x.name] == [
        "生化分析仪",
        "血球计数仪",
        "安装调试及培训",
    ]
    assert table.lines_total is not None and table.lines_total.value == 96
    assert len(table.indicators) == 5


def test_artefacts_in_a_titled_block_are_found_where_they_are(tmp_path: Path) -> None:
    under = _codes(_under(tmp_path / "u.xlsx", ("60万60万", "27.5 5", 8)))
    assert ("X106", "C14") in under and ("X105", "C15") in under, under
    between = _codes(_between(tmp_path / "b.xlsx", ("60万60万", "27.5 5", 8)))
    assert ("X106", "C6") in between and ("X105", "C7") in between, between


def test_a_calculation_block_under_the_table_is_read_as_the_lines(tmp_path: Path) -> None:
    """资金测算 │ 补助内容 │ 数量 │ 标准 │ 金额（元）: no indicator rows, its amounts the lines."""
    block = [
        [],
        ["资金测算", "采购内容", "数量（台）", "单价（元/台）", "金额（元）"],
        [None, "生化分析仪", 4, 150000, 600000],
        [None, "血球计数仪", 8, 35000, 280000],
        [None, "安装调试及培训", None, None, 80000],
        [None, "合计", None, None, 960000],
    ]
    path = _save(tmp_path / "calc.xlsx", _HEAD + _TABLE + block)
    table = read_table(path)
    assert [i.label for i in table.indicators][-1] == "就诊群众满意度"
    assert [x.name.text for x in table.lines if x.name] == [
        "生化分析仪",
        "血球计数仪",
        "安装调试及培训",
    ]
    result, _ = check_file(path, CheckOptions())
    assert not [f for f in result.findings if f.at and f.at.row >= 13], result.findings


def test_correct_titled_blocks_raise_no_error(tmp_path: Path) -> None:
    for path in (
        _under(tmp_path / "u.xlsx", (60, 28, 8)),
        _between(tmp_path / "b.xlsx", (60, 28, 8)),
    ):
        result, _ = check_file(path, CheckOptions())
        assert not [f for f in result.findings if f.severity.value == "error"], result.findings
