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


INDICATORS: list[list[Any]] = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "铺设供水管网", "≥96公里"],
    [None, "质量指标", "工程验收合格率", "100%"],
    ["效益指标", "社会效益指标", "新增受益人口", "≥4.2万人"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
]


def _bond(market: float, used: float) -> list[list[Any]]:
    return [
        ["2026年度地方政府专项债券项目绩效目标表"],
        ["项目名称", "城乡供水一体化工程", "建设期", "2025年—2027年"],
        [
            "项目资金（万元）",
            "项目总投资",
            "其中：专项债券",
            "财政预算资金",
            "市场化融资",
            "本年度使用债券",
        ],
        [None, 24000 + market, 15000, 9000, market, used],
        ["分年度资金安排（万元）", "年度", "合计", "专项债券", "财政预算资金", "市场化融资"],
        [None, "2026年", 8000 + market, 5000, 3000, market],
        ["年度目标", "铺设输配水管网96公里。"],
        *INDICATORS,
    ]


@pytest.mark.parametrize(("used", "flagged"), [(12000, False), (18000, True)])
def test_bonds_market_finance_and_this_years_use(
    tmp_path: Path, used: float, flagged: bool
) -> None:
    """总投资 = 专项债券 + 财政预算资金 + 市场化融资 (no B101 on either block); this year's use
    of bonds above the project's bonds is B103 (a warning)."""
    found = found_at(save_sheet(tmp_path / "b.xlsx", _bond(4000, used), ("A3:A4",)))
    assert not [f for f in found if f[0] == "B101"], found
    b103 = [f for f in found if f[0] == "B103"]
    assert b103 == ([("B103", "warning", "F4")] if flagged else []), found


def test_the_years_before_are_no_source_block(tmp_path: Path) -> None:
    rows = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "智慧城管平台运维", "项目期", "4年"],
        ["项目资金（万元）", "中期资金总额", 6400, "年度资金总额", 2000],
        [None, "其中：财政拨款", 5400, "其中：财政拨款", 1700],
        [None, "其他资金", 1000, "其他资金", 300],
        ["总体目标", "中期目标（2024年—2027年）", None, "年度目标"],
        [None, "2024—2027年接入监控点位4800个。", None, "2026年接入监控点位1600个。"],
        [
            "以前年度资金安排情况（万元）",
            "年度",
            "资金合计",
            "其中：财政拨款",
            "其他资金",
            "执行数",
        ],
        [None, "2024年", 1200, 1000, 200, 1176],
        [None, "2025年", 1800, 1500, 300, 1710],
        [None, "合计", 3000, 2500, 500, 2886],
        *INDICATORS,
    ]
    merges = ("A3:A5", "A6:A7", "B6:C6", "B7:C7", "A8:A11")
    found = found_at(save_sheet(tmp_path / "p.xlsx", rows, merges))
    assert not [f for f in found if f[0].startswith("B1") and f[1] == "error"], found


def test_a_stacked_project_has_the_workbooks_year(tmp_path: Path) -> None:
    """二、…项目 under the workbook's title (2026年…（第二批）…): the second project's year is
    the title's (no Y105)."""
    rows: list[list[Any]] = [["2026年中央预算内投资计划（第二批）项目绩效目标表"]]
    for n, name in (("一", "第二人民医院门诊楼"), ("二", "疾控中心实验室")):
        rows += [
            [f"{n}、{name}建设项目"],
            ["项目名称", f"{name}建设项目", None, "项目单位", "县卫生健康局"],
            ["建设性质", "新建", None, "建设周期", "2026年3月—2027年3月"],
            ["投资情况（万元）", "总投资", "本年下达投资", "其中：中央预算内投资", "地方配套"],
            [None, 4200, 3200, 2500, 700],
            ["本年度绩效目标", "2026年完成主体工程。"],
            *INDICATORS,
            [],
        ]
    found = found_at(save_sheet(tmp_path / "s.xlsx", rows))
    assert not [f for f in found if f[0] == "Y105"], found


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ("填报人：孟××    联系电话：0871-6602××××", False),
        ("联系电话：0571-6612****", False),
        ("单位负责人：张**", False),
        ("填报人：××    联系电话：××××", True),
    ],
)
def test_a_published_tables_masked_names_are_no_placeholders(
    tmp_path: Path, line: str, flagged: bool
) -> None:
    rows = [*_bond(4000, 12000), [line]]
    found = found_at(save_sheet(tmp_path / "m.xlsx", rows, ("A3:A4",)))
    assert bool([f for f in found if f[0] == "X101"]) is flagged, found
