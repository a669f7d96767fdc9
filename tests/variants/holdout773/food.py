"""Food-safety sampling (食品安全抽检) returns: kdc01 to kdc06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout773.common import (
    BUREAU,
    DEPT,
    HEAD,
    one_year,
    period,
    project,
    sign,
    start,
    table,
)
from tests.variants.holdout773.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kdc01-sampling-batches", (1, 7, 11),
         "project, NAT-2021, headers 指标内容 and 绩效标准, operator and unit columns, typed "
         "percent cells, a 下降率 with ≥ (correct)")  # fmt: skip
def sampling_batches() -> Book:
    b, s = start()
    goal = ("2025年完成食品安全监督抽检1200批次（其中食用农产品450批次），问题食品核查处置率"
            "100%，抽检结果按时向社会公布。")  # fmt: skip
    project(s, "食品安全监督抽检", one_year(86, 80, 6), [goal])
    rows = [
        ("成本指标", "经济成本指标", "单批次检验费用", "≤", 600, "元/批次"),
        ("产出指标", "数量指标", "食品安全监督抽检批次", "≥", 1200, "批次"),
        (None, None, "食用农产品抽检批次", "≥", 450, "批次"),
        (None, "质量指标", "问题食品核查处置率", "=", pct(1), "%"),
        (None, None, "检验报告复核合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "抽检结果公布时限", "≤", 20, "工作日"),
        ("效益指标", "社会效益指标", "农药残留超标问题下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "抽检数据纳入风险预警分析比例", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "≥", pct(0.9), "%"),
    ]
    table(s, ("一级指标", "二级指标", "指标内容", "比较符", "绩效标准", "计量单位"), rows)
    sign(s, "陶可馨", "0719-6523318", day(2024, 11, 26))
    return b


@variant("kdc02-sampling-goal-mismatch", (7,),
         "project, OLD-NAT, header 预期目标 with operators in the values: the goal's batch count "
         "against the indicator, last year's deadline, a 合格率 under 时效")  # fmt: skip
def sampling_goal_mismatch() -> Book:
    b, s = start()
    goal = ("完成食品安全抽检2000批次，覆盖全县38个农贸市场和乡镇集体聚餐点，抽检任务于2025年"
            "11月底前完成。")  # fmt: skip
    project(s, "农村集体聚餐及小餐饮抽检", one_year(120, 120, 0), [goal])
    late = mk(
        "检验报告复核合格率", "F201", "warning", row=True, note="合格率是质量指标，填在时效下"
    )
    rows = [
        (
            "产出指标",
            "数量指标",
            "食品安全抽检批次",
            mk(
                "≥1800批次",
                "D104",
                "warning",
                row=True,
                note="年度目标写抽检2000批次，指标只有1800批次",
            ),
        ),
        (None, None, "农贸市场覆盖数量", "≥38个"),
        (None, "质量指标", "不合格样品核查处置率", "=100%"),
        (None, "时效指标", late, "≥98%"),
        (
            None,
            None,
            "抽检任务完成时间",
            mk(
                "2024年11月30日前",
                "Y102",
                "error",
                row=True,
                alt=("Y101", "Y103", "D104"),
                note="2025年度的项目，完成期限却是上一年（年度目标写2025年11月底），去年的表没改",
            ),
        ),
        (None, "成本指标", "单批次检验费用", "≤600元/批次"),
        ("效益指标", "社会效益指标", "农村集体聚餐食品安全事故", "=0起"),
        ("满意度指标", "服务对象满意度指标", "农村群众满意度", "≥90%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    sign(s, "龚书铭", "0719-6523326", day(2024, 12, 3))
    return b


@variant("kdc03-rapid-test-period", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns, the period's counts beside smaller "
         "annual counts, rates equal in both columns (correct)")  # fmt: skip
def rapid_test_period() -> Book:
    b, s = start()
    mid = ("2025年—2027年在全县农贸市场建成快检室12个，累计快速检测36000批次，快检结果公示率"
           "100%。")  # fmt: skip
    year = "2025年建成快检室4个，完成快速检测12000批次，快检结果当日公示。"
    project(s, "农贸市场快检室建设运行", period((270, 270, 0), (90, 90, 0)), [mid, year],
            years=3, attr="新增项目")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "快检室建成数量", "≥12个", "≥4个"),
        (None, None, "快速检测批次", "≥36000批次", "≥12000批次"),
        (None, "质量指标", "快检结果公示率", "=100%", "=100%"),
        (None, None, "阳性样品复检确认率", "≥95%", "≥95%"),
        (None, "时效指标", "阳性结果报告时间", "≤2小时", "≤2小时"),
        (None, "成本指标", "单批次快检耗材成本", "≤25元/批次", "≤25元/批次"),
        ("效益指标", "社会效益指标", "问题食品下架处置率", "≥98%", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "市场经营户满意度", "≥90%", "≥90%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    sign(s, "陶可馨", "0719-6523318", day(2024, 11, 28))
    return b


@variant("kdc04-workshop-period-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, an "
         "annual count above the period's, a cumulative count copied")  # fmt: skip
def workshop_period_copied() -> Book:
    b, s = start()
    text = "推动全县食品小作坊规范提升，开展从业人员培训，小作坊抽检合格率稳定在97%以上。"
    same = mk(text, "D204", "warning", note="三年期项目，年度目标与中期目标逐字相同")
    project(s, "食品小作坊规范提升", period((150, 150, 0), (60, 60, 0)), [text, same],
            years=3, attr="新增项目")  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "单家小作坊提升补助", "≤0.3万元/家", "≤0.3万元/家"),
        (
            "产出指标",
            "数量指标",
            "小作坊规范提升数量",
            "≥150家",
            mk("≥180家", "D201", "error", note="一年提升180家，超过三年合计的150家"),
        ),
        (
            None,
            None,
            "从业人员培训人次",
            "≥900人次",
            mk("≥900人次", "D202", "warning", note="三年累计的培训人次原样抄进年度列"),
        ),
        (None, "质量指标", "小作坊抽检合格率", "≥97%", "≥97%"),
        (None, "时效指标", "整改问题复查时限", "≤15日", "≤15日"),
        ("效益指标", "社会效益指标", "小作坊食品安全事故", "=0起", "=0起"),
        ("满意度指标", "服务对象满意度指标", "小作坊经营者满意度", "≥85%", "≥85%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), rows)
    sign(s, "龚书铭", "0719-6523326", day(2024, 12, 5))
    return b


@variant("kdc05-stacked-campus-online", (2,),
         "two projects stacked in one sheet, NAT-2021, one value column, 服务对象满意度 with "
         "different values, a later year the work prepares for (correct)")  # fmt: skip
def stacked_campus_online() -> Book:
    b, s = start()
    project(
        s,
        "校园及周边食品安全专项抽检",
        one_year(36, 36, 0),
        ["抽检学校食堂及周边食品300批次，不合格食品处置率100%，校园食品安全事故零发生。"],
    )
    table(s, HEAD, [
        ("成本指标", "经济成本指标", "单批次检验费用", "≤800元/批次"),
        ("产出指标", "数量指标", "学校食堂及周边抽检批次", "≥300批次"),
        (None, "质量指标", "不合格食品处置率", "=100%"),
        (None, "时效指标", "抽检报告出具时间", "≤15个工作日"),
        ("效益指标", "社会效益指标", "校园食品安全事故", "=0起"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    goal = ("对全县600户入网餐饮单位开展线上监测，问题线索处置率95%以上，为2026年推行网络订餐"
            "风险分级管理积累监测数据。")  # fmt: skip
    project_head(s, year=2025, name="网络餐饮服务第三方平台监测", dept=DEPT, unit=BUREAU,
                 money=one_year(24, 20, 4), goals=[goal], title="")  # fmt: skip
    table(s, HEAD, [
        ("成本指标", "经济成本指标", "单户监测成本", "≤300元/户"),
        ("产出指标", "数量指标", "入网餐饮单位监测户数", "≥600户"),
        (None, "质量指标", "问题线索处置率", "≥95%"),
        (None, "时效指标", "监测报告报送时间", "每月10日前"),
        ("效益指标", "社会效益指标", "网络订餐投诉量下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "陶可馨", "0719-6523318", day(2025, 1, 8))
    return b


@variant("kdc06-stacked-catering-defects", (2, 12),
         "two projects stacked, NAT-2021: the second project's money does not add up and one "
         "count is given twice with a word more and another value")  # fmt: skip
def stacked_catering_defects() -> Book:
    b, s = start()
    project(
        s,
        "食用农产品市场快检抽检",
        one_year(30, 30, 0),
        ["对全县农贸市场食用农产品开展快检6000批次，阳性样品复检确认率95%以上。"],
    )
    table(s, HEAD, [
        ("成本指标", "经济成本指标", "单批次快检成本", "≤40元/批次"),
        ("产出指标", "数量指标", "食用农产品快检批次", "≥6000批次"),
        (None, "质量指标", "阳性样品复检确认率", "≥95%"),
        ("效益指标", "社会效益指标", "问题产品下架处置率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "市场经营户满意度", "≥85%"),
    ])  # fmt: skip
    s.skip()
    total = mk(45, "B101", "error", note="年度资金总额45万元 ≠ 财政拨款30 + 其他资金10")
    project_head(s, year=2025, name="餐饮服务食品安全量化分级", dept=DEPT, unit=BUREAU,
                 money=one_year(total, 30, 10),
                 goals=["完成餐饮单位量化分级检查300户，等级公示率100%。"], title="")  # fmt: skip
    twice = mk("餐饮服务单位量化分级检查户数", "D103", "warning", row=True, alt=("D101", "D102"),
               note="与上一行“餐饮单位量化分级检查户数”同一指标，值却是320户")  # fmt: skip
    table(s, HEAD, [
        ("成本指标", "经济成本指标", "单户检查成本", "≤1000元/户"),
        ("产出指标", "数量指标", "餐饮单位量化分级检查户数", "≥300户"),
        (None, None, twice, "≥320户"),
        (None, "质量指标", "量化等级公示率", "=100%"),
        ("效益指标", "社会效益指标", "餐饮服务食品安全事故", "=0起"),
        ("满意度指标", "服务对象满意度指标", "就餐群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "龚书铭", "0719-6523326", day(2025, 1, 9))
    return b
