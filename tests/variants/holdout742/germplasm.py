"""Returns of the germplasm resource bank (禾川省农作物种质资源库): kbx01–kbx06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout742.common import (
    HEAD_PERIOD,
    filled,
    first,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    w,
)
from tests.variants.holdout742.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "禾川省农业农村厅（213）"
BANK = "禾川省农作物种质资源库"


@variant(
    "kbx01-bank-intake",
    (1,),
    "project, NAT-2021, typed percent cells, a goal count "
    "that is part of an indicator's total (correct)",
)
def bank_intake() -> Book:
    b, s = first()
    project_head(s, year=2025, name="农作物种质资源收集入库", dept=DEPT, unit=BANK,
                 money=one_year(w(186), w(160), w(26)),
                 goals=["新增入库种质资源1200份（其中地方水稻品种800份），完成入库种质"
                        "活力监测3000份，保障库存种质安全。"])  # fmt: skip
    s.row("绩效指标", merge=[(1, 6)])
    indicators(s, [
        ("成本指标", "经济成本指标", "单份种质入库保存成本", "≤1200元/份"),
        ("产出指标", "数量指标", "新增入库种质资源", "≥1200份"),
        (None, None, "其中：地方水稻品种入库", "≥800份"),
        (None, None, "入库种质活力监测", "≥3000份"),
        (None, "质量指标", "入库种质初始发芽率达标率", pct(0.95)),
        (None, "时效指标", "新收集种质入库整理完成时间", "2025年11月30日前"),
        ("效益指标", "可持续影响指标", "库存种质安全保存率", pct(0.99)),
        ("满意度指标", "服务对象满意度指标", "育种单位满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, "沈秋禾", "0731-86420175", filled(2025))
    return b


@variant(
    "kbx02-bank-goal-mismatch",
    (5,),
    "project, NAT-2021, numbered tier labels: the goal's "
    "intake count differs from the indicator, a germination rate under 时效",
)
def bank_goal_mismatch() -> Book:
    b, s = first()
    project_head(
        s,
        year=2025,
        name="种质资源库扩容与更新繁殖",
        dept=DEPT,
        unit=BANK,
        money=one_year(w(240), w(240), w(0)),
        goals=["新增入库种质资源1500份，更新繁殖库存种质600份，种质库运行安全无事故。"],
    )
    s.row("绩效指标", merge=[(1, 6)])
    indicators(s, [
        ("一、成本指标", "1.经济成本指标", "单份种质更新繁殖成本", "≤1500元/份"),
        ("二、产出指标", "1.数量指标", "新增入库种质资源",
         mk("≥1200份", "D104", "warning", row=True,
            note="年度目标写新增入库1500份，指标只有1200份")),
        (None, None, "更新繁殖库存种质", "≥600份"),
        (None, "2.质量指标", "更新繁殖种质遗传完整性合格率", "≥95%"),
        (None, "3.时效指标",
         mk("更新种质发芽率", "F201", "warning", row=True,
            note="发芽率是质量指标，填在时效指标下"), "≥90%"),
        (None, None, "更新繁殖完成时间", "2025年10月31日前"),
        ("三、效益指标", "1.社会效益指标", "向育种单位提供种质份数", "≥800份"),
        ("四、满意度指标", "1.服务对象满意度指标", "种质利用单位满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "沈秋禾", "0731-86420175", filled(2025))
    return b


@variant(
    "kbx03-bank-three-years",
    (7, 8),
    "three-year project, NAT-2021, header 绩效目标值 with "
    "中期 and 年度: the period count beside a smaller year's count (correct)",
)
def bank_three_years() -> Book:
    b, s = first()
    project_head(s, year=2025, years=3, name="地方特色种质资源抢救性收集", dept=DEPT, unit=BANK,
                 money=multi_year((w(540), w(480), w(60)), (w(180), w(160), w(20))),
                 goals=["三年抢救性收集地方特色种质资源3600份，建成特色种质数据库。",
                        "收集地方特色种质资源1200份，完成鉴定评价1000份。"])  # fmt: skip
    s.row("绩效指标", merge=[(1, 6)])
    head = (*HEAD_PERIOD[:3], "中期绩效目标值", "年度绩效目标值")
    indicators(s, [
        ("成本指标", "经济成本指标", "单份种质收集成本", "≤1500元/份", "≤1500元/份"),
        ("产出指标", "数量指标", "收集地方特色种质资源", "≥3600份", "≥1200份"),
        (None, None, "完成鉴定评价种质", "≥3000份", "≥1000份"),
        (None, "质量指标", "收集种质信息完整率", "≥95%", "≥95%"),
        (None, "时效指标", "年度收集任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("效益指标", "可持续影响指标", "特色种质数据库建成", "建成", "完成数据录入1200条"),
        ("满意度指标", "服务对象满意度指标", "种质提供农户满意度", "≥90%", "≥90%"),
    ], head)  # fmt: skip
    sign(s, "顾稷安", "0731-86420193", filled(2025))
    return b


@variant(
    "kbx04-bank-period-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度: a year's "
    "count above the period's, a cumulative count and the goal text copied",
)
def bank_period_copied() -> Book:
    b, s = first()
    goal = "建成种质资源离体保存中心，离体保存种质2000份，向育种单位分发种质1500份次。"
    project_head(s, year=2025, years=3, name="种质资源离体保存中心建设", dept=DEPT, unit=BANK,
                 money=multi_year((w(900), w(800), w(100)), (w(300), w(260), w(40))),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="三年期项目的年度目标与中期目标逐字相同")])  # fmt: skip
    s.row("绩效指标", merge=[(1, 6)])
    indicators(s, [
        ("成本指标", "经济成本指标", "单份离体保存年成本", "≤800元/份", "≤800元/份"),
        ("产出指标", "数量指标", "离体保存种质",
         "≥2000份", mk("≥2400份", "D201", "error", note="年度2400份超过三年期2000份")),
        (None, None, "分发种质份次",
         "≥1500份次", mk("≥1500份次", "D202", "warning", note="累计数从中期列照抄到年度列")),
        (None, "质量指标", "离体保存种质存活率", "≥90%", "≥90%"),
        (None, "时效指标", "保存中心建成时间", "2027年6月30日前", "完成主体工程"),
        ("效益指标", "社会效益指标", "支撑新品种选育项目数", "≥12个", "≥4个"),
        ("满意度指标", "服务对象满意度指标", "育种单位满意度", "≥90%", "≥90%"),
    ], HEAD_PERIOD)  # fmt: skip
    sign(s, "顾稷安", "0731-86420193", filled(2025))
    return b


@variant(
    "kbx05-bank-points",
    (5, 10),
    "project, NAT-2021, tier-1 points and indicator points, a "
    "rate raised in 百分点, a 下降率 with ≥, a later year prepared for (correct)",
)
def bank_points() -> Book:
    b, s = first()
    project_head(s, year=2025, name="种质库低温库房节能改造", dept=DEPT, unit=BANK,
                 money=one_year(w(95), w(95), w(0)),
                 goals=["完成2座低温库房节能改造，库房能耗下降率达到15%，为2026年新增库容"
                        "运行积累监测数据。"])  # fmt: skip
    s.row("绩效指标", merge=[(1, 6)])
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("成本指标（20分）", "经济成本指标", "单座库房改造成本", "≤47.5万元/座", 20),
        ("产出指标（40分）", "数量指标", "完成节能改造库房", "≥2座", 15),
        (None, "质量指标", "改造工程验收合格率", "=100%", 15),
        (None, "时效指标", "改造完成时间", "2025年9月30日前", 10),
        ("效益指标（30分）", "生态效益指标", "库房能耗下降率", "≥15%", 15),
        (None, "可持续影响指标", "库房温控达标率", "提高≥3百分点", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "库房管理人员满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    notes(s, "注：一级指标分值与三级指标分值为同一口径的两级表示，合计100分。")
    sign(s, "沈秋禾", "0731-86420175", filled(2025))
    return b


@variant(
    "kbx06-bank-old-dates",
    (4,),
    "project, OLD-NAT, footnotes and a stamp line: a deadline "
    "in the year before, last season's year left in the goal",
)
def bank_old_dates() -> Book:
    b, s = first()
    project_head(s, year=2025, name="种质资源鉴定评价与共享服务", dept=DEPT, unit=BANK,
                 money=one_year(w(130), w(110), w(20)),
                 goals=[mk("完成水稻、油菜种质表型鉴定评价900份，2023年度共享服务平台"
                           "向社会提供种质600份次。", "Y103", "warning",
                           note="2023年是上一轮申报留下的年份，预算年度为2025")])  # fmt: skip
    s.row("绩效指标", merge=[(1, 6)])
    indicators(s, [
        ("产出指标", "数量指标", "完成表型鉴定评价种质", "≥900份"),
        (None, "质量指标", "鉴定数据复核合格率", "≥95%"),
        (None, "时效指标", "鉴定报告提交时间",
         mk(day(2024, 12, 15), "Y102", "error", note="截止日期在预算年度2025年之前")),
        (None, "成本指标", "单份种质鉴定成本", "≤1000元/份"),
        ("效益指标", "社会效益指标", "共享平台提供种质份次", "≥600份次"),
        ("满意度指标", "服务对象满意度指标", "种质利用单位满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：1.鉴定评价按国家种质资源描述规范执行。", "2.共享份次以平台登记为准。")
    sign(s, "韦青穗", "0731-86420208", filled(2025))
    return b
