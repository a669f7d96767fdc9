"""The budget year a title or the line under it states: a single year said 年度 beside a span of
years (（实施期2026—2028年 2027年度）) is the budget year, a span alone gives its first year, and
a transfer payment's title with its period and year on a bracketed line below gives that year
(no "找不到预算年度"). Invented."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.layout import year_of_title
from goalbook.reader import read_table


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2026年度项目支出绩效目标表", 2026),
        ("（实施期2026—2028年　2027年度）", 2027),
        ("(项目期2025-2027年 2026年度)", 2026),
        ("2026—2028年度滚动项目绩效目标表", 2026),
        ("2026—2028年三年滚动支出规划", 2026),
        ("部门整体支出绩效目标表", None),
    ],
)
def test_the_year_a_title_states(text: str, year: int | None) -> None:
    assert year_of_title(text) == year


def _write(path: Path, line: str) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    rows = [
        ["中央对地方转移支付区域绩效目标表"],
        [line],
        ["转移支付（项目）名称", "城乡义务教育补助经费"],
        ["资金情况（万元）", "实施期（2025—2027年）", "2026年度"],
        ["资金总额", 36000, 12000],
        ["总体目标", "实施期目标", "到2027年义务教育巩固率保持在97%以上。"],
        [None, "2026年度目标", "义务教育巩固率保持在97%以上。"],
        ["一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"],
        ["产出指标", "数量指标", "补助学生人数", "≥18万人", "≥6万人"],
        [None, "质量指标", "补助资金足额发放率", "100%", "100%"],
        ["效益指标", "社会效益指标", "义务教育巩固率", "≥97%", "≥97%"],
        ["满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "≥90%"],
    ]
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_the_year_on_the_bracketed_line_under_a_transfer_title(tmp_path: Path) -> None:
    path = _write(tmp_path / "r.xlsx", "（实施期2025—2027年　2026年度）")
    table = read_table(path)
    assert table.fields["title_year"].text == "（实施期2025—2027年　2026年度）"
    result, _table = check_file(path, CheckOptions())
    assert "Y105" not in {f.code for f in result.findings}
