"""Round 75's and 76's held-out returns (holdout230–235), in shapes of their own: directions of
public health, greening, justice and culture indicators (漏种率, 病死率, 脱管率 反向; 接种率,
规范管理率, 成活率, 结案率, 上线时长 正向), a tier's score column headed 一级分值, a rate per 10万
doses (≤0.5/10万剂次), and a subsidy per dose against the doses it pays for. Every workbook is
invented and built here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from goalbook.model import TargetKind
from goalbook.targets import parse_target
from tests.returns import found_at, save_sheet

_TIERS = ["一级指标", "二级指标", "三级指标", "指标值"]
_SATISFIED = ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]


@pytest.mark.parametrize(
    ("name", "value", "wrong"),
    [
        ("免疫规划疫苗漏种率", "≥3%", True),
        ("重症病例病死率", "≥1%", True),
        ("适龄儿童免疫规划疫苗接种率", "小于等于95%", True),
        ("高血压患者规范管理率", "≤65%", True),
        ("补植苗木成活率", "≤90%", True),
        ("补植苗木成活率", "≥90%", False),
        ("农药残留超标检出率", "≤2%", False),
    ],
)
def test_directions_of_round_75(tmp_path: Path, name: str, value: str, wrong: bool) -> None:
    rows = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "基本公共卫生服务"],
        ["项目资金（万元）", "年度资金总额", 300, "其中：财政拨款", 300],
        _TIERS,
        ["产出指标", "数量指标", "开展专项督导", "≥12次"],
        [None, "质量指标", name, value],
        _SATISFIED,
    ]
    found = found_at(save_sheet(tmp_path / "d.xlsx", rows))
    assert (("T108", "warning", "D6") in found) is wrong, found


def _scored(first: int) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "职业技能培训"],
        ["项目资金（万元）", "年度资金总额", 300, "其中：财政拨款", 300],
        ["一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值"],
        ["产出指标", 50, "数量指标", "职业技能培训人数", "≥2000人", first],
        [None, None, "质量指标", "培训后取证率", "≥70%", 20],
        ["效益指标", 40, "社会效益指标", "培训后就业率", "≥60%", 40],
        ["满意度指标", 10, "服务对象满意度指标", "参训人员满意度", "≥90%", 10],
    ]


def test_a_tier_score_column_headed_without_its_tier_word(tmp_path: Path) -> None:
    right = found_at(save_sheet(tmp_path / "r.xlsx", _scored(30)))
    assert not [f for f in right if f[0].startswith("W")], right
    off = found_at(save_sheet(tmp_path / "o.xlsx", _scored(25)))
    assert ("W103", "error", "B5") in off, off


def test_a_rate_per_ten_thousand_doses() -> None:
    t = parse_target("≤0.5/10万剂次")
    assert t.kind is TargetKind.QUANT and t.unit == "/10万剂次", t


def test_a_subsidy_per_dose_against_the_doses(tmp_path: Path) -> None:
    rows = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "国家免疫规划接种服务"],
        [
            "项目期",
            "1年",
            "计划开始日期",
            dt.date(2026, 1, 1),
            "计划完成日期",
            dt.date(2026, 12, 31),
        ],
        ["项目资金（万元）", "年度资金总额", 320, "其中：财政拨款", 320],
        _TIERS,
        ["产出指标", "数量指标", "国家免疫规划疫苗接种剂次", "≥30万剂次"],
        ["成本指标", "经济成本指标", "每剂次接种服务补助标准", "≤12元/剂次"],
        _SATISFIED,
    ]
    found = found_at(save_sheet(tmp_path / "s.xlsx", rows))
    assert ("B107", "warning", "D7") in found, found


# Round 76 (holdout233–235): directions of justice and culture indicators.


@pytest.mark.parametrize(
    ("name", "value", "code", "wrong"),
    [
        ("社区矫正对象脱管率", "=0%", "T107", False),
        ("社区矫正对象脱管漏管率", "≥1%", "T108", True),
        ("法律援助案件结案率", "不高于95%", "T108", True),
        ("数字文化资源上线时长", "≥2000小时", "T108", False),
    ],
)
def test_directions_of_round_76(
    tmp_path: Path, name: str, value: str, code: str, wrong: bool
) -> None:
    rows = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "社区矫正与法律援助"],
        ["项目资金（万元）", "年度资金总额", 300, "其中：财政拨款", 300],
        _TIERS,
        ["产出指标", "数量指标", "开展专项督导", "≥12次"],
        [None, "质量指标", name, value],
        _SATISFIED,
    ]
    found = found_at(save_sheet(tmp_path / "j.xlsx", rows))
    assert ((code, "warning", "D6") in found) is wrong, found
