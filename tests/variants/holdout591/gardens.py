"""Mulberry-garden returns (桑园): planting, renovation, pest control, branch reuse and the
county's technical station (ec01–ec06)."""

from __future__ import annotations

from tests.variants.holdout591.common import (
    HEAD4,
    department,
    indicators,
    multi_year,
    note,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout591.registry import variant
from tests.variants.kit import CN_DATE, Book, C, day, mk, ok, pct

STATION = "柘塘县蚕桑技术推广站"


@variant("ec01-garden-percent", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a goal text that sums its indicators (correct)")  # fmt: skip
def ec01() -> Book:
    goal = "新建标准化桑园300亩（嫁接桑200亩、密植桑100亩），成活率不低于90%，带动蚕农120户增收。"
    b, s = project(2025, "柘塘县标准化桑园建设项目", STATION, one_year(60, 54), [goal])
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "新建嫁接桑园面积", "≥", 200, "亩"),
        (None, None, "新建密植桑园面积", "≥", 100, "亩"),
        (None, "质量指标", "桑苗栽植成活率", "≥", pct(0.9), "%"),
        (None, None, "桑园病虫害发生率", "≤", pct(0.05), "%"),
        (None, "时效指标", "桑苗栽植完成时间", "≤", day(2025, 4, 30, CN_DATE), None),
        (None, "成本指标", "桑苗及栽植补助标准", "≤", 1500, "元/亩"),
        ("效益指标", "经济效益指标", "带动蚕农户均增收", "≥", 2000, "元"),
        (None, "社会效益指标", "带动增收蚕农户数", "≥", 120, "户"),
        (None, "可持续影响指标", "新建桑园管护期", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "参与蚕农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "罗映荷", "0579-6613 2048", day(2024, 11, 12))
    return b


@variant("ec02-garden-text-mismatch", (5, 12),
         "project, NAT-2021, numbered tier labels, one value column: the 年度目标 names more "
         "mu than the indicator, and the subsidy × area exceeds the money")  # fmt: skip
def ec02() -> Book:
    goal = ok("改造低产桑园500亩，建设机械化管护示范点4个，改造后桑叶亩产达到1600公斤。",
              note="D104 may land on the text instead of the indicator")  # fmt: skip
    b, s = project(2025, "柘塘县低产桑园改造项目", STATION, one_year(60, 60), [goal])
    area = mk("≥400亩", "D104", "warning", row=True,
              note="年度目标 says 改造低产桑园500亩; the indicator says 400")  # fmt: skip
    cost = mk("≤2000元/亩", "B107", "warning", row=True,
              note="2000元/亩 × 400亩 = 80万元 (× 500 = 100万) > 年度资金 60万元")  # fmt: skip
    indicators(s, HEAD4, [
        ("一、产出指标", "（一）数量指标", "低产桑园改造面积", area),
        (None, None, "桑园机械化管护示范点", "≥4个"),
        (None, "（二）质量指标", "改造后桑叶亩产", "≥1600公斤"),
        (None, "（三）时效指标", "改造任务完成时间", "2025年10月31日前"),
        ("二、成本指标", "（一）经济成本指标", "低产桑园改造补助标准", cost),
        (None, "（二）生态环境成本指标", "化学农药使用量增长率", "≤0%"),
        ("三、效益指标", "（一）经济效益指标", "改造桑园亩均增收", "≥800元"),
        (None, "（二）可持续影响指标", "改造桑园保存率", "≥95%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "蚕农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "詹书禾", "0579-6613 2071", day(2024, 11, 15))
    return b


@variant("ec03-garden-multi-year", (8, 12),
         "three-year project, NAT-2021, 中期 and 年度 columns: an annual area above its period "
         "value, a period date after the 项目期, a cumulative count copied")  # fmt: skip
def ec03() -> Book:
    goals = ("三年新建高标准桑园1200亩、示范片3个、水肥一体化设施3套，培训蚕农1800人次。",
             ok("2025年新建高标准桑园400亩，建成示范片1个，培训蚕农600人次。",
                note="D104 from the 1500亩 annual value may land here"))  # fmt: skip
    b, s = project(2025, "柘塘县高标准桑园三年建设项目", STATION, multi_year(450, 150), goals,
                   years=3, attr="新增项目")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "新建高标准桑园面积", "≥1200亩",
         mk("≥1500亩", "D201", "error", alt=("D104",),
            note="annual 1500亩 above the three-year 1200亩; the 年度目标 says 400亩")),
        (None, None, "省力化桑园示范片", "≥3个", "≥1个"),
        (None, None, "水肥一体化设施", "≥3套",
         mk("≥3套", "D202", "warning", note="a cumulative count copied into year one of three")),
        (None, None, "蚕农技术培训人次", "≥1800人次", "≥600人次"),
        (None, "质量指标", "新建桑园成活率", "≥90%", "≥90%"),
        (None, "时效指标", "桑园建设验收时间",
         mk("2028年6月30日前", "Y102", "error", alt=("Y103",),
            note="项目期 is 2025–2027; the period value falls in 2028"),
         "2025年11月30日前"),
        ("成本指标", "经济成本指标", "高标准桑园建设补助", "≤3500元/亩",
         ok("≤3500元/亩", note="B107 from the wrong 1500亩 annual area is tolerated")),
        ("效益指标", "经济效益指标", "桑园亩均产值", "≥6000元", "≥6000元"),
        (None, "可持续影响指标", "桑园使用年限", "≥15年", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "蚕农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ec04-garden-second-sheet", (7,),
         "project head on the first sheet, the indicator table on a second sheet under the "
         "headers 考核指标 and 预期实现值; the goal names next spring on purpose "
         "(correct)")  # fmt: skip
def ec04() -> Book:
    goal = ok("在2000亩桑园推广杀虫灯和生物防治，为2026年春蚕饲养储备无公害桑叶。",
              note="2026 is the spring the leaves are reserved for, named on purpose")  # fmt: skip
    b, _ = project(2025, "桑园病虫害绿色防控项目", STATION, one_year(36, 30), [goal],
                   sheet="项目信息")  # fmt: skip
    t = b.sheet("绩效指标", (16, 20, 30, 20))
    t.title("绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "考核指标", "预期实现值"), [
        ("产出指标", "数量指标", "绿色防控示范面积", "≥2000亩"),
        (None, None, "杀虫灯安装数量", "≥80盏"),
        (None, "质量指标", "桑叶农药残留抽检合格率", "=100%"),
        (None, "时效指标", "防控物资发放时间", "2025年3月31日前"),
        ("成本指标", "经济成本指标", "杀虫灯购置单价", "≤1800元/盏"),
        (None, None, "绿色防控示范补助", "≤100元/亩"),
        ("效益指标", "生态效益指标", "桑园化学农药使用量下降率", "≥15%"),
        (None, "社会效益指标", "桑叶农药中毒致蚕减产事件", "0起"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ec05-garden-artefacts", (9,),
         "project, OLD-NAT, one value column: a placeholder left in a value, an HTML tag in "
         "the goal text, the start date stored as a 5-digit serial in a text cell")  # fmt: skip
def ec05() -> Book:
    goal = mk("<p>收集修剪桑枝1.2万吨，加工食用菌基质8000吨，减少桑枝焚烧。</p>", "X102", "warning",
              note="HTML paragraph tags pasted from the budget system")  # fmt: skip
    start = mk(C("45658"), "X104", "warning", note="45658 = 2025-01-01 typed as text")
    b, s = project(2025, "桑枝资源化利用项目", "柘塘县桑陌乡农业综合服务中心", one_year(40, 40),
                   [goal], start=start)  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "桑枝收集量", "≥1.2万吨"),
        (None, None, "食用菌基质加工量", "≥8000吨"),
        (None, None, "桑枝粉碎机配置数量",
         mk("≥XX台", "X101", "error", note="placeholder left from the template")),
        (None, "质量指标", "基质检测合格率", "≥95%"),
        (None, "时效指标", "桑枝收集完成时间", "2025年12月15日前"),
        (None, "成本指标", "桑枝收集补助标准", "≤25元/吨"),
        ("效益指标", "生态效益指标", "桑枝焚烧点减少率", "≥80%"),
        (None, "经济效益指标", "蚕农户均增收", "≥300元"),
        ("满意度指标", "服务对象满意度指标", "蚕农满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：桑枝收集量按鲜重计。", 4)
    return b


@variant("ec06-garden-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights add to 100, two similar training names "
         "(correct)")  # fmt: skip
def ec06() -> Book:
    budget = [(wan(186.5), wan(176.5), wan(10), wan(96.5), wan(90))]
    tasks = [
        ("桑园技术指导", "桑园肥水管理和修剪技术指导", wan(50), "指导桑园2万亩"),
        ("蚕桑技术培训", "蚕农集中培训和现场观摩", wan(40), "培训蚕农800人次"),
        ("金额合计", None, wan(90), None),
    ]
    goal = "指导桑园2万亩，举办培训20场、培训蚕农800人次，蚕种催青孵化率达到95%以上。"
    b, s = department(2025, STATION, budget, goal, tasks)
    s.skip()
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("桑园技术指导面积", 15, "亩", "≥", 20000),
        ("桑园技术培训人次", 15, "人次", "≥", 800),
        ("桑园技术培训场次", 10, "场", "≥", 20),
        ("蚕种催青孵化率", 15, "%", "≥", pct(0.95)),
        ("病虫情报发布及时率", 10, "%", "≥", pct(0.98)),
        ("技术服务投诉率", 10, "%", "≤", pct(0.02)),
        ("示范户蚕茧张产", 10, "公斤/张", "≥", 40),
        ("服务对象满意度", 15, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    sign(s, "孔见溪", "0579-6613 2105", day(2024, 11, 20))
    return b
