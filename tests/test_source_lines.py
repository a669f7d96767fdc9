"""A whole's sources as offices lay them out under it: one per line (年度金额, then 其中：中央补助,
省级资金, 市县资金, indented), or in a grid of label │ amount pairs whose names the layout does
not know (其中：中央衔接资金 │ 县级衔接资金 │ 自筹资金). Sources that add up draw no B101; a line
that does not add up still does. Every workbook is invented and built here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from goalbook.check import CheckOptions, check_file

_TABLE: list[list[Any]] = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "签约服务重点人群", "≥12万人"],
    ["效益指标", "社会效益指标", "居民健康素养水平", "≥30%"],
    ["满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%"],
]


def _write(path: Path, money: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in [["2026年度项目支出绩效目标表"], ["项目名称", "家庭医生签约服务补助"], *money,
                ["年度绩效目标", "签约服务重点人群12万人。"], *_TABLE]:  # fmt: skip
        ws.append(row)
    wb.save(path)
    return path


def _b101(path: Path) -> list[str]:
    result, _ = check_file(path, CheckOptions())
    return [f.message for f in result.findings if f.code == "B101"]


def _lines(third: int) -> list[list[Any]]:
    return [
        ["资金情况（万元）", "年度金额：", 8640],
        [None, "其中：中央补助", 6100],
        [None, "\u3000\u3000省级资金", 1240],
        [None, "\u3000\u3000市县资金", third],
    ]


def test_sources_one_per_line_add_up(tmp_path: Path) -> None:
    assert _b101(_write(tmp_path / "r.xlsx", _lines(1300))) == []


def test_sources_one_per_line_that_do_not_add_up_are_found(tmp_path: Path) -> None:
    found = _b101(_write(tmp_path / "r.xlsx", _lines(1000)))
    assert len(found) == 1 and "省级资金" in found[0] and "市县资金" in found[0]


@pytest.mark.parametrize(
    "money",
    [
        [["项目资金（万元）", "年度资金总额", 180, "其中：中央衔接资金", 150],
         [None, "县级衔接资金", 30, "其他资金", 0]],
        [["项目资金（万元）", "年度资金总额", 300, "其中：中央衔接资金", 200],
         [None, "省级衔接资金", 40, "县级衔接资金", 20], [None, "自筹资金", 40]],
    ],
)  # fmt: skip
def test_a_grid_of_sources_the_layout_does_not_know_draws_no_error(
    tmp_path: Path, money: list[list[Any]]
) -> None:
    assert _b101(_write(tmp_path / "r.xlsx", money)) == []


def test_a_project_total_named_xiangmu_zongjine_is_the_total(tmp_path: Path) -> None:
    """项目总金额 │ 1205.337 6 (a split number) │ 其中：财政拨款 │ … is the total and its parts."""
    money = [
        ["项目总金额", "1205.337 6", "其中：财政拨款", 1085.3376],
        [None, None, "其他资金", 120],
    ]
    result, _ = check_file(_write(tmp_path / "r.xlsx", money), CheckOptions())
    assert "X105" in {f.code for f in result.findings}
    wrong = [["项目总金额", 1300, "其中：财政拨款", 1085.3376], [None, None, "其他资金", 120]]
    assert _b101(_write(tmp_path / "w.xlsx", wrong))


@pytest.mark.parametrize("prior", ["上年预算数", "上年执行数", "上年度预算", "去年实际支出"])
def test_last_years_figures_under_the_sources_are_no_source(tmp_path: Path, prior: str) -> None:
    """实施期资金总额 │ 170, 其中：财政拨款 │ 170, 其他资金 │ 0, then 上年预算数 │ 200: last
    year's figure, not a third part of the whole (a false B101 before)."""
    money = [
        ["项目资金（万元）", "实施期资金总额", 170, "年度资金总额", 170],
        [None, "其中：财政拨款", 170, "其中：财政拨款", 170],
        [None, "其他资金", 0, "其他资金", 0],
        [None, prior, 200, "上年执行数", 196],
    ]
    assert _b101(_write(tmp_path / "r.xlsx", money)) == []


def test_last_years_carry_over_is_still_a_source(tmp_path: Path) -> None:
    money = [
        ["资金情况（万元）", "年度金额：", 8640],
        [None, "其中：中央补助", 6100],
        [None, "\u3000\u3000省级资金", 1240],
        [None, "\u3000\u3000上年结转", 1000],
    ]
    found = _b101(_write(tmp_path / "r.xlsx", money))
    assert len(found) == 1 and "上年结转" in found[0]
