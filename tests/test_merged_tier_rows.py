"""A row under a tier-1 cell merged down over it has that tier-1: its own cells start in the
tier-2 column, so a tier label there is the row's tier-2 (a misplaced one is judged by the tier
rules), never a new tier-1 that shifts the row (S101). Workbooks built inline (invented)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table
from tests.test_values_read import Row

ROWS: list[Row] = [
    ["投入与管理", "财务管理", "资金使用合规性", "合规"],
    ["产出目标", "数量", "开展社区讲座", ">=36场"],
    [None, "质量", "讲座资料归档率", ">=95%"],
    [None, "满意度", "服务对象满意度", ">=90%"],  # a name that is also a label
    ["效果目标", "社会效益", "居民健康知识知晓率", ">=80%"],
    ["影响力目标", "长效管理", "社区健康教育机制", "持续完善"],
]


def _write(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["财政项目支出绩效目标表"])
    ws.append(["（2026年度）"])
    ws.append(["项目名称", "社区健康教育", "项目类别", "经常性专项业务费"])
    ws.append(["项目总预算（元）", 360000, "项目当年预算（元）", 360000])
    ws.append(["年度绩效目标", "开展社区讲座36场，提高居民健康知识知晓率。"])
    ws.append(["一级目标", "二级目标", "三级目标", "指标目标值"])
    for row in ROWS:
        ws.append(row)
    ws.merge_cells("A8:A10")
    wb.save(path)
    return path


def test_a_tier_label_under_a_merged_tier1_is_the_rows_tier2(tmp_path: Path) -> None:
    path = _write(tmp_path / "r.xlsx")
    table = read_table(path)
    row = next(i for i in table.indicators if i.row == 10)
    assert row.tier1 is not None and row.tier1.text == "产出目标"
    assert row.tier2 is not None and row.tier2.text == "满意度"
    assert row.name is not None and row.name.text == "服务对象满意度"
    assert not row.shifted
    result, _table = check_file(path, CheckOptions())
    found = {(f.code, f.at.a1 if f.at else None) for f in result.findings}
    assert "S101" not in {code for code, _at in found}
    assert ("F105", "B10") in found  # 满意度 belongs under 效果目标
