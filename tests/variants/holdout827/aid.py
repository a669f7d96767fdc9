"""Legal aid returns (kfe01–kfe06): case subsidies, village contact points, duty lawyers,
service networks over several years."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout827.common import (
    OPERATOR,
    PERIOD,
    PROJECT,
    indicators,
    lines,
    sign,
    start,
    wan,
)
from tests.variants.holdout827.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("kfe01-aid-case-subsidy", (1, 5),
         "project, NAT-2021, numbered tier labels, operator and unit columns, typed percent "
         "cells, a cost standard × count equal to the money (correct)")  # fmt: skip
def aid_case_subsidy() -> Book:
    b, s = start()
    project_head(s, year=2025, name="法律援助案件办理补贴", dept="朔川县司法局（217）",
                 unit="朔川县法律援助中心",
                 money=lines(("年度资金总额", 150, "其中：财政拨款", 140),
                             ("其他资金", 10, None, None)),
                 goals=["全年办理法律援助案件1000件（其中刑事法律援助案件380件），案件结案率"
                        "95%以上，受援人满意度90%以上；总结经验，为2026年推行案件质量评估"
                        "积累做法。"])  # fmt: skip
    rows = [
        ("一、产出指标", "（一）数量指标", "法律援助案件办理数", "≥", 1000, "件"),
        (None, None, "刑事法律援助案件数", "≥", 380, "件"),
        (None, "（二）质量指标", "案件结案率", "≥", pct(0.95), "%"),
        (None, None, "案件质量评查合格率", "≥", pct(0.9), "%"),
        (None, "（三）时效指标", "受理审查办结时限", "≤", 7, "个工作日"),
        ("二、成本指标", "（一）经济成本指标", "案件办理补贴标准", "≤", 1500, "元/件"),
        ("三、效益指标", "（一）社会效益指标", "困难群众法律援助应援尽援率", "=", pct(1), "%"),
        (None, None, "受援人投诉率", "≤", pct(0.02), "%"),
        (None, "（二）可持续影响指标", "案件质量评估机制", "定性", "建立并执行", None),
        ("四、满意度指标", "（一）服务对象满意度指标", "受援人满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    indicators(s, OPERATOR, rows)
    sign(s, "龚砚秋", "0735-6218847")
    return b


@variant("kfe02-aid-contact-points", (5,),
         "project, OLD-NAT, abbreviated tier labels (产出, 数量), one value column: the goal's "
         "86 points against 68 in the indicator, a commissioning date a year late")  # fmt: skip
def aid_contact_points() -> Book:
    b, s = start()
    project_head(s, year=2025, name="村（社区）法律援助联络点建设", dept="汶屏县司法局（305）",
                 unit="汶屏县法律援助中心",
                 money=lines(("年度资金总额", 43, "其中：财政拨款", 43),
                             ("其他资金", 0, None, None)),
                 goals=["在全县86个村（社区）建成法律援助联络点，每个联络点配备联络员1名，"
                        "2025年10月底前全部投入使用。"])  # fmt: skip
    rows = [
        ("产出", "数量", "法律援助联络点建成数",
         mk("≥68个", "D104", "warning", row=True, alt=("C10",),
            note="年度目标写全县86个村（社区）建成联络点，指标只写68个")),
        (None, None, "联络员配备人数", "≥86人"),
        (None, "质量", "联络点规范化建设达标率", "≥90%"),
        (None, "时效", "联络点投入使用时间",
         mk("2026年10月31日前", "Y102", "error", row=True, alt=("Y103", "Y101"),
            note="一年期项目（2025年），目标写2025年10月底前，期限却在下一年")),
        (None, "成本", "联络点建设补助标准", "≤5000元/个"),
        ("效益", "社会效益", "法律援助申请就近受理率", "≥85%"),
        (None, "可持续影响", "联络点运行管理制度", "健全"),
        ("满意度", "服务对象满意度", "申请群众满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, PROJECT, rows)
    sign(s, "蒲怀瑾", "0736-5521904")
    return b


@variant("kfe03-aid-stacked-two", (2,),
         "two legal aid projects stacked in one sheet, NAT-2021, one value column, the same "
         "satisfaction indicator with different values in each project (correct)")  # fmt: skip
def aid_stacked_two() -> Book:
    b, s = start("法律援助项目")
    project_head(s, year=2025, name="值班律师驻所法律帮助", dept="梧汀区司法局（112）",
                 unit="梧汀区法律援助中心",
                 money=lines(("年度资金总额", 36, "其中：财政拨款", 36),
                             ("其他资金", 0, None, None)),
                 goals=["在看守所、区法院和公共法律服务中心派驻值班律师，全年值班不少于"
                        "500人日，提供法律咨询2000人次。"])  # fmt: skip
    indicators(s, PROJECT, [
        ("产出指标", "数量指标", "值班律师值班天数", "≥500人日"),
        (None, None, "法律咨询服务人次", "≥2000人次"),
        (None, "质量指标", "认罪认罚案件值班律师见证率", "≥95%"),
        (None, "时效指标", "会见申请安排时限", "≤48小时"),
        ("成本指标", "经济成本指标", "值班补贴标准", "≤600元/人日"),
        ("效益指标", "社会效益指标", "犯罪嫌疑人法律帮助覆盖率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="法律援助案件办理补贴", dept="梧汀区司法局（112）",
                 unit="梧汀区法律援助中心", title="",
                 money=lines(("年度资金总额", 88, "其中：财政拨款", 80),
                             ("其他资金", 8, None, None)),
                 goals=["全年办理法律援助案件550件，案件质量评查合格率90%以上。"])  # fmt: skip
    indicators(s, PROJECT, [
        ("产出指标", "数量指标", "法律援助案件办理数", "≥550件"),
        (None, "质量指标", "案件质量评查合格率", "≥90%"),
        (None, "时效指标", "案件指派时限", "≤3个工作日"),
        ("成本指标", "经济成本指标", "案件办理补贴标准", "≤1600元/件"),
        ("效益指标", "社会效益指标", "受援人合法权益维护率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "阮知微", "0571-8839026")
    return b


@variant("kfe04-aid-stacked-wrong", (2, 12),
         "two legal aid projects stacked, NAT-2021: the second project's money does not add up, "
         "its subsidy × cases exceeds its money, its goal keeps last year's text")  # fmt: skip
def aid_stacked_wrong() -> Book:
    b, s = start()
    project_head(s, year=2025, name="残疾人法律援助专项", dept="苍埠区司法局（406）",
                 unit="苍埠区法律援助中心",
                 money=lines(("年度资金总额", 24, "其中：财政拨款", 20),
                             ("其他资金", 4, None, None)),
                 goals=["为残疾人提供法律援助案件办理150件，上门服务60次。"])  # fmt: skip
    indicators(s, PROJECT, [
        ("产出指标", "数量指标", "残疾人法律援助案件数", "≥150件"),
        (None, None, "上门服务次数", "≥60次"),
        (None, "质量指标", "案件质量评查合格率", "≥90%"),
        (None, "时效指标", "上门服务响应时限", "≤5个工作日"),
        ("成本指标", "经济成本指标", "案件办理补贴标准", "≤1500元/件"),
        ("效益指标", "社会效益指标", "残疾人法律援助应援尽援率", "100%"),
        ("满意度指标", "服务对象满意度指标", "受援残疾人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="农民工讨薪法律援助", dept="苍埠区司法局（406）",
                 unit="苍埠区法律援助中心", title="",
                 money=lines(("年度资金总额",
                              mk(wan(95), "B101", "error", note="95 ≠ 财政拨款 80 + 其他资金 10"),
                              "其中：财政拨款", 80),
                             ("其他资金", 10, None, None)),
                 goals=[mk("2024年办理农民工讨薪法律援助案件600件，帮助追回欠薪。", "Y103",
                           "warning", alt=("Y101", "D104"),
                           note="2025年度申报表的年度目标仍是上年（2024年）的文字")])  # fmt: skip
    indicators(s, PROJECT, [
        ("产出指标", "数量指标", "农民工法律援助案件数", "≥600件"),
        (None, "质量指标", "案件结案率", "≥95%"),
        (None, "时效指标", "欠薪案件指派时限", "≤2个工作日"),
        ("成本指标", "经济成本指标", "案件办理补贴标准",
         mk("≤2000元/件", "B107", "warning", row=True,
            note="2000元/件 × 600件 = 120万元，超过年度资金 95万元")),
        ("效益指标", "社会效益指标", "农民工欠薪追回率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "受援农民工满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁远舟", "0739-4472318")
    return b


@variant("kfe05-aid-network-three-years", (8,),
         "three-year project (2025–2027), NAT-2021, 中期 and 年度 value columns: the period's "
         "counts beside smaller annual counts, rates equal in both columns (correct)")  # fmt: skip
def aid_network_three_years() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, attr="新增项目", name="法律援助服务网络建设",
                 dept="柘川县司法局（118）", unit="柘川县法律援助中心",
                 money=lines(("中期资金总额", 360, "年度资金总额", 120),
                             ("其中：财政拨款", 330, "其中：财政拨款", 110),
                             ("其他资金", 30, "其他资金", 10)),
                 goals=["2025—2027年建成覆盖全县14个乡镇的法律援助工作站，累计办理法律援助"
                        "案件3300件，在线受理率达到60%以上。",
                        "2025年在8个乡镇设立法律援助工作站，办理法律援助案件1100件，在线"
                        "受理率达到40%以上。"])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "乡镇法律援助工作站建成数", "≥14个", "≥8个"),
        (None, None, "法律援助案件办理数", "≥3300件", "≥1100件"),
        (None, "质量指标", "案件质量评查合格率", "≥92%", "≥92%"),
        (None, "时效指标", "在线受理平台建成时间", "2027年6月30日前", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "工作站建设补助标准", "≤3万元/个", "≤3万元/个"),
        ("效益指标", "社会效益指标", "法律援助在线受理率", "≥60%", "≥40%"),
        (None, "可持续影响指标", "工作站运行管理机制", "健全", "初步建立"),
        ("满意度指标", "服务对象满意度指标", "受援群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "莫清和", "0745-3380512")
    return b


@variant("kfe06-aid-special-two-years", (8,),
         "two-year project (2025–2026), NAT-2021, 中期 and 年度 value columns: 年度目标 copied "
         "from 中期目标, one annual case count above the period's")  # fmt: skip
def aid_special_two_years() -> Book:
    b, s = start()
    text = "为困难老年人和未成年人提供便捷、优质的法律援助服务，依法维护其合法权益。"
    project_head(s, year=2025, years=2, name="老年人和未成年人法律援助专项",
                 dept="沅蒲区司法局（209）", unit="沅蒲区法律援助中心",
                 money=lines(("中期资金总额", 96, "年度资金总额", 48),
                             ("其中：财政拨款", 90, "其中：财政拨款", 45),
                             ("其他资金", 6, "其他资金", 3)),
                 goals=[text, mk(text, "D204", "warning",
                                 note="两年期项目，年度目标与中期目标逐字相同")])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "老年人法律援助案件数", "≥500件", "≥240件"),
        (None, None, "未成年人法律援助案件数", "≥800件",
         mk("≥900件", "D201", "error", alt=("D104",),
            note="一年的累计案件数不能超过两年实施期的 800件")),
        (None, "质量指标", "案件质量评查合格率", "≥90%", "≥90%"),
        (None, "时效指标", "案件指派时限", "≤3个工作日", "≤3个工作日"),
        ("成本指标", "经济成本指标", "案件办理补贴标准", "≤400元/件", "≤400元/件"),
        ("效益指标", "社会效益指标", "受援对象合法权益维护率", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受援对象及监护人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "卜以宁", "0744-2216093")
    return b
