"""Returns exported from a budget-management system: the operator in a column of its own
headed 指标值符号, a row of the system's column codes (YJZB │ EJZB │ SJZB …) or of the columns'
numbers (1 │ 2 │ 3 …) under the header, repeated after a page break. The code and number rows
are no indicators, and the operator column is read as the operator, not as the value."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import found_at, save_sheet

_HEAD: list[list[Any]] = [
    ["2026年度项目支出绩效目标表"],
    ["项目名称", "乡村公路巡查养护", "主管部门", "青川县交通运输局"],
    ["项目期", "1年", "计划开始日期", "2026年1月1日", "计划完成日期", "2026年12月31日"],
    ["项目资金（万元）", "年度资金总额", 120, "其中：财政拨款", 120],
]
_HEADER = ["一级指标", "二级指标", "三级指标", "指标值符号", "指标值", "计量单位", "指标方向"]
_CODES = ["YJZB", "EJZB", "SJZB", "ZBZFH", "ZBZ", "JLDW", "ZBFX"]
_ROWS: list[list[Any]] = [
    ["产出指标", "数量指标", "巡查养护公路里程", "≥", 320, "公里", "正向"],
    [None, "时效指标", "路面坑槽处置时限", "≥", 5, "天", "反向"],
    ["成本指标", "经济成本指标", "每公里巡查养护成本", "≤", 3750, "元/公里", "反向"],
    ["效益指标", "社会效益指标", "公路列养率", "=", 100, "%", "正向"],
    ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", 90, "%", "正向"],
]


def _table(under: list[Any], again: bool = False) -> list[list[Any]]:
    rows = [*_HEAD, _HEADER, under, *_ROWS[:3]]
    if again:  # the header and its code row repeated after a page break
        rows += [_HEADER, under]
    return rows + _ROWS[3:]


def test_a_code_row_and_an_operator_column_are_read_as_such(tmp_path: Path) -> None:
    for again in (False, True):
        found = found_at(save_sheet(tmp_path / f"c{again}.xlsx", _table(_CODES, again)))
        assert ("T108", "warning", "E8") in found, found  # 反向 处置时限 with ≥
        wrong = [f for f in found if f[0] in ("F101", "F102", "T102", "S101", "D101", "T103")]
        assert not wrong, (again, found)


def test_a_row_of_column_numbers_is_no_indicator(tmp_path: Path) -> None:
    numbers = [float(n) for n in range(1, 8)]
    found = found_at(save_sheet(tmp_path / "n.xlsx", _table(numbers, again=True)))
    assert found == [("T108", "warning", "E8")], found
