"""Round 83's held-out returns (holdout254–256), in shapes of their own: rates of inspection and
case durations against their operators, complaints taken in (no harm), units in 台（套）, a
name in 百分点 over a value in %, a block of last year's 预算数 and 执行数 under its title, a
list of sources with their shares and no 合计, and a standard per 村 beside an income per 村.
Every workbook is invented and built here."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from tests.returns import TIER_HEAD, found_at, official_table, period_row, save_sheet

_SATISFIED = ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]


def _table(
    rows: list[list[Any]], money: float, blocks: Sequence[list[Any]] = ()
) -> list[list[Any]]:
    above = [
        period_row(),
        ["项目资金（万元）", "年度资金总额", money, "其中：财政拨款", money],
        ["年度绩效目标", "2026年完成市场监管各项任务。"],
        *blocks,
    ]
    return official_table("市场监管综合保障项目", rows, above=above, below=[_SATISFIED])


@pytest.mark.parametrize(
    ("name", "value", "flagged"),
    [
        ("在用特种设备定期检验率", "≤98%", True),  # 正向 with ≤
        ("专利纠纷案件平均办案周期", "≥90天", True),  # 反向 with ≥
        ("受理消费者投诉件数", "≥2800件", False),  # complaints taken in: work done
        ("企业直接处理投诉件数", "≥3000件", False),
        ("消费者投诉件数", "≥2800件", True),  # complaints made: less is better
    ],
)
def test_directions_of_inspections_durations_and_complaints(
    tmp_path: Path, name: str, value: str, flagged: bool
) -> None:
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "监督抽查在用电梯台数", "≥900台"],
        [None, "质量指标", name, value],
        ["成本指标", "经济成本指标", "单台电梯抽查成本", "≤600元/台"],
        ["效益指标", "社会效益指标", "特种设备安全事故起数", "≤0起"],
    ]
    found = found_at(save_sheet(tmp_path / "d.xlsx", _table(rows, 60)))
    assert (("T108", "warning", "D8") in found) is flagged, found


def test_a_standard_per_set_of_instruments(tmp_path: Path) -> None:
    """台（套） in a unit column is one 台套: 3万元/台（套） × 150 = 450万 > 320万 (B107)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "纳入开放共享的大型科研仪器", "≥150", "台（套）"],
        [None, "质量指标", "仪器设备完好率", "≥95%", "%"],
        ["成本指标", "经济成本指标", "单台（套）仪器开放共享补贴", "≤3", "万元/台（套）"],
        ["效益指标", "社会效益指标", "服务企业及科研机构数", "≥400", "家"],
    ]
    table = _table(rows, 320)
    table[5] = [*TIER_HEAD, "计量单位"]
    found = found_at(save_sheet(tmp_path / "s.xlsx", table))
    assert ("B107", "warning", "D9") in found, found


def test_a_name_in_points_over_a_value_in_percent(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "迁移上云业务系统数", "≥25个"],
        [None, "质量指标", "云平台可用率", "≥99.9%"],
        ["成本指标", "经济成本指标", "单个系统迁移费用", "≤8万元/个"],
        ["效益指标", "社会效益指标", "政务数据共享率提高百分点", "≥5%"],
    ]
    found = found_at(save_sheet(tmp_path / "p.xlsx", _table(rows, 200)))
    assert ("T119", "warning", "D10") in found, found


_ROWS: list[list[Any]] = [
    ["产出指标", "数量指标", "补贴购置农机具", "≥2000台"],
    [None, "质量指标", "补贴机具核验合格率", "≥98%"],
    ["成本指标", "经济成本指标", "单台平均补贴额", "≤1.2万元/台"],
    ["效益指标", "经济效益指标", "农作物耕种收综合机械化率", "≥84%"],
]


@pytest.mark.parametrize(("spent", "share", "expected"), [
    (2263.5, "25%", {("B104", "D10"), ("B111", "D8")}),
    (2150, "20.83%", set()),
])  # fmt: skip
def test_last_years_block_and_a_list_of_sources_with_shares(
    tmp_path: Path, spent: float, share: str, expected: set[tuple[str, str]]
) -> None:
    """资金来源 │ 金额 │ 占比 without a 合计: the shares are of the year's money the sources add
    up to (500 ÷ 2400 is 20.83%, not 25%: B111); 上年度资金执行情况 │ 年度 │ 预算数（万元） │
    执行数（万元）: last year spent above its budget (B104)."""
    blocks: list[list[Any]] = [
        ["资金来源构成", "资金来源", "金额（万元）", "占比"],
        [None, "中央农机购置补贴资金", 1900, "79.17%"],
        [None, "省级农机补贴资金", 500, share],
        ["上年度资金执行情况", "年度", "预算数（万元）", "执行数（万元）"],
        [None, "2025年", 2200, spent],
    ]
    found = found_at(save_sheet(tmp_path / "b.xlsx", _table(_ROWS, 2400, blocks)))
    assert {(code, at) for code, _s, at in found if code in {"B104", "B111"}} == expected


def test_a_standard_per_village_beside_an_income_per_village(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "扶持村数量", "≥16个"],
        ["成本指标", "经济成本指标", "每村扶持资金", "≤45万元/村"],
        ["效益指标", "经济效益指标", "扶持村集体经营性收入", "≥10万元/村"],
    ]
    found = found_at(save_sheet(tmp_path / "v.xlsx", _table(rows, 680)))
    assert ("B107", "warning", "D8") in found, found
