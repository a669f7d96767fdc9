"""Build filled returns for the tests: a clean project table and the means to break it."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl

from goalbook.frameworks import load_framework
from goalbook.template import TemplateOptions, write_template

# (tier1, tier2, name, op, period, annual, unit, direction, weight)
CLEAN_ROWS: list[list[Any]] = [
    ["产出指标", "数量指标", "建设青年人才驿站数量", "≥", 12, 6, "个", "正向", 15],
    ["产出指标", "数量指标", "提供住宿服务人次", "≥", 6000, 3000, "人次", "正向", 10],
    ["产出指标", "质量指标", "驿站验收合格率", "≥", 95, 95, "%", "正向", 10],
    ["产出指标", "时效指标", "驿站建设任务完成及时率", "≥", 95, 95, "%", "正向", 10],
    ["成本指标", "经济成本指标", "每个床位月租金", "≤", 1500, 1500, "元", "反向", 10],
    ["效益指标", "社会效益指标", "入住青年就业率", "≥", 80, 80, "%", "正向", 15],
    ["效益指标", "可持续影响指标", "驿站运营管理制度", "定性", "健全", "健全", "", "", 10],
    ["满意度指标", "服务对象满意度指标", "入住青年满意度", "≥", 90, 90, "%", "正向", 20],
]
CLEAN_FIELDS: dict[str, Any] = {
    "项目名称": "青年人才驿站建设",
    "主管部门": "共青团某市委员会",
    "项目属性": "新增项目",
    "项目负责人": "张三",
    "联系电话": "0769-12345678",
    "计划开始日期": dt.datetime(2026, 1, 1),
    "计划完成日期": dt.datetime(2027, 12, 31),
    "项目期": 2,
    "是否含政府购买服务": "否",
    "中期资金总额": 300,
    "中期财政拨款": 280,
    "中期其他资金": 20,
    "年度资金总额": 157.45,
    "年度财政拨款": 150,
    "年度其他资金": 7.45,
    "中期目标": "两年内建成12个青年人才驿站，为青年提供过渡住宿。",
    "年度目标": "建成6个驿站，提供3000人次住宿服务。",
}
CLEAN_LINES: list[list[Any]] = [
    ["总站固定床位租金", "1826平方米×租金", 47.43],
    ["浮动床位费用", "按入住人次结算", 5.02],
    ["分站补助费用", "每站15万元", 90],
    ["宣传及运营费用", "宣传、运营", 15],
]


@dataclass
class Return:
    """A project return as data; ``write`` types it into a goalbook template."""

    rows: list[list[Any]] = field(default_factory=lambda: copy.deepcopy(CLEAN_ROWS))
    fields: dict[str, Any] = field(default_factory=lambda: dict(CLEAN_FIELDS))
    lines: list[list[Any]] = field(default_factory=lambda: copy.deepcopy(CLEAN_LINES))
    year: int | None = 2026

    def row(self, name: str) -> list[Any]:
        return next(r for r in self.rows if r[2] == name)

    def write(self, path: Path) -> Path:
        opts = TemplateOptions(load_framework("nat-2021"), "project", self.year, "某区团委")
        write_template(path, opts)
        wb = openpyxl.load_workbook(path)
        info = wb["基本信息"]
        labels = {str(info.cell(r, 1).value).split("（")[0]: r for r in range(1, info.max_row + 1)}
        for label, value in self.fields.items():
            put(info.cell(labels[label], 2), value)
        lines = wb["预算明细"]
        for r, line in enumerate(self.lines, start=3):
            put(lines.cell(r, 1), line[0])
            put(lines.cell(r, 2), line[1])
            put(lines.cell(r, 3), line[2])
        ind = wb["绩效指标"]
        for r, values in enumerate(self.rows, start=3):
            for c, value in enumerate(values, start=1):
                put(ind.cell(r, c), value)
        wb.save(path)
        return path


def put(cell: Any, value: Any) -> None:
    """Write as staff would type it: text stays text (even "="), None leaves the cell empty."""
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"


def cell_of(row_index: int, column: str) -> str:
    """The A1 cell of a CLEAN_ROWS entry: row 0 is sheet row 3."""
    return f"{column}{row_index + 3}"


def save_sheet(path: Path, rows: list[list[Any]], merges: tuple[str, ...] = ()) -> Path:
    """An official layout typed as rows into one sheet (merged blocks as A5:A7), saved at path."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    for block in merges:
        ws.merge_cells(block)
    wb.save(path)
    return path


TIER_HEAD: list[Any] = ["一级指标", "二级指标", "三级指标", "指标值"]
SPLIT_HEAD: list[Any] = ["一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"]


def period_row(
    end: dt.date = dt.date(2026, 12, 31),
    start: dt.date = dt.date(2026, 1, 1),
    years: str | None = None,
) -> list[Any]:
    """A project's 项目期 row: its years (those from start to end unless given, so a return can
    say them wrongly), from start to end."""
    said = years if years is not None else f"{end.year - start.year + 1}年"
    return ["项目期", said, "计划开始日期", start, "计划完成日期", end]


