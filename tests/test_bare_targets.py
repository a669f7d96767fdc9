"""Bare values and short grades on correct tables from other offices (domain §4.1, §4.2 rules 3,
4 and 7): a bare quantity reads as an implied =, which is no warning on a 正向 or neutral
indicator; it is one only where = contradicts the direction (a 反向 cap). Every workbook is
invented and built here."""

from __future__ import annotations

from pathlib import Path

import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.findings import Severity
from tests.returns import Return
from tests.test_values_read import HEAD, TABLE, Row, project, write

EXTRA = "D11"  # the extra row lands in row 11 (title, name, goal, header, six rows of TABLE)


def _found(tmp_path: Path, *extra: Row, head: Row = HEAD) -> dict[str, Severity]:
    rows = project(table=[head, *[list(r) for r in TABLE], *extra])
    result, _table = check_file(write(tmp_path / "r.xlsx", *rows), CheckOptions())
    return {f.code: f.severity for f in result.findings if f.at is not None and f.at.a1 == EXTRA}


def _warned(found: dict[str, Severity]) -> set[str]:
    return {code for code, sev in found.items() if sev is not Severity.INFO}


@pytest.mark.parametrize(
    ("tier2", "name", "value"),
    [
        ("质量指标", "学员结业考试通过率", "96%"),
        ("数量指标", "新建村级文化广场数量", "27个"),
        ("数量指标", "新增日间照料中心（个）", 5),
        ("社会效益指标", "基层服务能力提升率", "12%"),
        ("服务对象满意度指标", "参训学员满意度", "92%"),
    ],
)
def test_a_bare_value_on_a_forward_or_neutral_indicator_is_no_warning(
    tmp_path: Path, tier2: str, name: str, value: object
) -> None:
    tier1 = "满意度指标" if "满意" in tier2 else "效益指标" if "效益" in tier2 else "产出指标"
    found = _found(tmp_path, [tier1, tier2, name, value])
    assert not _warned(found) & {"T103", "T117"}, found
    assert found.get("T103") is Severity.INFO  # still said, as a note: read as =


@pytest.mark.parametrize(
    ("tier2", "name", "value"),
    [
        ("质量指标", "学员投诉率", "2%"),
        ("成本指标", "人均住宿补助标准", "650元/人"),
    ],
)
def test_a_bare_cap_on_a_reverse_indicator_is_warned(
    tmp_path: Path, tier2: str, name: str, value: str
) -> None:
    found = _found(tmp_path, ["产出指标", tier2, name, value])
    assert found.get("T117") is Severity.WARNING, found
    assert "T103" not in found


# --- period against annual: a bare value beside the same number with an operator --------------


def _period_annual(tmp_path: Path, period: object, annual: object) -> set[str]:
    ret = Return()
    row = ret.row("入住青年满意度")
    row[3], row[4], row[5] = None, period, annual
    result, _ = check_file(ret.write(tmp_path / "r.xlsx"), CheckOptions())
    return {f.code for f in result.findings if f.severity is not Severity.INFO}


def test_a_bare_annual_value_beside_the_same_bound_is_the_same_intent(tmp_path: Path) -> None:
    assert "D203" not in _period_annual(tmp_path, "≥92", 92)
    assert "D203" not in _period_annual(tmp_path, 92, "≥92")


def test_a_bare_value_beside_another_number_or_operator_is_still_written_differently(
    tmp_path: Path,
) -> None:
    assert "D203" in _period_annual(tmp_path, "≥92", "≤92")

