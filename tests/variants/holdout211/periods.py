"""Multi-year project tables: 中期 and 年度 columns, a rolling table with one column per year,
a 项目期 against the plan dates, a 中期 deadline before the 年度 one, the year's money above
the period's, a 年度目标 naming another year (pm10–pm15)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout211.common import TWO, book, indicators, period_money, project, sign, wan
from tests.variants.holdout211.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("pm10-period-deadline-2028", (8, 12), "three-year project 2026–2028, NAT-2021, 中期 "
         "and 年度 columns: the 中期 deadline in 2028, the 年度 one in 2026 (correct)")  # fmt: skip
def pm10() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="老旧小区综合改造项目", dept="白沙河区住房和城乡建设局（131）",
        unit="白沙河区城市更新服务中心",
        money=period_money((wan(2400), wan(2000), wan(400)), (wan(900), wan(750), wan(150))),
        goals=["2026年—2028年累计改造老旧小区36个，惠及居民5400户，加装电梯60部。",
               "2026年改造老旧小区12个，惠及居民1800户，加装电梯20部。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "改造老旧小区数", "≥36个", "≥12个"),
        (None, None, "惠及居民户数", "≥5400户", "≥1800户"),
        (None, None, "加装电梯数", "≥60部", "≥20部"),
        (None, "质量指标", "改造工程竣工验收合格率", pct(1), pct(1)),
        (None, "时效指标", "改造任务完成时间", "2028年10月31日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "加装电梯财政补助标准", "≤20万元/部", "≤20万元/部"),
        ("效益指标", "社会效益指标", "改造小区基础设施完好率", "≥95%", "≥90%"),
        (None, "可持续影响指标", "改造小区长效物业管理覆盖率", "≥80%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pm11-rolling-three-years", (8, 12), "three-year rolling project table 2026–2028, "
         "NAT-2021: money by year with a 三年合计 row, one indicator column per year (2026年, "
         "2027年, 2028年) with each year's deadline (correct)")  # fmt: skip
def pm11() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 18, 18))
    project(
        s, title="2026年度项目支出绩效目标申报表（三年滚动）", name="农村公路提档升级项目",
        dept="临溪县交通运输局（221）", unit="临溪县农村公路管理所",
        term="3年", start=day(2026, 1, 1), end=day(2028, 12, 31),
        money_rows=[
            ("年度", "资金总额", "其中：财政拨款", "其他资金", None),
            ("2026年", wan(180), wan(150), wan(30), None),
            ("2027年", wan(160), wan(130), wan(30), None),
            ("2028年", wan(140), wan(120), wan(20), None),
            ("三年合计", wan(480), wan(400), wan(80), None),
        ],
        span="中期目标（2026年—2028年）",
        goals=["三年累计提档升级农村公路105公里，改造危桥9座，农村公路优良路率达到85%。",
               "2026年提档升级农村公路40公里，改造危桥4座，农村公路优良路率达到80%。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "2026年指标值", "2027年指标值",
                   "2028年指标值"), [
        ("产出指标", "数量指标", "提档升级农村公路里程", "≥40公里", "≥35公里", "≥30公里"),
        (None, None, "改造危桥数", "≥4座", "≥3座", "≥2座"),
        (None, "质量指标", "交工验收合格率", pct(1), pct(1), pct(1)),
        (None, "时效指标", "年度建设任务完成时间", "2026年11月30日前", "2027年11月30日前",
         "2028年11月30日前"),
        ("成本指标", "经济成本指标", "农村公路提档升级财政补助标准", "≤3万元/公里",
         "≤3万元/公里", "≤3万元/公里"),
        (None, None, "危桥改造财政补助标准", "≤12万元/座", "≤12万元/座", "≤12万元/座"),
        ("效益指标", "社会效益指标", "农村公路优良路率", "≥80%", "≥83%", "≥85%"),
        (None, "可持续影响指标", "农村公路管养机制", "健全", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "罗一鸣", "汪海燕", "0591-85527310")
    return b


@variant("pm12-term-three-dates-two", (8,), "multi-year project, NAT-2021, 中期 and 年度 "
         "columns: 项目期 3年 while the plan runs 2026-01-01 to 2027-12-31")  # fmt: skip
def pm12() -> Book:
    b, s = book("Sheet1")
    project(
        s, title="2026年度项目支出绩效目标申报表", name="智慧养老服务平台建设项目",
        dept="青岚市民政局（127）", unit="青岚市养老服务指导中心", attr="新增项目",
        term=mk("3年", "Y101", "error", row=True, alt=("Y102",),
                note="3年 against plan dates two years apart (2026-01-01 to 2027-12-31)"),
        start=day(2026, 1, 1), end=day(2027, 12, 31),
        money_rows=period_money((wan(450), wan(390), wan(60)), (wan(180), wan(150), wan(30))),
        span=mk("中期目标（2026年—2028年）", "Y101", "error", required=False, alt=("Y103",),
                note="tolerated: the same 3年 / two-year conflict seen from the 中期 label"),
        goals=["三年累计接入居家养老服务对象6000人，建设智慧养老服务站点30个。",
               "本年度接入居家养老服务对象2000人，建设智慧养老服务站点10个，完成平台一期上线。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "接入居家养老服务对象数", "≥6000人", "≥2000人"),
        (None, None, "建设智慧养老服务站点数", "≥30个", "≥10个"),
        (None, "质量指标", "平台系统可用率", "≥99%", "≥99%"),
        (None, "时效指标", "服务工单响应时长", "≤30分钟", "≤30分钟"),
        ("成本指标", "经济成本指标", "单个服务站点建设费用", "≤8万元/个", "≤8万元/个"),
        ("效益指标", "社会效益指标", "居家老人紧急呼叫处置率", pct(1), pct(1)),
        (None, "可持续影响指标", "平台运营维护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pm13-period-deadline-before-annual", (8,), "three-year project 2026–2028, NAT-2021, "
         "中期 and 年度 columns: the 中期 deadline of the base construction (2026年6月30日前) "
         "is earlier than the 年度 one (2026年10月31日前)")  # fmt: skip
def pm13() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="中药材标准化种植示范基地建设项目",
        dept="枫塘县农业农村局（401）", unit="枫塘县经济作物技术推广站",
        money=period_money((wan(600), wan(500), wan(100)), (wan(220), wan(180), wan(40))),
        goals=["2026年—2028年建成中药材标准化种植示范基地3个，累计推广种植面积15000亩。",
               "2026年建成示范基地1个，推广种植面积5000亩。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "建成标准化种植示范基地数", "≥3个", "≥1个"),
        (None, None, "推广中药材种植面积", "≥15000亩", "≥5000亩"),
        (None, "质量指标", "中药材质量抽检合格率", "≥95%", "≥95%"),
        (None, "时效指标", "示范基地建设完成时间",
         mk("2026年6月30日前", "D201", "error", row=True,
            note="the period deadline lies before the 年度 deadline 2026年10月31日前 of a "
                 "three-year project"),
         "2026年10月31日前"),
        ("成本指标", "经济成本指标", "示范基地建设补助标准", "≤150万元/个", "≤150万元/个"),
        ("效益指标", "经济效益指标", "种植农户亩均增收", "≥800元/亩", "≥600元/亩"),
        ("满意度指标", "服务对象满意度指标", "种植农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pm14-annual-money-above-period", (8, 12), "two-year project 2026–2027, NAT-2021, 中期 "
         "and 年度 columns: 年度资金总额 320 above the 中期 300 (each column adds up); a 2027 "
         "deadline in the 中期 column")  # fmt: skip
def pm14() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="背街小巷提升改造项目", dept="石埭区城市管理局（150）",
        unit="石埭区市政设施维护中心",
        money=[
            ("中期资金总额", wan(300), "年度资金总额",
             mk(wan(320), "B103", "error", row=True, alt=("D201",),
                note="the year's 320 exceeds the two-year 300")),
            ("其中：财政拨款", wan(250), "其中：财政拨款",
             mk(wan(270), "B103", "error", row=True, required=False, alt=("D201",),
                note="tolerated: the same slip seen in the 财政拨款 line")),
            ("其他资金", wan(50), "其他资金", wan(50)),
        ],
        goals=["两年完成背街小巷提升改造48条，改造雨污管网9.6公里。",
               "2026年完成背街小巷提升改造20条，改造雨污管网4公里。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "提升改造背街小巷条数", "≥48条", "≥20条"),
        (None, None, "改造雨污管网长度", "≥9.6公里", "≥4公里"),
        (None, "质量指标", "改造工程验收合格率", pct(1), pct(1)),
        (None, "时效指标", "改造任务完成时间", "2027年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单条小巷改造费用", "≤5万元/条", "≤5万元/条"),
        ("效益指标", "社会效益指标", "改造小巷路面完好率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pm15-goal-names-2025", (8,), "two-year project 2026–2027, NAT-2021, 中期 and 年度 "
         "columns: the 年度目标 of the 2026 table begins 2025年")  # fmt: skip
def pm15() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="中小学智慧教室建设项目", dept="云岫市教育局（202）",
        unit="云岫市教育技术装备中心", attr="新增项目",
        money=period_money((wan(500), wan(420), wan(80)), (wan(260), wan(220), wan(40))),
        goals=["2026年—2027年累计建成智慧教室200间，培训教师1200人次。",
               mk("2025年建成智慧教室100间，培训教师600人次。", "Y103", "warning",
                  row=True, alt=("Y101",), note="the 年度目标 of the 2026 table names 2025")],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "建成智慧教室数", "≥200间", "≥100间"),
        (None, None, "培训教师人次", "≥1200人次", "≥600人次"),
        (None, "质量指标", "教室设备验收合格率", pct(1), pct(1)),
        (None, "时效指标", "智慧教室建成投用时间", "2027年8月31日前", "2026年8月31日前"),
        ("成本指标", "经济成本指标", "单间智慧教室建设费用", "≤2万元/间", "≤2万元/间"),
        ("效益指标", "社会效益指标", "智慧教室常态化使用率", "≥80%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
