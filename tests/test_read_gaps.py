"""Layouts and words a blind set of returns showed goalbook missing: a flat list headed
绩效指标, a vertical budget block with shares, money labels under other labels, a transfer
split, a date serial in a date field, operator columns in other words, cost reductions, and
state grades such as 完整. Each workbook is built inline."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from goalbook.model import TargetKind
from goalbook.reader import read_table
from goalbook.reader.grid import Book
from goalbook.reader.headers import find_header, find_headers
from goalbook.reader.headwords import header_key
from goalbook.rules.polarity import direction_of
from goalbook.rules.standards import magnitude
from goalbook.targets import parse_target
from tests.test_values_read import HEAD, OP_HEAD, TABLE, Row, codes, found, project, write

# --- a flat list whose name column is headed 绩效指标 -----------------------------------------

FLAT_HEAD = ["序号", "绩效指标", "指标性质", "指标值", "度量单位", "分值"]
FLAT = [
    [1, "道路巡查里程", "正向", "≥1200", "公里", 30],
    [2, "道路安全事故起数", "反向", "≥2", "起", 30],
    [3, "养护工程验收合格率", "定性", "≥95", "%", 20],
    [4, "道路养护管理制度", "定性", "健全", None, 20],
]


def _department(*table: Row) -> list[Row]:
    return [
        ["2026年度部门整体支出绩效目标申报表"],
        ["部门（单位）名称", "某县公路事务中心"],
        ["年度总体目标", "做好农村公路养护。"],
        *table,
    ]


def test_a_flat_list_headed_with_the_word_for_indicator_is_found(tmp_path: Path) -> None:
    path = write(tmp_path / "r.xlsx", *_department(FLAT_HEAD, *FLAT))
    table = read_table(path)
    assert [i.label for i in table.indicators] == [r[1] for r in FLAT]
    result = found(tmp_path, *_department(FLAT_HEAD, *FLAT))
    assert ("T108", "D6") in result  # 反向 with ≥
    assert ("T109", "D7") in result  # 定性 in the direction column, a number given
    assert "S010" not in {c for c, _at in result}
    assert not {at for _c, at in result} & {"D5", "D8"}


def test_the_word_for_indicator_beside_tier_columns_titles_them(tmp_path: Path) -> None:
    path = write(tmp_path / "h.xlsx", ["绩效指标", *HEAD], *[["", *r] for r in TABLE])
    with Book(path) as book:
        header = find_header(book.sheets())
    assert header is not None and header.cols["name"] == 3 and header.cols["tier1"] == 1


def test_the_word_for_indicator_over_tier_columns_is_no_flat_header(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["绩效指标", None, None, "指标值"])  # a two-row header: the tiers below
    ws.append(["一级指标", "二级指标", "三级指标", None])
    ws.merge_cells("A1:C1")
    ws.merge_cells("D1:D2")
    for row in TABLE:
        ws.append(row)
    path = tmp_path / "h.xlsx"
    wb.save(path)
    with Book(path) as book:
        assert all(h.cols.get("name") != 0 for h in find_headers(book.sheets()))


# --- a vertical budget block, its shares beside the amounts -----------------------------------


def _vertical(fiscal_share: float) -> list[Row]:
    return _department(
        ["年度预算情况（万元）", "项目", "金额", "占比"],
        [None, "资金总额", 3000, (1, "0.00%")],
        [None, "其中：基本支出", 1800, (0.6, "0.00%")],
        [None, "项目支出", 1200, (0.4, "0.00%")],
        [None, "其中：财政拨款", 2700, (fiscal_share, "0.00%")],
        [None, "其他资金", 300, (0.1, "0.00%")],
        HEAD,
        *TABLE,
    )


def test_a_vertical_budget_block_adds_up_and_its_shares_are_checked(tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "r.xlsx", *_vertical(0.9)))
    assert table.fields["basic"].text == "1800"
    assert table.fields["share:total_fiscal"].at.a1 == "D8"
    assert codes(tmp_path, *_vertical(0.9)) & {"B101", "B111"} == set()
    assert ("B111", "D8") in found(tmp_path, *_vertical(0.85))  # 2700 / 3000 = 90 %


# --- money labels: a part under an unrelated label, a transfer split ---------------------------


def test_a_part_below_another_label_belongs_to_the_whole_on_its_left(tmp_path: Path) -> None:
    rows = project(
        ["项目名称", None, "基层人员能力培训", None, None, "实施单位", "某县人社局"],
        ["年度资金总额（万元）", None, 3800, None, None, "其中：财政拨款", 3800],
        ["其他资金（万元）", None, 0, None, None, "项目期", "1年"],
    )
    table = read_table(write(tmp_path / "r.xlsx", *rows))
    assert table.fields["annual_fiscal"].at.a1 == "G4"
    assert codes(tmp_path, *rows) & {"B101", "B110"} == set()


def test_an_amount_that_should_be_nothing_is_no_slip_of_the_point() -> None:
    assert magnitude(Decimal(3800), [Decimal(0)], Decimal("0.5")) is None
    assert magnitude(Decimal(2000), [Decimal(18000000), Decimal(200)], Decimal("0.5")) == (
        0,
        Decimal(1800),
    )


def test_a_transfer_split_with_the_labels_above_the_amounts_adds_up(tmp_path: Path) -> None:
    def rows(total: int) -> list[Row]:
        return project(
            ["资金情况（万元）", "年度金额", "其中：中央补助", "地方资金"], [None, total, 2000, 600]
        )

    assert ("B101", "B4") in found(tmp_path, *rows(2700))
    assert "B101" not in codes(tmp_path, *rows(2600))


# --- a date serial in a date field ------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "flagged"), [("46022", True), (46022, True), ("2026-12-31", False)]
)
def test_a_date_serial_in_a_date_field_is_x104(
    tmp_path: Path, value: object, flagged: bool
) -> None:
    rows = project(["计划完成日期", value], ["项目资金（万元）", "年度资金总额", 100])
    assert (("X104", "B3") in found(tmp_path, *rows)) is flagged


# --- an operator column in other words --------------------------------------------------------


@pytest.mark.parametrize("word", ["比较方式", "比较关系", "运算符", "符号", "比较符"])
def test_operator_columns_in_other_words(tmp_path: Path, word: str) -> None:
    assert header_key(word) == "op"
    head = [word if h == "比较符" else h for h in OP_HEAD]
    table = [head, ["产出指标", "数量指标", "新建管网长度", "≥", 120, "公里"]]
    assert "T103" not in codes(tmp_path, *project(["年度资金总额（万元）", 96], table=table))


# --- the direction of a cost reduction, state grades ------------------------------------------


@pytest.mark.parametrize(
    ("name", "direction"),
    [
        ("项目区亩均作业成本降低", "正向"),
        ("降低企业物流成本", "正向"),
        ("办公费用节约", "正向"),
        ("单位运行成本降低至", "反向"),
        ("亩均作业成本", "反向"),
        # an amount cut from a harm, a harm watched (not measured), a rate of cases closed
        ("年减少二氧化碳排放量", "正向"),
        ("二氧化碳排放量", "反向"),
        ("能耗监测平台接入单位数", None),
        ("信访事项按期办结率", "正向"),
        ("消费投诉超期办结率", "反向"),
    ],
)
def test_a_cost_reduction_is_more_is_better(name: str, direction: str | None) -> None:
    assert direction_of(name) == direction


@pytest.mark.parametrize("word", ["完整", "齐全", "完好", "完备", "健全"])
def test_state_grades(tmp_path: Path, word: str) -> None:
    assert parse_target(word).kind is TargetKind.GRADE
    table = [HEAD, ["产出指标", "质量指标", "培训档案资料", word]]
    assert "T102" not in codes(tmp_path, *project(["年度资金总额（万元）", 96], table=table))
