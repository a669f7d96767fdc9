"""Returns ce07–ce12: village ancestral-hall (宗祠) repairs: stacked projects, 中期 and 年度,
template rows left empty, notes and signatures around the table."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout541.common import (
    YEAR,
    indicators,
    multi_year,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout541.common import start as new
from tests.variants.holdout541.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

HALL = "砚峰县古建筑保护修缮中心"
TBL4 = ("一级指标", "二级指标", "三级指标", "指标值")


def hall(s: Sheet, village: str, amounts: tuple[Any, Any, Any], beams: int, rate: Any,
         first: bool) -> None:  # fmt: skip
    """One ancestral-hall project of a stacked sheet (OLD-NAT, one value column)."""
    if not first:
        s.skip()
    project(s, f"{village}宗祠石构件修缮", HALL, one_year(*amounts),
            [f"修缮{village}宗祠石柱、石础、石门框等石构件{beams}件。"], attr="一次性项目",
            title=None if first else "")  # fmt: skip
    indicators(s, TBL4, [
        ["产出指标", "数量指标", "修缮石构件数量", f"≥{beams}件"],
        [None, "质量指标", "修缮工程验收合格率", rate],
        [None, "时效指标", "修缮工程完工时间", "2025年11月30日前"],
        [None, "成本指标", "石构件平均修缮成本", "≤0.8万元/件"],
        ["效益指标", "社会效益指标", "宗祠对外开放天数", "≥200天"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"],
    ])  # fmt: skip


@variant("ce07-stacked-halls", (2,), "three ancestral-hall projects stacked in one sheet, "
         "OLD-NAT, one value column, same indicators with different values (correct)")  # fmt: skip
def stacked_halls() -> Book:
    b, s = new("宗祠修缮")
    hall(s, "樟陂村", (24, 20, 4), 25, "=100%", True)
    hall(s, "芦岙村", (36, 30, 6), 40, pct(1), False)
    hall(s, "岭背村", (16, 16, 0), 18, "≥98%", False)
    sign(s, "祝晗川", "0759-6671290")
    return b


@variant("ce08-stacked-defects", (2, 12), "two ancestral-hall projects stacked, OLD-NAT: the "
         "second project's total is not 财政拨款 + 其他资金 and its 合格率 is a count")  # fmt: skip
def stacked_defects() -> Book:
    b, s = new("宗祠修缮")
    hall(s, "樟陂村", (24, 20, 4), 25, "=100%", True)
    total = mk(wan(85), "B101", "error", note="60 + 20 = 80 ≠ 85")
    hall(s, "芦岙村", (total, 60, 20), 40,
         mk("1项", "T105", "error", note="合格率填成件数"), False)  # fmt: skip
    sign(s, "祝晗川", "0759-6671290")
    return b


MY = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")


@variant("ce09-multi-year", (8,), "three-year ancestral-hall repair, NAT-2021, 中期 and 年度 "
         "columns with a unit column: counts below the period, rates equal (correct)")  # fmt: skip
def multi_year_ok() -> Book:
    b, s = new()
    project(s, "砚峰县重点宗祠石雕构件抢救性修缮（2025—2027年）", HALL,
            multi_year((360, 300, 60), (120, 100, 20)),
            ["三年修缮重点宗祠12座，抢救石雕构件300件，建立石雕构件数字档案。",
             "2025年修缮宗祠4座，抢救石雕构件100件，完成4座宗祠测绘建档。"],
            years=3)  # fmt: skip
    indicators(s, MY, [
        ["产出指标", "数量指标", "修缮宗祠座数", "≥12", "≥4", "座"],
        [None, None, "抢救石雕构件数量", "≥300", "≥100", "件"],
        [None, "质量指标", "修缮工程验收合格率", "=100%", "=100%", None],
        [None, "时效指标", "年度修缮任务按期完成率", "≥95%", "≥95%", None],
        ["成本指标", "经济成本指标", "每座宗祠平均修缮成本", "≤30", "≤30", "万元"],
        ["效益指标", "社会效益指标", "修缮后宗祠开放接待人次", "≥30000", "≥8000", "人次"],
        [None, "可持续影响指标", "石雕构件数字档案建档座数", "≥12", "≥4", "座"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%", None],
    ])  # fmt: skip
    sign(s, "祝晗川", "0759-6671290")
    return b


@variant("ce10-multi-year-copied", (8,), "two-year ancestral-hall repair, NAT-2021, 中期 "
         "and 年度 columns: two counts copied, one annual count above the period")  # fmt: skip
def multi_year_copied() -> Book:
    b, s = new()
    project(s, "磬山镇宗祠石牌坊修缮（2025—2026年）", HALL,
            multi_year((140, 120, 20), (80, 70, 10)),
            ["两年修缮石牌坊6座、宗祠石雕门楼3处。", "2025年修缮石牌坊3座、石雕门楼2处。"],
            years=2)  # fmt: skip
    note = "多年期累计数量，年度值照抄中期值"
    indicators(s, MY, [
        ["产出指标", "数量指标", "修缮石牌坊座数", "≥6",
         mk("≥6", "D202", "warning", note=note), "座"],
        [None, None, "修缮宗祠石雕门楼处数", "≥3",
         mk("≥3", "D202", "warning", note=note), "处"],
        [None, None, "补配缺损石构件数量", "≥50",
         mk("≥60", "D201", "error", note="年度 60 件超过两年 50 件"), "件"],
        [None, "质量指标", "修缮工程验收合格率", "=100%", "=100%", None],
        ["成本指标", "经济成本指标", "每座石牌坊平均修缮成本", "≤15", "≤15", "万元"],
        ["效益指标", "社会效益指标", "石牌坊周边游客接待人次", "≥20000", "≥9000", "人次"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%", None],
    ])  # fmt: skip
    sign(s, "祝晗川", "0759-6671290")
    return b


@variant("ce11-template-rows", (6, 13), "ancestral-hall project, NAT-2021, header 预期目标: "
         "two tier-2 labels left from the template, a value without a name")  # fmt: skip
def template_rows() -> Book:
    b, s = new()
    project(s, "岭背村祝氏宗祠石雕保护修缮", HALL, one_year(52, 45, 7),
            ["修缮宗祠石雕构件60件，完成石雕栏板防风化处理。"], attr="一次性项目")  # fmt: skip
    left = "模板行未填写：二级指标下没有三级指标和指标值"
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ["产出指标", "数量指标", "修缮石雕构件数量", "≥60件"],
        [None, None, mk(None, "F110", "error", note="有指标值无名称"), "≥2次"],
        [None, "质量指标", "石雕栏板防风化处理合格率", "≥95%"],
        [None, "时效指标", "修缮完工时间", "2025年10月31日前"],
        ["成本指标", "经济成本指标", "石雕构件平均修缮成本", "≤0.6万元/件"],
        [None, mk("社会成本指标", "F109", "warning", row=True, note=left), None, None],
        ["效益指标", "社会效益指标", "宗祠年开放天数", "≥240天"],
        [None, mk("生态效益指标", "F109", "warning", row=True, note=left), None, None],
        ["满意度指标", "服务对象满意度指标", "祝氏宗亲及村民满意度", "≥90%"],
    ])  # fmt: skip
    sign(s, "祝晗川", "0759-6671290")
    return b


@variant("ce12-footnotes", (4,), "ancestral-hall project, OLD-NAT, one value column: an "
         "instruction row inside the table, 注 and 填表说明 rows, signature and date lines "
         "dated the year before (correct)")  # fmt: skip
def footnotes() -> Book:
    b, s = new()
    project(s, "樟陂村宗祠石雕壁画加固", HALL, one_year(28, 28, 0),
            ["加固宗祠石雕壁画8幅，完成病害监测点布设。"], attr="一次性项目")  # fmt: skip
    indicators(s, TBL4, [
        ["（三级指标请结合项目实际填写，可增行）", None, None, None],
        ["产出指标", "数量指标", "加固石雕壁画幅数", "≥8幅"],
        [None, None, "布设病害监测点个数", "≥16个"],
        [None, "质量指标", "加固工程验收合格率", "=100%"],
        [None, "时效指标", "加固工程完工时间", "2025年9月30日前"],
        [None, "成本指标", "每幅壁画平均加固成本", "≤3万元"],
        ["效益指标", "社会效益指标", "壁画病害扩展发生率", "≤5%"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"],
    ])  # fmt: skip
    s.row("注：1.壁画加固成本含材料费、人工费及监测设备费。", merge=[(1, 6)])
    s.row("    2.监测点每幅壁画布设2个，共16个。", merge=[(1, 6)])
    s.row("填表说明：指标值应细化、量化，比较符用≥、≤表示。", merge=[(1, 6)])
    sign(s, "祝晗川", "0759-6671290", day(YEAR - 1, 12, 3))
    return b
