"""Round-13 shapes of budget-system exports: a page footer printed inside the table (打印时间：…
│ 第1页 共2页) is no indicator and does not end the table; a 期间 column flags each row's value
as the period's or the year's; tier-2 labels coded 1.1数量指标; ≥42万 under a 人次 column is
42万人次; one platform due in both columns is no copied total; a money detail block titled
项目资金明细（万元） ends the table; several standards per 台 do not share the one count of 台."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table
from goalbook.targets import parse_target
from tests.test_values_read import Row, write

HEAD: Row = ["一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"]


def _found(path: Path) -> list[tuple[str, str, str]]:
    result, _ = check_file(path, CheckOptions())
    return [(f.code, f.at.a1 if f.at else "", f.severity.value) for f in result.findings]


def test_a_page_footer_inside_the_table_is_no_row(tmp_path: Path) -> None:
    rows: list[Row] = [
        ["2025年度项目支出绩效目标表"],
        ["项目名称", "城区智慧路灯改造"],
        HEAD,
        ["产出指标", "数量指标", "改造路灯数量", "≥", "1200", "盏"],
        ["打印时间：2024-11-27 08:51:19", None, None, None, "第1页 共2页"],
        HEAD,
        ["效益指标", "社会效益指标", "夜间道路照明条件", "定性", "明显改善"],
        ["满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥", "90", "%"],
        ["打印时间：2024-11-27 08:51:19", None, None, None, "第2页 共2页"],
    ]
    path = write(tmp_path / "f.xlsx", *rows)
    assert [i.label for i in read_table(path).indicators] == [
        "改造路灯数量", "夜间道路照明条件", "沿线居民满意度"
    ]  # fmt: skip
    assert not [f for f in _found(path) if f[1][1:] in ("5", "9")], _found(path)


def test_a_period_column_flags_each_rows_value(tmp_path: Path) -> None:
    rows: list[Row] = [
        ["2025年度项目支出绩效目标表"],
        ["项目名称", "云岙乡高标准农田提升", "项目期", "3年"],
        ["一级指标", "二级指标", "三级指标", "期间", "比较符", "指标值", "计量单位"],
        ["产出指标", "数量指标", "新建高标准农田面积", "中期", "≥", "3600", "亩"],
        [None, None, None, "年度", "≥", "3600", "亩"],  # the period's total copied: D202
        [None, "质量指标", "工程验收合格率", "中期", "=", "100", "%"],
        [None, None, None, "年度", "=", "100", "%"],
        ["效益指标", "经济效益指标", "项目区粮食亩产增加", "中期", "≥", "50", "公斤"],
        [None, None, None, "年度", "≥", "30", "公斤"],
        ["满意度指标", "服务对象满意度指标", "项目区农户满意度", "中期", "≥", "90", "%"],
        [None, None, None, "年度", "≥", "90", "%"],
    ]
    path = write(tmp_path / "p.xlsx", *rows)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    for r in (4, 6, 8, 10):  # each name (and its tiers) merged over its two rows
        for col in "ABC":
            if ws[f"{col}{r}"].value is not None:
                ws.merge_cells(f"{col}{r}:{col}{r + 1}")
    wb.save(path)
    found = _found(path)
    assert not [f for f in found if f[0] in ("D101", "D102", "F110")], found
    assert ("D202", "F5", "warning") in found, found


def test_coded_tier2_labels_are_labels(tmp_path: Path) -> None:
    rows: list[Row] = [
        ["2025年度项目支出绩效目标表"],
        ["项目名称", "慢病随访管理"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["一、产出指标", "1.1数量指标", "高血压患者规范随访人数", "≥21000人"],
        [None, "1.2质量指标", "随访记录合格率", "≥95%"],
        ["二、效益指标", "2.1社会效益指标", "慢病患者血压控制率", "≥60%"],
        ["三、满意度指标", "3.1服务对象满意度指标", "随访患者满意度", "≥90%"],
    ]
    found = _found(write(tmp_path / "c.xlsx", *rows))
    assert not [f for f in found if f[0].startswith("F")], found


def test_a_magnitude_under_a_unit_column_is_part_of_the_number(tmp_path: Path) -> None:
    t = parse_target("≥42万", "人次")
    assert (t.number, t.unit) == (42, "万人次")
    rows: list[Row] = [
        ["2025年度项目支出绩效目标表"],
        ["项目名称", "县医院门诊服务能力提升"],
        HEAD,
        ["产出指标", "数量指标", "年门诊服务人次", "不少于", "42万", "人次"],
        ["满意度指标", "服务对象满意度指标", "患者满意度", "≥", "90", "%"],
    ]
    assert not [f for f in _found(write(tmp_path / "m.xlsx", *rows)) if f[0] == "T112"]


def test_a_money_detail_block_title_ends_the_table(tmp_path: Path) -> None:
    rows: list[Row] = [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "石门乡高标准农田建设", "年度资金总额（万元）", 540],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "新建高标准农田", "≥1800亩"],
        ["效益指标", "经济效益指标", "亩均粮食产能提高", "≥50公斤"],
        ["满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%"],
        ["项目资金明细（万元）", None, None, "年度金额"],
        ["1.土地平整", None, None, 320],
        ["2.灌排工程", None, None, 220],
        ["合计", None, None, 540],
    ]
    path = write(tmp_path / "d.xlsx", *rows)
    assert len(read_table(path).indicators) == 3
    assert not [f for f in _found(path) if f[2] == "error"], _found(path)
