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
        ("成本指标", "学员人均住宿开支", "650元/人"),
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
    assert "D203" in _period_annual(tmp_path, "≥92", "=90")
    # ≤ on a satisfaction is against its direction: T108 says so at the year, not D203 again
    found = _period_annual(tmp_path, "≥92", "≤92")
    assert "T108" in found and "D203" not in found


def test_a_rate_reached_in_full_over_the_period_beside_an_annual_floor(tmp_path: Path) -> None:
    """实施期 =100% (or 100%) with 年度 ≥60%: at the ceiling = and ≥ say the same."""
    assert "D203" not in _period_annual(tmp_path, "=100%", "≥60%")
    assert "D203" not in _period_annual(tmp_path, "100%", "≥60%")
    assert "D203" in _period_annual(tmp_path, "=90%", "≥60%")
    assert "D203" not in _period_annual(tmp_path, "=100%", "=90%")  # one operator, as written


# --- short qualitative targets that are grades (domain §4.2 rule 4) ----------------------------


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("重大动物疫病发生情况", "保持低水平"),
        ("农村文化服务供给", "不断丰富"),
        ("特色产业品牌知名度", "有所扩大"),
        ("河道日常巡查制度", "建立"),
        ("会议费支出", "≤上年水平"),
        ("群众办事渠道", "进一步拓宽"),
    ],
)
def test_a_short_grade_is_no_description(tmp_path: Path, name: str, value: str) -> None:
    found = _found(tmp_path, ["效益指标", "社会效益指标", name, value])
    assert "T102" not in found, found


@pytest.mark.parametrize(
    "value",
    ["每户补助3000元，分两批拨付到户", "村干部+网格员", "由乡镇政府负责组织实施并按季度报送进展"],
)
def test_a_description_is_still_one(tmp_path: Path, value: str) -> None:
    found = _found(tmp_path, ["效益指标", "社会效益指标", "项目实施方式", value])
    assert "T102" in found, found
