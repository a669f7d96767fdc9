"""Problems earlier blind rounds marked and goalbook still missed, on invented returns: a plan
date the calendar does not have, a form's own note asking for 成本 among its tier-1s, and one
indicator counted twice under two words for it (培训人数 / 参训人数)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.returns import found_at, save_sheet

TABLE: list[list[Any]] = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "渠道清淤长度", "≥42公里"],
    [None, "质量指标", "工程验收合格率", "100%"],
    ["效益指标", "社会效益指标", "春灌期渠道输水率", "≥85%"],
    ["满意度指标", "服务对象满意度指标", "灌区农户满意度", "≥90%"],
]


def _plan(end: Any) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "冬春农田水利设施清淤", "项目期", "1年"],
        ["计划开始日期", "2026-01-05", "计划完成日期", end],
        ["项目资金（万元）", "资金总额", 58],
        ["年度绩效目标", "完成灌区渠道清淤42公里。"],
        *TABLE,
    ]


@pytest.mark.parametrize("end", ["2026-02-30", "2026年4月31日", "2026.13.01", "2026年13月"])
def test_a_plan_date_the_calendar_does_not_have_is_an_error(tmp_path: Path, end: str) -> None:
    found = found_at(save_sheet(tmp_path / "d.xlsx", _plan(end)))
    assert ("Y106", "error", "D3") in found, found


@pytest.mark.parametrize("end", ["2026-02-28", "2026年4月30日", "2026.12.01", "2026年12月"])
def test_a_date_that_exists_is_no_such_error(tmp_path: Path, end: str) -> None:
    found = found_at(save_sheet(tmp_path / "d.xlsx", _plan(end)))
    assert not [f for f in found if f[0] == "Y106"], found


@pytest.mark.parametrize(
    ("note", "missing"),
    [
        ("填表说明：一级指标按产出、成本、效益、满意度四类填写。", True),
        ("填表说明：一级指标包括产出、效益、满意度；成本指标可不设。", False),
        ("填表说明：请各单位结合实际填写。", False),
    ],
)
def test_a_note_asking_for_cost_makes_its_absence_an_error(
    tmp_path: Path, note: str, missing: bool
) -> None:
    rows = _plan("2026-03-31")
    rows.insert(5, [note])
    found = found_at(save_sheet(tmp_path / "n.xlsx", rows))
    assert (("F106", "error", "") in found) is missing, found


@pytest.mark.parametrize(("second", "said"), [("参训人数", True), ("培训期数", False)])
def test_one_count_under_two_words_is_said(tmp_path: Path, second: str, said: bool) -> None:
    rows = [
        *_plan("2026-03-31")[:5],
        TABLE[0],
        ["产出指标", "数量指标", "培训人数", "≥800人"],
        [None, None, second, "≥750人" if said else "≥4期"],
        *TABLE[2:],
    ]
    found = found_at(save_sheet(tmp_path / "t.xlsx", rows))
    assert (("D103", "warning", "C8") in found) is said, found


@pytest.mark.parametrize(
    ("first", "second", "said"),
    [
        ("校园监控设备安装数量", "校园监控设备安装", True),
        ("分类收运车辆数量", "分类收运车辆配置数量", True),
        ("新建公厕数量", "改建公厕数量", False),
    ],
)
def test_one_thing_counted_with_or_without_its_count_word_is_said(
    tmp_path: Path, first: str, second: str, said: bool
) -> None:
    rows = [
        *_plan("2026-03-31")[:5],
        TABLE[0],
        ["产出指标", "数量指标", first, "≥320台"],
        [None, None, second, "≥300台"],
        *TABLE[2:],
    ]
    found = found_at(save_sheet(tmp_path / "c.xlsx", rows))
    assert (("D103", "warning", "C8") in found) is said, found


@pytest.mark.parametrize(
    ("name", "said"),
    [("结业证书发放时间", True), ("监测平台上线日期", True), ("就医等候时间缩短", False)],
)
def test_a_time_given_as_a_percentage_is_said(tmp_path: Path, name: str, said: bool) -> None:
    rows = [*_plan("2026-03-31")[:5], *TABLE, ["产出指标", "时效指标", name, 1]]
    path = save_sheet(tmp_path / "p.xlsx", rows)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws["D11"].number_format = "0%"  # 100% as Excel stores it
    wb.save(path)
    found = found_at(path)
    assert (("T113", "warning", "D11") in found) is said, found


@pytest.mark.parametrize(
    ("name", "op", "said"),
    [("新增见习基地数量（家）", "≤", True), ("新增见习基地数量（家）", "≥", False)],
)
def test_a_count_with_its_unit_in_its_name_is_an_output_to_reach(
    tmp_path: Path, name: str, op: str, said: bool
) -> None:
    head = ["一级指标", "二级指标", "三级指标", "比较符", "数值", "单位"]
    table = [[*r[:3], "", r[3], ""] for r in TABLE[1:]]
    rows = [
        *_plan("2026-03-31")[:5],
        head,
        ["产出指标", "数量指标", name, op, 20, None],
        *table,
    ]
    found = found_at(save_sheet(tmp_path / "u.xlsx", rows))
    assert (("T108", "warning", "E7") in found) is said, found


@pytest.mark.parametrize(
    ("names", "code"),
    [(("省级财政补助", "市级财政资金"), "B101"), (("设备购置", "人员培训"), "B102")],
)
def test_sources_that_miss_their_total_are_the_whole_against_its_parts(
    tmp_path: Path, names: tuple[str, str], code: str
) -> None:
    rows = _plan("2026-03-31")
    rows[3] = ["项目资金（万元）", "年度资金总额", 650]
    rows.insert(4, ["资金来源（万元）", names[0], 400, names[1], 250])
    rows.insert(5, [None, "合计", 680])
    found = found_at(save_sheet(tmp_path / "m.xlsx", rows))
    assert [f for f in found if f[0] in ("B101", "B102")] == [(code, "error", "C6")], found
