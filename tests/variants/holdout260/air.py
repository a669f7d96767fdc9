"""大气污染防治 projects: one-year tables with the operator inside the value, three- and
two-year tables with 中期 and 年度 columns, a one-year table with both columns and points, an
operator column in words (rj01, rj02, rj03, rj04, rj15, rj16)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout260.common import (
    ONE,
    TWO,
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout260.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("rj01-vocs-lookalikes", (1, 11), "one-year project, NAT-2021, inline operators: "
         "PM2.5 ≤35微克/立方米, a 下降率 ≥3%, a 投诉办结率 ≥98%, pct(1) (correct)")  # fmt: skip
def rj01() -> Book:
    b, s = book("Sheet1", (14, 16, 32, 20, 24))
    project_head(
        s, year=2026, name="挥发性有机物综合治理专项", dept="鹤岭市生态环境局（412）",
        unit="鹤岭市大气污染防治中心",
        money=one_year_money(wan(320), wan(300), wan(20)),
        goals=["2026年完成42家重点企业挥发性有机物治理设施提标改造，全市PM2.5年均浓度控制在"
               "35微克/立方米以内，较2025年下降3%以上，空气质量优良天数比例达到85%以上。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "治理设施提标改造企业数", "≥42家", "涉VOCs重点企业"),
        (None, None, "走航监测排查次数", "≥24次", "每月不少于2次"),
        (None, "质量指标", "改造后VOCs排放浓度达标率", pct(1), "按验收监测报告计"),
        (None, "时效指标", "治理设施改造完成时间", "2026年11月30日前", None),
        ("成本指标", "经济成本指标", "单家企业提标改造补助标准", "≤6.5万元/家", "42家合计273万元"),
        ("效益指标", "生态效益指标", "PM2.5年均浓度", "≤35微克/立方米", "国控站点均值"),
        (None, None, "PM2.5年均浓度下降率", "≥3%", "与2025年相比"),
        (None, None, "重污染天数", "≤4天", None),
        (None, "社会效益指标", "大气污染投诉办结率", "≥98%", None),
        (None, "可持续影响指标", "VOCs排放企业监管长效机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "周边群众对空气质量改善满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "杜若宁", "常一帆", "0738-86124503")
    return b


@variant("rj02-dust-wrong", (1, 11), "one-year project, OLD-NAT, inline operators and a 备注 "
         "column: a PM10 concentration with ≥, a 优良天数比例 typed as 105%")  # fmt: skip
def rj02() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 20, 24))
    project_head(
        s, year=2026, name="城区扬尘污染综合防治项目", dept="望川县生态环境分局（508）",
        unit="望川县生态环境保护综合行政执法大队",
        money=one_year_money(wan(185), wan(185), wan(0)),
        goals=["2026年对城区在建工地和道路扬尘开展常态化监管，完成裸土覆盖和道路机扫保洁，"
               "城区PM10年均浓度控制在60微克/立方米以内。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "在建工地扬尘专项检查", "≥360次", None),
        (None, None, "道路机械化清扫保洁面积", "≥420万平方米", None),
        (None, "质量指标", "城区裸土覆盖率", "≥95%", None),
        (None, None, "在建工地扬尘防治“六个百分百”落实率", "≥90%", None),
        (None, "时效指标", "扬尘问题交办整改时限", "≤5个工作日", None),
        (None, "成本指标", "单次工地检查成本", "≤800元/次", "360次合计28.8万元"),
        ("效益指标", "生态效益指标", "城区PM10年均浓度",
         mk("≥60微克/立方米", "T108", "warning", row=True,
            note="a concentration is 反向: ≤60 meant, as the goal text says"),
         "县城自动站均值"),
        (None, None, "城区降尘量", "≤5吨/平方公里·月", None),
        (None, None, "空气质量优良天数比例",
         mk(pct(1.05), "T106", "error", note="a share of days cannot pass 100%"), None),
        (None, "可持续影响指标", "扬尘污染网格化监管机制", "有效运行", None),
        ("满意度指标", "服务对象满意度指标", "城区居民满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "韦嘉树", "陶明川", "0771-85306219")
    return b


@variant("rj03-diesel-three-years", (8, 11), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: counts split, rates equal, a 反向 concentration looser in the year "
         "(correct)")  # fmt: skip
def rj03() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="柴油货车污染治理三年行动", dept="松垣市生态环境局（301）",
        unit="松垣市机动车排污监控中心", attr="新增项目",
        money=period_money((wan(1500), wan(1350), wan(150)), (wan(500), wan(450), wan(50))),
        goals=["2026—2028年累计淘汰国三及以下柴油货车3600辆，建成遥感监测点位18套，氮氧化物"
               "累计减排900吨，城区NO2年均浓度降至28微克/立方米以下。",
               "2026年淘汰国三及以下柴油货车1200辆，建成遥感监测点位6套，氮氧化物减排300吨，"
               "城区NO2年均浓度不高于30微克/立方米。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "淘汰国三及以下柴油货车", "≥3600辆", "≥1200辆"),
        (None, None, "建成遥感监测点位", "≥18套", "≥6套"),
        (None, "质量指标", "路检路查尾气排放抽检合格率", "≥95%", "≥95%"),
        (None, "时效指标", "淘汰补助资金兑付时限", "≤30个工作日", "≤30个工作日"),
        ("成本指标", "经济成本指标", "单车淘汰补助标准", "≤0.35万元/辆", "≤0.35万元/辆"),
        ("效益指标", "生态效益指标", "氮氧化物减排量", "≥900吨", "≥300吨"),
        (None, None, "城区NO2年均浓度", "≤28微克/立方米", "≤30微克/立方米"),
        (None, "可持续影响指标", "柴油货车遥感监测执法闭环机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "货车车主对补助政策满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：中期指标值为2026—2028年累计值；浓度类指标单位为微克/立方米。")
    return b


@variant("rj04-boilers-copied", (8,), "two-year project, NAT-2021, 中期 and 年度 columns: "
         "中期目标 copied into 年度目标, a count copied, an annual count above "
         "the period")  # fmt: skip
def rj04() -> Book:
    b, s = book("Sheet1")
    goal = ("完成城区及工业园区燃煤锅炉淘汰和工业炉窑深度治理，安装污染源在线监测设备，"
            "二氧化硫排放总量持续下降。")  # fmt: skip
    project_head(
        s, year=2026, years=2, name="燃煤锅炉淘汰及工业炉窑治理项目",
        dept="柘源市生态环境局（215）", unit="柘源市大气环境管理科",
        money=period_money((wan(800), wan(760), wan(40)), (wan(420), wan(400), wan(20))),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 is the 中期目标 word for word")],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "淘汰燃煤锅炉", "≥120台",
         mk("≥120台", "D202", "warning", note="a cumulative count copied from 中期")),
        (None, None, "工业炉窑深度治理", "≥30座", "≥15座"),
        (None, None, "安装污染源在线监测设备", "≥40套",
         mk("≥60套", "D201", "error", note="the year cannot install more than the period")),
        (None, "质量指标", "治理设施竣工验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "锅炉淘汰销号完成时间", "2027年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单台锅炉淘汰补助标准", "≤3万元/台", "≤3万元/台"),
        ("效益指标", "生态效益指标", "二氧化硫减排量", "≥460吨", "≥210吨"),
        (None, None, "城区SO2年均浓度", "≤15微克/立方米", "≤15微克/立方米"),
        ("满意度指标", "服务对象满意度指标", "园区企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁远山", "景若溪", "0359-82917640")
    return b


@variant("rj15-alert-points-one-year", (5, 8, 10), "one-year project with 中期 and 年度 "
         "columns and identical goals, numbered tier labels with points, a 分值 column "
         "(correct)")  # fmt: skip
def rj15() -> Book:
    b, s = book("Sheet1", (18, 16, 30, 18, 18, 10))
    text = "2026年完成重污染天气应急减排清单修订，开展应急管控督查，重污染天数不超过4天。"
    project_head(
        s, year=2026, name="重污染天气应急管控项目", dept="桐湾区生态环境局（117）",
        unit="桐湾区大气污染防治中心", attr="常年项目",
        money=one_year_money(wan(96), wan(96), wan(0)), goals=[text, text],
    )  # fmt: skip
    indicators(s, (*TWO, "分值"), [
        ("一、产出指标（50分）", "1.数量指标", "应急减排清单涉及企业", "≥280家", "≥280家", 15),
        (None, None, "重污染天气应急管控督查", "≥60次", "≥60次", 15),
        (None, "2.质量指标", "应急减排措施落实率", "≥95%", "≥95%", 10),
        (None, "3.时效指标", "预警信息发布时限", "≤2小时", "≤2小时", 10),
        ("二、成本指标（10分）", "经济成本指标", "单次督查成本", "≤1.2万元/次", "≤1.2万元/次", 10),
        ("三、效益指标（30分）", "生态效益指标", "重污染天数", "≤4天", "≤4天", 20),
        (None, "社会效益指标", "预警期间群众健康防护提示覆盖率", "≥90%", "≥90%", 10),
        ("四、满意度指标（10分）", "服务对象满意度指标", "辖区群众满意度", "≥90%", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "邵晴川", "闻溪", "0575-87214396")
    return b


@variant("rj16-vehicle-end-before-start", (11,), "one-year project, OLD-NAT, operators in "
         "words in their own column, a unit column: dates reversed, a 违规率 with "
         "大于等于")  # fmt: skip
def rj16() -> Book:
    b, s = book("Sheet1", (14, 16, 32, 12, 12, 14))
    project_head(
        s, year=2026, name="机动车排放检验监管项目", dept="碧陂县生态环境分局（623）",
        unit="碧陂县机动车排气污染监控站", start=day(2026, 7, 1),
        end=mk(day(2026, 3, 31), "Y104", "error", note="the end lies before the start"),
        money=one_year_money(wan(150), wan(150), wan(0)),
        goals=["2026年对辖区4家机动车排放检验机构开展全覆盖监管，路检抽测车辆6000辆次，"
               "检验数据全部实时联网上传。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "监管排放检验机构", "等于", 4, "家"),
        (None, None, "路检路查监督抽测车辆", "大于等于", 6000, "辆次"),
        (None, "质量指标", "排放检验数据联网上传率", "大于等于", 99, "%"),
        (None, "时效指标", "检验机构违规问题处置时限", "小于等于", 15, "个工作日"),
        (None, "成本指标", "单车次监督抽测成本", "小于等于", 80, "元/辆次"),
        ("效益指标", "生态效益指标", "机动车排放检验机构违规率",
         mk("大于等于", "T108", "warning", row=True, note="a 违规率 is 反向: 小于等于 meant"),
         2, "%"),
        (None, "社会效益指标", "尾气超标车辆复检合格率", "大于等于", 95, "%"),
        ("满意度指标", "服务对象满意度指标", "车主对检验服务满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    note(s, "说明：指标性质栏填写比较关系（大于等于、小于等于、等于）。")
    return b
