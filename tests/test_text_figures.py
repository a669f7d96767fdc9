"""Numbers pasted as text (the green triangle in Excel) where offices sum them: the scores of a
合计 row under the indicators, the amounts of a detail block that states its own unit (单位：元)
under a table in 万元. They are read as the numbers they are: the 合计 row is no indicator (no
T101, F104, W101, W103 errors) and the block's lines are in its unit (no B102 error).
Every workbook is invented and built here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from goalbook.check import CheckOptions, check_file

Row = list[Any]


def _write(path: Path, rows: list[Row]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "绩效目标"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c).value = value
    wb.save(path)
    return path


def _errors(path: Path) -> list[str]:
    result, _table = check_file(path, CheckOptions())
    return [f"{f.code} {f.message}" for f in result.findings if f.severity == "error"]


def _scored(score: Any, total: Any) -> list[Row]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "澄溪镇农村饮水工程维修养护"],
        ["项目资金（万元）", "年度资金总额", 64, "其中：财政拨款", 64],
        ["年度绩效目标", "维修养护农村供水工程23处，供水保证率达到95%以上。"],
        ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
        ["一、产出指标（50分）", "1.数量指标", "维修养护供水工程", "≥23处", score],
        [None, "2.质量指标", "维修工程验收合格率", "≥95%", score],
        [None, "3.时效指标", "维修任务完成时间", "2026年10月31日前", score],
        [None, "4.成本指标", "每处工程平均维修费用", "≤2.8万元", score],
        [None, None, "水质检测费用", "≤0.6万元", score],
        ["二、效益指标（40分）", "社会效益指标", "农村供水保证率", "≥95%", score],
        [None, None, "受益人口", "≥1.2万人", score],
        [None, "可持续影响指标", "工程长效运行", "长效运行", score],
        [None, None, "管护制度", "建立并执行", score],
        ["三、满意度指标（10分）", "服务对象满意度指标", "用水群众满意度", "≥90%", score],
        ["合计", None, None, None, total],
    ]


@pytest.mark.parametrize(("score", "total"), [(10, 100), ("10", "100"), ("10", "100分")])
def test_a_total_row_of_text_scores_is_no_indicator(tmp_path: Path, score: Any, total: Any) -> None:
    assert _errors(_write(tmp_path / "r.xlsx", _scored(score, total))) == []


def _detailed(amounts: list[Any], total: Any) -> list[Row]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "丰谷村高标准农田示范片建设"],
        ["项目资金（万元）", "年度资金总额", 42, "其中：财政拨款", 42],
        ["年度绩效目标", "建成高标准农田示范片300亩，带动农户亩均增收200元以上。"],
        ["资金明细（单位：元）", "支出内容", "金额", "测算依据"],
        [None, "土地平整", amounts[0], "300亩×700元/亩"],
        [None, "灌排渠道", amounts[1], "1.5公里×120000元/公里"],
        [None, "田间道路", amounts[2], "按设计测算"],
        [None, "合计", total],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "建成高标准农田示范片", "≥300亩"],
        [None, "质量指标", "工程验收合格率", "100%"],
        ["效益指标", "经济效益指标", "亩均增收", "≥200元"],
        ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"],
    ]


@pytest.mark.parametrize(
    ("amounts", "total"),
    [
        ([210000, 180000, 30000], 420000),
        (["210000", "180000", "30000"], "420000"),
        (["210,000", "180,000", "30,000.00"], "420,000.00"),
    ],
)
def test_a_detail_block_in_yuan_typed_as_text_is_in_yuan(
    tmp_path: Path, amounts: list[Any], total: Any
) -> None:
    assert not [e for e in _errors(_write(tmp_path / "r.xlsx", _detailed(amounts, total)))
                if e.startswith("B1")]  # fmt: skip


def test_a_detail_block_that_does_not_add_up_is_still_found(tmp_path: Path) -> None:
    rows = _detailed(["210000", "180000", "30000"], "450000")
    assert any(e.startswith("B102") for e in _errors(_write(tmp_path / "r.xlsx", rows)))
