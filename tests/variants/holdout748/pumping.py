"""Urban flood-control pumping stations (排涝泵站): kcd01-kcd06."""

from __future__ import annotations

from tests.variants.holdout748.common import (
    HEAD,
    HEAD2,
    department,
    indicators,
    notes,
    one_year,
    periods,
    project,
    sign,
    start,
)
from tests.variants.holdout748.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

UNIT = "澄渊市排水管理处"


@variant("kcd01-pump-retrofit-period", (8, 1),
         "three-year project, NAT-2021, 中期 and 年度 columns, percent cells, the period's "
         "counts beside smaller yearly ones, unit cost equal to the money (correct)")  # fmt: skip
def kcd01() -> Book:
    b, s = start()
    mid = ("2026年—2028年完成东汀区、北渚区12座排涝泵站提标改造，新增抽排能力60立方米/秒，"
           "消除内涝积水点18处。")  # fmt: skip
    ann = "2026年完成4座泵站改造（东汀区3座、北渚区1座），新增抽排能力20立方米/秒，消除积水点6处。"
    project(s, "城区排涝泵站提标改造工程", UNIT, periods((1800, 1800, 0), (600, 600, 0)),
            (mid, ann), years=3, attr="新增项目")  # fmt: skip
    indicators(s, HEAD2, [
        ("产出指标", "数量指标", "提标改造泵站数量", "≥12座", "≥4座"),
        (None, None, "新增抽排能力", "≥60立方米/秒", "≥20立方米/秒"),
        (None, "质量指标", "改造泵站验收合格率", pct(1), pct(1)),
        (None, "时效指标", "改造任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单座泵站改造成本", "≤150万元/座", "≤150万元/座"),
        ("效益指标", "社会效益指标", "服务片区内涝积水点消除数量", "≥18处", "≥6处"),
        (None, "可持续影响指标", "改造泵站排涝设计标准", "≥30年一遇", "≥30年一遇"),
        ("满意度指标", "服务对象满意度指标", "片区居民满意度", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    sign(s, "韦沐晴", "0736-5512047", day(2025, 11, 12))
    return b


@variant("kcd02-pump-operation-goal", (4,),
         "one-year project, OLD-NAT, one value column: the goal's station count against the "
         "indicator, a deadline left from last year; footnote and signature lines")  # fmt: skip
def kcd02() -> Book:
    b, s = start()
    goal = "全年保障38座排涝泵站安全运行，汛前完成38座泵站机组检修，汛期泵站可开机率不低于98%。"
    project(s, "排涝泵站运行维护", UNIT, one_year(420, 400, 20), (goal,))
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "泵站维护数量",
         mk("≥36座", "D104", "warning", note="年度目标写保障38座泵站，指标只有36座")),
        (None, None, "机组检修台次", "≥126台次"),
        (None, "质量指标", "机组完好率", "≥95%"),
        (None, "时效指标", "汛前检修完成时间",
         mk("2025年5月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="2026年度项目的汛前检修期限写成2025年，上年遗留")),
        (None, "成本指标", "单座泵站年维护费用", "≤11万元/座"),
        ("效益指标", "社会效益指标", "汛期泵站可开机率", "≥98%"),
        (None, None, "泵站故障停机率", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：机组检修台次按38座泵站共126台机组计。")
    sign(s, "孟砚秋", "0736-5512063", day(2025, 11, 14))
    return b


@variant("kcd03-pump-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values in each project, =100% at the ceiling "
         "(correct)")  # fmt: skip
def kcd03() -> Book:
    b, s = start()
    project(s, "排涝泵站电费保障", UNIT, one_year(360, 360, 0),
            ("保障38座排涝泵站全年运行用电，电费按月足额缴纳，"
             "汛期泵站可开机率不低于98%。",))  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "保障用电泵站数量", "≥38座"),
        (None, "质量指标", "泵站供电保障率", "=100%"),
        (None, "时效指标", "电费缴纳时限", "每月25日前"),
        (None, "成本指标", "年度电费支出", "≤360万元"),
        ("效益指标", "社会效益指标", "汛期泵站可开机率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "排水管理部门满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "泵站自动化监控系统运维", UNIT, one_year(85, 85, 0),
            ("完成38座泵站远程监控系统运维，监控数据完整率不低于95%，故障2小时内响应。",),
            title="")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "接入监控泵站数量", "≥38座"),
        (None, "质量指标", "监控数据完整率", "≥95%"),
        (None, "时效指标", "故障响应时间", "≤2小时"),
        (None, "成本指标", "单座泵站监控运维费用", "≤2.2万元/座"),
        ("效益指标", "社会效益指标", "远程启泵成功率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "排水管理部门满意度", "≥95%"),
    ])  # fmt: skip
    return b


@variant("kcd04-pump-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT: a near-duplicate patrol count in the first, the "
         "second's money not adding up and its pumps costing more than its money")  # fmt: skip
def kcd04() -> Book:
    b, s = start()
    project(s, "排涝泵站日常巡查养护", UNIT, one_year(150, 150, 0),
            ("全年开展泵站巡查不少于1800次，及时处置设备隐患。",))  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "泵站巡查次数", "≥1800次"),
        (None, None, mk("泵站巡检次数", "D103", "warning", row=True, alt=("D101",),
                        note="与上一行“泵站巡查次数”同一指标多一字之差"), "≥1800次"),
        (None, "质量指标", "设备隐患处置率", "≥95%"),
        (None, "时效指标", "隐患处置时限", "≤48小时"),
        (None, "成本指标", "单次巡查费用", "≤800元/次"),
        ("效益指标", "社会效益指标", "泵站因设备故障停机次数", "≤3次"),
        ("满意度指标", "服务对象满意度指标", "排水管理部门满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    funds = one_year(mk(money(500), "B101", "error", note="450 + 30 = 480，不是500"), 450, 30)
    project(s, "柳湾强排泵站设备购置", UNIT, funds,
            ("购置柳湾强排泵站潜水轴流泵8台及配套电气设备，汛前完成安装调试。",),
            title="")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "水泵采购数量", "8台"),
        (None, "质量指标", "设备安装调试合格率", "100%"),
        (None, "时效指标", "安装调试完成时间", "2026年5月31日前"),
        (None, "成本指标", "单台水泵采购成本",
         mk("≤80万元/台", "B107", "warning", row=True,
            note="80万元 × 8台 = 640万元，超过年度资金500万元")),
        ("效益指标", "社会效益指标", "新增抽排能力", "≥16立方米/秒"),
        ("满意度指标", "服务对象满意度指标", "片区居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kcd05-drainage-department", (12, 4),
         "department, NAT-2021: budget and key tasks adding up, a footnote explaining the "
         "task total, a 下降 rate with ≥, 0起 on accidents, signature (correct)")  # fmt: skip
def kcd05() -> Book:
    b, s = start()
    tasks = [
        ("泵站运行维护", "38座排涝泵站运行、检修", 420, "泵站完好率≥95%"),
        ("排水管网清疏", "清疏主次干管620公里", 980, "管网畅通"),
        ("防汛应急抢险", "抢险队伍、物资储备", 620, "汛期无重大内涝"),
        ("金额合计", None, 2020, None),
    ]
    department(s, "澄渊市排水管理处", (3260, 3100, 160, 1240, 2020),
               "保障38座泵站运行和620公里管网畅通，主城区易涝点数量比上年减少15%以上。",
               tasks)  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "管网清疏长度", "≥620公里"),
        (None, None, "运行维护泵站数量", "38座"),
        (None, "质量指标", "泵站完好率", "≥95%"),
        (None, "时效指标", "应急抢险到场时间", "≤30分钟"),
        ("成本指标", "经济成本指标", "管网清疏单价", "≤1.58万元/公里"),
        ("效益指标", "社会效益指标", "主城区易涝点减少率", "≥15%"),
        (None, None, "防汛安全生产事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：金额合计为项目支出2020万元，不含基本支出1240万元。",
          "说明：易涝点减少率以2025年汛期普查的41处为基数。")  # fmt: skip
    sign(s, "郁青禾", "0736-5512088", day(2025, 11, 20))
    return b


