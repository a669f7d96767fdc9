"""What the thirty-eighth blind round showed, on invented returns: a table that gives tier-2 and
tier-3 only, its tier-1s heading sections (一、产出指标), reads 成本指标 in its tier-2 column as a
tier-2 (the older national framework's) and has its cost tier-1 when a cost tier-2 is there;
a 续表 line over a page break is no indicator; a scrap rate is 反向; a coverage rate set lower
over the period than in its first year is a warning."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.returns import found_at, save_sheet

HEAD: list[list[Any]] = [
    ["2026年度项目支出绩效目标申报表"],
    ["项目名称", "农村生活垃圾收运处置", "项目期", "1年"],
    ["项目资金（万元）", "年度资金总额", 96.5],
    ["年度绩效目标", "全镇18个行政村生活垃圾日产日清。"],
]


def _sections(cost_tier2: str) -> list[list[Any]]:
    return [
        *HEAD,
        ["二级指标", "三级指标", "比较符", "目标值", "计量单位"],
        ["一、产出指标"],
        ["数量指标", "覆盖行政村", "≥", 18, "个"],
        ["质量指标", "生活垃圾无害化处理率", "=", "100%", "%"],
        ["时效指标", "垃圾清运时限", "≤", 24, "小时"],
        [cost_tier2, "每吨收运处置成本", "≤", 170, "元/吨"],
        ["二、效益指标"],
        ["社会效益指标", "垃圾乱堆乱放投诉件数", "≤", 10, "件"],
        ["可持续影响指标", "长效保洁机制", None, "健全", None],
        ["三、满意度指标"],
        ["服务对象满意度指标", "村民满意度", "≥", "90%", "%"],
    ]


@pytest.mark.parametrize("cost_tier2", ["成本指标", "经济成本指标"])
def test_a_table_of_sections_reads_its_cost_tier2_as_a_tier2(
    tmp_path: Path, cost_tier2: str
) -> None:
    merges = ("A6:E6", "A11:E11", "A14:E14")
    found = found_at(save_sheet(tmp_path / "s.xlsx", _sections(cost_tier2), merges))
    tiers = [f for f in found if f[0] in ("F101", "F103", "F106", "F107")]
    assert not tiers, found


def test_a_continued_line_over_a_page_break_is_no_indicator(tmp_path: Path) -> None:
    rows = _sections("成本指标")
    rows[10:10] = [["续表"], ["二级指标", "三级指标", "比较符", "目标值", "计量单位"]]
    found = found_at(save_sheet(tmp_path / "c.xlsx", rows, ("A6:E6",)))
    assert not [f for f in found if f[0] in ("T101", "S101")], found


def test_a_scrap_rate_is_less_is_better(tmp_path: Path) -> None:
    rows = _sections("成本指标")
    rows[8][1:5] = ["物资过期报废率", "≥", "3%", "%"]
    found = found_at(save_sheet(tmp_path / "r.xlsx", rows, ("A6:E6",)))
    assert [f for f in found if f[0] == "T108"], found


@pytest.mark.parametrize(
    ("period", "annual", "flagged"), [("80%", "90%", True), ("95%", "90%", False)]
)
def test_a_coverage_that_falls_over_the_period(
    tmp_path: Path, period: str, annual: str, flagged: bool
) -> None:
    rows = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "乡村学校少年宫建设", "项目期", "3年（2026—2028年）"],
        ["项目资金（万元）", "年度资金总额", 300],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        ["产出指标", "数量指标", "新建少年宫", "≥30个", "≥10个"],
        [None, "质量指标", "乡村学校少年宫覆盖率", f"≥{period}", f"≥{annual}"],
        ["效益指标", "社会效益指标", "参与活动学生人次", "≥9万人次", "≥3万人次"],
        ["满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "≥90%"],
    ]
    found = [
        f for f in found_at(save_sheet(tmp_path / "p.xlsx", rows, ("A5:A6",))) if f[0] == "D201"
    ]
    assert found == ([("D201", "warning", "E6")] if flagged else []), found
