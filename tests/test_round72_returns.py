"""Round 72's held-out returns (holdout221–223), in shapes of their own: a 中央预算内投资 plan's
sources of which two are its 其他资金 (地方财政资金 │ 其他资金), an evaluation template's tier-1
the framework does not know (三、过程指标（10分） │ 1.资金管理), score columns that say whose
score they are (一级指标分值 │ 三级指标分值), a deadline under 数量指标, a year's count set aside
beside another count of the same thing, directions of a lead time (预警提前发布时间), of treated
water turning foul again (返黑返臭率) and of a policy's share (风险补偿比例), and a list by
enterprise whose count and standard columns are no amounts. Every workbook is invented and
built here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.returns import found_at, save_sheet

_TIERS = ["一级指标", "二级指标", "三级指标", "指标值"]
_SATISFIED = ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]


def _plan(other: int) -> list[list[Any]]:
    return [
        ["2026年中央预算内投资计划项目绩效目标表"],
        ["项目名称", "城镇老旧小区改造配套设施"],
        ["项目投资（万元）", "总投资", "中央预算内投资", "地方财政资金", "其他资金"],
        [None, 5200, 2600, 2000, other],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"],
        ["产出指标", "数量指标", "改造小区", "≥", 18, "个"],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥", "90", "%"],
    ]


def test_three_sources_two_of_them_other_funds(tmp_path: Path) -> None:
    right = found_at(save_sheet(tmp_path / "r.xlsx", _plan(600)))
    assert not [f for f in right if f[0].startswith("B")], right
    off = found_at(save_sheet(tmp_path / "o.xlsx", _plan(400)))
    assert [f for f in off if f[0] == "B101" and f[1] == "error"], off


def _evaluation(cost_score: int) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "交通信号控制系统升级"],
        ["项目资金（万元）", "年度资金总额", 500, "其中：财政拨款", 500],
        ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
        ["一、产出指标（40分）", "1.数量指标", "升级改造路口", "≥60个", 20],
        [None, "2.质量指标", "系统验收合格率", "=100%", 20],
        ["二、成本指标（10分）", "1.经济成本指标", "单路口改造平均成本", "≤8万元/个", cost_score],
        ["三、过程指标（10分）", "1.资金管理", "资金拨付及时率", "≥95%", 5],
        [None, "2.组织实施", "项目管理制度执行", "规范", 5],
        ["四、效益指标（30分）", "1.社会效益指标", "路口通行延误下降率", "≥10%", 30],
        ["五、满意度指标（10分）", "1.服务对象满意度指标", "市民出行满意度", "≥90%", 10],
    ]


def test_a_tier_one_the_framework_does_not_know_keeps_its_columns(tmp_path: Path) -> None:
    right = found_at(save_sheet(tmp_path / "r.xlsx", _evaluation(10)))
    assert ("F108", "error", "A8") in right, right
    assert not [f for f in right if f[0] in ("W103", "S101")], right  # (no row read shifted)
    off = found_at(save_sheet(tmp_path / "o.xlsx", _evaluation(15)))
    assert ("W103", "error", "A7") in off, off


def _tier_scores(first: int) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "农村客运候车亭建设"],
        ["项目资金（万元）", "年度资金总额", 600, "其中：财政拨款", 600],
        ["一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "三级指标分值"],
        ["产出指标", 50, "数量指标", "新建候车亭", "≥40个", first],
        [None, None, "质量指标", "候车亭验收合格率", "=100%", 20],
        [None, None, "时效指标", "候车亭建成时间", "2026年9月30日前", 10],
        ["成本指标", 10, "经济成本指标", "单个候车亭建设成本", "≤12万元/个", 10],
        ["效益指标", 30, "社会效益指标", "客运候车设施覆盖率", "≥90%", 30],
        ["满意度指标", 10, "服务对象满意度指标", "乘车群众满意度", "≥90%", 10],
    ]


def test_score_columns_that_say_whose_score_they_are(tmp_path: Path) -> None:
    right = found_at(save_sheet(tmp_path / "r.xlsx", _tier_scores(20)))
    assert not [f for f in right if f[0].startswith("W")], right
    off = found_at(save_sheet(tmp_path / "o.xlsx", _tier_scores(25)))
    assert ("W103", "error", "B5") in off, off


def test_a_deadline_under_the_quantity_tier_two(tmp_path: Path) -> None:
    rows = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "交通信号控制系统升级"],
        ["项目资金（万元）", "年度资金总额", 500, "其中：财政拨款", 500],
        _TIERS,
        ["产出指标", "数量指标", "升级改造路口", "≥60个"],
        [None, "数量指标", "信号控制系统上线运行时间", "2026年9月30日前"],
        [None, "时效指标", "改造工程完成时间", "2026年11月30日前"],
        _SATISFIED,
    ]
    found = found_at(save_sheet(tmp_path / "d.xlsx", rows))
    assert ("F201", "warning", "C6") in found, found
    assert ("F201", "warning", "C7") not in found, found


def test_a_count_set_aside_by_its_period_leaves_no_other_to_pay(tmp_path: Path) -> None:
    rows = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "危旧桥梁加固改造"],
        ["项目期", "2年", "计划开始日期", "2026-01-01", "计划完成日期", "2027-12-31"],
        ["项目资金（万元）", "中期资金总额", 2600, "年度资金总额", 1400],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        ["产出指标", "数量指标", "加固改造危旧桥梁", "≥6座", "≥8座"],
        [None, None, "城市桥梁定期检测", "≥40座", "≥20座"],
        ["成本指标", "经济成本指标", "单座桥梁平均加固费用", "≤150万元/座", "≤150万元/座"],
        ["满意度指标", "服务对象满意度指标", "通行群众满意度", "≥90%", "≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "b.xlsx", rows))
    assert ("D201", "error", "E6") in found or [f for f in found if f[0] == "D201"], found
    assert not [f for f in found if f[0] == "B107"], found


@pytest.mark.parametrize(
    ("name", "value", "wrong"),
    [
        ("重污染天气预警提前发布时间", "≥24小时", False),
        ("整治水体返黑返臭率", "≥5%", True),
        ("整治水体返黑返臭率", "≤5%", False),
        ("单笔贷款风险补偿比例", "≤30%", False),
    ],
)
def test_directions_of_round_72(tmp_path: Path, name: str, value: str, wrong: bool) -> None:
    rows = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "生态环境与金融风险防控"],
        ["项目资金（万元）", "年度资金总额", 300, "其中：财政拨款", 300],
        _TIERS,
        ["产出指标", "数量指标", "开展专项检查", "≥12次"],
        ["效益指标", "生态效益指标", name, value],
        _SATISFIED,
    ]
    found = found_at(save_sheet(tmp_path / "v.xlsx", rows))
    assert (("T108", "warning", "D6") in found) is wrong, found


def _by_enterprise(total: int) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "外贸企业境外参展补贴"],
        ["项目资金（万元）", "年度资金总额", 100, "其中：财政拨款", 100],
        ["分配明细（金额单位：元）"],
        ["序号", "展会名称", "补贴企业数（家）", "补贴标准（元/家）", "补贴金额（元）"],
        [1, "汉诺威工业博览会", 12, 40000, 480000],
        [2, "迪拜五金展", 13, 40000, 520000],
        ["合计", None, 25, None, total],
        _TIERS,
        ["产出指标", "数量指标", "补贴参展企业家次", "≥25家次"],
        _SATISFIED,
    ]


def test_count_and_standard_columns_are_no_amounts(tmp_path: Path) -> None:
    right = found_at(save_sheet(tmp_path / "r.xlsx", _by_enterprise(1_000_000)))
    assert not [f for f in right if f[0].startswith("B")], right
    off = found_at(save_sheet(tmp_path / "o.xlsx", _by_enterprise(1_200_000)))
    assert [f for f in off if f[0] in ("B101", "B102")], off


def _tasks(goal: str) -> list[list[Any]]:
    return [
        ["2026年度部门整体支出绩效目标申报表"],
        ["部门（单位）名称", "白鹭区市场监督管理局"],
        ["年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标"],
        [None, "食品安全抽检", "监督抽检和快检", 238, goal],
        [None, "特种设备监管", "使用单位监督检查", 126, "监督检查使用单位不少于800家次"],
        _TIERS,
        ["产出指标", "数量指标", "食品安全监督抽检批次", "≥2500批次"],
        [None, None, "特种设备使用单位监督检查", "≥800家次"],
        _SATISFIED,
    ]


def test_a_tasks_goal_against_its_indicator(tmp_path: Path) -> None:
    off = found_at(save_sheet(tmp_path / "o.xlsx", _tasks("完成食品安全监督抽检不少于3000批次")))
    assert ("D104", "warning", "D7") in off, off
    right = found_at(save_sheet(tmp_path / "r.xlsx", _tasks("完成食品安全监督抽检不少于2500批次")))
    assert not [f for f in right if f[0] == "D104"], right
