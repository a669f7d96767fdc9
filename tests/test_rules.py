"""Every rule: a clean return passes, and each injected defect is found at its cell."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from goalbook.check import CheckOptions, check_file
from goalbook.findings import Hit, Severity
from goalbook.frameworks import load_framework
from goalbook.model import CellRef, GoalTable
from goalbook.rules import select_codes
from tests.returns import Return

IND, INFO, LINES = "绩效指标", "基本信息", "预算明细"
Mutation = Callable[[Return], None]


def findings(tmp_path: Path, ret: Return) -> set[tuple[str, str | None]]:
    result, _ = check_file(ret.write(tmp_path / "r.xlsx"), CheckOptions())
    return {(f.code, str(f.at) if f.at else None) for f in result.findings}


def test_clean_return_has_no_error_and_no_warning(tmp_path: Path) -> None:
    result, table = check_file(Return().write(tmp_path / "r.xlsx"), CheckOptions())
    assert table is not None and len(table.indicators) == 8
    assert [f.message for f in result.findings if f.severity is not Severity.INFO] == []
    assert result.verdict == "pass"


def _set(name: str, index: int, value: object) -> Mutation:
    def mutate(r: Return) -> None:
        r.row(name)[index] = value

    return mutate


def _field(label: str, value: object) -> Mutation:
    def mutate(r: Return) -> None:
        r.fields[label] = value

    return mutate


def _add(*row: object) -> Mutation:
    def mutate(r: Return) -> None:
        r.rows.append(list(row))

    return mutate


def _both(*mutations: Mutation) -> Mutation:
    def mutate(r: Return) -> None:
        for m in mutations:
            m(r)

    return mutate


def _drop(name: str) -> Mutation:
    def mutate(r: Return) -> None:
        r.rows.remove(r.row(name))

    return mutate


def _line(index: int, amount: object) -> Mutation:
    def mutate(r: Return) -> None:
        r.lines[index][2] = amount

    return mutate


def _all_identical(r: Return) -> None:
    for row in r.rows:
        row[4] = row[5]


def _tier1(old: str, new: str) -> Mutation:
    def mutate(r: Return) -> None:
        for row in r.rows:
            if row[0] == old:
                row[0] = new

    return mutate


N = "建设青年人才驿站数量"  # row 3
# One defect to a line (kept unformatted); tests/test_catalogue.py checks that this table, the
# bad files of test_intake and its own cases produce every code of the catalogue.
CASES: list[tuple[str, Mutation, str | None]] = [
    ("F101", _set(N, 0, None), f"{IND}!C3"),
    ("F102", _set(N, 1, None), f"{IND}!C3"),
    ("F103", _set(N, 0, "产出指"), f"{IND}!A3"),
    ("F104", _set(N, 1, "数目指标"), f"{IND}!B3"),
    ("F105", _set(N, 1, "社会效益指标"), f"{IND}!B3"),
    ("F106", _drop("入住青年满意度"), None),
    ("F107", _set(N, 0, "产出目标"), f"{IND}!A3"),
    ("F108", _set(N, 0, "决策"), f"{IND}!A3"),
    ("F110", _set(N, 2, None), f"{IND}!C3"),
    ("F111", _both(_tier1("产出指标", "工作成效"), _tier1("成本指标", "运行保障"), _tier1("效益指标", "工作效果")), f"{IND}!A3"),
    ("F201", _set("驿站建设任务完成及时率", 2, "驿站建设验收达标率"), f"{IND}!C6"),
    ("F202", _add("产出指标", "质量指标", "预算执行率", "≥", 90, 90, "%", "正向", None), f"{IND}!C11"),
    ("T101", _both(_set(N, 4, None), _set(N, 5, None)), f"{IND}!F3"),  # at the empty annual value
    ("T102", _both(_set(N, 4, "分三期拨付，每期建设两个"), _set(N, 5, "分三期拨付，每期建设两个")), f"{IND}!E3"),
    ("T103", _set(N, 3, None), f"{IND}!E3"),
    ("T104", _set(N, 6, None), f"{IND}!E3"),
    ("T105", _both(_set("驿站验收合格率", 6, "篇"), _set("驿站验收合格率", 4, 2), _set("驿站验收合格率", 5, 2)), f"{IND}!E5"),
    ("T106", _both(_set("驿站验收合格率", 4, 100), _set("驿站验收合格率", 5, 100)), f"{IND}!E5"),
    ("T107", _set("入住青年满意度", 3, "="), f"{IND}!E10"),
    ("T108", _set("每个床位月租金", 3, "≥"), f"{IND}!E7"),
    ("T109", _set("驿站运营管理制度", 4, 3), f"{IND}!E9"),
    ("T110", _set(N, 2, "建设青年人才驿站20个"), f"{IND}!E3"),
    ("T111", _set(N, 3, ">="), f"{IND}!E3"),
    ("T112", _set(N, 5, "6人"), f"{IND}!F3"),
    ("T113", _add("产出指标", "时效指标", "驿站完工时间", "≥", 100, 100, "%", "", None), f"{IND}!E11"),
    ("T114", _both(_set("入住青年满意度", 4, 70), _set("入住青年满意度", 5, 70)), f"{IND}!E10"),
    ("T116", _set("入住青年满意度", 4, "≥≤90"), f"{IND}!E10"),
    ("T117", _set("每个床位月租金", 3, None), f"{IND}!E7"),
    ("T119", _add("效益指标", "社会效益指标", "宣传覆盖人数（万人）", "≥", None, "3000人", None, "正向", None), f"{IND}!F11"),
    ("T120", _add("产出指标", "数量指标", "驿站交流活动场次", "≥", 95, 95, "%", "正向", None), f"{IND}!E11"),
    ("D101", _add("产出指标", "数量指标", N, "≥", 12, 6, "个", "正向", None), f"{IND}!C11"),
    ("D102", _add("产出指标", "数量指标", N, "≥", 12, 8, "个", "正向", None), f"{IND}!C11"),
    ("D103", _add("产出指标", "质量指标", "驿站建设验收合格率", ">", 95, 95, "%", "正向", None), f"{IND}!C11"),
    ("D104", _field("年度目标", "年度内完成青年人才驿站布点与运营，建设青年人才驿站数量达到8个，并为入住青年提供过渡住宿、就业指导与交流活动等服务。"), f"{IND}!F3"),
    ("D201", _set(N, 5, 20), f"{IND}!F3"),
    ("D202", _all_identical, f"{IND}!F3"),
    ("D203", _both(_set(N, 3, None), _set(N, 5, "≥6")), f"{IND}!F3"),
    ("D204", _field("年度目标", "两年内建成12个青年人才驿站，为青年提供过渡住宿。"), f"{INFO}!B26"),
    ("B101", _field("中期财政拨款", 290), f"{INFO}!B16"),
    ("B102", _line(0, 50), f"{LINES}!C33"),
    ("B103", _both(_field("年度资金总额", 400), _field("年度财政拨款", 392.55)), f"{INFO}!B19"),
    ("B104", _both(_field("上年预算额", 100), _field("上年预算执行数", 120)), f"{INFO}!B23"),
    ("B106", _both(_field("上年预算额", 100), _field("上年预算执行数", 100), _set("每个床位月租金", 3, "定性"), _set("每个床位月租金", 4, "与去年持平"), _set("每个床位月租金", 5, "与去年持平"), _set("每个床位月租金", 6, None), _set("每个床位月租金", 2, "驿站运营成本")), f"{IND}!F7"),
    ("B107", _add("成本指标", "经济成本指标", "住宿服务人均补助标准", "≤", 1000, 1000, "元/人", "反向", None), f"{IND}!F11"),
    ("B108", _field("中期其他资金", "二十万"), f"{INFO}!B18"),
    ("B110", _line(0, 474300), f"{LINES}!C3"),
    ("B109", _both(_field("项目期", 1), _field("计划完成日期", dt.datetime(2026, 12, 31)), _all_identical), f"{INFO}!B19"),
    ("T115", _both(_set("每个床位月租金", 6, "万元/床·月"), _set("每个床位月租金", 4, 0), _set("每个床位月租金", 5, 0)), f"{IND}!F7"),
    ("Y101", _field("预算年度", 2025), f"{INFO}!B7"),  # the stamp's 2026; the title follows B7
    ("Y102", _field("计划开始日期", dt.datetime(2027, 3, 1)), f"{INFO}!B11"),
    ("Y103", _set(N, 2, "2023年建设青年人才驿站数量"), f"{IND}!C3"),
    ("Y104", _field("计划完成日期", dt.datetime(2025, 12, 31)), f"{INFO}!B12"),
    ("Y106", _field("计划完成日期", "2026年6月31日"), f"{INFO}!B12"),
    ("W101", _set(N, 8, 25), f"{IND}!I10"),
    ("W102", _set(N, 8, None), f"{IND}!I3"),  # at the empty score cell
    ("W103", _tier1("产出指标", "一、产出指标（50分）"), f"{IND}!A3"),
    ("X101", _set(N, 2, "XX青年人才驿站数量"), f"{IND}!C3"),
    ("X102", _field("年度目标", "<p>建成6个驿站</p>"), f"{INFO}!B26"),
    ("X103", _both(_field("上年预算额", "1,000"), _field("上年预算执行数", 900)), f"{INFO}!B22"),
    ("X105", _field("中期其他资金", "2 0"), f"{INFO}!B18"),
    ("X106", _line(1, "5.02万5.02万"), f"{LINES}!C4"),
    ("X104", _add("产出指标", "时效指标", "驿站开放日期", None, 46387, 46387, None, "", None), f"{IND}!E11"),
]  # fmt: skip


@pytest.mark.parametrize(("code", "mutate", "cell"), CASES, ids=[c[0] for c in CASES])
def test_each_defect_is_found_at_its_cell(
    tmp_path: Path, code: str, mutate: Mutation, cell: str | None
) -> None:
    ret = Return()
    mutate(ret)
    found = findings(tmp_path, ret)
    assert (code, cell) in found, sorted(found)


def test_year_missing(tmp_path: Path) -> None:
    ret = Return(year=None)
    assert ("Y105", None) in findings(tmp_path, ret)


def test_select_and_ignore() -> None:
    codes = ["T101", "T105", "B101", "X101"]
    assert select_codes(codes, "T") == {"T101", "T105"}
    assert select_codes(codes, "", "T1,X") == {"B101"}
    assert select_codes(codes, "T105,B") == {"T105", "B101"}


@pytest.mark.parametrize("select", ["T105", "B", "F,D1", "Y"])
def test_a_selection_runs_only_the_families_it_needs(
    select: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--select gives exactly the selected findings of a full check, and a rule family none
    of whose codes is selected is not run at all."""
    import goalbook.rules as rules

    examples = sorted(Path(__file__).resolve().parent.parent.glob("examples/*.xlsx"))
    full = {p: check_file(p, CheckOptions())[0].findings for p in examples}
    codes = frozenset(select_codes(rules.RULES, select))
    needed = {f.run.__name__ for f in rules.FAMILIES if f.codes & codes}
    ran: list[str] = []

    def watched(family: rules.Family) -> rules.Family:
        def run(ctx: rules.Context) -> Iterator[Hit]:
            ran.append(family.run.__name__)
            return family.run(ctx)

        return rules.Family(run, family.codes)

    monkeypatch.setattr(rules, "FAMILIES", tuple(watched(f) for f in rules.FAMILIES))
    for path in examples:
        chosen = check_file(path, CheckOptions(codes=codes))[0].findings
        assert chosen == tuple(f for f in full[path] if f.code in codes)
    assert ran and set(ran) == needed


