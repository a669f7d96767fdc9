"""Olive (油橄榄) and 文冠果 plantations: ex01–ex06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout612.common import (
    HEAD4,
    HEAD6,
    PERIOD,
    YEAR,
    book,
    funds,
    grid,
    period_funds,
    sign,
    wan,
)
from tests.variants.holdout612.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

DEPT = "澜石县林业和草原局（417003）"


@variant("ex01-olive-new-plantings", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percents, 万元 in the number "
         "format, goal areas with their parts in brackets (correct)")  # fmt: skip
def ex01() -> Book:
    b, s = book()
    goal = ("2026年在柘岗、羊角坪两片区新植油橄榄800亩（柘岗片区500亩、羊角坪片区300亩，"
            "其中利用荒坡地300亩），定植良种苗木4.4万株，栽植成活率达到90%以上，带动120户"
            "种植户参与，为2027年扩大推广积累栽培经验。")  # fmt: skip
    project_head(s, year=YEAR, name="油橄榄良种新植项目", dept=DEPT,
                 unit="澜石县油橄榄产业发展中心", money=funds(120, 100, 20),
                 goals=[goal], attr="新增项目")  # fmt: skip
    grid(s, HEAD6, [
        ("产出指标", "数量指标", "新植油橄榄面积", "≥", 800, "亩"),
        (None, None, "定植良种苗木", "≥", 4.4, "万株"),
        (None, "质量指标", "苗木栽植成活率", "≥", pct(0.9), "%"),
        (None, None, "苗木病虫害发生率", "≤", pct(0.05), "%"),
        (None, "时效指标", "栽植完成时间", "≤", day(YEAR, 4, 30, CN_DATE), None),
        (None, "成本指标", "苗木及栽植补助标准", "≤", 1200, "元/亩"),
        ("效益指标", "经济效益指标", "参与种植户户均务工增收", "≥", 1500, "元"),
        (None, "社会效益指标", "带动种植户参与", "≥", 120, "户"),
        (None, "生态效益指标", "荒坡地绿化利用面积", "≥", 300, "亩"),
        (None, "可持续影响指标", "落实管护责任的片区比例", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "龙晓岚", "0871-6530214", day(YEAR - 1, 11, 12))
    return b


@variant("ex02-olive-lowyield-goal", (12,),
         "project, OLD-NAT, one value column: the area differs from the goal's, the standard "
         "× the area exceeds the money, a deadline in the next year")  # fmt: skip
def ex02() -> Book:
    b, s = book()
    goal = ok("2026年在鹤栖镇改造油橄榄低产园600亩，补植良种苗木1.2万株，改造园亩均鲜果"
              "产量提高15%以上，带动90户种植户。", "warning")  # fmt: skip
    project_head(s, year=YEAR, name="鹤栖镇油橄榄低产园改造项目", dept=DEPT,
                 unit="澜石县鹤栖镇林业站", money=funds(100, 80, 20), goals=[goal])  # fmt: skip
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "低产园改造面积",
         mk("≥650亩", "D104", "warning", row=True, note="年度目标写改造600亩")),
        (None, None, "补植良种苗木", "≥1.2万株"),
        (None, "质量指标", "补植苗木成活率", "≥90%"),
        (None, "时效指标", "改造完成时间",
         mk("2027年3月31日前", "Y102", "error",
            note="一年期项目（2026年1月1日至12月31日），期限落在次年")),
        (None, "成本指标", "低产园改造补助标准",
         mk("≤2000元/亩", "B107", "warning", row=True,
            note="2000元/亩 × 650亩 = 130万元，超过年度资金100万元")),
        ("效益指标", "经济效益指标", "改造园亩均鲜果产量增长率", "≥15%"),
        (None, "社会效益指标", "带动种植户参与", "≥90户"),
        (None, "可持续影响指标", "形成低产园改造技术规程", "≥1套"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "杭子墨", "0871-6530377", day(YEAR - 1, 11, 14))
    return b


@variant("ex03-wenguanguo-three-years", (8, 12),
         "three-year project, NAT-2021, 中期 and 年度 columns: period counts above the "
         "year's, rates and unit costs equal in both (correct)")  # fmt: skip
def ex03() -> Book:
    b, s = book()
    goals = ["2026—2028年在柘岗、桐坪两乡建设文冠果基地3000亩，定植良种苗木45万株，建成良种"
             "采穗圃3个，带动农户600户。",
             "2026年建设文冠果基地1000亩，定植良种苗木15万株，建成采穗圃1个，带动农户200户，"
             "成活率达到85%以上。"]  # fmt: skip
    project_head(s, year=YEAR, years=3, name="文冠果木本油料基地建设项目", dept=DEPT,
                 unit="澜石县林木种苗站", attr="新增项目", goals=goals,
                 money=period_funds((360, 300, 60), (120, 100, 20)))  # fmt: skip
    grid(s, PERIOD, [
        ("产出指标", "数量指标", "文冠果基地建设面积", "≥3000亩", "≥1000亩"),
        (None, None, "定植良种苗木", "≥45万株", "≥15万株"),
        (None, "质量指标", "定植成活率", "≥85%", "≥85%"),
        (None, None, "基地建设验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务完成时间", "2028年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "基地建设补助标准", "≤1000元/亩", "≤1000元/亩"),
        ("效益指标", "社会效益指标", "带动农户参与", "≥600户", "≥200户"),
        (None, "可持续影响指标", "建成良种采穗圃", "≥3个", "≥1个"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "袁青禾", "0871-6531108", day(YEAR - 1, 11, 20))
    return b


@variant("ex04-wenguanguo-tending", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: a year's count above the "
         "period's, a count copied from 中期, a quality rate under 时效")  # fmt: skip
def ex04() -> Book:
    b, s = book()
    goals = [
        "2026—2028年抚育文冠果幼林2400亩，嫁接改良600亩，开展技术培训30期。",
        ok("2026年抚育文冠果幼林800亩，嫁接改良200亩，开展技术培训10期。", "warning"),
    ]
    project_head(s, year=YEAR, years=3, name="文冠果幼林抚育与嫁接改良项目", dept=DEPT,
                 unit="澜石县桐坪乡林业站", goals=goals,
                 money=period_funds((240, 200, 40), (80, 70, 10)))  # fmt: skip
    grid(s, PERIOD, [
        ("产出指标", "数量指标", "文冠果幼林抚育面积", "≥2400亩", "≥800亩"),
        (None, None, "嫁接改良面积", "≥600亩",
         mk("≥900亩", "D201", "error", alt=("D104",), note="年度900亩大于实施期600亩")),
        (None, None, "技术培训期数", "≥30期",
         mk("≥30期", "D202", "warning", alt=("D104",),
            note="三年期累计数照抄到年度；年度目标写10期")),
        (None, "质量指标", "抚育作业验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "抚育作业完成时间", "2028年10月31日前", "2026年10月31日前"),
        (None, None, mk("嫁接成活率", "F201", "warning", row=True,
                        note="成活率是质量指标，填在时效指标下"), "≥80%", "≥80%"),
        ("成本指标", "经济成本指标", "幼林抚育补助标准", "≤600元/亩", "≤600元/亩"),
        ("效益指标", "社会效益指标", "带动农户务工", "≥1500人次", "≥500人次"),
        (None, "可持续影响指标", "建立管护档案的地块比例", "=100%", "=100%"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "柏若溪", "0871-6532045", day(YEAR - 1, 11, 22))
    return b


@variant("ex05-olive-centre-department", (12,),
         "department, NAT-2021, budget and key tasks adding up, goal counts matching the "
         "indicators, an incident count of 0起 (correct)")  # fmt: skip
def ex05() -> Book:
    b, s = book()
    goal = ("目标1：繁育出圃油橄榄良种苗木20万株；目标2：完成低产园改造1000亩；目标3：开展冷榨"
            "加工技术培训400人次。")  # fmt: skip
    department_head(s, year=YEAR, dept="澜石县油橄榄产业发展中心", goal=goal,
                    budget=[[wan(560), wan(500), wan(60), wan(180), wan(380)]],
                    tasks=[["良种繁育", "良种苗圃管护与苗木出圃", wan(150), "出圃苗木≥20万株"],
                           ["低产园提质", "低产园改造1000亩", wan(130), "亩产提高"],
                           ["加工技术推广", "冷榨加工技术培训", wan(100), "培训≥400人次"],
                           ["金额合计", None, wan(380), None]])  # fmt: skip
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "出圃良种苗木", "≥20万株"),
        (None, None, "低产园改造面积", "≥1000亩"),
        (None, None, "冷榨加工技术培训人次", "≥400人次"),
        (None, "质量指标", "出圃苗木质量合格率", "≥95%"),
        (None, "时效指标", "苗木出圃完成时间", "2026年4月30日前"),
        ("成本指标", "经济成本指标", "低产园改造补助标准", "≤1300元/亩"),
        ("效益指标", "社会效益指标", "带动种植户增收户数", "≥500户"),
        (None, "生态效益指标", "油橄榄园森林火灾发生起数", "0起"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "苏望舒", "0871-6533016", day(YEAR - 1, 11, 25))
    return b


@variant("ex06-grove-stacked-two", (2, 12),
         "two projects stacked, OLD-NAT, one value column: a near-duplicate in the first, the "
         "second's money not adding up and its goal naming last year")  # fmt: skip
def ex06() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="油橄榄整形修剪与病虫害统防项目", dept=DEPT,
                 unit="澜石县羊角坪林业站", money=funds(80, 60, 20),
                 goals=["2026年整形修剪油橄榄1200亩，统防统治病虫害1500亩。"])  # fmt: skip
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "油橄榄整形修剪面积", "≥1200亩"),
        (None, None, "油橄榄树体整形修剪面积",
         mk("≥1000亩", "D103", "warning", row=True, alt=("D102", "D101"),
            note="与上一行是同一指标，多了“树体”二字，值不同")),
        (None, None, "病虫害统防统治面积", "≥1500亩"),
        (None, "质量指标", "病虫害防治效果达标率", "≥90%"),
        (None, "时效指标", "冬季修剪完成时间", "2026年3月15日前"),
        (None, "成本指标", "病虫害统防补助标准", "≤300元/亩"),
        ("效益指标", "社会效益指标", "带动农户务工", "≥800人次"),
        (None, "生态效益指标", "化学农药使用量下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    goal = mk("完成2025年度文冠果种子采收10吨，建成种子低温贮藏库1座。", "Y103", "warning",
              alt=("Y101",), note="2026年的申报表里留着上年的年度")  # fmt: skip
    total = mk(wan(45), "B101", "error", note="45 ≠ 30 + 10")
    project_head(s, year=YEAR, name="文冠果种子采收与贮藏项目", dept=DEPT, title="",
                 unit="澜石县林木种苗站", money=funds(total, 30, 10), goals=[goal])  # fmt: skip
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "文冠果种子采收量", "≥10吨"),
        (None, None, "建成种子低温贮藏库", "1座"),
        (None, "质量指标", "入库种子净度达标率", "≥95%"),
        (None, "时效指标", "种子采收完成时间", "2026年8月31日前"),
        (None, "成本指标", "种子采收补助标准", "≤20元/公斤"),
        ("效益指标", "经济效益指标", "良种种子销售收入", "≥30万元"),
        ("满意度指标", "服务对象满意度指标", "采种农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蔺知秋", "0871-6534120", day(YEAR - 1, 11, 16))
    return b
