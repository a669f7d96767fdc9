"""Returns of 榛子 (hazelnut) growing and processing projects: cm07–cm12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout549.common import YEAR, book, funds, indicators, notes, signature
from tests.variants.holdout549.registry import variant
from tests.variants.kit import Book, mk

DEPT = "楮川县林业和草原局（402011）"
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("cm07-hazelnut-multi-year", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: counts smaller in the year, "
         "rates and unit costs legitimately equal (correct)")  # fmt: skip
def cm07() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, attr="新增项目", name="平榛低产园提质改造",
                 dept=DEPT, unit="楮川县榛子产业发展中心",
                 money=funds((360, 300, 60), (120, 100, 20)),
                 goals=("三年改造平榛低产园6000亩，建成榛子烘干线3条，亩产提高到150公斤以上。",
                        "2025年改造低产园2000亩，建成烘干线1条，培训400人次。"))  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "平榛低产园改造面积", "≥6000亩", "≥2000亩"),
        (None, None, "建成榛子烘干线", "≥3条", "≥1条"),
        (None, None, "榛农技术培训人次", "≥1200人次", "≥400人次"),
        (None, "质量指标", "改造园验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度改造任务完成时间", "每年11月30日前", "2025年11月30日前"),
        (None, "成本指标", "低产园改造每亩补助标准", "≤400元/亩", "≤400元/亩"),
        ("效益指标", "经济效益指标", "改造园榛子亩产", "≥150公斤", "≥110公斤"),
        (None, "生态效益指标", "改造园病虫害绿色防控覆盖率", "≥80%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参与榛农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "隋振东", "0438-6617205")
    return b


@variant("cm08-hazelnut-copied-period", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: the 年度目标 copied from the "
         "中期目标 and two cumulative counts copied into the year")  # fmt: skip
def cm08() -> Book:
    b, s = book()
    goal = "三年建成榛子良种采穗圃500亩，繁育嫁接苗90万株，推广良种榛园3000亩。"
    project_head(s, year=YEAR, years=3, attr="新增项目", name="大果榛子良种繁育基地建设",
                 dept=DEPT, unit="楮川县林木种苗站",
                 money=funds((270, 240, 30), (90, 80, 10)),
                 goals=(goal, mk(goal, "D204", "warning", note="年度目标 copied")))  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("成本指标", "经济成本指标", "嫁接苗每株繁育成本", "≤0.9元/株", "≤0.9元/株"),
        ("产出指标", "数量指标", "建成良种采穗圃面积", "≥500亩",
         mk("≥500亩", "D202", "warning", note="a three-year cumulative area copied into 2025")),
        (None, None, "繁育大果榛子嫁接苗", "≥90万株",
         mk("≥90万株", "D202", "warning", note="a three-year cumulative count copied")),
        (None, None, "推广良种榛园面积", "≥3000亩", "≥800亩"),
        (None, "质量指标", "嫁接苗成活率", "≥85%", "≥85%"),
        (None, "时效指标", "年度苗木出圃时间", "每年4月30日前", "2025年4月30日前"),
        ("效益指标", "经济效益指标", "良种榛园亩均增收", "≥600元", "≥600元"),
        (None, "可持续影响指标", "良种覆盖率提高", "≥10百分点", "≥4百分点"),
        ("满意度指标", "服务对象满意度指标", "购苗榛农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "隋振东", "0438-6617205")
    return b


STACK_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("cm09-hazelnut-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in each project (correct)")  # fmt: skip
def cm09() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="榛子初加工车间改造", dept=DEPT,
                 unit="楮川县榛子产业发展中心", money=funds((64, 50, 14)),
                 goals=("改造榛子脱苞、清洗、分级车间4处，提高榛果商品率。",))  # fmt: skip
    indicators(s, STACK_HEAD, [
        ("产出指标", "数量指标", "改造初加工车间数", "≥4处"),
        (None, None, "榛子加工技术培训人次", "≥300人次"),
        (None, "质量指标", "加工榛果商品果率", "≥88%"),
        (None, "成本指标", "每处车间改造费用", "≤15万元"),
        ("效益指标", "经济效益指标", "初加工榛果收购价提高", "≥0.8元/公斤"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=YEAR, title="", name="榛农合作社技术服务", dept=DEPT,
                 unit="楮川县林业技术推广站", money=funds((22, 22, 0)),
                 goals=("为榛农合作社开展修剪、施肥和病虫害防治技术服务。",))  # fmt: skip
    indicators(s, STACK_HEAD, [
        ("产出指标", "数量指标", "榛子加工技术培训人次", "≥120人次"),
        (None, None, "服务榛农合作社数", "≥15个"),
        (None, "时效指标", "春季修剪指导完成时间", "2025年4月15日前"),
        (None, "成本指标", "每个合作社技术服务费", "≤1.2万元"),
        ("效益指标", "社会效益指标", "病虫害防治技术入户率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥85%"),
    ])  # fmt: skip
    signature(s, "于德芳", "0438-6610952")
    return b


@variant("cm10-hazelnut-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up and one of its rates is given as a count")  # fmt: skip
def cm10() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="榛子烘干仓储设施建设", dept=DEPT,
                 unit="楮川县榛子产业发展中心", money=funds((96, 80, 16)),
                 goals=("建设榛子烘干房6座、恒温库2座，减少霉变损失。",))  # fmt: skip
    indicators(s, STACK_HEAD, [
        ("产出指标", "数量指标", "建设榛子烘干房", "≥6座"),
        (None, None, "建设恒温储藏库", "≥2座"),
        (None, "质量指标", "烘干设施验收合格率", "≥95%"),
        (None, "成本指标", "每座烘干房建设费用", "≤9万元"),
        ("效益指标", "经济效益指标", "榛果霉变损失率", "≤3%"),
        ("满意度指标", "服务对象满意度指标", "使用合作社满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=YEAR, title="", name="榛子电商销售推广", dept=DEPT,
                 unit="楮川县电子商务服务中心",
                 money=funds((mk(45, "B101", "error", row=True, note="30 + 10 = 40, not 45"),
                              30, 10), (45, 30, 15)),
                 goals=("开展榛子直播带货40场，线上销售额300万元以上。",))  # fmt: skip
    indicators(s, STACK_HEAD, [
        ("产出指标", "数量指标", "开展榛子直播带货场次", "≥40场"),
        (None, "质量指标", "网店订单按时发货率",
         mk("≥300单", "T105", "error", note="a 发货率 given as a count of orders")),
        (None, "成本指标", "每场直播推广费用", "≤0.6万元"),
        ("效益指标", "经济效益指标", "线上榛子销售额", "≥300万元"),
        ("满意度指标", "服务对象满意度指标", "网购消费者满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "于德芳", "0438-6610952")
    return b


@variant("cm11-hazelnut-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without indicator, "
         "a value without a name")  # fmt: skip
def cm11() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="榛园水肥一体化示范", dept=DEPT,
                 unit="楮川县林业技术推广站", money=funds((36, 36, 0)),
                 goals=("建设榛园水肥一体化示范区300亩，节水节肥。",))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "示范区每亩建设成本", "≤1000元/亩"),
        ("产出指标", "数量指标", "建设水肥一体化示范面积", "≥300亩"),
        (None, "质量指标", mk("", "F110", "error", note="a value with no indicator name"),
         "≥95%"),
        (None, "时效指标", "灌溉设施完工时间", "2025年6月15日前"),
        ("效益指标", "经济效益指标", "示范区榛子亩产提高", "≥15%"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="tier-2 left from the template, no indicator"), None, None),
        (None, "社会效益指标", "观摩培训榛农人次", "≥200人次"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "隋振东", "0438-6617205")
    return b


@variant("cm12-hazelnut-second-sheet", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under headers "
         "考核指标 and 预期实现值, word operators in 指标方向, units apart (correct)")  # fmt: skip
def cm12() -> Book:
    b, s = book("项目信息")
    project_head(s, year=YEAR, name="榛子品种资源圃维护", dept=DEPT,
                 unit="楮川县林木种苗站", money=funds((28, 28, 0)),
                 goals=("维护榛子品种资源圃120亩，保存种质资源80份以上。",))  # fmt: skip
    signature(s, "于德芳", "0438-6610952")
    t = b.sheet("绩效指标")
    t.title(f"{YEAR}年度项目绩效指标", 6)
    indicators(t, ("一级指标", "二级指标", "考核指标", "指标方向", "预期实现值", "度量单位"), [
        ("产出指标", "数量指标", "保存榛子种质资源份数", "大于等于", 80, "份"),
        (None, None, "维护资源圃面积", "大于等于", 120, "亩"),
        (None, "质量指标", "种质资源保存完好率", "大于等于", 95, "%"),
        (None, "时效指标", "病虫害发现后处置时限", "小于等于", 48, "小时"),
        (None, "成本指标", "资源圃每亩维护费用", "小于等于", 2200, "元/亩"),
        ("效益指标", "可持续影响指标", "向育种单位提供接穗份数", "大于等于", 20, "份"),
        (None, "社会效益指标", "种质资源数据公开条目", "大于等于", 80, "条"),
        ("满意度指标", "服务对象满意度指标", "育种单位满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    notes(t, ["说明：资源圃维护费用含看护、修剪、防寒和标牌更新。"])
    return b
