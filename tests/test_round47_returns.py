"""What the forty-seventh blind round showed, on invented returns: rows an autofilter hides are
still the return's, a 资金来源 block's 合计 against the head's 资金总额, a count of things built
given only as 完成, and a standard paid for each thing the name names (每座… │ ≤4万元)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.returns import found_at, save_sheet

HEAD: list[list[Any]] = [
    ["2027年度项目支出绩效目标申报表"],
    ["项目名称", "乡村旅游公共服务提升", "项目期", "1年"],
    ["项目资金（万元）", "年度资金总额", 80],
    ["年度绩效目标", "在重点村新建改建旅游厕所20座，提升乡村旅游公共服务水平。"],
]
TABLE: list[list[Any]] = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "新建改建乡村旅游厕所", "≥20座"],
    [None, "质量指标", "旅游厕所建设验收合格率", "≥95%"],
    ["效益指标", "社会效益指标", "重点村旅游厕所覆盖率", "≥90%"],
    ["满意度指标", "服务对象满意度指标", "游客如厕满意度", "≥90%"],
]


@pytest.mark.parametrize(("filtered", "said"), [(True, True), (False, False)])
def test_a_row_an_autofilter_hides_is_still_checked(
    tmp_path: Path, filtered: bool, said: bool
) -> None:
    rows = [*HEAD, *TABLE, [None, None, "健康教育覆盖率", "不少于3000人"]]
    path = save_sheet(tmp_path / "f.xlsx", rows)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws.row_dimensions[10].hidden = True  # the last row: by a filter, or by hand (kept out)
    if filtered:
        ws.auto_filter.ref = "A5:D10"
    wb.save(path)
    found = found_at(path)
    assert (("T105", "error", "D10") in found) is said, found


def _sources(total: Any, years: str = "1年") -> list[list[Any]]:
    return [
        ["2027年度项目支出绩效目标表"],
        ["项目名称", "农村小型水利设施维修养护", "项目期限", years],
        ["资金总额（万元）", total],
        ["资金来源", "金额（万元）", "备注"],
        ["省级补助", 180, None],
        ["县级财政", 90, None],
        ["村集体自筹", 50, None],
        ["合计", 320, None],
        ["年度绩效目标", "维修山塘24座，恢复灌溉面积3200亩。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "维修山塘数量", "≥24座"],
        [None, "质量指标", "维修工程验收合格率", "≥98%"],
        ["效益指标", "经济效益指标", "恢复灌溉面积", "≥3200亩"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"],
    ]


@pytest.mark.parametrize(
    ("total", "years", "expected"),
    [(350, "1年", "error"), (350, "3年", "warning"), (320, "1年", None)],
)
def test_a_sources_blocks_total_is_the_heads_total(
    tmp_path: Path, total: int, years: str, expected: str | None
) -> None:
    found = found_at(save_sheet(tmp_path / "s.xlsx", _sources(total, years)))
    b101 = [f for f in found if f[0] == "B101"]
    assert b101 == ([("B101", expected, "B8")] if expected else []), found


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("新建乡镇垃圾转运站", True),
        ("完成雨污分流改造的老旧小区", True),
        ("完成规划编制", False),
        ("拆除违章建筑面积", True),  # a size given as 完成: how much is not said either
        ("清理河道长度", True),
        ("河道清理工程", False),
    ],
)
def test_a_count_of_things_built_given_as_done_is_said(
    tmp_path: Path, name: str, said: bool
) -> None:
    rows = [*HEAD, *TABLE, ["产出指标", "数量指标", name, "完成"]]
    found = found_at(save_sheet(tmp_path / "d.xlsx", rows))
    assert (("T102", "warning", "D10") in found) is said, found


@pytest.mark.parametrize(("standard", "said"), [("≤5万元", True), ("≤4万元", False)])
def test_a_standard_for_each_thing_the_name_names_is_held_against_the_money(
    tmp_path: Path, standard: str, said: bool
) -> None:
    rows = [*HEAD, *TABLE, ["成本指标", "经济成本指标", "每座旅游厕所建设补助", standard]]
    found = found_at(save_sheet(tmp_path / "e.xlsx", rows))
    assert (("B107", "warning", "D10") in found) is said, found
