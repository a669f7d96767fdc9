"""Money in every block of the water bureaus' returns: detail lines with 测算依据, department
budgets with 占比 and tasks, 中期/年度 money and a prior-year block with execution (rm07–rm12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout263.common import (
    ONE,
    TWO,
    book,
    dept_head,
    detail_block,
    indicators,
    one_year_money,
    period_money,
    prior_block,
    sign,
    wan,
)
from tests.variants.holdout263.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("rm07-river-cleaning-basis", (1, 12), "one-year project, NAT-2021, a detail block with "
         "测算依据 (2.4万元/公里×85公里 = 204, 12万元/条×9条 = 108) adding to the total, unit "
         "costs × counts within the money (correct)")  # fmt: skip
def rm07() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="河湖长制河道管护项目", dept="柘山县水利局（119）",
        unit="柘山县河湖管护中心", money=one_year_money(wan(348), wan(300), wan(48)),
        goals=["2026年对县域85公里河道实施常态化保洁，完成9条河流健康评价，河长制信息系统全年"
               "稳定运行，河湖面貌持续改善。"],
    )  # fmt: skip
    detail_block(s, [
        ("河道日常保洁", wan(204), "2.4万元/公里×85公里"),
        ("河长制信息系统运维", wan(36), "运维服务合同年费36万元"),
        ("河湖健康评价", wan(108), "12万元/条×9条"),
        ("合计", wan(348), None),
    ])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "常态化保洁河道长度", "≥85公里"),
        (None, None, "完成河湖健康评价河流数", "≥9条"),
        (None, "质量指标", "河长制信息系统可用率", pct(0.99)),
        (None, "时效指标", "健康评价报告提交时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "河道保洁单位长度成本", "≤2.4万元/公里"),
        (None, None, "单条河流健康评价成本", "≤12万元/条"),
        ("效益指标", "生态效益指标", "河道水面漂浮物清除率", "≥95%"),
        (None, "可持续影响指标", "河道管护长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "汤沐川", "覃若萱", "0744-8231579")
    return b


DEPT_ROWS = [
    ("产出指标", "数量指标", "河湖巡查督查次数", "≥48次"),
    (None, None, "生产建设项目水土保持监督检查", "≥120个"),
    (None, "质量指标", "农村供水工程正常运行率", "≥95%"),
    (None, "时效指标", "汛前隐患排查完成时间", "2026年5月31日前"),
    ("成本指标", "经济成本指标", "部门公用经费支出", "≤180万元"),
    ("效益指标", "社会效益指标", "农村自来水普及率提高", "≥1个百分点"),
    (None, "生态效益指标", "县级河湖水质优良比例", "≥85%"),
    ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%"),
]


@variant("rm08-water-bureau-tasks-shares", (1, 12), "department table, NAT-2021, 占比 row typed "
         "as Excel percentages: 基本支出 65% of the total though its amount is 60%; tasks adding "
         "to 740 under a 金额合计 of 720")  # fmt: skip
def rm08() -> Book:
    b, s = book("部门整体")
    share = mk(pct(0.65), "B111", "error", note="1080 ÷ 1800 = 60%")
    dept_head(
        s, year=2026, dept="澄川县水利局",
        amounts=[wan(1800), wan(1530), wan(270), wan(1080), wan(720)],
        shares=[pct(1), pct(0.85), pct(0.15), share, pct(0.4)],
        tasks=[
            ("河湖长制落实", "巡河督查、河道保洁", wan(260), "河道保洁覆盖率100%"),
            ("水土保持监管", "生产建设项目监督检查", wan(210), "监管覆盖率100%"),
            ("农村饮水维修养护", "供水工程维修养护", wan(150), "工程正常运行率95%以上"),
            ("防汛抗旱", "物资储备与应急演练", wan(120), "防汛物资储备达标"),
            ("金额合计", None, mk(wan(720), "B102", "error", alt=("B101",),
                                 note="260 + 210 + 150 + 120 = 740"), None),
        ],
        goal="全面落实河湖长制，强化水土保持监管，巩固农村饮水安全成果，做好防汛抗旱工作。",
    )  # fmt: skip
    indicators(s, ONE, DEPT_ROWS)
    sign(s, "莫嘉禾", "邱映川", "0758-3307211")
    return b


@variant("rm09-water-bureau-dept-correct", (1, 12), "department table, NAT-2021, 占比 row of "
         "Excel percentages matching the amounts (88%, 12%, 60%, 40%), tasks adding to 项目支出, "
         "≥1个百分点 (correct)")  # fmt: skip
def rm09() -> Book:
    b, s = book("部门整体")
    dept_head(
        s, year=2026, dept="临渚市水利局",
        amounts=[wan(2400), wan(2112), wan(288), wan(1440), wan(960)],
        shares=[pct(1), pct(0.88), pct(0.12), pct(0.6), pct(0.4)],
        tasks=[
            ("河湖长制落实", "巡河督查、河道保洁", wan(320), "河湖面貌持续改善"),
            ("水土保持监管", "生产建设项目监督检查", wan(280), "监管覆盖率100%"),
            ("农村饮水安全巩固", "供水工程维修养护", wan(240), "工程正常运行率95%以上"),
            ("防汛抗旱", "物资储备与应急演练", wan(120), "防汛物资储备达标"),
            ("金额合计", None, wan(960), None),
        ],
        goal="全面落实河湖长制，强化水土保持监管，巩固农村饮水安全成果，做好防汛抗旱工作。",
    )  # fmt: skip
    indicators(s, ONE, DEPT_ROWS)
    sign(s, "贺临川", "武映雪", "0730-6612408")
    return b


@variant("rm10-gauge-network-period-money", (12,), "three-year project, 中期 and 年度 columns, "
         "a detail block with 测算依据: 38万元/站×24站 = 912 over its line of 800; 年度资金总额 "
         "1620 above the 中期 1500")  # fmt: skip
def rm10() -> Book:
    b, s = book("Sheet1")
    annual = mk(wan(1620), "B103", "error", note="the year's money exceeds the three years'")
    project_head(
        s, year=2026, years=3, name="水文监测站网现代化建设项目", dept="临渚市水利局（102）",
        unit="临渚市水文中心", attr="新增项目",
        money=period_money((wan(1500), wan(1500), wan(0)), (annual, wan(1620), wan(0))),
        goals=["到2028年建成覆盖全市主要河流的现代化水文站网，水文测报自动化率达到95%。",
               "2026年完成24处水文站现代化改造，新建自动雨量站120个，建成水文信息平台。"],
    )  # fmt: skip
    detail_block(s, [
        ("水文站现代化改造", wan(800),
         mk("38万元/站×24站", "B107", "warning", row=True, note="38 × 24 = 912 > 800")),
        ("自动雨量站建设", wan(420), "3.5万元/站×120站"),
        ("水文信息平台", wan(400), "软件开发260万元＋硬件购置140万元"),
        ("合计", wan(1620), None),
    ])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "水文站现代化改造站数", "≥60处", "≥24处"),
        (None, None, "新建自动雨量站", "≥300个", "≥120个"),
        (None, "质量指标", "水文测报自动化率", "≥95%", "≥80%"),
        (None, "时效指标", "年度建设任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单个雨量站建设成本", "≤3.5万元/个", "≤3.5万元/个"),
        ("效益指标", "社会效益指标", "洪水预报预见期延长", "≥2小时", "≥1小时"),
        (None, "可持续影响指标", "站网运行维护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "防汛部门满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "武映雪", "贺临川", "0730-6612417")
    return b


@variant("rm11-terraces-period-correct", (1, 12), "three-year project, 中期 and 年度 columns: "
         "cumulative 平方公里/亩/座 smaller in the year, rates typed as Excel percentages equal "
         "in both, a 2028 date in the 中期 column, 年度资金 below 中期 (correct)")  # fmt: skip
def rm11() -> Book:
    b, s = book("绩效目标申报表")
    project_head(
        s, year=2026, years=3, name="小流域水土保持综合治理工程", dept="梧岗县水利局（326）",
        unit="梧岗县水土保持站", attr="新增项目",
        money=period_money((wan(2400), wan(2100), wan(300)), (wan(900), wan(800), wan(100))),
        goals=["2026年至2028年治理水土流失面积36平方公里，改造坡改梯9000亩，新建淤地坝15座，"
               "治理区林草覆盖率达到45%。",
               "2026年治理水土流失面积12平方公里，改造坡改梯3000亩，新建淤地坝5座。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "治理水土流失面积", "≥36平方公里", "≥12平方公里"),
        (None, None, "坡改梯改造面积", "≥9000亩", "≥3000亩"),
        (None, None, "新建淤地坝", "≥15座", "≥5座"),
        (None, "质量指标", "工程验收合格率", pct(1), pct(1)),
        (None, "时效指标", "治理任务完成时间", "2028年10月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单位面积综合治理成本", "≤60万元/平方公里",
         "≤60万元/平方公里"),
        ("效益指标", "生态效益指标", "治理区林草覆盖率", pct(0.45), pct(0.45)),
        (None, None, "年减少土壤侵蚀量", "≥6万吨", "≥2万吨"),
        (None, "可持续影响指标", "工程管护责任落实率", pct(1), pct(1)),
        ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "严晓汀", "孔慕澜", "0797-2650377")
    return b


@variant("rm12-erosion-prior-overspent", (1, 12), "one-year project, a prior-year block: "
         "上年执行数 312.5 above the 上年预算 300; a cost 与上年持平 while the budget "
         "rose 20%")  # fmt: skip
def rm12() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="崩岗侵蚀综合治理项目", dept="沅塘县水利局（237）",
        unit="沅塘县水土保持监测站", money=one_year_money(wan(360), wan(330), wan(30)),
        goals=["2026年治理崩岗42处，综合治理水土流失面积6平方公里，种植水土保持植物2400亩。"],
    )  # fmt: skip
    spent = mk(wan(312.5), "B104", "warning", note="spent more than last year's budget")
    prior_block(s, wan(300), spent, pct(1.042, "0.0%"), wan(360), pct(0.2, "0.0%"))
    indicators(s, ONE, [
        ("产出指标", "数量指标", "治理崩岗数量", "≥42处"),
        (None, None, "综合治理水土流失面积", "≥6平方公里"),
        (None, None, "种植水土保持植物面积", "≥2400亩"),
        (None, "质量指标", "植物措施成活率", "≥85%"),
        (None, "时效指标", "治理工程完工时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "崩岗单处治理成本",
         mk("与上年持平", "B106", "warning", note="the budget rose from 300 to 360")),
        ("效益指标", "生态效益指标", "治理区土壤侵蚀模数下降率", "≥30%"),
        (None, "可持续影响指标", "治理工程管护制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟沛霖", "庞若溪", "0745-3592033")
    return b