@variant("kcd06-pump-new-two-years", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: last season's title year, a year's "
         "station count above the period's, a pipe length copied from 中期")  # fmt: skip
def kcd06() -> Book:
    b, s = start()
    title = mk("2025年度项目支出绩效目标申报表", "Y101", "error", alt=("Y103",),
               note="标题年度沿用上年，项目期为2026年—2027年")  # fmt: skip
    mid = "2026年—2027年新建龙湫路、柳湾2座强排泵站，配套雨水管网8公里，新增抽排能力24立方米/秒。"
    ann = "2026年完成龙湫路泵站主体及设备安装，柳湾泵站完成基础施工，铺设配套管网5公里。"
    project(s, "新建强排泵站工程", UNIT, periods((3000, 2800, 200), (1800, 1700, 100)),
            (mid, ann), years=2, attr="新增项目", title=title)  # fmt: skip
    indicators(s, HEAD2, [
        ("产出指标", "数量指标", "新建泵站数量", "2座",
         mk("3座", "D201", "error", alt=("D104",), note="年度3座超过实施期2座")),
        (None, None, "配套管网长度", "≥8公里",
         mk("≥8公里", "D202", "warning", alt=("D104",),
            note="累计长度照抄中期；年度目标写铺设5公里")),
        (None, None, "新增抽排能力", "≥24立方米/秒", "≥12立方米/秒"),
        (None, "质量指标", "工程质量验收合格率", "100%", "100%"),
        (None, "时效指标", "工程完工时间", "2027年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单座泵站建设成本", "≤1500万元/座", "≤1500万元/座"),
        ("效益指标", "社会效益指标", "新增排涝服务面积", "≥6.5平方公里", "≥3.2平方公里"),
        ("满意度指标", "服务对象满意度指标", "片区居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
