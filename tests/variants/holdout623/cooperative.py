"""The nut roasting cooperative: roasting lines, brand building, purchase and sorting
(fi13–fi18)."""

from __future__ import annotations

from tests.variants.holdout623.common import (
    COOP,
    HEAD4,
    indicators,
    multi_year,
    note,
    one_year,
    project,
    sign,
    start,
)
from tests.variants.holdout623.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

COOP_UNIT = "榧溪县岭西坚果烘炒专业合作社"


@variant("fi13-roasting-footnotes", (4,),
         "project, OLD-NAT, one value column: a 注 row between tiers explaining a cost "
         "total, 填表说明 and signature lines below, a fill date in the year before "
         "(correct)")  # fmt: skip
def fi13() -> Book:
    b, s = start()
    goal = "改造香榧、山核桃烘炒线各1条（共2条），新增烘炒能力400吨，带动社员300户。"
    project(s, 2025, "坚果烘炒线提升改造", COOP_UNIT, one_year(95, 70, 25), [goal], dept=COOP)
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "烘炒线改造条数", "≥2条"),
        (None, None, "新增烘炒加工能力", "≥400吨"),
        (None, "质量指标", "产品抽检合格率", "=100%"),
        (None, "时效指标", "改造完成时间", "2025年8月31日前"),
        (None, "成本指标", "设备购置及安装费用", "≤80万元"),
    ])  # fmt: skip
    note(s, "注：设备购置及安装费用80万元含安装调试费6万元；其余15万元用于车间改造，合计95万元。")
    s.table([
        ("效益指标", "经济效益指标", "带动社员户均增收", "≥2000元"),
        (None, "社会效益指标", "带动社员户数", "≥300户"),
        (None, "生态效益指标", "烘炒单位能耗下降率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "填表说明：1.指标值应量化；2.成本指标填写控制上限；3.本表一式两份。")
    sign(s, "应春楠", "0575-8721 0638", (2024, 11, 15))
    s.row("合作社（盖章）", None, "理事长签字：陈岱松")
    return b


@variant("fi14-roasting-brand-leftover", (6,),
         "project, OLD-NAT, one value column: plan dates outside the title's year, a count "
         "against the goal's, a template's example row left in")  # fmt: skip
def fi14() -> Book:
    b, s = start()
    goal = "建设线上旗舰店2家，参加农产品展销会6场，“岭西”牌香榧、山核桃线上销售额300万元。"
    begin = mk(day(2024, 3, 1), "Y101", "error", alt=("Y102",),
               note="2025年度一年期项目，计划开始日期却在2024年")  # fmt: skip
    project(s, 2025, "岭西坚果品牌营销", COOP_UNIT, one_year(60, 45, 15), [goal], dept=COOP,
            start=begin)  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "线上旗舰店建设数量", "≥2家"),
        (None, None, "参加展销会场次",
         mk("≥4场", "D104", "warning", row=True, note="年度目标写参加展销会6场")),
        (None, None, "示例：开展培训人次",
         mk("≥**人次", "X101", "error", row=True, note="模板示例行未删除")),
        (None, "质量指标", "参展产品抽检合格率", "=100%"),
        (None, "时效指标", "旗舰店上线时间", "2025年6月30日前"),
        (None, "成本指标", "线上推广费用", "≤20万元"),
        ("效益指标", "经济效益指标", "线上销售额", "≥300万元"),
        (None, "社会效益指标", "带动社员户数", "≥200户"),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fi15-roasting-page-break", (4, 10),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
         "a header row repeated after a page break, a total row, rates changed in 百分点 "
         "(correct)")  # fmt: skip
def fi15() -> Book:
    b, s = start()
    goal = "完成烘炒车间标准化改造1200平方米，安装安全监测设备24套，通过HACCP体系认证。"
    project(s, 2025, "坚果烘炒车间安全与标准化建设", COOP_UNIT, one_year(70, 55, 15), [goal],
            dept=COOP)  # fmt: skip
    head = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")
    indicators(s, head, [
        ("产出指标", 50, "数量指标", "车间标准化改造面积", "≥1200平方米", 10),
        (None, None, None, "安全监测设备安装", "≥24套", 10),
        (None, None, "质量指标", "HACCP体系认证", "通过认证", 10),
        (None, None, None, "烘炒产品一级品率", "提高≥3百分点", 10),
        (None, None, "时效指标", "改造完成时间", "2025年7月31日前", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.skip()
    s.row(*head)
    s.table([
        ("成本指标", 10, "经济成本指标", "每平方米改造成本", "≤0.04万元/平方米", 10),
        ("效益指标", 30, "经济效益指标", "烘炒损耗率", "降低≥2百分点", 10),
        (None, None, "社会效益指标", "带动社员户数", "≥260户", 10),
        (None, None, "可持续影响指标", "车间安全生产事故", "0起", 10),
        ("满意度指标", 10, "服务对象满意度指标", "社员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    sign(s, "应春楠", "0575-8721 0638", (2024, 11, 19))
    return b


@variant("fi16-roasting-purchase", (1,),
         "project, OLD-NAT, one value column and a typed percent: a rate given as a count, the "
         "same loss rate under 质量 and 成本 with different values")  # fmt: skip
def fi16() -> Book:
    b, s = start()
    goal = "收购社员香榧、山核桃鲜果1200吨并集中烘炒，烘炒损耗率控制在6%以内。"
    project(s, 2025, "坚果收购与集中烘炒补助", COOP_UNIT, one_year(90, 75, 15), [goal],
            dept=COOP)  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "集中烘炒加工量", "≥1200吨"),
        (None, None, "社员鲜果交售率",
         mk("≥300户", "T105", "error", note="比率类指标给的是户数")),
        (None, "质量指标", "烘炒损耗率", "≤6%"),
        (None, None, "原料果验收合格率", pct(0.95, "0.00%")),
        (None, "时效指标", "收购款结算时限", "≤10个工作日"),
        (None, "成本指标", "收购烘炒补助标准", "≤0.05万元/吨"),
        (None, None, mk("烘炒损耗率", "D102", "error", row=True, alt=("D101", "D103"),
                        note="与质量指标下的烘炒损耗率≤6%同名，值却是≤8%"), "≤8%"),
        ("效益指标", "经济效益指标", "社员户均增收", "≥1500元"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fi17-roasting-second-sheet", (7, 8),
         "two-year project: head on 项目信息, the indicator table on 绩效指标 under a "
         "two-row header (绩效目标值 over 中期 and 年度), goal counts split into parts "
         "(correct)")  # fmt: skip
def fi17() -> Book:
    b, s = start("项目信息")
    goals = ("两年内培育“岭西”坚果区域品牌，取得绿色食品认证4个，开发新品8个。",
             "2025年取得绿色食品认证2个，开发新品5个（其中香榧3个、山核桃2个）。")  # fmt: skip
    project(s, 2025, "香榧山核桃联合品牌培育", COOP_UNIT, multi_year((160, 120, 40), (90, 70, 20)),
            goals, years=2, dept=COOP)  # fmt: skip
    t = b.sheet("绩效指标", (18, 20, 28, 18, 18))
    t.title("香榧山核桃联合品牌培育绩效指标", 5)
    t.row("一级指标", "二级指标", "三级指标", "绩效目标值", None, merge=[(4, 5)])
    t.row(None, None, None, "中期（2025—2026年）", "年度（2025年）")
    for c in (1, 2, 3):
        t.ws.merge_cells(start_row=t.r - 1, start_column=c, end_row=t.r, end_column=c)
    t.table([
        ("产出指标", "数量指标", "新品开发数量", "≥8个", "≥5个"),
        (None, None, "绿色食品认证数量", "≥4个", "≥2个"),
        (None, "质量指标", "新品抽检合格率", "≥98%", "≥98%"),
        (None, "时效指标", "品牌推介活动完成时间", "2026年11月底前", "2025年11月底前"),
        ("成本指标", "经济成本指标", "单个新品开发费用", "≤6万元/个", "≤6万元/个"),
        ("效益指标", "经济效益指标", "合作社坚果销售额增长率", "≥20%", "≥10%"),
        (None, "社会效益指标", "带动社员户数", "≥350户", "≥300户"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fi18-roasting-stacked-sorting", (2, 12),
         "two one-year projects stacked, OLD-NAT, one value column: the second "
         "project's money does not add up, its capacity differs from its goal, its "
         "deadline is last year's")  # fmt: skip
def fi18() -> Book:
    b, s = start()
    project(s, 2025, "香榧烘炒原料收储", COOP_UNIT, one_year(50, 40, 10),
            ["收储社员香榧鲜果500吨，保障烘炒原料供应。"], dept=COOP)  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "香榧鲜果收储量", "≥500吨"),
        (None, "质量指标", "收储果验收合格率", "≥95%"),
        (None, "时效指标", "收储完成时间", "2025年10月31日前"),
        (None, "成本指标", "收储补助标准", "≤0.06万元/吨"),
        ("效益指标", "经济效益指标", "社员户均增收", "≥1200元"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(65, WAN), "B101", "error", note="财政拨款50+其他资金10=60，不是65")
    cash = [["年度资金总额", total, "其中：财政拨款", money(50, WAN)],
            ["其他资金", money(10, WAN), None, None]]  # fmt: skip
    project(s, 2025, "山核桃色选分拣线建设", COOP_UNIT, cash,
            ["新建山核桃色选分拣线1条，年分拣能力1500吨。"], dept=COOP, title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "色选分拣线建设", "≥1条"),
        (None, None, "年分拣能力",
         mk("≥1000吨", "D104", "warning", row=True, note="年度目标写年分拣能力1500吨")),
        (None, "质量指标", "分拣准确率", "≥98%"),
        (None, "时效指标", "分拣线投产时间",
         mk("2024年12月31日前", "Y102", "error", note="2025年度项目，期限落在2024年")),
        (None, "成本指标", "分拣线设备购置费用", "≤55万元"),
        ("效益指标", "社会效益指标", "带动社员户数", "≥260户"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    return b
