"""The date a department table was filled in (填报日期) against its budget year: a table for a
year is filled in that year or the autumn before, so a date two years early (a leftover from an
older table) or after the year is wrong (Y102). Invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from goalbook.check import CheckOptions, check_file
from tests.variants.kit import WAN, Book, day, money


def _department(tmp_path: Path, filled: object) -> set[tuple[str, str]]:
    b = Book()
    s = b.sheet("部门整体", (16, 10, 18, 30, 18, 18))
    s.title("青山镇2026年度部门整体支出绩效目标表", 6)
    s.row("单位名称", "青山镇人民政府", None, "填报日期", filled, None, merge=[(2, 3), (5, 6)])
    s.row("年度预算（万元）", "资金总额", "财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(None, money(980, WAN), money(980, WAN), money(0, WAN), money(610, WAN),
          money(370, WAN))  # fmt: skip
    s.ws.merge_cells("A3:A4")
    s.row("年度总体目标", "保障机关正常运转，完成农村人居环境整治任务。", merge=[(2, 6)])
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "农村公厕改造数量", "≥24座"),
        (None, "质量指标", "改造公厕验收合格率", "≥95%"),
        (None, "时效指标", "整治任务按期完成率", "≥95%"),
        ("效益指标", "社会效益指标", "村庄人居环境", "持续改善"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ], merged=(1,))  # fmt: skip
    result, _ = check_file(b.save(tmp_path / "d.xlsx"), CheckOptions())
    return {(f.code, f.at.a1) for f in result.findings if f.at is not None}


@pytest.mark.parametrize("filled", [day(2024, 9, 30), day(2027, 2, 1)])
def test_a_fill_date_outside_the_year_and_the_one_before_is_wrong(
    tmp_path: Path, filled: object
) -> None:
    assert ("Y102", "E2") in _department(tmp_path, filled)


@pytest.mark.parametrize("filled", [day(2025, 10, 16), day(2026, 3, 2)])
def test_a_fill_date_in_the_year_or_the_autumn_before_is_right(
    tmp_path: Path, filled: object
) -> None:
    assert not {code for code, at in _department(tmp_path, filled) if at == "E2"}
