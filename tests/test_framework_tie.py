"""A table whose tiers fit the 2021 framework and the older national one equally (产出 · 效益 ·
满意度, no 成本 at any tier) is read against the older one, which it completes: a department
table of that kind draws no F106 for 成本指标 (the older framework, still widespread, has 成本
as an optional tier-2). A table that names 成本指标 as a tier-1 is still the 2021 framework's."""

from __future__ import annotations

from goalbook.frameworks import detect_framework


def test_a_table_without_cost_fits_the_framework_it_completes() -> None:
    t1 = ["产出指标", "效益指标", "满意度指标"]
    t2 = ["数量指标", "质量指标", "时效指标", "社会效益指标", "服务对象满意度指标"]
    fw = detect_framework(t1, t2)
    assert fw.id == "old-nat"
    assert all(fw.find_tier1(label) is not None for label in fw.required)


def test_a_cost_tier1_keeps_the_2021_framework() -> None:
    t1 = ["产出指标", "成本指标", "效益指标", "满意度指标"]
    t2 = ["数量指标", "经济成本指标", "社会效益指标", "服务对象满意度指标"]
    assert detect_framework(t1, t2).id == "nat-2021"


def test_without_satisfaction_the_missing_tier_is_the_only_one_required() -> None:
    """产出 and 效益 alone: whichever framework, 满意度指标 is missing; 成本指标 is not asked
    for as well."""
    fw = detect_framework(["产出指标", "效益指标"], ["数量指标", "社会效益指标"])
    missing = [label for label in fw.required if label not in ("产出指标", "效益指标")]
    assert missing == ["满意度指标"]
