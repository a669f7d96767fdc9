"""What the thirty-seventh blind round showed, on invented returns: department tables on the
履职效能 framework with 社会效应 for the effects and the tasks (重点工作任务完成, 履职目标实现)
under 履职效能 itself; 重点工作任务 as a tier-2 under 产出指标 in a department's table (a tier a
province chooses: a remark, no error); a name under a tier-2 merged down over its row that is
spelt like a tier-2 elsewhere (群众满意度); units in a name's brackets (（万页）, （卷）); zero
states (零垮坝); 左右 after a value's unit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.returns import found_at, save_sheet

HEAD: list[list[Any]] = [
    ["2027年部门整体支出绩效目标表"],
    ["部门（单位）名称", "北湾区应急管理局"],
    ["年度预算（万元）", "资金总额", 900],
    ["年度总体绩效目标", "全年不发生较大以上生产安全事故，完成重点企业执法检查。"],
]


def _lvzhi() -> list[list[Any]]:
    return [
        *HEAD,
        ["一级指标", "二级指标", "三级指标", "指标值", "权重"],
        ["履职效能", "重点工作任务完成", "执法检查企业（家次）", 1200, 15],
        [None, None, "储备物资质量抽检（批次）", 40, 10],
        [None, "履职目标实现", "重大事故隐患整改率", "100%", 15],
        [None, None, "较大以上生产安全事故", "零事故", 10],
        ["管理效率", "预算管理", "预算执行率", "≥95%", 10],
        [None, "项目管理", "项目按期完成率", "≥95%", 10],
        ["社会效应", "社会效益", "群众防灾减灾知识知晓率", "≥85%", 10],
        [None, "可持续影响", "基层应急网格化覆盖率", "≥90%", 10],
        ["服务对象满意度", "服务对象满意度", "企业满意度", "≥90%", 5],
        [None, None, "群众满意度", "≥90%", 5],
    ]


MERGES = ("A6:A9", "B6:B7", "B8:B9", "A10:A11", "A12:A13", "A14:A15", "B14:B15")


def test_a_lvzhi_department_table_draws_no_tier_finding(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "d.xlsx", _lvzhi(), MERGES))
    tiers = [f for f in found if f[0].startswith(("F1", "F2")) or f[0] == "S101"]
    assert not tiers, tiers


def test_a_name_under_a_merged_tier2_is_a_name(tmp_path: Path) -> None:
    """群众满意度 under 服务对象满意度 merged over two rows: no realigned row (S101), no name
    missing (F110)."""
    found = found_at(save_sheet(tmp_path / "d.xlsx", _lvzhi(), MERGES))
    assert not [f for f in found if f[0] in ("S101", "F110") and f[2].endswith("15")], found


def test_a_tier_not_of_the_framework_is_still_an_error_in_a_project(tmp_path: Path) -> None:
    rows = _lvzhi()
    rows[0] = ["2027年度项目支出绩效目标表"]
    rows[1] = ["项目名称", "应急能力提升"]
    rows[5][1] = "重点工作任务"
    rows[6:] = [
        ["产出指标", "数量指标", "执法检查企业", "≥1200家次", 20],
        ["效益指标", "社会效益指标", "群众知晓率", "≥85%", 40],
        ["满意度指标", "服务对象满意度指标", "企业满意度", "≥90%", 20],
    ]
    rows[5][0] = "产出指标"
    found = found_at(save_sheet(tmp_path / "p.xlsx", rows))
    assert ("F104", "error", "B6") in found, found


def test_key_tasks_under_outputs_in_a_departments_table_are_a_remark(tmp_path: Path) -> None:
    rows = [
        *HEAD,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "重点工作任务", "执法检查企业", "≥1200家次"],
        [None, "质量指标", "隐患整改率", "100%"],
        ["效益指标", "社会效益指标", "群众知晓率", "≥85%"],
        ["满意度指标", "服务对象满意度指标", "企业满意度", "≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "d.xlsx", rows, ("A6:A7",)))
    assert [f for f in found if f[0] == "F104"] == [("F104", "info", "B6")], found


@pytest.mark.parametrize(
    ("name", "value"), [("馆藏档案数字化（万页）", "≥120"), ("接收进馆档案（卷）", "≥8000")]
)
def test_a_unit_in_the_names_brackets(tmp_path: Path, name: str, value: str) -> None:
    rows = _lvzhi()
    rows[5][2:4] = [name, value]
    found = found_at(save_sheet(tmp_path / "d.xlsx", rows, MERGES))
    assert not [f for f in found if f[0] == "T104"], found


def test_zero_dam_failures_is_a_zero_state_and_about_is_no_unit(tmp_path: Path) -> None:
    rows = _lvzhi()
    rows[8][2:4] = ["水库安全度汛", "零垮坝"]
    rows[5][2:] = ["接待群众（万人次）", "300万人次左右", 15, "万人次"]
    rows[4] = ["一级指标", "二级指标", "三级指标", "指标值", "权重", "计量单位"]
    found = found_at(save_sheet(tmp_path / "d.xlsx", rows, MERGES))
    assert not [f for f in found if f[0] in ("T102", "T112")], found
