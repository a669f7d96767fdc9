"""Round 71's held-out returns (holdout218–220), in shapes of their own: a block whose title
row states its own unit (分县资金分配表（单位：元）, 资金测算（单位：元）) under a head in 万元, a
小计 column that is each county's whole, 市县安排 among the sources, a name wrapped inside its
brackets, two wholes side by side with their sources under each (项目总投资 │ 2026年度计划投资),
a count said for each one (每个示范点), a count of a satisfaction survey's forms. Every
workbook is invented and built here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.returns import found_at, save_sheet

_TIERS = ["一级指标", "二级指标", "三级指标", "指标值"]
_SATISFIED = ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]


def _regional(local: float, county_total: int) -> list[list[Any]]:
    return [
        ["2026年度中央对地方转移支付区域绩效目标表"],
        ["转移支付（项目）名称", "衔接推进乡村振兴补助资金"],
        ["资金情况（万元）", "年度金额：", 1248],
        [None, "其中：中央补助", 873.6],
        [None, "省级补助", 250],
        [None, "市县安排", local],
        ["分县（市、区）资金分配表（单位：元）"],
        ["县（市、区）", "中央补助", "地方资金", "小计"],
        ["龙溪区", 4_368_000, 1_872_000, 6_240_000],
        ["白石县", 4_368_000, 1_872_000, 6_240_000],
        ["合计", 8_736_000, 3_744_000, county_total],
        _TIERS,
        ["产出指标", "数量指标", "支持产业项目", "≥32个"],
        _SATISFIED,
    ]


def test_a_block_in_its_own_unit(tmp_path: Path) -> None:
    right = found_at(save_sheet(tmp_path / "r.xlsx", _regional(124.4, 12_480_000)))
    assert not [f for f in right if f[0].startswith("B")], right
    sources = found_at(save_sheet(tmp_path / "s.xlsx", _regional(100, 12_480_000)))
    assert ("B101", "error", "C3") in sources, sources
    counties = found_at(save_sheet(tmp_path / "c.xlsx", _regional(124.4, 12_000_000)))
    assert ("B101", "warning", "D11") in counties, counties


def _measured(second: int) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "蔬菜基地提升"],
        ["项目资金（万元）", "年度资金总额", 86, "其中：财政拨款", 86],
        ["资金测算（单位：元）"],
        ["支出内容", "数量", "单价", "金额"],
        ["钢架大棚建设", "40个", 18000, 720000],
        ["水肥一体化滴灌", "1套", 140000, second],
        ["合计", None, None, 860000],
        _TIERS,
        ["产出指标", "数量指标", "新建钢架大棚", "≥40个"],
        _SATISFIED,
    ]


def test_lines_in_their_title_unit(tmp_path: Path) -> None:
    right = found_at(save_sheet(tmp_path / "m.xlsx", _measured(140000)))
    assert not [f for f in right if f[0].startswith("B")], right
    off = found_at(save_sheet(tmp_path / "o.xlsx", _measured(150000)))
    assert [f for f in off if f[0] in ("B101", "B102")], off


def _investment(annual: int) -> list[list[Any]]:
    return [
        ["2026年中央预算内投资计划项目绩效目标表"],
        ["项目名称", "农产品产地冷藏保鲜设施建设"],
        ["投资构成（万元）", "项目总投资", 9600, "2026年度计划投资", annual],
        [None, "其中：中央预算内投资", 4800, "其中：中央预算内投资", 3000],
        [None, "地方财政资金", 2400, "地方财政资金", 1200],
        [None, "企业自筹", 2400, "企业自筹", annual - 4200],
        _TIERS,
        ["产出指标", "数量指标", "新建冷藏保鲜库容", "≥3.2万吨"],
        _SATISFIED,
    ]


def test_two_wholes_with_their_sources_under_each(tmp_path: Path) -> None:
    right = found_at(save_sheet(tmp_path / "i.xlsx", _investment(5200)))
    assert not [f for f in right if f[0].startswith("B")], right
    above = found_at(save_sheet(tmp_path / "a.xlsx", _investment(9800)))
    assert [f for f in above if f[0] == "B103"], above


def test_a_name_wrapped_inside_its_brackets(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "稳岗就业帮扶"],
        _TIERS,
        ["产出指标", "数量指标", "脱贫劳动力务工就业规模（含县内就业", "≥36000人"],
        [None, None, "和省外务工）", None],
        [None, None, "享受小额信贷贴息脱贫户", "≥2800户"],
        _SATISFIED,
    ]
    found = found_at(save_sheet(tmp_path / "w.xlsx", rows, ("A4:A6", "B4:B6")))
    assert not [f for f in found if f[0] in ("T101", "F110")], found


@pytest.mark.parametrize(("each", "flagged"), [("每个示范点带动", False), ("示范点共带动", True)])
def test_a_count_for_each_one(tmp_path: Path, each: str, flagged: bool) -> None:
    rows: list[list[Any]] = [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "柑橘示范园建设"],
        ["年度绩效目标", f"2026年建成柑橘标准化示范点3个，{each}农户不少于200户。"],
        _TIERS,
        ["产出指标", "数量指标", "建成柑橘标准化示范点", "≥3个"],
        ["效益指标", "社会效益指标", "示范点带动农户总数", "≥600户"],
        _SATISFIED,
    ]
    found = found_at(save_sheet(tmp_path / "e.xlsx", rows))
    assert bool([f for f in found if f[0] == "D104"]) is flagged, found


def test_a_count_of_survey_forms(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "柑橘示范园建设"],
        _TIERS,
        ["产出指标", "数量指标", "满意度调查有效问卷数", "≥300份"],
        _SATISFIED,
    ]
    found = found_at(save_sheet(tmp_path / "q.xlsx", rows))
    assert not [f for f in found if f[0] in ("T105", "F201")], found


def test_sources_in_a_grid_beside_their_part(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "重大动物疫病强制免疫"],
        ["项目资金（万元）", "年度资金总额", 486.5, "其中：财政拨款", 486.5],
        [None, "其中：中央补助", 220, "省级补助", 96.5],
        [None, "县级配套", 170, "其他资金", 0],
        _TIERS,
        ["产出指标", "数量指标", "强制免疫畜禽", "≥120万头"],
        _SATISFIED,
    ]
    found = found_at(save_sheet(tmp_path / "g.xlsx", rows, ("A3:A5",)))
    assert not [f for f in found if f[0].startswith("B")], found
