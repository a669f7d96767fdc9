"""Electronic monitoring of people under community corrections: keb01–keb06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout798.common import (
    HEAD4,
    HEAD_OP,
    HEAD_PERIOD,
    YEAR,
    funds,
    grid,
    new_book,
    notes,
    sign,
)
from tests.variants.holdout798.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct

DEPT = "澄岭县司法局（317001）"
UNIT = "澄岭县社区矫正管理局"


@variant("keb01-gps-goal-count", (12,),
         "project, NAT-2021, one value column: the goal's 320 wearers against 230 in the "
         "indicators, a rental standard beyond the money, a deadline in the next year")  # fmt: skip
def keb01() -> Book:
    b, s = new_book()
    goal = ok("为全县在册社区矫正对象320人配备电子定位终端，实行全天候定位监管，全年不发生脱管"
              "漏管事件。", note="the goal side of the D104 below")  # fmt: skip
    project_head(s, year=YEAR, name="社区矫正对象电子定位监管项目", dept=DEPT, unit=UNIT,
                 money=funds((15, 15, 0)), goals=[goal])  # fmt: skip
    d104 = "年度目标为320人配备终端，指标只写230人"
    b107 = "700元×230人=16.1万元（按目标320人为22.4万元），超过项目资金15万元"
    y102 = "一年期项目（2026年），完成时间却在2027年"
    m1 = mk("≥230人", "D104", "warning", row=True, note=d104)
    m2 = mk("2027年3月31日前", "Y102", "error", note=y102)
    m3 = mk("≤700元/人·年", "B107", "warning", row=True, note=b107)
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "电子定位终端佩戴人数", m1),
        (None, None, "定位监管平台巡查天数", "≥365天"),
        (None, "质量指标", "定位终端在线率", "≥98%"),
        (None, "时效指标", "定位平台升级完成时间", m2),
        ("成本指标", "经济成本指标", "定位终端租赁费", m3),
        ("效益指标", "社会效益指标", "社区矫正对象脱管率", "≤0.5%"),
        (None, "可持续影响指标", "电子定位监管制度执行", "长期有效"),
        ("满意度指标", "服务对象满意度指标", "基层司法所满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "周晓岚", "0575-8631 2047")
    return b


@variant("keb02-platform-period", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: a year's training count above the "
         "period's, a cumulative count copied into 年度, a 2024 date left in the "
         "年度目标")  # fmt: skip
def keb02() -> Book:
    b, s = new_book()
    y103 = "2026—2028年项目的年度目标写“2024年底前”，是旧方案留下的年份"
    goals = ["2026—2028年建成覆盖全县18个乡镇的社区矫正智慧监管平台，累计开展定位监管2700人次，"
             "培训监管人员60人。",
             mk("2026年完成平台一期建设，接入9个乡镇，开展定位监管900人次；2024年底前完成旧终端回收。",
                "Y103", "warning", note=y103)]  # fmt: skip
    project_head(s, year=YEAR, name="社区矫正智慧监管平台建设项目", dept=DEPT, unit=UNIT,
                 money=funds((90, 80, 10), (30, 28, 2)), goals=goals, years=3,
                 attr="新增项目")  # fmt: skip
    d201 = "年度培训人数80人超过实施期60人（中期目标亦为60人）"
    d202 = "三年累计2700人次原样抄进年度列；年度目标为900人次"
    m1 = mk("≥80人", "D201", "error", note=d201)
    m2 = mk("≥2700人次", "D202", "warning", note=d202)
    grid(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "平台接入乡镇数", "≥18个", "≥9个"),
        (None, None, "监管人员培训人数", "≥60人", m1),
        (None, None, "累计定位监管人次", "≥2700人次", m2),
        (None, "质量指标", "定位数据准确率", "≥98%", "≥98%"),
        (None, "时效指标", "越界告警处置时限", "≤30分钟", "≤30分钟"),
        (None, "成本指标", "定位终端采购单价", "≤1200元/台", "≤1200元/台"),
        ("效益指标", "社会效益指标", "脱管漏管发生率", "≤1%", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "司法所工作人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "许明川", "0575-8631 2251")
    return b


@variant("keb03-monitoring-department", (1, 4, 12),
         "department, NAT-2021, tasks adding to 项目支出, operator and unit columns with typed "
         "percent cells, 0起 on an incident count, a goal count with its part in brackets "
         "(correct)")  # fmt: skip
def keb03() -> Book:
    b, s = new_book()
    w = WAN
    department_head(s, year=YEAR, dept="苇塘区司法局",
                    budget=[(money(420.5, w), money(396.5, w), money(24, w), money(310.5, w),
                             money(110, w))],
                    tasks=[("电子定位监管", "终端运维、平台值守", money(46, w), "对象全部纳入监管"),
                           ("教育帮扶", "集中教育、心理辅导", money(38, w), "教育学习按月开展"),
                           ("社会力量参与", "志愿者招募与培训", money(26, w), "结对帮教全覆盖"),
                           ("金额合计", None, money(110, w), None)],
                    goal="1.对在册社区矫正对象分类监管，电子定位监管对象180人（其中重点对象46人）；"
                         "2.全年开展集中教育1200人次；3.不发生脱管失控事件。")  # fmt: skip
    grid(s, HEAD_OP, [
        ("产出指标", "数量指标", "电子定位监管人数", "≥", 180, "人"),
        (None, None, "集中教育学习人次", "≥", 1200, "人次"),
        (None, "质量指标", "定位数据有效率", "≥", pct(0.97), "%"),
        (None, "时效指标", "越界告警核查时限", "≤", 2, "小时"),
        ("成本指标", "经济成本指标", "定位终端月均运维费", "≤", 180, "元/人·月"),
        ("效益指标", "社会效益指标", "脱管失控事件数", "≤", 0, "起"),
        (None, "可持续影响指标", "监管数据共享机制", "=", "健全", None),
        ("满意度指标", "服务对象满意度指标", "矫正对象家属满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：运维费180元/人·月×180人×12月=38.88万元，在定位监管任务46万元之内。")
    sign(s, "韩素宁", "0571-8820 6613", day(YEAR - 1, 12, 2))
    return b


@variant("keb04-monitoring-flat", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percent "
         "cells, a 下降率 with ≥, weights adding to 100 (correct)")  # fmt: skip
def keb04() -> Book:
    b, s = new_book()
    w = WAN
    department_head(s, year=YEAR, dept="苇塘区社区矫正管理局",
                    budget=[(money(156, w), money(140, w), money(16, w), money(98, w),
                             money(58, w))],
                    goal="对在册矫正对象150人定位监管，越界告警同比下降10%以上。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("电子定位监管人数", 20, "人", "≥", 150),
        ("定位终端在线率", 15, "%", "≥", pct(0.97)),
        ("越界告警同比下降率", 15, "%", "≥", pct(0.1)),
        ("越界告警核查时限", 10, "小时", "≤", 2),
        ("定位终端月均运维费", 10, "元/人·月", "≤", 160),
        ("脱管失控事件数", 10, "起", "≤", 0),
        ("监管台账规范性", 10, None, "=", "规范"),
        ("矫正对象满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    notes(s, "说明：运维费160元/人·月×150人×12月=28.8万元，在项目支出58万元之内。", width=5)
    return b


@variant("keb05-monitoring-twoyear", (8,),
         "two-year project, OLD-NAT, 中期 and 年度 columns: the period's count beside a smaller "
         "year's count, a 2028 rollout the work prepares for, a cost within the money "
         "(correct)")  # fmt: skip
def keb05() -> Book:
    b, s = new_book()
    goals = ["2026—2027年为全县累计600人次矫正对象提供电子定位监管，建立告警分级处置制度，"
             "为2028年在邻近两县推广积累经验。",
             "2026年为300人次提供定位监管，告警分级处置制度印发执行。"]  # fmt: skip
    project_head(s, year=YEAR, name="社区矫正分级定位监管试点项目", dept=DEPT, unit=UNIT,
                 money=funds((40, 36, 4), (20, 18, 2)), goals=goals, years=2,
                 attr="新增项目")  # fmt: skip
    grid(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "定位监管人次", "≥600人次", "≥300人次"),
        (None, "质量指标", "定位数据准确率", "≥98%", "≥98%"),
        (None, "时效指标", "越界告警处置时限", "≤2小时", "≤2小时"),
        (None, "成本指标", "定位终端租赁单价", "≤650元/人次", "≤650元/人次"),
        ("效益指标", "社会效益指标", "脱管率", "≤0.5%", "≤0.5%"),
        (None, "可持续影响指标", "告警分级处置制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "司法所满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "许明川", "0575-8631 2251")
    return b


@variant("keb06-monitoring-export", (7, 12),
         "budget-system export: money on sheet 05-1 with project codes, the indicator table on "
         "sheet 05-2 under a third-row header; a near-duplicate and a rate under 数量")  # fmt: skip
def keb06() -> Book:
    b, s = new_book("部门项目支出预算05-1", (18, 26, 14, 14, 14, 14))
    code, name = "317001-26-0031", "社区矫正定位监管运维"
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(code, name, money(32, WAN), money(30, WAN), money(2, WAN))
    s.row("合计", None, money(32, WAN), money(30, WAN), money(2, WAN))
    t = b.sheet("部门项目支出绩效目标05-2", (18, 22, 12, 14, 26, 14))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：澄岭县社区矫正管理局")
    f201 = "及时率是时效的比率，却填在数量指标下"
    d103 = "与上两行“电子定位设备在线率”同一指标，只少“电子”二字，值相同"
    t.row("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    m1 = mk("监管告警处置及时率", "F201", "warning", row=True, note=f201)
    m2 = mk("定位设备在线率", "D103", "warning", row=True, alt=("D101",), note=d103)
    t.table([
        (code, name, "产出指标", "数量指标", "定位监管对象人数", "≥160人"),
        (code, name, None, None, m1, "≥95%"),
        (code, name, None, "质量指标", "电子定位设备在线率", "≥98%"),
        (code, name, None, None, "定位轨迹数据完整率", "≥97%"),
        (code, name, None, None, m2, "≥98%"),
        (code, name, None, "成本指标", "终端月均运维费", "≤150元/人·月"),
        (code, name, "效益指标", "社会效益指标", "脱管率", "≤0.5%"),
        (code, name, "满意度指标", "服务对象满意度指标", "司法所满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    return b
