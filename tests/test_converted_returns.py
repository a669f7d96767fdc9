"""Returns converted from PDF or Word: a header whose words the conversion split over two rows
(一级 │ 计量 over 指标 │ 单位) is one header, each column's words joined; page markers the
print left between rows (共 1 页  第 1 页, — 2 —) are no indicators. Invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table

_HEAD: list[list[Any]] = [
    ["2027年度项目支出绩效目标申报表"],
    ["项目名称", "临溪县社区助餐服务补贴", None, "主管部门", "临溪县民政局"],
    ["项目期", "1年", "计划开始日期", "2027年1月1日", "计划完成日期", "2027年12月31日"],
    ["项目资金（万元）", "年度资金总额", 120, "其中：财政拨款", 120],
    ["年度绩效目标", "新建社区助餐点8个，提供助餐服务6万人次。"],
]
_ROWS: list[list[Any]] = [
    ["产出指标", "数量指标", "新建社区助餐点数量", "≥", 8, "个"],
    [None, None, "全年助餐服务人次", "≥", 60000, "人次"],
    [None, "质量指标", "助餐点食品安全抽检合格率", "=", "100%", "%"],
    [None, "成本指标", "每餐助餐补贴标准", "≤", 5, "元/餐"],
    ["效益指标", "社会效益指标", "高龄老人助餐覆盖率", "≥", "60%", "%"],
    ["满意度指标", "服务对象满意度指标", "就餐老年人满意度", "≥", "90%", "%"],
]


def _save(path: Path, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _checked(path: Path) -> tuple[list[str], list[tuple[str, str, str]]]:
    result, _ = check_file(path, CheckOptions())
    found = [(f.code, f.severity.value, f.at.a1 if f.at else "") for f in result.findings]
    return [i.label for i in read_table(path).indicators], found


def test_a_header_split_over_two_rows_is_one_header(tmp_path: Path) -> None:
    split = [
        ["一级", "二级", "三级", "比较符", "指标值", "计量"],
        ["指标", "指标", "指标", None, None, "单位"],
    ]
    names, found = _checked(_save(tmp_path / "s.xlsx", [*_HEAD, *split, *_ROWS]))
    assert names == [row[2] for row in _ROWS]
    assert not found, found  # the unit column read: no T104; the second row no indicator


@pytest.mark.parametrize("value_end", ["指标值", "指标\n值", "目标值"])
def test_a_split_header_with_its_value_and_basis_columns(tmp_path: Path, value_end: str) -> None:
    split = [["一级", "二级", "三级", "年度", "设定"], ["指标", "指标", "指标", value_end, "依据"]]
    rows = [[*r[:3], f"{r[3].strip('=')}{r[4]}{r[5].strip('%')}", "计划标准"] for r in _ROWS]
    names, found = _checked(_save(tmp_path / "v.xlsx", [*_HEAD, *split, *rows]))
    assert names == [row[2] for row in _ROWS]
    assert not found, found


def test_short_labels_under_a_header_are_no_second_header_row(tmp_path: Path) -> None:
    """A data row of short words under a whole header (产出 │ 数量 │ …) stays a data row."""
    head = [["一级指标", "二级指标", "三级指标", "指标值"]]
    rows = [["产出", "数量", "助餐点", "≥8个"], ["效益", "社会效益", "覆盖率", "≥60%"]]
    names, _found = _checked(_save(tmp_path / "d.xlsx", [*_HEAD, *head, *rows]))
    assert names == ["助餐点", "覆盖率"]


def test_page_markers_between_rows_are_no_indicators(tmp_path: Path) -> None:
    head = [["一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"]]
    rows = [*_ROWS[:3], [None, None, "— 1 —"], *_ROWS[3:], [None, "共 1 页  第 1 页"]]
    names, found = _checked(_save(tmp_path / "p.xlsx", [*_HEAD, *head, *rows]))
    assert names == [row[2] for row in _ROWS]
    assert not found, found


def _both(tmp_path: Path, cells: list[str], head: str = "指标值（中期/年度）") -> list[Any]:
    rows = [
        ["2027年度项目支出绩效目标申报表"],
        ["项目名称", "临溪县农村生活污水治理", None, "主管部门", "临溪县生态环境分局"],
        ["项目期", "3年", "计划开始日期", "2027年1月1日", "计划完成日期", "2029年12月31日"],
        ["项目资金（万元）", "中期资金总额", 3600, "年度资金总额", 1200],
        ["一级指标", "二级指标", "三级指标", head],
        ["产出指标", "数量指标", "完成治理的行政村数量", cells[0]],
        [None, None, "新建污水处理设施数量", cells[1]],
        [None, "质量指标", "设施出水水质达标率", "≥90%/≥90%"],
        [None, "时效指标", "治理任务完成时间", "2029年12月31日前/2027年12月31日前"],
        ["效益指标", "社会效益指标", "农村生活污水治理率", "≥65%\n≥40%"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%/≥90%"],
    ]
    result, _ = check_file(_save(tmp_path / "both.xlsx", rows), CheckOptions())
    return [(f.code, f.at.a1 if f.at else "") for f in result.findings]


def test_one_cell_holding_the_period_and_the_annual_target(tmp_path: Path) -> None:
    """指标值（中期/年度） │ ≥120个/≥40个: both targets read, each in its place."""
    assert _both(tmp_path, ["≥120个/≥40个", "≥60座\n≥20座"]) == []
    found = _both(tmp_path, ["≥120个/≥120个", "≥60座/≥80座"])
    assert ("D202", "D6") in found and ("D201", "D7") in found, found


def test_spaces_a_paste_left_inside_a_name_are_read_past(tmp_path: Path) -> None:
    head = [["一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"]]
    rows = [*_ROWS[:5], ["满意度指标", "服务对象满意度指标", "就餐老年人满 意 度", "≥", "90%", "%"]]
    names, found = _checked(_save(tmp_path / "sp.xlsx", [*_HEAD, *head, *rows]))
    assert names[-1] == "就餐老年人满意度"
    assert not found, found


def test_a_percent_sign_before_the_number_is_a_malformed_value(tmp_path: Path) -> None:
    head = [["一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"]]
    rows = [
        *_ROWS[:2],
        [None, "质量指标", "助餐点食品安全抽检合格率", None, "≥%95", None],
        *_ROWS[3:],
    ]
    path = _save(tmp_path / "pc.xlsx", [*_HEAD, *head, *rows])
    result, _ = check_file(path, CheckOptions())
    found = [(f.code, f.severity.value, f.at.a1 if f.at else "") for f in result.findings]
    assert found == [("T116", "warning", "E9")], found
    assert "百分号写在了数字前" in result.findings[0].message, result.findings[0].message
