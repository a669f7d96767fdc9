"""What the twentieth blind round found, on invented returns: a unit's budget as two lists side
by side (收入项目 │ 金额 │ 支出项目 │ 金额) is added up, each list against its total, a line
against its parts (基本支出 over 其中：人员经费 and 公用经费) and income against expenditure; a
header's second line under cells merged down is no indicator; a ratio is a quantity (定量);
万分之5, a rate per 万台, 按时接入 are values; 损失率 and a 检测周期 are 反向; a frequency is
the same each year; a proficiency test's 结果满意率 is no satisfaction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_tables

Found = list[tuple[str, str, str]]

_TABLE: list[list[Any]] = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "检测样品数量", "≥2.6万份"],
    [None, "质量指标", "检测报告准确率", "≥99%"],
    [None, "时效指标", "检测报告按时出具率", "≥95%"],
    ["效益指标", "社会效益指标", "食品安全风险隐患发现处置率", "≥95%"],
    ["满意度指标", "服务对象满意度指标", "委托单位满意度", "≥90%"],
]


def _save(tmp_path: Path, rows: list[list[Any]], merges: tuple[str, ...] = ()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    for block in merges:
        ws.merge_cells(block)
    wb.save(path := tmp_path / "return.xlsx")
    return path


def _check(path: Path) -> Found:
    result, _ = check_file(path, CheckOptions())
    return [(f.code, f.severity.value, f.at.a1 if f.at else "") for f in result.findings]


def _budget(
    income: list[float], spent: list[float], totals: tuple[float, float], title: str
) -> list[list[Any]]:
    names_in = ["财政拨款收入", "事业收入", "经营收入", "上年结转"]
    names_out = ["基本支出", "其中：人员经费", "\u3000\u3000公用经费", "项目支出"]
    return [
        ["2026年度单位整体支出绩效目标表"],
        ["单位名称", "青岚市检验检测中心"],
        [title, "收入项目", "金额", "支出项目", "金额", "说明"],
        *[
            [None, a, x, b, y]
            for a, x, b, y in zip(names_in, income, names_out, spent, strict=True)
        ],
        [None, "收入合计", totals[0], "支出合计", totals[1]],
        ["年度总体目标", "完成检测样品2.6万份以上。"],
        *_TABLE,
    ]


_IN = [1680, 1240, 160, 100]  # 3180
_OUT = [2360, 1640, 720, 820]  # 2360 + 820 = 3180


def test_a_units_budget_in_two_lists_that_adds_up(tmp_path: Path) -> None:
    path = _save(tmp_path, _budget(_IN, _OUT, (3180, 3180), "收支预算（万元）"))
    assert [f for f in _check(path) if f[0].startswith("B")] == []
    grids = read_tables(path)[0].grids
    assert [g.total.label.text for g in grids if g.total and g.total.label] == [
        "收入合计",
        "支出合计",
    ]
    assert [line.part for line in grids[1].lines] == [False, True, True, False]


def test_income_not_adding_up_to_its_total(tmp_path: Path) -> None:
    path = _save(tmp_path, _budget(_IN, _OUT, (3200, 3180), "收支预算（万元）"))
    found = [f for f in _check(path) if f[0].startswith("B")]
    assert ("B102", "error", "C8") in found, found


def test_a_line_and_its_parts(tmp_path: Path) -> None:
    spent = [2460, 1640, 720, 720]  # 1640 + 720 = 2360, not 2460
    path = _save(tmp_path, _budget(_IN, spent, (3180, 3180), "收支预算（万元）"))
    found = [f for f in _check(path) if f[0].startswith("B")]
    assert found == [("B101", "error", "E4")], found


@pytest.mark.parametrize(
    ("title", "severity"),
    [("收支预算（万元，收支平衡）", "error"), ("收支预算（万元）", "warning")],
)
def test_income_against_expenditure(tmp_path: Path, title: str, severity: str) -> None:
    spent = [2360, 1640, 720, 850]  # 3210 spent against 3180 of income
    path = _save(tmp_path, _budget(_IN, spent, (3180, 3210), title))
    found = [f for f in _check(path) if f[0].startswith("B")]
    assert found == [("B101", severity, "E8")], found


def test_a_headers_second_line_is_no_indicator(tmp_path: Path) -> None:
    rows = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "城市道路照明设施维护"],
        ["一级指标", "二级指标", "三级指标", "指标值", "历史值", None],
        [None, None, None, None, "2024年", "2025年"],
        ["产出指标", "数量指标", "维护道路照明灯杆", "≥21600基", "20480基", "21150基"],
        [None, "质量指标", "主次干道亮灯率", "≥98%", "97%", "98%"],
        [None, "时效指标", "故障修复及时率", "≥95%", "93%", "95%"],
        ["效益指标", "社会效益指标", "夜间出行安全保障", "有效保障", None, None],
        ["满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "88%", "90%"],
    ]
    path = _save(tmp_path, rows, ("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3"))
    found = _check(path)
    assert not [f for f in found if f[1] in ("error", "warning")], found
    assert [i.row for i in read_tables(path)[0].indicators][:1] == [5]


def _values(tmp_path: Path, rows: list[list[Any]]) -> Found:
    head: list[list[Any]] = [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "特种设备安全监察"],
        ["项目资金（万元）", "年度资金总额", 180],
        ["年度绩效目标", "完成特种设备监督检查，守住安全底线。"],
        ["一级指标", "二级指标", "三级指标", "指标值", "指标值类型"],
        ["产出指标", "数量指标", "特种设备监督检查台次", "≥1200台次", "定量"],
        [None, "质量指标", "检验报告合格率", "≥98%", "定量"],
        [None, "时效指标", "隐患整改及时率", "≥95%", "定量"],
        ["满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%", "定量"],
    ]
    return _check(_save(tmp_path, [*head, *rows]))


@pytest.mark.parametrize(
    ("name", "value", "kind"),
    [
        ("财政资金与社会资本投入比", "≥1:1.5", "定量"),
        ("数字化成果差错率", "≤万分之5", "定量"),
        ("特种设备万台死亡率", "≤0.2人/万台", "定量"),
        ("监察信息平台接入", "按时接入", "定性"),
    ],
)
def test_values_that_are_right_as_written(tmp_path: Path, name: str, value: str, kind: str) -> None:
    found = _values(tmp_path, [["效益指标", "社会效益指标", name, value, kind]])
    assert not [f for f in found if f[0] in ("T102", "T105", "T109")], found


@pytest.mark.parametrize(
    ("name", "value"), [("种质资源损失率", "≥0.5%"), ("样品平均检测周期", "≥7个工作日")]
)
def test_losses_and_turnaround_times_are_caps(tmp_path: Path, name: str, value: str) -> None:
    found = _values(tmp_path, [["效益指标", "社会效益指标", name, value, "定量"]])
    assert [f[:2] for f in found if f[0] == "T108"] == [("T108", "warning")], found


def test_a_proficiency_tests_result_rate_is_quality(tmp_path: Path) -> None:
    found = _values(tmp_path, [[None, "质量指标", "能力验证结果满意率", "≥95%", "定量"]])
    assert not [f for f in found if f[0] == "F201"], found


def test_a_frequency_is_the_same_each_year(tmp_path: Path) -> None:
    rows = [
        ["2026年度项目支出绩效目标表（2026—2028年）"],
        ["项目名称", "残疾儿童送教上门"],
        ["项目期", "3年"],
        ["一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"],
        ["产出指标", "数量指标", "送教上门学生人数", "≥360人", "≥120人"],
        [None, None, "每生每月送教次数", "≥2次", "≥2次"],
        [None, "质量指标", "送教教案合格率", "≥95%", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "≥90%"],
    ]
    found = _check(_save(tmp_path, rows))
    assert not [f for f in found if f[0] == "D202"], found


def test_labels_all_typed_after_a_space_are_no_parts(tmp_path: Path) -> None:
    rows = _budget(_IN, _OUT, (3180, 3180), "收支预算（万元）")
    for row in rows[3:8]:
        row[1], row[3] = f" {row[1]}", f" {row[3]}"  # (公用经费 indented further still)
    path = _save(tmp_path, rows)
    assert [f for f in _check(path) if f[0].startswith("B")] == []
    assert [line.part for line in read_tables(path)[0].grids[1].lines] == [False, True, True, False]


def test_lists_whose_labels_stand_a_column_away_from_their_amounts(tmp_path: Path) -> None:
    # the labels' merges across lost in a paste of values: an empty column before each amount
    rows = _budget(_IN, _OUT, (3180, 3180), "收支预算（万元）")
    spread = [
        [r[0], r[1], None, r[2], r[3], None, r[4]] if 2 <= i <= 7 else r for i, r in enumerate(rows)
    ]
    path = _save(tmp_path, spread)
    assert [f for f in _check(path) if f[0].startswith("B")] == []
    grids = read_tables(path)[0].grids
    assert [line.part for line in grids[1].lines] == [False, True, True, False]
