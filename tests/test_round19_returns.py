"""What the nineteenth blind round found besides money grids, on invented returns: a
township's signature line under its table, one blank row below (填报单位（乡镇（街道）盖章）：…
│ 单位负责人：…), is no indicator; a rate of repeated petitions (重复信访率) is 反向; a
value saying all of a place is covered (覆盖全区) is a state, no description."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from goalbook.check import CheckOptions, check_file

Found = list[tuple[str, str, str]]


def _check(tmp_path: Path, rows: list[list[Any]]) -> Found:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    head: list[list[Any]] = [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "农村人居环境整治"],
        ["项目资金（万元）", "年度资金总额", 96],
        ["年度绩效目标", "新建垃圾中转池20个，配备村级保洁员40人。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "新建垃圾中转池", "≥20个"],
        [None, "质量指标", "中转池建设验收合格率", "≥95%"],
        [None, "时效指标", "中转池建成及时率", "≥95%"],
        ["效益指标", "社会效益指标", "村容村貌改善情况", "明显改善"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"],
    ]
    for row in [*head, *rows]:
        ws.append(row)
    wb.save(path := tmp_path / "township.xlsx")
    result, _ = check_file(path, CheckOptions())
    return [(f.code, f.severity.value, f.at.a1 if f.at else "") for f in result.findings]


def test_a_townships_signature_line_below_a_blank_row_is_no_indicator(tmp_path: Path) -> None:
    found = _check(
        tmp_path,
        [
            [],
            ["填报单位（乡镇（街道）盖章）：马头镇人民政府", None, None, "单位负责人：戴国庆"],
            ["填表人：邹敏", None, None, "填报日期：2026年11月17日"],
        ],
    )
    assert not [f for f in found if f[1] in ("error", "warning")], found


def test_a_rate_of_repeated_petitions_is_a_cap(tmp_path: Path) -> None:
    rows = [[None, "社会效益指标", "矛盾纠纷重复信访率", "≥3%"]]
    assert ("T108", "warning", "D11") in _check(tmp_path, rows)


def test_a_place_covered_is_a_state(tmp_path: Path) -> None:
    rows = [[None, "可持续影响指标", "社区养老服务网络", "覆盖全区"]]
    found = _check(tmp_path, rows)
    assert not [f for f in found if f[0] == "T102"], found


def test_a_projects_number_alone_on_its_row_is_no_indicator(tmp_path: Path) -> None:
    # the marker over a stacked project's block, its merge lost in a paste of values
    found = _check(tmp_path, [[], ["项目2"]])
    assert not [f for f in found if f[1] in ("error", "warning")], found
