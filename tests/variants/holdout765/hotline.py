"""Returns kcu01–kcu06: the public legal-service (公共法律服务) hotline of 澄渊市 and the centre
that runs it."""

from __future__ import annotations

from tests.variants.holdout765.common import (
    YEAR,
    department,
    flat,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign,
)
from tests.variants.holdout765.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, pct

CENTRE = "澄渊市公共法律服务中心"


@variant("kcu01-hotline-seats", (1, 5, 12),
         "project, NAT-2021, numbered tier labels, typed percent cells, a 下降率 with ≥, "
         "a later year in the goal (correct)")  # fmt: skip
def hotline_seats() -> Book:
    b, s = project(
        name="公共法律服务热线坐席运行经费", unit=CENTRE, money=one_year(180, 170, 10),
        goals=("2026年全年接听群众法律咨询来电不少于6万人次（其中夜间及节假日来电约1.2万人次），"
               "24名值守坐席人员全年在岗，群众满意度不低于90%，为2027年热线与基层调解组织"
               "联动分流积累经验。",),
    )  # fmt: skip
    indicators(s, [
        ("一、产出指标", "（一）数量指标", "1.接听群众法律咨询来电量", "≥60000人次"),
        (None, None, "2.值守坐席人员数", "≥24人"),
        (None, "（二）质量指标", "1.来电接通率", pct(0.95)),
        (None, None, "2.法律解答准确率", "≥95%"),
        (None, "（三）时效指标", "1.疑难咨询转办回复时限", "≤3个工作日"),
        ("二、成本指标", "（一）经济成本指标", "1.坐席人员年均服务成本", "≤6万元/人"),
        ("三、效益指标", "（一）社会效益指标", "1.重复来电下降率", "≥10%"),
        (None, None, "2.来电投诉率", "≤1%"),
        (None, "（二）可持续影响指标", "1.热线知识库条目更新量", "≥500条"),
        ("四、满意度指标", "（一）服务对象满意度指标", "1.来电群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒲晓岚", "8836 2145", day(YEAR - 1, 11, 18))
    return b


@variant("kcu02-hotline-calls", (7, 11, 12),
         "project, OLD-NAT, operator column 指标性质 and unit column, header 绩效标准: the goal's "
         "call count against the indicator, a quality rate under 时效, unit cost × calls above "
         "the money")  # fmt: skip
def hotline_calls() -> Book:
    b, s = project(
        name="公共法律服务热线来电解答服务", unit=CENTRE, money=one_year(150, 150, 0),
        goals=("全年接听群众法律咨询来电不少于5万人次，来电群众当场解答率达到85%以上，"
               "群众满意度不低于90%。",),
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "热线接听来电量", "≥",
         mk(40000, "D104", "warning", row=True,
            note="年度目标写不少于5万人次，指标只有40000人次"), "人次"),
        (None, None, "律师值班坐席数", "≥", 20, "个"),
        (None, "质量指标", "来电记录完整率", "≥", 98, "%"),
        (None, "时效指标", "工单转办平均时限", "≤", 2, "个工作日"),
        (None, None, mk("法律解答准确率", "F201", "warning", row=True,
                        note="准确率是质量指标，填在时效指标下"), "≥", 95, "%"),
        (None, "成本指标", "单次咨询平均成本", "≤",
         mk(45, "B107", "warning", row=True,
            note="45元/人次 × 40000人次 = 180万元，超过年度资金150万元"), "元/人次"),
        ("效益指标", "社会效益指标", "来电群众当场解答率", "≥", 85, "%"),
        (None, "可持续影响指标", "热线知识库更新频次", "≥", 12, "次"),
        ("满意度指标", "服务对象满意度指标", "来电群众满意度", "≥", 90, "%"),
    ], head=("一级指标", "二级指标", "三级指标", "指标性质", "绩效标准", "计量单位"))  # fmt: skip
    return b


@variant("kcu03-hotline-voice-nav", (4, 8, 12),
         "three-year project, NAT-2021, 中期 and 年度 columns, period counts above the year's, "
         "a 注 row under the table (correct)")  # fmt: skip
def hotline_voice_nav() -> Book:
    b, s = project(
        name="法律服务热线智能语音导航与知识库建设", unit=CENTRE, years=3, attr="新增项目",
        money=multi_year((540, 540, 0), (200, 200, 0)),
        goals=("三年内建成热线智能语音导航系统，知识库条目累计达到9000条，累计培训坐席律师"
               "300人次，来电一次解答率达到85%以上。",
               "完成语音导航一期上线，新增知识库条目3000条，培训坐席律师100人次，来电一次"
               "解答率达到80%以上。"),
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "知识库条目数", "≥9000条", "≥3000条"),
        (None, None, "坐席律师培训人次", "≥300人次", "≥100人次"),
        (None, "质量指标", "语音导航识别准确率", "≥90%", "≥85%"),
        (None, "时效指标", "语音导航系统上线时间", "2028年12月31日前全部建成",
         "2026年9月30日前一期上线"),
        ("成本指标", "经济成本指标", "系统建设费用", "≤420万元", "≤150万元"),
        (None, None, "坐席律师培训成本", "≤0.2万元/人次", "≤0.2万元/人次"),
        ("效益指标", "社会效益指标", "来电一次解答率", "≥85%", "≥80%"),
        (None, "可持续影响指标", "知识库向区县共享数", "≥10个", "≥4个"),
        ("满意度指标", "服务对象满意度指标", "来电群众满意度", "≥92%", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))  # fmt: skip
    notes(s, "注：中期指标值为2026—2028年累计数，年度指标值为2026年度数。")
    return b


