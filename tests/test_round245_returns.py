"""Session 70, rounds 245–246 (holdout770–775): each test fails without its change."""

from __future__ import annotations

from pathlib import Path

from tests.returns import coded, table_found


def test_a_count_raised_against_last_year(tmp_path: Path) -> None:
    """村卫生室可开展检查项目数 │ 较上年增加≥2项: a count raised against a baseline, assessable
    (a false T102 warning on holdout771 kda09); 增加若干项 stays a description."""

    def found(value: str) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "补齐设备的村卫生室数", "≥", 80, "个"],
            ["效益指标", "社会效益指标", "村卫生室可开展检查项目数", None, value, None],
        ]
        got = table_found(tmp_path / f"{len(value)}.xlsx", rows, "村卫生室设备", "补齐设备。")
        return coded(got, "T102")

    assert found("较上年增加≥2项") == []
    assert found("较上年增加若干项") == [("warning", "E8")]


def test_a_standard_per_person_beside_a_count_of_towns(tmp_path: Path) -> None:
    """签约服务费补助标准 ≤40元/人 × 重点人群签约人数 9万人 = 360万元 above the 300万元: the
    签约服务覆盖乡镇数 ≥14个 that shares its subject counts towns, none paid per person (B107;
    missed on holdout771 kda02)."""
    rows = [
        ["产出指标", "数量指标", "重点人群签约人数", "≥", 9, "万人"],
        [None, None, "签约服务覆盖乡镇数", "=", 14, "个"],
        ["成本指标", "经济成本指标", "签约服务费补助标准", "≤", 40, "元/人"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "家庭医生签约服务", "签约9万人。", 300)
    assert coded(found, "B107") == [("warning", "E9")]


def test_one_count_said_with_finishing_and_a_word_more(tmp_path: Path) -> None:
    """改造食堂数 ≥10所 and 完成改造学校食堂数 ≥10所 under one tier-2: one count written twice
    (D103 at the second name; missed on holdout774 kdd10)."""
    rows = [
        ["产出指标", "数量指标", "改造食堂数", "≥", 10, "所"],
        [None, None, "完成改造学校食堂数", "≥", 10, "所"],
        [None, "质量指标", "食堂从业人员持证率", "=", "100%", None],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "学校食堂提升", "改造10所学校食堂。")
    assert coded(found, "D103") == [("warning", "C8")]


def test_a_team_kept_is_a_lasting_effect(tmp_path: Path) -> None:
    """县级培训团队 ≥3个 under 可持续影响指标: a team that stays, no output (a false F201
    warning on holdout774 kdd15)."""
    rows = [
        ["产出指标", "数量指标", "乡村教师培训人数", "≥", 600, "人"],
        ["效益指标", "可持续影响指标", "县级培训团队", "≥", 3, "个"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "乡村教师培训", "培训600人。")
    assert coded(found, "F201") == []


def test_checks_of_firms_counted_under_quality(tmp_path: Path) -> None:
    """叉车使用单位检查家数 ≥200家 under 质量指标: checks made, an output (F201; missed on
    holdout773 kdc12)."""
    rows = [
        ["产出指标", "数量指标", "叉车登记检验台数", "≥", 600, "台"],
        [None, "质量指标", "叉车使用单位检查家数", "≥", 200, "家"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "叉车专项整治", "检验叉车600台。")
    assert coded(found, "F201") == [("warning", "C8")]
