"""Footnote lines under (or inside) an exported table: 注：…, 注：1.…；2.…, 填报说明：…, （注：…）
written in the table's first column (指标编码, left of the tiers) and merged across the table,
straight after the last indicator. They are neither tier labels nor indicators."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.model import Cell, CellRef
from goalbook.reader import read_table
from goalbook.reader.rows import RowKind, row_kind
from tests.returns import found_at, save_sheet

_NOTES = (
    "注：本表数据取自项目库，金额单位为元。",
    "注：1.本表金额单位为元；2.补助标准按每户2,000元测算。",
    "填报说明：本表由系统生成，经单位审核后报送。",
    "（注：指标值以批复为准）",
)


def _book(path: Path, notes: tuple[str, ...]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "项目支出绩效目标"
    rows: list[list[Any]] = [
        [None, "2026年度项目支出绩效目标表"],
        [None, "项目名称", "2026年农村改厕奖补项目", None, "主管部门", "白沙县农业农村局"],
        [None, "年度绩效目标", "完成农村户厕改造1200户，群众满意度90%以上。"],
        [None, "指标编码", "绩效指标", None, None, "指标值", None, None],
        [None, None, "一级指标", "二级指标", "三级指标", "比较符", "目标值", "计量单位"],
        [None, "NC0101", "产出指标", "数量指标", "改造农村户厕数量", "≥", 1200, "户"],
        [None, "NC0102", None, "质量指标", "改厕验收合格率", "≥", "95%", "%"],
        [None, "NC0103", None, "时效指标", "改厕任务完成时间", "≤", "2026年11月30日", None],
        [None, "NC0104", "成本指标", "经济成本指标", "户均奖补标准", "≤", 2000, "元/户"],
        [None, "NC0105", "效益指标", "社会效益指标", "农村卫生厕所普及率", "≥", "85%", "%"],
        [None, "NC0106", "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", "90%", "%"],
    ]
    for row in rows:
        ws.append(row)
    ws.merge_cells("B4:B5")  # the two-line header of an export: 指标编码 merged down
    ws.merge_cells("C4:E4")
    ws.merge_cells("F4:H4")
    for text in notes:
        ws.append([None, text])
        ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=8)
    wb.save(path)
    return path


def test_merged_footnotes_after_the_last_indicator_are_no_rows(tmp_path: Path) -> None:
    path = _book(tmp_path / "notes.xlsx", _NOTES)
    table = read_table(path)
    assert [i.label for i in table.indicators][-1] == "受益群众满意度"
    assert len(table.indicators) == 6
    result, _ = check_file(path, CheckOptions())
    codes = [(f.code, f.severity.value) for f in result.findings]
    assert not [c for c in codes if c[0] in ("F103", "T102", "F101", "S101")], codes
    assert not [c for c in codes if c[1] == "error"], codes


def test_a_numbered_or_bracketed_note_is_no_row() -> None:
    at = CellRef("s", 30, 2)
    for text in (
        "1.说明：数据取自项目库",
        "（注：以批复为准",
        "二、填报说明：按要求填写",
        "【注】",
    ):
        kind = row_kind([Cell(at, text, text)], False, lambda _t: False, lambda _t: False)
        assert kind is RowKind.SKIP, text
    for text in ("说明书印制数量", "一、产出指标"):
        kind = row_kind([Cell(at, text, text)], False, lambda _t: False, lambda t: "指标" in t)
        assert kind is RowKind.READ, text


def test_a_page_marker_or_a_note_sentence_not_merged_is_no_row(tmp_path: Path) -> None:
    """Lines with their merges lost, in the tier-1 column: a note's second line numbered on its
    own (2. …。) and a page marker a print leaves (第 1 页，共 2 页)."""
    lines = ("注：1.本表金额单位为元；", "2.指标值按“比较符+数值+计量单位”填写，定性指标填写等级。",
             "第 1 页，共 2 页")  # fmt: skip
    wb = openpyxl.load_workbook(_book(tmp_path / "table.xlsx", ()))
    ws = wb.active
    assert ws is not None
    for text in lines:  # in the tier-1 column, as a paste of values leaves them
        ws.append([None, None, text])
    wb.save(tmp_path / "pasted.xlsx")
    result, _ = check_file(tmp_path / "pasted.xlsx", CheckOptions())
    assert not [f.code for f in result.findings if f.severity.value != "info"]


def test_a_short_name_alone_is_still_a_row() -> None:
    at = CellRef("s", 30, 3)
    for text in ("第三方评估报告", "培训教材编印数量", "完成全年培训任务"):
        kind = row_kind([Cell(at, text, text)], False, lambda _t: False, lambda _t: False)
        assert kind is RowKind.READ, text
    for text in (
        "第 2 页，共 3 页",
        "第3页",
        "- 2 -",
        "2.指标值按“比较符+数值+计量单位”填写，定性指标填写等级。",
    ):
        kind = row_kind([Cell(at, text, text)], False, lambda _t: False, lambda _t: False)
        assert kind is RowKind.SKIP, text


def test_the_line_that_numbers_the_columns_is_no_row() -> None:
    """栏次 under a header (甲 │ 乙 │ 丙 │ 丁 │ 1 │ 2 │ 3 │ 4), not an indicator named 乙."""
    marks = ["甲", "乙", "丙", "丁", "1", "2", "3", "4"]
    own = [Cell(CellRef("s", 9, c), t, t) for c, t in enumerate(marks, start=1)]
    assert row_kind(own, False, lambda _t: False, lambda _t: False) is RowKind.SKIP
    numbers = [Cell(CellRef("s", 9, c), n, str(n)) for c, n in enumerate([3, 5, 2, 8], start=1)]
    assert row_kind(numbers, False, lambda _t: False, lambda _t: False) is RowKind.READ
    # the columns numbered 1 │ 2 │ 3 │ 4 (numbers, or typed as text) are no row either
    for count in ([1, 2, 3, 4], ["1", "2", "3", "4"]):
        up = [Cell(CellRef("s", 9, c), n, str(n)) for c, n in enumerate(count, start=1)]
        assert row_kind(up, False, lambda _t: False, lambda _t: False) is RowKind.SKIP


def test_tier_labels_and_a_note_in_brackets_are_no_indicator() -> None:
    """A template's example row (满意度指标 │ 服务对象满意度指标 │ （模板示例行）): no name."""
    texts = ["满意度指标", "服务对象满意度指标", "（模板示例行）"]
    own = [Cell(CellRef("s", 21, c), t, t) for c, t in enumerate(texts, start=1)]
    assert row_kind(own, False, lambda _t: False, lambda t: "指标" in t) is RowKind.SKIP
    named = [*own[:2], Cell(CellRef("s", 21, 3), "市民满意度", "市民满意度")]
    assert row_kind(named, False, lambda _t: False, lambda t: "指标" in t) is RowKind.READ


