"""D104 where the indicator alone is given in its unit (≥10000台件, ≥12座) and the goal names a
count in that unit in other words; a year's goal against the year's column in any unit (30公里);
a count with a thousands separator (12,500人次). A column of last year's targets (上年指标值) is
no target. Tier points given as a template's ranges (产出指标（40-50分）) that allow 90 are no
W101."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import found_at, save_sheet


def _one_year(goal: str, name: str, value: str, unit_rows: int = 0) -> list[list[Any]]:
    more = [[None, None, "检定证书出具时限", "≤5个工作日"]] * unit_rows
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "民生计量器具免费检定", None, "主管部门", "云岫县市场监督管理局"],
        ["项目期", "1年", "计划开始日期", "2026年1月1日", "计划完成日期", "2026年12月31日"],
        ["项目资金（万元）", "年度资金总额", 45, "其中：财政拨款", 45],
        ["年度绩效目标", goal],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", name, value],
        *more,
        [None, "质量指标", "检定合格率", "≥98%"],
        ["满意度指标", "服务对象满意度指标", "经营户满意度", "≥90%"],
    ]


_GOAL = "全年对集贸市场、加油站等民生领域强制检定计量器具免费检定12000台件，检定证书按时出具。"


def test_a_count_in_the_indicators_own_unit(tmp_path: Path) -> None:
    rows = _one_year(_GOAL, "免费检定强制检定计量器具数", "≥10000台件")
    assert ("D104", "warning", "D7") in found_at(save_sheet(tmp_path / "a.xlsx", rows))
    agrees = _one_year(_GOAL, "免费检定强制检定计量器具数", "≥12000台件")
    assert not [f for f in found_at(save_sheet(tmp_path / "b.xlsx", agrees)) if f[0] == "D104"]
    other = _one_year(_GOAL, "市场计量纠纷调解件数", "≥10000台件")  # shares too little
    assert not [f for f in found_at(save_sheet(tmp_path / "c.xlsx", other)) if f[0] == "D104"]


def test_a_count_with_a_thousands_separator(tmp_path: Path) -> None:
    goal = "举办群众性体育赛事36场，参赛12,500人次。"
    right = _one_year(goal, "参赛群众人次", "≥12500人次")
    assert not [f for f in found_at(save_sheet(tmp_path / "d.xlsx", right)) if f[0] == "D104"]
    off = _one_year(goal, "参赛群众人次", "≥10000人次")
    assert ("D104", "warning", "D7") in found_at(save_sheet(tmp_path / "e.xlsx", off))


def test_last_years_targets_are_no_target(tmp_path: Path) -> None:
    rows = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "污水处理设施运维", None, "主管部门", "柘溪区生态环境分局"],
        ["项目资金（万元）", "年度资金总额", 168, "其中：财政拨款", 168],
        ["一级指标", "二级指标", "三级指标", "上年指标值", "本年指标值"],
        ["产出指标", "数量指标", "运维站点数", "≥120座", "≥126座"],
        [None, "质量指标", "设施出水达标率", "≥85%", "≥105%"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥88%", "≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "p.xlsx", rows))
    assert ("T106", "error", "E6") in found, found  # this year's 105 %, not last year's 85 %


def test_tier_points_as_a_templates_ranges(tmp_path: Path) -> None:
    def rows(first: str) -> list[list[Any]]:
        return [
            ["2026年度项目支出绩效目标申报表"],
            ["项目名称", "农业生产托管服务", None, "主管部门", "临溪县农业农村局"],
            ["项目资金（万元）", "年度资金总额", 250, "其中：财政拨款", 250],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            [first, "数量指标", "托管服务面积", "≥5万亩次"],
            [None, "质量指标", "托管合同规范签订率", "≥95%"],
            ["效益指标（20-30分）", "经济效益指标", "亩均节本增效", "≥100元/亩"],
            ["满意度指标（10分）", "服务对象满意度指标", "农户满意度", "≥90%"],
        ]

    ranged = found_at(save_sheet(tmp_path / "r.xlsx", rows("产出指标（40-50分）")))
    assert not [f for f in ranged if f[0] == "W101"], ranged
    fixed = found_at(save_sheet(tmp_path / "f.xlsx", rows("产出指标（30分）")))
    assert [f for f in fixed if f[0] == "W101"], fixed  # 30 + 20–30 + 10 is not 100


def test_the_names_words_after_the_count(tmp_path: Path) -> None:
    """向1200户…家庭发放租赁补贴: the count comes first, the words of the name after it, in one
    clause; a count of 户 in another clause is not held against it."""
    goal = "2026年向1200户城镇住房困难家庭发放租赁补贴，补贴按季度足额发放。"
    off = _one_year(goal, "发放租赁补贴户数", "≥1000户")
    assert ("D104", "warning", "D7") in found_at(save_sheet(tmp_path / "f.xlsx", off))
    right = _one_year(goal, "发放租赁补贴户数", "≥1200户")
    assert not [f for f in found_at(save_sheet(tmp_path / "g.xlsx", right)) if f[0] == "D104"]
    apart = _one_year("2026年走访1200户困难家庭，另发放租赁补贴。", "发放租赁补贴户数", "≥1000户")
    assert not [f for f in found_at(save_sheet(tmp_path / "h.xlsx", apart)) if f[0] == "D104"]


def test_a_rate_said_right_after_its_name(tmp_path: Path) -> None:
    """…覆盖率达到95% in the goal against ≥90%: D104; a rate kept at a level (稳定在44.5%) beside
    ≥45%, or within a percentage point, is the text's rounder level, no contradiction."""
    goal = "全年随访患者24000人次，慢病患者规范管理覆盖率达到95%以上，患者满意度不低于90%。"
    off = _one_year(goal, "慢病患者规范管理覆盖率", "≥90%")
    assert ("D104", "warning", "D7") in found_at(save_sheet(tmp_path / "i.xlsx", off))
    for n, value in enumerate(("≥95%", "≥94.5%")):
        same = _one_year(goal, "慢病患者规范管理覆盖率", value)
        found = found_at(save_sheet(tmp_path / f"j{n}.xlsx", same))
        assert not [f for f in found if f[0] == "D104"], found
    kept = _one_year("慢病患者规范管理覆盖率稳定在44.5%。", "慢病患者规范管理覆盖率", "≥45%")
    assert not [f for f in found_at(save_sheet(tmp_path / "k.xlsx", kept)) if f[0] == "D104"]


