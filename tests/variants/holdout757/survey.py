"""Returns kcm01–kcm06: the rural household income survey (农村住户收支调查) of 云泽省."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout757.common import (
    TIERS,
    book,
    indicators,
    period_money,
    sign_off,
    year_money,
)
from tests.variants.holdout757.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "澄岭县统计局 118003"
PERIOD = (*TIERS, "中期指标值", "年度指标值")


@variant("kcm01-ledger-percent", (1, 12), "project, OLD-NAT, operator and unit columns, typed "
         "percent cells, 万元 in the number format, goal count with its part in brackets "
         "(correct)")  # fmt: skip
def ledger_percent() -> Book:
    b, s = book()
    project_head(s, year=2025, name="澄岭县农村住户收支调查记账补助项目", dept=DEPT,
                 unit="澄岭县农村社会经济调查中心", money=year_money(96, 90, 6),
                 goals=["完成1200户记账户（其中新轮换户300户）全年日记账采集与审核，按季度上报农村"
                        "居民人均可支配收入数据，记账户流失率控制在5%以内。"])  # fmt: skip
    indicators(s, (*TIERS, "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "记账户数量", "大于等于", 1200, "户"),
        (None, None, "新轮换记账户数量", "大于等于", 300, "户"),
        (None, "质量指标", "日记账审核通过率", "大于等于", pct(0.98), None),
        (None, None, "记账户流失率", "小于等于", pct(0.05), None),
        (None, "时效指标", "季度数据上报时限", "小于等于", 15, "季后天数"),
        (None, "成本指标", "记账补贴标准", "小于等于", 600, "元/户·年"),
        ("效益指标", "社会效益指标", "农村居民收入数据按期发布率", "等于", pct(1), None),
        (None, "可持续影响指标", "样本轮换衔接机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "记账户满意度", "大于等于", pct(0.9), None),
    ])  # fmt: skip
    sign_off(s, "谭秋禾", "0736-5218804", day(2024, 10, 28))
    return b


@variant(
    "kcm02-goal-against-rows",
    (7, 12),
    "project, OLD-NAT, header 绩效目标值: a count "
    "below the goal's, a deadline left from last year, a subsidy standard above the money",
)
def goal_against_rows() -> Book:
    b, s = book()
    project_head(s, year=2025, name="禾埠市住户收支调查样本维护项目", dept="禾埠市统计局 207001",
                 unit="国家统计局禾埠调查队", money=year_money(80, 80, 0),
                 goals=["全年维护农村记账户1500户，组织辅助调查员开展入户核查4轮，2025年12月31日前"
                        "完成年度收入数据汇总上报。"])  # fmt: skip
    indicators(s, (*TIERS, "绩效目标值"), [
        ("产出指标", "数量指标", "农村记账户维护数量",
         mk("≥1200户", "D104", "warning", row=True, note="年度目标写维护1500户")),
        (None, None, "入户核查轮次", "≥4轮"),
        (None, "质量指标", "记账数据差错率", "≤2%"),
        (None, "时效指标", "年度收入数据汇总上报时间",
         mk("2024年12月31日前", "Y102", "error", alt=("Y103", "D104"),
            note="2025年度一年期项目，期限落在开始之前；年度目标写2025年12月31日前")),
        (None, "成本指标", "记账补贴标准",
         mk("≤800元/户", "B107", "warning", row=True,
            note="800元/户 × 1200户 = 96万元，超过年度资金80万元（按目标1500户更多）")),
        ("效益指标", "社会效益指标", "收入数据对县域收入分配政策的支撑作用", "有效"),
        ("满意度指标", "服务对象满意度指标", "记账户满意度", "≥90%"),
    ])  # fmt: skip
    sign_off(s, "冯砚青", "0739-8842150", day(2024, 11, 5))
    return b


@variant(
    "kcm03-rotation-period",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "the period's counts beside smaller annual ones, a later year prepared for (correct)",
)
def rotation_period() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="云泽省农村住户调查样本轮换项目",
                 dept="云泽省统计局 101001", unit="云泽省农村社会经济调查队",
                 money=period_money((300, 270, 30), (100, 90, 10)),
                 goals=["2025年—2027年完成全省3600户农村记账户轮换，建立新一轮样本框并稳定记账质量。",
                        "2025年完成1200户样本轮换，培训辅助调查员240人次，为2028年新一轮住户调查"
                        "大样本设计积累经验。"])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "样本轮换户数", "≥3600户", "≥1200户"),
        (None, None, "辅助调查员培训人次", "≥720人次", "≥240人次"),
        (None, "质量指标", "新样本户记账合格率", pct(0.95), pct(0.95)),
        (None, "时效指标", "轮换户启用时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单户轮换成本", "≤800元/户", "≤800元/户"),
        ("效益指标", "社会效益指标", "农村居民收入抽样误差", "≤3%", "≤3%"),
        ("满意度指标", "服务对象满意度指标", "样本户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign_off(s, "江映竹", "0731-6620973", day(2024, 9, 30))
    return b


@variant(
    "kcm04-period-wrong",
    (8, 11),
    "two-year project, NAT-2021, 中期 and 年度 columns: an "
    "annual count above the period's, a period count copied, a 反向 rate with ≥",
)
def period_wrong() -> Book:
    b, s = book()
    project_head(s, year=2025, years=2, name="禾埠市农民工监测调查扩样项目",
                 dept="禾埠市统计局 207001", unit="国家统计局禾埠调查队",
                 money=period_money((160, 160, 0), (80, 80, 0)),
                 goals=["2025年—2026年将农民工监测调查样本扩至2000户，按季发布监测季报8期。",
                        "2025年完成扩样户登记和首轮访问，按季发布监测季报4期。"])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "农民工监测调查户数", "≥2000户",
         mk("≥2400户", "D201", "error", note="年度2400户超过实施期2000户")),
        (None, None, "监测季报期数", "≥8期",
         mk("≥8期", "D202", "warning", alt=("D104",),
            note="两年8期照抄到年度；年度目标写4期")),
        (None, "质量指标", "问卷复核比例", "≥10%", "≥10%"),
        (None, "时效指标", "季报上报时限", "季后20日内", "季后20日内"),
        ("成本指标", "经济成本指标", "每户调查补贴", "≤300元/户", "≤300元/户"),
        ("效益指标", "社会效益指标", "调查户拒访率",
         mk("≥3%", "T108", "warning", row=True, note="拒访率是反向指标，应为≤"), "≥3%"),
        ("满意度指标", "服务对象满意度指标", "调查户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign_off(s, "冯砚青", "0739-8842150", day(2024, 11, 6))
    return b


@variant(
    "kcm05-stacked-two",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same indicator with different values in each project (correct)",
)
def stacked_two() -> Book:
    b, s = book()
    project_head(s, year=2025, name="栖岩区农村住户调查入户核查项目", dept="栖岩区统计局 305002",
                 unit="栖岩区统计局", money=year_money(45, 45, 0),
                 goals=["对全区480户记账户开展入户核查两轮，核查记账完整性。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "入户核查户数", "≥480户"),
        (None, "质量指标", "核查记录完整率", "≥98%"),
        (None, "时效指标", "两轮核查完成时间", "2025年10月31日前"),
        (None, "成本指标", "单户核查成本", "≤900元/户"),
        ("效益指标", "社会效益指标", "记账差错发现纠正率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "记账户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name="栖岩区农村居民消费支出专项调查项目",
                 dept="栖岩区统计局 305002", unit="栖岩区统计局", money=year_money(28, 20, 8),
                 goals=["对600户农村居民开展消费支出专项调查，形成专题分析报告2篇。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "专项调查户数", "≥600户"),
        (None, None, "专题分析报告", "≥2篇"),
        (None, "质量指标", "问卷有效率", "≥95%"),
        (None, "时效指标", "分析报告报送时间", "2025年12月15日前"),
        (None, "成本指标", "入户访问补贴", "≤100元/户"),
        ("效益指标", "社会效益指标", "报告被区委区政府采用数", "≥1篇"),
        ("满意度指标", "服务对象满意度指标", "记账户满意度", "≥92%"),
    ])  # fmt: skip
    sign_off(s, "韦晨岚", "0735-2290418", day(2024, 11, 12))
    return b


@variant(
    "kcm06-stacked-wrong",
    (2, 5),
    "two projects stacked, OLD-NAT, numbered tier labels: "
    "a quality rate under 时效 in the first, a near-duplicate in the second",
)
def stacked_wrong() -> Book:
    b, s = book()
    project_head(s, year=2025, name="梧塘镇农村住户调查辅助调查员补助项目",
                 dept="澄岭县统计局 118003", unit="梧塘镇人民政府", money=year_money(12, 12, 0),
                 goals=["保障镇内6名辅助调查员全年开展记账辅导和日记账收集。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("一、产出指标", "1.数量指标", "辅助调查员人数", "≥6人"),
        (None, "2.质量指标", "日记账收集完整率", "≥98%"),
        (None, "3.时效指标", "日记账月度收集时间", "次月5日前"),
        (None, None, mk("日记账抽查合格率", "F201", "warning", row=True,
                        note="合格率是质量指标，填在时效指标下"), "≥95%"),
        (None, "4.成本指标", "辅助调查员补助标准", "≤1600元/人·月"),
        ("二、效益指标", "1.社会效益指标", "记账户记账规范性", "提升"),
        ("三、满意度指标", "1.服务对象满意度指标", "记账户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name="梧塘镇农村住户调查数据审核项目",
                 dept="澄岭县统计局 118003", unit="梧塘镇人民政府", money=year_money(8, 8, 0),
                 goals=["对镇内记账户日记账逐月审核，审核覆盖率不低于95%。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("一、产出指标", "1.数量指标", "审核记账户数", "≥90户"),
        (None, "2.质量指标", "记账数据审核覆盖率", "≥95%"),
        (None, None, mk("记账数据审核覆盖比例", "D103", "warning", row=True,
                        alt=("D101", "D102"), note="与上一行是同一指标，值却不同"), "≥98%"),
        (None, "3.时效指标", "月度审核完成时间", "次月10日前"),
        ("二、效益指标", "1.社会效益指标", "农村住户数据差错率", "≤2%"),
        ("三、满意度指标", "1.服务对象满意度指标", "镇统计站满意度", "≥90%"),
    ])  # fmt: skip
    sign_off(s, "陆溪蓝", "0736-5530127", day(2024, 11, 18))
    return b
