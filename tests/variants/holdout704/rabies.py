"""Stray-dog and rabies control returns of the 704th held-out set (蓉川县, invented)."""

from __future__ import annotations

from tests.variants.holdout704.common import (
    CDC,
    CITY,
    department,
    detail,
    indicators,
    notes,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout704.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant(
    "kal01-rabies-typed-percent",
    (1, 7),
    "project, NAT-2021, headers 考核指标 and 目标值（年度）, typed percent cells (correct)",
)
def kal01() -> Book:
    goal = (
        "全年完成城区及杉桥、汀坪两镇犬只狂犬病免疫9000只（其中城区5200只），"
        "设立犬伤处置门诊4个，确保不发生人间狂犬病病例。"
    )
    b, s = project(2025, "城乡犬只狂犬病综合防控项目", CDC, one_year(wan(86), wan(80), wan(6)),
                   [goal])  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "犬用狂犬病疫苗采购单价", "≤16元/剂"),
        ("产出指标", "数量指标", "犬只狂犬病免疫数量", "≥9000只"),
        (None, None, "犬伤处置门诊设置数", "4个"),
        (None, "质量指标", "免疫犬只登记建档率", pct(0.98)),
        (None, None, "犬伤暴露处置规范率", pct(1)),
        (None, "时效指标", "秋季集中免疫完成时间", "2025年11月30日前"),
        ("效益指标", "社会效益指标", "人间狂犬病发生起数", "≤0起"),
        (None, "可持续影响指标", "犬只免疫长效管理机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "养犬群众满意度", pct(0.9)),
    ], head=("一级指标", "二级指标", "考核指标", "目标值（年度）"))  # fmt: skip
    sign(s, "罗晓岚", "0871-5523907", (2024, 11, 18))
    return b


@variant(
    "kal04-stray-flat-list",
    (3, 11),
    "department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 (correct)",
)
def kal04() -> Book:
    b, s = department(2025, CITY, [(420, 400, 20, 310, 110)],
        "全年收容流浪犬只不少于900只，办理犬只登记3000只，犬只伤人投诉下降10%以上。",
        [("流浪犬收容", "巡查捕捉、转运收容", 60, "收容流浪犬≥900只"),
         ("犬只登记执法", "登记办证、违规养犬查处", 30, "登记≥3000只"),
         ("文明养犬宣传", "社区宣传、入户告知", 20, "宣传进社区≥40次"),
         ("金额合计", None, 110, None)])  # fmt: skip
    s.row("年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("流浪犬收容数量", 20, "只", "≥", 900),
        ("犬只登记办证数量", 15, "只", "≥", 3000),
        ("犬只伤人投诉下降率", 15, "%", "≥", 10),
        ("收容犬只健康检查率", 15, "%", "=", 100),
        ("违规养犬问题整改及时率", 10, "%", "≥", 95),
        ("流浪犬单只收容成本", 10, "元/只", "≤", 600),
        ("社区居民满意度", 15, "%", "≥", 90),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    notes(s, "注：下降率以2024年投诉量为基数计算，以正数填报。")
    return b


@variant(
    "kal07-operator-in-words",
    (11, 7),
    "project, OLD-NAT, 指标性质 as direction, 指标方向 as word operator, unit column (correct)",
)
def kal07() -> Book:
    goal = "完成流浪犬捕捉管控1200只，开展犬脑组织狂犬病病毒监测300份，犬伤暴露人员零发病。"
    b, s = project(2025, "流浪犬只管控及狂犬病监测项目", CDC, one_year(wan(48), wan(48), wan(0)),
                   [goal], dept=CITY)  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "流浪犬捕捉管控数量", "正向", "大于等于", 1200, "只"),
        (None, None, "犬脑组织狂犬病监测样品数", "正向", "大于等于", 300, "份"),
        (None, "质量指标", "监测样品检测合格率", "正向", "大于等于", 95, "%"),
        (None, "时效指标", "犬伤报告处置响应时间", "反向", "小于等于", 2, "小时"),
        (None, "成本指标", "单只流浪犬管控成本", "反向", "小于等于", 300, "元/只"),
        (None, None, "监测样品检测单价", "反向", "小于等于", 200, "元/份"),
        ("效益指标", "社会效益指标", "流浪犬伤人事件下降率", "正向", "大于等于", 15, "%"),
        (None, None, "犬伤暴露人员狂犬病发病数", "反向", "小于等于", 0, "例"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "正向", "大于等于", 90, "%"),
    ], head=("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
             "计量单位"))  # fmt: skip
    return b