@pytest.mark.parametrize(
    ("name", "warned"),
    [("建设青年人才驿站数量（个）", False), ("集中供养人数（人）", False), ("安全责任事故（起）", False),
     ("建设青年人才驿站数量", True), ("建设青年人才驿站数量（县级）", True),
     ("驿站建设时限（个工作日）", False), ("驿站建设标准（万元/个）", False),
     ("驿站建设标准（按县级）", True)],
)  # fmt: skip
def test_a_unit_stated_in_the_name_is_a_unit(tmp_path: Path, name: str, warned: bool) -> None:
    """培训人数（人次） │ ≥1500 with no unit column cell: the name says the unit (no T104); a
    note in brackets (（县级）) is no unit."""
    ret = Return()
    _set(N, 6, None)(ret)
    _set(N, 2, name)(ret)
    result, _ = check_file(ret.write(tmp_path / "r.xlsx"), CheckOptions())
    assert any(f.code == "T104" and str(f.at) == f"{IND}!E3" for f in result.findings) is warned


def test_english_messages(tmp_path: Path) -> None:
    ret = Return()
    _set(N, 3, None)(ret)
    result, _ = check_file(ret.write(tmp_path / "r.xlsx"), CheckOptions(lang="en"))
    message = next(f.located("en") for f in result.findings if f.code == "T103")
    assert message.startswith("绩效指标!E3: ") and "has no operator" in message


