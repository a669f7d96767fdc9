"""Cruising taxis (巡游出租车): 油改电 replacement and 服务质量考核, returns tu01 to tu06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout323.common import (
    CL,
    CL_UNIT,
    FD,
    YEAR,
    YT,
    YT_UNIT,
    indicators,
    multi_year,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout323.registry import variant
from tests.variants.kit import Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
SCORE_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("tu01-ev-swap-pct", (1,),
         "project, OLD-NAT, operator and unit columns, percents typed in Excel, 万元 in the "
         "number format, a 下降率 with ≥ and 0起 on an accident count (correct)")  # fmt: skip
def tu01() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄岭市巡游出租车油改电更新补贴", dept=CL,
                 unit=CL_UNIT, money=one_year(wan(420), wan(380), wan(40)),
                 goals=["完成140辆燃油巡游出租车更新为纯电动车辆，建设出租车专用充电桩30个，"
                        "更新补贴按时足额兑付。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "燃油巡游出租车更新为纯电动车辆数", "≥", 140, "辆"),
        (None, None, "出租车专用充电桩建设数量", "≥", 30, "个"),
        (None, "质量指标", "更新车辆上牌检验合格率", "≥", pct(0.98), "%"),
        (None, None, "充电桩竣工验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "更新补贴兑付及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "单车更新补贴标准", "≤", 2.5, "万元/辆"),
        (None, None, "单桩建设补助标准", "≤", 2, "万元/个"),
        ("效益指标", "生态效益指标", "单车年均碳排放下降率", "≥", pct(0.6), "%"),
        (None, "社会效益指标", "充电安全责任事故", "≤", 0, "起"),
        (None, "可持续影响指标", "纯电动巡游出租车占比", "≥", pct(0.45), "%"),
        ("满意度指标", "服务对象满意度指标", "出租车驾驶员满意度", "≥", pct(0.9), "%"),
        (None, None, "乘客乘车满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "阮若岚", "0739-6215408")
    return b


@variant("tu02-ev-subsidy-wrong", (1, 12),
         "project, OLD-NAT, operator and unit columns: money that does not add up, a completion "
         "rate typed as 105%, a subsidy standard × count above the budget")  # fmt: skip
def tu02() -> Book:
    b, s = start()
    total = mk(wan(360), "B101", "error", row=True, note="财政拨款 300 + 其他资金 40 = 340 ≠ 360")
    project_head(s, year=YEAR, name="雁汀县巡游出租车新能源替换", dept=YT,
                 unit=YT_UNIT, money=one_year(total, wan(300), wan(40)),
                 goals=["替换新能源巡游出租车150辆，建成出租车换电站2座。"])  # fmt: skip
    rate = mk(pct(1.05), "T106", "error", note="完成率显示 105%，超过 100% 上限")
    cap = mk(3, "B107", "warning", row=True,
             note="3万元/辆 × 150辆 = 450万元，超过年度资金 360万元")  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "新能源巡游出租车替换数量", "≥", 150, "辆"),
        (None, None, "出租车换电站建设数量", "≥", 2, "座"),
        (None, "质量指标", "新能源车辆替换完成率", "≥", rate, "%"),
        (None, None, "换电站验收合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "替换补贴发放及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "单车替换补贴标准", "≤", cap, "万元/辆"),
        ("效益指标", "生态效益指标", "年减少燃油消耗量", "≥", 900, "吨"),
        (None, "经济效益指标", "单车运营能耗成本下降率", "≥", pct(0.3), "%"),
        ("满意度指标", "服务对象满意度指标", "出租车驾驶员满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "晏书禾", "0745-8832017")
    return b


@variant("tu03-quality-points", (10, 5),
         "project, NAT-2021, numbered tier labels, tier-1 and indicator score columns both "
         "adding to 100, a 优良率 raised in 百分点, =100% as text (correct)")  # fmt: skip
def tu03() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄岭市出租汽车服务质量信誉考核", dept=CL,
                 unit=CL_UNIT, money=one_year(wan(60), wan(55), wan(5)),
                 goals=["对全市28家出租汽车企业和驾驶员开展服务质量信誉考核，"
                        "考核结果向社会公示。"])  # fmt: skip
    indicators(s, SCORE_HEAD, [
        ("一、成本指标", 10, "（一）经济成本指标", "单家企业考核经费", "≤1.2万元/家", 10),
        ("二、产出指标", 40, "（一）数量指标", "考核出租汽车企业数量", "≥28家", 10),
        (None, None, None, "驾驶员服务质量考核人数", "≥3200人", 10),
        (None, None, "（二）质量指标", "考核结果公示率", "=100%", 10),
        (None, None, "（三）时效指标", "年度考核完成时间", "12月31日前", 10),
        ("三、效益指标", 40, "（一）社会效益指标", "服务质量考核优良率", "提高≥3百分点", 15),
        (None, None, None, "乘客有效投诉率", "≤0.3%", 15),
        (None, None, "（二）可持续影响指标", "考核结果与经营权配置挂钩机制", "建立并执行", 10),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "乘客满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    signature(s, "阮若岚", "0739-6215408")
    return b


@variant("tu04-quality-points-wrong", (10, 11),
         "project, NAT-2021, tier-1 score column against indicator scores (two tiers off, both "
         "levels still 100), a complaint rate with ≥")  # fmt: skip
def tu04() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="雁汀县巡游出租车服务质量考核", dept=YT,
                 unit=YT_UNIT, money=one_year(wan(45), wan(40), wan(5)),
                 goals=["完成20家出租汽车企业服务质量考核，降低乘客有效投诉。"])  # fmt: skip
    out = mk(40, "W103", "error", note="产出指标下各指标分值 15+15+10+5 = 45 ≠ 40")
    eff = mk(30, "W103", "error", note="效益指标下各指标分值 10+10+5 = 25 ≠ 30")
    wrong = mk("≥0.3%", "T108", "warning", row=True, note="投诉率是反向指标，应为 ≤")
    indicators(s, SCORE_HEAD, [
        ("成本指标", 20, "经济成本指标", "单家企业考核成本", "≤1.5万元/家", 20),
        ("产出指标", out, "数量指标", "考核出租汽车企业数量", "≥20家", 15),
        (None, None, None, "驾驶员服务考核人数", "≥1300人", 15),
        (None, None, "质量指标", "考核档案完整率", "≥95%", 10),
        (None, None, "时效指标", "考核结果公布时间", "12月20日前", 5),
        ("效益指标", eff, "社会效益指标", "乘客有效投诉率", wrong, 10),
        (None, None, None, "服务质量考核达标企业比例", "≥90%", 10),
        (None, None, "可持续影响指标", "服务质量考核办法", "健全", 5),
        ("满意度指标", 10, "服务对象满意度指标", "乘客满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    signature(s, "晏书禾", "0745-8832017")
    return b


@variant("tu05-ev-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: counts smaller each year, rates "
         "and cost standards equal, money 中期 and 年度 (correct)")  # fmt: skip
def tu05() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="枫渡区巡游出租车电动化三年行动",
                 dept=FD, unit="枫渡区出租汽车管理中心",
                 money=multi_year((wan(1500), wan(1350), wan(150)), (wan(520), wan(470), wan(50))),
                 goals=["三年累计更新电动巡游出租车600辆，建设专用充电桩90个，"
                        "电动化比例达到90%以上。",
                        "本年度更新电动巡游出租车200辆，建设专用充电桩30个，"
                        "电动化比例达到40%以上。"])  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("成本指标", "经济成本指标", "单车电动化更新补贴标准", "≤2万元/辆", "≤2万元/辆"),
        (None, None, "单桩建设补助标准", "≤1.5万元/个", "≤1.5万元/个"),
        ("产出指标", "数量指标", "电动巡游出租车更新数量", "≥600辆", "≥200辆"),
        (None, None, "出租车专用充电桩建设数量", "≥90个", "≥30个"),
        (None, "质量指标", "更新车辆检验合格率", "≥98%", "≥98%"),
        (None, "时效指标", "更新任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("效益指标", "生态效益指标", "减少二氧化碳排放量", "≥9000吨", "≥3000吨"),
        (None, "经济效益指标", "单车百公里能源成本下降率", "≥50%", "≥50%"),
        (None, "可持续影响指标", "巡游出租车电动化比例", "≥90%", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "出租车驾驶员满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "符远舟", "0736-5520914", day(YEAR - 1, 11, 3))
    return b


@variant("tu06-ev-multi-year-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: 中期目标 text copied to 年度目标, two "
         "cumulative counts copied from the 中期 column")  # fmt: skip
def tu06() -> Book:
    b, s = start()
    goal = "建成出租车换电站6座，接入换电服务的巡游出租车500辆，开展驾驶员充换电安全培训。"
    same = mk(goal, "D204", "warning", note="两年期项目，年度目标与中期目标逐字相同")
    project_head(s, year=YEAR, years=2, name="雁汀县出租车充换电设施配套建设",
                 dept=YT, unit=YT_UNIT,
                 money=multi_year((wan(800), wan(720), wan(80)), (wan(400), wan(360), wan(40))),
                 goals=[goal, same])  # fmt: skip
    cars = mk("≥500辆", "D202", "warning", note="累计数量，年度值照抄中期值")
    drill = mk("≥1000人次", "D202", "warning", note="累计人次，年度值照抄中期值")
    indicators(s, PERIOD_HEAD, [
        ("成本指标", "经济成本指标", "单座换电站建设补助标准", "≤80万元/座", "≤80万元/座"),
        ("产出指标", "数量指标", "换电站建设数量", "≥6座", "≥3座"),
        (None, None, "接入换电服务的巡游出租车数量", "≥500辆", cars),
        (None, None, "驾驶员充换电安全培训人次", "≥1000人次", drill),
        (None, "质量指标", "换电站竣工验收合格率", "100%", "100%"),
        (None, "时效指标", "换电站建成投运时间", "2027年12月31日前", "2026年12月31日前"),
        ("效益指标", "生态效益指标", "替代燃油量", "≥600吨", "≥300吨"),
        (None, "社会效益指标", "驾驶员补能等待时间缩短率", "≥30%", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "出租车驾驶员满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "晏书禾", "0745-8832017")
    return b
