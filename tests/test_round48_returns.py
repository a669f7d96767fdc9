"""What the forty-eighth blind round showed, on invented returns: a budget system's export (coded
tier labels, 指标值 over 下限 │ 上限, a footer of labels with their values beside them), a head
merged over the next line's heads (指标属性 over 指标性质 │ 指标方向), states such as 动态管理,
a management rate that builds up, and works built counted under an effect tier-2."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.returns import found_at, save_sheet

EXPORT_HEAD: list[list[Any]] = [
    ["2027年度项目支出绩效目标表"],
    ["项目名称", "农村供水保障工程"],
    ["资金总额（万元）", 860],
    ["年度绩效目标", "新建和改造单村水站32处，铺设供水管网86公里。"],
    ["一级指标", "二级指标", "三级指标", "指标方向", "计量单位", "指标值", None, "分值"],
    [None, None, None, None, None, "下限", "上限", None],
]
EXPORT_ROWS: list[list[Any]] = [
    ["1 产出指标", "11 数量指标", "111 新建和改造单村水站", "≥", "处", 32, None, 20],
    [None, "12 质量指标", "122 优良路率", "≥", "%", "75%", None, 20],
    ["2 成本指标", "21 经济成本指标", "211 单村水站建设成本", "区间", "万元/处", 18, 22, 20],
    ["3 效益指标", "31 社会效益指标", "311 农村自来水普及率", "≥", "%", "95%", None, 20],
    ["4 满意度指标", "41 服务对象满意度指标", "411 受益群众满意度", "≥", "%", "90%", None, 20],
]
MERGES = ("F5:G5", "A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "H5:H6")


def _export(tmp_path: Path, *extra: list[Any], rows: list[list[Any]] | None = None) -> Path:
    table = [*EXPORT_HEAD, *(rows or EXPORT_ROWS), *extra]
    return save_sheet(tmp_path / "x.xlsx", table, MERGES)


def test_a_footer_of_labels_with_their_values_beside_is_no_indicator(tmp_path: Path) -> None:
    footer = [["填报人", "周某", "联系电话", "0578-0000000"], ["打印时间", "2026-11-20 15:32"]]
    found = found_at(_export(tmp_path, [], *footer))
    assert not [f for f in found if f[2][1:] in ("13", "14")], found


def test_a_range_under_lower_and_upper_bounds_is_one_range(tmp_path: Path) -> None:
    found = found_at(_export(tmp_path))
    assert not [f for f in found if f[2][1:] == "9" and f[0] in ("T103", "T117")], found
    rows = [list(r) for r in EXPORT_ROWS]
    rows[2][5], rows[2][6] = 22, 18  # the bounds crossed: no range, read and judged as given
    assert found_at(_export(tmp_path, rows=rows)) != found


def test_a_short_coded_name_is_not_a_shifted_row(tmp_path: Path) -> None:
    found = found_at(_export(tmp_path))
    assert not [f for f in found if f[0] == "S101"], found


@pytest.mark.parametrize(("op", "said"), [("≤", False), (None, True)])
def test_a_head_merged_over_the_next_lines_heads_names_both(
    tmp_path: Path, op: str | None, said: bool
) -> None:
    rows: list[list[Any]] = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "高新技术企业培育"],
        ["项目资金（万元）", "年度资金总额", 200],
        ["年度绩效目标", "新认定高新技术企业不少于60家。"],
        ["一级指标", "二级指标", "三级指标", "指标属性", None, "指标值", "计量单位"],
        [None, None, None, "指标性质", "指标方向", None, None],
        ["产出指标", "数量指标", "新认定高新技术企业数", "正向", "≥", 60, "家"],
        ["成本指标", "经济成本指标", "申报辅导培训成本", "反向", op, 2.5, "万元/场"],
        ["效益指标", "社会效益指标", "高新技术产业增加值占比", "正向", "≥", "52%", None],
        ["满意度指标", "服务对象满意度指标", "申报企业满意度", "正向", "≥", "90%", None],
    ]
    merges = ("D5:E5", "A5:A6", "B5:B6", "C5:C6", "F5:F6", "G5:G6")
    found = found_at(save_sheet(tmp_path / "h.xlsx", rows, merges))
    assert (("T117", "warning", "F8") in found) is said, found


def _project(*rows: list[Any], years: str = "1年", period: bool = False) -> list[list[Any]]:
    head = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"] if period else None
    return [
        ["2027年度项目支出绩效目标申报表"],
        ["项目名称", "慢性病管理与管网完善", "项目期", years],
        ["项目资金（万元）", "年度资金总额", 300],
        ["年度绩效目标", "完善管网，做好慢性病患者健康管理。"],
        head or ["一级指标", "二级指标", "三级指标", "指标值"],
        *rows,
    ]


@pytest.mark.parametrize(("value", "said"), [("动态管理", False), ("基本解决", False)])
def test_states_offices_write_are_grades(tmp_path: Path, value: str, said: bool) -> None:
    rows = _project(
        ["产出指标", "数量指标", "新建供水管网", "≥12公里"],
        ["效益指标", "可持续影响指标", "服务商资源池", value],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    )
    found = found_at(save_sheet(tmp_path / "g.xlsx", rows))
    assert (("T102", "warning", "D7") in found) is said, found


@pytest.mark.parametrize(
    ("period", "annual", "said"),
    [("≥65%", "≥70%", True), ("≥75%", "≥70%", False), ("≥70%", "≥102%", False)],
)  # (an annual rate above 100% is T106's: no period to compare it with)
def test_a_management_rate_builds_up_over_the_period(
    tmp_path: Path, period: str, annual: str, said: bool
) -> None:
    rows = _project(
        ["产出指标", "数量指标", "新建供水管网", "≥20公里", "≥12公里"],
        ["效益指标", "社会效益指标", "高血压患者规范管理率", period, annual],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "≥90%"],
        years="3年",
        period=True,
    )
    found = found_at(save_sheet(tmp_path / "m.xlsx", rows))
    assert (("D201", "warning", "E7") in found) is said, found


@pytest.mark.parametrize(
    ("name", "said"), [("新建污水支管网长度", True), ("河道水质达标长度", False)]
)
def test_works_built_under_an_effect_tier2_are_an_output(
    tmp_path: Path, name: str, said: bool
) -> None:
    rows = _project(
        ["产出指标", "数量指标", "新建污水主管网长度", "≥12公里"],
        ["效益指标", "社会效益指标", name, "≥4公里"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    )
    found = found_at(save_sheet(tmp_path / "w.xlsx", rows))
    assert (("F201", "warning", "C7") in found) is said, found


@pytest.mark.parametrize(("op", "note"), [("≤≥", True), ("≤", False)])
def test_an_operator_column_garbled_is_said(tmp_path: Path, op: str, note: bool) -> None:
    """(round 49) 比较符 │ ≤≥: the operators contradict each other, said as a garbled value
    (T116), not as a value without an operator (T117)."""
    rows = [
        ["2027年度项目支出绩效目标申报表"],
        ["项目名称", "慢性病筛查"],
        ["项目资金（万元）", "年度资金总额", 120],
        ["年度绩效目标", "完成重点人群慢性病筛查。"],
        ["一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"],
        ["产出指标", "数量指标", "筛查人数", "≥", 5000, "人"],
        [None, "时效指标", "筛查结果反馈时限", op, "10 ", "工作日"],
        ["效益指标", "社会效益指标", "早诊早治率", "≥", "60%", None],
        ["满意度指标", "服务对象满意度指标", "受检群众满意度", "≥", "90%", None],
    ]
    found = found_at(save_sheet(tmp_path / "o.xlsx", rows))
    assert (("T116", "warning", "E7") in found) is note, found
    assert not [f for f in found if f[0] == "T117"], found


@pytest.mark.parametrize(
    ("name", "said"), [("运维人员培训人次", True), ("充电设施日常运维数量", False)]
)
def test_trainings_of_upkeep_staff_add_up_over_the_period(
    tmp_path: Path, name: str, said: bool
) -> None:
    """(round 49) 运维人员培训人次 copied from 中期 into 年度: trainings add up (D202); the upkeep
    itself is the same each year."""
    unit = "人次" if name.endswith("人次") else "个"
    rows = _project(
        ["产出指标", "数量指标", "新建公共充电桩", "≥1800个", "≥600个"],
        [None, None, name, f"≥450{unit}", f"≥450{unit}"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "≥90%"],
        years="3年",
        period=True,
    )
    found = found_at(save_sheet(tmp_path / "d.xlsx", rows))
    assert (("D202", "warning", "E7") in found) is said, found
