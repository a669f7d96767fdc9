"""What the twenty-first blind round found, on invented returns: tiers written together in one
column (产出指标-数量指标); an amount's 其中 note in its own cell added up, a department's budget
in one cell read; 政府采购 no source of the money; 保值增值率 above 100 %; a stamp line, a date
line and the sender alone on their rows below a table; lines two to a row with one 合计, lines
under a block title, groups' 小计 among lines; a list's own unit in its head; 抛洒滴漏率 反向."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_tables

Found = list[tuple[str, str, str]]

_ROWS: list[list[Any]] = [
    ["产出指标", "数量指标", "新建公厕", "≥12座"],
    [None, "质量指标", "工程验收合格率", "100%"],
    [None, "时效指标", "项目完工及时率", "≥95%"],
    ["效益指标", "社会效益指标", "群众如厕条件", "明显改善"],
    ["满意度指标", "服务对象满意度指标", "如厕群众满意度", "≥90%"],
]


def _save(tmp_path: Path, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    wb.save(path := tmp_path / "return.xlsx")
    return path


def _check(path: Path) -> Found:
    result, _ = check_file(path, CheckOptions())
    return [(f.code, f.severity.value, f.at.a1 if f.at else "") for f in result.findings]


def _said(found: Found) -> Found:
    return [f for f in found if f[1] in ("error", "warning")]


def _project(head: list[list[Any]], rows: list[list[Any]] = _ROWS) -> list[list[Any]]:
    return [
        ["2027年度项目支出绩效目标表"],
        ["项目名称", "城区公厕提升改造"],
        *head,
        ["年度绩效目标", "新建公厕12座。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        *rows,
    ]


_MONEY = [["项目资金（万元）", "年度资金总额", 180, "其中：财政拨款", 150], [None, "其他资金", 30]]


@pytest.mark.parametrize("sep", ["-", "/", "—"])
def test_tiers_written_together_in_one_column(tmp_path: Path, sep: str) -> None:
    rows = [[f"{r[0]}{sep}{r[1]}" if r[0] else None, r[2], r[3]] for r in _ROWS]
    rows[1][0] = f"产出指标{sep}质量指标"
    rows[2][0] = f"产出指标{sep}时效指标"
    path = _save(
        tmp_path,
        [
            ["2027年度项目支出绩效目标表"],
            ["项目名称", "城区公厕提升改造"],
            *_MONEY,
            [f"一级指标{sep}二级指标", "三级指标", "指标值"],
            *rows,
        ],
    )
    assert _said(_check(path)) == []
    first = read_tables(path)[0].indicators[0]
    assert (first.tier1.text if first.tier1 else "", first.tier2.text if first.tier2 else "") == (
        "产出指标",
        "数量指标",
    )


def test_the_name_and_its_value_in_one_cell(tmp_path: Path) -> None:
    rows = [
        ["2027年度项目支出绩效目标表"],
        ["项目名称", "公共文化场馆免费开放"],
        ["指标类别（一级-二级）", "三级指标及指标值", "分值"],
        ["产出指标-数量指标", "免费开放天数≥300天", 30],
        ["产出指标-质量指标", "公益活动计划完成率≥95%", 20],
        ["产出指标-时效指标", "2027年10月31日前完成场馆改造", 20],
        ["效益指标-可持续影响指标", "免费开放长效机制健全", 20],
        ["满意度指标-服务对象满意度指标", "群众满意度≥90%", 10],
    ]
    path = _save(tmp_path, rows)
    assert _said(_check(path)) == []
    read = [(i.label, i.annual.text if i.annual else "") for i in read_tables(path)[0].indicators]
    assert read == [
        ("免费开放天数", "≥300天"),
        ("公益活动计划完成率", "≥95%"),
        ("完成场馆改造", "2027年10月31日前"),
        ("免费开放长效机制", "健全"),
        ("群众满意度", "≥90%"),
    ]


def test_a_table_that_cannot_be_placed_is_said_once_as_a_warning(tmp_path: Path) -> None:
    rows = [
        ["2027年度项目支出绩效目标表"],
        ["项目名称", "公共文化场馆免费开放"],
        ["指标类别（一级-二级）", "考核内容", "分值"],
        ["产出指标-数量指标", "免费开放天数不少于300天", 20],
        ["满意度指标-服务对象满意度指标", "群众满意度不低于90%", 10],
    ]
    assert _check(_save(tmp_path, rows)) == [("S013", "warning", "")]


@pytest.mark.parametrize(
    ("cell", "found"),
    [
        ("资金总额：260万元（其中财政拨款220万元，其他资金60万元）", [("B101", "error", "A3")]),
        ("资金总额：280万元（其中财政拨款220万元，其他资金60万元）", []),
        ("资金总额：300万元（其中财政拨款220万元，其他资金60万元）", [("B101", "warning", "A3")]),
    ],
)
def test_an_amounts_note_of_its_parts(tmp_path: Path, cell: str, found: Found) -> None:
    money = [f for f in _check(_save(tmp_path, _project([[cell]]))) if f[0][0] in "BX"]
    assert money == found


def test_a_departments_budget_in_one_cell(tmp_path: Path) -> None:
    budget = (
        "年度预算：资金总额1860万元（其中财政拨款1700万元，其他资金160万元；"
        "基本支出1120万元，项目支出760万元）"
    )
    rows = [
        ["2027年度部门整体支出绩效目标申报表"],
        ["部门（单位）名称：柳湾区自然资源局"],
        [budget],
        ["年度总体目标：完成片区详细规划编制。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "完成片区详细规划编制", "≥3个"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]
    money = [f for f in _check(_save(tmp_path, rows)) if f[0][0] in "BX"]
    assert money == [("B101", "error", "A3")]  # 1120 + 760 = 1880: no B108 for the cell


def test_a_procurement_share_is_no_source(tmp_path: Path) -> None:
    head = [
        ["项目资金（万元）", "年度资金总额", 2400, "其中：政府性基金", 2000],
        [None, "单位自筹", 400, "其中：政府采购预算", 2150],
    ]
    assert [f for f in _check(_save(tmp_path, _project(head))) if f[0][0] == "B"] == []


def test_a_rate_of_capital_kept_and_grown_may_pass_100_percent(tmp_path: Path) -> None:
    rows = [*_ROWS[:4], [None, "经济效益指标", "国有资产保值增值率", "≥103%"], _ROWS[4]]
    assert _said(_check(_save(tmp_path, _project(_MONEY, rows)))) == []


def test_a_stamp_a_date_and_the_sender_alone_below_the_table(tmp_path: Path) -> None:
    rows = [*_ROWS, [], ["临溪县民政局（盖章）"], ["2026年11月25日"], ["填报单位：青岚市国资委"]]
    assert _said(_check(_save(tmp_path, _project(_MONEY, rows)))) == []


def test_a_rate_of_waste_spilt_is_a_cap(tmp_path: Path) -> None:
    rows = [*_ROWS[:4], [None, "生态效益指标", "垃圾收运过程抛洒滴漏率", "≥2%"], _ROWS[4]]
    found = _check(_save(tmp_path, _project(_MONEY, rows)))
    assert [f[0] for f in found if f[0] == "T108"] == ["T108"]


def _lines(tmp_path: Path, block: list[list[Any]]) -> Found:
    money = [["项目资金（万元）", "年度资金总额", 318, "其中：财政拨款", 318]]
    rows = [
        ["2027年度项目支出绩效目标表"],
        ["项目名称", "全民健身设施建设"],
        *money,
        ["年度绩效目标", "新建健身设施。"],
        *block,
        [],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        *_ROWS,
    ]
    return [f for f in _check(_save(tmp_path, rows)) if f[0][0] == "B"]


@pytest.mark.parametrize(
    "block",
    [
        [  # two lines a row, one 合计 at the right
            ["资金明细（万元）"],
            ["明细", None, "金额", "明细", None, "金额"],
            ["多功能运动场", None, 136, "健身路径器材", None, 72],
            ["笼式足球场", None, 46, "塑胶步道", None, 64],
            ["合计", None, None, None, None, 318],
        ],
        [  # pairs after a block title, 合计 as the last row's second pair
            ["资金明细", "多功能运动场", 136, "健身路径器材", 72],
            [None, "塑胶步道", 110, "合计", 318],
        ],
        [  # a block title, then the names' head
            ["支出明细（万元）", "明细", None, "金额"],
            [None, "多功能运动场", None, 182],
            [None, "健身路径器材", None, 136],
            [None, "合计", None, 318],
        ],
        [  # groups with their 小计
            ["重点任务", "任务名称", "金额（万元）"],
            [None, "多功能运动场", 182],
            [None, "小计", 182],
            [None, "健身路径器材", 136],
            [None, "小计", 136],
            [None, "合计", 318],
        ],
        [  # a list with its own unit in its head, under a table in 万元
            ["采购明细", "品目", "金额（元）"],
            [None, "健身路径器材", 1360000],
            [None, "塑胶步道", 1820000],
            [None, "合计", 3180000],
        ],
    ],
)
def test_lines_that_add_up_are_right(tmp_path: Path, block: list[list[Any]]) -> None:
    assert _lines(tmp_path, block) == []
