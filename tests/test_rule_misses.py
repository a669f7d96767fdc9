"""Defects a careful reviewer marks that goalbook missed on returns from other offices: an output
of at least nothing (≥0亩), a goal of another year, dates outside the stated period. Every
workbook is invented and built here."""

from __future__ import annotations

from pathlib import Path

import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.findings import Severity
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


# --- years: a goal of another year, dates outside the stated period, a date target ----------


def _codes_at(tmp_path: Path, rows: list[Row]) -> set[tuple[str, str]]:
    result, _table = check_file(write(tmp_path / "y.xlsx", *rows), CheckOptions())
    return {(f.code, f.at.a1) for f in result.findings if f.at is not None}


def _dated(title: str, start: str, end: str, goal: str, *extra: Row) -> list[Row]:
    return [
        [title],
        ["项目名称", "乡镇污水管网改造", "项目期", "3年"],
        ["计划开始日期", start, "计划完成日期", end],
        ["年度目标", goal],
        HEAD,
        *[list(r) for r in TABLE],
        *extra,
    ]


def test_an_annual_goal_of_another_year_disagrees(tmp_path: Path) -> None:
    """A warning: the text may open with another year as a preface, so it is no certainty."""
    rows = _dated("2028年度项目支出绩效目标表", "2026-01-01", "2028-12-31", "2027年改造管网8公里。")
    result, _table = check_file(write(tmp_path / "y.xlsx", *rows), CheckOptions())
    found = {(f.code, f.at.a1, f.severity) for f in result.findings if f.at is not None}
    assert ("Y101", "B4", Severity.WARNING) in found


@pytest.mark.parametrize(
    "goal", ["2028年改造管网8公里。", "2027年已改造6公里，2028年改造管网8公里。"]
)
def test_an_annual_goal_of_its_own_year_agrees(tmp_path: Path, goal: str) -> None:
    rows = _dated("2028年度项目支出绩效目标表", "2026-01-01", "2028-12-31", goal)
    assert not {c for c in _codes_at(tmp_path, rows) if c[0] == "Y101"}


def test_a_start_before_the_period_the_title_states(tmp_path: Path) -> None:
    title = "2026—2028年三年滚动项目支出绩效目标表"
    rows = _dated(title, "2024-05-01", "2028-12-31", "2026年改造管网8公里。")
    assert ("Y102", "B3") in _codes_at(tmp_path, rows)


def test_a_date_target_in_an_earlier_year_with_reversed_dates(tmp_path: Path) -> None:
    late: Row = ["产出指标", "时效指标", "管网验收时间", "2024年6月底前"]
    rows = _dated("2026年度项目支出绩效目标表", "2026-01-01", "2025-12-31", "改造管网。", late)
    found = _codes_at(tmp_path, rows)
    assert ("Y104", "D3") in found
    assert ("Y102", "D12") in found


def _headed(title: str, value_head: str, *more_heads: str) -> list[Row]:
    rows: list[Row] = [[title], ["项目名称", "乡镇污水管网改造"], ["年度目标", "改造管网8公里。"]]
    rows.append([*HEAD[:3], value_head, *more_heads])
    extra = [f"≥{n}公里" for n, _ in enumerate(more_heads, start=9)]
    return [*rows, *[[*r, *extra] for r in TABLE]]


def test_a_value_head_naming_last_year_disagrees(tmp_path: Path) -> None:
    """A table copied from last year keeps 2025年指标值 under a 2026 title: a warning there."""
    result, _table = check_file(
        write(tmp_path / "y.xlsx", *_headed("2026年度项目支出绩效目标表", "2025年指标值")),
        CheckOptions(),
    )
    found = {(f.code, f.at.a1, f.severity) for f in result.findings if f.at is not None}
    assert ("Y101", "D4", Severity.WARNING) in found


@pytest.mark.parametrize(
    "heads",
    [
        ("2026年指标值",),
        ("2026年度目标值",),
        ("指标值",),
        ("2026年", "2027年", "2028年"),
        ("2025年", "2026年", "2027年"),  # a row of years from the period's first: no copy
    ],
)
def test_a_value_head_of_the_tables_year_or_a_row_of_years_agrees(
    tmp_path: Path, heads: tuple[str, ...]
) -> None:
    rows = _headed("2026年度项目支出绩效目标表", *heads)
    assert not {c for c in _codes_at(tmp_path, rows) if c[0] == "Y101"}


def test_a_date_of_another_year_in_the_goal_text(tmp_path: Path) -> None:
    """2023年11月底前完成 in the 年度目标 of a 2026 table: a year out of place (Y103)."""
    rows = _dated(
        "2026年度项目支出绩效目标表", "2026-01-01", "2026-12-31", "2023年11月底前完成训练任务。"
    )
    assert ("Y103", "B4") in _codes_at(tmp_path, rows)


def test_dates_that_end_before_they_start_leave_the_period_to_the_project_term(
    tmp_path: Path,
) -> None:
    """计划完成日期 before 计划开始日期 (Y104) states no period: a 中期 date within the five years
    the 项目期 gives is no date out of the period."""
    rows = _dated(
        "2025年度项目支出绩效目标表", "2025-01-01", "2024-12-31", "完成管网改造。",
        ["产出指标", "时效指标", "管网工程完工时间", "2029年12月31日前"],
    )  # fmt: skip
    rows[1] = ["项目名称", "乡镇污水管网改造", "项目期", "5年"]
    found = _codes_at(tmp_path, rows)
    assert ("Y104", "D3") in found and not {c for c in found if c[0] == "Y102"}