def test_a_rate_the_text_gives_as_a_floor(tmp_path: Path) -> None:
    """不低于90% in the text and ≥92% in the table keep the floor; a rate above 100 % is T106's
    to say, not also D104's."""
    goal = "全年随访患者24000人次，随访患者满意度不低于90%。"
    kept = _one_year(goal, "随访患者满意度", "≥92%")
    assert not [f for f in found_at(save_sheet(tmp_path / "l.xlsx", kept)) if f[0] == "D104"]
    lower = _one_year(goal, "随访患者满意度", "≥85%")
    assert ("D104", "warning", "D7") in found_at(save_sheet(tmp_path / "m.xlsx", lower))
    over = _one_year("慢病患者规范管理覆盖率达到95%。", "慢病患者规范管理覆盖率", "≥105%")
    found = found_at(save_sheet(tmp_path / "n.xlsx", over))
    assert not [f for f in found if f[0] == "D104"] and ("T106", "error", "D7") in found, found


def test_a_length_built_and_a_rate_in_a_two_column_department_table(tmp_path: Path) -> None:
    """…工程建设里程 ≥60公里 against 新建…工程80公里 (the text leaves out 建设); a 部门整体 table
    with 实施周期 and 年度 columns whose only goal is the year's: its rate against the year's
    column, the same rate in both columns being no count copied."""
    rows = _one_year("新建公路安全生命防护工程80公里。", "公路安全生命防护工程建设里程", "≥60公里")
    assert ("D104", "warning", "D7") in found_at(save_sheet(tmp_path / "p.xlsx", rows))
    department = [
        ["2026年度部门整体支出绩效目标申报表"],
        ["部门（单位）名称", "临溪县第一中学"],
        ["年度总体目标", "保障在校学生教育教学，学生体质健康达标率达到95%以上。"],
        ["一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"],
        ["产出指标", "质量指标", "学生体质健康达标率", "≥92%", "≥92%"],
        ["满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "≥90%"],
    ]
    assert ("D104", "warning", "E5") in found_at(save_sheet(tmp_path / "q.xlsx", department))
