"""Tier labels as offices write them, scores at two levels, 中期 against 年度, and direction
against operator: each on a small table built here."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.frameworks import label_key, label_keys, label_points, load_framework
from goalbook.reader import read_table
from tests.variants.heads import project_head
from tests.variants.kit import Book

HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]


# --- labels --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "keys"),
    [
        ("一、产出指标（50分）", ("产出",)),
        ("三、效益指标(20-30)分", ("效益",)),
        ("1.数量指标", ("数量",)),
        ("（一）经济成本指标", ("经济成本",)),
        ("(2) 质量指标", ("质量",)),
        ("① 时效", ("时效",)),
        ("第一部分 产出指标", ("产出",)),
        ("*产出指标", ("产出",)),
        ("★数量", ("数量",)),
        ("满意度指标★", ("满意度",)),
        ("产出指标 50分", ("产出",)),
        ("产出指标（权重30%）", ("产出",)),
        ("时效指标（进度指标）", ("时效", "进度")),
        ("质量指标(或标准指标)", ("质量", "标准")),
        ("预算（或投资规模）控制指标", ("预算控制", "投资规模控制")),
        ("数量指标/建筑规模指标", ("数量指标/建筑规模", "数量", "建筑规模")),
        ("01 产出指标", ("产出",)),  # a code before the label (tables other tools make)
        ("1.4 社会效益指标", ("社会效益",)),
        ("0101数量指标", ("数量",)),
        ("一级指标：产出指标", ("产出",)),  # the tier's name before the label
        ("二级指标: 数量指标", ("数量",)),
        ("二级：社会效益指标（20分）", ("社会效益",)),
    ],
)
def test_label_keys_drop_numbering_marks_points_and_keep_alternatives(
    label: str, keys: tuple[str, ...]
) -> None:
    assert label_keys(label) == keys
    assert label_key(label) == keys[0]


def test_numbers_that_are_not_numbering_stay() -> None:
    assert label_key("1.5万元") == "1.5万元"
    assert label_key("12345热线") == "12345热线"


@pytest.mark.parametrize(
    ("label", "points"),
    [
        ("一、产出指标（50分）", (50, 50)),
        ("效益指标(20-30)分", (20, 30)),
        ("效益指标（20～30分）", (20, 30)),
        ("产出指标 40分", (40, 40)),
        ("成本指标（分值：10）", (10, 10)),
        ("产出指标", None),
        ("（一）产出指标", None),
        ("≥50分", None),
    ],
)
def test_points_a_label_declares(label: str, points: tuple[int, int] | None) -> None:
    found = label_points(label)
    assert found == (None if points is None else tuple(Decimal(p) for p in points))


def test_lookup_by_main_part_or_alternative() -> None:
    old = load_framework("old-nat")
    output = old.find_tier1("一、产出指标（50分）")
    assert output is not None and output.name == "产出指标"
    assert [t2.name for _, t2 in old.tier2_owners("时效指标（进度指标）")] == ["时效指标"]
    assert [t2.name for _, t2 in old.tier2_owners("进度指标（时效指标）")] == ["时效指标"]
    found = output.find("*数量")
    assert found is not None and found.name == "数量指标"
    gd = load_framework("gd-old")
    cost = gd.tier2_owners("投资规模控制指标")
    assert [t2.name for _, t2 in cost] == ["预算控制指标"]


# --- a small foreign project table ---------------------------------------------------------


def _project(
    tmp_path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    head: Sequence[str] = HEAD,
    merged: Sequence[int] = (1, 2),
    years: int = 1,
    goals: Sequence[str] = ("开展职业技能培训6000人次。",),
) -> Path:
    b = Book()
    s = b.sheet("Sheet1")
    money = [("年度资金总额", 540, "其中：财政拨款", 540), (None, None, "其他资金", 0)]
    if years > 1:
        money = [
            ("中期资金总额", 1600, "年度资金总额", 540),
            ("其中：财政拨款", 1600, "其中：财政拨款", 540),
        ]
    project_head(s, year=2025, years=years, name="技能培训", dept="某局", unit="某中心",
                 money=money, goals=goals)  # fmt: skip
    s.table([list(head), *[list(r) for r in rows]], merged=merged)
    return b.save(tmp_path / "r.xlsx")


def _found(path: Path) -> set[tuple[str, str | None]]:
    result, _ = check_file(path, CheckOptions())
    return {(f.code, f.at.a1 if f.at else None) for f in result.findings}


DECORATED = [
    ["一、产出指标（50分）", "1.数量指标", "培训人次", "≥6000人次"],
    [None, "2.质量指标(或标准指标)", "培训合格率", "≥90%"],
    [None, "3.时效指标（进度指标）", "补贴发放及时率", "≥95%"],
    ["二、成本指标（10分）", "（一）经济成本指标", "人均培训补贴", "≤900元/人"],
    ["三、效益指标(20-30)分", "1.社会效益", "培训后就业率", "≥60%"],
    ["四、★满意度指标（10分）", "*服务对象满意度", "学员满意度", "≥90%"],
]


def test_decorated_labels_are_read_as_their_tiers(tmp_path: Path) -> None:
    path = _project(tmp_path, DECORATED)
    table = read_table(path)
    assert [i.label for i in table.indicators] == [r[2] for r in DECORATED]
    codes = {code for code, _ in _found(path)}
    assert not codes & {"F101", "F102", "F103", "F104", "F105", "F106", "S101", "W101"}


def test_labels_after_the_tier_s_name_are_read_as_their_tiers(tmp_path: Path) -> None:
    """一级指标：产出指标 │ 二级指标：数量指标 in the tier cells: the labels, each in its column,
    with no row realigned and no tier judged missing or foreign."""
    rows = [
        [f"一级指标：{r[0]}" if r[0] else None, f"二级指标：{r[1]}", *r[2:]]
        for r in (
            ["产出指标", "数量指标", "培训人次", "≥6000人次"],
            [None, "质量指标", "培训合格率", "≥90%"],
            ["成本指标", "经济成本指标", "人均培训补贴", "≤900元/人"],
            ["效益指标", "社会效益指标", "培训后就业率", "≥60%"],
            ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
        )
    ]
    path = _project(tmp_path, rows)
    assert [i.label for i in read_table(path).indicators] == [r[2] for r in rows]
    codes = {code for code, _ in _found(path)}
    assert not codes & {"F101", "F102", "F103", "F104", "F105", "F106", "S101", "T102"}
    rows[1][1] = "二级指标：生态效益指标"
    assert ("F105", "B10") in _found(_project(tmp_path, rows))


def test_decorated_tier2_under_the_wrong_tier1(tmp_path: Path) -> None:
    rows = [list(r) for r in DECORATED]
    rows[1][1] = "2.生态效益指标"
    assert ("F105", "B10") in _found(_project(tmp_path, rows))


# --- scores at two levels ------------------------------------------------------------------

SCORED = ["一级指标", "二级指标", "三级指标", "指标值", "分值"]


def _scored(points: Sequence[str], scores: Sequence[int]) -> list[list[Any]]:
    out_, cost, benefit, satisfied = points
    return [
        [out_, "数量指标", "培训人次", "≥6000人次", scores[0]],
        [None, "质量指标", "培训合格率", "≥90%", scores[1]],
        [cost, "经济成本指标", "人均培训补贴", "≤900元/人", scores[2]],
        [benefit, "社会效益指标", "培训后就业率", "≥60%", scores[3]],
        [satisfied, "服务对象满意度指标", "学员满意度", "≥90%", scores[4]],
    ]


LABELS = ("产出指标（50分）", "成本指标（10分）", "效益指标（30分）", "满意度指标（10分）")


def test_tier_points_and_indicator_scores_are_not_added(tmp_path: Path) -> None:
    path = _project(tmp_path, _scored(LABELS, [30, 20, 10, 30, 10]), head=SCORED)
    assert not {code for code, _ in _found(path)} & {"W101", "W103"}


def test_indicator_scores_against_their_tier(tmp_path: Path) -> None:
    path = _project(tmp_path, _scored(LABELS, [30, 15, 10, 35, 10]), head=SCORED)
    found = _found(path)
    assert ("W103", "A9") in found  # 45 under a 50-point tier
    assert ("W103", "A12") in found  # 35 under a 30-point tier
    assert not any(code == "W101" for code, _ in found)  # the indicators still add up to 100


def test_a_range_of_points_holds_the_scores_within_it(tmp_path: Path) -> None:
    labels = ("产出指标（50分）", "成本指标（10分）", "效益指标(20-30)分", "满意度指标（10分）")
    path = _project(tmp_path, _scored(labels, [30, 20, 10, 25, 10]), head=SCORED)
    found = _found(path)
    assert not {code for code, _ in found} & {"W103"}
    assert ("W101", "E13") in found  # the indicators add up to 95


def test_tier_points_that_miss_the_total(tmp_path: Path) -> None:
    labels = ("产出指标（60分）", "成本指标（10分）", "效益指标（30分）", "满意度指标（10分）")
    unscored = [row[:4] for row in _scored(labels, [0, 0, 0, 0, 0])]
    assert ("W101", "A13") in _found(_project(tmp_path, unscored))


def test_a_merged_tier_score_counts_once(tmp_path: Path) -> None:
    head = ["一级指标", "分值", "二级指标", "三级指标", "指标值"]
    rows = [
        ["产出指标", 50, "数量指标", "培训人次", "≥6000人次"],
        [None, None, "质量指标", "培训合格率", "≥90%"],
        ["成本指标", 10, "经济成本指标", "人均培训补贴", "≤900元/人"],
        ["效益指标", 30, "社会效益指标", "培训后就业率", "≥60%"],
        [None, None, "可持续影响指标", "培训评价体系", "健全"],
        ["满意度指标", 10, "服务对象满意度指标", "学员满意度", "≥90%"],
    ]
    path = _project(tmp_path, rows, head=head, merged=(1, 2, 3))
    assert not {code for code, _ in _found(path)} & {"W101", "W102", "W103"}


def test_a_tier_score_column_against_the_indicator_scores(tmp_path: Path) -> None:
    head = ["一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"]
    rows = [
        ["产出指标", 50, "数量指标", "培训人次", "≥6000人次", 30],
        [None, None, "质量指标", "培训合格率", "≥90%", 15],
        ["成本指标", 10, "经济成本指标", "人均培训补贴", "≤900元/人", 10],
        ["效益指标", 30, "社会效益指标", "培训后就业率", "≥60%", 20],
        [None, None, "可持续影响指标", "培训评价体系", "健全", 15],
        ["满意度指标", 10, "服务对象满意度指标", "学员满意度", "≥90%", 10],
    ]
    found = _found(_project(tmp_path, rows, head=head, merged=(1, 2, 3)))
    assert {(code, at) for code, at in found if code[0] == "W"} == {("W103", "B9"), ("W103", "B12")}


# --- 中期 against 年度 -----------------------------------------------------------------------

TWO = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"]
COPIED = [
    ["产出指标", "数量指标", "建成服务中心", "≥15个", "≥15个"],
    [None, None, "培训护理员", "≥600人", "≥200人"],
    [None, "质量指标", "持证上岗率", "≥95%", "≥95%"],
    ["成本指标", "经济成本指标", "每个中心建设补助", "≤20万元/个", "≤20万元/个"],
    ["效益指标", "社会效益指标", "照护服务覆盖率", "≥60%", "≥40%"],
    ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"],
]
GOAL = "建设15个乡镇综合养老服务中心，为失能老人提供上门照护服务。"


def test_a_copied_count_is_flagged_at_its_annual_cell(tmp_path: Path) -> None:
    path = _project(tmp_path, COPIED, head=TWO, years=3, goals=(GOAL, "2025年建成5个中心。"))
    found = _found(path)
    assert [at for code, at in found if code == "D202"] == ["E10"]  # not the rates, the cap
    assert not any(code == "D204" for code, _ in found)


def test_a_copied_goal_is_flagged_at_the_annual_goal(tmp_path: Path) -> None:
    path = _project(tmp_path, COPIED, head=TWO, years=3, goals=(GOAL, GOAL))
    assert ("D204", "D8") in _found(path)


def test_one_year_projects_may_have_equal_columns(tmp_path: Path) -> None:
    path = _project(tmp_path, COPIED, head=TWO, years=1, goals=(GOAL, GOAL))
    assert not {code for code, _ in _found(path)} & {"D202", "D204"}


# --- direction against operator ------------------------------------------------------------


@pytest.mark.parametrize(
    ("tier2", "name", "value", "flagged"),
    [
        ("数量指标", "宣传覆盖人次", "≤50000人次", True),  # an output count capped
        ("数量指标", "宣传覆盖人次", "≥50000人次", False),
        ("经济成本指标", "每处平均整治费用", "=2万元", True),  # a cost cap written with =
        ("经济成本指标", "每处平均整治补助", "=2万元", True),  # by its cost tier-2
        ("经济成本指标", "每处平均整治补助", "≤2万元", False),
        ("社会效益指标", "交通事故发生率", "≥2%", True),
        ("社会效益指标", "交通事故发生率", "=0%", False),  # zero accidents is a target
        ("社会效益指标", "群众投诉件数", "=10件", True),
        ("社会效益指标", "交通事故下降率", "≥5%", False),  # a decline rate is 正向
        ("社会效益指标", "交通事故起数同比下降", "≥10%", False),  # so is a decline
        ("社会效益指标", "交通事故起数", "≥10起", True),
        ("质量指标", "整治验收合格率", "≤95%", True),
    ],
)
def test_direction_against_operator(
    tmp_path: Path, tier2: str, name: str, value: str, flagged: bool
) -> None:
    rows = [
        ["产出指标", "数量指标", "整治隐患点", "≥120处"],
        [None, "质量指标", "整治验收达标率", "≥95%"],
        ["成本指标", "经济成本指标", "整治总成本", "≤260万元"],
        ["效益指标", "社会效益指标", "道路通行改善", "明显改善"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]
    tier1 = {"数量指标": "产出指标", "质量指标": "产出指标", "经济成本指标": "成本指标"}
    rows.append([tier1.get(tier2, "效益指标"), tier2, name, value])
    found = _found(_project(tmp_path, rows, merged=()))
    assert (("T108", "D14") in found) is flagged, sorted(found)


def test_direction_column_against_operator_column(tmp_path: Path) -> None:
    head = ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位"]
    rows = [
        ["产出指标", "数量指标", "受理诉求件数", "正向", "≥", 60000, "件"],
        [None, "成本指标", "每件诉求处理成本", "反向", "=", 25, "元/件"],
        ["效益指标", "社会效益指标", "诉求解决率", "正向", "≥", 85, "%"],
        ["满意度指标", "服务对象满意度指标", "来电群众满意度", "正向", "≥", 90, "%"],
    ]
    found = _found(_project(tmp_path, rows, head=head))
    assert any(code == "T108" and at and at.endswith("10") for code, at in found), found
