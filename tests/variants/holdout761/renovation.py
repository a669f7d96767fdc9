"""Rural dilapidated-house (农村危房) renovation returns: kcq01 to kcq06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout761.common import (
    BUREAU,
    DEPT,
    HEAD4,
    HEAD5,
    OPS,
    book,
    footer,
    indicators,
    money_rows,
    period_rows,
    wan,
)  # fmt: skip
from tests.variants.holdout761.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

NAME = "2025年农村危房改造补助资金项目"


@variant("kcq01-weifang-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 0起 incidents, costs "
         "within the money (correct)")  # fmt: skip
def weifang_percent() -> Book:
    b, s = book()
    goal = ("完成农村危房改造120户（其中C级加固80户、D级拆除重建40户），"
            "2025年11月底前全部竣工验收，为2026年全县推广农房抗震改造积累经验。")  # fmt: skip
    project_head(s, year=2025, name=NAME, dept=DEPT, unit=BUREAU,
                 money=money_rows(360, 300, 60), goals=[goal])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "农村危房改造户数", "≥", 120, "户"),
        (None, None, "其中：C级危房加固户数", "≥", 80, "户"),
        (None, None, "其中：D级危房拆除重建户数", "≥", 40, "户"),
        (None, "质量指标", "竣工验收合格率", "=", pct(1), "%"),
        (None, None, "改造后房屋抗震设防达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "改造任务竣工时间", "≤", day(2025, 11, 30, CN_DATE), None),
        (None, "成本指标", "C级危房户均补助标准", "≤", 2.5, "万元/户"),
        (None, None, "D级危房户均补助标准", "≤", 4, "万元/户"),
        ("效益指标", "社会效益指标", "农村低收入群体住房安全保障率", "=", pct(1), "%"),
        (None, None, "改造施工安全事故", "=", 0, "起"),
        (None, "可持续影响指标", "改造房屋安全使用年限", "≥", 20, "年"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, 2025, "郁承岳", "0596-7713258")
    return b


@variant("kcq02-weifang-goal-against-rows", (12,),
         "project, OLD-NAT, one value column: the goal's count, the unit cost and the deadline "
         "each disagree with the goal and the money")  # fmt: skip
def weifang_goal() -> Book:
    b, s = book()
    goal = "完成农村危房改造150户，2025年10月底前全部完工并通过验收，确保改造户住房安全。"
    project_head(s, year=2025, name=NAME, dept=DEPT, unit=BUREAU,
                 money=money_rows(480, 400, 80), goals=[goal])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "农村危房改造户数",
         mk("≥130户", "D104", "warning", row=True, note="年度目标写改造150户")),
        (None, "质量指标", "竣工验收合格率", "=100%"),
        (None, "时效指标", "改造完工时间",
         mk("2026年10月31日前", "Y102", "error", alt=("Y103", "D104"),
            note="一年期2025年项目，目标写2025年10月底前")),
        (None, "成本指标", "户均补助标准",
         mk("≤4万元/户", "B107", "warning", row=True,
            note="4万元 × 130户 = 520万元，超过资金总额480万元")),
        ("效益指标", "社会效益指标", "农村低收入群体住房安全保障率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, 2025, "郁承岳", "0596-7713258")
    return b


@variant("kcq03-weifang-three-years", (8,),
         "three-year project 2025–2027, OLD-NAT, 中期 and 年度 columns: period counts above the "
         "year's, rates and unit costs equal in both (correct)")  # fmt: skip
def weifang_three_years() -> Book:
    b, s = book()
    goals = ["2025—2027年完成全县存量农村危房改造360户，建立农房安全动态监测机制。",
             "2025年完成农村危房改造120户，建立全县农房安全动态监测台账。"]  # fmt: skip
    project_head(s, year=2025, name="农村危房改造三年行动项目", dept=DEPT, unit=BUREAU,
                 money=period_rows((900, 750, 150), (300, 250, 50)), goals=goals, years=3,
                 attr="新增项目")  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "农村危房改造户数", "≥360户", "≥120户"),
        (None, "质量指标", "竣工验收合格率", "=100%", "=100%"),
        (None, "时效指标", "改造任务完成时间", "2027年11月底前", "2025年11月底前"),
        (None, "成本指标", "户均补助标准", "≤2.5万元/户", "≤2.5万元/户"),
        ("效益指标", "社会效益指标", "农村低收入群体住房安全保障率", "≥98%", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    footer(s, 2025, "郁承岳", "0596-7713258")
    return b


@variant("kcq04-weifang-period-wrong", (8, 11),
         "three-year project 2025–2027, OLD-NAT, 中期 and 年度 columns: 年度目标 copied from "
         "中期目标, a year's count above the period's, a 反向 rate with ≥")  # fmt: skip
def weifang_period_wrong() -> Book:
    b, s = book()
    text = "2025—2027年完成农村危房改造300户，消除存量农村危房安全隐患。"
    goals = [text, mk(text, "D204", "warning", note="年度目标逐字照抄中期目标")]
    project_head(s, year=2025, name="农村危房改造三年行动项目", dept=DEPT, unit=BUREAU,
                 money=period_rows((780, 660, 120), (260, 220, 40)), goals=goals, years=3,
                 attr="新增项目")  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "农村危房改造户数", "≥300户",
         mk("≥320户", "D201", "error", note="年度320户超过三年合计300户")),
        (None, "质量指标", "竣工验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度改造任务完成时间", "2027年11月底前", "2025年11月底前"),
        ("效益指标", "可持续影响指标",
         "改造农户返危率", mk("≥2%", "T108", "warning", row=True, note="返危率是反向指标"), "≥2%"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    footer(s, 2025, "郁承岳", "0596-7713258")
    return b


@variant("kcq05-weifang-department", (4, 12),
         "department, NAT-2021, budget and key tasks adding up, a 说明 row inside the table, "
         "footnotes and a signature line dated the year before (correct)")  # fmt: skip
def weifang_department() -> Book:
    b, s = book("部门整体")
    tasks = [("农村危房改造", "C级、D级危房加固和重建", wan(480), "完成改造160户"),
             ("农村生活污水管网建设", "新建污水主管网、入户接管", wan(620), "新建管网10公里"),
             ("传统村落保护", "古建筑修缮、巷弄风貌整治", wan(340), "保护2个传统村落"),
             ("金额合计", None, wan(1440), None)]  # fmt: skip
    goal = "保障农村低收入群体住房安全，改善村庄人居环境，保护传统村落风貌。"
    department_head(s, year=2025, dept=BUREAU, tasks=tasks, goal=goal,
                    budget=[(wan(1860), wan(1700), wan(160), wan(420), wan(1440))])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "农村危房改造户数", "≥160户"),
        (None, None, "新建农村污水主管网长度", "≥10公里"),
        (None, None, "传统村落保护项目个数", "≥2个"),
        (None, "质量指标", "危房改造竣工验收合格率", "=100%"),
        (None, "时效指标", "年度重点任务完成时间", "12月31日前"),
        ("说明：成本指标按2025年省定补助标准测算", "", None, None),
        ("成本指标", "经济成本指标", "危房改造户均补助", "≤3万元/户"),
        (None, None, "污水主管网每公里建设成本", "≤62万元/公里"),
        ("效益指标", "社会效益指标", "农村低收入群体住房安全保障率", "=100%"),
        (None, "生态效益指标", "农村生活污水治理率较上年提高", "≥3百分点"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    footer(
        s,
        2025,
        "郁承岳",
        "0596-7713258",
        notes=[
            "注：1.金额合计为三项重点任务之和，等于项目支出1440万元。",
            "2.危房改造户均补助3万元 × 160户 = 480万元，污水管网62万元 × 10公里 = 620万元。",
        ],
    )
    return b


@variant("kcq06-weifang-flat-dupes", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值): the same count "
         "twice with two values, last year's indicator left in")  # fmt: skip
def weifang_flat() -> Book:
    b, s = book()
    department_head(s, year=2025, dept=BUREAU,
                    budget=[(wan(1200), wan(1100), wan(100), wan(380), wan(820))],
                    goal="完成农村危房改造150户，建立农房安全动态监测机制。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("农村危房改造完成户数", 20, "户", "≥", 150),
        ("危房改造竣工验收合格率", 15, "%", "=", 100),
        (mk("2024年农房安全动态监测户数", "Y103", "warning", row=True,
            note="上年度的指标留在2025年表中"), 15, "户", "≥", 2600),
        ("危房改造户均补助标准", 15, "万元/户", "≤", 3),
        ("危房改造完成户数", 15, "户", "≥",
         mk(120, "D102", "error", row=True, alt=("D103", "D101"),
            note="与第一行同一指标，户数不同")),
        ("农村低收入群体住房安全保障率", 10, "%", "≥", 98),
        ("改造户满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    footer(s, 2025, "郁承岳", "0596-7713258")
    return b
