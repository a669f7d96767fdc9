"""What was left from the twenty-third blind round and what the twenty-fourth found, on
invented returns: a money label with its amount glued on in one cell (资金总额128万元（其中…）)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_tables

Found = list[tuple[str, str, str]]

_ROWS: list[list[Any]] = [
    ["产出指标", "数量指标", "维修灌排渠道长度", "≥36公里"],
    [None, "质量指标", "维修工程验收合格率", "≥95%"],
    [None, "时效指标", "汛前维修完成时间", "2027年5月31日前"],
    ["效益指标", "社会效益指标", "灌溉设施完好率", "≥90%"],
    ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"],
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


def _project(head: list[list[Any]], rows: list[list[Any]] = _ROWS) -> list[list[Any]]:
    return [
        ["2027年度项目支出绩效目标表"],
        ["项目名称", "高标准农田设施管护"],
        *head,
        ["年度绩效目标", "维修灌排渠道36公里。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        *rows,
    ]


@pytest.mark.parametrize(
    ("head", "found"),
    [
        (["项目资金", "资金总额128万元（其中：中央补助80万元，县级配套38万元）"], "warning"),
        (["项目资金", "资金总额118万元（其中：中央补助80万元，县级配套38万元）"], None),
        (["资金总额108万元（其中：中央补助80万元，县级配套38万元）"], "error"),
    ],
)
def test_an_amount_glued_to_its_label(tmp_path: Path, head: list[str], found: str | None) -> None:
    path = _save(tmp_path, _project([head]))
    total = read_tables(path)[0].fields["total"]
    assert total.text.startswith(head[-1][4:7])  # the amount, without its label
    money = [f for f in _check(path) if f[0][0] in "BX"]
    assert money == ([("B101", found, total.at.a1)] if found else [])


def test_a_glued_word_that_is_no_money_label_names_no_field(tmp_path: Path) -> None:
    path = _save(tmp_path, _project([["维修渠道36公里", "机耕路18公里"]]))
    assert "total" not in read_tables(path)[0].fields


def _detail(groups: list[list[Any]], total: float) -> list[list[Any]]:
    return [
        ["资金明细（万元）"],
        ["支出类别", "支出内容", "测算依据", "金额"],
        *groups,
        ["合计", None, None, total],
    ]


_GROUPED = [
    ["一、设备购置", "巡查无人机", "3台×4万元", 12],
    [None, "执法记录仪", "40台×0.2万元", 8],
    [None, "小计", None, 20],
    ["二、运行维护", "平台运维", "12个月×4.5万元", 54],
    [None, "设备维修", "按原值测算", 13],
    [None, "小计", None, 67],
]


def _with_detail(tmp_path: Path, groups: list[list[Any]], total: float) -> Found:
    rows = [*_project([["资金总额（万元）", total]]), [], *_detail(groups, total)]
    return [f for f in _check(_save(tmp_path, rows)) if f[0][0] in "BX"]


def test_groups_that_add_up_say_nothing(tmp_path: Path) -> None:
    assert _with_detail(tmp_path, _GROUPED, 87) == []


@pytest.mark.parametrize("total", [89, 87])  # the 合计 of the 小计, or of the lines
def test_a_subtotal_off_its_group_is_said_at_the_subtotal(tmp_path: Path, total: float) -> None:
    groups = [list(row) for row in _GROUPED]
    groups[2][3] = 22  # 12 + 8 = 20
    found = _with_detail(tmp_path, groups, total)
    assert found == [("B102", "error", "D16")]  # the 小计, not the 合计 it explains


def test_a_subtotal_and_a_total_both_off_are_both_said(tmp_path: Path) -> None:
    groups = [list(row) for row in _GROUPED]
    groups[2][3] = 22
    found = _with_detail(tmp_path, groups, 100)
    assert ("B102", "warning", "D16") in found
    assert [f for f in found if f[2] == "D16"] == [("B102", "warning", "D16")]
    assert any(f[0] == "B102" and f[2] == "D20" for f in found)


def test_a_subtotal_left_of_the_names_keeps_the_lines_below_it(tmp_path: Path) -> None:
    groups = [list(row) for row in _GROUPED]
    groups[2] = ["小计", None, None, 20]
    groups[5] = ["小计", None, None, 60]  # 54 + 13 = 67
    assert _with_detail(tmp_path, groups, 80) == [("B102", "error", "D19")]
    table = read_tables(_save(tmp_path, [*_project([]), [], *_detail(groups, 80)]))[0]
    assert [line.name.text for line in table.lines if line.name] == [
        "巡查无人机", "执法记录仪", "平台运维", "设备维修",
    ]  # fmt: skip


def test_a_subtotal_heading_its_group_is_not_checked(tmp_path: Path) -> None:
    groups = [
        ["一、设备购置", "小计", None, 22],
        [None, "巡查无人机", "3台×4万元", 12],
        [None, "执法记录仪", "50台×0.2万元", 10],
        ["二、运行维护", "小计", None, 67],
        [None, "平台运维", "12个月×4.5万元", 54],
        [None, "设备维修", "按原值测算", 13],
    ]
    assert _with_detail(tmp_path, groups, 89) == []


_BUDGET = ["年度预算：资金总额2350万元（其中基本支出1450万元，项目支出900万元）"]


def _department(tasks: str, budget: list[Any] = _BUDGET) -> list[list[Any]]:
    return [
        ["2027年度部门整体支出绩效目标表"],
        ["部门（单位）名称：石岭县市场监督管理局"],
        budget,
        [tasks],
        ["年度总体目标：完成食品安全抽检3200批次。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "食品安全抽检批次", "≥3200批次"],
        [None, "质量指标", "特种设备定期检验率", "≥98%"],
        ["效益指标", "社会效益指标", "食品安全事件", "无重大事件"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]


@pytest.mark.parametrize(
    ("tasks", "found"),
    [
        (
            "年度主要任务：1. 食品安全抽检（预算420万元）；2. 特种设备安全监察（预算300万元）；"
            "3. 计量器具强制检定（预算200万元）。以上合计900万元。",
            [("B102", "error", "A4")],
        ),
        (
            "年度主要任务：1. 食品安全抽检（预算400万元）；2. 特种设备安全监察（预算300万元）；"
            "3. 计量器具强制检定（预算200万元）。以上合计900万元。",
            [],
        ),
        (  # no 合计: the tasks against 项目支出 (not the whole budget: maybe some of it)
            "重点工作任务：1. 食品安全抽检，预算420万元；2. 特种设备安全监察，预算300万元；"
            "3. 计量器具强制检定，预算200万元。",
            [],
        ),
        (  # an item without an amount: no lines read, nothing said
            "年度主要任务：1. 食品安全抽检（预算420万元）；2. 特种设备安全监察；"
            "3. 计量器具强制检定（预算200万元）。",
            [],
        ),
    ],
)
def test_tasks_written_in_one_cell(tmp_path: Path, tasks: str, found: Found) -> None:
    path = _save(tmp_path, _department(tasks))
    assert [f for f in _check(path) if f[0][0] in "BX"] == found


def test_tasks_in_one_cell_against_the_project_spending(tmp_path: Path) -> None:
    budget = ["资金总额（万元）", 2350, "基本支出", 1450, "项目支出", 900]
    tasks = "年度主要任务：1. 食品安全抽检（预算420万元）；2. 特种设备安全监察（预算500万元）。"
    found = _check(_save(tmp_path, _department(tasks, budget)))
    assert [f for f in found if f[0][0] in "BX"] == [("B102", "error", "F3")]


def test_tasks_in_one_cell_are_read_as_lines(tmp_path: Path) -> None:
    tasks = "年度主要任务：1. 食品安全抽检（预算400万元）；2. 特种设备安全监察（预算500万元）。"
    table = read_tables(_save(tmp_path, _department(tasks)))[0]
    read = [(line.name.text, line.amount.text) for line in table.lines if line.name and line.amount]
    assert read == [("食品安全抽检", "400万元"), ("特种设备安全监察", "500万元")]


@pytest.mark.parametrize(
    ("head", "at"),
    [
        ([["项目期：1年（2026年1月1日至2026年12月31日）"]], "A3"),
        ([["项目期：1年"], ["项目起止时间：2026年1月1日—2026年12月31日"]], "A4"),
    ],
)
def test_plan_dates_inside_the_periods_text(tmp_path: Path, head: list[Any], at: str) -> None:
    found = _check(_save(tmp_path, _project(head)))
    assert [f for f in found if f[0][0] == "Y"] == [("Y102", "error", at)] * 2  # start, end


def test_plan_dates_inside_the_periods_text_in_its_year(tmp_path: Path) -> None:
    head = [["项目期：1年"], ["项目起止时间：2027年1月1日—2027年12月31日"]]
    table = read_tables(path := _save(tmp_path, _project(head)))[0]
    assert (table.fields["start"].text, table.fields["end"].text) == ("2027-01-01", "2027-12-31")
    assert [f for f in _check(path) if f[0][0] == "Y"] == []


def _summary_book(tmp_path: Path, listed: tuple[Any, Any], unit: str = "万元") -> Path:
    wb = openpyxl.Workbook()
    summary = wb.active
    assert summary is not None
    summary.title = "项目汇总"
    summary.append(["2027年度项目支出绩效目标汇总表"])
    summary.append([f"单位：{unit}"])
    summary.append(["序号", "项目名称", "实施单位", "年度资金总额"])
    summary.append([1, "水生生物增殖放流", "水产技术推广站", listed[0]])
    summary.append([2, "农机购置补贴", "农机服务中心", listed[1]])
    for title, name, amount in (("放流", "水生生物增殖放流", 39), ("农机", "农机购置补贴", 186)):
        ws = wb.create_sheet(title)
        rows = _project([["年度资金总额（万元）", amount]])
        rows[1] = ["项目名称", name]
        for row in rows:
            ws.append(row)
    wb.save(path := tmp_path / "book.xlsx")
    return path


@pytest.mark.parametrize(
    ("listed", "unit", "found"),
    [
        ((39, 186), "万元", []),
        ((93, 186), "万元", [("B101", "error", "D4")]),
        ((390000, 1860000), "元", []),  # in 元 beside tables in 万元: no B101 (B105 says it)
    ],
)
def test_a_summary_sheet_against_the_projects_sheets(
    tmp_path: Path, listed: tuple[Any, Any], unit: str, found: Found
) -> None:
    result, _ = check_file(_summary_book(tmp_path, listed, unit), CheckOptions())
    said = [(f.code, f.severity.value, f.at.a1 if f.at else "") for f in result.findings]
    assert [f for f in said if f[0] in ("B101", "B102")] == found
    if found:
        hit = next(f for f in result.findings if f.code == "B101")
        assert hit.at is not None and hit.at.sheet == "项目汇总"
        assert "93" in hit.message and "39" in hit.message


def test_a_summarys_total_may_be_the_years_amount(tmp_path: Path) -> None:
    path = _summary_book(tmp_path, (39, 186))
    wb = openpyxl.load_workbook(path)
    wb["项目汇总"]["D3"] = "资金总额"  # the year's amount in an annual summary, or the whole
    ws = wb["放流"]
    ws.insert_rows(3)
    ws["A3"], ws["B3"] = "中期资金总额（万元）", 78
    wb.save(path)
    result, _ = check_file(path, CheckOptions())
    assert [f.code for f in result.findings if f.code in ("B101", "B102")] == []
    wb["项目汇总"]["D4"] = 93
    wb.save(path)
    result, _ = check_file(path, CheckOptions())
    assert [f.code for f in result.findings if f.code in ("B101", "B102")] == ["B101"]


def _lists_under_merged_heads(tmp_path: Path, other_part: float) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    rows: list[list[Any]] = [
        ["2027年度部门整体支出绩效目标申报表"],
        ["部门（单位）名称", "荻溪县林业局"],
        ["收入预算（万元）", None, None, "支出预算（万元）"],
        ["一、财政拨款收入", None, 1160, "一、基本支出", None, 710],
        ["\u3000其中：一般公共预算拨款", None, 1090, "\u3000其中：人员经费", None, 604],
        ["\u3000\u3000政府性基金预算拨款", None, 70, "\u3000\u3000公用经费", None, 106],
        ["二、其他收入", None, 120, "二、项目支出", None, 570],
        ["\u3000其中：林木采伐补偿收入", None, other_part, "\u3000其中：森林防火", None, 236],
        ["收入合计", None, 1280, "支出合计", None, 1280],
        [],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "森林防火巡护面积", "≥12万亩"],
        ["效益指标", "生态效益指标", "森林覆盖率", "≥68%"],
        ["满意度指标", "服务对象满意度指标", "林农满意度", "≥90%"],
    ]
    for row in rows:
        ws.append(row)
    for r in range(4, 10):
        ws.merge_cells(f"A{r}:B{r}")
        ws.merge_cells(f"D{r}:E{r}")
    ws.merge_cells("A3:C3")
    ws.merge_cells("D3:F3")
    wb.save(path := tmp_path / "lists.xlsx")
    return path


@pytest.mark.parametrize(("part", "found"), [(100, []), (135, [("B101", "error", "C8")])])
def test_lists_under_heads_merged_over_labels_and_amounts(
    tmp_path: Path, part: float, found: Found
) -> None:
    path = _lists_under_merged_heads(tmp_path, part)
    assert [f for f in _check(path) if f[0][0] == "B"] == found
    grids = read_tables(path)[0].grids
    assert sorted(g.labels[0].text for g in grids) == ["支出预算（万元）", "收入预算（万元）"]


def _shares_grid(tmp_path: Path, share: float) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    rows: list[list[Any]] = [
        ["2027年度部门整体支出绩效目标申报表"],
        ["部门（单位）名称", "棠浦县医疗保障局"],
        ["支出构成", "项目", "金额（万元）", "占比", "说明"],
        [None, "人员经费", 1350, 0.54],
        [None, "公用经费", 400, share],
        [None, "项目支出", 750, 0.3, "医保经办"],
        [None, "合计", 2500, 1],
        [],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "基层医保服务站建设数量", "≥14个"],
        ["满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%"],
    ]
    for row in rows:
        ws.append(row)
    for r in range(4, 8):
        ws.cell(r, 4).number_format = "0.00%"
    wb.save(path := tmp_path / "shares.xlsx")
    return path


@pytest.mark.parametrize(("share", "found"), [(0.16, []), (0.18, [("B111", "error", "D5")])])
def test_a_share_beside_a_lists_amount(tmp_path: Path, share: float, found: Found) -> None:
    assert [f for f in _check(_shares_grid(tmp_path, share)) if f[0][0] == "B"] == found


@pytest.mark.parametrize(
    "line",
    [
        ["校长：蒋文斌", None, "经办人：潘悦", "联系电话：0579-86241026"],
        ["局长：罗一鸣"],
        ["社区书记：韦晓", "主任：梁冰"],
    ],
)
def test_a_heads_signature_under_the_table_ends_it(tmp_path: Path, line: list[Any]) -> None:
    path = _save(tmp_path, [*_project([]), [], line])
    assert _check(path) == []
    assert len(read_tables(path)[0].indicators) == len(_ROWS)


def test_a_rank_moving_up_is_a_grade(tmp_path: Path) -> None:
    rows = [list(r) for r in _ROWS]
    rows[3] = ["效益指标", "社会效益指标", "学科评估排名", "进位"]
    assert _check(_save(tmp_path, _project([], rows))) == []


def _costs(rows: list[list[Any]], budget: float) -> list[list[Any]]:
    return _project([["年度资金总额（万元）", budget]], [*rows, *_ROWS[1:]])


@pytest.mark.parametrize(("budget", "found"), [(90, ["B107"]), (110, [])])
def test_a_cost_per_person_times_the_count_sharing_a_word(
    tmp_path: Path, budget: float, found: list[str]
) -> None:
    rows = [
        ["产出指标", "数量指标", "体检老年人数", "≥6000人"],
        [None, None, "慢性病早期发现人数", "≥300人"],
        ["成本指标", "经济成本指标", "人均体检费用", "≤180元/人"],
    ]
    said = _check(_save(tmp_path, _costs(rows, budget)))
    assert [f[0] for f in said if f[0] == "B107"] == found


def _period_costs(annual: str) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "农村学校智慧教室建设"],
        ["计划开始日期", "2026-01-01", "计划完成日期", "2027-12-31"],
        ["中期资金总额（万元）", 360, "年度资金总额（万元）", 180],
        ["中期目标", "建设智慧教室120间。", "年度目标", "建设智慧教室70间。"],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        ["产出指标", "数量指标", "建设智慧教室", "≥120间", annual],
        [None, "成本指标", "每间智慧教室设备采购单价", "≤3万元/间", "≤3万元/间"],
        [None, "质量指标", "设备验收合格率", "100%", "100%"],
        ["效益指标", "社会效益指标", "受益农村学生", "≥9000人", "≥4500人"],
        ["满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%"],
    ]


@pytest.mark.parametrize(
    ("annual", "found"),
    [("≥70间", ["B107"]), ("≥60间", []), ("≥120间", [])],  # 120 of 120: a copy, not the year's
)
def test_a_cost_per_thing_in_the_first_year_of_a_period(
    tmp_path: Path, annual: str, found: list[str]
) -> None:
    said = _check(_save(tmp_path, _period_costs(annual)))
    assert [f[0] for f in said if f[0] == "B107"] == found


@pytest.mark.parametrize(("last", "found"), [(530, []), (430, [("B101", "error", "B4")])])
def test_a_periods_money_by_year(tmp_path: Path, last: float, found: Found) -> None:
    head = [
        ["计划开始日期", "2026-01-01", "计划完成日期", "2028-12-31"],
        ["中期资金总额（万元）", 1530, "年度资金总额（万元）", 520],
        ["2026年", 520, "2027年", 480],
        ["2028年", last],
    ]
    rows = _project([])
    rows[0] = ["2026年度项目支出绩效目标申报表"]
    said = _check(_save(tmp_path, [*rows[:2], *head, *rows[2:]]))
    assert [f for f in said if f[0][0] == "B"] == found


@pytest.mark.parametrize(
    ("name", "value", "said"),
    [
        ("危桥加固数量", "≥12座", False),  # what is there or done: no delivery word
        ("农机作业服务组织数量", "≥15个", False),
        ("城区易涝点消除数量", "≥8个", False),  # an outcome
        ("培训后创业项目落地数", "≥20个", False),
        ("新增违法建设面积", "≤500平方米", False),  # an incident
        ("举办文艺演出场次", "≥40场次", True),  # an activity delivered, counted
        ("开展宣传活动数量", "≥12次", True),
    ],
)
def test_a_count_under_an_effect_tier(tmp_path: Path, name: str, value: str, said: bool) -> None:
    rows = [list(r) for r in _ROWS]
    rows[3] = ["效益指标", "社会效益指标", name, value]
    found = [f for f in _check(_save(tmp_path, _project([], rows))) if f[0] == "F201"]
    assert found == ([("F201", "warning", "C8")] if said else [])


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("数据库更新频次", "按季度更新"),
        ("补助资金拨付时限", "验收后≤30日"),
        ("补助资金拨付时间", "每季度首月15日前"),
    ],
)
def test_times_and_frequencies_as_offices_write_them(tmp_path: Path, name: str, value: str) -> None:
    rows = [list(r) for r in _ROWS]
    rows[2] = [None, "时效指标", name, value]
    assert _check(_save(tmp_path, _project([], rows))) == []


@pytest.mark.parametrize(("amount", "said"), [("1,260,000元", False), ("1,260,000", True)])
def test_an_amount_written_out_with_its_unit_is_no_number_as_text(
    tmp_path: Path, amount: str, said: bool
) -> None:
    path = _save(tmp_path, _project([["年度资金总额（元）", amount]]))
    assert [f[0] for f in _check(path) if f[0] == "X103"] == (["X103"] if said else [])


_DUTIES: list[list[Any]] = [
    ["职责履行", "重点工作任务完成", "新建高标准农田", "≥4.5万亩"],
    ["职责履行", "重点工作任务完成", "农业技术推广培训农民", "≥6000人次"],
    ["职责履行", "履职质量", "项目验收合格率", "100%"],
    ["职责履行", "履职时效", "耕地地力保护补贴发放", "6月30日前"],
    ["履职效能", "社会效益", "粮食总产量", "≥62万吨"],
    ["履职效能", "服务对象满意度", "农户满意度", "≥90%"],
    ["管理效率", "预算管理", "预算执行率", "≥95%"],
    ["管理效率", "制度管理", "内部控制制度", "健全"],
]


@pytest.mark.parametrize("merged", [False, True])
def test_the_duties_framework_with_its_first_tier(tmp_path: Path, merged: bool) -> None:
    rows = [list(r) for r in _DUTIES]
    if merged:  # the tiers written once and left blank below, as merged cells read
        for i in (1, 2, 3, 5, 7):
            rows[i][0] = None
    head = [["2027年度部门整体支出绩效目标表"], ["部门（单位）名称", "石岭县农业农村局"]]
    path = _save(tmp_path, [*head, ["一级指标", "二级指标", "三级指标", "指标值"], *rows])
    assert [f for f in _check(path) if f[1] == "error"] == []
    assert read_tables(path)[0].framework == "dept-duty"


def test_an_office_and_its_date_under_the_table_end_it(tmp_path: Path) -> None:
    path = _save(tmp_path, [*_project([]), [], ["云塘县财政局", None, None, "2026年12月8日"]])
    assert _check(path) == []


def _funds(head_goal: str) -> list[list[Any]]:
    one = [
        ["资金名称", "动物防疫补助资金"],
        ["实施期", "2027年"],
        [head_goal, "做好重大动物疫病强制免疫。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "强制免疫畜禽数量", "≥260万头"],
        [None, "质量指标", "免疫抗体合格率", "≥70%"],
        ["效益指标", "社会效益指标", "区域性重大动物疫情", "不发生"],
        ["满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥85%"],
        [],
    ]
    return [["柳湾县2027年度农业相关转移支付资金区域绩效目标表"], *one, *one]


def test_funds_stacked_under_one_title_take_its_year(tmp_path: Path) -> None:
    tables = read_tables(path := _save(tmp_path, _funds("年度区域绩效目标")))
    assert len(tables) == 2
    assert all(t.fields["title_year"].text.startswith("柳湾县2027") for t in tables)
    assert all("goal_annual" in t.fields for t in tables)
    assert [f for f in _check(path) if f[0] == "Y105"] == []


def _allocation(line: list[Any], total: float) -> list[list[Any]]:
    return [
        *_project([]),
        [],
        ["附：2027年农村公路养护补助资金分配明细（万元）"],
        ["序号", "县（市、区）", "合计", "中央补助", "省级资金", "市县配套", "备注"],
        [1, "青枫县", 1460, 1000, 340, 120],
        [2, "石埠县", 1290, 880, 300, 110],
        line,
        [None, "合计", total, 2580, 900, 330],
    ]


@pytest.mark.parametrize(
    ("line", "total", "found"),
    [
        ([3, "柳湾县", 1060, 700, 260, 100], 3810, []),
        ([3, "柳湾县", 1330, 700, 260, 100], 3810, [("B101", "error", "C15")]),  # not C16 too
        ([3, "柳湾县", 10600, 700, 260, 100], 3810, [("B101", "error", "C15")]),
        ([3, "柳湾县", 1060, 700, 260, 100], 4080, [("B102", "error", "C16")]),
    ],
)
def test_an_allocation_table_below_the_indicators(
    tmp_path: Path, line: list[Any], total: float, found: Found
) -> None:
    said = _check(_save(tmp_path, _allocation(line, total)))
    assert [f for f in said if f[0][0] in "BFST"] == found


def test_a_survey_of_costs_is_no_cost(tmp_path: Path) -> None:
    rows = [list(r) for r in _ROWS]
    rows[0] = ["产出指标", "数量指标", "农产品成本调查户", "≥180户"]
    assert _check(_save(tmp_path, _project([], rows))) == []


@pytest.mark.parametrize(("total", "found"), [(16211, []), (16221, [("B101", "error", "D4")])])
def test_a_departments_parts_and_total_over_their_amounts(
    tmp_path: Path, total: float, found: Found
) -> None:
    rows = [
        ["2027年度部门整体支出绩效目标表"],
        ["部门（单位）名称", "澄州市人力资源和社会保障局"],
        ["年度预算", "基本支出", "项目支出", "合计", "其中：财政拨款", "其他资金"],
        [None, 6840.25, 9370.75, total, total - 300, 300],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "补贴性职业技能培训", "≥1.5万人次"],
        ["效益指标", "社会效益指标", "城镇新增就业", "≥3.2万人"],
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
    ]
    assert [f for f in _check(_save(tmp_path, rows)) if f[0][0] == "B"] == found


_FILLED: list[list[Any]] = [
    ["产出指标", "数量指标", "道路机械化清扫面积", "≥1850万平方米"],
    ["产出指标", "数量指标", "维修市政道路", "≥6.5万平方米"],
    ["产出指标", "质量指标", "路灯亮灯率", "≥98%"],
    ["产出指标", "时效指标", "市政设施报修处置时限", "≤24小时"],
    ["效益指标", "社会效益指标", "城市环境卫生状况", "明显改善"],
    ["满意度指标", "服务对象满意度指标", "市民满意度", "≥85%"],
]


@pytest.mark.parametrize("blank", [False, True])
def test_a_blank_tier_in_a_table_that_fills_its_tiers_down(tmp_path: Path, blank: bool) -> None:
    rows = [list(r) for r in _FILLED]
    if blank:
        rows[3][1] = None  # 时效指标 left out: the row would read as 质量指标's
    found = [f for f in _check(_save(tmp_path, _project([], rows))) if f[0][0] == "F"]
    assert found == ([("F102", "warning", "B8")] if blank else [])


_RECKONING = (
    "渠道衬砌1.8公里×18万元/公里=32.4万元；节制闸6座×1.5万元=9万元；管护设施{}万元；合计45万元。"
)


@pytest.mark.parametrize(
    ("reckoning", "found"),
    [
        (_RECKONING.format("3.6"), []),
        (_RECKONING.format("2.1"), [("B102", "error", "B3")]),
        ("渠道衬砌约32.4万元，节制闸9万元，合计45万元", []),  # one part: no list to add up
    ],
)
def test_a_reckoning_written_out_with_its_total(
    tmp_path: Path, reckoning: str, found: Found
) -> None:
    path = _save(tmp_path, _project([["资金测算依据", reckoning]]))
    assert [f for f in _check(path) if f[0][0] == "B"] == found


def test_a_period_that_leaves_the_budget_year_out_does_not_judge_the_dates(tmp_path: Path) -> None:
    head = [["实施期", "2026年1月—2026年12月"]]  # the title says 2027: the period is off
    rows = [list(r) for r in _ROWS]
    rows[2] = [None, "时效指标", "项目开工时间", "2027年6月30日前"]
    found = [f for f in _check(_save(tmp_path, _project(head, rows))) if f[0][0] == "Y"]
    assert [f[2] for f in found] == ["B3"]  # the period's end, not the 2027 deadline too


def test_a_pages_foot_inside_the_table_is_no_indicator(tmp_path: Path) -> None:
    rows = [list(r) for r in _ROWS]
    rows.insert(3, ["霁山县交通运输局", None, None, "第 1 页 共 2 页"])
    path = _save(tmp_path, _project([], rows))
    assert _check(path) == []
    assert len(read_tables(path)[0].indicators) == len(_ROWS)  # the rows after it read too


def test_a_measure_word_before_a_unit_is_no_other_unit(tmp_path: Path) -> None:
    rows = _project([])
    rows[3] = ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"]
    rows[6] = [None, "时效指标", "补助资金拨付时限", "10个工作日以内", "工作日"]
    assert [f for f in _check(_save(tmp_path, rows)) if f[1] != "info"] == []


def test_a_fall_against_the_level_before_the_work_is_a_value(tmp_path: Path) -> None:
    rows = [list(r) for r in _ROWS]
    rows[3] = ["效益指标", "社会效益指标", "意外事故发生率", "比改造前下降20%以上"]
    assert _check(_save(tmp_path, _project([], rows))) == []


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("业务平均办理时长压缩比例", "≥30%"),  # a cut in time: the larger the better
        ("案件平均办理周期压缩", "≥15%"),
        ("参保患者门诊费用负担", "有所减轻"),  # a direction grade
    ],
)
def test_cuts_and_reliefs_as_offices_write_them(tmp_path: Path, name: str, value: str) -> None:
    rows = [list(r) for r in _ROWS]
    rows[3] = ["效益指标", "社会效益指标", name, value]
    assert _check(_save(tmp_path, _project([], rows))) == []


def test_duties_carried_out_under_the_duties_tier(tmp_path: Path) -> None:
    rows = [list(r) for r in _DUTIES]
    rows[2] = ["职责履行", "重点工作履行情况", "防护工程交工验收合格率", "100%"]
    head = [["2027年度部门整体支出绩效目标表"], ["部门（单位）名称", "石岭县水利局"]]
    path = _save(tmp_path, [*head, ["一级指标", "二级指标", "三级指标", "指标值"], *rows])
    assert [f for f in _check(path) if f[1] in ("error", "warning")] == []


@pytest.mark.parametrize(("fiscal", "found"), [(150, []), (112, [("B101", "error", "E3")])])
def test_a_part_named_in_an_amounts_label(tmp_path: Path, fiscal: float, found: Found) -> None:
    head = [
        [
            "项目资金（万元）",
            "年度资金总额",
            fiscal + 20,
            "其中：财政拨款（含上年结转140万元）",
            fiscal,
        ],
        [None, "其他资金", 20],
    ]
    said = _check(_save(tmp_path, _project(head)))
    assert [f for f in said if f[0][0] == "B"] == found
