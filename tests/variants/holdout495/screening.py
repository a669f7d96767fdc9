"""Returns ak01–ak06: pre-pregnancy thalassaemia screening of couples (孕前夫妇地贫筛查)."""

from __future__ import annotations

from tests.variants.holdout495.common import (
    Row,
    indicators,
    multi_year,
    one_year,
    project,
    sign,
    start,
)
from tests.variants.holdout495.registry import variant
from tests.variants.kit import Book, mk, pct

GOAL = "为计划怀孕夫妇提供地贫血常规及血红蛋白分析初筛，双方阳性者免费基因检测并遗传咨询。"


def _ak01_rows() -> list[Row]:
    return [
        ("产出指标", "数量指标", "完成孕前地贫初筛夫妇数", "≥", 4000, "对"),
        (None, None, "双方阳性夫妇基因检测人数", "≥", 300, "人"),
        (None, "质量指标", "计划怀孕夫妇初筛覆盖率", "≥", pct(0.9), "%"),
        (None, None, "高风险夫妇遗传咨询率", "=", pct(1), "%"),
        (None, "时效指标", "基因检测报告出具时间", "≤", 15, "个工作日"),
        ("成本指标", "经济成本指标", "初筛补助标准", "≤", 150, "元/对"),
        (None, None, "基因检测补助标准", "≤", 1200, "元/人"),
        ("效益指标", "社会效益指标", "目标人群地贫防治知识知晓率", "≥", pct(0.85), "%"),
        (None, None, "重型地贫胎儿漏诊例数", "≤", 0, "例"),
        (None, "可持续影响指标", "筛查纳入婚孕检一站式服务", "定性", "是", None),
        ("满意度指标", "服务对象满意度指标", "受检夫妇满意度", "≥", pct(0.9), "%"),
    ]


@variant("ak01-screen-percent", (1, 7), "project, NAT-2021, operator and unit columns, header "
         "绩效目标值, typed percent cells, 万元 in the number format (correct)")  # fmt: skip
def ak01() -> Book:
    b, s = start()
    project(s, "孕前夫妇地中海贫血免费筛查项目", "澄岭县妇幼保健院", one_year(96, 90, 6), [GOAL])
    head = ("一级指标", "二级指标", "三级指标", "比较符", "绩效目标值", "计量单位")
    indicators(s, head, _ak01_rows())
    sign(s, "韦向明", "覃丽萍", "0759-6623418")
    return b


def _ak02_rows() -> list[Row]:
    over = mk(pct(1.05), "T106", "error", note="覆盖率封顶 100%，≥105% 不可能")
    wrong = mk("≥", "T108", "warning", row=True, note="差错率是反向指标，比较符应为 ≤")
    equal = mk(pct(0.95), "T107", "warning", row=True, note="满意度写“=95%”，应为 ≥95%")
    return [
        ("产出指标", "数量指标", "完成孕前地贫初筛夫妇数", "≥", 2800, "对"),
        (None, None, "地贫防治宣传活动场次", "≥", 24, "场"),
        (None, "质量指标", "辖区计划怀孕夫妇筛查覆盖率", "≥", over, "%"),
        (None, None, "基因检测结果差错率", wrong, pct(0.005, "0.0%"), "%"),
        (None, "时效指标", "初筛结果告知时间", "≤", 7, "个工作日"),
        (None, "成本指标", "初筛补助标准", "≤", 150, "元/对"),
        ("效益指标", "社会效益指标", "高风险夫妇产前诊断率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "受检夫妇满意度", "=", equal, "%"),
    ]


@variant("ak02-screen-wrong-rate", (1, 11), "project, OLD-NAT, 指标性质 as operator column, unit "
         "column: a typed 105% coverage, a 差错率 with ≥, a satisfaction with =")  # fmt: skip
def ak02() -> Book:
    b, s = start()
    project(s, "沙浦镇孕前地贫筛查服务项目", "沙浦镇卫生院", one_year(58, 50, 8), [GOAL])
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, _ak02_rows())
    sign(s, "黎秋生", "蒙晓燕", "0759-6641207")
    return b


def _ak03_rows() -> list[Row]:
    return [
        ("产出指标", "数量指标", "完成孕前地贫初筛夫妇数", "≥36000对", "≥12000对"),
        (None, None, "双方阳性夫妇基因检测人数", "≥2400人", "≥800人"),
        (None, "质量指标", "初筛覆盖率", pct(0.9), pct(0.9)),
        (None, "时效指标", "基因检测报告出具时间", "≤15个工作日", "≤15个工作日"),
        ("成本指标", "经济成本指标", "初筛补助标准", "≤80元/对", "≤80元/对"),
        ("效益指标", "社会效益指标", "重型地贫患儿出生数下降率", "≥20%", "≥8%"),
        (None, "可持续影响指标", "筛查信息化管理覆盖乡镇数", "≥14个", "≥6个"),
        ("满意度指标", "服务对象满意度指标", "受检夫妇满意度", "≥90%", "≥90%"),
    ]


@variant("ak03-screen-multi-year", (8,), "three-year screening project, NAT-2021, 中期 and 年度 "
         "columns: counts split by year, rates and unit costs equal (correct)")  # fmt: skip
