"""Round 80's held-out returns (holdout245–247), in shapes of their own: two projects stacked
with headers of their own (the second without the first's 比较符 and 计量单位 columns), a
guarantee fund's 代偿率, a count of enterprises given in %, a share of houses checked under
数量指标, and a goal's count of 套 against a name ending in 套数. Every workbook is invented and
built here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tests.returns import found_at, save_sheet

_TIERS = ["一级指标", "二级指标", "三级指标", "指标值"]
_SATISFIED = ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]


def _head(name: str, money: int) -> list[list[Any]]:
    return [
        ["项目名称", name],
        [
            "项目期",
            "1年",
            "计划开始日期",
            dt.date(2026, 1, 1),
            "计划完成日期",
            dt.date(2026, 12, 31),
        ],
        ["项目资金（万元）", "年度资金总额", money, "其中：财政拨款", money],
    ]


def test_a_stacked_projects_own_narrower_header(tmp_path: Path) -> None:
    """The second project's header (4 columns) is its own: its rows are read in its columns,
    not the first's (比较符 │ 指标值 │ 计量单位), and no row is said to be shifted."""
    rows = [
        ["2026年度项目支出绩效目标申报表"],
        *_head("青年人才租房补贴", 360),
        ["一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"],
        ["产出指标", "数量指标", "发放租房补贴人数", "≥", 600, "人"],
        ["效益指标", "社会效益指标", "青年人才留用率", "≥", 85, "%"],
        ["满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥", 90, "%"],
        [],
        *_head("科技创新券后补助", 300),
        _TIERS,
        ["产出指标", "数量指标", "兑付科技创新券企业", "≥50家"],
        ["效益指标", "经济效益指标", "带动企业研发投入", "≥1000万元"],
        _SATISFIED,
    ]
    found = found_at(save_sheet(tmp_path / "s.xlsx", rows))
    assert not any(code == "S101" for code, _s, _c in found), found


@pytest.mark.parametrize(
    ("tier2", "name", "value", "flagged"),
    [
        ("质量指标", "中小企业融资担保代偿率", "≥3%", "T108"),
        ("质量指标", "中小企业融资担保代偿率", "≤3%", None),
        ("数量指标", "新增有进出口实绩企业数", "≥30%", "T120"),
        ("数量指标", "房源质量安全抽查比例", "≥20%", None),
        ("质量指标", "房源质量安全抽查比例", "≥20%", None),
    ],
)
def test_indicators_of_round_80(
    tmp_path: Path, tier2: str, name: str, value: str, flagged: str | None
) -> None:
    rows = [
        ["2026年度项目支出绩效目标申报表"],
        *_head("中小企业发展专项", 300),
        _TIERS,
        ["产出指标", "数量指标", "支持企业家数", "≥140家"],
        [None, tier2, name, value],
        ["效益指标", "经济效益指标", "带动企业研发投入", "≥1000万元"],
        _SATISFIED,
    ]
    found = {
        c for c, _s, at in found_at(save_sheet(tmp_path / "v.xlsx", rows)) if at in ("C7", "D7")
    }
    assert found == ({flagged} if flagged else set()), found


@pytest.mark.parametrize(("said", "off"), [("600套", True), ("500套", False)])
def test_a_goals_count_of_flats_against_a_name_in_tao(tmp_path: Path, said: str, off: bool) -> None:
    rows = [
        ["2026年度项目支出绩效目标申报表"],
        *_head("保障性租赁住房筹集", 1200),
        ["年度绩效目标", f"2026年新筹集保障性租赁住房{said}，房源配租率不低于90%。"],
        _TIERS,
        ["产出指标", "数量指标", "新筹集保障性租赁住房套数", "≥500套"],
        ["效益指标", "社会效益指标", "房源配租率", "≥90%"],
        _SATISFIED,
    ]
    found = found_at(save_sheet(tmp_path / "g.xlsx", rows))
    assert (("D104", "warning", "D7") in found) is off, found
