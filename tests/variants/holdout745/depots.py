"""Grain-depot storage upgrades: roofs, low-temperature stores, measuring systems (kca01–kca06)."""

from __future__ import annotations

from tests.variants.holdout745.common import (
    book,
    indicators,
    multi_year,
    one_year,
    project,
    signatures,
    w,
)
from tests.variants.holdout745.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("kca01-roof-upgrade", (1, 5, 12),
         "project, OLD-NAT, numbered tier labels, operator and unit columns, typed percent "
         "cells, 万元 in the number format (correct)")  # fmt: skip
def roof_upgrade() -> Book:
    b, s = book()
    block = one_year(w(180), w(150), w(30))
    project(s, "梧岭县中心粮库平房仓屋面改造项目", "梧岭县粮食储备中心库", block,
            ["完成中心库6栋平房仓屋面防水保温改造（改造面积12000平方米，其中1号—3号仓6300平方米），"
             "提升储粮安全水平。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    rows = [
        ("一、产出指标", "（一）数量指标", "改造平房仓数量", "≥", 6, "栋"),
        (None, None, "屋面改造面积", "≥", 12000, "平方米"),
        (None, "（二）质量指标", "改造工程验收合格率", "=", pct(1), "%"),
        (None, None, "仓房气密性达标率", "≥", pct(0.95), "%"),
        (None, "（三）时效指标", "屋面改造完工时间", "≤", day(2025, 10, 31, CN_DATE), None),
        (None, "（四）成本指标", "屋面改造单位成本", "≤", 150, "元/平方米"),
        ("二、效益指标", "（一）经济效益指标", "储粮损耗率", "≤", pct(0.01), "%"),
        (None, "（二）社会效益指标", "仓房漏雨渗水发生次数", "≤", 0, "次"),
        (None, "（三）可持续影响指标", "改造后屋面防水设计使用年限", "≥", 15, "年"),
        ("三、满意度指标", "（一）服务对象满意度指标", "承储企业满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, rows, head)
    signatures(s, "韦青禾", "0771-6392451")
    return b


@variant("kca02-lowtemp-goal-year", (7,),
         "project, NAT-2021, headers 指标内容 and 绩效标准: goal count against the indicator, "
         "a near-duplicate, last year's deadline")  # fmt: skip
def lowtemp_goal_year() -> Book:
    b, s = book()
    project(
        s,
        "泽坪县粮食储备库低温仓改造项目",
        "泽坪县粮食储备有限公司",
        one_year(w(240), w(240), w(0)),
        ["完成8栋高大平房仓低温储粮改造，新增低温仓容3.6万吨，改造工程于2025年11月底前完工。"],
    )
    rows = [
        ("产出指标", "数量指标", "低温改造仓房数量",
         mk("≥6栋", "D104", "warning", row=True, note="年度目标写改造8栋，指标只有6栋")),
        (None, None, "新增低温仓容", "≥3.6万吨"),
        (None, "质量指标", "仓房气密性达标率", "≥95%"),
        (None, None, "仓房气密性改造达标率",
         mk("≥95%", "D103", "warning", row=True, alt=("D101",), note="与上一行同一指标")),
        (None, "时效指标", "改造工程完工时间",
         mk("2024年11月30日前", "Y102", "error", alt=("Y101", "Y103"),
            note="上年的期限留在2025年一年期项目中，目标写2025年11月底")),
        ("成本指标", "经济成本指标", "低温改造单仓成本", "≤30万元/栋"),
        ("效益指标", "经济效益指标", "夏季平均仓温降低", "≥5℃"),
        (None, "社会效益指标", "储备粮宜存率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows, ("一级指标", "二级指标", "指标内容", "绩效标准"))
    signatures(s, "莫远川", "0775-8123064")
    return b


@variant("kca03-sensing-three-years", (1, 8),
         "three-year project, OLD-NAT, 中期 and 年度 value columns, period counts beside smaller "
         "annual counts, a later year the work prepares for (correct)")  # fmt: skip
def sensing_three_years() -> Book:
    b, s = book()
    project(s, "省级储备库粮情测控系统智能化升级项目", "岑江省储备粮管理有限公司",
            multi_year((w(900), w(780), w(120)), (w(300), w(260), w(40))),
            ["2025年—2027年完成全省18个储备库粮情测控系统升级，覆盖仓容54万吨，"
             "为2028年全省智慧粮库推广积累经验。",
             "2025年完成6个储备库粮情测控系统升级，覆盖仓容18万吨。"], years=3)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "升级储备库数量", "≥18个", "≥6个"),
        (None, None, "测控覆盖仓容", "≥54万吨", "≥18万吨"),
        (None, "质量指标", "测温点位完好率", "≥98%", "≥98%"),
        (None, "时效指标", "升级任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "单库升级成本", "≤50万元/个", "≤50万元/个"),
        ("效益指标", "社会效益指标", "粮情异常发现及时率", "≥95%", "≥95%"),
        (None, "经济效益指标", "人工巡仓工时下降率", "≥30%", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "库点保管员满意度", "≥90%", "≥90%"),
    ]
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, rows, head)
    signatures(s, "黎暮云", "0771-5603318")
    return b


@variant("kca04-fire-two-years", (8, 12),
         "two-year project, OLD-NAT, 中期 and 年度 columns: annual money above the period's, "
         "年度目标 copied from 中期目标, an annual count above the period count")  # fmt: skip
def fire_two_years() -> Book:
    b, s = book()
    goal = "两年内完成全市12个粮库库点消防设施及电气线路改造，消除储粮火灾隐患。"
    annual = mk(w(420), "B103", "error", note="年度资金420万元大于中期资金总额400万元")
    project(s, "洮丰市粮库消防及电气线路改造项目", "洮丰市粮食储备中心",
            multi_year((w(400), w(400), w(0)), (annual, w(420), w(0))),
            [goal, mk(goal, "D204", "warning", note="两年期项目，年度目标照抄中期目标")],
            years=2)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "改造库点数量", "≥12个",
         mk("≥14个", "D201", "error", note="一年改造14个，多于两年合计12个")),
        (None, "质量指标", "电气线路检测合格率", "=100%", "=100%"),
        (None, "时效指标", "改造完成时间", "2026年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "单库点改造成本", "≤30万元/个", "≤30万元/个"),
        ("效益指标", "社会效益指标", "库区火灾事故发生次数", "0次", "0次"),
        (None, "可持续影响指标", "消防设施完好率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "库点职工满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))
    signatures(s, "覃石岚", "0773-2290147")
    return b


@variant("kca05-stacked-repairs", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "with different values in each project, unit cost × count equal to the money "
         "(correct)")  # fmt: skip
def stacked_repairs() -> Book:
    b, s = book()
    project(
        s,
        "洮丰市直属库仓储设施维修项目",
        "洮丰市直属粮食储备库",
        one_year(w(120), w(100), w(20)),
        ["维修直属库4栋浅圆仓及罩棚，恢复仓容2.4万吨，库区视频监控覆盖率达到90%。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "维修仓房数量", "≥4栋"),
        (None, "质量指标", "维修工程验收合格率", "≥98%"),
        (None, "时效指标", "维修完工时间", "2025年9月30日前"),
        (None, "成本指标", "单栋维修成本", "≤30万元/栋"),
        ("效益指标", "社会效益指标", "库区视频监控覆盖率", "≥90%"),
        (None, None, "储粮安全事故发生起数", "0起"),
        ("满意度指标", "服务对象满意度指标", "库区职工满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(
        s,
        "洮丰市直属库视频监控升级项目",
        "洮丰市直属粮食储备库",
        one_year(w(60), w(60), w(0)),
        ["新增库区监控点位150个，实现仓内仓外视频监控全覆盖。"],
        title="",
    )
    indicators(s, [
        ("产出指标", "数量指标", "新增监控点位", "≥150个"),
        (None, "质量指标", "监控设备在线率", "≥98%"),
        (None, "时效指标", "系统上线时间", "2025年6月30日前"),
        (None, "成本指标", "单点位建设成本", "≤4000元/个"),
        ("效益指标", "社会效益指标", "库区视频监控覆盖率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "库区职工满意度", "≥92%"),
    ])  # fmt: skip
    signatures(s, "甘若溪", "0773-7715620")
    return b


@variant("kca06-fumigation-abbrev", (5, 12),
         "project, OLD-NAT, abbreviated tier labels (产出, 数量…): money parts against the total, "
         "a quality rate under 时效, unit cost × count above the money")  # fmt: skip
def fumigation_abbrev() -> Book:
    b, s = book()
    total = mk(w(200), "B101", "error", note="150 + 40 = 190 ≠ 200")
    project(s, "雁川区国家粮食储备库环流熏蒸系统改造项目", "雁川区粮食储备库",
            one_year(total, w(150), w(40)),
            ["完成6栋平房仓环流熏蒸系统改造，降低熏蒸用药量，保障储粮安全。"])  # fmt: skip
    indicators(s, [
        ("产出", "数量", "改造仓房数量", "≥6栋"),
        (None, "质量", "熏蒸药剂残留检测合格率", "=100%"),
        (None, "时效", "环流系统调试完成时间", "2025年10月31日前"),
        (None, None, mk("环流熏蒸设备验收合格率", "F201", "warning", row=True,
                        note="合格率是质量指标，填在时效下"), "≥95%"),
        (None, "成本", "单仓改造成本",
         mk("≤45万元/栋", "B107", "warning", row=True, note="45万元 × 6栋 = 270万元 > 200万元")),
        ("效益", "生态效益", "熏蒸用药量减少率", "≥30%"),
        (None, "社会效益", "储粮虫害发生率", "≤2%"),
        ("满意度", "服务对象满意度", "保管员满意度", "≥90%"),
    ])  # fmt: skip
    signatures(s, "潘晓汀", "0772-3356902")
    return b