def test_a_numbered_section_heading_alone_is_no_row() -> None:
    """A sub-unit's heading over its rows (二、云塘县社会福利院) with its merge across lost."""
    at = CellRef("s", 18, 1)
    for text in ("二、云塘县社会福利院", "（三）云塘县救助管理站"):
        kind = row_kind([Cell(at, text, text)], False, lambda _t: False, lambda _t: False)
        assert kind is RowKind.SKIP, text


def test_a_note_beside_a_tier_label_filled_down_is_no_row() -> None:
    """满意度指标 written again in the footnote's row (its merge down lost, every row filled)."""
    label = "满意度指标"
    note = "注：满意度通过电话回访取得；再犯罪率按当年新增人数计算。"
    cells = [Cell(CellRef("s", 24, 1), label, label), Cell(CellRef("s", 24, 2), note, note)]
    kind = row_kind(cells, False, lambda _t: False, lambda t: t == label)
    assert kind is RowKind.SKIP
    name = "服务对象满意度"
    cells[1] = Cell(CellRef("s", 24, 2), name, name)  # a row of its own: read
    assert row_kind(cells, False, lambda _t: False, lambda t: t == label) is RowKind.READ


def test_a_detail_block_title_with_its_unit_ends_the_table() -> None:
    """附：2027年度资金测算明细（万元） alone on its row (its merge across lost)."""
    text = "附：2027年度资金测算明细（万元）"
    kind = row_kind(
        [Cell(CellRef("s", 20, 1), text, text)], False, lambda _t: False, lambda _t: False
    )
    assert kind is RowKind.END


def test_a_lone_title_over_a_money_table_ends_the_indicators(tmp_path: Path) -> None:
    """项目资金使用计划（单位：万元）, not merged across, alone in the first column under the last
    indicator, over 序号 │ 支出内容 │ 测算依据 │ 金额（万元）: the title of the money table below,
    no indicator (it was read as one with no value: a false T101)."""
    rows: list[list[Any]] = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "实训基地建设", None, "主管部门", "白沙河区教育局"],
        ["项目资金（万元）", "年度资金总额", 150],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "建成实训室数", "≥4间"],
        ["满意度指标", "服务对象满意度指标", "实训学生满意度", "≥90%"],
        [],
        ["项目资金使用计划（单位：万元）"],
        ["序号", "支出内容", "测算依据", "金额（万元）"],
        [1, "实训室建设", "设备购置及场地改造", 120],
        [2, "专业教师培训", "60人×5000元/人", 30],
        ["合计", None, None, 150],
    ]
    found = found_at(save_sheet(tmp_path / "t.xlsx", rows))
    assert not [f for f in found if f[2] == "A8" or f[0] in ("T101", "S101")], found
