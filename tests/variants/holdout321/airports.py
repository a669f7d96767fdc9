"""General-aviation airports and regional routes: 通用机场运营补贴 and 支线航线培育 (ts01–ts06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout321.common import (
    book,
    budget,
    indicators,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout321.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("ts01-ga-subsidy-percent", (1, 12),
         "project, OLD-NAT, operator and unit columns, percents typed in Excel (one =100% at "
         "the ceiling), 万元 only in the number format, a deadline as a date "
         "cell (correct)")  # fmt: skip
def ga_subsidy_percent() -> Book:
    b, s = book("项目绩效目标")
    project_head(s, year=2025, name="通用机场运营补贴", dept="砾川市交通运输局（317004）",
                 unit="砾川市民航发展服务中心", money=one_year(360, 300, 60),
                 goals=("对辖区3个A类通用机场按起降架次和开放时长给予运营补贴，保障机场"
                        "常态化开放，通航起降不少于4800架次。",))  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "补贴通用机场数量", "=", 3, "个"),
        (None, None, "通用航空起降架次", "≥", 4800, "架次"),
        (None, "质量指标", "补贴资金核定准确率", "=", pct(1), "%"),
        (None, None, "机场跑道道面完好率", "≥", pct(0.95), "%"),
        (None, "时效指标", "补贴资金拨付及时率", "≥", pct(0.95), "%"),
        (None, None, "补贴资金拨付完成时间", "≤", day(2025, 11, 30, CN_DATE), None),
        (None, "成本指标", "单个机场年度补贴上限", "≤", 120, "万元/个"),
        ("效益指标", "经济效益指标", "通航作业飞行小时增长率", "≥", pct(0.08), "%"),
        (None, "社会效益指标", "短途运输服务旅客", "≥", 12000, "人次"),
        (None, "可持续影响指标", "通用机场常态化开放天数", "≥", 330, "天"),
        ("满意度指标", "服务对象满意度指标", "通航运营企业满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "覃守拙", "0736-5182047", day(2024, 11, 18))
    return b


@variant("ts02-route-direction", (1, 11),
         "project, NAT-2021, operators inside the values: a typed 102% on an on-time rate, a "
         "反向 complaint rate with ≥, a per-flight subsidy cap with =")  # fmt: skip
def route_direction() -> Book:
    b, s = book()
    project_head(s, year=2025, name="柘岗机场支线航线培育补贴", dept="柘岗县交通运输局",
                 unit="柘岗县民航事务中心", money=one_year(480, 400, 80), attr="新增项目",
                 goals=("培育柘岗至砾川、柘岗至澄岭等3条支线航线，全年执飞不少于400班，"
                        "旅客吞吐量不少于5.2万人次。",))  # fmt: skip
    indicators(s, HEAD, [
        ("成本指标", "经济成本指标", "每班次航线培育补贴标准",
         mk("=1.2万元/班", "T108", "warning", row=True,
            note="a per-flight subsidy is a cost cap: = should be ≤")),
        ("产出指标", "数量指标", "培育支线航线条数", "≥3条"),
        (None, None, "航线执飞班次", "≥400班"),
        (None, "质量指标", "航班正常率",
         mk(pct(1.02), "T106", "error", note="a typed 102%: an on-time rate cannot exceed 100%")),
        (None, None, "航线平均客座率", "≥75%"),
        (None, "时效指标", "补贴资金清算完成时间", "2025年12月15日前"),
        ("效益指标", "经济效益指标", "航线旅客吞吐量", "≥52000人次"),
        (None, "社会效益指标", "旅客投诉率",
         mk("≥0.5%", "T108", "warning", row=True, note="a complaint rate is 反向: ≤ expected")),
        (None, "可持续影响指标", "培育期满航线保留率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "旅客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ts03-stacked-airport-route", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "name with different values in the two projects (correct)")  # fmt: skip
def stacked_airport_route() -> Book:
    b, s = book("绩效目标表")
    project_head(s, year=2025, name="澄岭通用机场运营补贴", dept="澄岭县交通运输局",
                 unit="澄岭县通用机场管理站", money=one_year(150, 130, 20),
                 title="2025年度项目支出绩效目标申报表（通用航空类）",
                 goals=("保障澄岭通用机场全年开放不少于330天，起降不少于1800架次。",))  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "通用机场开放天数", "≥330天"),
        (None, None, "保障通航起降架次", "≥1800架次"),
        (None, "质量指标", "跑道道面完好率", "≥98%"),
        (None, "时效指标", "补贴资金拨付时间", "2025年10月31日前"),
        (None, "成本指标", "起降架次补贴标准", "≤800元/架次"),
        ("效益指标", "社会效益指标", "短途运输服务旅客", "≥3000人次"),
        (None, "可持续影响指标", "机场运营管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="澄岭—砾川支线航线培育", dept="澄岭县交通运输局",
                 unit="澄岭县民航事务中心", money=one_year(210, 210, 0), title="",
                 goals=("稳定执飞澄岭至砾川航线，全年不少于300班，"
                        "运送旅客不少于3.6万人次。",))  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "航线执飞班次", "≥300班"),
        (None, "质量指标", "航班正常率", "≥85%"),
        (None, "时效指标", "补贴清算完成时间", "2025年12月20日前"),
        (None, "成本指标", "每班次培育补贴标准", "≤0.7万元/班"),
        ("效益指标", "经济效益指标", "航线旅客运输量", "≥36000人次"),
        (None, "社会效益指标", "县域居民赴砾川出行时间缩短", "≥3小时"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant("ts04-stacked-money-rate", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's total is not "
         "the sum of its sources and its load factor is given as a count")  # fmt: skip
def stacked_money_rate() -> Book:
    b, s = book("绩效目标表")
    project_head(s, year=2025, name="柘岗通用机场运营补贴", dept="柘岗县交通运输局",
                 unit="柘岗县通用机场管理站", money=one_year(180, 160, 20),
                 goals=("保障柘岗通用机场全年开放，支持通航起降不少于2000架次。",))  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "支持通航起降架次", "≥2000架次"),
        (None, "质量指标", "机场安全运行合格率", "≥98%"),
        (None, "时效指标", "补贴资金拨付时间", "2025年11月30日前"),
        (None, "成本指标", "起降架次补贴标准", "≤900元/架次"),
        ("效益指标", "经济效益指标", "通航作业飞行小时", "≥1500小时"),
        (None, "可持续影响指标", "通用机场常态化开放", "≥300天"),
        ("满意度指标", "服务对象满意度指标", "通航企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    money = one_year(mk(wan(260), "B101", "error", row=True, note="200 + 40 = 240 ≠ 260"), 200, 40)
    project_head(s, year=2025, name="柘岗机场支线航线培育", dept="柘岗县交通运输局",
                 unit="柘岗县民航事务中心", money=money, title="",
                 goals=("培育柘岗至澄岭支线航线，全年执飞不少于300班。",))  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "航线执飞班次", "≥300班"),
        (None, "质量指标", "航线客座率",
         mk("≥9000人", "T105", "error", note="a load factor given as a head count")),
        (None, "时效指标", "补贴清算完成时间", "2025年12月20日前"),
        (None, "成本指标", "每班次培育补贴标准", "≤0.8万元/班"),
        ("效益指标", "经济效益指标", "航线旅客运输量", "≥30000人次"),
        ("满意度指标", "服务对象满意度指标", "旅客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ts05-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, 0起 on an accident count, weights adding to 100 with a 合计 row "
         "(correct)")  # fmt: skip
def flat_department() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="澄岭县通用航空发展服务中心",
                    budget=[budget(560, 520, 40, 180, 380)],
                    tasks=[("通用机场运营补贴", "按起降架次补贴县内2个通用机场", wan(230),
                            "机场全年开放"),
                           ("支线航线培育", "培育澄岭至砾川等2条支线航线", wan(150),
                            "航线稳定执飞"),
                           ("金额合计", None, wan(380), None)],
                    goal="保障通用机场常态化开放，培育支线航线2条，"
                         "提升县域航空出行便利度。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("通用机场开放天数", 10, "天", "≥", 330),
        ("支持通航起降架次", 15, "架次", "≥", 3000),
        ("培育支线航线条数", 10, "条", "=", 2),
        ("航班正常率", 10, "%", "≥", pct(0.85)),
        ("补贴资金拨付及时率", 10, "%", "≥", pct(0.95)),
        ("通航安全事故发生次数", 10, "起", "≤", 0),
        ("单架次起降补贴标准", 10, "元/架次", "≤", 700),
        ("航线旅客运输量", 15, "人次", "≥", 40000),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    signature(s, "郁可岚", "0736-7714305", day(2024, 11, 22))
    return b


@variant("ts06-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit against its column, ≥ on a 反向 rate, weights adding "
         "to 95")  # fmt: skip
def flat_defects() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="柘岗县民航事务中心",
                    budget=[budget(420, 400, 20, 150, 270)],
                    tasks=[("通用机场补贴", "补贴县内2个通用机场", wan(114), "机场全年开放"),
                           ("支线航线培育", "培育柘岗至砾川航线", wan(156), "航线稳定执飞"),
                           ("金额合计", None, wan(270), None)],
                    goal="保障通用机场开放运行，稳定执飞支线航线，培训通航从业人员。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("通用机场补贴数量", "≥2个", "正向", "个", 10),
        ("通航从业人员培训人数",
         mk("≥60人", "T112", "error", note="value in 人, unit column 架次"), "正向", "架次", 10),
        ("航班延误率",
         mk("≥3%", "T108", "warning", row=True, note="a delay rate is 反向: ≤ expected"),
         "反向", "%", 10),
        ("补贴资金拨付及时率", "≥95%", "正向", "%", 15),
        ("航线执飞班次", "≥260班", "正向", "班", 15),
        ("每班次补贴标准", "≤0.6万元/班", "反向", "万元/班", 10),
        ("航线旅客运输量", "≥30000人次", "正向", "人次", 15),
        ("服务对象满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 10+10+10+15+15+10+15+10 = 95, not 100")
    signature(s, "闵清禾", "0736-6620931", day(2024, 11, 25))
    return b
