"""Round 77's held-out returns (holdout236–238), in shapes of their own: a money grid whose line
holds its amount with a note in brackets (200(其中设备120万元)), and the change of a unitless
coefficient (渠系水利用系数提高 ≥0.05). Every workbook is invented and built here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.returns import found_at, save_sheet

_TIERS = ["一级指标", "二级指标", "三级指标", "指标值"]
_SATISFIED = ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]


def _grid(noted: str, total: float) -> list[list[Any]]:
    return [
        ["2026年项目支出预算表"],
        ["单位名称：青禾县水利局", None, None, None, None, "单位：万元"],
        ["项目名称", "支出内容", "合计", "中央补助", "省级补助", "市县配套"],
        ["青禾河综合治理", "护岸整治", 500, 300, 120, 80],
        [None, "清淤疏浚", 300, 180, 72, 48],
        [None, "监测系统", noted, 90, 36, 24],
        [None, "合计", total, 570, 228, 152],
    ]


@pytest.mark.parametrize(
    ("noted", "total", "off"),
    [
        ("150(其中设备90万元)", 950, False),
        ("150（含软件30万元）", 950, False),
        ("150(其中设备90万元)", 990, True),
    ],
)
def test_a_grid_line_with_a_note_in_brackets_counts(
    tmp_path: Path, noted: str, total: float, off: bool
) -> None:
    """The line's amount is its number (150), not nothing: the 合计 950 adds up; 990 does not."""
    found = found_at(save_sheet(tmp_path / "g.xlsx", _grid(noted, total)))
    assert any(code == "B102" and severity == "error" for code, severity, _ in found) is off, found


@pytest.mark.parametrize(
    ("name", "value", "missing"),
    [
        ("渠系水利用系数提高", "≥0.05", False),
        ("灌溉水有效利用系数", "≥0.58", False),
        ("空气质量综合指数下降幅度", "≥0.3", False),
        ("新增节水灌溉面积", "≥0.05", True),
    ],
)
def test_a_coefficient_and_its_change_have_no_unit(
    tmp_path: Path, name: str, value: str, missing: bool
) -> None:
    rows = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "灌区节水改造"],
        ["项目资金（万元）", "年度资金总额", 300, "其中：财政拨款", 300],
        _TIERS,
        ["产出指标", "数量指标", "改造渠道长度", "≥12公里"],
        ["效益指标", "经济效益指标", name, value],
        _SATISFIED,
    ]
    found = found_at(save_sheet(tmp_path / "c.xlsx", rows))
    assert (("T104", "warning", "D6") in found) is missing, found
