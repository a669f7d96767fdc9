"""Shares (占比) under a department's amounts, typed as Excel stores percentages (0.921 under a
0.00% format shows 92.10%): a share rounded in its last shown decimal (92.10% of 92.093%) is no
mismatch; a share off by more than rounding still is (B111). Every workbook is invented."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from goalbook.check import CheckOptions, check_file


def _write(path: Path, fiscal_share: float, fmt: str) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["2026年度部门整体支出绩效目标表"])
    ws.append(["部门（单位）名称", "云川县水利局"])
    ws.append(["年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金"])
    ws.append([None, 21500, 19800, 1700])
    ws.append([None, 1, fiscal_share, round(1 - fiscal_share, 4)])
    for col in "BCD":
        ws[f"{col}4"].number_format = '0.00"万元"'  # to the hundredth: no slack there
        ws[f"{col}5"].number_format = fmt
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    ws.append(["产出指标", "数量指标", "小型水库除险加固", "≥6座"])
    ws.append(["效益指标", "社会效益指标", "农村供水保证率", "≥95%"])
    ws.append(["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"])
    wb.save(path)
    return path


def _b111(path: Path) -> list[str]:
    result, _ = check_file(path, CheckOptions())
    return [f.at.a1 for f in result.findings if f.code == "B111" and f.at is not None]


@pytest.mark.parametrize("fmt", ["0%", "0.0%", "0.00%"])
def test_a_share_rounded_in_its_last_decimal_is_no_mismatch(tmp_path: Path, fmt: str) -> None:
    assert _b111(_write(tmp_path / "r.xlsx", 0.921, fmt)) == []


def test_a_share_off_by_more_than_rounding_is_found(tmp_path: Path) -> None:
    assert "C5" in _b111(_write(tmp_path / "r.xlsx", 0.95, "0.00%"))


@pytest.mark.parametrize(("share", "off"), [(0.92, False), (0.90, True)])
def test_a_share_is_as_fine_as_the_digits_it_holds(tmp_path: Path, share: float, off: bool) -> None:
    """92% typed and shown 92.00% (the format's decimals, not the writer's) against 92.09%: a
    share rounded to a whole percent, no mismatch; 90% is off by more than that."""
    assert ("C5" in _b111(_write(tmp_path / "r.xlsx", share, "0.00%"))) is off
