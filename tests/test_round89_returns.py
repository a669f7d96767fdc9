"""Rounds 89 to 91's held-out returns (holdout272–280), in shapes of their own: a count of
posts named after the quota policy (按比例安排就业), a cap per 组 times the sets bought, a budget
system's project row (its fields under their labels on a sheet of its own), a yearbook's goal
that records last year, detail blocks titled 项目资金明细 or laid across two rows, an amount
pasted twice with a note, an export's money in the indicator header's columns, courses formed
to stay, a standard per 人·天 times the 人·天, a burden lightened and a cell holding two
label：value pairs. Every workbook is invented and built here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl

from goalbook.reader import read_tables
from goalbook.reader.intake import Limits
from tests.returns import SPLIT_HEAD, found_at, official_table, period_row, save_sheet


def _table(rows: list[list[Any]], goal: str = "2026年完成库房设备配置。") -> list[list[Any]]:
    above = [period_row(), ["项目资金（万元）", "年度资金总额", 310], ["年度绩效目标", goal]]
    satisfied = ["满意度指标", "服务对象满意度指标", "使用人员满意度", "≥", 90, "%"]
    return official_table("档案库房设备配置", rows, above=above, head=SPLIT_HEAD, below=[satisfied])


def test_a_count_of_posts_named_after_the_quota_policy_is_no_rate(tmp_path: Path) -> None:
    """新增按比例安排就业岗位数 │ ≥150个: 按比例 names the policy (posts placed by quota), the
    indicator counts posts; a share of employers (…单位占比) given as a count is still T105."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新增按比例安排就业岗位数", "≥", 150, "个"],
        ["效益指标", "社会效益指标", "残疾人就业服务覆盖乡镇", "≥", 12, "个"],
    ]
    found = found_at(save_sheet(tmp_path / "q.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "T105"], found
    rows[0][2] = "按比例安排就业单位占比"
    found = found_at(save_sheet(tmp_path / "s.xlsx", _table(rows)))
    assert ("T105", "error", "E7") in found, found


def test_a_cap_per_set_times_the_sets_above_the_money_is_a_warning(tmp_path: Path) -> None:
    """智能密集架单价 ≤1.6万元/组 × 200组 = 320万元 above the 310万元 of the project: B107 as a
    warning at the cap; ≤1.5万元/组 (300万元) fits."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新增智能密集架", "≥", 200, "组"],
        ["成本指标", "经济成本指标", "智能密集架单价", "≤", 1.6, "万元/组"],
    ]
    found = found_at(save_sheet(tmp_path / "c.xlsx", _table(rows)))
    assert ("B107", "warning", "E8") in found, found
    rows[1][4] = 1.5
    found = found_at(save_sheet(tmp_path / "f.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "B107"], found


_RECORD_HEAD = ["单位编码", "单位名称", "项目编码", "项目名称", "计划开始日期", "计划完成日期"]
_RECORD_HEAD += ["年度资金合计", "财政拨款", "其他资金"]


def _export(path: Path, records: list[list[Any]]) -> Path:
    """A budget system's export: the projects' rows on 05-1 (labels over values), the
    indicators on 05-2, one per row with the project's code and name."""
    wb = openpyxl.Workbook()
    money = wb.active
    assert money is not None
    money.title = "项目支出预算05-1"
    for row in (["2026年部门项目支出预算表"], ["单位名称：云岫市档案馆"], _RECORD_HEAD, *records):
        money.append(row)
    goals = wb.create_sheet("项目支出绩效目标05-2")
    goals.append(["2026年部门项目支出绩效目标表"])
    goals.append(["项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"])
    name = records[0][3]
    for tier1, tier2, indicator, op, value, unit in (
        ("产出指标", "数量指标", "档案数字化扫描", "≥", 120, "万画幅"),
        ("产出指标", "质量指标", "数字化成果验收合格率", "≥", 98, "%"),
        ("效益指标", "社会效益指标", "跨馆查档办结", "≥", 3000, "件次"),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥", 90, "%"),
    ):
        goals.append([name, tier1, tier2, indicator, op, value, unit])
    wb.save(path)
    return path


def test_a_budget_systems_project_row_gives_the_fields_under_its_labels(tmp_path: Path) -> None:
    """单位名称 │ 项目名称 │ 计划开始日期 │ 计划完成日期 │ 年度资金合计 │ 财政拨款 over one row of
    values: each field is the value under its label (a date serial typed as text is X104, an
    amount split by a space X105), not the next label right of it; a list of several projects
    there gives this table no field."""
    one = ["208003", "云岫市档案馆", "20800326Z001", "民生档案数字化", dt.date(2026, 1, 1)]
    one += ["46387", 128.5, "96.5 0", 32]
    found = found_at(_export(tmp_path / "one.xlsx", [one]))
    assert ("X104", "warning", "F4") in found, found
    assert ("X105", "warning", "H4") in found, found
    two = [*one[:5], dt.date(2026, 12, 31), 128.5, 96.5, 32]
    (table,) = read_tables(_export(tmp_path / "two.xlsx", [one, two]), None, Limits(), False)
    assert not {"end", "start"} & set(table.fields), table.fields


def test_last_year_recorded_in_a_yearbook_is_no_odd_year(tmp_path: Path) -> None:
    """A 2026 yearbook 全面记述2025年 (last year, which it records): no Y103; a year before that
    recorded in it is still one."""
    rows: list[list[Any]] = [["产出指标", "数量指标", "年鉴印制", "≥", 1200, "册"]]
    goal = "编纂出版《云岫年鉴（2026）》，全面记述2025年全市经济社会发展情况。"
    found = found_at(save_sheet(tmp_path / "y.xlsx", _table(rows, goal)))
    assert not [f for f in found if f[0] == "Y103"], found
    found = found_at(save_sheet(tmp_path / "o.xlsx", _table(rows, goal.replace("2025", "2023"))))
    assert ("Y103", "warning", "B5") in found, found


# Round 90 (holdout275–277)

_ROWS: list[list[Any]] = [["产出指标", "数量指标", "筹集人才公寓房源", "≥", 1200, "套"]]


def test_a_block_titled_project_money_details_is_read(tmp_path: Path) -> None:
    """项目资金明细 │ 金额（万元） │ 测算依据 over its lines: the title heads the lines' names, so
    an amount pasted twice there is X106 and lines that do not add up are B102."""
    rows = _table(_ROWS)
    rows += [
        ["项目资金明细", "金额（万元）", "测算依据"],
        ["房源租赁", 180, "按合同租金测算"],
        ["公寓维修改造", "100万100万", "老旧设施维修"],
        ["物业服务", 30, "委托运营"],
        ["合计", 310],
    ]
    found = found_at(save_sheet(tmp_path / "t.xlsx", rows))
    assert ("X106", "error", "B11") in found, found
    rows[-1][1] = 320
    found = found_at(save_sheet(tmp_path / "s.xlsx", rows))
    assert ("B102", "error", "B13") in found, found


def test_an_amount_with_a_note_stays_a_line_of_its_block(tmp_path: Path) -> None:
    """资金明细（万元） left of rows of a name and an amount: 96万96万（含拆除旧机组） is its
    line's amount pasted twice (X106), not the end of the block."""
    rows = _table(_ROWS)
    rows += [
        ["资金明细（万元）", "机组采购", 180, "24台×7.5万元/台"],
        [None, "拆除及安装", "96万96万（含拆除旧机组）", "按工程量清单"],
        [None, "电气配套", 34, "配电增容"],
        [None, "合计", 310],
    ]
    found = found_at(save_sheet(tmp_path / "n.xlsx", rows))
    assert ("X106", "error", "C10") in found, found


def test_lines_laid_across_two_rows_add_up_to_their_total(tmp_path: Path) -> None:
    """资金明细 │ 师资费 │ 场地费 │ 教材费 │ 合计 over 金额（万元） │ 150 │ 110 │ 40 │ 310: each
    column a line; lines adding to 300 against 合计 310 are B102 at the total."""
    head: list[Any] = ["资金明细", "师资费", "场地费", "教材费", "合计"]
    rows = [*_table(_ROWS), head, ["金额（万元）", 150, 110, 50, 310]]
    assert not [f for f in found_at(save_sheet(tmp_path / "a.xlsx", rows)) if f[0] == "B102"]
    rows[-1][3] = 40
    found = found_at(save_sheet(tmp_path / "b.xlsx", rows))
    assert ("B102", "error", "E10") in found, found


def test_courses_formed_to_stay_are_a_lasting_effect(tmp_path: Path) -> None:
    """形成专业化培训课程 ≥12门 under 可持续影响指标: what the project leaves, no output out of
    place (F201); 举办专业化培训班 ≥12期 there is one."""
    rows: list[list[Any]] = [
        *_ROWS,
        ["效益指标", "可持续影响指标", "形成专业化培训课程", "≥", 12, "门"],
    ]
    found = found_at(save_sheet(tmp_path / "c.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "F201"], found
    rows[1][2:6] = ["举办专业化培训班", "≥", 12, "期"]
    found = found_at(save_sheet(tmp_path / "d.xlsx", _table(rows)))
    assert ("F201", "warning", "C8") in found, found


def test_an_exports_money_columns_are_the_projects_money(tmp_path: Path) -> None:
    """项目编码 │ 项目名称 │ 资金总额 │ 其中：财政拨款 │ 其他资金 │ 一级指标 …: the project's name
    and money are the first values under those heads (86.5 4 split by a space: X105; a total
    that its parts do not make: B101)."""
    head = ["项目编码", "项目名称", "资金总额", "其中：财政拨款", "其他资金", "一级指标"]
    rows: list[list[Any]] = [
        ["2025年度项目支出绩效目标表"],
        [
            "预算单位：枫溪市宗教事务服务中心",
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            "单位：万元",
        ],
        [*head, "二级指标", "三级指标", "指标值"],
        ["418003250001", "消防器材更新", "86.5 4", 80.54, 6, "产出指标", "数量指标"],
        [None, None, None, None, None, "效益指标", "社会效益指标", "初起火灾处置达标率", "≥90%"],
        [None, None, None, None, None, "满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
    ]
    rows[3] += ["更新器材场所数", "≥35处"]
    found = found_at(save_sheet(tmp_path / "e.xlsx", rows))
    assert ("X105", "warning", "C4") in found, found
    rows[3][2] = 90
    found = found_at(save_sheet(tmp_path / "f.xlsx", rows))
    assert [f for f in found if f[0] == "B101"], found


def test_a_standard_per_person_day_pays_for_the_person_days(tmp_path: Path) -> None:
    """住宿费标准 ≤550元/人·天 × 接待人天数 ≥1400人·天 = 77万元 above 60万元: B107 (a warning);
    ≤400元/人·天 (56万元) fits."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "外宾接待人天数", "≥", 1400, "人·天"],
        ["成本指标", "经济成本指标", "外宾住宿费标准", "≤", 550, "元/人·天"],
    ]
    table = _table(rows)
    table[3][2] = 60
    found = found_at(save_sheet(tmp_path / "g.xlsx", table))
    assert ("B107", "warning", "E8") in found, found
    table[7][4] = 400
    found = found_at(save_sheet(tmp_path / "h.xlsx", table))
    assert not [f for f in found if f[0] == "B107"], found


# Round 91 (holdout278–280)


def test_a_burden_lightened_is_more_the_better(tmp_path: Path) -> None:
    """受助患者医疗费用负担减轻比例 ≥30%: the share by which a cost is lightened, 正向 (no
    T108); 受助患者医疗费用 ≥5000元 is a cost, 反向."""
    rows: list[list[Any]] = [
        *_ROWS,
        ["效益指标", "社会效益指标", "受助患者医疗费用负担减轻比例", "≥", 30, "%"],
    ]
    found = found_at(save_sheet(tmp_path / "l.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "T108"], found
    rows[1][2:6] = ["受助患者人均医疗费用", "≥", 5000, "元"]
    found = found_at(save_sheet(tmp_path / "c.xlsx", _table(rows)))
    assert [f for f in found if f[0] == "T108"], found


def test_two_pairs_in_one_cell_give_the_budget_year(tmp_path: Path) -> None:
    """单位：云岫市慈善总会    预算年度：2026 under a title without a year: the year is 2026
    (no Y105, and a deadline in 2026 is in the year); one pair alone reads as before."""
    rows = _table(_ROWS)
    rows[0] = ["项目支出绩效目标表"]
    rows[1:1] = [["单位：云岫市慈善总会    预算年度：2026"]]
    rows[5][1] = "完成救助任务。"
    rows.insert(-1, ["产出指标", "时效指标", "救助资金拨付完成时间", None, "2026年11月30日前"])
    found = found_at(save_sheet(tmp_path / "y.xlsx", rows))
    assert not [f for f in found if f[0] in ("Y105", "Y102")], found
    rows[1] = ["单位：云岫市慈善总会"]
    found = found_at(save_sheet(tmp_path / "n.xlsx", rows))
    assert ("Y105", "warning", "") in found, found
