"""Returns on multi-year public-art programmes and their money: 中期 and 年度, department budgets,
header words and conversion artefacts."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout381.common import book, indicators, periodic, sign, wan, yearly
from tests.variants.holdout381.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "wa13-trail-multi-year",
    (8,),
    "three-year project, OLD-NAT, 中期 and 年度 columns: "
    "counts smaller in the year, rates and unit costs legitimately equal (correct)",
)
def wa13() -> Book:
    b, s = book()
    project_head(s, year=2026, years=3, name="澄鹭市环湖绿道公共艺术装置三年计划",
                 dept="澄鹭市文化广电旅游局 402", unit="澄鹭市公共艺术发展中心",
                 money=periodic((wan(600), wan(540), wan(60)), (wan(200), wan(180), wan(20))),
                 goals=("三年内沿环湖绿道建成24件公共艺术装置，形成艺术步道。",
                        "2026年建成首批8件装置并开放北岸段艺术步道。"))  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "建成公共艺术装置数量", "≥24件", "≥8件"),
        (None, None, "艺术步道开放里程", "≥12公里", "≥4公里"),
        (None, "质量指标", "装置验收合格率", "=100%", "=100%"),
        (None, "成本指标", "单件装置建设成本", "≤25万元/件", "≤25万元/件"),
        ("效益指标", "社会效益指标", "绿道年游客人次增长率", "≥15%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦晗", "0771-6603218", (2025, 11, 30))
    return b


@variant("wa14-trail-multi-year-copied", (8,), "three-year project, OLD-NAT, 中期 and 年度 "
         "columns: 中期目标 text copied to 年度目标, two cumulative counts copied")  # fmt: skip
def wa14() -> Book:
    b, s = book()
    goal = "三年内在老城区12个历史街区设置城市雕塑，讲述街区历史。"
    project_head(
        s,
        year=2026,
        years=3,
        name="砚湾区历史街区城市雕塑三年计划",
        dept="砚湾区文化和旅游局 205",
        unit="砚湾区公共文化服务中心",
        money=periodic((wan(360), wan(360), wan(0)), (wan(120), wan(120), wan(0))),
        goals=(goal, mk(goal, "D204", "warning", note="年度目标 copied from 中期目标")),
    )
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "设置历史街区雕塑数量", "≥36座",
         mk("≥36座", "D202", "warning", note="the three-year count copied into the year")),
        (None, None, "覆盖历史街区数量", "≥12个",
         mk("≥12个", "D202", "warning", note="the three-year count copied into the year")),
        (None, "质量指标", "雕塑验收合格率", "=100%", "=100%"),
        (None, "成本指标", "单座雕塑建设成本", "≤3万元/座", "≤3万元/座"),
        ("效益指标", "社会效益指标", "历史街区导览讲解覆盖率", "≥80%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "居民和游客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wa15-festival-annual-above", (8, 11), "two-year project, OLD-NAT, 中期 and 年度 "
         "columns: an annual count above its period count, ≥ on a response time")  # fmt: skip
def wa15() -> Book:
    b, s = book()
    project_head(s, year=2026, years=2, name="鹭屿区公共艺术季活动及作品维护项目",
                 dept="鹭屿区文化和旅游局 309", unit="鹭屿区美术馆",
                 money=periodic((wan(140), wan(130), wan(10)), (wan(70), wan(65), wan(5))),
                 goals=("两年举办两届公共艺术季，维护展出作品。",
                        "2026年举办首届公共艺术季，展出作品不少于40件。"))  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "公共艺术季展出作品数量", "≥80件", "≥40件"),
        (None, None, "公共艺术季配套活动场次", "≥30场",
         mk("≥36场", "D201", "error", note="36 in the year above 30 for the whole period")),
        (None, "时效指标", "展出作品损坏报修响应时间",
         mk("≥24小时", "T108", "warning", row=True, note="a response time is 反向"), "≥24小时"),
        (None, "成本指标", "单件展出作品布展维护成本", "≤0.8万元/件", "≤0.8万元/件"),
        ("效益指标", "社会效益指标", "公共艺术季观众人次", "≥20万人次", "≥10万人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


TASKS = [("雕塑新建", "新建城市雕塑4座", wan(120), "按期建成并通过验收"),
         ("作品养护", "养护公共艺术作品80件", wan(110), "作品完好率不低于95%"),
         ("公共艺术活动", "举办公共艺术展演", wan(80), "展演不少于20场")]  # fmt: skip
DEPT = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("wa16-institute-money", (12, 1), "department, NAT-2021: budget with typed percent "
         "shares, key tasks adding to 项目支出, all consistent (correct)")  # fmt: skip
def wa16() -> Book:
    b, s = book()
    shares = (pct(1, "0.00%"), pct(0.9524, "0.00%"), pct(0.0476, "0.00%"),
              pct(0.4095, "0.00%"), pct(0.5905, "0.00%"))  # fmt: skip
    department_head(s, year=2026, dept="枫埠县城市雕塑研究院",
                    budget=[(wan(525), wan(500), wan(25), wan(215), wan(310)), shares],
                    tasks=[*TASKS, ("金额合计", None, wan(310), None)],
                    goal="完成4座城市雕塑新建和80件作品养护，办好公共艺术展演。")  # fmt: skip
    indicators(s, DEPT, [
        ("产出指标", "数量指标", "新建城市雕塑数量", "≥4座"),
        (None, None, "公共艺术展演场次", "≥20场"),
        (None, "质量指标", "养护作品完好率", "≥95%"),
        ("成本指标", "经济成本指标", "单件作品年养护成本", "≤1.3万元/件"),
        ("效益指标", "社会效益指标", "展演观众人次", "≥5万人次"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒙思远", "0774-3361925", (2025, 11, 20))
    return b


@variant("wa17-institute-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, a share not matching its amount, tasks not adding to 金额合计")  # fmt: skip
def wa17() -> Book:
    b, s = book()
    total = mk(wan(480), "B101", "error", note="基本支出 200 + 项目支出 270 = 470")
    shares = (pct(1, "0.00%"), mk(pct(0.9, "0.00%"), "B111", "error", note="450 ÷ 480 = 93.75%"),
              pct(0.0625, "0.00%"), None, None)  # fmt: skip
    tasks = [
        *TASKS[:2],
        ("公共艺术活动", "举办公共艺术展演", wan(30), "展演不少于8场"),
        ("金额合计", None, mk(wan(270), "B102", "error", note="120+110+30 = 260"), None),
    ]
    department_head(s, year=2026, dept="翠屏区公共艺术研究所",
                    budget=[(total, wan(450), wan(30), wan(200), wan(270)), shares],
                    tasks=tasks, goal="完成城市雕塑新建、作品养护和公共艺术展演。")  # fmt: skip
    indicators(s, DEPT, [
        ("产出指标", "数量指标", "新建城市雕塑数量", "≥4座"),
        (None, None, "公共艺术展演场次", "≥8场"),
        (None, "质量指标", "养护作品完好率", "≥95%"),
        ("成本指标", "经济成本指标", "单件作品年养护成本", "≤1.3万元/件"),
        ("效益指标", "社会效益指标", "展演观众人次", "≥2万人次"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


ASSESS = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")


@variant("wa18-assessment-artefacts", (7, 9), "project in 元, OLD-NAT, headers 考核指标, "
         "目标值（年度） and 评价标准: an amount stored as text, a deadline as a percent, a "
         "coverage rate as a count")  # fmt: skip
def wa18() -> Book:
    b, s = book()
    other = mk("250,000.00", "X103", "warning", note="an amount typed as text with separators")
    project_head(s, year=2026, name="枫埠县乡镇公共艺术点位修缮项目", dept="枫埠县文化馆 118",
                 unit="枫埠县文化馆", money_label="项目资金（元）",
                 money=yearly(money(1_250_000, YUAN), money(1_000_000, YUAN), other),
                 goals=("修缮9个乡镇的36处公共艺术点位。",))  # fmt: skip
    indicators(s, ASSESS, [
        ("产出指标", "数量指标", "修缮公共艺术点位数量", "≥36处", "每少1处扣1分"),
        (None, "质量指标", "乡镇公共艺术点位巡查覆盖率",
         mk("≥36处", "T105", "error", note="a 覆盖率 given as a count"), "未达到不得分"),
        (None, "时效指标", "点位修缮完工时间",
         mk("100%", "T113", "warning", note="a deadline given as a percent"), "逾期不得分"),
        (None, "成本指标", "单处点位修缮成本", "≤30000元/处", "超支不得分"),
        ("效益指标", "社会效益指标", "乡镇公共文化活动场次增长率", "≥10%", "未达到按比例扣分"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥88%", "低于85%不得分"),
    ])  # fmt: skip
    sign(s, "覃可欣", "0774-3361940", (2025, 12, 3))
    return b
