"""A tier-1's score written on a row of its own (效益指标 │ │ │ │ 30), the indicators' scores on
the rows under it: the indicator scores are checked against the tier's (W103 at the tier's
score), and the tiers' scores are never added to the indicators'. Invented."""

from __future__ import annotations

from pathlib import Path

from goalbook.check import CheckOptions, check_file
from tests.test_values_read import Row, project, write


def _rows(effect: tuple[int, int, int]) -> list[Row]:
    return project(
        table=[
            ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
            ["产出指标", None, None, None, 50],
            [None, "数量指标", "建成社区养老服务站", "≥20个", 20],
            [None, None, "居家上门服务老年人", "≥3000人", 15],
            [None, "质量指标", "服务站运营达标率", "≥95%", 15],
            ["效益指标", None, None, None, 30],
            [None, "社会效益指标", "失能老人照护服务覆盖率", "≥60%", effect[0]],
            [None, None, "意外事件及时处置率", "≥95%", effect[1]],
            [None, "可持续影响指标", "社区养老服务网络", "持续完善", effect[2]],
            ["满意度指标", None, None, None, 20],
            [None, "服务对象满意度指标", "服务对象满意度", "≥90%", 20],
        ]
    )


def _filled(rows: list[Row]) -> list[Row]:
    """The tier-1 label written again in every row under its score row (none left empty)."""
    out, label = [], None
    for row in rows:
        if isinstance(row, list) and len(row) == 5 and row[0] is None and label is not None:
            row = [label, *row[1:]]
        elif isinstance(row, list) and len(row) == 5 and row[0] not in (None, "一级指标"):
            label = row[0]
        out.append(row)
    return out


def _codes(
    tmp_path: Path, effect: tuple[int, int, int], filled: bool = False
) -> list[tuple[str, str, str]]:
    rows = _filled(_rows(effect)) if filled else _rows(effect)
    result, _ = check_file(write(tmp_path / "r.xlsx", *rows), CheckOptions())
    return [(f.code, f.severity.value, f.at.a1 if f.at else "") for f in result.findings]


def test_indicator_scores_short_of_their_tier_s_are_found_at_the_tier_s_score(
    tmp_path: Path,
) -> None:
    found = _codes(tmp_path, (8, 8, 10))
    assert [f for f in found if f[0] == "W103"] == [("W103", "error", "E9")], found  # 效益's 30


def test_tier_scores_matching_their_indicators_raise_nothing(tmp_path: Path) -> None:
    found = _codes(tmp_path, (10, 10, 10))
    assert not [f for f in found if f[0].startswith("W")], found


def test_a_tier_s_score_row_over_labels_filled_in_every_row(tmp_path: Path) -> None:
    found = _codes(tmp_path, (8, 8, 10), filled=True)
    assert [f for f in found if f[0] == "W103"] == [("W103", "error", "E9")], found
