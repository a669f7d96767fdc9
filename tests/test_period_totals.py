"""A count over the period in a plan text (到2028年建成…900个, 三年累计) is no contradiction of a
year's indicator (≥300个): D104 holds it against the period target only. Invented workbooks."""

from __future__ import annotations

from pathlib import Path

from goalbook.check import CheckOptions, check_file
from tests.test_values_read import Row, write

HEAD5 = ["一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"]
ROWS5: list[Row] = [
    ["产出指标", "数量指标", "建成村级文化活动中心", "≥900个", "≥300个"],
    ["产出指标", "质量指标", "活动中心验收合格率", "≥95%", "≥95%"],
    ["效益指标", "社会效益指标", "群众文化活动参与率", "≥60%", "≥60%"],
    ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"],
]


def _d104(tmp_path: Path, period_goal: str, annual_goal: str, *, period: bool = True) -> set[str]:
    head = HEAD5 if period else [*HEAD5[:3], "指标值"]
    table = ROWS5 if period else [r[:3] + r[4:] for r in ROWS5]
    rows: list[Row] = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "村级文化活动中心建设", "项目期", "3年"],
        ["中期目标", period_goal],
        ["年度目标", annual_goal],
        head,
        *[list(r) for r in table],
    ]
    result, _table = check_file(write(tmp_path / "r.xlsx", *rows), CheckOptions())
    return {f.at.a1 for f in result.findings if f.code == "D104" and f.at is not None}


PERIOD_GOAL = "到2028年建成村级文化活动中心900个，群众文化活动参与率达到60%以上，文化生活明显丰富。"


def test_a_total_over_the_period_is_no_contradiction_of_a_years_target(tmp_path: Path) -> None:
    annual = "2026年建成村级文化活动中心300个，群众文化活动参与率达到60%以上。"
    assert not _d104(tmp_path, PERIOD_GOAL, annual)


def test_a_total_over_the_period_without_a_period_column(tmp_path: Path) -> None:
    annual = "2026年建成村级文化活动中心300个，群众文化活动参与率达到60%以上。"
    assert not _d104(tmp_path, PERIOD_GOAL, annual, period=False)


def test_a_years_text_against_the_years_target_is_still_checked(tmp_path: Path) -> None:
    annual = "2026年建成村级文化活动中心350个，群众文化活动参与率达到60%以上。"
    assert _d104(tmp_path, PERIOD_GOAL, annual)


def test_a_period_text_against_the_period_target_is_still_checked(tmp_path: Path) -> None:
    period = "到2028年建成村级文化活动中心1000个，群众文化活动参与率达到60%以上，文化生活丰富。"
    annual = "2026年建成村级文化活动中心300个，群众文化活动参与率达到60%以上。"
    assert _d104(tmp_path, period, annual)


def test_a_count_in_the_next_clause_is_not_the_indicators(tmp_path: Path) -> None:
    """建成村级文化活动中心，配置图书300个: the count after the comma is another thing's."""
    annual = "2026年建成村级文化活动中心，每个中心配置书架12个，群众文化活动参与率达到60%以上。"
    assert not _d104(tmp_path, PERIOD_GOAL, annual)
    near = "2026年建成村级文化活动中心12个，群众文化活动参与率达到60%以上。"
    assert _d104(tmp_path, PERIOD_GOAL, near)  # the count right after the name still counts
