"""Support for veterans in hardship: kcy13–kcy18."""

from __future__ import annotations

from tests.variants.holdout769.common import (
    HEAD,
    W7,
    department,
    indicators,
    multi_year,
    note,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout769.registry import variant
from tests.variants.kit import Book, mk, pct

AID = "澜江省退役军人服务中心"


@variant("kcy13-department-whole", (5, 11, 12),
         "department, NAT-2021 with 成本指标 as tier-1, marked labels (*), tasks adding to "
         "金额合计, 下降率 with ≥ (correct)")  # fmt: skip
def department_whole() -> Book:
    tasks = [("困难退役军人帮扶援助", "生活、医疗、住房临时救助", 1600, "帮扶困难退役军人1500户"),
             ("烈士纪念设施保护", "修缮、管护和安全巡查", 1000, "修缮纪念设施12处"),
             ("退役军人技能培训", "适应性和技能培训", 800, "培训退役军人600人"),
             ("金额合计", None, 3400, None)]  # fmt: skip
    goal = ("帮扶困难退役军人1500户（其中医疗救助400户），修缮烈士纪念设施12处，"
            "培训退役军人600人，帮扶对象生活困难发生率下降8%以上。")  # fmt: skip
    b, s = department(2026, "澜江省退役军人事务厅", [(5200, 4900, 300, 1800, 3400)], goal, tasks)
    s.skip()
    indicators(s, HEAD, [
        ("*产出指标", "*数量指标", "帮扶困难退役军人户数", "≥1500户"),
        (None, None, "其中：医疗救助户数", "≥400户"),
        (None, None, "修缮烈士纪念设施数量", "≥12处"),
        (None, None, "退役军人培训人数", "≥600人"),
        (None, "*质量指标", "帮扶资金发放准确率", pct(0.99)),
        (None, "*时效指标", "救助申请办结时限", "≤10个工作日"),
        ("*成本指标", "*经济成本指标", "户均帮扶标准", "≤10000元/户"),
        ("*效益指标", "*社会效益指标", "帮扶对象生活困难发生率下降率", "≥8%"),
        (None, None, "帮扶资金发放差错率", "≤1%"),
        ("*满意度指标", "*服务对象满意度指标", "帮扶对象满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：医疗救助户数包含在帮扶户数内；带*者为必填项。")
    sign(s, "贺知行", "0871-6630 1180", (2025, 11, 18))
    return b


@variant("kcy14-department-wrong", (12,),
         "department, NAT-2021: tasks off their 金额合计, a household count against the goal, "
         "a satisfaction rate under 社会效益")  # fmt: skip
def department_wrong() -> Book:
    tasks = [("困难退役军人帮扶", "临时救助和医疗救助", 400, "帮扶1500户"),
             ("节日走访慰问", "春节、八一走访慰问", 150, "走访慰问2000人"),
             ("光荣牌悬挂", "为烈属、军属、退役军人家庭悬挂光荣牌", 100, "悬挂1200块"),
             ("金额合计", None, mk(wan(700), "B102", "error", note="400+150+100=650，不是700"),
              None)]  # fmt: skip
    goal = "全年帮扶困难退役军人1500户，走访慰问2000人，悬挂光荣牌1200块。"
    b, s = department(2026, "栖凤市退役军人事务局", [(1200, 1100, 100, 500, 700)], goal, tasks)
    s.skip()
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "帮扶困难退役军人户数",
         mk("≥1200户", "D104", "warning", row=True, note="年度总体目标和任务写1500户")),
        (None, None, "走访慰问人数", "≥2000人"),
        (None, None, "光荣牌悬挂数量", "≥1200块"),
        (None, "质量指标", "救助对象认定准确率", "≥98%"),
        (None, "时效指标", "走访慰问完成时间", "2026年8月1日前"),
        ("成本指标", "经济成本指标", "户均帮扶标准", "≤2500元/户"),
        ("效益指标", "社会效益指标", mk("帮扶对象满意度", "F201", "warning", row=True,
                                  note="满意度填在社会效益指标下"), "≥90%"),
        (None, None, "困难退役军人返贫发生数", "≤5户"),
        ("满意度指标", "服务对象满意度指标", "走访慰问对象满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("kcy15-temporary-relief", (1, 4),
         "project, OLD-NAT, operator in words, unit column, typed percents, 填表说明 rows inside "
         "and under the table (correct)")  # fmt: skip
def temporary_relief() -> Book:
    goal = "对300户突发困难的退役军人家庭实施临时救助，户均不超过5000元，救助资金足额发放。"
    b, s = project(2026, "困难退役军人临时救助", AID, one_year(150, 130, 20), [goal], widths=W7)
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "临时救助户数", "大于等于", 300, "户"),
        (None, "质量指标", "救助资金足额发放率", "等于", pct(1), None),
        (None, None, "救助对象认定准确率", "大于等于", pct(0.98), None),
        (None, "时效指标", "救助资金发放时限", "小于等于", 15, "个工作日"),
        (None, "成本指标", "户均临时救助标准", "小于等于", 5000, "元/户"),
    ])  # fmt: skip
    note(s, "填表说明：救助户数按实际发生调整，结余资金按规定收回。")
    s.table([
        ("效益指标", "社会效益指标", "救助对象再次陷入困境比例", "小于等于", pct(0.05), None),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", "大于等于", pct(0.9), None),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：300户×5000元=150万元。", 6)
    note(s, "填表说明：百分比按Excel百分比格式录入。", 6)
    sign(s, "贺知行", "0871-6630 1180", (2025, 11, 25))
    return b


@variant("kcy16-festival-visits-wrong", (12,),
         "project, NAT-2021: money rows off, a standard times count above the money, last "
         "year's indicator left in")  # fmt: skip
def festival_visits_wrong() -> Book:
    total = mk(wan(200), "B101", "error", note="财政拨款180+其他资金30=210，不是200")
    goal = "元旦春节和八一期间走访慰问困难退役军人和烈属2500人，慰问金按时发放到位。"
    b, s = project(2026, "节日走访慰问", AID, one_year(total, 180, 30), [goal])
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "走访慰问人数", "≥2500人"),
        (None, "质量指标", "慰问金足额发放率", "=100%"),
        (None, "时效指标", "春节慰问完成时间", "2026年2月10日前"),
        (None, None, mk("2025年度八一慰问覆盖率", "Y103", "warning", row=True, alt=("Y101",),
                        note="2026年度表中的2025年指标：上年表格残留"), "=100%"),
        ("成本指标", "经济成本指标", "人均慰问标准",
         mk("≤1000元/人", "B107", "warning", row=True,
            note="2500人×1000元=250万元，超过年度资金")),
        ("效益指标", "社会效益指标", "困难退役军人生活保障水平", "有所提升"),
        ("满意度指标", "服务对象满意度指标", "慰问对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kcy17-medical-template-rows", (6, 13),
         "project, NAT-2021: a template tier-2 left empty, a value without a name, the same "
         "count under two tier-2s")  # fmt: skip
