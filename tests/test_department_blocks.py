"""部门整体 tables as round 65 brought them: a 项目支出构成 whose pairs go on to the next row;
activities that include the office's running costs (机构运行) against 基本支出 + 项目支出; tasks
that each head their own indicator table (任务二 │ … │ 任务金额, 主要内容 │ …); a 部门预算 of
收入合计 and 支出合计 heading their parts over one row of amounts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import found_at, save_sheet

_TABLE: list[list[Any]] = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "维护管理人防工程数量", "≥120处"],
    [None, "质量指标", "人防工程完好率", "≥95%"],
    ["效益指标", "社会效益指标", "市民防空知识知晓率", "≥85%"],
    ["满意度指标", "服务对象满意度指标", "接警员使用满意度", "≥90%"],
]


def _made_of(last: float) -> list[list[Any]]:
    return [
        ["2026年度部门整体支出绩效目标表"],
        ["部门（单位）名称", "青川县人民防空办公室"],
        ["年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出"],
        ["金额", 1500, 1350, 150, 900, 600],
        ["项目支出构成", "人防工程维护管理", 260, "防空警报设施运维", 140],
        [None, "人防指挥信息系统运维", 120, "人防宣传教育及演练", last],
        *_TABLE,
    ]


def test_parts_that_go_on_to_the_next_row(tmp_path: Path) -> None:
    right = found_at(save_sheet(tmp_path / "r.xlsx", _made_of(80)))
    assert not [f for f in right if f[0].startswith(("B", "T108"))], right
    off = found_at(save_sheet(tmp_path / "o.xlsx", _made_of(60)))
    assert [f for f in off if f[0] == "B101"], off  # 260 + 140 + 120 + 60 ≠ 600


def _activities(running: float) -> list[list[Any]]:
    return [
        ["2026年度部门整体支出绩效目标表"],
        ["部门（单位）名称", "青川县自然资源局"],
        ["2026年部门预算", "收入合计", "财政拨款收入", "事业收入", "其他收入"],
        [None, 2300, 2200, 0, 100],
        [None, "支出合计", "基本支出", "项目支出"],
        [None, 2300, 1500, 800],
        ["部门职责", "工作活动", "活动金额（万元）", "绩效指标", "指标值"],
        ["国土空间规划", "乡镇详细规划编制", 500, "编制乡镇详细规划数", "≥6个"],
        [None, "规划实施评估", 300, "年度体检评估报告数", "≥1份"],
        ["机关运行保障", "机构运行保障", running, "政府采购合规率", "100%"],
        [None, None, None, "服务对象满意度", "≥90%"],
    ]


def test_activities_that_hold_the_running_costs(tmp_path: Path) -> None:
    right = found_at(save_sheet(tmp_path / "a.xlsx", _activities(1500)))
    assert not [f for f in right if f[0].startswith("B")], right
    off = found_at(save_sheet(tmp_path / "b.xlsx", _activities(1300)))
    assert [f for f in off if f[0] == "B102"], off


def _tasks(spent: float) -> list[list[Any]]:
    rows: list[list[Any]] = [
        ["2026年度部门整体支出绩效目标表"],
        ["部门（单位）名称", "青川县教育局"],
        ["部门预算（万元）", "收入合计", "财政拨款收入", "事业收入"],
        [None, 9800, 9300, 500],
        [None, "支出合计", "基本支出", "项目支出"],
        [None, spent, 7600, spent - 7600],
    ]
    for n, name in (("一", "义务教育优质均衡"), ("二", "普通高中多样化发展")):
        rows += [
            [f"任务{n}", name, "任务金额（万元）", 1100],
            ["主要内容", f"{name}相关建设与补助"],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", f"{name}项目学校数", "≥4所"],
            ["满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"],
        ]
    return rows


def test_tasks_heading_their_own_tables_and_income_against_spending(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "t.xlsx", _tasks(9800)))
    noise = [f for f in found if f[0] in ("S101", "T102", "F201", "F101", "F102", "B101")]
    assert not noise, found
    off = found_at(save_sheet(tmp_path / "u.xlsx", _tasks(10250)))
    assert ("B101", "warning", "B6") in off, off  # 支出合计 10250 against 收入合计 9800


def test_harms_of_repeated_complaints_and_stoppages(tmp_path: Path) -> None:
    for n, name in enumerate(("环境信访投诉重复率", "污水处理设施故障停运率")):
        rows = [*_made_of(80)[:6], *_TABLE[:3], [None, None, name, "≥2%"], *_TABLE[3:]]
        found = found_at(save_sheet(tmp_path / f"h{n}.xlsx", rows))
        assert ("T108", "warning", "D10") in found, (name, found)


_OUT = ("产出指标", "数量指标")


def _duties(first: float) -> list[list[Any]]:
    head = ["部门职责", "职责金额（万元）", "工作活动", "活动金额（万元）"]
    return [
        ["2026年度部门整体支出绩效目标表"],
        ["部门（单位）名称", "青川县卫生健康局"],
        [*head, "一级指标", "二级指标", "三级指标", "指标值"],
        ["公共卫生服务", first, "基本公共卫生服务", 960, *_OUT, "健康管理人数", "≥3万人"],
        [None, None, None, None, None, "质量指标", "健康档案规范建档率", "≥90%"],
        [None, None, "免疫规划", 380, "效益指标", "社会效益指标", "疫苗接种率", "≥95%"],
        ["基层卫生能力", 620, "基层设备配置", 620, *_OUT, "配置设备台套数", "≥85台套"],
        [None, None, None, None, "满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"],
    ]


def test_a_duty_amount_against_its_activities(tmp_path: Path) -> None:
    merges = ("A4:A6", "B4:B6", "A7:A8", "B7:B8", "C4:C5", "D4:D5", "C7:C8", "D7:D8")
    off = found_at(save_sheet(tmp_path / "d.xlsx", _duties(1380), merges))
    assert [f for f in off if f[0] == "B102" and f[2] == "B4"], off  # 960 + 380 ≠ 1380
    right = found_at(save_sheet(tmp_path / "e.xlsx", _duties(1340), merges))
    assert not [f for f in right if f[0].startswith("B")], right
