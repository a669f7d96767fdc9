"""花椒 orchards: zl01–zl06 (percent cells, stacked projects, points, template rows)."""

from __future__ import annotations

from tests.variants.holdout470.common import H4, indicators, one_year, project, sign, start, wan
from tests.variants.holdout470.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "绩效目标值", "计量单位")


@variant(
    "zl01-pepper-percent-cells",
    (1, 7),
    "project, NAT-2021, operator column 指标性质 "
    "(words and symbols), unit column, header 绩效目标值, typed percent cells (correct)",
)
def zl01() -> Book:
    b, s = start()
    project(
        s,
        "丹椒县花椒标准化示范园提质增效项目",
        "丹椒县经济林技术推广站",
        one_year(180, 150, 30),
        ["完成花椒园提质改造3000亩，统防统治病虫害，示范园亩均增收800元以上。"],
    )
    indicators(s, OPS, [
        ("产出指标", "数量指标", "花椒园提质改造面积", "大于等于", 3000, "亩"),
        (None, None, "病虫害统防统治面积", "≥", 3000, "亩"),
        (None, "质量指标", "良种苗木栽植成活率", "≥", pct(0.9), "%"),
        (None, None, "高接换优嫁接合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "改造任务完成时间", "≤", day(2025, 10, 31, CN_DATE), None),
        ("成本指标", "经济成本指标", "提质改造补助标准", "≤", 500, "元/亩"),
        (None, "生态环境成本指标", "化学农药使用量下降率", "≥", pct(0.1), "%"),
        ("效益指标", "经济效益指标", "示范园亩均增收", "≥", 800, "元/亩"),
        (None, "生态效益指标", "花椒园病虫害发生率", "≤", pct(0.05), "%"),
        (None, "可持续影响指标", "示范园管护机制持续运行年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "参与椒农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "杨春燕", "0838-6217431")
    return b


@variant(
    "zl02-pepper-percent-wrong",
    (1,),
    "project, NAT-2021, operator and unit columns, "
    "typed percent cells: a 成活率 typed 105%, a 覆盖率 given in 场",
)
def zl02() -> Book:
    b, s = start()
    project(
        s,
        "丹椒县花椒高接换优改造项目",
        "丹椒县红崖乡农业服务中心",
        one_year(96, 80, 16),
        ["对低产花椒园2000亩实施高接换优，培训椒农，改造园当年恢复挂果。"],
    )
    indicators(s, OPS, [
        ("产出指标", "数量指标", "高接换优改造面积", "≥", 2000, "亩"),
        (None, None, "椒农嫁接技术培训人次", "≥", 600, "人次"),
        (None, "质量指标", "嫁接苗木成活率", "≥",
         mk(pct(1.05), "T106", "error", note="成活率打成 105%，超过 100% 上限"), "%"),
        (None, None, "椒农技术培训覆盖率", "≥",
         mk(12, "T105", "error", row=True, note="覆盖率填的是场次（12场），不是百分比"), "场"),
        (None, "时效指标", "嫁接作业完成时间", "≤", day(2025, 5, 15, CN_DATE), None),
        ("成本指标", "经济成本指标", "高接换优补助标准", "≤", 300, "元/亩"),
        ("效益指标", "经济效益指标", "改造园亩均增收", "≥", 600, "元/亩"),
        (None, "可持续影响指标", "改造园稳产年限", "≥", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "椒农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "罗国平", "0838-6217512")
    return b


@variant(
    "zl03-pepper-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same 椒农满意度 with different values in each project (correct)",
)
def zl03() -> Book:
    b, s = start("绩效目标表")
    project(
        s,
        "丹椒县花椒良种苗圃扩繁项目",
        "丹椒县国有椒苗圃场",
        one_year(60, 50, 10),
        ["繁育良种花椒苗120万株，出圃合格率95%以上。"],
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "良种花椒苗繁育数量", "≥120万株"),
        (None, "质量指标", "出圃苗木合格率", "≥95%"),
        (None, "时效指标", "苗木出圃时间", "11月30日前"),
        (None, "成本指标", "每株育苗成本", "≤0.4元/株"),
        ("效益指标", "经济效益指标", "苗圃务工收入", "≥30万元"),
        (None, "社会效益指标", "带动周边农户务工", "≥150人次"),
        ("满意度指标", "服务对象满意度指标", "椒农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(
        s,
        "丹椒县花椒病虫害绿色防控项目",
        "丹椒县植保植检站",
        one_year(40, 40, 0),
        ["建设绿色防控示范区5000亩，化学农药使用量下降15%以上。"],
        title="",
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "绿色防控示范面积", "≥5000亩"),
        (None, None, "太阳能杀虫灯安装数量", "≥200台"),
        (None, "质量指标", "防控技术到位率", "≥90%"),
        (None, "时效指标", "防控物资发放时间", "4月30日前"),
        (None, "成本指标", "亩均防控补助", "≤60元/亩"),
        ("效益指标", "生态效益指标", "化学农药使用量下降率", "≥15%"),
        (None, "经济效益指标", "病虫害损失率", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "椒农满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "何晓梅", "0838-6203318")
    return b


@variant(
    "zl04-pepper-stacked-defects",
    (2, 11),
    "two projects stacked, NAT-2021, one value "
    "column: a 反向 rate with ≥ in the first, the second's money not adding up",
)
def zl04() -> Book:
    b, s = start("绩效目标表")
    project(
        s,
        "丹椒县花椒园水肥一体化改造项目",
        "丹椒县经济林技术推广站",
        one_year(120, 100, 20),
        ["改造花椒园水肥一体化设施1500亩，节水节肥，稳产增收。"],
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "水肥一体化改造面积", "≥1500亩"),
        (None, "质量指标", "滴灌设施验收合格率", "≥95%"),
        (None, "时效指标", "设施建成时间", "9月30日前"),
        ("成本指标", "经济成本指标", "水肥一体化亩均补助", "≤600元/亩"),
        (None, "社会成本指标", "椒园药害事故发生率",
         mk("≥1%", "T108", "warning", row=True, note="事故发生率是反向指标，应为 ≤1%")),
        ("效益指标", "经济效益指标", "改造园亩均节本增收", "≥500元/亩"),
        (None, "生态效益指标", "化肥使用量下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "椒农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(75), "B101", "error", row=True, note="财政拨款 60 + 其他资金 10 = 70，不是 75")
    project(
        s,
        "丹椒县花椒产业实用技术培训项目",
        "丹椒县农民科技教育培训中心",
        one_year(total, 60, 10),
        ["培训椒农2000人次，推广修剪、施肥和采收技术。"],
        title="",
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "培训椒农人次", "≥2000人次"),
        (None, "质量指标", "参训人员考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "10月31日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤300元/人次"),
        ("效益指标", "社会效益指标", "参训椒农技术掌握率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "参训椒农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "何晓梅", "0838-6203318")
    return b


@variant(
    "zl05-pepper-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points "
    "(一、产出指标（40分）, （一）数量指标), an indicator score column, rate rises in 百分点 "
    "(correct)",
)
def zl05() -> Book:
    b, s = start()
    project(
        s,
        "丹椒县花椒有机肥替代化肥示范项目",
        "丹椒县土壤肥料工作站",
        one_year(50, 45, 5),
        ["推广商品有机肥1500吨，示范面积2000亩，优质椒果率提高3个百分点以上。"],
    )
    indicators(s, (*H4, "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "有机肥替代示范面积", "≥2000亩", 10),
        (None, None, "商品有机肥推广量", "≥1500吨", 10),
        (None, "（二）质量指标", "有机肥质量抽检合格率", "≥98%", 10),
        (None, "（三）时效指标", "有机肥发放完成时间", "5月31日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "商品有机肥补贴标准", "≤250元/吨", 10),
        ("三、效益指标（40分）", "（一）经济效益指标", "示范区花椒亩产增幅", "≥8%", 10),
        (None, None, "优质椒果率较上年提高", "≥3百分点", 10),
        (None, "（二）生态效益指标", "示范区化肥使用减少量", "≥300吨", 10),
        (None, "（三）可持续影响指标", "示范区土壤有机质含量提高", "≥0.2百分点", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "示范户满意度", "≥92%", 10),
    ])  # fmt: skip
    sign(s, "彭立新", "0838-6219056")
    return b


@variant(
    "zl06-pepper-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 "
    "left from the template, a value without a name, a deadline given as 100%",
)
def zl06() -> Book:
    b, s = start()
    project(
        s,
        "丹椒县花椒园防冻减灾项目",
        "丹椒县红崖乡农业服务中心",
        one_year(30, 25, 5),
        ["对4000亩花椒园实施花期防冻作业，建立防冻预警机制，减少冻害损失。"],
    )
    nameless = mk(None, "F110", "error", note="有指标值 ≥20台，没有三级指标名称")
    rows = [
        ("产出指标", "数量指标", "防冻剂喷施面积", "≥4000亩"),
        (None, None, nameless, "≥20台"),
        (None, "质量指标", "防冻作业达标率", "≥95%"),
        (
            None,
            "时效指标",
            "防冻作业完成时间",
            mk(pct(1), "T113", "warning", note="完成时间填成百分比 100%，应为日期或时限"),
        ),
        ("成本指标", "经济成本指标", "亩均防冻作业成本", "≤35元/亩"),
        ("效益指标", "经济效益指标", "减少冻害损失", "≥200万元"),
        (None, mk("社会效益指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        (None, "可持续影响指标", "防冻预警覆盖乡镇", "≥6个"),
        ("满意度指标", "服务对象满意度指标", "椒农满意度", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    sign(s, "罗国平", "0838-6217512")
    return b
