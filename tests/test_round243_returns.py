"""Session 69, round 243 (holdout764–766): each test fails without its change."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.returns import coded, found_at


def _export_money(path: Path, total: float) -> Path:  # (total: the 合计 row's amount)
    """A budget system's 05-1 sheet: a project's line with its codes, its parts under it (其中：…
    then a second part with no code), and the 合计 row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "部门项目支出预算05-1"
    ws.append(["2026年部门项目支出预算表"])
    ws.append(["单位：万元"])
    ws.append(["单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金"])
    ws.append(["417021", "栖梧县乡村振兴局", "43112726R0031", "合作社冷链设施补助", 240, 240, 0])
    ws.append([None, None, None, "其中：产地冷库补助", 180, 180, 0])
    ws.append([None, None, None, "冷藏车购置补助", 60, 60, 0])
    ws.append(["合计", None, None, None, total, total, 0])
    goals = wb.create_sheet("部门项目支出绩效目标05-2")
    goals.append(["项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"])
    goals.append(
        ["43112726R0031", "合作社冷链设施补助", "产出指标", "数量指标", "补助产地冷库", "≥12座"]
    )
    goals.append([None, None, "产出指标", "质量指标", "冷库验收合格率", "=100%"])
    wb.save(path)
    return path


def test_the_second_part_of_an_exports_line(tmp_path: Path) -> None:
    """项目 240 with 其中：产地冷库补助 180 and 冷藏车购置补助 60 (no code of its own) under it,
    合计 240: both are parts, the 合计 is the project's (no B102; two false errors on holdout764
    kct05)."""
    assert coded(found_at(_export_money(tmp_path / "a.xlsx", 240)), "B102") == []
