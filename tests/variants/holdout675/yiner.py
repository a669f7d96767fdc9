"""银耳 sheds: shed upgrades, new sheds, a three-year programme, a breeding base and the
department of the county's 食用菌 centre (hi01–hi06)."""

from __future__ import annotations

from tests.variants.holdout675.common import (
    HEAD4,
    HEAD5,
    department,
    indicators,
    multi_year,
    one_year,
    project,
    sign,
    start,
    wan,
)
from tests.variants.holdout675.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("hi01-yiner-shed-upgrade", (1, 5),
         "project, NAT-2021, numbered tier labels, operator and unit columns, typed percent "
         "cells, a goal total with its parts in brackets (correct)")  # fmt: skip
def shed_upgrade() -> Book:
    b, s = start()
    project(s, name="松坪乡银耳出耳棚标准化改造项目", unit="栖云县松坪乡人民政府",
            money=one_year(100, 80, 20),
            goals=["改造银耳出耳棚40座（其中标准化大棚30座、简易遮阳棚10座），配套喷雾增湿设施"
                   "40套，为2026年在全乡推广标准化出耳棚积累经验。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("一、产出指标", "（一）数量指标", "改造出耳棚数量", "≥", 40, "座"),
        (None, None, "配套喷雾增湿设施", "≥", 40, "套"),
        (None, "（二）质量指标", "改造验收合格率", "≥", pct(0.95), "%"),
        (None, None, "银耳杂菌污染率", "≤", pct(0.05), "%"),
        (None, "（三）时效指标", "改造工期", "≤", 6, "月"),
        ("二、成本指标", "（一）经济成本指标", "单座出耳棚改造补助", "≤", 2, "万元/座"),
        ("三、效益指标", "（一）经济效益指标", "每座出耳棚年增收", "≥", 5000, "元/座"),
        (None, "（二）可持续影响指标", "改造棚使用年限", "≥", 8, "年"),
        ("四、满意度指标", "（一）服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "韦承岭", "0779-6613208")
    return b


@variant("hi02-yiner-new-sheds", (12,),
         "project, OLD-NAT, one value column: the goal's 60 sheds against an indicator of 50, a "
         "deadline in the next year, a unit subsidy beyond the money")  # fmt: skip
def new_sheds() -> Book:
    b, s = start()
    project(s, name="鹤塘镇银耳出耳棚新建项目", unit="栖云县鹤塘镇人民政府",
            money=one_year(70, 60, 10),
            goals=["新建银耳出耳棚60座，每座配备遮阳网和微喷系统，"
                   "2025年11月底前全部投入生产。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建出耳棚数量",
         mk("≥50座", "D104", "warning", row=True, note="年度目标写新建60座，指标只有50座")),
        (None, None, "微喷系统安装套数", "≥60套"),
        (None, "质量指标", "出耳棚验收合格率", "≥95%"),
        (None, "时效指标", "出耳棚完工时间",
         mk("2026年3月31日前", "Y102", "error", row=True, alt=("Y103",),
            note="2025年一年期项目，期限落在2026年；年度目标写2025年11月底前")),
        (None, "成本指标", "单座出耳棚建设补助",
         mk("≤1.5万元/座", "B107", "warning", row=True,
            note="60座×1.5万元=90万元（按指标50座也有75万元），超过资金总额70万元")),
        ("效益指标", "经济效益指标", "带动种植户户均增收", "≥4000元"),
        (None, "可持续影响指标", "出耳棚设计使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃明远", "0779-6627415")
    return b


@variant("hi03-yiner-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: period counts beside smaller annual "
         "counts, rates and unit costs equal in both (correct)")  # fmt: skip
def three_years() -> Book:
    b, s = start()
    project(s, name="栖云县银耳标准化出耳棚三年建设项目", unit="栖云县食用菌技术推广站",
            years=3, attr="新增项目",
            money=multi_year((wan(360), wan(300), wan(60)), (wan(120), wan(100), wan(20))),
            goals=["2025—2027年累计建设银耳标准化出耳棚150座，培育银耳种植示范户60户，"
                   "鲜耳抽检合格率稳定在98%以上。",
                   "2025年建设出耳棚50座，培育示范户20户，鲜耳抽检合格率≥98%。"])  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "出耳棚建设数量", "≥150座", "≥50座"),
        (None, None, "培育示范户数", "≥60户", "≥20户"),
        (None, "质量指标", "鲜耳抽检合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单座出耳棚建设成本", "≤2万元/座", "≤2万元/座"),
        ("效益指标", "经济效益指标", "示范户户均增收", "≥5000元", "≥5000元"),
        (None, "生态效益指标", "废弃菌棒回收利用率", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒙秀禾", "0779-6605132")
    return b


@variant("hi04-yiner-breeding-base", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: an annual count copied from the "
         "period, an annual count above the period's, the annual goal dated 2024")  # fmt: skip
def breeding_base() -> Book:
    b, s = start()
    project(s, name="栖云县银耳良种繁育基地建设项目", unit="栖云县食用菌技术推广站",
            years=3, attr="新增项目",
            money=multi_year((wan(450), wan(400), wan(50)), (wan(150), wan(130), wan(20))),
            goals=["2025—2027年建成银耳良种繁育基地1处，繁育母种和原种共计3万瓶，"
                   "培训种植户900人次。",
                   mk("2024年完成繁育车间改造，繁育母种和原种1万瓶，培训种植户300人次。",
                      "Y103", "warning", alt=("Y101",),
                      note="2025年起的项目，年度目标写的是上一季的2024年")])  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "母种和原种繁育数量", "≥3万瓶",
         mk("≥3万瓶", "D202", "warning", note="年度目标写1万瓶，年度值照抄三年合计")),
        (None, None, "培训种植户人次", "≥900人次",
         mk("≥1200人次", "D201", "error", alt=("D104",),
            note="年度值大于三年的中期值；年度目标写300人次")),
        (None, "质量指标", "原种菌丝合格率", "≥95%", "≥95%"),
        (None, "时效指标", "基地建成时间", "2027年6月30日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单瓶原种繁育成本", "≤8元/瓶", "≤8元/瓶"),
        ("效益指标", "社会效益指标", "良种覆盖种植户数", "≥300户", "≥100户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒙秀禾", "0779-6605132")
    return b


@variant("hi05-yiner-centre-flat", (3, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), tasks adding to "
         "金额合计, an incident count of 0起, weights adding to 100 (correct)")  # fmt: skip
def centre_flat() -> Book:
    b, s = start()
    department(s, dept="栖云县食用菌产业发展中心",
               budget=[(wan(260), wan(230), wan(30), wan(110), wan(150))],
               tasks=[("出耳棚巡检", "全县银耳、滑子菇出耳棚生产巡检", wan(60), "巡检≥300座次"),
                      ("菌种监测", "菌种质量抽样监测", wan(40), "监测≥120批次"),
                      ("技术培训", "干制加工与出菇管理培训", wan(50), "培训≥500人次"),
                      ("金额合计", None, wan(150), None)],
               goal="巡检出耳棚300座次以上，监测菌种120批次以上，培训菇农500人次以上，"
                    "全年不发生食用菌安全生产事故。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("出耳棚巡检座次", 20, "座次", "≥", 300),
        ("菌种监测批次", 15, "批次", "≥", 120),
        ("技术培训人次", 15, "人次", "≥", 500),
        ("菌种抽检合格率", 15, "%", "≥", 95),
        ("巡检问题整改率", 15, "%", "≥", 95),
        ("食用菌安全生产事故", 10, "起", "≤", 0),
        ("菇农满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    sign(s, "陆怀谷", "0779-6618820")
    return b


@variant("hi06-yiner-centre-tiers", (12, 5),
         "department, NAT-2021: tasks not adding to 金额合计, one indicator twice with a word "
         "more, a satisfaction rate under 社会效益")  # fmt: skip
def centre_tiers() -> Book:
    b, s = start()
    department(s, dept="栖云县银耳产销服务中心",
               budget=[(wan(320), wan(300), wan(20), wan(140), wan(180))],
               tasks=[("干品收购加工", "收购银耳干品并分级加工", wan(80), "收购加工≥800吨"),
                      ("技术指导", "出耳棚技术指导", wan(60), "指导种植户≥200户"),
                      ("品牌推广", "地理标志品牌推广", wan(50), "品牌使用户≥50户"),
                      ("金额合计", None,
                       mk(wan(180), "B102", "error", note="80+60+50=190万元，不等于180万元"),
                       None)],
               goal="收购加工银耳干品800吨，指导种植户200户，干品抽检合格率98%以上。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "银耳干品收购加工量", "≥800吨"),
        (None, None, "出耳棚技术指导户数", "≥200户"),
        (None, "质量指标", "银耳干品抽检合格率", "≥98%"),
        (None, None, mk("银耳干品质量抽检合格率", "D103", "warning", row=True, alt=("D101",),
                        note="与上一行是同一指标，只多了“质量”二字"), "≥98%"),
        (None, "时效指标", "收购款兑付及时率", "≥95%"),
        ("成本指标", "经济成本指标", "每吨干品加工成本", "≤0.1万元/吨"),
        ("效益指标", "经济效益指标", "带动种植户增收总额", "≥600万元"),
        (None, "社会效益指标", mk("技术指导对象满意度", "F201", "warning", row=True,
                                  note="满意度放在社会效益指标下"), "≥90%"),
        (None, "可持续影响指标", "地理标志品牌使用户数", "≥50户"),
        ("满意度指标", "服务对象满意度指标", "收购商户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "廖青禾", "0779-6631906")
    return b
