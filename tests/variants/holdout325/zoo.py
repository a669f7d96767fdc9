"""City zoo operation, animal welfare and visitor safety: tw01–tw06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout325.common import (
    FOREST_DEPT,
    FOREST_ZOO,
    YEAR,
    ZOO,
    ZOO_DEPT,
    first,
    indicators,
    notes,
    one_year,
    signature,
)
from tests.variants.holdout325.registry import variant
from tests.variants.kit import Book, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
POINTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("tw01-zoo-percent", (1,),
         "project, OLD-NAT, operator column, unit column, percent cells typed in Excel, "
         "万元 in the number format, 0起 on an incident count (correct)")  # fmt: skip
def tw01() -> Book:
    b, s = first()
    goal = "保障全年开园运营，做好动物饲养展示和游园安全，年接待游客不少于180万人次。"
    project_head(s, year=YEAR, name="动物园日常运营与游园安全保障项目", dept=ZOO_DEPT,
                 unit=ZOO, money=one_year(386.5, 326.5, 60),
                 goals=[goal])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "年度接待游客人次", "≥", 180, "万人次"),
        (None, None, "展出动物种类", "≥", 210, "种"),
        (None, "质量指标", "动物免疫接种合格率", "≥", pct(0.98), "%"),
        (None, None, "游乐设施年检合格率", "=", pct(1), "%"),
        (None, "时效指标", "游客投诉处理时限", "≤", 3, "个工作日"),
        (None, "成本指标", "单位游客运营成本", "≤", 2.1, "元/人次"),
        ("效益指标", "社会效益指标", "游园安全责任事故发生数", "≤", 0, "起"),
        (None, "可持续影响指标", "珍稀动物繁育幼仔成活率", "≥", pct(0.85), "%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "柯望舒", "0591-6732418")
    return b


@variant("tw02-zoo-percent-wrong", (1, 11),
         "project, OLD-NAT, operator column, percent cells: a rate typed as 105%, a 反向 "
         "incident rate with ≥")  # fmt: skip
def tw02() -> Book:
    b, s = first()
    goal = "新增安防监控点位，完成消防设施检测和隐患整改，降低游客意外伤害。"
    project_head(s, year=YEAR, name="游园安全防护提升项目", dept=FOREST_DEPT, unit=FOREST_ZOO,
                 money=one_year(148, 120, 28), attr="新增项目",
                 goals=[goal])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "新增安防监控点位", "≥", 64, "个"),
        (None, None, "安全巡查次数", "≥", 365, "次"),
        (None, "质量指标", "消防设施检测合格率", "≥",
         mk(pct(1.05), "T106", "error", note="105% on a capped 合格率"), "%"),
        (None, "时效指标", "安全隐患整改完成时限", "≤", 15, "个工作日"),
        (None, "成本指标", "单个监控点位建设成本", "≤", 1.2, "万元/个"),
        ("效益指标", "社会效益指标", "游客意外伤害发生率",
         mk("≥", "T108", "warning", row=True, note="发生率 is 反向: ≤ meant"),
         pct(0.002, "0.0%"), "%"),
        (None, "可持续影响指标", "安全巡查制度执行率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "游客安全感满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    signature(s, "邵屿川", "0593-2874106")
    return b


@variant("tw03-welfare-points", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
         "a 下降率 with ≥, a coverage raised in 百分点 (correct)")  # fmt: skip
def tw03() -> Book:
    b, s = first(widths=(14, 8, 16, 30, 22, 8))
    goal = "为重点展区动物新增丰容设施，开展正向行为训练，减少刻板行为。"
    project_head(s, year=YEAR, name="动物福利改善与行为丰容项目", dept=ZOO_DEPT, unit=ZOO,
                 money=one_year(95.6, 95.6, 0),
                 goals=[goal])  # fmt: skip
    indicators(s, POINTS_HEAD, [
        ("产出指标", 40, "数量指标", "新增丰容设施数量", "≥36套", 10),
        (None, None, None, "开展正向行为训练动物数量", "≥45只", 10),
        (None, None, "质量指标", "动物福利评估达标率", "≥90%", 10),
        (None, None, "时效指标", "丰容设施安装完成时间", "2025年9月30日前", 10),
        ("成本指标", 20, "经济成本指标", "单套丰容设施购置成本", "≤1.8万元/套", 20),
        ("效益指标", 30, "社会效益指标", "动物刻板行为下降率", "≥15%", 15),
        (None, None, "可持续影响指标", "实施丰容的动物种类占比", "比上年提高≥5百分点", 15),
        ("满意度指标", 10, "服务对象满意度指标", "游客对展示环境满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级指标分值合计100分，三级指标分值合计100分，两者为同一总分的两级分解，不累加。")
    signature(s, "柯望舒", "0591-6732418")
    return b


@variant("tw04-welfare-points-wrong", (10, 5),
         "project, NAT-2021, numbered tier labels (一、 / （一）), tier-1 score column: two tier "
         "scores not matching the indicator scores, a 时效 tier-2 under 成本指标")  # fmt: skip
def tw04() -> Book:
    b, s = first(widths=(14, 8, 18, 30, 22, 8))
    goal = "改造猫科动物展舍，增设攀爬与隐蔽设施，改善动物福利和游客观赏条件。"
    project_head(s, year=YEAR, name="大型猫科动物馆福利改造项目", dept=FOREST_DEPT,
                 unit=FOREST_ZOO, money=one_year(210, 180, 30), attr="一次性项目",
                 goals=[goal])  # fmt: skip
    w1 = mk(40, "W103", "error", note="产出 indicators: 15 + 10 + 10 + 10 = 45, not 40")
    w3 = mk(30, "W103", "error", note="效益 indicators: 15 + 10 = 25, not 30")
    wrong = mk("（三）时效指标", "F105", "error", note="时效 belongs under 产出指标")
    indicators(s, POINTS_HEAD, [
        ("一、产出指标", w1, "（一）数量指标", "改造猫科动物展舍面积", "≥1200平方米", 15),
        (None, None, None, "新增攀爬及隐蔽设施", "≥18套", 10),
        (None, None, "（二）质量指标", "展舍改造验收合格率", "=100%", 10),
        (None, None, None, "兽舍温湿度达标率", "≥95%", 10),
        ("二、成本指标", 20, "（一）经济成本指标", "展舍改造单位面积成本", "≤0.15万元/平方米", 10),
        (None, None, wrong, "改造工程完工时间", "2025年11月30日前", 10),
        ("三、效益指标", w3, "（一）社会效益指标", "猫科动物异常行为发生率", "≤10%", 15),
        (None, None, "（二）可持续影响指标", "改造设施设计使用年限", "≥15年", 10),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "游客参观满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    signature(s, "邵屿川", "0593-2874106")
    return b


@variant("tw05-zoo-department", (12,),
         "department, NAT-2021: budget with a share row, key tasks adding to 金额合计 = 项目支出, "
         "a cost cap equal to its task budget, 0起 without operator (correct)")  # fmt: skip
def tw05() -> Book:
    b, s = first()
    department_head(s, year=YEAR, dept=ZOO, budget=[
        (2860.4, 2410.4, 450, 1736.2, 1124.2),
        (pct(1, "0.00%"), pct(0.8427, "0.00%"), pct(0.1573, "0.00%"), pct(0.607, "0.00%"),
         pct(0.393, "0.00%")),
    ], tasks=[
        ("动物饲养与医疗保障", "饲料采购、兽医诊疗与疫病防控", 512.6, "在养动物健康稳定"),
        ("游园安全与设施维护", "安防巡查、游乐设施年检与维修", 368.4, "全年无安全责任事故"),
        ("科普宣教活动", "场馆讲解、主题科普活动", 243.2, "受众不少于8万人次"),
        ("金额合计", None, 1124.2, None),
    ], goal="保障动物健康和游园安全，提升动物福利水平和科普服务能力。")  # fmt: skip
    s.row("年度绩效指标")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "在养动物种类", "≥200种"),
        (None, None, "科普活动受众人次", "≥8万人次"),
        (None, "质量指标", "在养动物年死亡率", "≤3%"),
        (None, "时效指标", "动物疫情报告及时率", "=100%"),
        ("成本指标", "经济成本指标", "动物饲养与医疗费用", "≤512.6万元"),
        ("效益指标", "社会效益指标", "游园安全责任事故", "0起"),
        (None, "可持续影响指标", "动物福利评估达标率", pct(0.9)),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "柯望舒", "0591-6732418")
    return b


@variant("tw06-zoo-department-wrong", (12, 13),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "an indicator value without a name")  # fmt: skip
def tw06() -> Book:
    b, s = first()
    total = mk(1468, "B101", "error", row=True, note="基本 892.5 + 项目 565.5 = 1458")
    department_head(s, year=YEAR, dept=FOREST_ZOO, budget=[
        (total, 1268, 200, 892.5, 565.5),
    ], tasks=[
        ("动物检疫防疫", "疫苗采购、定期检疫和消毒", 186, "重大动物疫病零发生"),
        ("游园安全设施改造", "护栏加固、应急广播和监控改造", 254.5, "隐患整改全部完成"),
        ("夜间巡护值守", "夜间安保巡护和值班", 118, "夜间巡护全覆盖"),
        ("金额合计", None, mk(565.5, "B102", "error", note="186 + 254.5 + 118 = 558.5"),
         None),
    ], goal="做好动物防疫和游园安全，完成安全设施改造，提升游客满意度。")  # fmt: skip
    s.row("年度绩效指标")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "改造安全护栏长度", "≥2.6公里"),
        (None, None, "应急广播点位", "≥40个"),
        (None, "质量指标", "动物检疫覆盖率", "=100%"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥98%"),
        (None, "时效指标", "安全隐患整改时限", "≤10个工作日"),
        ("成本指标", "经济成本指标", "护栏改造单位成本", "≤60万元/公里"),
        ("效益指标", "社会效益指标", "重大动物疫病发生数", "0起"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "邵屿川", "0593-2874106")
    return b
