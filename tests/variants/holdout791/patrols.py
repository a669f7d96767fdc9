"""Ranger patrols (护林员巡护): patrol projects, a fire brigade and a township forestry station."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout791.common import (
    HEAD4,
    HEAD5,
    YEAR,
    book,
    indicators,
    note,
    one_year,
    sign,
    two_cols,
)
from tests.variants.holdout791.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct

DEPT = "苍岭县林业局（412031）"


@variant("kdu04-patrol-period-annual", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: a year's patrol distance above "
         "the period's, a cumulative count copied, last year in the 年度目标")  # fmt: skip
def kdu04() -> Book:
    b, s = book()
    period = (f"{YEAR}—{YEAR + 2}年聘用专职护林员60名，累计巡护里程不少于30万公里，"
              "开展巡护培训6场。")  # fmt: skip
    annual = mk(f"{YEAR - 1}年聘用专职护林员60名，巡护里程不少于10万公里，开展巡护培训2场。",
                "Y103", "warning", note="年度目标写的是上一年，预算年度为 2026")  # fmt: skip
    project_head(s, year=YEAR, name="苍岭县护林员网格化巡护项目", dept=DEPT,
                 unit="苍岭县森林防火指挥部办公室", years=3,
                 money=two_cols((270, 270, 0), (90, 90, 0)), goals=[period, annual])  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "专职护林员聘用人数", "≥60人",
         ok("≥60人", note="在岗人数每年相同，不是累计数")),
        (None, None, "巡护里程", "≥30万公里",
         mk("≥36万公里", "D201", "error", alt=("D104",), note="一年的里程超过三年合计")),
        (None, None, "巡护技能培训", "≥6场",
         mk("≥6场", "D202", "warning", note="三年累计场次原样抄到年度列，年度目标为 2 场")),
        (None, "质量指标", "巡护轨迹上传率", "≥95%", "≥95%"),
        (None, "时效指标", "火情发现至报告时间", "≤30分钟", "≤30分钟"),
        (None, "成本指标", "护林员年均劳务补助", "≤1.5万元/人", "≤1.5万元/人"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰", "≤0.9‰"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "卢照岚", "0736-5810276")
    return b


@variant("kdu05-smart-patrol-two-years", (1, 8, 10),
         "two-year project, NAT-2021, 中期 and 年度 columns with the period's counts above "
         "the year's, percent cells, a rate raised in 百分点 (correct)")  # fmt: skip
def kdu05() -> Book:
    b, s = book()
    period = f"{YEAR}—{YEAR + 1}年建成林区视频监控点24个，智能巡护覆盖重点林区95%。"
    annual = f"{YEAR}年建成视频监控点14个，智能巡护覆盖重点林区90%，火情识别准确率提高5个百分点。"
    project_head(s, year=YEAR, name="雾松林区智能巡护监测项目", dept=DEPT,
                 unit="苍岭县雾松林区管护站", years=2, attr="新增项目",
                 money=two_cols((160, 150, 10), (90, 85, 5)), goals=[period, annual])  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "视频监控点建设数量", "≥24个", "≥14个"),
        (None, "质量指标", "重点林区智能巡护覆盖率", pct(0.95), pct(0.9)),
        (None, "时效指标", "火情报警响应时间", "≤20分钟", "≤20分钟"),
        ("成本指标", "经济成本指标", "单个监控点建设成本", "≤6万元/个", "≤6万元/个"),
        ("效益指标", "社会效益指标", "火情识别准确率提高", "≥8百分点", "≥5百分点"),
        (None, "可持续影响指标", "监控点运维机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "护林员使用满意度", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    sign(s, "钟砚秋", "0736-5826683")
    return b


@variant("kdu07-brigade-department", (4, 12),
         "department, NAT-2021: budget, key tasks with 金额合计, a 下降率 with ≥, footnote "
         "explaining the total, signature lines (correct)")  # fmt: skip
def kdu07() -> Book:
    b, s = book()
    tasks = [
        ("护林巡护", "聘用季节性巡护员，防火期每日巡山", money(60, WAN), "巡护全覆盖"),
        ("隔离带维护", "维护县级防火隔离带", money(50, WAN), "隔离带畅通"),
        ("蓄水池维修", "维修林区消防蓄水池", money(30, WAN), "水源可用"),
        ("金额合计", None, money(140, WAN), None),
    ]
    department_head(s, year=YEAR, dept="苍岭县森林消防大队",
                    budget=[(money(520, WAN), money(500, WAN), money(20, WAN),
                             money(380, WAN), money(140, WAN))],
                    tasks=tasks,
                    goal="防火期巡护全覆盖，维护隔离带，保障林区消防水源，火灾受害率控制在0.9‰以内。",
                    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "防火期季节性巡护员", "≥40人"),
        (None, None, "维修消防蓄水池", "≥10座"),
        (None, "质量指标", "蓄水池维修验收合格率", "=100%"),
        (None, "时效指标", "火情出动时间", "≤15分钟"),
        ("成本指标", "经济成本指标", "巡护员防火期补助", "≤1.5万元/人"),
        ("效益指标", "社会效益指标", "林区火情起数较上年下降率", "≥10%"),
        (None, "生态效益指标", "森林火灾受害率", "≤0.9‰"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：项目支出140万元即上述三项任务合计；基本支出380万元为人员和公用经费。")
    sign(s, "韦擎苍", "0736-5801592", month=11, d=26)
    return b


@variant("kdu08-station-tasks-wrong", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, the goal's ranger count against "
         "the indicator")  # fmt: skip
def kdu08() -> Book:
    b, s = book()
    tasks = [
        ("生态护林员巡护", "聘用生态护林员巡山护林", money(35, WAN), "责任区巡护全覆盖"),
        ("防火宣传", "进村入户宣传防火知识", money(10, WAN), "宣传到户"),
        ("扑火物资", "购置风力灭火机、二号工具", money(12, WAN), "物资齐备"),
        ("金额合计", None, mk(money(60, WAN), "B102", "error",
                          note="35 + 10 + 12 = 57，不是 60")),
    ]  # fmt: skip
    department_head(s, year=YEAR, dept="苍岭县雾松镇林业站",
                    budget=[(money(210, WAN), money(200, WAN), money(10, WAN),
                             money(150, WAN), money(60, WAN))],
                    tasks=tasks,
                    goal="聘用生态护林员120名，责任区巡护全覆盖，防火宣传到户，扑火物资齐备。",
                    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "生态护林员聘用人数",
         mk("≥100人", "D104", "warning", note="总体目标写 120 名")),
        (None, None, "防火宣传入户数", "≥3000户"),
        (None, "质量指标", "责任区巡护覆盖率", "≥95%"),
        (None, "时效指标", "扑火物资到位时间", f"{YEAR}年3月31日前"),
        ("成本指标", "经济成本指标", "护林员月均补助", "≤240元/人·月"),
        ("效益指标", "社会效益指标", "群众防火知识知晓率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "沈聿桐", "0736-5838820", month=11, d=18)
    return b


@variant("kdu09-flat-command-office", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, weights adding to 100 (correct)")  # fmt: skip
def kdu09() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="苍岭县森林防火指挥部办公室",
                    budget=[(money(180, WAN), money(180, WAN), money(0, WAN),
                             money(95, WAN), money(85, WAN))],
                    goal="统筹全县护林巡护和防火值守，火情早发现、早处置。")  # fmt: skip
    head = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.row(*head)
    s.table([
        ("护林员巡护责任区覆盖率", 20, "%", "≥", pct(0.98)),
        ("防火期24小时值守天数", 15, "天", "≥", 150),
        ("火情信息核报及时率", 20, "%", "≥", pct(0.95)),
        ("林火当日扑灭率", 15, "%", "≥", pct(0.95)),
        ("森林火灾受害率", 15, "‰", "≤", 0.9),
        ("林区群众满意度", 15, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "伍念岑", "0736-5812647", month=11, d=22)
    return b


@variant("kdu16-patrol-points-wrong", (10,),
         "project, NAT-2021, tier-1 score column: 产出 declared 50 over indicators adding to "
         "45; a ranger allowance × headcount above the money")  # fmt: skip
def kdu16() -> Book:
    b, s = book(widths=(12, 8, 14, 28, 14, 8))
    goal = "聘用专职护林员80名，对松崖林场3.2万亩林地实行网格化巡护。"
    project_head(s, year=YEAR, name="松崖林场专职护林员巡护项目", dept=DEPT,
                 unit="苍岭县松崖国有林场", money=one_year(100, 100, 0), goals=[goal])  # fmt: skip
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ("产出指标", mk(50, "W103", "error", alt=("W101",), note="15+10+10+10=45"),
         "数量指标", "专职护林员人数", "≥80人", 15),
        (None, None, None, "网格化巡护面积", "≥3.2万亩", 10),
        (None, None, "质量指标", "巡护日志完整率", "≥95%", 10),
        (None, None, "时效指标", "火情报告时间", "≤30分钟", 10),
        ("成本指标", 10, "经济成本指标", "护林员年度劳务补助",
         mk("≤1.5万元/人", "B107", "warning", note="1.5 × 80 = 120 万元，超过资金总额 100 万元"),
         10),
        ("效益指标", 20, "生态效益指标", "巡护区森林火灾受害率", "≤0.9‰", 20),
        ("满意度指标", 20, "服务对象满意度指标", "林场职工满意度", "≥90%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    note(s, "注：分值合计100分。")
    sign(s, "龚砺川", "0736-5879051")
    return b