def ak03() -> Book:
    b, s = start()
    goals = ("三年内完成全县孕前夫妇地贫初筛3.6万对，建立覆盖全部乡镇的筛查网络。",
             "本年完成初筛1.2万对，在6个乡镇建立筛查信息化管理。")  # fmt: skip
    cash = multi_year((330, 300, 30), (110, 100, 10))
    project(s, "溱川市孕前地贫防控三年行动项目", "溱川市妇幼保健院", cash, goals, years=3)
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, _ak03_rows())
    sign(s, "潘志远", "甘玉梅", "0758-3315092")
    return b


def _ak04_rows() -> list[Row]:
    note = "累计数的年度值照抄了中期值"
    return [
        ("产出指标", "数量指标", "完成孕前地贫初筛夫妇数", "≥24000对",
         mk("≥24000对", "D202", "warning", note=note)),
        (None, None, "培训乡镇筛查人员人次", "≥360人次",
         mk("≥360人次", "D202", "warning", note=note)),
        (None, "质量指标", "初筛覆盖率", "≥90%", "≥90%"),
        (None, "时效指标", "高风险夫妇遗传咨询时限", "≤10个工作日", "≤10个工作日"),
        ("成本指标", "经济成本指标", "初筛补助标准", "≤90元/对", "≤90元/对"),
        ("效益指标", "社会效益指标", "高风险夫妇产前诊断率", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受检夫妇满意度", "≥90%", "≥90%"),
    ]  # fmt: skip


@variant("ak04-screen-multi-year-copied", (8, 12), "two-year screening project, NAT-2021, 中期 "
         "and 年度 columns: two cumulative counts copied, 年度资金 above 中期资金")  # fmt: skip
def ak04() -> Book:
    b, s = start()
    goals = ("两年内完成孕前夫妇地贫初筛2.4万对，培训筛查人员360人次。",
             "本年完成初筛1.2万对，培训筛查人员180人次。")  # fmt: skip
    annual = mk(260, "B103", "error", note="年度资金 260 万元大于中期资金 250 万元")
    cash = multi_year((250, 225, 25), (annual, 240, 20))
    project(s, "丰禾县孕前地贫筛查扩面项目", "丰禾县妇幼保健计划生育服务中心", cash, goals,
            years=2)  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, _ak04_rows())
    sign(s, "覃建华", "莫小青", "0758-7720465")
    return b


def _ak05_rows() -> list[Row]:
    return [
        ("一、产出指标（40分）", "1.数量指标", "★完成孕前地贫初筛夫妇数", "≥5000对", 15),
        (None, None, "双方阳性夫妇基因检测人数", "≥350人", 10),
        (None, "2.质量指标", "初筛覆盖率", pct(0.92), 10),
        (None, "3.时效指标", "基因检测报告出具时间", "≤15个工作日", 5),
        ("二、成本指标（20分）", "1.经济成本指标", "初筛补助标准", "≤120元/对", 10),
        (None, None, "基因检测补助标准", "≤1000元/人", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "初筛率较上年提高", "≥3百分点", 10),
        (None, None, "重型地贫患儿出生数下降率", "≥10%", 10),
        (None, "2.可持续影响指标", "高风险夫妇随访管理率", "≥95%", 10),
        ("*四、满意度指标（10分）", "1.服务对象满意度指标", "受检夫妇满意度", "≥90%", 10),
    ]


@variant("ak05-screen-tiers-decorated", (5, 10), "project, NAT-2021, numbered tier labels with "
         "points, ★ and *, indicator points adding to 100, a rise in 百分点 (correct)")  # fmt: skip
def ak05() -> Book:
    b, s = start()
    project(s, "望川县孕前地贫筛查与干预项目", "望川县妇幼保健院", one_year(95, 85, 10), [GOAL])
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, _ak05_rows())
    s.row("合计", None, None, None, 100)
    sign(s, "龙海清", "韦佩", "0757-2218830")
    return b


def _ak06_rows() -> list[Row]:
    hi = mk(40, "W103", "error", note="产出指标分值 40，其下指标 15+15+15=45")
    lo = mk(30, "W103", "error", note="效益指标分值 30，其下指标 15+10=25")
    late = mk(pct(1), "T113", "warning", row=True, note="出具时限写成百分比")
    return [
        ("产出指标", hi, "数量指标", "完成孕前地贫初筛夫妇数", "≥3200对", 15),
        (None, None, "质量指标", "初筛覆盖率", "≥90%", 15),
        (None, None, "时效指标", "基因检测报告出具时限", late, 15),
        ("成本指标", 15, "经济成本指标", "初筛补助标准", "≤130元/对", 15),
        ("效益指标", lo, "社会效益指标", "高风险夫妇产前诊断率", "≥90%", 15),
        (None, None, "可持续影响指标", "筛查档案电子化率", "≥95%", 10),
        ("满意度指标", 15, "服务对象满意度指标", "受检夫妇满意度", "≥90%", 15),
    ]


@variant("ak06-screen-tier-points-wrong", (10, 5), "project, NAT-2021, tier-1 score column and "
         "indicator scores: two tiers off (45 vs 40, 25 vs 30), a deadline as 100%")  # fmt: skip
def ak06() -> Book:
    b, s = start(widths=(14, 8, 16, 28, 14, 10))
    project(s, "云台县孕前地贫筛查项目", "云台县妇幼保健院", one_year(60, 54, 6), [GOAL])
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")
    indicators(s, head, _ak06_rows(), merged=(1, 2, 3))
    s.row("合计", 100, None, None, None, 100)
    sign(s, "吴德胜", "黄芳", "0757-6630159")
    return b
