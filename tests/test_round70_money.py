"""Round 70's money and scores (holdout215–217): shares rounded so that they add up to 100 %
(33.3 + 33.4 + 33.3) are no B111; one line of a 数量 × 单价 block typed in 元 under 金额（万元）
is B110 at that line, named by its 品类 (not its unit); a standard times its count above the one
task that pays it is B107; a score total at its 合计 row, a missing score at its empty cell; 定量
in a 指标性质 column against a grade is T109. Every workbook is invented and built here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from goalbook.check import CheckOptions, check_file
from tests.returns import found_at, save_sheet

_TIERS = ["一级指标", "二级指标", "三级指标", "指标值"]
_SATISFIED = ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]


def _sources(shares: tuple[str, str, str]) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "非物质文化遗产保护"],
        ["项目资金（万元）", "年度资金总额", 150, "其中：财政拨款", 150],
        ["资金来源", "金额（万元）", "占比"],
        ["省级财政资金", "50.00", shares[0]],  # (to the cent: no slack of half a 万元)
        ["市级财政资金", "50.00", shares[1]],
        ["县级财政资金", "50.00", shares[2]],
        ["合计", "150.00", "100%"],
        _TIERS,
        ["产出指标", "数量指标", "扶持非遗代表性项目", "≥12个"],
        _SATISFIED,
    ]


def test_shares_rounded_to_add_up(tmp_path: Path) -> None:
    rounded = found_at(save_sheet(tmp_path / "r.xlsx", _sources(("33.3%", "33.4%", "33.3%"))))
    assert not [f for f in rounded if f[0] == "B111"], rounded
    off = found_at(save_sheet(tmp_path / "o.xlsx", _sources(("33.3%", "34.4%", "32.3%"))))
    assert ("B111", "error", "C6") in off, off
    unadjusted = found_at(save_sheet(tmp_path / "u.xlsx", _sources(("33.4%", "33.4%", "33.4%"))))
    assert [f for f in unadjusted if f[0] == "B111"], unadjusted


def _priced(journals: float) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "农家书屋出版物补充更新"],
        ["项目资金（万元）", "年度资金总额", 128.6, "其中：财政拨款", 128.6],
        ["出版物购置测算"],
        ["品类", "数量", "计量单位", "单价（元）", "金额（万元）"],
        ["图书", 30000, "册", 32, 96],
        ["期刊", 1200, "份", 52, journals],
        ["音像制品", 2000, "张", 28, 5.6],
        ["书架更新", 173, "个", 1200, 20.76],
        ["合计", None, None, None, 128.6],
        _TIERS,
        ["产出指标", "数量指标", "配送图书", "≥30000册"],
        _SATISFIED,
    ]


def test_a_priced_line_typed_in_yuan(tmp_path: Path) -> None:
    path = save_sheet(tmp_path / "y.xlsx", _priced(62400))
    result, _ = check_file(path, CheckOptions())
    found = [f for f in result.findings if f.code in ("B110", "B102")]
    assert [(f.code, f.at.a1 if f.at else "") for f in found] == [("B110", "E7")], found
    assert "“期刊”" in found[0].message, found[0].message
    right = found_at(save_sheet(tmp_path / "w.xlsx", _priced(6.24)))
    assert not [f for f in right if f[0].startswith("B")], right


def _department(standard: str, name: str = "职业技能培训人均补贴标准") -> list[list[Any]]:
    return [
        ["2026年度部门整体支出绩效目标表"],
        ["部门（单位）名称", "沙埠县人力资源和社会保障局"],
        ["年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出"],
        [None, 2140, 2040, 100, 1284, 856],
        ["年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标"],
        [None, "职业技能提升培训", "补贴性职业技能培训", 320, "培训3200人次"],
        [None, "就业见习补贴", "见习人员生活补助", 336, "见习岗位400个"],
        [None, "劳动保障监察", "执法车辆运行和案件办理", 200, "欠薪动态清零"],
        [None, "金额合计", None, 856, None],
        ["年度总体目标", "完成职业技能培训3200人次，提供就业见习岗位400个。"],
        _TIERS,
        ["产出指标", "数量指标", "职业技能培训人次", "≥3200人次"],
        [None, "成本指标", name, standard],
        _SATISFIED,
    ]


def test_a_standard_above_its_task(tmp_path: Path) -> None:
    path = save_sheet(tmp_path / "t.xlsx", _department("≤3000元/人次"), ("A5:A9", "A12:A13"))
    result, _ = check_file(path, CheckOptions())
    over = [f for f in result.findings if f.code == "B107"]
    assert [(f.severity.value, f.at.a1 if f.at else "") for f in over] == [("warning", "D13")]
    assert "职业技能提升培训" in over[0].message, over[0].message
    fits = save_sheet(tmp_path / "f.xlsx", _department("≤1000元/人次"), ("A5:A9", "A12:A13"))
    assert not [f for f in found_at(fits) if f[0] == "B107"]
    # a cap on an average cost, not a standard paid to each: not held against the task
    cap = _department("≤3000元/人次", "职业技能培训人均成本")
    capped = save_sheet(tmp_path / "c.xlsx", cap, ("A5:A9", "A12:A13"))
    assert not [f for f in found_at(capped) if f[0] == "B107"]


def _flat(last_weight: int | None, kind: str = "定量") -> list[list[Any]]:
    return [
        ["2026年度部门整体支出绩效目标表"],
        ["部门（单位）名称", "梅岗市档案馆"],
        ["序号", "指标名称", "权重", "指标性质", "指标值", "计量单位"],
        [1, "馆藏档案数字化扫描页数", 20, "定量", "≥80", "万页"],
        [2, "档案库房温湿度达标率", 20, "定量", "≥95", "%"],
        [3, "档案安全管理水平", 20, kind, "良好", None],
        [4, "档案利用服务", 20, "定性", "规范", None],  # (定性 there: an operator column)
        [5, "档案利用者满意度", last_weight, "定量", "≥90", "%"],
        ["合计", None, 100, None, None, None],
    ]


def test_scores_at_their_cells(tmp_path: Path) -> None:
    short = found_at(save_sheet(tmp_path / "s.xlsx", _flat(5, "定性")))
    assert ("W101", "error", "C9") in short, short
    missing = found_at(save_sheet(tmp_path / "m.xlsx", _flat(None, "定性")))
    assert ("W102", "warning", "C8") in missing, missing


def test_a_grade_declared_quantitative(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "q.xlsx", _flat(20)))
    assert ("T109", "error", "E6") in found, found
    said = found_at(save_sheet(tmp_path / "l.xlsx", _flat(20, "定性")))
    assert not [f for f in said if f[0] == "T109"], said


def _budget(fiscal: str, other: str) -> list[list[Any]]:
    return [
        ["2026年度部门整体支出绩效目标表"],
        ["部门（单位）名称", "梅岗市档案馆"],
        ["年度预算", "项目", "金额（万元）", "占比"],
        [None, "资金总额", "150.00", "100%"],
        [None, "其中：财政拨款", "100.00", fiscal],
        [None, "其他资金", "50.00", other],
        _TIERS,
        ["产出指标", "数量指标", "档案数字化加工页数", "≥100万页"],
        _SATISFIED,
    ]


def test_head_shares_rounded_to_add_up(tmp_path: Path) -> None:
    rounded = found_at(save_sheet(tmp_path / "h.xlsx", _budget("66.6%", "33.4%"), ("A3:A6",)))
    assert not [f for f in rounded if f[0] == "B111"], rounded
    off = found_at(save_sheet(tmp_path / "k.xlsx", _budget("66.6%", "33.5%"), ("A3:A6",)))
    assert ("B111", "error", "D5") in off, off
