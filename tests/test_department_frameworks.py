"""Department tables in frameworks of their own: the provincial department framework goalbook
ships (履职效能 · 管理效率 · 满意度), a framework it does not know (said once, F111, not per row),
control rates as caps, and a tier-1 column left empty (not merged) after each block's first
row. Each on a small invented department table."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from goalbook.check import CheckOptions, check_file
from goalbook.frameworks import builtin_ids, detect_framework, load_framework, parse_framework
from goalbook.reader import read_table
from tests.variants.heads import department_head
from tests.variants.kit import Book, day, money

M = "#,##0.00"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
TIER_CODES = {"F101", "F102", "F103", "F104", "F105", "F106", "F107", "S101", "T102"}


def _department(
    tmp_path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    head: Sequence[str] = HEAD,
    merged: Sequence[int] = (1, 2),
    name: str = "d.xlsx",
) -> Path:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s, year=2026, dept="西岭县交通运输局", filled=day(2025, 11, 18),
        budget=[(money(3120.00, M), money(3120.00, M), money(0, M), money(2020.00, M),
                 money(1100.00, M))],
        goal="1.完成农村公路养护320公里；\n2.道路运输安全形势稳定；\n3.预算执行率不低于90%。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, len(head))])
    s.row(*head)
    s.table([list(r) for r in rows], merged=merged)
    return b.save(tmp_path / name)


def _found(path: Path) -> set[tuple[str, str | None]]:
    result, _ = check_file(path, CheckOptions())
    return {(f.code, f.at.a1 if f.at else None) for f in result.findings}


def _codes(path: Path) -> set[str]:
    return {code for code, _ in _found(path)}


# --- the shipped department framework ------------------------------------------------------

DUTIES = [
    ("履职效能", "重点工作履行情况", "农村公路养护里程", "≥320公里"),
    (None, None, "危桥改造完成率", "100%"),
    (None, "经济效益", "道路客运班线通达率", "≥98%"),
    ("管理效率", "预算执行", "预算执行率", "≥90%"),
    (None, "财务管理", "公用经费控制率", "≤100%"),
    (None, "资产管理", "资产账实相符率", "100%"),
    ("满意度", "服务对象满意度", "群众出行满意度", "≥90%"),
]


def test_the_department_framework_is_shipped_and_detected(tmp_path: Path) -> None:
    assert "dept-duty" in builtin_ids()
    fw = load_framework("dept-duty")
    assert fw.name and fw.name_en
    assert detect_framework(["履职效能", "管理效率", "满意度"], ["部门履职目标", "预算管理"]) is fw
    path = _department(tmp_path, DUTIES)
    assert read_table(path).framework == "dept-duty"
    found = _codes(path)
    assert not found & (TIER_CODES | {"F111", "T108"}), found


def test_the_department_framework_still_judges_its_rows(tmp_path: Path) -> None:
    rows = [list(r) for r in DUTIES]
    rows[4][1] = "社会效益"  # an effect under 管理效率
    found = _found(_department(tmp_path, rows))
    assert ("F105", "B12") in found
    assert not {code for code, _ in found} & {"F111", "F101", "F103"}


def test_a_tier2_the_department_framework_does_not_know_is_a_remark(tmp_path: Path) -> None:
    """Each province spells and chooses the department framework's tier-2s its own way: an
    unknown one is said (F104) as a remark (info), not the error it is in the national
    frameworks (blind sets marked such tier-2s correct: a warning was noise)."""
    rows = [list(r) for r in DUTIES]
    rows[0][1] = "重点工作完成"  # a spelling of 部门履职目标: known
    assert not _codes(_department(tmp_path, rows)) & TIER_CODES
    rows[0][1] = "核心业务推进"
    result, _ = check_file(_department(tmp_path, rows, name="e.xlsx"), CheckOptions())
    said = {(f.code, f.severity.value) for f in result.findings if f.code == "F104"}
    assert said == {("F104", "info")}


def test_known_frameworks_are_not_taken_for_the_department_one() -> None:
    t1 = ["产出指标", "效益指标", "满意度指标"]
    t2 = ["数量指标", "质量指标", "社会效益指标", "服务对象满意度指标"]
    assert detect_framework(t1, t2).id == "old-nat"
    t1, t2 = ["投入与管理", "产出目标", "效果目标"], ["财务管理", "数量", "满意度"]
    assert detect_framework(t1, t2).id == "shanghai"


# --- the department framework with goals as tier-1s (履职目标 · 管理目标 · 效果目标) ----------

GOALS = [
    ("履职目标", "重点工作任务", "农村公路养护里程", "≥320公里"),
    (None, "履职效能", "养护路段巡查及时率", "≥95%"),
    ("管理目标", "预算管理", "预算执行率", "≥90%"),
    (None, "资产管理", "资产账实相符率", "100%"),
    ("效果目标", "社会效益", "道路客运班线通达率", "≥98%"),
    (None, "可持续发展", "养护长效机制", "健全"),
    (None, "服务对象满意度", "群众出行满意度", "≥90%"),
]


def test_the_goals_framework_is_shipped_and_judges_its_rows(tmp_path: Path) -> None:
    fw = load_framework("dept-goals")
    assert fw.secondary and not fw.required
    path = _department(tmp_path, GOALS)
    assert read_table(path).framework == "dept-goals"
    assert not _codes(path) & (TIER_CODES | {"F111"})
    rows = [list(r) for r in GOALS]
    rows[6][1] = "资产管理"  # a management tier-2 under 效果目标
    found = _found(_department(tmp_path, rows, name="w.xlsx"))
    assert ("F105", "B14") in found and "F111" not in {code for code, _ in found}, found


def test_shanghai_tables_are_not_taken_for_the_goals_framework() -> None:
    t1 = ["投入与管理", "产出目标", "效果目标", "影响力目标"]
    assert detect_framework(t1, ["财务管理", "数量", "社会效益", "满意度"]).id == "shanghai"


# --- a framework goalbook does not ship ----------------------------------------------------

UNKNOWN = [
    ("工作成效", "任务完成", "政务服务事项网办率", "≥95%"),
    (None, None, "窗口服务投诉办结率", "100%"),
    (None, "服务质量", "一次办结率", "≥90%"),
    ("运行保障", "经费保障", "预算执行率", "≥90%"),
    (None, "制度建设", "内部管理制度健全性", "健全"),
    ("满意度", "社会满意度", "办事群众满意度", "≥90%"),
]


def test_an_unknown_framework_is_said_once(tmp_path: Path) -> None:
    found = _found(_department(tmp_path, UNKNOWN))
    codes = [code for code, _ in found]
    assert codes.count("F111") == 1, found
    assert not set(codes) & TIER_CODES, found


def test_the_unknown_framework_names_its_labels(tmp_path: Path) -> None:
    path = _department(tmp_path, UNKNOWN)
    for lang in ("zh", "en"):
        result, _ = check_file(path, CheckOptions(lang=lang))
        f111 = [f for f in result.findings if f.code == "F111"]
        assert len(f111) == 1 and f111[0].severity.value != "error"
        assert "工作成效" in f111[0].message and "运行保障" in f111[0].message


OWN = """
id = "west-county"
name = "某县部门框架"
required = ["工作成效", "运行保障"]

