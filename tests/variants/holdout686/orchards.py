"""柚子 and 柠檬 orchards: ht01–ht06 (percent cells, money, 中期 and 年度, tier labels)."""

from __future__ import annotations

from tests.variants.holdout686.common import (
    IND,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout686.registry import variant
from tests.variants.kit import Book, mk, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("ht01-pomelo-percent-cells", (1,),
         "project, OLD-NAT, operator column and unit column, typed percent cells, 万元 in the "
         "number format, a 下降率 with ≥ (correct)")  # fmt: skip
def pomelo_percent_cells() -> Book:
    b, s = book()
    goal = (
        "完成金柚果园提质改造1200亩（其中沙澳镇800亩、蕉垄乡400亩），"
        "推广绿色防控技术，优果率达到85%以上。"
    )
    project(s, "金柚标准化果园提质增效项目", "榆坪县经济作物技术推广站", one_year(60, 50, 10),
            [goal])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    rows = [
        ("产出指标", "数量指标", "果园提质改造面积", "≥", 1200, "亩"),
        (None, None, "绿色防控技术培训", "≥", 6, "期"),
        (None, "质量指标", "优果率", "≥", pct(0.85), "%"),
        (None, None, "病虫害发生率", "≤", pct(0.05), "%"),
        (None, "时效指标", "技术服务响应时间", "≤", 48, "小时"),
        (None, "成本指标", "亩均改造成本", "≤", 0.05, "万元/亩"),
        ("效益指标", "经济效益指标", "改造果园亩均增收", "≥", 800, "元/亩"),
        (None, "生态效益指标", "化学农药使用量下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "绿色防控技术持续应用年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, rows, head)
    sign(s, "温晓岚", "0763-5821046")
    return b


@variant("ht02-lemon-base-money", (12,),
         "project, NAT-2021, operators inside the values: 年度资金总额 not the sum of its parts, "
         "unit cost × the goal's area above the money, households below the goal's")  # fmt: skip
def lemon_base_money() -> Book:
    b, s = book()
    total = mk(wan(150), "B101", "error", note="财政拨款120 + 其他资金20 = 140，不是150")
    goal = "在沙澳镇新建柠檬标准化种植基地500亩，配套水肥一体化首部系统2套，带动种植户120户。"
    project(s, "柠檬标准化种植基地建设项目", "沙澳镇柠檬产业服务中心", one_year(total, 120, 20),
            [goal], attr="新增项目")  # fmt: skip
    cost = mk("≤0.4万元/亩", "B107", "warning", row=True,
              note="0.4万元/亩 × 500亩 = 200万元，超过年度资金150万元")  # fmt: skip
    farms = mk("≥80户", "D104", "warning", row=True, note="年度绩效目标写带动种植户120户")
    rows = [
        ("产出指标", "数量指标", "新建标准化种植基地面积", "≥500亩"),
        (None, None, "水肥一体化首部系统", "≥2套"),
        (None, "质量指标", "种苗定植成活率", "≥95%"),
        (None, "时效指标", "种苗定植完成时间", "2026年4月30日前"),
        ("成本指标", "经济成本指标", "基地亩均建设成本", cost),
        ("效益指标", "经济效益指标", "带动种植户数", farms),
        (None, "社会效益指标", "吸纳当地务工人次", "≥3000人次"),
        (None, "生态效益指标", "化肥使用量增长率", "≤0%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ]
    indicators(s, rows)
    sign(s, "邝志恒", "0763-5830217")
    return b


@variant("ht03-pomelo-three-year", (8, 10),
         "three-year project, NAT-2021, 中期 and 年度 columns: the period's counts beside smaller "
         "annual ones, a rate raised in 百分点, a later year prepared for (correct)")  # fmt: skip
def pomelo_three_year() -> Book:
    b, s = book()
    goals = [
        "2026—2028年累计改造柚子低产园3000亩，建成示范片3个，为2029年全县推广积累技术规程。",
        "2026年改造低产园1000亩，建成示范片1个，改造园优果率提高5个百分点。",
    ]
    project(s, "柚子低产园改造三年行动项目", "榆坪县经济作物技术推广站",
            multi_year((360, 300, 60), (120, 100, 20)), goals, years=3)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "低产园改造面积", "≥3000亩", "≥1000亩"),
        (None, None, "示范片建设数量", "3个", "1个"),
        (None, "质量指标", "改造园优果率提高", "≥5百分点", "≥5百分点"),
        (None, "时效指标", "年度改造任务完成时间", "每年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "亩均改造成本", "≤0.12万元/亩", "≤0.12万元/亩"),
        ("效益指标", "经济效益指标", "改造园亩均增收", "≥600元", "≥400元"),
        (None, "可持续影响指标", "低产园改造技术规程", "1项", "完成初稿"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", "≥90%"),
    ]
    indicators(s, rows, PERIOD)
    notes(s, "注：亩均改造成本按中期资金360万元 ÷ 3000亩测算。")
    return b


@variant("ht04-lemon-period-wrong", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: an annual count above the period's, "
         "a cumulative count copied, last season's year in the 年度目标")  # fmt: skip
def lemon_period_wrong() -> Book:
    b, s = book()
    annual = mk("2026年更新老龄柠檬园500亩，培训果农1000人次，2025年底前完成品种比选。",
                "Y103", "warning", alt=("Y101", "Y102"),
                note="2025年在项目期2026—2028年之前：上一季遗留的年份")  # fmt: skip
    goals = ["2026—2028年更新老龄柠檬园1500亩，繁育脱毒苗木90万株，培训果农3000人次。", annual]
    project(s, "柠檬老龄果园品种更新项目", "沙澳镇柠檬产业服务中心",
            multi_year((270, 240, 30), (90, 80, 10)), goals, years=3)  # fmt: skip
    train = mk("≥3500人次", "D201", "error", row=True, note="年度3500人次超过实施期3000人次")
    plants = mk("≥90万株", "D202", "warning", note="三年累计的苗木数照抄到年度列")
    rows = [
        ("产出指标", "数量指标", "老龄果园更新面积", "≥1500亩", "≥500亩"),
        (None, None, "果农技术培训", "≥3000人次", train),
        (None, None, "脱毒苗木繁育数量", "≥90万株", plants),
        (None, "质量指标", "苗木移栽成活率", "≥92%", "≥92%"),
        (None, "时效指标", "年度更新任务完成时间", "每年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "亩均更新成本", "≤0.18万元/亩", "≤0.18万元/亩"),
        ("效益指标", "经济效益指标", "更新园亩产提高", "≥20%", "≥5%"),
        (None, "社会效益指标", "带动果农户数", "≥600户", "≥200户"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", "≥90%"),
    ]
    indicators(s, rows, PERIOD)
    return b


@variant("ht05-pomelo-points-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, 1.数量指标, "
         "*四、满意度指标), indicator points beside them, 100 both ways (correct)")  # fmt: skip
def pomelo_points_labels() -> Book:
    b, s = book()
    goal = "培育“榆坪金柚”区域公用品牌，举办推介活动4场，授权使用品牌企业12家，带动500户柚农增收。"
    project(s, "柚子果品品牌培育项目", "蕉垄乡农业综合服务中心", one_year(40, 40, 0), [goal])
    rows = [
        ("一、产出指标（50分）", "1.数量指标", "品牌推介活动场次", "≥4场", 10),
        (None, None, "授权使用区域公用品牌企业数", "≥12家", 10),
        (None, "2.质量指标", "包装抽检合格率", "≥98%", 15),
        (None, "3.时效指标", "推介活动按期完成率", "≥95%", 15),
        ("二、成本指标（10分）", "1.经济成本指标", "单场推介活动费用", "≤5万元", 10),
        ("三、效益指标（30分）", "1.经济效益指标", "品牌柚子销售均价提高", "≥8%", 10),
        (None, "2.社会效益指标", "带动增收柚农户数", "≥500户", 10),
        (None, "3.可持续影响指标", "品牌授权管理制度", "建立并执行", 10),
        ("*四、满意度指标（10分）", "1.服务对象满意度指标", "授权企业满意度", "≥90%", 10),
    ]
    indicators(s, rows, (*IND, "分值"))
    s.row("合计", None, None, None, 100)
    sign(s, "骆文静", "0763-5907312")
    return b


@variant("ht06-lemon-misplaced", (5,),
         "project, NAT-2021, abbreviated tier labels (产出, 数量, 质量…): a count under 质量, a "
         "quality rate under 时效, the same loss rate twice with different values")  # fmt: skip
def lemon_misplaced() -> Book:
    b, s = book()
    goal = (
        "在沙澳镇、蕉垄乡柠檬果园推广绿色防控2000亩，安装杀虫灯150盏，病虫为害损失率控制在5%以内。"
    )
    project(s, "柠檬果园病虫害绿色防控项目", "沙澳镇柠檬产业服务中心", one_year(80, 70, 10),
            [goal])  # fmt: skip
    count = mk("≥400人次", "F201", "warning", row=True, note="培训人次是数量指标，填在质量下")
    rate = mk("≥80%", "F201", "warning", row=True, note="优果率是质量指标，填在时效下")
    twin = mk("≤3%", "D102", "error", row=True, alt=("D103", "D101"),
              note="与上一行同一指标（多“果园”二字），值却不同；目标写5%以内")  # fmt: skip
    rows = [
        ("产出", "数量", "绿色防控推广面积", "≥2000亩"),
        (None, None, "杀虫灯安装数量", "≥150盏"),
        (None, "质量", "防控技术到位率", "≥95%"),
        (None, None, "果农防控技术培训", count),
        (None, "时效", "杀虫灯安装完成时间", "2026年5月31日前"),
        (None, None, "防控区柠檬优果率", rate),
        ("成本", "经济成本", "亩均防控成本", "≤0.04万元/亩"),
        ("效益", "经济效益", "病虫为害损失率", "≤5%"),
        (None, None, "果园病虫为害损失率", twin),
        (None, "生态效益", "化学农药使用量下降率", "≥15%"),
        ("满意度", "服务对象满意度", "种植户满意度", "≥90%"),
    ]
    indicators(s, rows)
    sign(s, "邝志恒", "0763-5830217")
    return b
