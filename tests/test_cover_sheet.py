"""A cover sheet before the table (封面: 绩效目标申报材料, 填报单位（盖章）) does not hide the
table's own title: the budget year is the title's, so a date outside it is still found (Y102)
and no "找不到预算年度" (Y105) is said. Every workbook is invented and built here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table


def _write(path: Path, cover: str | None, done: dt.date) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "绩效目标表"
    rows = [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "云岭乡卫生院设备购置"],
        ["项目资金（万元）", "年度资金总额", 48, "其中：财政拨款", 48],
        ["年度绩效目标", "购置DR和彩超各1台，年内投入使用。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "购置医疗设备", "2台"],
        [None, "时效指标", "设备投入使用时间", done],
        ["效益指标", "社会效益指标", "辖区群众就近检查", "明显改善"],
        ["满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%"],
    ]
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c).value = value
    if cover is not None:
        front = wb.create_sheet("封面", 0)
        front["B3"] = cover
        front["B6"] = "填报单位（盖章）："
    wb.save(path)
    return path


@pytest.mark.parametrize("cover", [None, "绩效目标申报材料", "项目绩效目标申报"])
def test_the_year_is_the_tables_title_behind_a_cover(tmp_path: Path, cover: str | None) -> None:
    right = _write(tmp_path / "r.xlsx", cover, dt.date(2026, 9, 30))
    title = read_table(right).title
    assert title is not None and title.text == "2026年度项目支出绩效目标表"
    result, _t = check_file(right, CheckOptions())
    assert not {"Y105", "Y102"} & {f.code for f in result.findings}
    wrong = _write(tmp_path / "w.xlsx", cover, dt.date(2024, 9, 30))
    result, _t = check_file(wrong, CheckOptions())
    assert "Y102" in {f.code for f in result.findings}
