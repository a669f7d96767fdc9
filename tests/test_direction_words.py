"""Harms kept down (设备故障停机率, 虚假违法广告发布率) take ≤; a count of inspections given as
按上级部署完成 says no number (T102)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import found_at, save_sheet


def _rows(name: str, value: str, tier2: str = "质量指标") -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "基层监管能力提升", None, "主管部门", "青川县市场监督管理局"],
        ["项目资金（万元）", "年度资金总额", 60, "其中：财政拨款", 60],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "检查市场主体户数", "≥800户"],
        [None, tier2, name, value],
        ["效益指标", "社会效益指标", "群众安全知识知晓率", "≥85%"],
        ["满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%"],
    ]


def test_downtime_and_illegal_adverts_are_kept_down(tmp_path: Path) -> None:
    for n, name in enumerate(("检测设备年故障停机率", "虚假违法广告发布率")):
        found = found_at(save_sheet(tmp_path / f"h{n}.xlsx", _rows(name, "≥2%")))
        assert ("T108", "warning", "D6") in found, (name, found)
        kept = found_at(save_sheet(tmp_path / f"k{n}.xlsx", _rows(name, "≤2%")))
        assert not [f for f in kept if f[0] == "T108"], (name, kept)
    remedy = found_at(save_sheet(tmp_path / "r.xlsx", _rows("违法广告查处率", "≥95%")))
    assert not [f for f in remedy if f[0] == "T108"], remedy


def test_a_count_done_as_asked_from_above_is_t102(tmp_path: Path) -> None:
    rows = _rows("药品零售企业监督检查家次", "按上级部署完成", "数量指标")
    assert ("T102", "warning", "D6") in found_at(save_sheet(tmp_path / "t.xlsx", rows))
    done = _rows("监管工作方案制定", "按上级部署完成", "数量指标")
    assert not [f for f in found_at(save_sheet(tmp_path / "u.xlsx", done)) if f[0] == "T102"]


def test_children_kept_in_school_are_kept_up(tmp_path: Path) -> None:
    """义务教育巩固率 ≤97%: a share of children kept in school is 正向 (T108 on ≤)."""
    for n, name in enumerate(("九年义务教育巩固率", "学前三年毛入学率")):
        found = found_at(save_sheet(tmp_path / f"c{n}.xlsx", _rows(name, "≤97%")))
        assert ("T108", "warning", "D6") in found, (name, found)
        kept = found_at(save_sheet(tmp_path / f"u{n}.xlsx", _rows(name, "≥97%")))
        assert not [f for f in kept if f[0] == "T108"], (name, kept)
