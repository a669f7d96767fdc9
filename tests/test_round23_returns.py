"""What the twenty-third blind round found, on invented returns: a budget system's footer under
the table (数据来源：… 导出时间：…) is no indicator; a service's length to deliver (运维时长) is
正向, more being better."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from goalbook.check import CheckOptions, check_file

Found = list[tuple[str, str, str]]


def _check(tmp_path: Path, rows: list[list[Any]], foot: list[list[Any]]) -> Found:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    head: list[list[Any]] = [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "执法指挥平台运行维护"],
        ["项目资金（万元）", "年度资金总额", 60],
        ["年度绩效目标", "保障执法指挥平台全年稳定运行。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "接入执法终端数量", "≥320台"],
        [None, "质量指标", "平台运行正常率", "≥98%"],
        *rows,
        ["效益指标", "社会效益指标", "执法响应效率", "明显提升"],
        ["满意度指标", "服务对象满意度指标", "执法人员满意度", "≥90%"],
        *foot,
    ]
    for row in head:
        ws.append(row)
    wb.save(path := tmp_path / "return.xlsx")
    result, _ = check_file(path, CheckOptions())
    return [(f.code, f.severity.value, f.at.a1 if f.at else "") for f in result.findings]


def test_a_budget_systems_footer_is_no_indicator(tmp_path: Path) -> None:
    foot = [[], ["数据来源：预算管理一体化系统    导出时间：2026-11-20 16:42"]]
    found = _check(tmp_path, [], foot)
    assert not [f for f in found if f[1] in ("error", "warning")], found


def test_a_service_length_to_deliver_is_more_is_better(tmp_path: Path) -> None:
    found = _check(tmp_path, [[None, "时效指标", "执法指挥平台运维时长", "≥12个月"]], [])
    assert not [f for f in found if f[0] == "T108"], found


def test_a_true_read_before_a_one_does_not_change_the_ones_reading() -> None:
    """parse_target is cached: True and 1 hash alike, and were one key (a workbook with TRUE in
    a value cell made a later 1 with a % hint a grade: the full suite's order found it)."""
    from goalbook.model import TargetKind
    from goalbook.targets import parse_target

    parse_target(True, "%", "≥")
    one = parse_target(1, "%", "≥")
    assert (one.kind, one.unit) == (TargetKind.QUANT, "%")
