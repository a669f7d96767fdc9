"""What the forty-fifth blind round showed, on invented returns: both targets named in one cell,
a value head split into 比较符 │ 数值 │ 单位, a table continued on a 续表 sheet, words and units
that are values, age bands, lower-is-better rates, a standard paid by the month, counts in the
goal texts, a date the calendar does not have."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.returns import found_at, save_sheet


def _project(
    rows: list[list[Any]], head: list[Any] | None = None, money: float = 480
) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "高校毕业生就业见习", "项目期", "1年"],
        ["项目资金（万元）", "资金总额", money],
        ["年度绩效目标", "全年组织就业见习800人，按标准发放见习补贴。"],
        head or ["一级指标", "二级指标", "三级指标", "指标值"],
        *rows,
        ["满意度指标", "服务对象满意度指标", "见习人员满意度", "≥90%"],
    ]


_BASE: list[list[Any]] = [
    ["产出指标", "数量指标", "参加就业见习人数", "≥800人"],
    [None, "质量指标", "见习补贴发放准确率", "100%"],
    ["成本指标", "经济成本指标", "见习基地管理经费", "≤20万元"],
    ["效益指标", "社会效益指标", "见习期满留用率", "≥45%"],
]


def _codes(tmp_path: Path, rows: list[list[Any]], **kw: Any) -> list[tuple[str, str, str]]:
    return found_at(save_sheet(tmp_path / "r.xlsx", _project(rows, **kw)))


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("中期：≥1500块；年度：≥1800块", ("D201", "error")),
     ("年度：≥900块；中期：≥900块", ("D202", "warning")),
     ("中期：≥1500块；年度：≥500块", None)],
)  # fmt: skip
def test_both_targets_named_in_one_cell(tmp_path: Path, cell: str, expected: Any) -> None:
    rows = [[r[0], r[1], r[2], f"中期：{r[3]}；年度：{r[3]}"] for r in _BASE]
    rows[0][3] = "中期：≥2400人；年度：≥800人"
    rows.append([None, "数量指标", "交通安全标志设置数量", cell])
    head = [
        ["2026年度项目支出绩效目标申报表"],
        [
            "项目名称",
            "乡村公路安全生命防护工程",
            "项目期",
            "3年",
            "计划开始日期",
            "2026-01-01",
            "计划完成日期",
            "2028-12-31",
        ],
        ["项目资金（万元）", "中期资金总额", 2400, "年度资金总额", 800],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        *rows,
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "中期：≥90%；年度：≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "b.xlsx", head))
    assert not [f for f in found if f[0] == "T102"], found
    got = [f[:2] for f in found if f[0] in ("D201", "D202") and f[2] == "D9"]
    assert got == ([expected] if expected else []), found


def test_a_value_head_split_with_no_word_over_it(tmp_path: Path) -> None:
    rows = [[r[0], r[1], r[2], "≥", 800, "人"] for r in _BASE]
    rows[1] = [None, "质量指标", "见习补贴发放准确率", "≥", 800, "人"]  # a rate given as a count
    head = ["一级指标", "二级指标", "三级指标", "比较符", "数值", "单位"]
    found = _codes(tmp_path, rows, head=head)
    assert ("T105", "error", "E7") in found, found
    assert not [f for f in found if f[0] == "S013"], found


def test_a_continued_sheet_tells_the_framework(tmp_path: Path) -> None:
    path = save_sheet(tmp_path / "c.xlsx", _project(_BASE[:2])[:-1])
    wb = openpyxl.load_workbook(path)
    more = wb.create_sheet("续表")
    for row in (["续表"], ["一级指标", "二级指标", "三级指标", "指标值"], *_BASE[2:],
                ["满意度指标", "服务对象满意度指标", "见习人员满意度", "≥90%"]):  # fmt: skip
        more.append(row)
    wb.save(path)
    found = found_at(path)
    assert not [f for f in found if f[0] in ("F103", "F107", "F106")], found


@pytest.mark.parametrize(
    ("row", "code"),
    [(["效益指标", "社会效益指标", "河道行洪能力", "≥20年一遇", "—"], "T112"),
     (["产出指标", "数量指标", "家庭医生签约人数（人）", 42000, None], "X104"),
     (["产出指标", "数量指标", "年图书借阅量（万册次）", "≥15", None], "T104"),
     (["效益指标", "可持续影响指标", "培训补贴信息化管理", "全面实行", None], "T102"),
     (["效益指标", "可持续影响指标", "技能培训机构名录管理", "动态更新", None], "T102"),
     (["产出指标", "质量指标", "改造后管网移交管护", "全部移交", None], "T102")],
)  # fmt: skip
def test_values_that_are_well_formed(tmp_path: Path, row: list[Any], code: str) -> None:
    rows = [
        [*r, "人" if "人数" in r[2] else ("%" if r[3].endswith("%") else "万元")] for r in _BASE
    ]
    head = ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"]
    found = _codes(tmp_path, [*rows, row], head=head)
    assert not [f for f in found if f[0] == code and f[2].endswith("10")], found


@pytest.mark.parametrize(("second", "flagged"), [("90—99周岁高龄津贴发放人数", False),
                                                 ("80—89周岁高龄津贴发放人数", True),
                                                 ("维修养护小(2)型水库座数", False)])  # fmt: skip
def test_age_bands_tell_indicators_apart(tmp_path: Path, second: str, flagged: bool) -> None:
    first = "维修养护小(1)型水库座数" if "型" in second else "80—89周岁高龄津贴发放人数"
    rows = [*_BASE, [None, "数量指标", first, "≥14200人"],
            [None, "数量指标", second, "≥2100人"]]  # fmt: skip
    found = _codes(tmp_path, rows)
    assert bool([f for f in found if f[0] == "D102"]) is flagged, found


@pytest.mark.parametrize(
    ("name", "op", "flagged"),
    [("见习人员中途退出率", "≥", True), ("见习人员中途退出率", "≤", False),
     ("殡葬基本服务费用减免标准", "≤", False)],
)  # fmt: skip
def test_what_should_fall(tmp_path: Path, name: str, op: str, flagged: bool) -> None:
    value = f"{op}10%" if name.endswith("率") else f"{op}1500元/人"
    found = _codes(tmp_path, [*_BASE, ["效益指标", "社会效益指标", name, value]])
    assert bool([f for f in found if f[0] == "T108"]) is flagged, found


@pytest.mark.parametrize(("months", "flagged"), [("12个月", True), (None, False)])
def test_a_standard_paid_by_the_month(tmp_path: Path, months: str | None, flagged: bool) -> None:
    rows = [*_BASE, ["成本指标", "经济成本指标", "见习补贴标准", "≤1800元/人·月"]]
    if months:
        rows.append(["产出指标", "时效指标", "见习补贴发放月数", months])
    found = _codes(tmp_path, rows)
    assert bool([f for f in found if f[0] == "B107"]) is flagged, found


def test_a_standard_and_its_subjects_count_in_another_unit(tmp_path: Path) -> None:
    rows = [
        ["产出指标", "数量指标", "享受一次性创业补贴人数", "≥600户"],
        ["成本指标", "经济成本指标", "一次性创业补贴标准", "≤5000元/人"],
        ["效益指标", "社会效益指标", "带动就业人数", "≥1200人"],
    ]
    found = _codes(tmp_path, rows, money=300)
    assert not [f for f in found if f[0] == "B107"], found


def test_a_date_the_calendar_does_not_have(tmp_path: Path) -> None:
    rows = [*_BASE, ["产出指标", "时效指标", "慰问金发放完成时间", "2026年2月30日前"]]
    found = _codes(tmp_path, rows)
    assert ("Y106", "error", "D10") in found, found  # (a sure impossibility, as at a plan date)
    assert not [f for f in found if f[0] in ("T102", "T116")], found
