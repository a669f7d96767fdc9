"""What the fifty-first blind round showed, on invented returns: a 中期 or 年度 value left empty
beside the other, a range whose upper end passes 100 % on a capped rate, a 断链率 (less is
better) with ≥, a share of places not said (覆盖全县大部分乡镇), and a table's own title before
a cover sheet's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.returns import found_at, save_sheet

HEAD: list[list[Any]] = [
    ["2027年度项目支出绩效目标申报表"],
    ["项目名称", "县域冷链物流设施建设", "项目期", "2年（2027年—2028年）"],
    ["项目资金（万元）", "中期资金总额", 600, "年度资金总额", 300],
    ["中期目标", "两年建成冷链集配中心4个。", "年度目标", "2027年建成冷链集配中心2个。"],
    ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
]
ROWS: list[list[Any]] = [
    ["产出指标", "数量指标", "建成冷链集配中心", "≥4个", "≥2个"],
    [None, "质量指标", "冷链设施验收合格率", "≥95%", "≥95%"],
    [None, "时效指标", "集配中心建成投用时间", "2028年10月底前", "2027年10月底前"],
    ["成本指标", "经济成本指标", "单个集配中心建设成本", "≤150万元/个", "≤150万元/个"],
    ["效益指标", "社会效益指标", "生鲜农产品冷链流通率", "≥40%", "≥30%"],
    ["满意度指标", "服务对象满意度指标", "经营主体满意度", "≥90%", "≥90%"],
]


def _found(tmp_path: Path, rows: list[list[Any]], name: str = "r.xlsx") -> list[tuple[str, ...]]:
    return found_at(save_sheet(tmp_path / name, [*HEAD, *rows]))


@pytest.mark.parametrize(("column", "cell"), [(3, "D7"), (4, "E7")])
def test_a_value_left_empty_beside_the_other_column_s(
    tmp_path: Path, column: int, cell: str
) -> None:
    assert not [f for f in _found(tmp_path, ROWS) if f[0] == "T101"]
    rows = [list(r) for r in ROWS]
    rows[1][column] = None
    assert ("T101", "warning", cell) in _found(tmp_path, rows)


def test_a_one_year_table_s_unused_period_column_is_no_missing_value(tmp_path: Path) -> None:
    rows = [[*r[:3], None, r[4]] for r in ROWS]
    assert not [f for f in _found(tmp_path, rows) if f[0] == "T101"]


def test_a_range_past_100_on_a_capped_rate(tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[1][4] = "95%-98%"
    assert not [f for f in _found(tmp_path, rows) if f[0] == "T106"]
    rows[1][4] = "95%-105%"
    assert ("T106", "error", "E7") in _found(tmp_path, rows)


def test_a_broken_chain_rate_is_less_is_better(tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[4][2:] = ["生鲜农产品冷链断链率", "≤3%", "≤3%"]
    assert not [f for f in _found(tmp_path, rows) if f[0] == "T108"]
    rows[4][4] = "≥3%"
    assert ("T108", "warning", "E10") in _found(tmp_path, rows)


def test_most_places_covered_is_no_value(tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[4][2:] = ["为农服务网点覆盖范围", "覆盖全县乡镇", "覆盖全县乡镇"]
    assert not [f for f in _found(tmp_path, rows) if f[0] == "T102"]
    rows[4][3:] = ["覆盖全县大部分乡镇", "覆盖全县大部分乡镇"]
    assert ("T102", "warning", "D10") in _found(tmp_path, rows)  # (the same text judged once)


def test_the_table_s_own_title_comes_before_a_cover_s(tmp_path: Path) -> None:
    """A cover sheet says 2027年度; the table's own sheet is titled 2026年度 and heads its value
    column 2027年指标值: the years disagree on the table's sheet (Y101), not only on the cover."""
    path = save_sheet(tmp_path / "c.xlsx", [[c for c in r] for r in HEAD])
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws.title = "绩效目标"
    ws["A1"] = "2026年度项目支出绩效目标申报表"
    ws["E5"] = "2027年指标值"
    for row in ROWS:
        ws.append(row)
    cover = wb.create_sheet("封面", 0)
    cover.append(["2027年度项目支出绩效目标申报表"])
    cover.append(["申报单位（盖章）", "县商务局"])
    wb.save(path)
    assert any(code == "Y101" for code, _sev, _at in found_at(path))


@pytest.mark.parametrize(
    ("name", "value", "said"),
    [
        ("冷链巡检次数", "≥50次", "开展冷链巡检60次"),  # the text counts what 次数 names
        ("冷链企业检查家次", "≥500家次", "开展冷链企业检查600家次"),  # 家次 is one unit
    ],
)
def test_a_count_in_the_goal_against_its_indicator(
    tmp_path: Path, name: str, value: str, said: str
) -> None:
    head = [list(r) for r in HEAD]
    head[3][3] = f"2027年建成冷链集配中心2个，{said}，生鲜农产品冷链流通率达到30%以上。"
    rows = [[*r[:3], None, r[4]] for r in ROWS]  # one year's values
    rows.insert(1, [None, None, name, None, value])
    path = save_sheet(tmp_path / "d.xlsx", [*head, *rows])
    assert ("D104", "warning", "E7") in found_at(path)
    rows[1][4] = value.replace("50", "60")
    path = save_sheet(tmp_path / "e.xlsx", [*head, *rows])
    assert not [f for f in found_at(path) if f[0] == "D104"]