@variant("kcu04-hotline-duty-lawyers", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: a year's training count above the "
         "period's, a cumulative count copied, last year in the 年度目标")  # fmt: skip
def hotline_duty_lawyers() -> Book:
    b, s = project(
        name="热线值班律师轮值与培训", unit=CENTRE, years=3, attr="新增项目",
        money=multi_year((450, 450, 0), (150, 150, 0)),
        goals=("2026—2028年累计培训热线值班律师360人次，建成值班律师案例知识库3000条，"
               "形成稳定的值班律师轮值队伍。",
               mk("2025年完成值班律师排班系统升级，培训值班律师120人次，新增案例知识库"
                  "1000条。", "Y103", "warning", alt=("Y101",),
                  note="预算年度2026年、项目期2026—2028年，年度目标却写2025年（上年遗留）")),
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "值班律师培训人次", "≥360人次",
         mk("≥400人次", "D201", "error", alt=("D104",),
            note="年度400人次超过实施期360人次，年度目标也只写120人次")),
        (None, None, "案例知识库条目数", "≥3000条",
         mk("≥3000条", "D202", "warning", note="累计条目数照抄中期值，年度目标写1000条")),
        (None, "质量指标", "值班律师培训考核合格率", "≥95%", "≥95%"),
        (None, "时效指标", "来电转律师接听时限", "≤30秒", "≤30秒"),
        ("成本指标", "经济成本指标", "值班律师人均培训成本", "≤0.3万元/人次",
         "≤0.3万元/人次"),
        ("效益指标", "社会效益指标", "律师专业解答覆盖率", "≥60%", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "来电群众满意度", "≥90%", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))  # fmt: skip
    return b


@variant("kcu05-legal-centre-dept", (4, 12),
         "department, NAT-2021: budget and tasks adding up, a footnote explaining the 金额合计, "
         "a header row repeated after a page break, signature line (correct)")  # fmt: skip
def legal_centre_dept() -> Book:
    b, s = department(
        dept=CENTRE, budget=[(money(860), money(820), money(40), money(520), money(340))],
        tasks=[("热线运行", "12条坐席线路全年运行", money(180), "全年接听来电5万人次以上"),
               ("法律援助案件补贴", "支付援助律师办案补贴", money(110), "办理援助案件1800件"),
               ("普法宣传", "社区普法活动与宣传品", money(50), "开展社区普法活动150场"),
               ("金额合计", None, money(340), None)],
        goal="热线全年接听来电5万人次以上，办理法律援助案件1800件，开展社区普法活动150场，"
             "服务对象满意度不低于90%。",
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "热线接听来电量", "≥50000人次"),
        (None, None, "法律援助案件办理量", "≥1800件"),
        (None, None, "社区普法活动场次", "≥150场"),
        (None, "质量指标", "法律援助案件结案归档合格率", "≥98%"),
    ], head=head)  # fmt: skip
    indicators(s, [
        ("产出指标", "时效指标", "法律援助申请审查时限", "≤7个工作日"),
        ("成本指标", "经济成本指标", "法律援助案件平均补贴", "≤600元/件"),
        ("效益指标", "社会效益指标", "群众法律服务获得感提升", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ], head=head)  # fmt: skip
    notes(s, "注：金额合计为项目支出合计（340万元），基本支出520万元为人员和公用经费，"
             "未列入年度主要任务。")  # fmt: skip
    sign(s, "殷若衡", "8836 2190", day(YEAR - 1, 11, 20, CN_DATE))
    return b


@variant("kcu06-legal-centre-flat", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值): a near-duplicate "
         "of one rate with another value, a completion date left from last year")  # fmt: skip
def legal_centre_flat() -> Book:
    b, s = department(
        dept=CENTRE, budget=[(money(600), money(580), money(20), money(380), money(220))],
        goal="全年接听热线来电5万人次以上，办理法律援助案件1500件，热线工单按时回访率"
             "不低于95%，服务对象满意度不低于90%。",
    )  # fmt: skip
    flat(s, [
        ("热线来电接听量", 15, "人次", "≥", 50000),
        ("法律援助案件办理量", 15, "件", "≥", 1500),
        ("人民调解案件调解成功率", 10, "%", "≥", pct(0.96)),
        (mk("热线工单按时回访率", "D103", "warning", row=True, required=False,
            alt=("D101", "D102")), 10, "%", "≥", 95),
        ("来电投诉率", 10, "%", "≤", 1),
        ("热线系统升级完成时间", 10, "日期", "≤",
         mk(day(2025, 10, 31), "Y102", "error", alt=("Y101",),
            note="2026年的部门表，完成时间却是2025年10月31日（上年遗留）")),
        (mk("工单按时回访率", "D103", "warning", row=True, alt=("D101", "D102"),
            note="与“热线工单按时回访率”是同一指标，值却是90%"), 10, "%", "≥", 90),
        ("公共法律服务知晓率", 10, "%", "≥", 80),
        ("服务对象满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    return b
