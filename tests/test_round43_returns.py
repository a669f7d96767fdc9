"""What the forty-third blind round showed, on invented returns: names that hold their targets
beside a 指标值 column left empty (门诊人次≥18万人次), tier-1s as section rows in 【】."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.returns import found_at, save_sheet

_HEAD: list[list[Any]] = [
    ["2027年度项目支出绩效目标申报表"],
    ["项目名称", "县域医疗服务能力提升", "项目期", "1年"],
    ["项目资金（万元）", "资金总额", 850],
    ["年度绩效目标", "推广适宜技术，培训基层医生，门诊、住院服务量稳步增长。"],
]


@pytest.mark.parametrize("value", ["≥95%", "≥950人"])
def test_names_that_hold_their_targets(tmp_path: Path, value: str) -> None:
    rows = [
        *_HEAD,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "门诊人次≥18万人次"],
        [None, None, "基层医生进修培训≥60人"],
        [None, "质量指标", f"门诊病历书写合格率{value}"],
        ["效益指标", "可持续影响指标", "双向转诊机制：有效运行"],
        ["满意度指标", "服务对象满意度指标", "患者满意度≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "n.xlsx", rows, ("A6:A8", "B6:B7")))
    assert not [f for f in found if f[0] in ("T101", "T102")], found
    assert bool([f for f in found if f[0] == "T105"]) is (value == "≥950人"), found


def test_tier1s_as_section_rows_in_brackets(tmp_path: Path) -> None:
    rows = [
        *_HEAD,
        ["二级指标", "三级指标", "指标值"],
        ["【产出指标】"],
        ["数量指标", "基层医生进修培训人数", "≥60人"],
        ["质量指标", "门诊病历书写合格率", "≥95%"],
        ["【成本指标】"],
        ["经济成本指标", "人均进修补助标准", "≤3000元/人"],
        ["【效益指标】"],
        ["社会效益指标", "县域内就诊率", "≥90%"],
        ["【满意度指标】"],
        ["服务对象满意度指标", "患者满意度", "≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "s.xlsx", rows))
    assert not [f for f in found if f[1] == "error"], found


def test_an_english_line_under_the_header_is_no_indicator(tmp_path: Path) -> None:
    rows = [
        *_HEAD,
        ["一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"],
        ["Level 1", "Level 2", "Indicator", "Target (period)", "Target (year)"],
        ["产出指标", "数量指标", "基层医生进修培训人数", "≥60人", "≥60人"],
        ["效益指标", "社会效益指标", "县域内就诊率", "≥90%", "≥90%"],
        ["满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", "≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "e.xlsx", rows))
    assert not [f for f in found if f[2].endswith("6")], found  # nothing on the English line


def test_notes_in_the_margin_beside_the_header(tmp_path: Path) -> None:
    """A note in column A (注4：一级、二级指标按财政部门规定填列。) names no tier column."""
    rows = [[None, None, *row] for row in _HEAD]
    rows += [
        [
            "注4：一级、二级指标按财政部门规定填列。",
            None,
            "一级指标",
            "二级指标",
            "三级指标",
            "指标值",
        ],
        [None, None, "产出指标", "数量指标", "基层医生进修培训人数", "≥60人"],
        [None, None, "效益指标", "社会效益指标", "县域内就诊率", "≥90%"],
        [None, None, "满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "m.xlsx", rows))
    assert not [f for f in found if f[0] in ("F106", "F107", "S101")], found


@pytest.mark.parametrize(
    ("due", "severity"), [("2026年8月底前", "warning"), ("2027年8月底前", "error")]
)
def test_put_to_use_in_the_months_after_the_works(tmp_path: Path, due: str, severity: str) -> None:
    """投入使用 a month after 竣工 is said, not an error; a year after stays one."""
    rows = [
        ["2025年度中央预算内投资项目绩效目标表"],
        ["项目名称", "青川县第三幼儿园新建项目", "计划开始日期", "2025-06-01"],
        [None, None, "计划完成日期", "2026-07-31"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "新增公办学位", "≥360个"],
        [None, "时效指标", "投入使用时间", due],
        ["满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "u.xlsx", rows))
    assert ("Y102", severity, "D6") in found, found


def test_a_month_that_does_not_exist(tmp_path: Path) -> None:
    rows = [
        *_HEAD,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "时效指标", "终端安装完成时间", "2027年13月底前"],
        ["满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "m.xlsx", rows))
    assert [f for f in found if f[2] == "D6"], found


def test_a_table_in_two_halves_side_by_side(tmp_path: Path) -> None:
    """一级指标 │ … │ 指标值 twice in one header: 产出 on the left, 效益 and 满意度 on the right,
    each half under its own tier-1s (F105 judged the right half's under the left's before)."""
    rows = [
        *_HEAD,
        ["一级指标", "二级指标", "三级指标", "指标值"] * 2,
        ["产出指标", "数量指标", "基层医生进修培训人数", "≥60人",
         "效益指标", "社会效益指标", "县域内就诊率", "≥90%"],
        [None, "质量指标", "门诊病历书写合格率", "≥95%",
         None, "可持续影响指标", "医共体转诊机制", "健全"],
        ["成本指标", "经济成本指标", "人均进修补助标准", "≤3000元/人",
         "满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"],
    ]  # fmt: skip
    found = found_at(save_sheet(tmp_path / "h.xlsx", rows, ("A6:A7", "E6:E7")))
    assert not [f for f in found if f[1] == "error" or f[0] == "F105"], found
    assert not [f for f in found if f[0] == "F106"], found  # every tier-1 read, on both halves
