"""Water-quality testing (农村供水水质检测): kbm07–kbm12."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout731.common import (
    HEAD4,
    LAB,
    book,
    department,
    indicators,
    notes,
    project,
    signature,
    wan,
    year_money,
)
from tests.variants.holdout731.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
POINTS = ("一级指标", "分值", "二级指标", "考核指标", "目标值（年度）", "分值")


@variant("kbm07-testing-flat-list", (3, 1, 4),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, a 合计 row, weights adding to 100 (correct)")  # fmt: skip
def testing_flat_list() -> Book:
    b, s = book()
    department(s, dept=LAB, budget=(210, 180, 30, 120, 90),
               goal="全年检测农村供水水样不少于1500份，出厂水检测指标不少于42项，"
                    "水质超标事件全部及时处置。")  # fmt: skip
    s.row(*FLAT)
    s.table([
        ("水样检测数量", 20, "份", "≥", 1500),
        ("出厂水检测指标项数", 10, "项", "≥", 42),
        ("检测数据有效率", 15, "%", "≥", pct(0.98)),
        ("检测报告按时出具率", 15, "%", "≥", pct(0.95)),
        ("单份水样检测成本", 10, "元/份", "≤", 520),
        ("水质超标事件处置及时率", 10, "%", "=", pct(1)),
        ("检测结果复检差错率", 10, "%", "≤", pct(0.02)),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    signature(s, "黎晓川", "13607713952", (2024, 11, 25))
    return b


@variant("kbm08-testing-flat-defects", (3, 1),
         "department, flat list: a count below the goal's, a rate given as a count, weights adding "
         "to 95")  # fmt: skip
def testing_flat_defects() -> Book:
    b, s = book()
    department(s, dept=LAB, budget=(200, 170, 30, 120, 80),
               goal="全年检测农村供水水样不少于1600份，覆盖全县48处集中供水工程。")  # fmt: skip
    s.row(*FLAT)
    s.table([
        ("水样检测数量", 20, "份", "≥",
         mk(1200, "D104", "warning", row=True, note="年度总体目标写不少于1600份")),
        ("覆盖集中供水工程", 15, "处", "≥", 48),
        ("水样检测合格率", 15, "%", "≥",
         mk("96份", "T105", "error", alt=("T112",), note="合格率给成了份数")),
        ("检测报告按时出具率", 15, "%", "≥", pct(0.95)),
        ("单份水样检测成本", 10, "元/份", "≤", 480),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
        ("检测数据有效率", 10, "%", "≥", pct(0.98)),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计95，应为100")
    return b


def _stacked(s: Sheet, name: str, money_rows: list[tuple[Any, ...]], goal: Any,
             rows: list[tuple[Any, ...]], first: bool) -> None:  # fmt: skip
    """One project of a stacked sheet: its head, then its indicator table."""
    if not first:
        s.skip()
    project(s, name=name, unit=LAB, money_rows=money_rows, goals=[goal],
            title=None if first else "")  # fmt: skip
    indicators(s, HEAD4, rows)


@variant("kbm09-testing-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column each, the same indicator "
         "name with different values in the two projects (correct)")  # fmt: skip
def testing_stacked() -> Book:
    b, s = book()
    _stacked(s, "农村供水水质监测能力提升项目", year_money(60, 50, 10),
             "为6个乡镇水站配备便携式水质检测仪6台，升级乡镇水质检测室3个。", [
        ("产出指标", "数量指标", "购置便携式水质检测仪", "≥6台"),
        (None, None, "升级乡镇水质检测室", "≥3个"),
        (None, "质量指标", "检测数据有效率", "≥98%"),
        (None, "时效指标", "设备采购完成时间", "2025年6月30日前"),
        (None, "成本指标", "便携式检测仪采购单价", "≤4.5万元/台"),
        ("效益指标", "社会效益指标", "乡镇水质自检覆盖率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "乡镇水站人员满意度", "≥90%"),
    ], first=True)  # fmt: skip
    _stacked(s, "千人以上水源地水质检测项目", year_money(36, 36, 0),
             "对全县千人以上饮用水水源地开展水质检测，全年检测水源水样不少于240份。", [
        ("产出指标", "数量指标", "检测水源水样", "≥240份"),
        (None, "质量指标", "检测数据有效率", "≥99%"),
        (None, "时效指标", "检测报告出具时限", "≤10个工作日"),
        (None, "成本指标", "单份水源水样检测成本", "≤1200元/份"),
        ("效益指标", "生态效益指标", "水源地水质达标率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "供水单位满意度", "≥90%"),
    ], first=False)  # fmt: skip
    return b


@variant("kbm10-testing-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT: the second's money does not add up, its goal keeps last "
         "year's deadline, one indicator twice with two values")  # fmt: skip
def testing_stacked_defects() -> Book:
    b, s = book()
    _stacked(s, "末梢水水质抽检项目", year_money(42, 40, 2),
             "全年抽检农村供水末梢水水样不少于600份，抽检结果按季度公开。", [
        ("产出指标", "数量指标", "抽检末梢水水样", "≥600份"),
        (None, "质量指标", "检测数据有效率", "≥98%"),
        (None, "时效指标", "抽检结果公开时限", "≤15个工作日"),
        (None, "成本指标", "单份末梢水水样检测成本", "≤600元/份"),
        ("效益指标", "社会效益指标", "末梢水水质达标率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "农村供水用户满意度", "≥90%"),
    ], first=True)  # fmt: skip
    total = mk(wan(45), "B101", "error", note="财政拨款30 + 其他资金10 = 40，不是45")
    goal = mk("2024年底前完成全县12处千人以上水源地标识牌更换和水质检测。", "Y103", "warning",
              alt=("Y101", "Y102"), note="2025年项目的年度目标留着上一年的期限")  # fmt: skip
    _stacked(s, "水源地标识及水质检测项目", year_money(total, 30, 10), goal, [
        ("产出指标", "数量指标", "更换水源地标识牌", "≥12处"),
        (None, None, "水源地水样检测频次", "≥12次"),
        (None, None, mk("水源地水样检测频次", "D102", "error", row=True, alt=("D101", "D103"),
                        note="同一指标出现两次，12次与4次"), "≥4次"),
        (None, "质量指标", "检测数据有效率", "≥98%"),
        (None, "时效指标", "标识牌更换完成时间", "2025年9月30日前"),
        (None, "成本指标", "单处标识牌更换成本", "≤1.5万元/处"),
        ("效益指标", "生态效益指标", "水源地水质达标率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "供水单位满意度", "≥90%"),
    ], first=False)  # fmt: skip
    return b


@variant("kbm11-testing-points", (10, 7),
         "project, NAT-2021, headers 考核指标 and 目标值（年度）, tier-1 and indicator scores both "
         "adding to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def testing_points() -> Book:
    b, s = book()
    project(s, name="农村饮水水质全分析检测项目", unit=LAB, money_rows=year_money(88, 80, 8),
            goals=["全年对全县86处村级供水工程开展水质全分析检测，检测水样不少于300份，"
                   "农村供水水质达标率较上年提高5个百分点以上。"])  # fmt: skip
    indicators(s, POINTS, [
        ("成本指标", 10, "经济成本指标", "单份水样全分析检测成本", "≤1600元/份", 10),
        ("产出指标", 50, "数量指标", "全分析检测水样", "≥300份", 15),
        (None, None, None, "检测村级供水工程", "≥86处", 10),
        (None, None, "质量指标", "检测数据有效率", "≥98%", 15),
        (None, None, "时效指标", "检测报告出具时限", "≤7个工作日", 10),
        ("效益指标", 30, "社会效益指标", "农村供水水质达标率提高", "≥5百分点", 15),
        (None, None, "可持续影响指标", "水质信息公开覆盖率", "≥90%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "农村供水用户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "说明：一级指标分值与三级指标分值各自合计100分，评分时只计三级指标分值。")
    return b


@variant("kbm12-testing-points-wrong", (10,),
         "project, NAT-2021, tier-1 and indicator score columns: 产出 declared 50 with 45 "
         "under it, a near-duplicate, a satisfaction rate under 社会效益")  # fmt: skip
def testing_points_wrong() -> Book:
    b, s = book()
    project(
        s,
        name="农村供水水质常规检测项目",
        unit=LAB,
        money_rows=year_money(70, 60, 10),
        goals=["全年检测64处村级供水工程水样不少于1000份，农村供水水质达标率不低于92%。"],
    )
    indicators(s, POINTS, [
        ("成本指标", 10, "经济成本指标", "单份水样检测成本", "≤450元/份", 10),
        ("产出指标", mk(50, "W103", "error", note="其下分值15+10+10+5+5=45"), "数量指标",
         "检测水样", "≥1000份", 15),
        (None, None, None, "检测村级供水工程", "≥64处", 10),
        (None, None, "质量指标", "检测数据有效率", "≥98%", 10),
        (None, None, None, mk("水质检测数据有效率", "D103", "warning", row=True, alt=("D101",),
                              note="与上一行是同一指标，多“水质”二字"), "≥98%", 5),
        (None, None, "时效指标", "检测报告出具时限", "≤7个工作日", 5),
        ("效益指标", 30, "社会效益指标", "农村供水水质达标率", "≥92%", 15),
        (None, None, None, mk("农村供水用户满意度", "F201", "warning", row=True,
                              note="满意度填在社会效益下"), "≥90%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "供水单位对检测服务满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="产出少5分，三级分值合计95；由W103引起")
    return b
