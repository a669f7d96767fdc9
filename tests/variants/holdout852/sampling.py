"""Market sampling tests: returns kgd01–kgd06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout852.common import first, multi_money, notes, one_money, sign, table
from tests.variants.holdout852.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("kgd01-sampling-batches", (1, 5, 12),
         "project, NAT-2021, numbered tier labels, operator and unit columns, typed percent "
         "cells (correct)")  # fmt: skip
def sampling_batches() -> Book:
    b, s = first()
    project_head(s, year=2025, name="栖梧县食用农产品市场抽检项目",
                 dept="栖梧县市场监督管理局（317）", unit="栖梧县食品检验检测中心",
                 money=one_money(300, 280, 20),
                 goals=["全年在农贸市场、商超抽检食用农产品3200批次（其中农贸市场1800批次、"
                        "商超1400批次），不合格产品核查处置率100%，为2026年在全县推广"
                        "“抽检+快检”联动模式积累经验。"])  # fmt: skip
    rows = [
        ("一、产出指标", "（一）数量指标", "食用农产品抽检批次", "≥", 3200, "批次"),
        (None, None, "农贸市场抽检批次", "≥", 1800, "批次"),
        (None, "（二）质量指标", "不合格产品核查处置率", "=", pct(1), "%"),
        (None, "（三）时效指标", "抽检结果公示时限", "≤", 20, "个工作日"),
        ("二、成本指标", "（一）经济成本指标", "单批次检验费用", "≤", 900, "元/批次"),
        ("三、效益指标", "（一）社会效益指标", "食用农产品抽检合格率", "≥", pct(0.97), "%"),
        (None, "（二）可持续影响指标", "不合格样品同比下降率", "≥", pct(0.1), "%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "市场经营户满意度", "≥", pct(0.9), "%"),
    ]
    table(s, OPS, rows)
    notes(s, "注：抽检批次含监督抽检和风险监测抽检，不含快检筛查。")
    sign(s, "卢静岚", "0793-5528714", day(2024, 11, 18))
    return b


@variant("kgd02-sampling-goal-mismatch", (7, 12),
         "project, OLD-NAT, header 绩效目标值: goal count against the indicator, a cost beyond "
         "the money, last year's deadline")  # fmt: skip
def sampling_goal_mismatch() -> Book:
    b, s = first()
    project_head(s, year=2025, name="鹿鸣区重点品种食品专项抽检", dept="鹿鸣区市场监督管理局",
                 unit="鹿鸣区食品药品稽查大队", money=one_money(180, 170, 10),
                 goals=["对蔬菜、水产品、畜禽肉等重点品种开展专项抽检2400批次，抽检结果于每季度"
                        "结束后15个工作日内公示。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "重点品种专项抽检批次",
         mk("≥2000批次", "D104", "warning", row=True, note="年度目标写抽检2400批次")),
        (None, None, "快检筛查样品数", "≥12000份"),
        (None, "质量指标", "检验报告差错率", "≤1%"),
        (None, "时效指标", "抽检结果公示时限", "≤15个工作日"),
        (None, None, "全年抽检任务完成时限",
         mk("2024年12月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="2025年度项目的完成时限写成上一年，是上年表格遗留")),
        (None, "成本指标", "单批次检测费用",
         mk("≤1000元/批次", "B107", "warning", row=True,
            note="1000元×2000批次=200万元（按目标2400批次为240万元），超过项目资金180万元")),
        ("效益指标", "社会效益指标", "重点品种抽检合格率", "≥96%"),
        (None, "可持续影响指标", "抽检数据用于风险预警", "有效"),
        ("满意度指标", "服务对象满意度指标", "市场经营户满意度", "≥90%"),
    ]  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), rows)
    sign(s, "符远航", "0793-6631208", day(2025, 1, 6))
    return b


@variant("kgd03-sampling-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns, period counts above the year's "
         "(correct)")  # fmt: skip
def sampling_multi_year() -> Book:
    b, s = first()
    project_head(s, year=2025, years=3, name="望潮市农贸市场快检室建设及抽检",
                 dept="望潮市市场监督管理局", unit="望潮市食品安全检测所",
                 attr="新增项目", money=multi_money((900, 840, 60), (300, 280, 20)),
                 goals=["三年内建成农贸市场快检室12个，累计抽检食用农产品9600批次，快检室运行"
                        "维护机制建立并执行。",
                        "2025年建成快检室4个，抽检3200批次，为2026年实现城区农贸市场快检全覆盖"
                        "打基础。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "农贸市场快检室建设数", "≥12个", "≥4个"),
        (None, None, "食用农产品抽检批次", "≥9600批次", "≥3200批次"),
        (None, "质量指标", "快检结果复核符合率", "≥95%", "≥95%"),
        (None, "时效指标", "快检结果上传时限", "≤2小时", "≤2小时"),
        ("成本指标", "经济成本指标", "快检室单个建设成本", "≤25万元/个", "≤25万元/个"),
        (None, None, "单批次抽检费用", "≤600元/批次", "≤600元/批次"),
        ("效益指标", "社会效益指标", "农贸市场食用农产品抽检合格率", "≥97%", "≥97%"),
        (None, "可持续影响指标", "快检室运行维护机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "市场经营户满意度", "≥90%", "≥90%"),
    ]
    table(s, TWO, rows)
    notes(s, "说明：成本按中期 12×25+9600×0.06=876万元、年度 4×25+3200×0.06=292万元测算。")
    return b


@variant("kgd04-sampling-period-wrong", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: goal text copied, a year's count "
         "above the period's, a count copied")  # fmt: skip
def sampling_period_wrong() -> Book:
    b, s = first()
    goal = "两年内抽检食用农产品4500批次，在乡镇农贸市场建成快检室6个，抽检合格率保持在96%以上。"
    project_head(
        s,
        year=2025,
        years=2,
        name="栖梧县乡镇农贸市场抽检提升项目",
        dept="栖梧县市场监督管理局",
        unit="栖梧县食品检验检测中心",
        money=multi_money((400, 380, 20), (220, 210, 10)),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标逐字抄自中期目标")],
    )
    rows = [
        ("产出指标", "数量指标", "食用农产品抽检批次", "≥4500批次",
         mk("≥5000批次", "D201", "error", alt=("D104",), note="一年的抽检批次超过两年合计")),
        (None, None, "乡镇快检室建设数", "≥6个",
         mk("≥6个", "D202", "warning", note="两年期累计数原样抄入年度列")),
        (None, "质量指标", "检验报告准确率", "≥99%", "≥99%"),
        (None, "时效指标", "不合格产品核查处置时限", "≤30日", "≤30日"),
        ("成本指标", "经济成本指标", "单批次抽检费用", "≤400元/批次", "≤400元/批次"),
        ("效益指标", "社会效益指标", "乡镇农贸市场抽检合格率", "≥96%", "≥96%"),
        ("满意度指标", "服务对象满意度指标", "乡镇群众满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    table(s, TWO, rows)
    return b


@variant("kgd05-sampling-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "with different values (correct)")  # fmt: skip
def sampling_stacked() -> Book:
    b, s = first()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(
        s,
        year=2025,
        name="节令食品专项抽检",
        dept="云岫区市场监督管理局",
        unit="云岫区市场监督管理局",
        money=one_money(60, 60, 0),
        goals=["围绕春节、端午、中秋抽检月饼、粽子、年货等节令食品500批次。"],
    )
    table(s, head, [
        ("产出指标", "数量指标", "节令食品抽检批次", "≥500批次"),
        (None, "时效指标", "节前抽检完成时间", day(2025, 9, 30, CN_DATE)),
        (None, "成本指标", "单批次检验费用", "≤1200元/批次"),
        ("效益指标", "社会效益指标", "食品抽检合格率", "≥96%"),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2025,
        name="网络订餐食品抽检",
        dept="云岫区市场监督管理局",
        unit="云岫区食品检验所",
        money=one_money(45, 40, 5),
        title="",
        goals=["对入网餐饮单位外卖食品抽检400批次，处置不合格结果。"],
    )
    table(s, head, [
        ("产出指标", "数量指标", "外卖食品抽检批次", "≥400批次"),
        (None, "质量指标", "不合格结果核查处置率", "100%"),
        (None, "成本指标", "单批次检验费用", "≤1000元/批次"),
        ("效益指标", "社会效益指标", "食品抽检合格率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant("kgd06-sampling-tier-dup", (5,),
         "project, NAT-2021, labels with marks and abbreviations: a quality rate under 时效, "
         "the same count twice with different values")  # fmt: skip
def sampling_tier_dup() -> Book:
    b, s = first()
    project_head(
        s,
        year=2025,
        name="集贸市场食品安全抽检",
        dept="云岫区市场监督管理局",
        unit="云岫区食品检验所",
        money=one_money(150, 150, 0),
        goals=["全年对集贸市场抽检食品1500批次，复检合格率98%以上。"],
    )
    rows = [
        ("*产出指标", "数量", "集贸市场抽检批次", "≥1500批次"),
        (None, None, "集贸市场食品抽检批次",
         mk("≥1200批次", "D102", "error", row=True, alt=("D103", "D101", "D104"),
            note="与上一行是同一指标，多一个“食品”，指标值却不同")),
        (None, "质量", "检验报告差错率", "≤1%"),
        (None, "时效", "抽检样品复检合格率",
         mk("≥98%", "F201", "warning", row=True, note="合格率是质量指标，填在时效下")),
        (None, None, "抽检结果公示时限", "≤20个工作日"),
        ("★成本指标", "经济成本", "单批次检验费用", "≤800元/批次"),
        ("*效益指标", "社会效益", "集贸市场食品抽检合格率", "≥96%"),
        ("*满意度指标", "服务对象满意度", "经营户满意度", "≥90%"),
    ]  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    return b
