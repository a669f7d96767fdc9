"""A budget system's two-sheet export: a 05-1 budget sheet (项目代码 | 项目名称 | 资金总额 | the
sources | 年度绩效目标) and a 05-2 indicator sheet with its header on the third row, the project's
code and name leading every indicator row, the operator in words under 指标性质, the header
repeated after a page break and a 填报说明 and a signature line under the table. One project:
one table, every indicator read; neither the repeated header nor the lines under the table is
a project of its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_tables

_HEAD = [
    "项目代码",
    "项目名称",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "指标值",
    "度量单位",
]
_LINES: list[tuple[Any, ...] | None] = [
    ("产出指标", "数量指标", "新建村级电商服务站", "大于等于", 40, "个"),
    ("产出指标", "数量指标", "电商实操培训人数", "大于等于", 800, "人"),
    ("产出指标", "质量指标", "服务站验收合格率", "等于", 1, "%"),
    None,  # a page break: the header again
    ("产出指标", "时效指标", "服务站建成时间", "小于等于", "2026年10月31日", None),
    ("成本指标", "经济成本指标", "单站建设补助", "小于等于", 25000, "元"),
    ("效益指标", "经济效益指标", "农产品网络销售额增长率", "大于等于", 0.1, "%"),
    ("效益指标", "可持续影响指标", "农村电商服务体系", "定性", "基本建立", None),
    ("满意度指标", "服务对象满意度指标", "农户满意度", "大于等于", 0.9, "%"),
]


def _export(path: Path, projects: tuple[tuple[str, str], ...]) -> Path:
    wb = openpyxl.Workbook()
    budget = wb.active
    assert budget is not None
    budget.title = "项目支出预算05-1"
    budget.append(["2026年部门项目支出预算表"])
    budget.append(["单位名称：南屏县商务局", None, None, None, None, None, "金额单位：元"])
    budget.append(["项目代码", "项目名称", "资金总额", "一般公共预算", "政府性基金",
                   "单位自有资金", "年度绩效目标"])  # fmt: skip
    for code, name in projects:
        budget.append([code, name, 1_000_000, 800_000, 0, 200_000, "建成村级电商服务站40个。"])
    goals = wb.create_sheet("项目支出绩效目标05-2")
    goals.append(["2026年部门项目支出绩效目标表"])
    goals.append(["单位名称：南屏县商务局", None, None, None, "年度：2026"])
    goals.append(_HEAD)
    for code, name in projects:
        for line in _LINES:
            goals.append(_HEAD if line is None else [code, name, *line])
    goals.append(["填报说明：1.指标性质填写“大于等于、小于等于、等于、定性”；2.本表由系统导出。"])
    goals.merge_cells(start_row=goals.max_row, start_column=1, end_row=goals.max_row, end_column=8)
    goals.append(["填表人：陆小川", None, "审核人：梁静", None, "联系电话：0771-5550123", None,
                  "填报日期：", "2025-11-20"])  # fmt: skip
    wb.save(path)
    return path


def test_one_project_led_by_its_code_and_name_is_one_table(tmp_path: Path) -> None:
    path = _export(tmp_path / "one.xlsx", (("450122260000000800311", "2026年农村电商服务站建设"),))
    tables = read_tables(path)
    assert len(tables) == 1
    assert len(tables[0].indicators) == 8
    result, _ = check_file(path, CheckOptions())
    codes = [(f.code, f.severity.value) for f in result.findings]
    assert not [c for c in codes if c[0].startswith("S0")], codes
    assert not [c for c in codes if c[1] == "error"], codes


def test_two_projects_are_two_tables(tmp_path: Path) -> None:
    projects = (
        ("450122260000000800311", "2026年农村电商服务站建设"),
        ("450122260000000800312", "2026年县域物流配送体系建设"),
    )
    tables = read_tables(_export(tmp_path / "two.xlsx", projects))
    assert [t.project for t in tables] == [name for _code, name in projects]
    assert [len(t.indicators) for t in tables] == [8, 8]
