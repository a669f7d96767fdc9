"""Findings a reviewer should not have to skim past: near-duplicates that name two things, and
counts of beneficiaries or outcomes under an effect tier-2 (issue 13). Each principle has cases
that must fire and cases that must not."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.frameworks import load_framework
from goalbook.model import Cell, CellRef, GoalTable, Indicator
from goalbook.rules.common import Context
from goalbook.rules.crosscheck import duplicates
from goalbook.rules.tiers import tier3_fit
from goalbook.targets import parse_target

FW = load_framework("nat-2021")


def _cell(row: int, col: int, text: str) -> Cell:
    return Cell(CellRef("S", row, col), text, text)


def _table(*rows: tuple[str, str, str, str]) -> GoalTable:
    """Indicators from (tier1, tier2, name, annual value) rows, from row 3 on."""
    inds = tuple(
        Indicator(
            row, "S", _cell(row, 1, t1), _cell(row, 2, t2), _cell(row, 3, name),
            annual=_cell(row, 4, value), annual_target=parse_target(value),
        )
        for row, (t1, t2, name, value) in enumerate(rows, start=3)
    )  # fmt: skip
    return GoalTable(path="r.xlsx", kind="project", layout="foreign", indicators=inds)


def _near(a: str, va: str, b: str, vb: str) -> list[str]:
    table = _table(("产出指标", "质量指标", a, va), ("产出指标", "质量指标", b, vb))
    return [h.code for h in duplicates(Context(table, FW, 2026))]


@pytest.mark.parametrize(
    ("a", "va", "b", "vb"),
    [
        ("专业人才培养工作质量达标率", "=95%", "杰出人才培养工作质量达标率", "≥95%"),  # 杰出/专业
        ("青少年满意度", "≥90%", "受助青少年满意度", "≥90%"),  # a group within the other's
        ("维护社会环境稳定", "显著", "长期维护社会环境稳定", "良好"),
        ("法治宣传任务完成及时率", "91%", "新媒体宣传任务完成及时率", "≥91%"),
        ("社区矫正帮教服务对象满意度", "≥85%", "就业帮扶服务对象满意度", "85%"),
        ("春季集中免疫完成时间", "5月31日前", "秋季集中免疫完成时间", "11月30日前"),  # 春/秋
        ("上半年巡查覆盖率", "≥90%", "下半年巡查覆盖率", "≥90%"),  # two halves of the year
    ],
)
def test_names_that_differ_by_a_distinct_qualifier_are_not_near_duplicates(
    a: str, va: str, b: str, vb: str
) -> None:
    assert _near(a, va, b, vb) == []


@pytest.mark.parametrize(
    ("a", "va", "b", "vb"),
    [
        ("所服务的青少年社区矫正对象再犯率", "<5%", "所服务涉罪青少年再犯罪率", "≤5%"),
        ("驿站验收合格率", "≥95%", "驿站建设验收合格率", ">95%"),  # a word inside one name
        ("课题调研质量达标率", "≥95%", "课题研究工作质量达标率", "≥95%"),
        ("培训满意度", "≥95%", "培训满意率", "≥95%"),  # a synonym
    ],
)
def test_near_duplicates_still_found(a: str, va: str, b: str, vb: str) -> None:
    assert _near(a, va, b, vb) == ["D103"]


def _fit(tier2: str, name: str, value: str) -> list[str]:
    table = _table(("效益指标", tier2, name, value))
    return [h.code for h in tier3_fit(Context(table, FW, 2026))]


@pytest.mark.parametrize(
    ("tier2", "name", "value"),
    [
        ("社会效益指标", "受益人次", "≥5000人次"),
        ("社会效益指标", "新增受益人口", "≥1200人"),
        ("社会效益指标", "受益人口", "≥3000人"),
        ("经济效益指标", "项目区粮食亩产提高", "≥50公斤"),
        ("社会效益指标", "规划宣传覆盖数", "≥10000人"),
        ("社会效益指标", "带动就业人数", "≥30人"),
    ],
)
def test_beneficiary_and_outcome_counts_fit_an_effect_tier(
    tier2: str, name: str, value: str
) -> None:
    assert _fit(tier2, name, value) == []


@pytest.mark.parametrize(
    ("tier2", "name", "value"),
    [
        ("经济效益指标", "就业帮扶活动场次", "≥12场"),
        ("经济效益指标", "社区矫正帮教服务人次", "≥300人次"),
        ("社会效益指标", "宣传报道", "≥10篇"),
        ("社会效益指标", "举办培训班次数", "≥4次"),
    ],
)
def test_output_counts_under_an_effect_tier_are_found(tier2: str, name: str, value: str) -> None:
    assert _fit(tier2, name, value) == ["F201"]


def test_the_same_figure_once_without_its_operator_is_no_sure_conflict(tmp_path: Path) -> None:
    """采购执法记录仪 ≥120台 and again 120台: D102 as a warning (one figure, written twice);
    ≥120台 and ≥150台 stay a conflict (an error)."""

    def severity(second: str) -> set[str]:
        wb = openpyxl.Workbook()
        ws = wb.active
        assert ws is not None
        for row in [
            ["2025年度项目支出绩效目标表"],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "采购执法记录仪", "≥120台"],
            ["产出指标", "数量指标", "采购执法记录仪", second],
        ]:
            ws.append(row)
        wb.save(tmp_path / "d.xlsx")
        result, _ = check_file(tmp_path / "d.xlsx", CheckOptions())
        return {f.severity.value for f in result.findings if f.code == "D102"}

    assert severity("120台") == {"warning"} and severity("≥150台") == {"error"}