def medical_template_rows() -> Book:
    goal = "为400名困难退役军人提供医疗救助，人均救助不超过5000元。"
    b, s = project(2026, "困难退役军人医疗救助", AID, one_year(200, 200, 0), [goal])
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "困难退役军人医疗救助人数", "≥400人"),
        (None, mk("质量指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        (None, "时效指标", mk(None, "F110", "error", note="有指标值而无名称"),
         "2026年12月31日前"),
        ("成本指标", "经济成本指标", "人均医疗救助标准", "≤5000元/人"),
        ("效益指标", "社会效益指标", "医疗救助困难退役军人人数",
         mk("≥400人", "D103", "warning", row=True, alt=("D101", "F201"),
            note="与数量指标下的救助人数是同一指标")),
        (None, None, "因病返贫发生率", "≤3%"),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kcy18-aid-two-years", (8, 10),
         "two-year project, OLD-NAT, 中期 and 年度 column sets, 百分点, a later year prepared "
         "for (correct)")  # fmt: skip
def aid_two_years() -> Book:
    goals = ("2026—2027年累计帮扶困难退役军人3000户，建立动态监测机制，为2028年纳入常态化"
             "救助体系打下基础。", "2026年帮扶困难退役军人1600户，建立动态监测台账。")  # fmt: skip
    b, s = project(2026, "困难退役军人帮扶援助（2026—2027年）", AID,
                   multi_year((600, 540, 60), (320, 290, 30)), goals, years=2,
                   widths=W7)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值（中期）", "二级指标",
                   "三级指标", "指标值（年度）"), [
        ("产出指标", "数量指标", "帮扶户数", "≥3000户", "数量指标", "帮扶户数", "≥1600户"),
        (None, "质量指标", "资金发放准确率", "≥99%", "质量指标", "资金发放准确率", "≥99%"),
        (None, "时效指标", "资金发放时间", "2027年12月31日前", "时效指标", "资金发放时间",
         "2026年12月31日前"),
        (None, "成本指标", "户均帮扶标准", "≤2000元/户", "成本指标", "户均帮扶标准",
         "≤2000元/户"),
        ("效益指标", "社会效益指标", "生活困难发生率较上年下降", "≥2百分点", "社会效益指标",
         "生活困难发生率较上年下降", "≥1百分点"),
        ("满意度指标", "服务对象满意度指标", "帮扶对象满意度", "≥90%", "服务对象满意度指标",
         "帮扶对象满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    note(s, "说明：中期3000户×2000元=600万元；年度1600户×2000元=320万元。", 7)
    return b
