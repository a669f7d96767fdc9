"""Pension top-ups for entitled groups (优抚对象抚恤补助提标): kex01–kex06."""

from __future__ import annotations

from tests.variants import heads
from tests.variants.holdout820.common import (
    YEAR,
    indicators,
    multi_year,
    new,
    notes,
    one_year,
    project,
    sign,
    w,
)
from tests.variants.holdout820.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kex01-pension-topup-percent",
    (1, 12),
    "project, NAT-2021, operator and unit columns, typed percents, 万元 in the number "
    "format, a 百分点 rise and a later year prepared for (correct)",
)
def pension_topup_percent() -> Book:
    b, s = new()
    project(s, "在乡重点优抚对象定期抚恤补助提标", "澄岭县优抚服务中心",
            one_year(w(340), w(300), w(40)),
            ["按新标准为全县1860名在乡重点优抚对象按月提标发放定期抚恤补助，做到按时足额、"
             "零差错，为2027年全市推广“一卡通”发放积累经验。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "提标发放人数", "≥", 1860, "人"),
        (None, None, "发放台账核对次数", "≥", 4, "次"),
        (None, "质量指标", "发放准确率", "≥", pct(0.99), "%"),
        (None, None, "发放差错率", "≤", pct(0.005, "0.0%"), "%"),
        (None, "时效指标", "每月发放到账时限", "≤", 5, "个工作日"),
        ("成本指标", "经济成本指标", "人均月增发标准", "≤", 150, "元/人·月"),
        ("效益指标", "社会效益指标", "优抚对象生活保障水平提高幅度", "≥", 3, "百分点"),
        (None, "可持续影响指标", "提标发放长效机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "韦晓岚", "0739-5821406")
    return b


@variant(
    "kex02-disability-topup-goal",
    (12,),
    "project, NAT-2021, one value column: plan dates of the year before the title, a count "
    "against the goal, unit cost × count above the money",
)
def disability_topup_goal() -> Book:
    b, s = new()
    project(s, "伤残军人抚恤补助提标", "澄岭县优抚服务中心", one_year(w(380), w(340), w(40)),
            ["为全县2140名伤残军人按年增发抚恤补助，每人每年增发不超过1700元，年底前全部发放到位。"],
            start=mk(day(2025, 1, 1), "Y101", "error", row=True, alt=("Y102",),
                     note="title 2026年度, plan dates 2025-01-01…2025-12-31: last season's"),
            end=day(2025, 12, 31))  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标",
         "增发抚恤补助人数", mk("≥2410人", "D104", "warning", note="goal: 2140名伤残军人")),
        (None, "质量指标", "增发标准核定准确率", "≥98%"),
        (None, "时效指标", "增发补助发放完成时间", "12月31日前"),
        ("成本指标", "经济成本指标", "人均年增发标准",
         mk("≤1700元/人", "B107", "warning", row=True,
            note="1700元 × 2410人 = 409.7万元 > 年度资金 380万元")),
        ("效益指标", "社会效益指标", "伤残军人生活困难发生率", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "伤残军人满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒙立川", "0739-5821433")
    return b


@variant(
    "kex03-medical-aid-three-year",
    (8,),
    "three-year project 2026–2028, NAT-2021, 中期 and 年度 value columns, period counts "
    "three times the year's, equal rates, a 下降率 with ≥ (correct)",
)
def medical_aid_three_year() -> Book:
    b, s = new(widths=(14, 16, 30, 18, 18, 12))
    project(s, "优抚对象医疗补助与优待金提标", "澄岭县优抚服务中心",
            multi_year((w(960), w(900), w(60)), (w(320), w(300), w(20))),
            ["三年内为全县优抚对象累计提供医疗补助6300人次，义务兵家庭优待金逐年提标。",
             "2026年提供医疗补助2100人次，优待金提标覆盖全部520户义务兵家庭。"],
            years=3, attr="新增项目")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "医疗补助人次", "≥6300人次", "≥2100人次"),
        (None, None, "义务兵家庭优待金提标发放户次", "≥1560户次", "≥520户次"),
        (None, "质量指标", "补助资金发放准确率", "=100%", "=100%"),
        (None, "时效指标", "医疗补助结算时限", "≤15个工作日", "≤15个工作日"),
        ("成本指标", "经济成本指标", "人均医疗补助标准", "≤1200元/人次", "≤1200元/人次"),
        ("效益指标", "社会效益指标", "优抚对象自付医疗费用下降率", "≥15%", "≥5%"),
        (None, "可持续影响指标", "优待金自然增长机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦晓岚", "0739-5821406")
    return b


@variant(
    "kex04-stacked-pension-money",
    (2, 12),
    "two projects stacked in one sheet, OLD-NAT, one value column: the second project's "
    "money does not add up and one indicator is repeated with a word more",
)
def stacked_pension_money() -> Book:
    b, s = new()
    s.title(f"{YEAR}年度优抚类项目支出绩效目标申报表", 6)
    s.row("项目一：在乡老复员军人生活补助提标", merge=[(1, 6)])
    project(s, "在乡老复员军人生活补助提标", "澄岭县优抚服务中心",
            one_year(w(210), w(190), w(20)),
            ["按月为160名在乡老复员军人提标发放生活补助，全年足额发放。"], title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "提标发放人数", "≥160人"),
        (None, "质量指标", "补助发放准确率", "=100%"),
        (None, "时效指标", "按月发放及时率", "≥98%"),
        (None, "成本指标", "人均月补助标准", "≤1000元/人·月"),
        ("效益指标", "社会效益指标", "老复员军人基本生活保障率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目二：义务兵家庭优待金", merge=[(1, 6)])
    project(s, "义务兵家庭优待金", "澄岭县优抚服务中心",
            one_year(mk(w(156), "B101", "error", note="120 + 30 = 150 ≠ 156"), w(120), w(30)),
            ["为全县520户义务兵家庭按标准发放优待金，年内一次性发放到户。"], title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "义务兵家庭优待金发放户数", "≥520户"),
        (None, None, mk("义务兵家庭优待金实际发放户数", "D103", "warning", row=True,
                        alt=("D102", "D101"), note="the same count as two rows up, 502 vs 520"),
         "≥502户"),
        (None, "质量指标", "优待金发放准确率", "=100%"),
        (None, "时效指标", "优待金发放完成时间", "9月30日前"),
        (None, "成本指标", "户均优待金标准", "≤2800元/户"),
        ("效益指标", "社会效益指标", "义务兵家庭荣誉感提升", "显著"),
        ("满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "蒙立川", "0739-5821433")
    return b


@variant(
    "kex05-department-veterans",
    (4, 12),
    "department, NAT-2021: budget and key tasks adding up, a goal count with its parts in "
    "brackets, a footnote explaining the total, signature lines (correct)",
)
def department_veterans() -> Book:
    b, s = new()
    heads.department_head(s, year=YEAR, dept="澄岭县退役军人事务局",
        budget=[(w(1850), w(1790), w(60), w(410), w(1440))],
        tasks=[("优抚对象抚恤补助提标", "定期抚恤补助按新标准发放", w(720), "足额按时发放"),
               ("退役军人就业技能培训", "就业技能培训和岗位推介", w(380), "培训600人"),
               ("烈士纪念设施维护", "日常管护与小型修缮", w(260), "设施完好"),
               ("双拥及褒扬纪念活动", "清明、烈士纪念日活动", w(80), "活动有序开展"),
               ("金额合计", None, w(1440), None)],
        goal="全年为2960名优抚对象（其中伤残军人900名、在乡老复员军人160名、三属1900名）"
             "按时足额发放抚恤补助；培训退役军人600人；维护烈士纪念设施42处。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "抚恤补助发放人数", "≥2960人"),
        (None, None, "就业技能培训人数", "≥600人"),
        (None, None, "烈士纪念设施维护处数", "≥42处"),
        (None, "质量指标", "抚恤补助发放准确率", "=100%"),
        (None, None, "培训考核合格率", "≥90%"),
        (None, "时效指标", "抚恤补助按月发放及时率", "≥98%"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤6000元/人"),
        ("效益指标", "社会效益指标", "参训退役军人就业率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：1.抚恤补助发放人数2960人为三类优抚对象合计，分类人数见年度总体目标。",
          "2.金额合计1440万元等于项目支出，基本支出不列入年度主要任务。")  # fmt: skip
    sign(s, "龙秋菡", "0739-5821400")
    return b


@variant(
    "kex06-flat-pension-weights",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值): a count against "
    "the goal, last season's deadline, weights adding to 95",
)
def flat_pension_weights() -> Book:
    b, s = new(widths=(30, 10, 14, 12, 18, 14))
    heads.department_head(s, year=YEAR, dept="澄岭县优抚服务中心",
        budget=[(w(420), w(400), w(20), w(60), w(360))],
        goal="每季度发放一次定期抚恤补助，全年4次，为1860名优抚对象足额发放。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("定期抚恤补助发放人数", 20, "人", "≥", 1860),
        ("定期抚恤补助发放批次", 10, "次", "≥",
         mk(12, "D104", "warning", note="goal: 每季度一次，全年4次")),
        ("发放准确率", 15, "%", "≥", pct(0.99)),
        ("补发工作完成时限", 10, "日期", "≤",
         mk(day(2025, 6, 30, CN_DATE), "Y102", "error", alt=("Y101", "Y103"),
            note="a 2025 date in a 2026 return: left from last season")),
        ("服务对象满意度", 20, "%", "≥", 90),
        ("人均月补助标准", 20, "元/人·月", "≤", 150),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="20 + 10 + 15 + 10 + 20 + 20 = 95 ≠ 100")
    sign(s, "韦晓岚", "0739-5821406")
    return b
