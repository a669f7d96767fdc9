"""A budget line whose 测算依据 is a product (2600人×5元/人·天×200天) that differs from its
amount is B101 at the amount; an approximate basis (约3.3万元/场×3场), one in words, or one
that agrees to the amount's last digit is not. Tasks of a 部门整体 table that add up to the
项目支出 of a 支出结构 list beside the sources (资金构成 │ 金额 │ 占比 │ 支出结构 │ 金额 │ 占比) are
no B102 against the whole budget. Every workbook is invented and built here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from goalbook.rules.basis import basis_product
from tests.returns import found_at, save_sheet

_INDICATORS: list[list[Any]] = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "受助学生人数", "≥2600人"],
    ["满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"],
]


def _project(basis: str, amount: float) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "学生营养膳食补助", None, "主管部门", "青川县教育局"],
        ["项目资金（万元）", "年度资金总额", 300, "其中：财政拨款", 300],
        ["序号", "支出内容", "测算依据", "金额（万元）"],
        [1, "学生营养膳食补助", basis, amount],
        [2, "食堂设备购置", "按实际采购价格", 300 - amount],
        ["合计", None, None, 300],
        *_INDICATORS,
    ]


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("2600人×5元/人·天×200天", 2_600_000),
        ("50人×2000元/人", 100_000),
        ("4场×2.75万元/场", 110_000),
        ("20所×1万元/所=20万元", 200_000),
        ("约3.3万元/场×3场", None),
        ("按近三年平均维护费用测算", None),
        ("50人×2000元/人+场地租金", None),
        ("12个月×2次/月", None),
        ("1860万元×10%", 1_860_000),
        ("15,000,000元×8%", 1_200_000),
        ("2,400元/人 × 500人", 1_200_000),
        ("80万元×5‰", 4_000),
    ],
)
def test_a_basis_worked_out(text: str, product: int | None) -> None:
    assert basis_product(text) == product


def test_a_line_against_its_basis(tmp_path: Path) -> None:
    off = found_at(save_sheet(tmp_path / "o.xlsx", _project("2600人×5元/人·天×200天", 280)))
    assert ("B101", "error", "D5") in off, off
    right = found_at(save_sheet(tmp_path / "r.xlsx", _project("2600人×5元/人·天×200天", 260)))
    assert not [f for f in right if f[0].startswith("B")], right
    rough = found_at(save_sheet(tmp_path / "a.xlsx", _project("约2600人×5元×200天", 280)))
    assert not [f for f in rough if f[0].startswith("B")], rough


def _department(project_spend: float) -> list[list[Any]]:
    return [
        ["2026年度部门整体支出绩效目标表"],
        ["部门（单位）名称", "青川县文化馆", "部门预算编码", "318006"],
        ["资金构成", "金额（万元）", "占比", "支出结构", "金额（万元）", "占比"],
        ["资金总额", 2400, "100%", "人员经费", 1165, "48.5%"],
        ["其中：财政拨款", 2160, "90%", "公用经费", 325, "13.5%"],
        ["其他资金", 240, "10%", "项目支出", project_spend, "37.9%"],
        [None, None, None, "支出合计", 2400, "99.9%"],
        ["年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）"],
        [None, "群众文化活动", "广场文艺、节庆展演", 530],
        [None, "公益文艺培训", "舞蹈、声乐公益培训班", 380],
        [None, "金额合计", None, 910],
        *_INDICATORS,
    ]


def test_tasks_against_the_spending_list_beside_the_sources(tmp_path: Path) -> None:
    right = found_at(save_sheet(tmp_path / "d.xlsx", _department(910)))
    assert not [f for f in right if f[0] == "B102"], right


def _standard(name: str, standard: str, count: str, count_value: str) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "改造提升补助", None, "主管部门", "白沙河区林业局"],
        ["项目资金（万元）", "年度资金总额", 200, "其中：财政拨款", 200],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", count, count_value],
        ["成本指标", "经济成本指标", name, standard],
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
    ]


@pytest.mark.parametrize(
    ("name", "standard", "count", "value"),
    [
        # a cap per 亩 whose subject (改造) only the one area's name holds
        ("亩均改造补助标准", "≤800元/亩", "改造低产油茶林面积", "≥3000亩"),
        # a school's running money per student is paid out, not a cost capped
        ("学前教育生均公用经费标准", "≤1000元/生·年", "公办幼儿园在园幼儿数", "≥2500人"),
    ],
)
def test_a_standard_paid_out_above_the_money(
    tmp_path: Path, name: str, standard: str, count: str, value: str
) -> None:
    found = found_at(save_sheet(tmp_path / "s.xlsx", _standard(name, standard, count, value)))
    assert ("B107", "warning", "D6") in found, found
    low = value.replace("3000", "2000").replace("2500", "1500")
    fits = found_at(save_sheet(tmp_path / "f.xlsx", _standard(name, standard, count, low)))
    assert not [f for f in fits if f[0] == "B107"], fits


def test_a_procurement_list_priced_in_columns(tmp_path: Path) -> None:
    """品目 │ 数量 │ 单价（万元） │ 金额（万元）: a line whose 数量 × 单价 differs from its
    amount is B101 at the amount (6 × 3.8 = 22.8, not 24.8)."""

    def rows(amount: float) -> list[list[Any]]:
        return [
            ["2026年度项目支出绩效目标申报表"],
            ["项目名称", "中医诊疗设备购置", None, "主管部门", "青岚市卫生健康委员会"],
            ["项目资金（万元）", "年度资金总额", 44.8 + amount - 22.8],
            ["购置明细", "品目", "数量", "单价（万元）", "金额（万元）"],
            [None, "中药煎药机", 4, 5.5, 22],
            [None, "中医体质辨识仪", 6, 3.8, amount],
            ["合计", None, None, None, 44.8 + amount - 22.8],
            *_INDICATORS,
        ]

    off = found_at(save_sheet(tmp_path / "o.xlsx", rows(24.8)))
    assert ("B101", "error", "E6") in off, off
    right = found_at(save_sheet(tmp_path / "r.xlsx", rows(22.8)))
    assert not [f for f in right if f[0] == "B101"], right


def test_a_subsidy_list_priced_per_machine(tmp_path: Path) -> None:
    """机具品目 │ 补贴数量（台） │ 单台补贴额（万元） │ 补贴资金（万元）: 60 × 1.2 = 72, not 78."""
    rows: list[list[Any]] = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "农机购置与应用补贴", None, "主管部门", "临溪县农业农村局"],
        ["项目资金（万元）", "年度资金总额", 318],
        ["序号", "机具品目", "补贴数量（台）", "单台补贴额（万元）", "补贴资金（万元）"],
        [1, "拖拉机", 80, 3, 240],
        [2, "植保无人驾驶航空器", 60, 1.2, 78],
        ["合计", None, None, None, 318],
        *_INDICATORS,
    ]
    found = found_at(save_sheet(tmp_path / "m.xlsx", rows))
    assert ("B101", "error", "E6") in found, found
