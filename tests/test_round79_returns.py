"""Round 79's held-out returns (holdout242–244), in shapes of their own: accident and fire
rates per 万车公里 and per 10万公顷, a count said to fall against a named year (较2025年下降), a
water's transparency in 厘米 the same in both columns, a station built given in %, and a rate
whose name says ‰ beside a % unit column. Every workbook is invented and built here."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.returns import found_at, save_sheet

_SATISFIED = ["满意度指标", "服务对象满意度指标", "群众满意度", "%", "≥90"]


@pytest.mark.parametrize(
    ("name", "value", "unit", "flagged"),
    [
        ("公交车辆万车公里责任事故率", "≤0.05", "次/万车公里", None),
        ("森林火灾发生率", "≤1.2", "次/10万公顷", None),
        ("隐患路段亡人事故起数", "较2025年下降", "", None),
        ("新建森林防火检查站", "≥100", "%", "T120"),
        ("新建森林防火检查站", "≥6", "个", None),
        ("森林火灾受害率（‰）", "≤0.8", "%", "T119"),
        ("森林火灾受害率（‰）", "≤0.8", "‰", None),
    ],
)
def test_values_of_round_79(
    tmp_path: Path, name: str, value: str, unit: str, flagged: str | None
) -> None:
    rows = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "森林防火和道路安全"],
        ["项目资金（万元）", "年度资金总额", 300, "其中：财政拨款", 300],
        ["一级指标", "二级指标", "三级指标", "计量单位", "指标值"],
        ["产出指标", "数量指标", name, unit, value],
        [None, "质量指标", "火情早期发现率", "%", "≥90"],
        ["效益指标", "社会效益指标", "林区火灾扑灭率", "%", "≥95"],
        _SATISFIED,
    ]
    found = {c for c, _s, at in found_at(save_sheet(tmp_path / "v.xlsx", rows)) if at == "E5"}
    assert found == ({flagged} if flagged else set()), found


@pytest.mark.parametrize(("unit", "copied"), [("厘米", False), ("条", True)])
def test_a_level_in_centimetres_is_no_count_copied(tmp_path: Path, unit: str, copied: bool) -> None:
    """治理后水体透明度 ≥25厘米 in both columns of a two-year project: a level, no D202."""
    rows = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "农村黑臭水体治理", None, "项目期", "2年"],
        ["项目资金（万元）", "中期资金总额", 1200, "年度资金总额", 600],
        ["一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值"],
        ["产出指标", "数量指标", "整治农村黑臭水体", "条", "≥40", "≥22"],
        [None, "质量指标", "治理后水体透明度", unit, "≥25", "≥25"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "%", "≥90", "≥90"],
    ]
    found = found_at(save_sheet(tmp_path / "p.xlsx", rows))
    assert (("D202", "warning", "F6") in found) is copied, found