@variant(
    "kal10-goal-against-indicators",
    (12,),
    "project, NAT-2021: the goal's count and deadline differ from the indicators, cost over money",
)
def kal10() -> Book:
    goal = "全年为汀坪、杉桥等6个乡镇免疫家犬12000只，10月31日前完成秋季集中免疫，建立免疫档案。"
    b, s = project(2025, "农村家犬狂犬病强制免疫项目", CDC, one_year(wan(16), wan(16), wan(0)),
                   [goal])  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "免疫服务人工补助标准",
         mk("≤20元/只", "B107", "warning", row=True,
            note="20元 × 10000只 = 20万元，超过年度资金16万元")),
        ("产出指标", "数量指标", "家犬狂犬病免疫数量",
         mk("≥10000只", "D104", "warning", row=True, note="年度目标写免疫12000只")),
        (None, None, "覆盖乡镇数", "6个"),
        (None, "质量指标", "免疫档案建档率", "≥95%"),
        (None, "时效指标", "秋季集中免疫完成时间",
         mk("11月30日前", "D104", "warning", row=True,
            note="年度目标写10月31日前完成秋季集中免疫")),
        ("效益指标", "社会效益指标", "家犬免疫密度", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "养犬农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kal11-years-left-over",
    (8,),
    "project, OLD-NAT: end date, goal year and a deadline left over from the 2024 return",
)
def kal11() -> Book:
    goal = mk("2024年底前完成城区犬只登记4000只，开展文明养犬宣传进社区30场。", "Y103", "warning",
              alt=("Y101",), note="上年申报表的年份残留在年度目标中")  # fmt: skip
    end = mk(day(2024, 12, 31), "Y104", "error", alt=("Y102", "Y101"),
             note="完成日期仍是上年的，早于2025年1月1日开始")  # fmt: skip
    b, s = project(2025, "城区犬只登记及文明养犬宣传项目", CITY, one_year(wan(22), wan(22), wan(0)),
                   [goal], dept=CITY, end=end)  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "犬只登记办证数量", "≥4000只"),
        (None, None, "文明养犬宣传进社区场次", "≥30场"),
        (None, "质量指标", "登记信息准确率", "≥98%"),
        (None, "时效指标", "集中宣传活动完成时间",
         mk("2024年9月30日前", "Y102", "error", alt=("Y103",), note="期限在预算年度之前")),
        (None, "成本指标", "单场宣传活动费用", "≤2000元/场"),
        ("效益指标", "社会效益指标", "文明养犬知晓率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
    ])  # fmt: skip
    detail(s, [("犬只登记耗材及电子芯片", 16, "4000只×40元"), ("宣传活动", 6, "30场×2000元")],
           wan(22))  # fmt: skip
    return b


@variant(
    "kal18-direction-and-bound",
    (1, 11),
    "project, OLD-NAT, operator column and typed percents: ≥ on an incident rate, 105%",
)
def kal18() -> Book:
    goal = "开展犬伤门诊规范化建设，全年处置犬伤暴露人员2500人次，应免犬只全部免疫。"
    b, s = project(2025, "犬伤门诊规范化建设项目", "蓉川县疾病预防控制中心",
                   one_year(wan(35), wan(30), wan(5)), [goal],
                   dept="蓉川县卫生健康局（418003）")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "犬伤暴露人员处置人次", "≥", 2500, "人次"),
        (None, "质量指标", "应免犬只免疫覆盖率", "≥",
         mk(pct(1.05), "T106", "error", note="覆盖率不能超过100%"), "%"),
        (None, None, "犬伤暴露处置规范率", "≥", pct(0.95), "%"),
        (None, "时效指标", "犬伤暴露人员首针接种时限", "≤", 24, "小时"),
        (None, "成本指标", "人均暴露处置补助", "≤", 120, "元/人次"),
        ("效益指标", "社会效益指标", "犬只咬伤事件发生率",
         mk("≥", "T108", "warning", row=True, note="发生率是反向指标，应为≤"), pct(0.02), "%"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥", pct(0.9), "%"),
    ], head=("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"))  # fmt: skip
    return b
