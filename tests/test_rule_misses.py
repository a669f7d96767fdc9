"""Defects a careful reviewer marks that goalbook missed on returns from other offices: an output
of at least nothing (≥0亩). Every workbook is invented and built here."""

from __future__ import annotations

from pathlib import Path

import pytest

from goalbook.check import CheckOptions, check_file
from tests.test_values_read import HEAD, TABLE, Row, project, write

EXTRA = "D11"  # the extra row lands in row 11 (title, name, goal, header, six rows of TABLE)


def _at(tmp_path: Path, *extra: Row, head: Row = HEAD) -> dict[str, set[str]]:
    rows = project(table=[head, *[list(r) for r in TABLE], *extra])
    result, _table = check_file(write(tmp_path / "r.xlsx", *rows), CheckOptions())
    at: dict[str, set[str]] = {}
    for f in result.findings:
        at.setdefault(f.at.a1 if f.at else "", set()).add(f.code)
    return at


@pytest.mark.parametrize(
    ("name", "value"), [("新增人工造林面积", "≥0亩"), ("新建村级便民服务点", "≥0个")]
)
def test_an_output_of_at_least_nothing_is_no_target(tmp_path: Path, name: str, value: str) -> None:
    assert "T115" in _at(tmp_path, ["产出指标", "数量指标", name, value]).get(EXTRA, set())


def test_an_output_of_at_least_nothing_with_an_operator_column(tmp_path: Path) -> None:
    head = ["一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"]
    table = [[*r[:3], "≥", r[3].lstrip("≥=≤"), ""] for r in TABLE]
    rows = project(table=[head, *table, ["产出指标", "数量指标", "新增人工造林面积", "≥", 0, "亩"]])
    result, _table = check_file(write(tmp_path / "r.xlsx", *rows), CheckOptions())
    assert any(f.code == "T115" and f.at is not None and f.at.row == 11 for f in result.findings)


@pytest.mark.parametrize(
    ("name", "value"),
    [("较大以上安全生产事故", "0起"), ("群众有效投诉", "≤0件"), ("项目验收不合格率", "≥0%")],
)
def test_a_count_whose_goal_is_none_is_right(tmp_path: Path, name: str, value: str) -> None:
    assert "T115" not in _at(tmp_path, ["产出指标", "质量指标", name, value]).get(EXTRA, set())
