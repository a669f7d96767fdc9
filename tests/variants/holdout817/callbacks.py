"""Citizen callbacks (市民回访): keu13 to keu18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout817.common import (
    DEPT,
    funds,
    indicators,
    notes,
    sign,
    start,
    wan,
)
from tests.variants.holdout817.registry import variant
from tests.variants.kit import Book, day, mk, pct

POINTS = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")
VISITS = "澄屿市民诉求回访中心"


@variant(
    "keu13-callback-points",
    (5, 10),
    "project, NAT-2021, tier-1 score column and indicator score column (100 both ways), tier "
    "labels with * and ★, a rate raised in 百分点 (correct)",
)
def points() -> Book:
    b, s = start()
    project_head(s, year=2026, name="办结工单市民回访", dept=DEPT, unit=VISITS,
                 money=funds(90, 85, 5),
                 goals=["全年电话回访办结工单不少于6万件，回访满意率较上年提高2个百分点，"
                        "不满意工单重办率控制在5%以内。"])  # fmt: skip
    indicators(s, [
        ("*产出指标", 50, "数量指标", "办结工单电话回访量", "≥6万件", 20),
        (None, None, None, "不满意工单复核", "≥3000件", 10),
        (None, None, "质量指标", "回访录音质检合格率", "≥95%", 10),
        (None, None, "时效指标", "办结后回访时限", "≤3个工作日", 10),
        ("*成本指标", 10, "经济成本指标", "单件回访成本", "≤14元/件", 10),
        ("*效益指标", 30, "社会效益指标", "回访满意率提高", "≥2百分点", 15),
        (None, None, None, "不满意工单重办率", "≤5%", 10),
        (None, None, "可持续影响指标", "回访问题整改闭环机制", "建立并执行", 5),
        ("★满意度指标", 10, "服务对象满意度指标", "受访市民满意度", "≥90%", 10),
    ], header=POINTS, merged=(1, 2, 3))  # fmt: skip
    sign(s, "宋知岚", "0591-7312 4432", day(2025, 11, 25))
    return b


@variant(
    "keu14-callback-points-wrong",
    (10, 11),
    "project, NAT-2021, tier-1 and indicator score columns: 产出 indicator scores short of the "
    "tier's 50, a callback rate below the goal's, a repeat-call rate with ≥",
)
def points_wrong() -> Book:
    b, s = start()
    project_head(s, year=2026, name="工单回访外呼服务采购", dept=DEPT, unit=VISITS,
                 money=funds(70, 70, 0),
                 goals=["抽样回访办结工单，回访率不低于工单总量的30%，"
                        "受访市民满意度达到90%以上。"])  # fmt: skip
    tier = mk(50, "W103", "error", alt=("W101",), note="产出下各指标 10+20+10+5 = 45")
    rate = mk("≥20%", "D104", "warning", row=True, note="年度目标写回访率不低于30%")
    repeat = mk("≥3%", "T108", "warning", row=True, note="重复来电率是反向指标")
    indicators(s, [
        ("产出指标", tier, "数量指标", "外呼回访量", "≥4万件", 10),
        (None, None, "质量指标", "工单回访率", rate, 20),
        (None, None, None, "回访记录完整率", "≥98%", 10),
        (None, None, "时效指标", "回访完成时限", "≤5个工作日", 5),
        ("成本指标", 10, "经济成本指标", "单件外呼成本", "≤15元/件", 10),
        ("效益指标", 30, "社会效益指标", "回访发现问题整改率", "≥90%", 15),
        (None, None, None, "市民重复来电率", repeat, 15),
        ("满意度指标", 10, "服务对象满意度指标", "受访市民满意度", "≥90%", 10),
    ], header=POINTS, merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "keu15-warning-two-years",
    (8,),
    "two-year project, NAT-2021, 实施期 and 年度 columns with a unit column: period counts "
    "above the year's, rates and unit costs equal, a later year in the 中期目标 (correct)",
)
def two_years() -> Book:
    b, s = start()
    project_head(s, year=2026, years=2, name="回访数据分析与诉求预警", dept=DEPT, unit=VISITS,
                 attr="新增项目", money=funds(110, 100, 10, period=(200, 180, 20)),
                 goals=["2026—2027年累计回访市民10万人次，建成诉求预警模型2个，"
                        "为2028年全市推广积累数据。",
                        "2026年回访市民5万人次，建成来电热点预警模型1个，"
                        "预警准确率达到80%。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "累计回访市民", "≥10", "≥5", "万人次"),
        (None, None, "诉求预警模型", "≥2", "≥1", "个"),
        (None, "质量指标", "预警准确率", "≥85", "≥80", "%"),
        (None, "时效指标", "预警信息推送时限", "≤2", "≤2", "小时"),
        ("成本指标", "经济成本指标", "单人次回访分析成本", "≤18", "≤18", "元/人次"),
        ("效益指标", "社会效益指标", "重复投诉下降率", "≥10", "≥5", "%"),
        (None, "可持续影响指标", "预警模型迭代", "≥4", "≥2", "次"),
        ("满意度指标", "服务对象满意度指标", "受访市民满意度", "≥90", "≥90", "%"),
    ], header=("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值",
               "计量单位"))  # fmt: skip
    sign(s, "宋知岚", "0591-7312 4432", day(2025, 11, 25))
    return b


@variant(
    "keu16-redo-two-years-wrong",
    (8, 11),
    "two-year project, OLD-NAT, 中期 and 年度 columns: a period count below the 中期目标's, a "
    "response limit written ≤ for the period and ≥ for the year, a year's deadline in 2028",
)
def redo() -> Book:
    b, s = start()
    project_head(s, year=2026, years=2, name="不满意工单重办督办", dept=DEPT, unit=VISITS,
                 money=funds(60, 55, 5, period=(120, 110, 10)),
                 goals=["2026—2027年累计回访市民10万人次，不满意工单重办后满意率达到80%，"
                        "重办响应不超过2个工作日。",
                        "2026年回访市民5万人次，重办工单3000件，"
                        "重办后满意率达到80%。"])  # fmt: skip
    fewer = mk("≥8万人次", "D104", "warning", row=True, note="中期目标写累计10万人次")
    turned = mk("≥2个工作日", "D203", "warning", alt=("T108",),
                note="响应时限在中期列写≤，年度列写成≥")  # fmt: skip
    late = mk(
        "2028年3月31日前", "Y102", "error", note="2026年度指标的期限落在项目期2026—2027年之外"
    )
    indicators(s, [
        ("产出指标", "数量指标", "累计回访市民", fewer, "≥5万人次"),
        (None, None, "不满意工单重办", "≥6000件", "≥3000件"),
        (None, "质量指标", "重办后满意率", "≥80%", "≥80%"),
        (None, "时效指标", "重办响应时限", "≤2个工作日", turned),
        (None, None, "重办工单清零时间", "2027年12月31日前", late),
        (None, "成本指标", "单件重办督办成本", "≤100元/件", "≤100元/件"),
        ("效益指标", "社会效益指标", "同一诉求重复来电率", "≤8%", "≤10%"),
        ("满意度指标", "服务对象满意度指标", "受访市民满意度", "≥88%", "≥88%"),
    ], header=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))  # fmt: skip
    return b


@variant(
    "keu17-survey-template-rows",
    (6, 13),
    "project, OLD-NAT, header 预期目标: a tier-2 left from the template without an indicator, "
    "a deadline value without its indicator name",
)
def survey() -> Book:
    b, s = start()
    project_head(s, year=2026, name="热线服务第三方满意度测评", dept=DEPT, unit=VISITS,
                 money=funds(60, 60, 0),
                 goals=["委托第三方电话测评样本12000个，11月底前提交年度测评报告。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "电话测评样本量", "≥12000个"),
        (None, "质量指标", "测评问卷有效率", "≥95%"),
        (None, "时效指标", mk(None, "F110", "error", note="有期限值，没有指标名称"),
         "11月30日前"),
        (None, "成本指标", "单个样本测评成本", "≤50元/个"),
        ("效益指标", "社会效益指标", "测评发现问题转办整改", "≥20个"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        (None, "可持续影响指标", "测评指标体系年度修订", "≥1次"),
        ("满意度指标", "服务对象满意度指标", "委托单位满意度", "≥90%"),
    ], header=("一级指标", "二级指标", "三级指标", "预期目标"))  # fmt: skip
    notes(s, "填表说明：二级指标不适用的可不填三级指标。")
    return b


@variant(
    "keu18-department-callbacks",
    (1, 4, 12),
    "department, NAT-2021, operator and unit columns, percent cells, tasks adding to 金额合计 "
    "with a footnote on the total, 0起 on an incident count, =100% (correct)",
)
def callbacks_department() -> Book:
    b, s = start()
    department_head(s, year=2026, dept=VISITS,
                    budget=[tuple(wan(v) for v in (400, 360, 40, 140, 260))],
                    tasks=[("电话回访", "办结工单电话回访", wan(160), "回访8万件"),
                           ("短信及网络回访", "短信、小程序回访", wan(40), "回访12万件"),
                           ("回访质量评估", "录音质检和问卷修订", wan(60), "质检合格率≥95%"),
                           ("金额合计", None, wan(260), None)],
                    goal="全年回访办结工单20万件（电话8万件、短信及网络12万件），"
                         "受访市民满意度90%以上，回访信息零泄露。")  # fmt: skip
    notes(s, "注：金额合计为项目支出，不含基本支出140万元。")
    indicators(s, [
        ("产出指标", "数量指标", "电话回访工单", "≥", 8, "万件"),
        (None, None, "短信及网络回访工单", "≥", 12, "万件"),
        (None, "质量指标", "回访录音质检合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "回访完成时限", "≤", 3, "个工作日"),
        ("成本指标", "经济成本指标", "单件电话回访成本", "≤", 20, "元/件"),
        ("效益指标", "社会效益指标", "回访信息泄露事件", "=", 0, "起"),
        (None, None, "回访发现问题转办率", "=", pct(1), "%"),
        (None, "可持续影响指标", "回访问卷年度修订", "≥", 1, "次"),
        ("满意度指标", "服务对象满意度指标", "受访市民满意度", "≥", pct(0.9), "%"),
    ], header=("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"))  # fmt: skip
    sign(s, "宋知岚", "0591-7312 4432", day(2025, 11, 25))
    return b
