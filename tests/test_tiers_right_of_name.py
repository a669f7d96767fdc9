"""Tier columns right of the name (序号 │ 三级指标 │ 一级指标 │ 二级指标 │ 指标值 │ 计量单位),
filled in every row: the framework is detected from those columns, so a correct project table
raises no framework error. Invented."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table

ROWS = [
    ["水质自动监测站新建数量", "产出指标", "数量指标", "≥6", "个"],
    ["监测数据有效率", "产出指标", "质量指标", "≥90", "%"],
    ["站房建设完成时间", "产出指标", "时效指标", "2026年10月31日前", None],
    ["单站建设成本", "成本指标", "经济成本指标", "≤35", "万元/个"],
    ["国控断面水质优良比例", "效益指标", "生态效益指标", "≥80", "%"],
    ["环境执法部门满意度", "满意度指标", "服务对象满意度指标", "≥90", "%"],
]


def test_tiers_right_of_the_name_set_the_framework(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["2026年度项目支出绩效目标表"])
    ws.append(["项目名称", "重点流域水质自动监测能力建设", None, "主管部门", "青榆市生态环境局"])
    ws.append(["项目资金（万元）", "年度资金总额", 268, "其中：财政拨款", 268])
    ws.append(["年度绩效目标", "新建水质自动监测站6个，国控断面水质优良比例不低于80%。"])
    ws.append(["序号", "三级指标", "一级指标", "二级指标", "指标值", "计量单位"])
    for n, row in enumerate(ROWS, start=1):
        ws.append([n, *row])
    path = tmp_path / "right.xlsx"
    wb.save(path)
    table = read_table(path)
    assert table.framework == "nat-2021", table.framework
    assert [i.tier1.text if i.tier1 else "" for i in table.indicators] == [r[1] for r in ROWS]
    result, _ = check_file(path, CheckOptions())
    assert not [f for f in result.findings if f.code.startswith("F")], result.findings
