"""Eel ponds with a water-recycling system: kac01 to kac06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout695.common import FISH, book, indicators, notes, one_year, signature, wan
from tests.variants.holdout695.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "苇汀县榕埠镇水产养殖服务站"


@variant("kac01-recycle-ponds-percent", (1, 7), "project, NAT-2021, header 绩效目标值, typed "
         "percent cells, a goal count with its parts in brackets (correct)")  # fmt: skip
def recycle_ponds_percent() -> Book:
    b, s = book()
    project_head(s, year=2025, name="榕埠镇鳗鲡循环水养殖池建设项目", dept=FISH, unit=UNIT,
                 money=one_year(180, 150, 30), goals=[
                     "新建循环水养殖池40口（其中精养池32口、暂养池8口），配套微滤机与生物滤池"
                     "2套，全年出池成鳗不少于120吨。"])  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "循环水养殖池单口建设成本", "≤3.5万元/口"),
        ("产出指标", "数量指标", "新建循环水养殖池", "≥40口"),
        (None, None, "配套水处理设备", "≥2套"),
        (None, "质量指标", "鳗苗放养成活率", pct(0.85)),
        (None, "时效指标", "养殖池完工时间", "2025年9月30日前"),
        ("效益指标", "经济效益指标", "出池成鳗产量", "≥120吨"),
        (None, "生态效益指标", "养殖用水循环利用率", pct(0.9)),
        (None, None, "尾水氨氮浓度下降率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "入池养殖户满意度", pct(0.92)),
    ], head=("一级指标", "二级指标", "三级指标", "绩效目标值"))  # fmt: skip
    signature(s, "邬明川", "0596-7713208", day(2024, 11, 18))
    return b


@variant("kac02-pond-area-against-goal", (7,), "project, OLD-NAT, header 指标内容/绩效标准: the "
         "goal's area against the indicator, a quality rate under 时效, a cost standard over "
         "the money")  # fmt: skip
def pond_area_against_goal() -> Book:
    b, s = book()
    project_head(s, year=2025, name="沙屿乡连片鳗池标准化改造项目", dept=FISH,
                 unit="苇汀县沙屿乡农业服务中心", money=one_year(50, 40, 10), goals=[
                     "改造连片鳗鲡养殖池塘60亩，配套尾水三级净化设施，"
                     "带动养殖户25户增收。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "池塘改造面积", mk(
            "≥50亩", "D104", "warning", note="年度目标写改造60亩，指标只有50亩")),
        (None, None, "带动养殖户", "≥25户"),
        (None, "质量指标", "改造池塘验收合格率", "≥95%"),
        (None, "时效指标", "尾水处理达标率", mk(
            "≥90%", "F201", "warning", note="达标率是质量指标，填在时效指标下")),
        (None, None, "改造完成时间", "2025年10月31日前"),
        (None, "成本指标", "池塘改造补助标准", mk(
            "≤1.2万元/亩", "B107", "warning",
            note="1.2万元/亩 × 50亩 = 60万元（按目标60亩则72万元），超过年度资金50万元")),
        ("效益指标", "社会效益指标", "带动养殖户户均增收", "≥0.8万元/户"),
        (None, "生态效益指标", "养殖尾水循环利用率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ], head=("一级指标", "二级指标", "指标内容", "绩效标准"))  # fmt: skip
    signature(s, "甘宁远", "0596-7720451", day(2024, 11, 22))
    return b


@variant("kac03-ponds-three-year-copied", (8,), "three-year project 2025—2027, NAT-2021, 中期 "
         "and 年度 columns: 年度目标 copied from 中期目标, a year's count above the period's, a "
         "2023 deadline left over")  # fmt: skip
def ponds_three_year_copied() -> Book:
    b, s = book()
    goal = "2025—2027年分期建成鳗鲡循环水养殖池90口，养殖用水循环利用率达到90%以上。"
    project_head(s, year=2025, years=3, name="苇汀县鳗鲡循环水养殖示范区建设项目", dept=FISH,
                 unit=UNIT, attr="新增项目", money=[
                     ["中期资金总额", wan(540), "年度资金总额", wan(180)],
                     ["其中：财政拨款", wan(450), "其中：财政拨款", wan(150)],
                     ["其他资金", wan(90), "其他资金", wan(30)]],
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="三年期项目的年度目标与中期目标逐字相同")])  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "养殖池单口建设成本", "≤1.8万元/口", "≤1.8万元/口"),
        ("产出指标", "数量指标", "建成循环水养殖池", "≥90口", mk(
            "≥96口", "D201", "error", note="一年的建设数量96口大于三年合计90口")),
        (None, "质量指标", "成鳗上市规格达标率", "≥90%", "≥90%"),
        (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", mk(
            "2023年12月31日前", "Y102", "error", alt=("Y103",),
            note="2023年在项目期2025—2027年之前，是旧表留下的日期")),
        ("效益指标", "经济效益指标", "成鳗产量", "≥300吨", "≥100吨"),
        (None, "生态效益指标", "养殖用水循环利用率", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "示范区养殖户满意度", "≥90%", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))  # fmt: skip
    signature(s, "邬明川", "0596-7713208", day(2024, 11, 26))
    return b


@variant("kac04-hatchery-two-year", (8,), "two-year project 2025—2026, NAT-2021, 中期 and 年度 "
         "columns: the period's counts beside smaller year counts, a later year prepared for "
         "(correct)")  # fmt: skip
def hatchery_two_year() -> Book:
    b, s = book()
    project_head(s, year=2025, years=2, name="苇汀县鳗苗循环水育苗车间建设项目", dept=FISH,
                 unit="苇汀县水产技术推广站", attr="新增项目", money=[
                     ["中期资金总额", wan(300), "年度资金总额", wan(160)],
                     ["其中：财政拨款", wan(260), "其中：财政拨款", wan(140)],
                     ["其他资金", wan(40), "其他资金", wan(20)]],
                 goals=["两年建成循环水育苗车间2座、配套养殖池60口，为2027年在全县推广工厂化"
                        "养鳗积累技术参数。",
                        "2025年建成育苗车间1座、配套养殖池32口，完成首批鳗苗试养。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "建成循环水育苗车间", "≥2座", "≥1座"),
        (None, None, "配套养殖池", "≥60口", "≥32口"),
        (None, "质量指标", "鳗苗培育成活率", pct(0.8), pct(0.8)),
        (None, "时效指标", "建设任务完成时间", "2026年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "养殖池单口建设成本", "≤2万元/口", "≤2万元/口"),
        ("效益指标", "生态效益指标", "育苗用水量下降率", "≥30%", "≥30%"),
        (None, "可持续影响指标", "循环水设施使用年限", "≥10年", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "育苗企业满意度", "≥90%", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"))  # fmt: skip
    signature(s, "柯采薇", "0596-7735610", day(2024, 12, 2))
    return b


@variant("kac05-station-flat-list", (3, 4), "department, flat list 指标名称 · 权重 · 计量单位 · "
         "指标性质 · 指标值 with a 合计 row and a note (correct)")  # fmt: skip
def station_flat_list() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="苇汀县水产技术推广站",
                    budget=[[wan(260), wan(240), wan(20), wan(110), wan(150)]],
                    goal="推广鳗鲡循环水养殖技术，开展病害监测与养殖尾水抽检，全年无重大病害"
                         "死亡事故。")  # fmt: skip
    indicators(s, [
        ("循环水养殖技术培训", 15, "人次", "≥", 300),
        ("鳗鲡病害监测点", 15, "个", "≥", 12),
        ("养殖病害重大死亡事故", 10, "起", "≤", 0),
        ("养殖尾水抽检达标率", 15, "%", "≥", 95),
        ("养殖用药量下降率", 15, "%", "≥", 10),
        ("技术服务响应及时率", 10, "%", "≥", 95),
        ("养殖户满意度", 20, "%", "≥", 90),
        ("合计", 100, None, None, None),
    ], head=("指标名称", "权重", "计量单位", "指标性质", "指标值"), merged=())  # fmt: skip
    notes(s, "注：养殖用药量下降率以2024年用药量为基数计算。")
    signature(s, "柯采薇", "0596-7735610", day(2024, 11, 15))
    return b


@variant("kac06-stacked-pond-projects", (2,), "two projects stacked in one sheet, OLD-NAT: "
         "the second's money does not add up, one indicator twice with another value")  # fmt: skip
def stacked_pond_projects() -> Book:
    b, s = book()
    project_head(s, year=2025, name="鳗鲡良种繁育池改造项目", dept=FISH, unit=UNIT,
                 money=one_year(60, 50, 10),
                 goals=["改造良种繁育池20口，年供优质鳗苗200万尾。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "改造良种繁育池", "≥20口"),
        (None, "质量指标", "繁育池验收合格率", "≥95%"),
        (None, "时效指标", "改造完成时间", "2025年8月31日前"),
        (None, "成本指标", "单口改造成本", "≤2.5万元/口"),
        ("效益指标", "经济效益指标", "年供优质鳗苗", "≥200万尾"),
        ("满意度指标", "服务对象满意度指标", "育苗户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="养殖尾水循环处理设施建设项目", dept=FISH, unit=UNIT, money=[
        ["年度资金总额", mk(wan(85), "B101", "error", note="60 + 15 = 75，不等于85"),
         "其中：财政拨款", wan(60)],
        ["其他资金", wan(15), None, None]],
        goals=["建设尾水循环处理设施4套，处理后尾水回用率达到80%。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "尾水处理设施建设数量", "≥4套"),
        (None, None, "尾水处理设施建设数", mk(
            "≥6套", "D102", "error", alt=("D103", "D101"),
            note="与上一行是同一指标（少一个“量”字），指标值4套/6套不同")),
        (None, "质量指标", "设施验收合格率", "≥95%"),
        (None, "时效指标", "设施投入运行时间", "2025年11月30日前"),
        ("效益指标", "生态效益指标", "处理后尾水回用率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "周边养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b
