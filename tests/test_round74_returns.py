"""Round 74's held-out returns (holdout227–229), in shapes of their own: a summary's share
column right of a whole's parts (资金总额 │ 其中：财政拨款 │ 其他资金 │ 占比), a line typed 100
times over (1.60 as 160), a 考核标准 column that holds the targets, a 测算依据 that says more
than its product (…=15万元，设计排版3.6万元), a 冒领率, and an allowance in tiers (80—89周岁 │
90周岁及以上) over one count of people. Every workbook is invented and built here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from goalbook.rules.basis import basis_product
from tests.returns import found_at, save_sheet

_TIERS = ["一级指标", "二级指标", "三级指标", "指标值"]
_SATISFIED = ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]


def _summary(share: int) -> list[list[Any]]:
    return [
        ["某县住房和城乡建设局2026年度项目支出绩效目标汇总表"],
        ["序号", "项目名称", "项目期", "资金总额", "其中：财政拨款", "其他资金", "占比"],
        [1, "城区公园绿地养护", "1年", 96, 96, 0, f"{share}%"],
        [2, "燃气管道改造", "1年", 64, 40, 24, f"{100 - share}%"],
        ["合计", None, None, 160, 136, 24, "100%"],
        ["项目名称", "城区公园绿地养护"],
        ["项目资金（万元）", "年度资金总额", 96, "其中：财政拨款", 96],
        _TIERS,
        ["产出指标", "数量指标", "养护绿地面积", "≥120万平方米"],
        _SATISFIED,
    ]


def test_a_share_right_of_a_wholes_parts_is_the_wholes(tmp_path: Path) -> None:
    right = found_at(save_sheet(tmp_path / "r.xlsx", _summary(60)))
    assert not [f for f in right if f[0] == "B111"], right
    off = found_at(save_sheet(tmp_path / "o.xlsx", _summary(70)))
    assert ("B111", "error", "G3") in off, off


def _study(second: float) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "重大课题研究"],
        ["项目资金（万元）", "年度资金总额", 35.8, "其中：财政拨款", 35.8],
        ["支出明细", "金额（万元）"],
        ["课题调研费", 24.2],
        ["专家咨询费", second],
        ["成果印制费", 10],
        ["合计", 35.8],
        _TIERS,
        ["产出指标", "数量指标", "形成研究报告", "≥3篇"],
        _SATISFIED,
    ]


def test_a_line_with_its_decimal_point_lost(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "s.xlsx", _study(160)))
    assert ("B110", "error", "B6") in found, found
    right = found_at(save_sheet(tmp_path / "r.xlsx", _study(1.6)))
    assert not [f for f in right if f[0].startswith("B")], right


def test_a_standard_column_holding_the_targets(tmp_path: Path) -> None:
    rows = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "政务公开业务培训"],
        ["项目资金（万元）", "年度资金总额", 18, "其中：财政拨款", 18],
        ["一级指标", "二级指标", "绩效指标内容", "考核标准"],
        ["产出指标", "数量指标", "举办专题培训期数", "≥4期"],
        [None, "质量指标", "培训考核合格率", "1200人次"],
        [None, "时效指标", "培训完成时间", "2026年10月31日前"],
        _SATISFIED,
    ]
    found = found_at(save_sheet(tmp_path / "k.xlsx", rows))
    assert ("T105", "error", "D6") in found, found
    assert not [f for f in found if f[0] in ("S010", "S013")], found


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("1500册×100元/册=15万元，设计排版3.6万元", None),
        ("3000册×30元/册=9万元", 90_000),
        ("400人次×1天×450元=18万元。", 180_000),
    ],
)
def test_a_basis_that_says_more_than_its_product(text: str, product: int | None) -> None:
    assert basis_product(text) == product


def _allowance(count: int, money: float) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "高龄津贴"],
        [
            "项目期",
            "1年",
            "计划开始日期",
            dt.date(2026, 1, 1),
            "计划完成日期",
            dt.date(2026, 12, 31),
        ],
        ["项目资金（万元）", "年度资金总额", money, "其中：财政拨款", money],
        ["年度绩效目标", "为80周岁及以上老人按月发放高龄津贴。"],
        _TIERS,
        ["产出指标", "数量指标", "高龄津贴发放人数", f"≥{count}人"],
        [None, "质量指标", "津贴冒领率", "≥0.1%"],
        ["成本指标", "经济成本指标", "80—89周岁津贴标准", "≤120元/人·月"],
        [None, None, "90周岁及以上津贴标准", "≤260元/人·月"],
        _SATISFIED,
    ]


def test_an_allowance_in_tiers_over_one_count(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "t.xlsx", _allowance(5800, 952.8)))
    assert not [f for f in found if f[0] == "B107"], found  # (120 × 5800 × 12 fits)
    assert ("T108", "warning", "D8") in found, found  # (a 冒领率 is 反向)
    over = found_at(save_sheet(tmp_path / "o.xlsx", _allowance(8000, 952.8)))
    assert [f for f in over if f[0] == "B107"], over  # (120 × 8000 × 12 does not)


def test_two_allowances_are_no_tiers_of_one(tmp_path: Path) -> None:
    rows = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "困难残疾人生活补贴和重度残疾人护理补贴"],
        [
            "项目期",
            "1年",
            "计划开始日期",
            dt.date(2026, 1, 1),
            "计划完成日期",
            dt.date(2026, 12, 31),
        ],
        ["项目资金（万元）", "年度资金总额", 420, "其中：财政拨款", 420],
        ["年度绩效目标", "落实两项补贴，做到应补尽补、按月足额发放。"],
        _TIERS,
        ["产出指标", "数量指标", "困难残疾人生活补贴发放人数", "≥2150人"],
        [None, None, "重度残疾人护理补贴发放人数", "≥3900人"],
        ["成本指标", "经济成本指标", "困难残疾人生活补贴标准", "≤80元/人·月"],
        [None, None, "重度残疾人护理补贴标准", "≤100元/人·月"],
        _SATISFIED,
    ]
    found = found_at(save_sheet(tmp_path / "a.xlsx", rows))
    assert ("B107", "warning", "D10") in found, found  # (100 × 3900 × 12 = 468万 > 420万)
