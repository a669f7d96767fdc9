"""Session 62 (holdout592 ed07 and rounds 186–187, holdout593–595): each test fails without
its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import SPLIT_HEAD, coded, found_at, official_table, period_row, save_sheet

_ROWS: list[list[Any]] = [
    ["产出指标", "数量指标", "新建冷库", "≥", 2, "座"],
    ["满意度指标", "服务对象满意度指标", "商户满意度", "≥", "90", "%"],
]


def _carried_over(path: Path, carried: int) -> list[tuple[str, str, str]]:
    """年度资金总额 300 │ 当年财政拨款 200 / 上年结转 carried │ 其他资金 40."""
    above = [
        period_row(),
        ["项目资金（万元）", "年度资金总额", 300, "当年财政拨款", 200],
        [None, "上年结转", carried, "其他资金", 40],
        ["年度绩效目标", "新建冷库2座。"],
    ]
    rows = official_table("冷库建设", _ROWS, above=above, head=SPLIT_HEAD)
    return found_at(save_sheet(path, rows))


def test_money_carried_over_beside_the_years_parts_makes_up_its_whole(tmp_path: Path) -> None:
    """300 = 200 当年 + 60 上年结转 + 40 其他: no B101 (it was a warning); 50 carried over
    leaves 10 unaccounted for, still a warning at the whole."""
    assert coded(_carried_over(tmp_path / "a.xlsx", 60), "B101") == []
    assert coded(_carried_over(tmp_path / "b.xlsx", 50), "B101") == [("warning", "C4")]
