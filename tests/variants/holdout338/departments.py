"""Departments, stacked plants and multi-year island supply programmes."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout338.common import Y, indicators, multi_year, one_year, sign, start
from tests.variants.holdout338.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
TIER4 = ("一级指标", "二级指标", "三级指标", "指标值")


def flat(s: Sheet, rows: list[tuple[Any, ...]], total: Any) -> None:
    """A flat indicator list (no tiers) with a 合计 row of the weights."""
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    for r in rows:
        s.row(*r)
    s.row("合计", total)


@variant("uj13-department-flat", (1, 3, 12),
         "department, budget and key tasks adding up, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percent cells, weights 100 with a "
         "合计 row (correct)")  # fmt: skip
def uj13() -> Book:
    b, s = start("部门整体")
    department_head(s, year=Y, dept="汐澜县海岛供水管理站",
                    budget=[[money(1860, WAN), money(1700, WAN), money(160, WAN),
                             money(420, WAN), money(1440, WAN)]],
                    tasks=[("淡化厂运行", "5座淡化厂日常运行及药剂", money(820, WAN), "稳定供水"),
                           ("管网维护", "离岛管网巡检抢修", money(380, WAN), "漏损率≤12%"),
                           ("水质监测", "出厂水及末梢水检测", money(240, WAN), "水质达标"),
                           ("金额合计", None, money(1440, WAN), None)],
                    goal="保障5座海岛淡化厂稳定运行，淡化水日供应能力不低于2.1万吨。")  # fmt: skip
    flat(s, [
        ("淡化水日供应能力", 20, "吨/日", "≥", 21000),
        ("海岛居民集中供水覆盖率", 15, "%", "≥", pct(0.96)),
        ("出厂水水质达标率", 20, "%", "≥", pct(0.98)),
        ("管网漏损率", 10, "%", "≤", pct(0.12)),
        ("平均吨水电耗", 15, "千瓦时/吨", "≤", 3.7),
        ("停水抢修到场时间", 10, "小时", "≤", 6),
        ("岛民用水满意度", 10, "%", "≥", pct(0.9)),
    ], 100)  # fmt: skip
    sign(s, "冼嘉树", "0571-6638 2200")
    return b


@variant("uj14-department-money-wrong", (3, 12),
         "department, flat list: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "weights adding to 95")  # fmt: skip
def uj14() -> Book:
    b, s = start("部门整体")
    total = mk(money(1520, WAN), "B101", "error", note="400+1100=1500≠1520")
    department_head(s, year=Y, dept="汐澜县海洋与渔业服务中心",
                    budget=[[total, money(1400, WAN), money(120, WAN), money(400, WAN),
                             money(1100, WAN)]],
                    tasks=[("离岛送水", "渔排及离岛学校送水", money(600, WAN), "保障饮水"),
                           ("小型淡化装置运维", "7套集装箱式装置", money(300, WAN), "稳定运行"),
                           ("储水设施改造", "储水池清淤防渗", money(180, WAN), "水质安全"),
                           ("金额合计", None, mk(money(1100, WAN), "B102", "error",
                                                note="600+300+180=1080≠1100"), None)],
                    goal="保障离岛渔民和师生饮水，小型淡化装置完好率不低于95%。")  # fmt: skip
    flat(s, [
        ("送水覆盖渔排", 20, "处", "≥", 12),
        ("小型淡化装置完好率", 20, "%", "≥", pct(0.95)),
        ("储水池改造数量", 15, "座", "≥", 8),
        ("送水水质达标率", 20, "%", "≥", pct(0.98)),
        ("受益群众满意度", 20, "%", "≥", pct(0.9)),
    ], 95)  # fmt: skip
    b.file_mark("W101", "error", note="权重合计95，应为100")
    sign(s, "黎沐川", "0571-6638 2319")
    return b


@variant("uj15-stacked-plants", (2,),
         "two one-year projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator name with different values in each project (correct)")  # fmt: skip
def uj15() -> Book:
    b, s = start("Sheet1")
    project_head(s, year=Y, name="礁门岛淡化厂运行补助", dept="礁门镇人民政府",
                 unit="礁门岛供水站", money=one_year(300, 260, 40),
                 goals=["保障礁门岛淡化厂全年运行，日均产水不少于3000吨。"])  # fmt: skip
    indicators(s, TIER4, [
        ("产出指标", "数量指标", "日均产水量", "≥3000吨/日"),
        (None, "质量指标", "出厂水水质达标率", "≥98%"),
        (None, "成本指标", "吨水药剂成本", "≤0.6元/吨"),
        ("效益指标", "社会效益指标", "受益岛民人数", "≥4800人"),
        ("满意度指标", "服务对象满意度指标", "岛民用水满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=Y, name="碧岙岛淡化厂运行补助", dept="碧岙乡人民政府", title="",
                 unit="碧岙岛供水站", money=one_year(180, 150, 30),
                 goals=["保障碧岙岛淡化厂全年运行，日均产水不少于1200吨。"])  # fmt: skip
    indicators(s, TIER4, [
        ("产出指标", "数量指标", "日均产水量", "≥1200吨/日"),
        (None, "质量指标", "出厂水水质达标率", "≥98%"),
        (None, "成本指标", "吨水药剂成本", "≤0.8元/吨"),
        ("效益指标", "社会效益指标", "受益岛民人数", "≥1900人"),
        ("满意度指标", "服务对象满意度指标", "岛民用水满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "骆星河", "0571-6521 0098")
    return b


@variant("uj16-stacked-wrong", (2,),
         "two one-year projects stacked, OLD-NAT: the first has one indicator twice with different "
         "values, the second's money does not add up")  # fmt: skip
def uj16() -> Book:
    b, s = start("Sheet1")
    project_head(s, year=Y, name="蛎湾岛淡化厂膜系统维护", dept="蛎湾镇人民政府",
                 unit="蛎湾岛供水站", money=one_year(220, 200, 20),
                 goals=["完成蛎湾岛淡化厂膜元件更换和化学清洗。"])  # fmt: skip
    indicators(s, TIER4, [
        ("产出指标", "数量指标", "反渗透膜元件更换数量", "≥120支"),
        (None, None, "膜系统化学清洗", "≥4次"),
        (None, "质量指标", "系统脱盐率", "≥99.3%"),
        (None, "成本指标", "膜元件单支采购成本", "≤1.2万元/支"),
        (None, "数量指标", "反渗透膜元件更换数量",
         mk("≥150支", "D102", "error", row=True, alt=("D101", "D103"), note="同一指标两个值")),
        ("效益指标", "社会效益指标", "停水检修天数", "≤3天"),
        ("满意度指标", "服务对象满意度指标", "岛民用水满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=Y, name="蛎湾岛供水管网抢修", dept="蛎湾镇人民政府", title="",
                 unit="蛎湾岛供水站", money=one_year(mk(money(250, WAN), "B101", "error",
                 note="200+40=240≠250"), 200, 40),
                 goals=["全年及时抢修供水管网故障。"])  # fmt: skip
    indicators(s, TIER4, [
        ("产出指标", "数量指标", "管网故障抢修", "≥60次"),
        (None, "时效指标", "抢修到场时间", "≤4小时"),
        ("效益指标", "社会效益指标", "单次停水时长", "≤12小时"),
        ("满意度指标", "服务对象满意度指标", "岛民用水满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邵澄明", "0571-6521 0152")
    return b


def two_row_head(s: Sheet) -> None:
    """A two-row header: 指标值 over its 中期 and 年度 columns."""
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, f"中期（{Y}—{Y + 2}年）", f"年度（{Y}年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


@variant("uj17-multi-year", (8,),
         "three-year project, NAT-2021, two-row header with 中期 and 年度 columns: counts smaller "
         "in the year, rates and unit costs equal in both (correct)")  # fmt: skip
def uj17() -> Book:
    b, s = start("绩效目标表")
    project_head(s, year=Y, years=3, name="汐澜县离岛集装箱式淡化装置配置", attr="新增项目",
                 dept="汐澜县水务局（417）", unit="汐澜县海岛供水管理站",
                 money=multi_year((2400, 2000, 400), (900, 750, 150)),
                 goals=["三年内为6个无淡化设施的离岛配置集装箱式淡化装置，解决3200人饮水。",
                        "本年度为2个离岛配置淡化装置并投入运行，解决1100人饮水。"])  # fmt: skip
    two_row_head(s)
    s.table([
        ("产出指标", "数量指标", "配置集装箱式淡化装置", "≥6套", "≥2套"),
        (None, "质量指标", "装置出水水质达标率", "≥98%", "≥98%"),
        (None, "时效指标", "装置到岛后调试完成时间", "≤30天", "≤30天"),
        ("成本指标", "经济成本指标", "单套装置购置成本", "≤280万元/套", "≤280万元/套"),
        ("效益指标", "社会效益指标", "解决饮水困难人数", "≥3200人", "≥1100人"),
        (None, "生态效益指标", "吨水电耗", "≤4.0千瓦时/吨", "≤4.0千瓦时/吨"),
        ("满意度指标", "服务对象满意度指标", "受益岛民满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "晏知秋", "0571-6638 2447")
    return b


@variant("uj18-multi-year-wrong", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, "
         "an annual count above its period count, a cumulative count copied into the "
         "year")  # fmt: skip
def uj18() -> Book:
    b, s = start("绩效目标表")
    goal = "三年内新建海岛雨水及淡化水联合储水池12座，改造入户管道，保障旱季供水。"
    project_head(s, year=Y, years=3, name="汐澜县海岛旱季供水保障工程", attr="新增项目",
                 dept="汐澜县水务局（417）", unit="汐澜县海岛供水管理站",
                 money=multi_year((3000, 2600, 400), (1100, 950, 150)),
                 goals=[goal, mk(goal, "D204", "warning",
                                  note="年度目标照抄中期目标")])  # fmt: skip
    two_row_head(s)
    s.table([
        ("产出指标", "数量指标", "新建联合储水池", "≥12座",
         mk("≥12座", "D202", "warning", note="累计数量照抄中期值")),
        (None, None, "改造入户管道户数", "≥900户",
         mk("≥1200户", "D201", "error", note="年度值大于实施期值")),
        (None, "质量指标", "储水池验收合格率", "100%", "100%"),
        ("成本指标", "经济成本指标", "单座储水池造价", "≤85万元/座", "≤85万元/座"),
        ("效益指标", "社会效益指标", "旱季限时供水天数", "≤10天", "≤10天"),
        ("满意度指标", "服务对象满意度指标", "受益岛民满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "祁望舒", "0571-6638 2458")
    return b
