"""Returns ub07–ub12: ecological-flow release facilities and online monitoring (header words,
a second sheet, 中期 and 年度, direction against operator)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout330.common import (
    DEPT,
    YEAR,
    book,
    grid,
    multi_year,
    note,
    one_year,
    sign,
)
from tests.variants.holdout330.registry import variant
from tests.variants.kit import Book, day, mk, pct

PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("ub07-flow-assessment-header", (7, 1),
         "project, NAT-2021, headers 考核指标, 目标值（年度） and a 评价标准 scoring column, "
         "typed percent cells (correct)")  # fmt: skip
def ub07() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="栖岩溪电站生态流量泄放设施补短板", dept=DEPT,
                 unit="栖岩镇水利站", money=one_year(118, 108, 10),
                 goals=["为栖岩溪11座电站增设不受发电控制的泄放设施，"
                        "泄放流量全年达标。"])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "增设泄放设施电站", "≥11座", "每少1座扣2分"),
        (None, "质量指标", "泄放设施验收合格率", pct(0.95), "低于目标值不得分"),
        (None, "时效指标", "设施投运时间", "2025年9月30日前", "每延迟10天扣1分"),
        ("成本指标", "经济成本指标", "单站泄放设施建设成本", "≤9.5万元/座", "超出不得分"),
        ("效益指标", "生态效益指标", "电站生态流量泄放达标率", pct(0.95), "按达标比例计分"),
        (None, "可持续影响指标", "泄放设施运维制度", "健全", "未建立不得分"),
        ("满意度指标", "服务对象满意度指标", "下游用水户满意度", pct(0.9), "按问卷结果计分"),
    ])  # fmt: skip
    note(s, "注：目标值（年度）中的百分数为不低于该值。", 5)
    sign(s, "韦昕然", "0736-6352086", day(YEAR - 1, 11, 21))
    return b


@variant("ub08-flow-second-sheet", (7, 1),
         "project: head on the first sheet, the indicator table on a second sheet under header "
         "预期实现值; a rate given as a count, a completion time as a typed 100%")  # fmt: skip
def ub08() -> Book:
    b, s = book("项目信息")
    project_head(s, year=YEAR, name="雾柯河支流电站泄放设施改造", dept=DEPT,
                 unit="雾柯镇水利站", money=one_year(228, 200, 28),
                 goals=["完成雾柯河支流38座电站泄放设施改造并通过验收。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 28, 18, 24))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    rate = mk("38座", "T105", "error", note="a 合格率 given as a count")
    when = mk(pct(1), "T113", "warning", note="a completion time given as 100%")
    grid(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "备注"), [
        ("产出指标", "数量指标", "完成泄放设施改造电站", "≥38座", None),
        (None, "质量指标", "泄放设施验收合格率", rate, None),
        (None, "时效指标", "泄放设施改造完工时间", when, None),
        (None, "成本指标", "单站泄放设施改造补助", "≤6万元/座", "县级补助标准"),
        ("效益指标", "生态效益指标", "改造电站生态流量达标率", "≥95%", None),
        ("满意度指标", "服务对象满意度指标", "电站业主满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("ub09-monitor-three-year", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: annual counts below the period "
         "counts, rates and unit costs equal in both (correct)")  # fmt: skip
def ub09() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="岱屏县小水电生态流量在线监测平台建设",
                 dept=DEPT, unit="岱屏县水利信息中心", attr="新增项目",
                 money=multi_year((1260, 1100, 160), (480, 420, 60)),
                 goals=["三年内96座电站全部接入县级生态流量监测平台，实现实时监管和超限预警。",
                        "年内完成平台一期建设，首批40座电站接入并稳定传输数据。"])  # fmt: skip
    grid(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "接入监测平台电站数量", "≥96座", "≥40座"),
        (None, None, "新建流量监测站点", "≥96个", "≥40个"),
        (None, "质量指标", "监测数据有效传输率", "≥95%", "≥95%"),
        (None, "时效指标", "平台建设完成时间", "2027年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "单站监测设施建设成本", "≤10万元/座", "≤10万元/座"),
        ("效益指标", "生态效益指标", "接入电站生态流量达标率", "≥95%", "≥90%"),
        (None, "可持续影响指标", "超限预警处置机制", "健全", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "电站业主满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦昕然", "0736-6352086", day(YEAR - 1, 11, 21))
    return b


@variant("ub10-release-copied", (8,),
         "two-year project, OLD-NAT, 中期 and 年度 columns: 年度目标 copied from 中期目标, a "
         "cumulative count copied, an annual count above its period count")  # fmt: skip
def ub10() -> Book:
    b, s = book()
    goal = "两年内完成漾水河30座电站泄放改造，恢复减脱水河段连续水流。"
    copied = mk(goal, "D204", "warning", note="年度目标 identical to 中期目标")
    project_head(s, year=YEAR, years=2, name="漾水河减脱水河段生态流量泄放改造",
                 dept=DEPT, unit="漾水镇人民政府",
                 money=multi_year((620, 560, 60), (340, 300, 40)),
                 goals=[goal, copied])  # fmt: skip
    same = mk("≥30座", "D202", "warning", note="cumulative count copied into 年度")
    above = mk("≥15个", "D201", "error", note="annual 15 above the period's 12")
    grid(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "完成泄放改造电站数量", "≥30座", same),
        (None, None, "新建生态流量监测断面", "≥12个", above),
        (None, "质量指标", "改造工程验收合格率", "≥95%", "≥95%"),
        (None, "成本指标", "单站改造补助标准", "≤9万元/座", "≤9万元/座"),
        ("效益指标", "生态效益指标", "恢复连续水流河段长度", "≥45公里", "≥20公里"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "农嘉禾", "0736-6593148", day(YEAR - 1, 11, 28))
    return b


@variant("ub11-direction-column", (11,),
         "project, NAT-2021, 指标性质 as direction (正向/反向/定性) and 指标方向 as operator, "
         "bare numbers with a unit column; a 下降率 with ≥ and 0起 on an incident "
         "count (correct)")  # fmt: skip
def ub11() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="麓坳河电站生态流量监管运维", dept=DEPT,
                 unit="岱屏县农村水电站管理所", money=one_year(64, 64, 0), attr="常年项目",
                 goals=["对麓坳河24座电站生态流量泄放实施常态监管和设施运维。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    grid(s, head, [
        ("产出指标", "数量指标", "运维泄放设施电站数量", "正向", "≥", 24, "座"),
        (None, None, "现场监管检查次数", "正向", "≥", 96, "次"),
        (None, "时效指标", "监测异常响应时间", "反向", "≤", 24, "小时"),
        ("成本指标", "经济成本指标", "单站年度运维费用", "反向", "≤", 2.5, "万元/座"),
        ("效益指标", "生态效益指标", "泄放不达标时长下降率", "正向", "≥", 30, "%"),
        (None, None, "断流事件发生次数", "反向", "≤", 0, "起"),
        (None, "可持续影响指标", "运维管理台账", "定性", None, "完备", None),
        ("满意度指标", "服务对象满意度指标", "下游用水户满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "农嘉禾", "0736-6593148", day(YEAR - 1, 11, 28))
    return b


@variant("ub12-direction-inline", (11,),
         "project, OLD-NAT, operators inside the values: a 反向 rate with ≥, a 正向 count with ≤, "
         "=95% on a transmission rate")  # fmt: skip
def ub12() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="岱屏县域电站生态流量泄放核查", dept=DEPT,
                 unit="岱屏县农村水电站管理所", money=one_year(48, 45, 3),
                 goals=["核查42座电站泄放设施和监测数据，督促不达标电站限期整改。"])  # fmt: skip
    bad = mk("≥5%", "T108", "warning", row=True, note="a 不达标占比 is 反向")
    cap = mk("≤42座", "T108", "warning", row=True, note="a 正向 count with ≤")
    eq = mk("=95%", "T107", "warning", note="=95% on a rate means ≥95%")
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "核查泄放设施电站数量", cap),
        (None, "质量指标", "监测数据有效传输率", eq),
        (None, "时效指标", "核查完成时间", "2025年6月30日前"),
        (None, "成本指标", "单站核查费用", "≤1万元/座"),
        ("效益指标", "生态效益指标", "泄放不达标电站占比", bad),
        (None, "社会效益指标", "整改问题办结率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邝文岚", "0736-6128451", day(YEAR - 1, 11, 18))
    return b
