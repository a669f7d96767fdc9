"""Plums (李子) in greenhouses: hd01–hd06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout670.common import HEAD2, multi_year, new, one_year, sign, table
from tests.variants.holdout670.common import w as wan
from tests.variants.holdout670.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct


@variant("hd01-plum-greenhouse", (1, 5),
         "project, OLD-NAT, numbered tier labels with points, typed percent cells, 万元 in the "
         "number format, a later year the work prepares for (correct)")  # fmt: skip
def plum_greenhouse() -> Book:
    b, s = new()
    goal = ("2026年新建李子连栋温室12栋（其中育苗温室2栋），温室面积36亩，定植李子苗5400株，"
            "为2027年在全镇推广设施李子栽培积累经验。")  # fmt: skip
    project_head(s, year=2026, name="槐垭镇李子连栋温室建设项目", dept="沅墩县农业农村局（203001）",
                 unit="槐垭镇农业综合服务中心", money=one_year(320, 300, 20), goals=[goal],
                 attr="新增项目")  # fmt: skip
    table(s, [
        ("一、产出指标（60分）", "（一）数量指标", "新建李子连栋温室数量", "≥12栋"),
        (None, None, "温室建设面积", "≥36亩"),
        (None, None, "定植李子苗数量", "≥5400株"),
        (None, "（二）质量指标", "温室工程验收合格率", "=100%"),
        (None, None, "李子苗定植成活率", pct(0.95)),
        (None, "（三）时效指标", "温室主体完工时间", "2026年10月31日前"),
        (None, "（四）成本指标", "单栋温室建设成本", "≤25万元/栋"),
        ("二、效益指标（30分）", "（一）经济效益指标", "示范温室李子亩均产值", "≥1.8万元/亩"),
        (None, "（二）社会效益指标", "带动周边农户发展设施李子", "≥30户"),
        (None, "（三）可持续影响指标", "温室设计使用年限", "≥15年"),
        ("三、满意度指标（10分）", "（一）服务对象满意度指标", "种植户满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, "韦青禾", "0774-6215308", day(2025, 10, 15, CN_DATE))
    return b


@variant("hd02-plum-rain-shelter", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: the 中期目标's count against the "
         "indicator, an annual area above the period's, a cumulative count copied")  # fmt: skip
def plum_rain_shelter() -> Book:
    b, s = new()
    goals = ("2026—2028年改造李子避雨大棚30栋，累计推广矮化密植李子600亩，培训种植户900人次。",
             "2026年改造避雨大棚10栋，推广矮化密植李子200亩，培训种植户300人次。")  # fmt: skip
    project_head(s, year=2026, name="蓼塘乡李子避雨大棚改造三年行动", dept="沅墩县农业农村局",
                 unit="蓼塘乡农业服务中心", money=multi_year((900, 850, 50), (300, 280, 20)),
                 goals=[ok(goals[0]), ok(goals[1])], years=3)  # fmt: skip
    table(s, [
        ("产出指标", "数量指标", "改造李子避雨大棚数量",
         mk("≥24栋", "D104", "warning", row=True, note="中期目标写改造30栋，中期指标值只有24栋"),
         "≥10栋"),
        (None, None, "推广矮化密植李子面积", "≥600亩",
         mk("≥800亩", "D201", "error", alt=("D104",),
            note="年度800亩超过中期600亩，年度目标是200亩")),
        (None, None, "培训种植户", "≥900人次",
         mk("≥900人次", "D202", "warning", alt=("D104",),
            note="累计人次照抄中期，年度目标是300人次")),
        (None, "质量指标", "大棚改造验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "改造任务完成时间", "2028年12月31日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单栋大棚改造成本", "≤28万元/栋", "≤28万元/栋"),
        ("效益指标", "经济效益指标", "改造大棚李子亩均增收", "≥3000元/亩", "≥3000元/亩"),
        (None, "可持续影响指标", "避雨栽培技术推广覆盖村数", "≥12个", "≥4个"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ], head=HEAD2)  # fmt: skip
    return b


@variant("hd03-plum-extension-station", (12, 11),
         "department, NAT-2021, unit column: budget and tasks add up, a 下降率 with ≥, 0起 on an "
         "incident count, a goal's count that is part of the indicator's (correct)")  # fmt: skip
def plum_extension_station() -> Book:
    b, s = new()
    goal = ("完成温室李子技术指导200户（其中新增示范户40户），引进试验李子新品种8个，化学农药使用量"
            "比上年下降10%以上，全年不发生农药残留超标事件。")  # fmt: skip
    department_head(s, year=2026, dept="枫渚县果树技术推广站", goal=goal,
                    budget=[(wan(860), wan(800), wan(60), wan(520), wan(340))],
                    tasks=[("李子温室技术指导", "花期调控、疏果和病虫害绿色防控指导", wan(180),
                            "指导农户200户"),
                           ("李子品种试验示范", "引进李子新品种8个开展温室比较试验", wan(160),
                            "筛选适宜品种2个以上"),
                           ("金额合计", None, wan(340), None)])  # fmt: skip
    table(s, [
        ("产出指标", "数量指标", "技术指导农户数", "≥200", "户"),
        (None, None, "新增李子示范户", "≥40", "户"),
        (None, None, "引进试验李子新品种", "≥8", "个"),
        (None, "质量指标", "示范户李子优果率", pct(0.85), "%"),
        (None, "时效指标", "品种试验报告提交时间", "2026年12月20日前", None),
        ("成本指标", "经济成本指标", "单户技术指导成本", "≤0.9", "万元/户"),
        ("效益指标", "生态效益指标", "化学农药使用量下降率", "≥10", "%"),
        (None, "社会效益指标", "农药残留超标事件", "=0", "起"),
        (None, "可持续影响指标", "筛选适宜温室栽培的李子品种", "≥2", "个"),
        ("满意度指标", "服务对象满意度指标", "指导农户满意度", "≥92", "%"),
    ], head=("一级指标", "二级指标", "三级指标", "指标值", "计量单位"))  # fmt: skip
    return b


@variant("hd04-plum-cold-store", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, the goal's cold-store count against "
         "the indicator, a deadline in the year before the budget year")  # fmt: skip
def plum_cold_store() -> Book:
    b, s = new()
    goal = "新建李子产地冷藏库2座，开展李子采后处理培训600人次，冷藏库当年投入使用。"
    department_head(s, year=2026, dept="石溆乡农业服务中心", goal=ok(goal),
                    budget=[(wan(620), wan(580), wan(40), wan(410), wan(210))],
                    tasks=[("产地冷藏库建设", "新建李子产地冷藏库", wan(150), "建成冷藏库"),
                           ("采后处理培训", "李子预冷、分级和包装培训", wan(45), "培训600人次"),
                           ("金额合计", None, mk(wan(210), "B102", "error",
                                                  note="150+45≠210"), None)])  # fmt: skip
    table(s, [
        ("产出指标", "数量指标", "新建产地冷藏库",
         mk("≥3座", "D104", "warning", row=True, note="年度总体目标写新建2座")),
        (None, None, "采后处理培训", "≥600人次"),
        (None, "质量指标", "冷藏库工程验收合格率", "100%"),
        (None, "时效指标", "冷藏库投入使用时间",
         mk(day(2025, 9, 30, CN_DATE), "Y102", "error", note="2026年度的表，日期却在2025年")),
        ("成本指标", "经济成本指标", "单座冷藏库建设成本", "≤50万元/座"),
        ("效益指标", "经济效益指标", "李子错峰销售增收", "≥80万元"),
        (None, "可持续影响指标", "冷藏库设计使用年限", "≥20年"),
        ("满意度指标", "服务对象满意度指标", "参训种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hd05-plum-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column: the second has one "
         "indicator twice with a word less and a quality rate under 时效")  # fmt: skip
def plum_stacked() -> Book:
    b, s = new("项目绩效目标")
    project_head(s, year=2026, name="李子温室水肥一体化改造", dept="枫渚县农业农村局",
                 unit="枫渚县果树技术推广站", money=one_year(75, 70, 5),
                 goals=["改造李子温室水肥一体化设施25栋，节水30%以上。"])  # fmt: skip
    table(s, [
        ("产出指标", "数量指标", "改造水肥一体化温室", "≥25栋"),
        (None, "质量指标", "设施验收合格率", "100%"),
        (None, "时效指标", "改造完成时间", "2026年6月30日前"),
        (None, "成本指标", "单栋改造成本", "≤3万元/栋"),
        ("效益指标", "生态效益指标", "温室灌溉节水率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2026, name="温室李子果品质量提升", dept="枫渚县农业农村局",
                 unit="枫渚县果树技术推广站", money=one_year(48, 45, 3), title="",
                 goals=["建立李子果品质量检测点3个，温室李子优果率达到80%。"])  # fmt: skip
    table(s, [
        ("产出指标", "数量指标", "建立果品质量检测点", "≥3个"),
        (None, "质量指标", "李子果实可溶性固形物达标率", "≥90%"),
        (None, None, "果实可溶性固形物达标率",
         mk("≥85%", "D102", "error", row=True, alt=("D103", "D101"),
            note="同一指标少了“李子”二字，指标值不同")),
        (None, "时效指标", mk("温室李子优果率", "F201", "warning", row=True,
                              note="优果率是质量指标，填在时效下"), "≥80%"),
        (None, None, "检测结果报送时间", "≤3个工作日"),
        (None, "成本指标", "单个检测点建设成本", "≤15万元/个"),
        ("效益指标", "经济效益指标", "优果销售溢价", "≥0.8元/斤"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("hd06-plum-export", (7, 10),
         "budget-system export: money on sheet 05-1, indicators on sheet 05-2 with the header on "
         "row 3, codes in the first columns, a loss rate cut in 百分点 (correct)")  # fmt: skip
def plum_export() -> Book:
    b, s = new("部门项目支出预算05-1", (14, 24, 14, 30, 14, 12, 12, 12))
    s.title("2026年部门项目支出预算表", 8)
    s.row("单位名称：梅岙镇农业综合服务中心", None, None, None, None, "单位：万元")
    s.row(
        "单位编码", "单位名称", "项目编码", "项目名称", "项目类别", "合计", "财政拨款", "其他资金"
    )
    s.row("417028", "梅岙镇农业综合服务中心", "41702826000317", "梅岙镇李子采后预冷设施购置",
          "一次性项目", wan(96), wan(90), wan(6))  # fmt: skip
    s.row("项目年度绩效目标：购置移动预冷设备4台，2026年6月底前安装到位，李子采后损耗率降至8%以内。",
          merge=[(1, 8)])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (16, 26, 14, 16, 28, 16))
    t.title("2026年部门项目支出绩效目标表", 6)
    t.row("单位名称：梅岙镇农业综合服务中心")
    code, name = "41702826000317", "梅岙镇李子采后预冷设施购置"
    table(t, [
        (code, name, "产出指标", "数量指标", "购置移动预冷设备", "≥4台"),
        (code, name, None, "质量指标", "设备验收合格率", "100%"),
        (code, name, None, "时效指标", "设备安装到位时间", "2026年6月30日前"),
        (code, name, None, "成本指标", "单台预冷设备购置价", "≤22万元/台"),
        (code, name, "效益指标", "经济效益指标", "李子采后损耗率", "≤8%"),
        (code, name, None, "可持续影响指标", "采后损耗率降幅", "≥3百分点"),
        (code, name, "满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%"),
    ], head=("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"),
       merged=(3, 4))  # fmt: skip
    return b
