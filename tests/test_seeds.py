"""The two published seed tables, read in their published layouts: the reviewer's findings of
the domain guide are found at the right cells."""

from __future__ import annotations

from pathlib import Path

import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
S000 = EXAMPLES / "seed-000-dongguan-department.xlsx"
S004 = EXAMPLES / "seed-004-shanghai-project.xlsx"


def found(path: Path) -> set[tuple[str, str | None]]:
    result, _ = check_file(path, CheckOptions())
    return {(f.code, f.at.a1 if f.at else None) for f in result.findings}


def test_seed_000_is_read_with_its_shifted_rows() -> None:
    table = read_table(S000)
    assert table.kind == "department" and table.layout == "foreign"
    assert table.field_text("unit") == "中国共产主义青年团东莞市委员会"
    assert len(table.indicators) == 20 and table.has_period
    by_name = {i.label: i for i in table.indicators}
    cost = by_name["成本节约率"]
    assert cost.shifted and cost.tier1 is not None and cost.tier1.text == "成本指标"
    assert cost.tier2 is None and cost.annual is not None and cost.annual.text == "5%以上"
    sat = by_name["目标群体满意度"]
    assert sat.tier1 is None and sat.tier2 is not None and sat.tier2.text == "服务对象满意度指标"
    # merged tier cells are carried to every row of their block, located at their anchor
    drive = by_name["青年志愿者服务人次"]
    assert drive.tier2 is not None and drive.tier2.carried and drive.tier2.at.a1 == "C13"


@pytest.mark.parametrize(
    ("code", "cell", "why"),
    [
        ("F102", "C23", "tier-3 name in the 成本 tier-2 slot: tier-2 missing"),
        ("T102", "D23", "支助标准 value is a description"),
        ("T111", "D24", "5%以上 read as ≥5%"),
        ("T111", "D25", "90%以上 read as ≥90%"),
        ("F202", "C25", "预算执行率 as a cost indicator"),
        ("F101", "C32", "satisfaction row without tier-1"),
        ("S101", "C32", "satisfaction row shifted left"),
        ("D103", "D26", "再犯率 <5% vs 再犯罪率 ≤5%"),
        ("D203", "F13", "圆梦 period 10000人 vs annual ≥1500人"),
        ("T103", "E13", "10000人 without operator"),
        ("X102", "B6", "<p> in the overall goal"),
        ("Y103", "C9", "2021 amounts quoted in a 2022 table"),
    ],
)
def test_seed_000_findings(code: str, cell: str, why: str) -> None:
    assert (code, cell) in found(S000), why


def test_seed_004_is_read_with_its_money_block() -> None:
    table = read_table(S004)
    assert table.kind == "project" and table.money_unit == "元"
    assert table.field_text("total") == "5,601,000"
    assert table.field_text("prior_budget") == "6,224,000"
    assert table.field_text("start") == "2020-01-01"
    assert len(table.indicators) == 95
    timely = [i for i in table.indicators if i.tier2 is not None and i.tier2.text == "时效"]
    assert [i.label for i in timely][:4] == [
        "杰出人才培养工作质量达标率", "项目合作工作质量达标率", "宣传工作质量达标率",
        "课题研究工作质量达标率",
    ]  # fmt: skip
    assert all(i.tier1 is not None and i.tier1.text == "产出目标" for i in timely)


RATE_AS_COUNT = ["D41", "D42", "D50", "D52", "D53", "D55", "D56"]
EQUALS = ["D70", "D89", "D99", "D101", "D119"]
QUALITY_UNDER_TIMELY = ["B71", "B72", "B73", "B74"]


def test_seed_004_findings() -> None:
    f = found(S004)
    assert {("T105", c) for c in RATE_AS_COUNT} <= f, "seven 完成率 rows given counts"
    assert {("T107", c) for c in EQUALS} <= f, "=95% where ≥ was meant"
    assert ("T107", "D54") not in f and ("T107", "D65") not in f, "=100% is the ceiling"
    assert {("F201", c) for c in QUALITY_UNDER_TIMELY} <= f, "quality indicators under 时效"
    assert ("B106", "D79") in f, "与去年持平 against a 10% budget cut"
    assert ("D102", "C115") in f and ("D102", "C122") in f, "conflicting duplicates"
    assert ("T105", "D92") in f, "违法犯罪下降率 given as 下降"
    assert ("T105", "D81") in f, "成本控制到位率 given as text"
    assert ("D104", "D44") in f, "plan says 2次, indicator 1次"
    assert ("F201", "C39") in f, "及时 under 资产管理"
    assert ("X103", "B25") in f, "5,601,000 typed as text"
    assert ("T102", "D110") in f, "工作团队 团干部+普通青年 is an input"
    assert ("S101", "A102") in f and ("S101", "B98") in f


def test_seed_004_no_false_budget_errors() -> None:
    codes = {c for c, _ in found(S004)}
    assert not codes & {"B101", "B102", "B103", "B104", "Y101", "Y102", "Y104"}


def _sheet(tmp_path: Path, rows: list[list[object]], merges: tuple[str, ...] = ()) -> Path:
    import openpyxl

    path = tmp_path / "layout.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    for rng in merges:
        ws.merge_cells(rng)
    wb.save(path)
    return path


def test_two_complete_column_sets(tmp_path: Path) -> None:
    """中期 二级/三级/指标值, then 年度 二级/三级/指标值, as some provinces lay them out."""
    path = _sheet(tmp_path, [
        ["项目支出绩效目标申报表（2026年度）"],
        ["项目名称", "青年驿站", "计划开始日期", "2026-01-01", "计划完成日期", "2028-12-31"],
        ["", "中期目标（2026—2028年）", "", "", "年度目标（2026年）"],
        ["一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "驿站数量", "≥12个", "数量指标", "驿站数量", "≥20个"],
        ["", "质量指标", "验收合格率", "≥95%", "质量指标", "验收合格率", "≥95%"],
        ["效益指标", "社会效益指标", "就业率", "≥80%", "社会效益指标", "就业率", "≥80%"],
    ], merges=("A5:A6",))  # fmt: skip
    table = read_table(path)
    assert table.has_period and len(table.indicators) == 3
    first = table.indicators[0]
    assert first.period is not None and first.period.text == "≥12个"
    assert first.annual is not None and first.annual.text == "≥20个" and first.annual.at.a1 == "G5"
    assert ("D201", "G5") in found(path)  # annual above the period count


def test_operator_and_unit_in_their_own_columns(tmp_path: Path) -> None:
    """指标性质 holding the operator in words, a bare number, and 计量单位."""
    path = _sheet(tmp_path, [
        ["项目支出绩效目标表（2026年度）"],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "指标方向"],
        ["产出指标", "数量指标", "培训人次", "大于等于", 500, "人次", "正向"],
        ["产出指标", "质量指标", "培训合格率", "大于等于", 95, "%", "正向"],
        ["效益指标", "社会效益指标", "事故发生率", "大于等于", 2, "%", "反向"],
    ])  # fmt: skip
    table = read_table(path)
    t = table.indicators[0].annual_target
    assert t is not None and (t.op.value, t.number, t.unit) == ("≥", 500, "人次")  # type: ignore[union-attr]
    assert table.indicators[2].direction is not None
    assert ("T108", "E5") in found(path)  # ≥ on a 反向 indicator
    assert ("T111", "E3") in found(path)  # 大于等于 read as ≥
