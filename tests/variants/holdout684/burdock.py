"""Burdock (牛蒡) returns: order bases, contract farming, a grading line (hr01–hr06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout684.common import first, indicators, lines, notes, sign
from tests.variants.holdout684.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

DEPT = "沅垄县农业农村局（217003）"
UNIT = "沅垄县禾昇农产品冷链有限公司"
OP_HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("hr01-burdock-order-base", (1, 5),
         "project, NAT-2021, numbered tier labels with points, operator and unit columns, "
         "typed percent cells, a goal area with its part in brackets (correct)")  # fmt: skip
def hr01() -> Book:
    b, s = first()
    project_head(s, year=2025, name="梓湄镇出口牛蒡订单基地建设", dept=DEPT, unit=UNIT,
                 money=[("年度资金总额", money(180, WAN), "其中：财政拨款", money(150, WAN)),
                        ("其他资金", money(30, WAN), None, None)],
                 goals=["在梓湄、苇塘两镇订单种植出口牛蒡3200亩（其中新建标准化基地800亩），"
                        "收购鲜牛蒡不少于9600吨，按客商标准分级后送厂加工。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("一、产出指标（50分）", "（一）数量指标", "订单种植牛蒡面积", "≥", 3200, "亩"),
        (None, None, "新建标准化基地面积", "≥", 800, "亩"),
        (None, None, "收购鲜牛蒡数量", "≥", 9600, "吨"),
        (None, "（二）质量指标", "出口一级品率", "≥", pct(0.7), None),
        (None, None, "农残抽检合格率", "=", pct(1), None),
        (None, "（三）时效指标", "收购款结算及时率", "≥", pct(0.95), None),
        ("二、成本指标（20分）", "（一）经济成本指标", "种苗补助标准", "≤", 300, "元/亩"),
        (None, None, "基地土壤检测费用", "≤", 6, "万元"),
        ("三、效益指标（20分）", "（一）经济效益指标", "签约农户亩均增收", "≥", 800, "元"),
        (None, "（二）可持续影响指标", "订单合同履约率", "≥", pct(0.92), None),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "签约农户满意度", "≥", pct(0.9),
         None),
    ])  # fmt: skip
    sign(s, "阮青禾", "0739-6628145")
    return b


@variant("hr02-burdock-goal-area", (7,),
         "project, OLD-NAT, headers 指标内容 and 绩效标准: the goal's order area against the "
         "indicator, a purchase deadline after the one-year project")  # fmt: skip
def hr02() -> Book:
    b, s = first()
    project_head(s, year=2025, name="苇塘乡牛蒡订单种植补助", dept=DEPT, unit="苇塘乡农业服务中心",
                 money=[("年度资金总额", money(130, WAN), "其中：财政拨款", money(100, WAN)),
                        ("其他资金", money(30, WAN), None, None)],
                 goals=["组织苇塘乡订单种植牛蒡4500亩，带动签约农户600户，鲜牛蒡收购于2025年"
                        "12月底前完成。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标",
         "订单种植牛蒡面积", mk("≥5400亩", "D104", "warning", row=True,
                                note="年度目标写订单种植4500亩，指标却是5400亩")),
        (None, None, "签约农户数", "≥600户"),
        (None, "质量指标", "鲜牛蒡收购分级达标率", "≥90%"),
        (None, "时效指标", "鲜牛蒡收购完成时间",
         mk("2026年1月31日前", "Y102", "error", row=True, alt=("D104",),
            note="一年期项目（2025年），年度目标写12月底前完成")),
        (None, "成本指标", "种苗补助标准", "≤200元/亩"),
        ("效益指标", "社会效益指标", "带动签约农户户均增收", "≥3000元"),
        ("满意度指标", "服务对象满意度指标", "签约农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "龙恪", "0739-6631207")
    return b


@variant("hr03-burdock-three-year", (8,),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 columns: 年度目标 copied from "
         "中期目标, an annual count above the period's, a cumulative count copied")  # fmt: skip
def hr03() -> Book:
    b, s = first()
    goal = "三年内建成牛蒡出口基地6000亩，配套清洗分级线2条，带动签约农户1500户。"
    project_head(s, year=2025, years=3, name="沅垄县牛蒡出口基地三年建设", dept=DEPT, unit=UNIT,
                 money=[("中期资金总额", money(900, WAN), "年度资金总额", money(300, WAN)),
                        ("其中：财政拨款", money(720, WAN), "其中：财政拨款", money(240, WAN)),
                        ("其他资金", money(180, WAN), "其他资金", money(60, WAN))],
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="三年期项目的年度目标与中期目标逐字相同")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "基地建设亩均投入", "≤1500元/亩", "≤1500元/亩"),
        ("产出指标", "数量指标", "出口基地建设面积", "≥6000亩", "≥2000亩"),
        (None, None, "清洗分级线建设数量", "≥2条",
         mk("≥3条", "D201", "error", note="年度3条多于三年合计2条")),
        (None, None, "带动签约农户数", "≥1500户",
         mk("≥1500户", "D202", "warning", note="三年累计户数照抄到年度")),
        (None, "质量指标", "分级线验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度建设任务按时完成率", "≥95%", "≥95%"),
        ("效益指标", "经济效益指标", "基地亩均产值", "≥6000元", "≥6000元"),
        ("满意度指标", "服务对象满意度指标", "签约农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hr04-burdock-two-year-points", (8, 10),
         "two-year project 2025–2026, NAT-2021, 中期 and 年度 columns, tier-1 points and an "
         "indicator score column, rates raised in 百分点, "
         "a later year prepared for (correct)")  # fmt: skip
def hr04() -> Book:
    b, s = first()
    project_head(s, year=2025, years=2, name="牛蒡脱毒种苗繁育及订单基地", dept=DEPT, unit=UNIT,
                 money=[("中期资金总额", money(400, WAN), "年度资金总额", money(220, WAN)),
                        ("其中：财政拨款", money(320, WAN), "其中：财政拨款", money(180, WAN)),
                        ("其他资金", money(80, WAN), "其他资金", money(40, WAN))],
                 goals=["建成脱毒种苗繁育圃和订单基地2500亩，出口一级品率提高6个百分点，"
                        "为2027年申报出口备案基地积累检测数据。",
                        "建成订单基地1200亩，繁育脱毒种苗180万株，"
                        "一级品率提高3个百分点。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "分值")
    indicators(s, head, [
        ("产出指标（50分）", "数量指标", "牛蒡订单基地面积", "≥2500亩", "≥1200亩", 15),
        (None, None, "脱毒种苗繁育量", "≥400万株", "≥180万株", 10),
        (None, "质量指标", "出口一级品率提高", "≥6百分点", "≥3百分点", 15),
        (None, "时效指标", "鲜品采收至入库时间", "≤24小时", "≤24小时", 10),
        ("成本指标（10分）", "经济成本指标", "脱毒种苗单株补助", "≤0.2元", "≤0.2元", 10),
        ("效益指标（30分）", "经济效益指标", "订单基地亩均增收", "≥900元", "≥900元", 15),
        (None, "可持续影响指标", "连作病害发生率下降幅度", "≥2百分点", "≥1百分点", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "签约农户满意度", pct(0.9), pct(0.9), 10),
    ])  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值为同一分配，合计均为100分。")
    return b


@variant("hr05-burdock-stacked", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column: the second project's "
         "money does not add up, one of its indicators "
         "is there twice with a word more")  # fmt: skip
def hr05() -> Book:
    b, s = first()
    project_head(s, year=2025, name="牛蒡清洗分级线改造", dept=DEPT, unit=UNIT,
                 money=[("年度资金总额", money(80, WAN), "其中：财政拨款", money(60, WAN)),
                        ("其他资金", money(20, WAN), None, None)],
                 goals=["改造牛蒡清洗分级线1条，日分级能力提高到60吨。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "改造清洗分级线", "≥1条"),
        (None, None, "日分级能力", "≥60吨"),
        (None, "质量指标", "分级准确率", "≥95%"),
        (None, "时效指标", "改造完成时间", "2025年9月30日前"),
        (None, "成本指标", "分级线改造费用", "≤80万元"),
        ("效益指标", "经济效益指标", "出口一级品增收", "≥50万元"),
        ("满意度指标", "服务对象满意度指标", "签约农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=2025, title="", name="牛蒡订单收购周转金贴息", dept=DEPT, unit=UNIT,
                 money=[("年度资金总额", mk(money(50, WAN), "B101", "error",
                                           note="35 + 10 = 45，不是50")),
                        ("其中：财政拨款", money(35, WAN), "其他资金", money(10, WAN))],
                 goals=["为收购签约农户鲜牛蒡的企业贴息，贴息户数不少于120户。"])  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "订单收购贷款贴息户数", "≥120户"),
        (None, None, mk("订单收购贷款贴息农户数", "D103", "warning", row=True,
                        alt=("D101", "D102"), note="与上一行同一指标，多一个“农”字"),
         "≥120户"),
        (None, "时效指标", "贴息资金拨付时间", "2025年11月30日前"),
        ("效益指标", "经济效益指标", "订单收购资金成本降低", "≥30万元"),
        ("满意度指标", "服务对象满意度指标", "签约农户满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("hr06-burdock-flat-department", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "weights add to 100, 0起 on an incident count, "
         "tasks adding to 项目支出 (correct)")  # fmt: skip
def hr06() -> Book:
    b, s = first()
    department_head(s, year=2025, dept="沅垄县特色农产品出口服务中心",
                    budget=[(money(260, WAN), money(220, WAN), money(40, WAN), money(95, WAN),
                             money(165, WAN))],
                    tasks=[("牛蒡订单基地服务", "技术指导、土壤检测", money(90, WAN), "服务5000亩"),
                           ("出口蔬菜检测", "农残抽检", money(45, WAN), "抽检300批次"),
                           ("速冻企业技改指导", "技改巡回指导", money(30, WAN), "指导24次"),
                           ("金额合计", None, money(165, WAN), None)],
                    goal="服务牛蒡、黄秋葵订单基地5000亩，抽检出口蔬菜300批次，"
                         "零质量安全事故。")  # fmt: skip
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("订单基地技术服务面积", 20, "亩", "≥", 5000),
        ("出口蔬菜农残抽检批次", 15, "批次", "≥", 300),
        ("抽检结果按时上报率", 15, "%", "≥", pct(0.95)),
        ("出口产品检测不合格率", 15, "%", "≤", 2),
        ("企业技改指导次数", 10, "次", "≥", 24),
        ("出口蔬菜质量安全事故", 10, "起", "=", 0),
        ("服务企业满意度", 15, "%", "≥", 90),
    ], merged=())  # fmt: skip
    lines(s, "项目支出明细", [("牛蒡订单基地服务", money(90, WAN)),
                               ("出口蔬菜检测", money(45, WAN)),
                               ("速冻企业技改指导", money(30, WAN))], money(165, WAN))  # fmt: skip
    sign(s, "葛沅", "0739-6617730")
    return b
