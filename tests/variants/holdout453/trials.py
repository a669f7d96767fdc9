"""Cocoa planting trials on the state farms: percent cells, tier labels, 中期 and 年度."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout453.common import YEAR, indicators, multi_year, new, notes, one_year
from tests.variants.holdout453.registry import variant
from tests.variants.kit import Book, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("yu01-shade-percent-cells", (1,),
         "project, OLD-NAT, operator and unit columns, percents typed in Excel, 万元 in the number "
         "format, a 发病率 with ≤ (correct)")  # fmt: skip
def yu01() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="可可林下间作遮荫试验", dept="南樾垦区农业局（207）",
                 unit="南樾农场热作试验站", money=one_year(96, 80, 16),
                 goals=["在已投产可可园内建设间作遮荫试验区120亩，比较三种遮荫树配置下"
                        "可可的生长与结果表现，形成林下间作技术要点。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "间作试验区面积", "≥", 120, "亩"),
        (None, None, "定植遮荫树苗", "≥", 2400, "株"),
        (None, "质量指标", "遮荫树苗定植成活率", "≥", pct(0.9), "%"),
        (None, None, "试验区黑果病发病率", "≤", pct(0.05), "%"),
        (None, "时效指标", "田间观测记录及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "亩均试验成本", "≤", 6500, "元/亩"),
        ("效益指标", "经济效益指标", "试验区可可鲜果亩产", "≥", 180, "千克/亩"),
        (None, "社会效益指标", "带动职工参与试验管护", "≥", 40, "人"),
        (None, "可持续影响指标", "形成林下间作技术要点", "≥", 1, "套"),
        ("满意度指标", "服务对象满意度指标", "参试职工满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("yu02-graft-percent-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns: a typed percent above 100 %, a 发病率 "
         "with ≥")  # fmt: skip
def yu02() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="可可良种嫁接换冠试验", dept="椰岚垦区农业局（311）",
                 unit="椰岚农场第五生产队", money=one_year(72, 60, 12),
                 goals=["对低产可可园实施嫁接换冠200亩，引入高产抗病良种接穗，"
                        "提高试验园产量与抗病能力。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "嫁接换冠面积", "≥", 200, "亩"),
        (None, None, "采集良种接穗", "≥", 30000, "条"),
        (None, "质量指标", "嫁接苗成活率", "≥",
         mk(pct(1.05), "T106", "error", note="a typed 105% on a capped 成活率"), "%"),
        (None, None, "换冠园流胶病发病率",
         mk("≥", "T108", "warning", row=True, note="a 发病率 is 反向; ≥ rewards more disease"),
         pct(0.08), "%"),
        (None, "时效指标", "嫁接作业按期完成率", "≥", pct(0.95), "%"),
        (None, "成本指标", "亩均换冠成本", "≤", 3000, "元/亩"),
        ("效益指标", "经济效益指标", "换冠园第三年亩产", "≥", 150, "千克/亩"),
        (None, "可持续影响指标", "建立良种接穗圃", "≥", 1, "个"),
        ("满意度指标", "服务对象满意度指标", "承包职工满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("yu03-variety-numbered-labels", (5, 7),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, "
         "（一）数量指标), headers 考核指标 and 预期目标, a 指标值设定依据 column "
         "(correct)")  # fmt: skip
def yu03() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="可可品种比较试验", dept="翠湾垦区农业局（115）",
                 unit="翠湾农场热带作物研究所", money=one_year(58, 50, 8),
                 goals=["引进可可品种开展比较试验，测定各品种的产量、抗病性与豆粒品质，"
                        "为农场更新品种提供依据。"])  # fmt: skip
    head = ("一级指标", "二级指标", "考核指标", "预期目标", "指标值设定依据")
    indicators(s, head, [
        ("一、产出指标（40分）", "（一）数量指标", "参试品种数量", "≥8个", "计划标准"),
        (None, None, "试验小区设置", "≥32个", "计划标准"),
        (None, "（二）质量指标", "试验数据有效率", "≥95%", "行业标准"),
        (None, "（三）时效指标", "年度试验报告提交时间", "2026年11月30日前", "计划标准"),
        ("二、成本指标（20分）", "（一）经济成本指标", "小区试验亩均成本", "≤4800元/亩",
         "历史标准"),
        ("三、效益指标（30分）", "（一）经济效益指标", "优选品种较对照增产", "≥8%", "历史标准"),
        (None, "（二）社会效益指标", "向垦区农场提供品种比较数据", "≥6家", "计划标准"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "参试农场满意度", "≥90%",
         "行业标准"),
    ])  # fmt: skip
    notes(s, "注：试验小区共计约100亩，亩均成本含土壤检测与人工。")
    return b


@variant("yu04-fertilizer-marked-labels", (5,),
         "project, NAT-2021, labels with * and abbreviations (*产出指标, 数量): a tier-2 under "
         "the wrong tier-1, a 完成率 given as a count")  # fmt: skip
def yu04() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="可可园配方施肥试验", dept="红棠垦区农业局（402）",
                 unit="红棠农场农业技术服务站", money=one_year(45, 40, 5),
                 goals=["在红棠农场可可园开展测土配方施肥试验，确定适宜的氮磷钾配比，"
                        "减少化肥用量。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("*产出指标", "数量", "配方施肥试验面积", "≥300亩"),
        (None, None, "土壤样品检测完成率",
         mk("≥240个", "T105", "error", note="a 完成率 given as a count of samples")),
        (None, "质量", "土壤检测数据合格率", "≥98%"),
        ("*成本指标", "经济成本", "亩均试验成本", "≤1300元/亩"),
        ("*效益指标", "经济效益", "试验园亩产增加", "≥6%"),
        (None, "生态效益", "化肥施用量减少", "≥10%"),
        (None, mk("时效", "F105", "error", note="时效 belongs under 产出指标, not 效益指标"),
         "施肥作业按期完成率", "≥95%"),
        ("*满意度指标", "服务对象满意度", "承包职工满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yu05-region-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns: counts below the period, "
         "rates equal (correct)")  # fmt: skip
def yu05() -> Book:
    b, s = new()
    project_head(s, year=YEAR, years=3, name="可可新品系区域适应性试验",
                 dept="南渚垦区农业局（118）", unit="南渚农场热作试验中心",
                 money=multi_year((540, 450, 90), (180, 150, 30)),
                 goals=["在垦区六个农场布设试验点，三年内筛选出适宜推广的可可新品系，"
                        "形成配套栽培技术。",
                        "建成三个试验点并完成首批试验苗定植，开展首年观测。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "建成试验点", "≥6个", "≥3个"),
        (None, None, "定植试验苗", "≥30000株", "≥12000株"),
        (None, "质量指标", "试验苗定植成活率", "≥92%", "≥92%"),
        (None, "时效指标", "观测报告提交及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单个试验点建设成本", "≤25万元/个", "≤25万元/个"),
        ("效益指标", "经济效益指标", "参试品系平均亩产较对照增加", "≥10%", "≥5%"),
        (None, "社会效益指标", "培训农场技术员", "≥300人次", "≥100人次"),
        (None, "可持续影响指标", "筛选适宜推广品系", "≥3个", "≥1个"),
        ("满意度指标", "服务对象满意度指标", "参试农场满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yu06-irrigation-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, two "
         "cumulative counts copied into the annual column")  # fmt: skip
def yu06() -> Book:
    b, s = new()
    goal = "完成可可园滴灌改造800亩，建立水肥一体化示范区，提高可可园抗旱能力。"
    project_head(s, year=YEAR, years=2, name="可可园节水灌溉改造试验",
                 dept="椰岚垦区水务局（316）", unit="椰岚农场水利队",
                 money=multi_year((320, 260, 60), (160, 130, 30)),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="年度目标 identical to the two-year 中期目标")])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "滴灌改造面积", "≥800亩",
         mk("≥800亩", "D202", "warning", note="cumulative area copied into the first year")),
        (None, None, "铺设滴灌管网", "≥64公里", "≥32公里"),
        (None, "质量指标", "管网试压合格率", "≥98%", "≥98%"),
        (None, "时效指标", "旱季前通水及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "亩均改造成本", "≤1800元/亩", "≤1800元/亩"),
        ("效益指标", "经济效益指标", "改造园旱季落果率下降", "≥15%", "≥10%"),
        (None, "社会效益指标", "培训灌溉管护职工", "≥200人次",
         mk("≥200人次", "D202", "warning", note="cumulative training count copied")),
        (None, "生态效益指标", "亩均灌溉用水减少", "≥20%", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "承包职工满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