# Pieces of cell text for the property test, kept on two lines (unformatted).
_PIECES = ["XX", "**", "……", "…", "20XX年", "20X", "×x", "2", "___", "□□", "<p>", "</td>", "<b class='x'>", "<", ">",
           "X", "*", "_", "<td", "<br ", "驿站", "人次", "2026年", " ", "\n"]  # fmt: skip


@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=6).map("".join), max_size=12))
def test_artefacts_report_the_first_of_each_kind_in_every_cell(texts: list[str]) -> None:
    """The joined-string search gives what searching every cell on its own gives."""
    from goalbook.rules.common import Context, clip, excerpt
    from goalbook.rules.text import artefacts

    placeholder = re.compile(r"\*\*|[Xx×]{2,}|……|…|20[Xx]{2}|□{2,}|_{3,}")  # the rule's spec
    html = re.compile(r"</?(p|br|span|div|b|strong|font|table|tr|td)\b[^>]*>", re.I)

    cells = tuple(("S", i + 1, 2, t.strip()) for i, t in enumerate(texts) if t.strip())
    table = GoalTable(path="r.xlsx", kind="project", layout="foreign", texts=cells)
    found = [
        (h.code, h.at, h.params)
        for h in artefacts(Context(table, load_framework("nat-2021"), 2026))
    ]
    expected = []
    for sheet, row, col, text in cells:
        at = CellRef(sheet, row, col)
        if m := placeholder.search(text):
            expected.append(("X101", at, {"text": excerpt(text, m.start(), m.end(), 8)}))
        if m := html.search(text):
            expected.append(("X102", at, {"tag": clip(m[0], 20)}))
    assert found == expected


def test_a_zero_cap_equal_in_both_columns_is_no_copied_count(tmp_path: Path) -> None:
    """施工安全事故 0起 for the period and 0起 for the year: a cap at zero, the same in every
    year, not a cumulative count pasted into 年度 (D202); 40个 in both columns still is."""
    ret = Return()
    ret.rows.append(["效益指标", "社会效益指标", "施工安全事故", "=", 0, 0, "起", "反向", 0])
    found = findings(tmp_path, ret)
    assert not {f for f in found if f[0] == "D202"}, found
    ret.row("建设青年人才驿站数量")[4:6] = [40, 40]
    assert ("D202", f"{IND}!F3") in findings(tmp_path, ret)
