"""The budget year a title or the line under it states: a single year said 年度 beside a span of
years (（实施期2026—2028年 2027年度）) is the budget year, a span alone gives its first year, and
a transfer payment's title with its period and year on a bracketed line below gives that year
(no "找不到预算年度"). Invented."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.layout import year_of_title
from goalbook.reader import read_table
from tests.returns import found_at, save_sheet


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2026年度项目支出绩效目标表", 2026),
        ("（实施期2026—2028年　2027年度）", 2027),
        ("(项目期2025-2027年 2026年度)", 2026),
        ("2026—2028年度滚动项目绩效目标表", 2026),
        ("2026—2028年三年滚动支出规划", 2026),
        ("部门整体支出绩效目标表", None),
    ],
)
def test_the_year_a_title_states(text: str, year: int | None) -> None:
    assert year_of_title(text) == year


def _write(path: Path, line: str) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    rows = [
        ["中央对地方转移支付区域绩效目标表"],
        [line],
        ["转移支付（项目）名称", "城乡义务教育补助经费"],
        ["资金情况（万元）", "实施期（2025—2027年）", "2026年度"],
        ["资金总额", 36000, 12000],
        ["总体目标", "实施期目标", "到2027年义务教育巩固率保持在97%以上。"],
        [None, "2026年度目标", "义务教育巩固率保持在97%以上。"],
        ["一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"],
        ["产出指标", "数量指标", "补助学生人数", "≥18万人", "≥6万人"],
        [None, "质量指标", "补助资金足额发放率", "100%", "100%"],
        ["效益指标", "社会效益指标", "义务教育巩固率", "≥97%", "≥97%"],
        ["满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "≥90%"],
    ]
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_the_year_on_the_bracketed_line_under_a_transfer_title(tmp_path: Path) -> None:
    path = _write(tmp_path / "r.xlsx", "（实施期2025—2027年　2026年度）")
    table = read_table(path)
    assert table.fields["title_year"].text == "（实施期2025—2027年　2026年度）"
    result, _table = check_file(path, CheckOptions())
    assert "Y105" not in {f.code for f in result.findings}


def _dated(path: Path, title: str, goal: str, start: str, end: str) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    rows = [
        [title],
        ["项目名称", "课后服务补助", "主管部门", "某县教育局"],
        ["项目期", "1年", "计划开始日期", start, "计划完成日期", end],
        ["年度资金总额（万元）", 96, "其中：财政拨款", 96],
        ["年度绩效目标", goal],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "开展课后服务学校", "≥42所"],
        [None, "时效指标", "补助资金拨付完成时间", f"{end}前"],
        ["效益指标", "社会效益指标", "课后服务学校覆盖率", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"],
    ]
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _years(path: Path) -> list[tuple[str, str, str]]:
    result, _table = check_file(path, CheckOptions())
    return [
        (f.code, f.severity.value, f.at.a1 if f.at else "")
        for f in result.findings
        if f.code.startswith("Y")
    ]


def test_a_title_outvoted_by_the_plan_and_the_goal_is_the_year_out_of_place(
    tmp_path: Path,
) -> None:
    """Only the title says 2025; the plan starts in 2026 and the 年度目标 opens with 2026: the
    title is flagged, not the dates that agree with the goal."""
    goal = "2026年在全县42所中小学开展课后服务，惠及学生3000人以上。"
    path = _dated(
        tmp_path / "a.xlsx", "2025年度项目支出绩效目标表", goal, "2026-01-01", "2026-12-31"
    )
    assert _years(path) == [("Y101", "error", "A1")]
    # the goal alone against the title and the dates: the goal is the odd one out
    path = _dated(tmp_path / "b.xlsx", "2026年度项目支出绩效目标表", goal.replace("2026", "2025"),
                  "2026-01-01", "2026-12-31")  # fmt: skip
    assert _years(path) == [("Y103", "warning", "B5")]  # (a text left from last year)
    # title and goal agree, the dates stray: the dates are flagged as before
    path = _dated(tmp_path / "c.xlsx", "2025年度项目支出绩效目标表", goal.replace("2026", "2025"),
                  "2026-01-01", "2026-12-31")  # fmt: skip
    assert {code for code, _sev, _at in _years(path)} == {"Y102"}


def _plan(title: str, term: str, start: str, end: str) -> list[list[object]]:
    return [
        [title],
        ["项目名称", "全民健身器材更新", None, "主管部门", "云岫市体育局"],
        ["项目期", term, "计划开始日期", start, "计划完成日期", end],
        ["年度绩效目标", "更新老旧全民健身路径器材40套，器材安装验收合格率100%。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "更新健身路径器材数量", "≥40套"],
        [None, "时效指标", "器材安装完成时间", "2026年9月30日前"],
        ["满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%"],
    ]


def test_a_title_outvoted_by_the_dates_of_a_one_year_plan(tmp_path: Path) -> None:
    """A 2025 title over a one-year plan whose dates both lie in 2026 and a goal naming no
    year: the title is the odd one out (Y101 there, once), not every date (Y102)."""
    rows = _plan("2025年度项目支出绩效目标表", "1年", "2026-01-01", "2026-12-31")
    found = found_at(save_sheet(tmp_path / "t.xlsx", rows))
    assert ("Y101", "error", "A1") in found and not [f for f in found if f[0] == "Y102"], found
    right = _plan("2026年度项目支出绩效目标表", "1年", "2026-01-01", "2026-12-31")
    found = found_at(save_sheet(tmp_path / "r.xlsx", right))
    assert not [f for f in found if f[0].startswith("Y")], found


def test_a_period_longer_than_the_years_its_dates_span(tmp_path: Path) -> None:
    """项目期 3年 over plan dates from 2026-01-01 to 2027-12-31: Y101 (a warning) at the end."""
    rows = _plan("2026年度项目支出绩效目标表", "3年", "2026-01-01", "2027-12-31")
    assert ("Y101", "warning", "F3") in found_at(save_sheet(tmp_path / "p.xlsx", rows))
    fits = _plan("2026年度项目支出绩效目标表", "2年", "2026-01-01", "2027-12-31")
    found = found_at(save_sheet(tmp_path / "f.xlsx", fits))
    assert not [f for f in found if f[0] == "Y101"], found