def official_table(
    name: list[Any] | str,
    rows: list[list[Any]],
    *,
    above: Sequence[list[Any]] = (),
    head: list[Any] = TIER_HEAD,
    below: Sequence[list[Any]] = (),
    title: str = "2026年度项目支出绩效目标申报表",
) -> list[list[Any]]:
    """An official project table as rows for save_sheet: title, 项目名称 row (name, or the whole
    row), the rows above the indicator header (period, money, goals), the header, the indicator
    rows, and the rows below them."""
    named = ["项目名称", name] if isinstance(name, str) else name
    return [[title], named, *above, head, *rows, *below]


def one_year_table(
    name: str,
    money: float,
    goal: str,
    rows: list[list[Any]],
    below: Sequence[list[Any]],
    head: list[Any] = SPLIT_HEAD,
) -> list[list[Any]]:
    """:func:`official_table` of a one-year project (2026): its period, its year's money (万元)
    and goal above the header; the indicator rows start at sheet row 7."""
    above = [period_row(), ["项目资金（万元）", "年度资金总额", money], ["年度绩效目标", goal]]
    return official_table(name, rows, above=above, head=head, below=below)


def budget_export(
    path: Path,
    money: tuple[str, Sequence[list[Any]]],
    goals: tuple[str, Sequence[list[Any]]],
    projects: Sequence[tuple[str, str]],
    indicators: Sequence[list[Any]],
    goal: str | None = None,
) -> Path:
    """A budget system's export: the projects' amounts as rows on one sheet (money: title and
    rows), the indicators on the next (goals: title and the rows above the header), each of the
    indicators (tier1, tier2, name, value) repeated under every project's code and name; with
    *goal*, a 年度绩效目标 column holding it beside each project's first indicator."""
    wb = openpyxl.Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.title = money[0]
    for row in money[1]:
        sheet.append(row)
    goal_sheet = wb.create_sheet(goals[0])
    for row in goals[1]:
        goal_sheet.append(row)
    said = ["年度绩效目标"] if goal is not None else []
    goal_sheet.append(["项目编码", "项目名称", *said, "一级指标", "二级指标", "三级指标", "指标值"])
    for code, name in projects:
        for i, indicator in enumerate(indicators):
            beside = [goal if i == 0 else None] if goal is not None else []
            goal_sheet.append([code, name, *beside, *indicator])
    wb.save(path)
    return path


def period_table(
    path: Path,
    rows: list[list[Any]],
    goals: tuple[str, str],
    *,
    years: int,
    name: str,
    money: tuple[float, float],
    below: Sequence[list[Any]] = (),
) -> Path:
    """A project table of *years* years from 2026 saved at path: its money (中期, 年度, 万元),
    its goals over the period and for the year side by side (the texts under their labels), the
    indicators (tier1, tier2, name, 中期 value, 年度 value) from row 8, the lines *below*."""
    last = 2026 + years - 1
    above = [
        period_row(dt.date(last, 12, 31)),
        ["项目资金（万元）", "中期资金总额", money[0], "年度资金总额", money[1]],
        ["总体目标", f"中期目标（2026年—{last}年）", None, "年度目标"],
        [None, goals[0], None, goals[1]],
    ]
    head = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"]
    table = official_table(name, rows, above=above, head=head, below=below)
    return save_sheet(path, table)


def three_year_table(path: Path, rows: list[list[Any]], period: str, year: str) -> Path:
    """:func:`period_table` of 烤房群建设, 2026—2028, 900 万元 over the period and 300 this year."""
    goals = (period, year)
    return period_table(path, rows, goals, years=3, name="烤房群建设", money=(900, 300))


def found_at(path: Path) -> list[tuple[str, str, str]]:
    """What goalbook check finds in a return: (code, severity, cell) in report order."""
    from goalbook.check import CheckOptions, check_file

    result, _ = check_file(path, CheckOptions())
    return [(f.code, f.severity.value, f.at.a1 if f.at else "") for f in result.findings]


def coded(found: list[tuple[str, str, str]], code: str) -> list[tuple[str, str]]:
    """The (severity, cell) of each finding of ``code`` among ``found`` (see :func:`found_at`)."""
    return [(severity, cell) for c, severity, cell in found if c == code]


def table_found(
    path: Path,
    rows: list[list[Any]],
    name: str,
    goal: str,
    money: float = 30,
    below: list[list[Any]] | None = None,
) -> list[tuple[str, str, str]]:
    """What goalbook check finds in a one-year table of project *name* (its year's money in
    万元) with these indicator rows and the lines *below* them."""
    save_sheet(path, one_year_table(name, money, goal, rows, below or []))
    return found_at(path)