[[tier1]]
name = "工作成效"
tier2 = [{ name = "任务完成", role = "quantity" }, { name = "服务质量", role = "quality" }]

[[tier1]]
name = "运行保障"
tier2 = [{ name = "经费保障", role = "cost" }, { name = "制度建设", role = "management" }]

[[tier1]]
name = "满意度"
tier2 = [{ name = "社会满意度", role = "satisfaction" }]
"""


def test_a_framework_given_for_the_table_is_known(tmp_path: Path) -> None:
    rows = [list(r) for r in UNKNOWN]
    rows[2][1] = "经费保障"  # a tier-2 of 运行保障 under 工作成效
    fw = parse_framework(OWN, "west-county.toml")
    result, _ = check_file(_department(tmp_path, rows), CheckOptions(framework=fw))
    found = {(f.code, f.at.a1 if f.at else None) for f in result.findings}
    assert ("F105", "B10") in found and "F111" not in {code for code, _ in found}, found


def test_one_foreign_tier1_in_a_known_framework_keeps_its_finding(tmp_path: Path) -> None:
    rows = [
        ("产出指标", "数量指标", "农村公路养护里程", "≥320公里"),
        (None, "质量指标", "养护路段优良率", "≥85%"),
        ("工作成效", "社会效益指标", "道路客运班线通达率", "≥98%"),
        ("效益指标", "社会效益指标", "交通事故起数", "较上年下降"),
        ("满意度指标", "服务对象满意度指标", "群众出行满意度", "≥90%"),
    ]
    found = _found(_department(tmp_path, rows))
    assert ("F103", "A10") in found
    assert "F111" not in {code for code, _ in found}


# --- control rates are caps ----------------------------------------------------------------


def test_a_control_rate_at_most_is_no_direction_conflict(tmp_path: Path) -> None:
    rows = [
        ("产出指标", "数量指标", "农村公路养护里程", "≥320公里"),
        ("成本指标", "经济成本指标", "“三公”经费控制率", "≤100%"),
        (None, None, "项目成本控制率", "≤100%"),
        ("效益指标", "社会效益指标", "预算控制率", "≤100%"),
        ("满意度指标", "服务对象满意度指标", "群众出行满意度", "≥90%"),
    ]
    assert "T108" not in _codes(_department(tmp_path, rows))


# --- a tier-1 column left empty, not merged ------------------------------------------------

SPLIT = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标方向")


def test_an_empty_unmerged_tier1_is_carried_down(tmp_path: Path) -> None:
    rows = [
        ("产出指标", "数量指标", "农村公路养护里程", "≥", 320, "公里", "正向"),
        (None, "时效指标", "养护工程完工时间", "≤", 10, "个月", "反向"),
        (None, "生态效益指标", "公路绿化率", "≥", 85, "%", "正向"),
        ("效益指标", "社会效益指标", "客运班线通达率", "≥", 98, "%", "正向"),
        ("满意度指标", "服务对象满意度指标", "群众出行满意度", "≥", 90, "%", "正向"),
    ]
    found = _found(_department(tmp_path, rows, head=SPLIT, merged=()))
    assert ("F105", "B10") in found, found
    assert not {code for code, _ in found} & {"F101", "F103", "S101"}, found
