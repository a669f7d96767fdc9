"""River embankment repairs: kgz01–kgz06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout874.common import (
    indicators,
    multi_year,
    new,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout874.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

HEAD5 = ("一级指标", "二级指标", "三级指标", "指标值", "指标解释")
HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("kgz01-dike-reinforce", (1, 5, 12),
         "project, NAT-2021, numbered tier labels, typed percent cells, 0起 incident count, "
         "goal count with its part in brackets (correct)")  # fmt: skip
def dike_reinforce() -> Book:
    b, s = new()
    project_head(
        s, year=2026, name="蔺河左岸险工段堤防加固工程", dept="柘川市水利局（412）",
        unit="柘川市蔺河堤防管理所", attr="一次性项目",
        money=one_year(wan(520), wan(480), wan(40)),
        goals=["加固蔺河左岸险工段堤防3.2公里（其中迎水坡混凝土护砌1.2公里），整治穿堤涵闸2座，"
               "汛前主体完工，保障沿岸4个乡镇防洪安全。"],
    )  # fmt: skip
    indicators(s, HEAD5, [
        ("一、产出指标", "1.数量指标", "堤防加固长度", "≥3.2公里", "含护砌段1.2公里"),
        (None, None, "迎水坡混凝土护砌长度", "≥1.2公里"),
        (None, None, "穿堤涵闸整治数量", "=2座"),
        (None, "2.质量指标", "分部工程质量优良率", pct(0.9)),
        (None, None, "单元工程验收合格率", pct(1)),
        (None, "3.时效指标", "主体工程完工时间", "2026年5月31日前"),
        ("二、成本指标", "经济成本指标", "堤防加固综合单价", "≤150万元/公里", "150×3.2=480万元"),
        ("三、效益指标", "社会效益指标", "加固堤段汛期重大险情发生次数", "0起", "零险情目标"),
        (None, None, "受保护人口", "≥3.6万人"),
        (None, "可持续影响指标", "工程设计使用年限", "≥30年"),
        ("四、满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：堤防加固长度已含迎水坡护砌段，不重复计算。")
    sign(s, "罗景澄", "0796-3318426", day(2025, 11, 12, CN_DATE))
    return b


@variant("kgz02-flood-damage-repair", (11, 12),
         "project, NAT-2021: goal length against the indicator, a unit cost beyond the money, "
         "a deadline in the year before")  # fmt: skip
def flood_damage_repair() -> Book:
    b, s = new()
    project_head(
        s, year=2026, name="潆湾区沿江堤防水毁修复工程", dept="潆湾区水务局（208）",
        unit="潆湾区河道堤防管理站", attr="一次性项目",
        money=one_year(wan(600), wan(550), wan(50)),
        goals=["修复沿江堤防水毁段4.5公里，新建防渗墙0.8公里，2026年主汛期前完工。"],
    )  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "水毁堤段修复长度",
         mk("≥3.5公里", "D104", "warning", row=True,
            note="年度目标写修复4.5公里，指标只有3.5公里")),
        (None, None, "防渗墙新建长度", "≥0.8公里"),
        (None, "质量指标", "修复工程验收合格率", "=100%"),
        (None, "时效指标", "修复工程完工时间",
         mk("2025年5月31日前", "Y102", "error", alt=("Y103", "Y101"),
            note="2026年度项目的完工期限落在2025年，上年汛期的期限未改")),
        ("成本指标", "经济成本指标", "堤防修复单位成本",
         mk("≤190万元/公里", "B107", "warning", row=True,
            note="190×3.5=665万元（按目标4.5公里更多），超过年度资金600万元")),
        ("效益指标", "社会效益指标", "堤后受保护农田面积", "≥1.2万亩"),
        ("满意度指标", "服务对象满意度指标", "沿江居民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦秋岚", "0796-5207713", day(2025, 12, 3, CN_DATE))
    return b


@variant("kgz03-city-levee-three-years", (8, 12),
         "three-year project, NAT-2021, 中期 and 年度 columns: period counts beside smaller "
         "annual counts, rates and costs equal in both (correct)")  # fmt: skip
def city_levee() -> Book:
    b, s = new()
    project_head(
        s, year=2026, years=3, name="柘川市城区防洪堤达标提升工程", dept="柘川市水利局（412）",
        unit="柘川市城区防洪工程建设中心", attr="新增项目",
        money=multi_year((wan(3600), wan(3300), wan(300)), (wan(1200), wan(1100), wan(100))),
        goals=["三年累计提升城区防洪堤12公里至50年一遇标准，新建排涝泵站3座。",
               "2026年提升防洪堤4公里，完成1座排涝泵站主体工程。"],
    )  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "防洪堤达标提升长度", "≥12公里", "≥4公里"),
        (None, None, "排涝泵站建设数量", "≥3座", "≥1座"),
        (None, "质量指标", "防洪标准", "50年一遇", "50年一遇"),
        (None, None, "单元工程验收合格率", pct(1), pct(1)),
        (None, "时效指标", "年度建设计划完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "堤防提升单位造价", "≤260万元/公里", "≤260万元/公里"),
        ("效益指标", "社会效益指标", "城区堤防达标率", "≥95%", "≥60%"),
        (None, "可持续影响指标", "工程设计使用年限", "≥50年", "≥50年"),
        ("满意度指标", "服务对象满意度指标", "城区居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "石砚秋", "0796-3319054", day(2025, 11, 28))
    return b


@variant("kgz04-gully-two-years", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: last season's year in the annual "
         "goal, a cumulative count copied, an annual length above the period's")  # fmt: skip
def gully_two_years() -> Book:
    b, s = new()
    project_head(
        s, year=2026, years=2, name="箬岭镇山洪沟治理工程", dept="柘川市蔺河县水利局（305）",
        unit="箬岭镇水利站", attr="新增项目",
        money=multi_year((wan(800), wan(700), wan(100)), (wan(450), wan(400), wan(50))),
        goals=["两年治理山洪沟6条，新建护岸9公里，沿沟村庄防洪标准达到10年一遇。",
               mk("2025年汛前完成3条山洪沟清淤及护岸4公里。", "Y103", "warning",
                  alt=("Y101", "Y102"), note="2026年度目标写2025年汛前：上年的文字未改")],
    )  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "山洪沟治理条数", "≥6条",
         mk("≥6条", "D202", "warning", alt=("D104",),
            note="两年累计条数照抄到年度列；年度目标写3条")),
        (None, None, "新建护岸长度", "≥9公里",
         mk("≥10公里", "D201", "error", note="年度10公里大于两年合计9公里")),
        (None, "质量指标", "护岸工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "工程按期完工率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "护岸单位造价", "≤40万元/公里", "≤40万元/公里"),
        ("效益指标", "社会效益指标", "沿沟受保护户数", "≥1200户", "≥600户"),
        ("满意度指标", "服务对象满意度指标", "沿沟村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃若溪", "0796-6120385", day(2025, 12, 8))
    return b


@variant("kgz05-maintenance-export", (5, 7, 9),
         "budget-system export: codes in the first columns, header on the third row of a second "
         "sheet, abbreviated tier labels, =100% at the ceiling (correct)")  # fmt: skip
def maintenance_export() -> Book:
    b, s = new("项目支出预算05-1", (16, 30, 22, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目代码", "项目名称", "预算单位", "资金总额", "财政拨款", "其他资金")
    s.row("412026000137", "蔺河中小河流堤防日常维修养护", "柘川市蔺河堤防管理所",
          wan(280), wan(260), wan(20))  # fmt: skip
    t = b.sheet("项目支出绩效目标05-2", (16, 26, 10, 12, 28, 16))
    t.title("2026年部门项目支出绩效目标表", 6)
    t.row("预算年度：2026", None, None, None, "单位：柘川市蔺河堤防管理所")
    name = "蔺河中小河流堤防日常维修养护"
    code = "412026000137"
    indicators(t, ("项目代码", "项目名称", "一级", "二级", "三级指标", "指标值"), [
        (code, name, "产出", "数量", "维修养护堤防长度", "≥42公里"),
        (None, None, None, None, "堤顶路面修补面积", "≥6500平方米"),
        (None, None, None, "质量", "养护质量达标率", pct(0.95)),
        (None, None, None, None, "汛前隐患整改率", "=100%"),
        (None, None, None, "时效", "年度养护任务完成时间", "2026年11月30日前"),
        (None, None, "成本", "经济成本", "每公里年养护费用", "≤6.5万元/公里"),
        (None, None, "效益", "社会效益", "堤防工程完好率", "≥95%"),
        (None, None, None, "可持续影响", "堤防巡查制度执行率", "≥95%"),
        (None, None, "满意度", "服务对象满意度", "沿堤群众满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("kgz06-stacked-levee-works", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column: a length given twice "
         "in the first, the second's money not adding up")  # fmt: skip
def stacked_levee() -> Book:
    b, s = new()
    project_head(
        s, year=2026, name="蔺河右岸堤顶防汛道路修复", dept="柘川市水利局（412）",
        unit="柘川市蔺河堤防管理所", money=one_year(wan(300), wan(270), wan(30)),
        goals=["修复蔺河右岸堤顶防汛道路5.6公里，保障汛期抢险车辆通行。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "堤顶防汛道路修复长度", "≥5.6公里"),
        (None, None, "错车平台新建数量", "≥8处"),
        (None, None, mk("堤顶道路修复长度", "D103", "warning", row=True, alt=("D101", "D102"),
                        note="与上两行的“堤顶防汛道路修复长度”是同一指标")),
        (None, "质量指标", "路面工程验收合格率", "=100%"),
        (None, "时效指标", "道路修复完工时间", "2026年6月15日前"),
        (None, "成本指标", "道路修复综合单价", "≤48万元/公里"),
        ("效益指标", "社会效益指标", "汛期抢险车辆通行保障率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "堤防巡查人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="沙溪口门闸维修", dept="柘川市水利局（412）", title="",
        unit="柘川市沙溪水闸管理所",
        money=one_year(mk(wan(180), "B101", "error", note="150+20=170，不是180"),
                       wan(150), wan(20)),
        goals=["维修沙溪口门闸闸门3孔，更换启闭机3台，汛前恢复正常启闭。"],
    )  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "闸门维修数量", "=3孔"),
        (None, None, "启闭机更换数量", "=3台"),
        (None, "质量指标", "维修工程验收合格率", "=100%"),
        (None, "时效指标", "维修完工时间", "2026年5月15日前"),
        (None, "成本指标", "单孔闸门维修成本", "≤50万元/孔"),
        ("效益指标", "社会效益指标", "口门闸汛期正常启闭率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "闸区群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
