"""Returns of the records-storage warehouse upgrade: shelving, climate control and security."""

from __future__ import annotations

from tests.variants.holdout722.common import (
    ARCHIVE,
    ONE_HEAD,
    OP_HEAD,
    TWO_HEAD,
    YEAR,
    book,
    details,
    indicators,
    money1,
    money2,
    notes,
    project,
    sign,
    wan,
)  # fmt: skip
from tests.variants.holdout722.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

POINTS_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("kbd07-points-labels", (5, 10), "project, NAT-2021, numbered tier labels with points "
         "and an indicator score column (both add to 100), 0起 and 百分点 (correct)")  # fmt: skip
def kbd07() -> Book:
    b, s = book()
    project(s, "档案库房改造提升", ARCHIVE, money1(320, 300, 20),
            ["改造库房2400平方米，新增密集架600组，库房温湿度达标率≥95%，"
             "全年档案安全零事故。"])  # fmt: skip
    indicators(s, POINTS_HEAD, [
        ("一、产出指标（50分）", "（一）数量指标", "改造库房面积", "≥2400平方米", 15),
        (None, None, "新增密集架", "≥600组", 10),
        (None, "（二）质量指标", "库房温湿度达标率", "≥95%", 10),
        (None, None, "消防验收合格率", "=100%", 5),
        (None, "（三）时效指标", "改造完工时间", "2026年10月31日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "密集架单价", "≤0.3万元/组", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "档案安全事故", "=0起", 10),
        (None, "（二）可持续影响指标", "库房容量利用率提高", "≥15百分点", 10),
        (None, None, "改造后库房使用年限", "≥20年", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "进馆单位满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "蒋沛然", "0736-5822017")
    return b


@variant("kbd08-warehouse-three-year", (8,), "three-year project 2026—2028, NAT-2021, 中期 and "
         "年度 columns: a period goal dated before the period, a year's count above the period's, "
         "an area copied from 中期")  # fmt: skip
def kbd08() -> Book:
    b, s = book()
    project(s, "档案新库房建设与搬迁", ARCHIVE, money2(1500, 520, 500, 20),
            [mk("2025年底前完成3处库房改造共3600平方米，新增密集架1200组、恒温恒湿机组12套。",
                "Y103", "warning", alt=("Y102",),
                note="2025 lies before the 2026—2028 period: left from an earlier draft"),
             ok("2026年完成1号库房改造1200平方米，新增密集架400组。", "warning",
                note="the goal side of the copied area")],
            years=3, attr="新增项目")  # fmt: skip
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "改造库房面积", "≥3600平方米",
         mk("≥3600平方米", "D202", "warning", alt=("D104",),
            note="copied from 中期; the year's goal says 1200平方米"), None),
        (None, None, "新增密集架", "≥1200组", "≥400组", None),
        (None, None, "恒温恒湿机组", "≥12套",
         mk("≥15套", "D201", "error", note="the year's 15套 above the period's 12套"), None),
        (None, "质量指标", "库房温湿度达标率", "≥95%", "≥95%", None),
        (None, "时效指标", "改造完工时间", "2028年11月30日前", "2026年11月30日前", None),
        ("成本指标", "经济成本指标", "密集架单价", "≤0.3万元/组", "≤0.3万元/组", None),
        ("效益指标", "可持续影响指标", "库房设计使用年限", "≥30年", "≥30年", None),
        ("满意度指标", "服务对象满意度指标", "进馆单位满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    sign(s, "蒋沛然", "0736-5822017")
    return b


@variant("kbd09-shelving-details", (1, 12), "project, OLD-NAT, operator column, typed percent "
         "cells, a budget detail block whose lines add to the total (correct)")  # fmt: skip
def kbd09() -> Book:
    b, s = book()
    project(s, "档案库房密集架及恒温恒湿系统购置", ARCHIVE, money1(500, 460, 40),
            ["购置密集架1200组、恒温恒湿系统8套，配置气体灭火系统，"
             "库房温湿度达标率≥95%。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "购置密集架", "≥", 1200, "组"),
        (None, None, "恒温恒湿系统", "≥", 8, "套"),
        (None, "质量指标", "库房温湿度达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "设备安装完成时间", "≤", "2026年9月30日", "日期"),
        (None, "成本指标", "密集架单价", "≤", 0.25, "万元/组"),
        (None, None, "恒温恒湿系统单价", "≤", 15, "万元/套"),
        ("效益指标", "可持续影响指标", "库房新增存量", "≥", 18, "万卷"),
        ("满意度指标", "服务对象满意度指标", "进馆单位满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    details(s, [("密集架采购", "1200组×0.25万元", 300), ("恒温恒湿系统", "8套×15万元", 120),
                ("气体灭火系统", "3个防护区", 80)], 500)  # fmt: skip
    sign(s, "蒋沛然", "0736-5822017")
    return b


@variant("kbd10-warehouse-costs", (12,), "project, OLD-NAT, one value column, a detail block: "
         "lines not adding to the 合计, a unit cost × count above the money, a cost under "
         "数量")  # fmt: skip
def kbd10() -> Book:
    b, s = book()
    project(s, "二号档案库房防水及密集架改造", ARCHIVE, money1(260, 260, 0),
            ["完成二号库房防水改造1800平方米，更换密集架800组，增设库房监控。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "防水改造面积", "≥1800平方米", None),
        (None, None, "更换密集架", "≥800组", None),
        (None, None, mk("库房改造单位面积成本", "F201", "warning", row=True,
                        note="a cost under 数量指标"), "≤0.1万元/平方米", None),
        (None, "质量指标", "防水工程验收合格率", "=100%", None),
        (None, "时效指标", "改造完工时间", "2026年10月31日前", None),
        (None, "成本指标", "密集架单价",
         mk("≤0.35万元/组", "B107", "warning", row=True,
            note="0.35万元 × 800组 = 280万元 > 260万元 (the line gives 160万元)"), None),
        ("效益指标", "可持续影响指标", "库房渗漏发生次数", "=0次", None),
        ("满意度指标", "服务对象满意度指标", "库房管理人员满意度", "≥90%", None),
    ])  # fmt: skip
    details(s, [("防水改造", "1800平方米", 60), ("密集架采购", "800组", 160),
                ("监控系统", "24个点位", 30)],
            mk(wan(260), "B102", "error", note="60 + 160 + 30 = 250 ≠ 260"))  # fmt: skip
    sign(s, "蒋沛然", "0736-5822017")
    return b


@variant("kbd11-system-export", (7,), "budget-system export: head on 部门项目支出预算05-1, the "
         "table on 部门项目支出绩效目标05-2 under a header on its third row, codes in the first "
         "columns, header 绩效目标值 (correct)")  # fmt: skip
def kbd11() -> Book:
    b, s = book("部门项目支出预算05-1")
    project(s, "档案库房安防系统升级", ARCHIVE, money1(140, 140, 0),
            ["新增监控点位160个、门禁24套，安防系统验收合格，全年无档案失窃事件。"],
            title=f"{YEAR}年度部门项目支出预算")  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 14, 16, 26, 18))
    t.title(f"{YEAR}年度部门项目支出绩效目标", 6)
    t.row("单位：澄岭市档案馆（217003）", merge=[(1, 6)])
    code, name = "217003260012", "档案库房安防系统升级"
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值"), [
        (code, name, "产出指标", "数量指标", "新增监控点位", "≥160个"),
        (None, None, None, None, "新增门禁读卡器", "≥24套"),
        (None, None, None, "质量指标", "安防系统验收合格率", "=100%"),
        (None, None, None, "时效指标", "系统投用时间", "2026年9月30日前"),
        (None, None, "成本指标", "经济成本指标", "单点位建设成本", "≤0.8万元/个"),
        (None, None, "效益指标", "社会效益指标", "档案失窃事件", "=0起"),
        (None, None, "满意度指标", "服务对象满意度指标", "库房管理人员满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    notes(t, "说明：单点位建设成本含线缆及安装费用。")
    return b


@variant("kbd12-abbreviated-duplicates", (5,), "project, NAT-2021, abbreviated tier labels "
         "(产出, 数量): a title year left from last season, a near-duplicate under another "
         "tier-2, a satisfaction rate under 社会效益")  # fmt: skip
def kbd12() -> Book:
    b, s = book()
    project(s, "档案库房温湿度智能调控改造", ARCHIVE, money1(210, 200, 10),
            ["改造库房温湿度监测调控系统，库房温湿度达标率≥95%。"],
            title="2025年度项目支出绩效目标申报表",
            start=day(YEAR, 3, 1), end=day(YEAR, 12, 31))  # fmt: skip
    b.file_mark("Y101", "error", note="title 2025年度 against plan dates in 2026: last season's")
    indicators(s, ONE_HEAD, [
        ("产出", "数量", "新增温湿度传感器", "≥180个", None),
        (None, "质量", "库房温湿度达标率", "≥95%", None),
        (None, "时效", "系统投用时间", "2026年11月30日前", None),
        ("成本", "经济成本", "单个监测点建设成本", "≤0.5万元/个", None),
        ("效益", "社会效益", mk("库房参观公众满意度", "F201", "warning", row=True,
                             note="a satisfaction rate under 社会效益"), "≥85%", None),
        (None, "可持续影响", mk("库房温湿度控制达标率", "D103", "warning", row=True,
                             alt=("D102", "D101"),
                             note="the 质量 row with a word more and another value"),
         "≥90%", None),
        ("满意度", "服务对象满意度", "档案移交单位满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "蒋沛然", "0736-5822017")
    return b
