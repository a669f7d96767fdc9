"""Two shapes of the fourth blind round. A money block with two wholes side by side, each with
its sources one per line below it (总投资 │ 6800 │ 本年度资金 │ 3400, then 其中：政府专项债券 │
5000 │ 其中：政府专项债券 │ 2500 …): each whole is summed against its own sources. A two-line
header whose upper line says 绩效指标 over the tiers and 指标值 over the value columns, the lower
line 实施期 │ 年度: the period's and the year's targets. Invented."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table
from tests.test_values_read import Row, write


def _rows(bond: float = 5000) -> list[Row]:
    return [
        ["2025年度项目支出绩效目标申报表"],
        ["项目名称", "城区公共停车场建设", None, "主管部门", "某县城市管理局"],
        ["项目期", "2年", "计划开始日期", "2025-01-01", "计划完成日期", "2026-12-31"],
        ["项目资金（万元）", "总投资", 6800, "本年度资金", 3400],
        [None, "其中：政府专项债券", bond, "其中：政府专项债券", 2500],
        [None, "上级补助", 800, "上级补助", 400],
        [None, "本级配套", 800, "本级配套", 400],
        [None, "自筹资金", 200, "自筹资金", 100],
        ["绩效指标", None, None, "指标值", None, "备注"],
        ["一级指标", "二级指标", "三级指标", "实施期", "年度"],
        ["产出指标", "数量指标", "新增公共停车泊位", "≥1200个", "≥700个"],
        [None, "质量指标", "工程竣工验收合格率", "100%", "100%"],
        ["效益指标", "社会效益指标", "老城区违停数量下降", "≥30%", "≥15%"],
        ["满意度指标", "服务对象满意度指标", "停车群众满意度", "≥85%", "≥85%"],
    ]


def _write(path: Path, rows: list[Row]) -> Path:
    write(path, *rows)
    wb = openpyxl.load_workbook(path)
    sheet = wb.active
    assert sheet is not None
    sheet.merge_cells("A9:C9")
    sheet.merge_cells("F9:F10")  # 备注 merged down over both lines of the header
    wb.save(path)
    return path


def test_each_whole_has_its_sources_and_the_header_its_two_value_columns(tmp_path: Path) -> None:
    table = read_table(_write(tmp_path / "r.xlsx", _rows()))
    fields = {k: v.value for k, v in table.fields.items()}
    assert fields["part:total:政府专项债券"] == 5000 and fields["part:annual:自筹资金"] == 100
    first = table.indicators[0]
    assert first.period is not None and first.period.at.a1 == "D11"
    assert first.annual is not None and first.annual.at.a1 == "E11"
    result, _table = check_file(_write(tmp_path / "r.xlsx", _rows()), CheckOptions())
    assert [f.code for f in result.findings if f.severity.value != "info"] == []


def test_a_whole_off_its_sources(tmp_path: Path) -> None:
    result, _table = check_file(_write(tmp_path / "r.xlsx", _rows(bond=4900)), CheckOptions())
    assert ("B101", "C4") in {(f.code, f.at.a1 if f.at else None) for f in result.findings}
