"""Two-line headers whose merges were lost in a paste or a conversion: 指标值 (or 年度/中期) left in
the upper line only, over the empty cell beside 一级/二级/三级指标 in the lower line. The table is
read as it is with its merges (no "no indicator table" error, S010; the flag column kept, so the
年度 and 中期 rows of one indicator are one indicator, not a conflicting duplicate, D102).
Every workbook is invented and built here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table

Row = list[Any]

_HEAD: list[Row] = [
    ["2026年度项目支出绩效目标申报表"],
    ["项目名称", "柳湾镇农村公路养护项目", None, "主管部门", "柳湾县交通运输局"],
    ["项目资金（万元）", "年度资金总额", 180, "其中：财政拨款", 180],
    ["年度绩效目标", "完成农村公路日常养护86公里，路面技术状况优良率达到80%以上。"],
]
_TIERS: list[Row] = [
    ["产出指标", "数量指标", "日常养护里程", "≥86公里", 20],
    [None, "质量指标", "路面技术状况优良率", "≥80%", 20],
    [None, "时效指标", "养护任务完成时间", "2026年12月31日前", 10],
    ["效益指标", "社会效益指标", "群众出行条件", "明显改善", 20],
    [None, "可持续影响指标", "养护长效机制", "建立并执行", 10],
    ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", 20],
]


def _write(path: Path, rows: list[Row], merges: tuple[str, ...] = ()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "绩效目标"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c).value = value
    for ref in merges:
        ws.merge_cells(ref)
    wb.save(path)
    return path


def _codes(path: Path) -> list[str]:
    result, _table = check_file(path, CheckOptions())
    return [f.code for f in result.findings if f.severity == "error"]


@pytest.mark.parametrize("merged", [True, False])
def test_value_head_in_the_upper_line_only(tmp_path: Path, merged: bool) -> None:
    rows = [
        *_HEAD,
        ["绩效指标", None, None, "指标值", "分值"],
        ["一级指标", "二级指标", "三级指标"],
        *_TIERS,
    ]
    merges = ("A5:C5", "D5:D6", "E5:E6") if merged else ("A5:C5",)
    path = _write(tmp_path / "r.xlsx", rows, merges)
    table = read_table(path)
    assert [i.label for i in table.indicators] == [r[2] for r in _TIERS]
    assert table.indicators[1].annual is not None and table.indicators[1].annual.at.a1 == "D8"
    assert _codes(path) == []


def test_the_upper_line_of_a_header_row_is_no_header_by_itself(tmp_path: Path) -> None:
    """A line of notes above a header row that is one by itself: its words name no columns."""
    rows = [
        *_HEAD,
        ["说明：", None, None, "请填写", None],
        ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
        *_TIERS,
    ]
    table = read_table(_write(tmp_path / "r.xlsx", rows))
    assert len(table.indicators) == len(_TIERS)


def _flagged(annual_trained: str) -> list[Row]:
    return [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "石门县职业技能提升项目（2025—2027年）"],
        ["项目期", "3年"],
        [None, "绩效指标", None, None, "年度/中期", "指标值", None, None],
        ["一级指标", "二级指标", "三级指标", None, None, "比较符", "目标值", "计量单位"],
        ["产出指标", "数量指标", "职业技能培训人次", None, "中期", "大于等于", 9000, "人次"],
        [None, None, "职业技能培训人次", None, "年度", "大于等于", annual_trained, "人次"],
        [None, "质量指标", "培训合格率", None, "中期", "大于等于", 0.9, "%"],
        [None, None, "培训合格率", None, "年度", "大于等于", 0.9, "%"],
        ["满意度指标", "服务对象满意度指标", "学员满意度", None, "中期", "大于等于", 0.9, "%"],
        [None, None, "学员满意度", None, "年度", "大于等于", 0.9, "%"],
    ]


def test_a_flag_head_in_the_upper_line_only_pairs_the_rows(tmp_path: Path) -> None:
    path = _write(tmp_path / "r.xlsx", _flagged("3000"), ("B4:D4", "F4:H4"))
    table = read_table(path)
    assert [i.label for i in table.indicators] == ["职业技能培训人次", "培训合格率", "学员满意度"]
    assert "D102" not in _codes(path)
    wrong = _write(tmp_path / "w.xlsx", _flagged("12000"), ("B4:D4", "F4:H4"))
    assert "D201" in _codes(wrong)  # the year's count above the period's: found in the pair
