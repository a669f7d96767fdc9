"""Pine-wilt disease (松材线虫病) control: felling, trapping, quarantine (kdb07–kdb12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout772.common import (
    TIERS2,
    book,
    filled,
    funds,
    funds2,
    indicators,
    notes,
    sign,
    w,
)
from tests.variants.holdout772.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kdb07-three-year-control", (5, 8, 10),
         "three-year control project, NAT-2021, tier-1 points in the labels and indicator points "
         "in a 分值 column, 中期 beside smaller 年度 counts, "
         "a 下降率 with ≥ (correct)")  # fmt: skip
def three_year_control() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="苍渌县松材线虫病疫情防控三年行动项目",
                 dept="苍渌县林业和草原局（305012）", unit="苍渌县森林病虫害防治检疫站",
                 money=funds2(w(1350), w(450)),
                 goals=["2025—2027年累计除治疫木36万株，完成秋季普查3次，疫情发生面积较2024年"
                        "下降30%，为2028年实现无疫情县积累条件。",
                        "2025年除治疫木12万株，完成秋季普查1次，悬挂诱捕器1500套（其中新增"
                        "800套）。"])  # fmt: skip
    indicators(s, [
        ("产出指标（50分）", "数量指标", "除治疫木", "≥36万株", "≥12万株", 15),
        (None, None, "秋季普查次数", "≥3次", "≥1次", 10),
        (None, None, "悬挂诱捕器", "≥3000套", "≥1500套", 10),
        (None, "质量指标", "疫木除治合格率", "≥95%", "≥95%", 10),
        (None, "时效指标", "年度除治完成时间", "各除治季次年4月30日前", "2026年4月30日前", 5),
        ("成本指标（10分）", "经济成本指标", "单株疫木除治成本", "≤35元/株", "≤35元/株", 10),
        ("效益指标（30分）", "生态效益指标", "疫情发生面积下降率", "≥30%", "≥10%", 15),
        (None, "社会效益指标", "疫区乡镇拔除数量", "≥3个", "≥1个", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "林农满意度", "≥90%", pct(0.9), 10),
    ], head=(*TIERS2, "分值"))  # fmt: skip
    notes(s, "注：分值合计100分；除治季为当年10月至次年4月，年度除治完成时间在项目期内。")
    sign(s, "岑望舒", "0735-5820731", filled(2024, 12, 6))
    return b


@variant("kdb08-felling-campaign", (12,),
         "one-year felling project, OLD-NAT: the goal's count and last season's year against the "
         "indicators, a unit cost × count above the money")  # fmt: skip
def felling_campaign() -> Book:
    b, s = book()
    project_head(s, year=2025, name="鹤汀县松材线虫病疫木除治项目", dept="鹤汀县林业局（411003）",
                 unit="鹤汀县森林病虫害防治站", money=funds(w(1500), w(1500), w(0)),
                 goals=[mk("完成疫木除治12万株，设置疫情监测标准地40块，确保2024年底前疫情发生"
                           "面积下降10%。", "Y103", "warning", alt=("Y101", "Y102"),
                           note="2024年底前 left from last season in a 2025 goal")])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "除治疫木",
         mk("≥10万株", "D104", "warning", note="年度目标 says 12万株")),
        (None, None, "设置疫情监测标准地", "≥40块"),
        (None, "质量指标", "疫木除治合格率", "≥95%"),
        (None, "时效指标", "疫木除治完成时间", "2025年4月30日前"),
        (None, "成本指标", "单株疫木除治成本",
         mk("≤160元/株", "B107", "warning", row=True, note="10万 × 160元 = 1600 > 1500万元")),
        ("效益指标", "生态效益指标", "疫情发生面积下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃一帆", "0746-3368825", filled(2024, 11, 28))
    return b


@variant("kdb09-quarantine-station", (1, 12),
         "department table, NAT-2021, tasks adding up to 项目支出, a typed percent, a cost equal "
         "to its task's money, 0个 new outbreaks (correct)")  # fmt: skip
def quarantine_station() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="霁川市林业有害生物防治检疫站",
                    budget=[(w(860), w(820), w(40), w(260), w(600))],
                    tasks=[("疫情监测普查", "秋季普查及监测标准地调查", w(180), "疫情底数清"),
                           ("疫木除治督导", "除治质量检查与验收", w(300), "除治质量达标"),
                           ("检疫执法", "松木及其制品调运检疫", w(120), "阻止疫情传播"),
                           ("金额合计", None, w(600), None)],
                    goal="全市松材线虫病疫情发生面积下降15%以上，新发疫点零发生，调运松木检疫"
                         "300批次以上。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "松木调运检疫", "≥300批次"),
        (None, None, "监测标准地调查", "≥120块"),
        (None, "质量指标", "检疫检验准确率", pct(0.98)),
        (None, "时效指标", "疫情报告及时率", "100%"),
        ("成本指标", "经济成本指标", "单批次检疫成本", "≤0.4万元/批次"),
        ("效益指标", "生态效益指标", "疫情发生面积下降率", "≥15%"),
        (None, "社会效益指标", "新发疫点数量", "0个"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：单批次检疫成本 × 检疫批次 = 检疫执法任务资金120万元。")
    sign(s, "牟清川", "0719-6307452", filled(2024, 11, 15))
    return b


@variant("kdb10-trap-monitoring", (8,),
         "two-year trapping project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from "
         "中期目标, a cumulative count copied, a count under 质量")  # fmt: skip
def trap_monitoring() -> Book:
    b, s = book()
    goal = "两年内在全县布设诱捕器2000套、监测点50个，掌握媒介昆虫种群动态。"
    project_head(s, year=2025, years=2, name="朔云县松材线虫病媒介昆虫监测诱捕项目",
                 dept="朔云县林业局（350725）", unit="朔云县林业技术推广站",
                 money=funds2(w(400), w(200)),
                 goals=[goal, mk(goal, "D204", "warning", note="年度目标 = 中期目标")])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "布设诱捕器", "≥2000套",
         mk("≥2000套", "D202", "warning", note="cumulative count copied from 中期")),
        (None, None, "设置监测点", "≥50个", "≥25个"),
        (None, "质量指标",
         mk("更换诱芯数量", "F201", "warning", row=True, note="a count under 质量"),
         "≥4000套次", "≥2000套次"),
        (None, None, "诱捕数据上报准确率", "≥95%", "≥95%"),
        (None, "时效指标", "诱芯更换及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单套诱捕器成本", "≤0.08万元/套", "≤0.08万元/套"),
        ("效益指标", "生态效益指标", "媒介昆虫密度下降率", "≥20%", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "≥90%"),
    ], head=TIERS2)  # fmt: skip
    sign(s, "庞晓岚", "0752-4416087", filled(2024, 12, 10))
    return b


@variant("kdb11-preventive-spraying", (4, 11),
         "project, NAT-2021, direction, operator (in words) and unit columns, a deadline as a "
         "date cell, 下降率 with 大于等于, 等于 0 on reverse counts, "
         "填表说明 below (correct)")  # fmt: skip
def preventive_spraying() -> Book:
    b, s = book(widths=(14, 16, 26, 10, 12, 14, 10))
    project_head(s, year=2025, name="苍渌县松林健康监测与预防性喷药项目",
                 dept="苍渌县林业和草原局（305012）", unit="苍渌县森林病虫害防治检疫站",
                 money=funds(w(240), w(200), w(40)),
                 goals=["对3万亩重点松林开展预防性喷药，飞防作业60架次，松褐天牛虫口密度下降"
                        "40%以上。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "预防性喷药面积", "正向", "大于等于", 3, "万亩"),
        (None, None, "飞防作业架次", "正向", "大于等于", 60, "架次"),
        (None, "质量指标", "喷药作业合格率", "正向", "大于等于", 95, "%"),
        (None, "时效指标", "喷药作业完成时间", "反向", "小于等于", day(2025, 6, 30), None),
        ("成本指标", "经济成本指标", "每亩喷药成本", "反向", "小于等于", 70, "元/亩"),
        ("效益指标", "生态效益指标", "松褐天牛虫口密度下降率", "正向", "大于等于", 40, "%"),
        (None, "社会效益指标", "松材线虫病新发疫点", "反向", "等于", 0, "个"),
        (None, "可持续影响指标", "喷药致非靶标生物伤害事故", "反向", "等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "正向", "大于等于", 90, "%"),
    ], head=("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值",
             "计量单位"))  # fmt: skip
    notes(s, "填表说明：1.指标方向填正向或反向；2.比较符填大于等于、小于等于或等于；",
          "3.日期类指标在指标值栏填写日期，计量单位栏留空。", width=7)  # fmt: skip
    sign(s, "岑望舒", "0735-5820731", filled(2024, 12, 9))
    return b


@variant("kdb12-blockade-quarantine", (6, 7),
         "project, OLD-NAT, two-row header (目标值 · 计量单位): a template example row left in, "
         "one indicator twice with different values under two tiers")  # fmt: skip
def blockade_quarantine() -> Book:
    b, s = book()
    project_head(s, year=2025, name="鹤汀县松材线虫病疫区封锁检疫项目",
                 dept="鹤汀县林业局（411003）", unit="鹤汀县木材检查站",
                 money=funds(w(180), w(180), w(0)),
                 goals=["设立检疫检查站4个，检查过境车辆6000辆次以上，"
                        "检出疫木100%处置。"])  # fmt: skip
    s.row("绩效指标", None, None, "绩效目标值", None, merge=[(1, 3), (4, 5)])
    indicators(s, [
        ("产出指标", "数量指标", "设立检疫检查站", "≥4", "个"),
        (None, None, "检查过境车辆", "≥6000", "辆次"),
        (None, "质量指标", "疫木检疫检出处置率", "100", "%"),
        (None, None, mk("例：XX检查合格率", "X101", "error", row=True,
                        note="the template's example row left in"), "≥XX", "%"),
        (None, "时效指标", "检出疫木处置时限", "≤24", "小时"),
        (None, "成本指标", "单个检查站运行成本", "≤40", "万元/个"),
        ("效益指标", "社会效益指标", "违规调运案件查处率", "≥95", "%"),
        (None, "生态效益指标",
         mk("疫木检疫检出处置率", "D102", "error", row=True, alt=("D101", "D103"),
            note="the 质量 indicator again, 90% against 100%"), "≥90", "%"),
        ("满意度指标", "服务对象满意度指标", "过往群众满意度", "≥85", "%"),
    ], head=("一级指标", "二级指标", "三级指标", "目标值", "计量单位"))  # fmt: skip
    sign(s, "覃一帆", "0746-3368825", filled(2024, 11, 29))
    return b
