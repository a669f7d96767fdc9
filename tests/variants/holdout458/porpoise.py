"""江豚保护: rescue, monitoring, breeding and volunteer projects (yz01–yz06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout458.common import (
    YEAR,
    header,
    indicators,
    period_money,
    signature,
    start,
    wan,
    year_money,
)
from tests.variants.holdout458.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "鹤汀县农业农村局（217）"


@variant(
    "yz01-rescue-percent",
    (1,),
    "project, OLD-NAT, operator column (指标性质) and unit column, typed percent cells (correct)",
)
def rescue_percent() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="长江江豚搁浅救护与暂养补助项目",
        dept=DEPT,
        unit="鹤汀县水生野生动物救护站",
        money=period_money(96, 90, 96, 90),
        goals=[
            "全年救护搁浅、受伤江豚不少于12头次，救护后存活率不低于85%，沿江救护网络覆盖全部沿江乡镇。"
        ],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "搁浅江豚救护头次", "≥", 12, "头次"),
            (None, None, "救护人员专业培训", "≥", 40, "人次"),
            (None, "质量指标", "救护江豚存活率", "≥", pct(0.85), "%"),
            (None, "时效指标", "接报后到达现场时间", "≤", 2, "小时"),
            (None, "成本指标", "单头次救护费用", "≤", 3.5, "万元/头次"),
            ("效益指标", "生态效益指标", "放归江豚误捕致死事件", "≤", 0, "起"),
            (None, "社会效益指标", "沿江群众江豚保护知晓率", "≥", pct(0.9), None),
            (None, "可持续影响指标", "救护网络覆盖沿江乡镇比例", "=", pct(1), "%"),
            ("满意度指标", "服务对象满意度指标", "沿江渔民及志愿者满意度", "≥", pct(0.9), "%"),
        ],
    )
    signature(s, "邵汀芷", "0716-4832907", day(YEAR, 1, 10, CN_DATE))
    return b


@variant(
    "yz02-monitoring-wrong",
    (1, 9),
    "project, OLD-NAT, values with unit column: a typed percent over 100, a rate as a count, "
    "a split number in the money block",
)
def monitoring_wrong() -> Book:
    b, s = start()
    split = mk("58.247 5", "X105", "warning", alt=("X103",), note="58.2475 split by a space")
    money = [
        ["中期资金总额", split, "年度资金总额", wan(58.2475)],
        ["其中：财政拨款", wan(58.2475), "其中：财政拨款", wan(58.2475)],
        ["其他资金", wan(0), "其他资金", wan(0)],
    ]
    project_head(
        s,
        year=YEAR,
        name="长江江豚种群声学监测项目",
        dept=DEPT,
        unit="鹤汀县渔业资源监测站",
        money=money,
        goals=["布设被动声学监测点位8个，完成2个航次种群考察，掌握辖区江段江豚分布与数量变化。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    over = mk(pct(1.05), "T106", "error", note="a coverage rate typed as 105%")
    count = mk("≥3200条", "T105", "error", note="有效率 given as a count of records")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "被动声学监测点位", "≥8", "个"),
            (None, None, "年度种群考察航次", "≥2", "次"),
            (None, "质量指标", "监测断面覆盖率", over, "%"),
            (None, None, "声学数据有效率", count, "条"),
            (None, "时效指标", "监测报告提交时间", "12月20日前", None),
            (None, "成本指标", "单点位年运维费用", "≤4", "万元/个"),
            ("效益指标", "生态效益指标", "辖区江豚种群数量", "稳定", None),
            (None, "社会效益指标", "监测数据共享部门", "≥3", "家"),
            ("满意度指标", "服务对象满意度指标", "数据使用单位满意度", "≥90%", "%"),
        ],
    )
    return b


@variant(
    "yz03-two-year-survey",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 value columns, counts below their period "
    "values, rates equal (correct)",
)
def two_year_survey() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="江豚栖息地生境调查与保护规划项目",
        dept=DEPT,
        unit="鹤汀县长江水生生物保护中心",
        money=period_money(160, 150, 90, 85),
        goals=[
            "两年内完成180平方公里江段生境调查，划定江豚重要栖息地不少于3处，建立保护地管理制度。",
            "本年度完成100平方公里江段调查，布设监测样点36个，划定重要栖息地1处。",
        ],
        years=2,
        attr="新增项目",
    )
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(
        s,
        [
            (
                "成本指标",
                "经济成本指标",
                "生境调查单位面积成本",
                "≤0.8万元/平方公里",
                "≤0.8万元/平方公里",
            ),
            ("产出指标", "数量指标", "完成生境调查江段面积", "≥180平方公里", "≥100平方公里"),
            (None, None, "布设生境监测样点", "≥60个", "≥36个"),
            (None, "质量指标", "调查数据复核合格率", pct(0.95), pct(0.95)),
            (None, "时效指标", "调查任务按期完成率", "=100%", "=100%"),
            ("效益指标", "生态效益指标", "划定江豚重要栖息地", "≥3处", "≥1处"),
            (None, "可持续影响指标", "保护地管理制度", "建立并执行", "建立"),
            ("满意度指标", "服务对象满意度指标", "沿江社区居民满意度", "≥88%", "≥88%"),
        ],
    )
    return b


@variant(
    "yz04-breeding-copied",
    (8, 11),
    "three-year project, NAT-2021, 中期 and 年度 columns: two cumulative counts copied, a 反向 "
    "death rate with ≥",
)
def breeding_copied() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="江豚迁地保护种群扩繁项目",
        dept=DEPT,
        unit="鹤汀县江豚迁地保护基地",
        money=period_money(450, 420, 150, 140),
        goals=[
            "三年内繁育幼豚6头以上，扩建饲养池3个，建立迁地种群遗传档案。",
            "本年度扩建饲养池1个，繁育幼豚2头以上，培训饲养技术人员30人次。",
        ],
        years=3,
    )
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    copied = "cumulative count copied from the 中期 column in a three-year project"
    death = mk("≥5%", "T108", "warning", row=True, alt=("D203",), note="死亡率 is 反向: ≤")
    indicators(
        s,
        [
            ("成本指标", "经济成本指标", "单头江豚年饲养成本", "≤12万元/头", "≤12万元/头"),
            (
                "产出指标",
                "数量指标",
                "新增繁育幼豚",
                "≥6头",
                mk("≥6头", "D202", "warning", note=copied),
            ),
            (
                None,
                None,
                "饲养技术人员培训",
                "≥90人次",
                mk("≥90人次", "D202", "warning", note=copied),
            ),
            (None, None, "扩建饲养池", "≥3个", "≥1个"),
            (None, "质量指标", "幼豚存活率", "≥80%", "≥80%"),
            (None, "时效指标", "扩建工程完工时间", "2027年10月31日前", "2025年10月31日前"),
            ("效益指标", "生态效益指标", "迁地种群非正常死亡率", "≤5%", death),
            (None, "可持续影响指标", "迁地种群遗传档案", "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "科研合作单位满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "yz05-points-volunteers",
    (10, 4),
    "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, a "
    "rate raised in 百分点, a 合计 row (correct)",
)
def points_volunteers() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="江豚保护科普馆运维项目",
        dept=DEPT,
        unit="鹤汀县江豚保护科普馆",
        money=year_money(72, 72, 0),
        goals=[
            "科普馆全年开放，接待参观3万人次以上，开展科普进校园24场，青少年知晓率提高5个百分点。"
        ],
    )
    header(s, "一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(
        s,
        [
            ("成本指标", 10, "经济成本指标", "科普馆单位面积年运维成本", "≤150元/平方米", 10),
            ("产出指标", 50, "数量指标", "科普馆接待参观", "≥30000人次", 15),
            (None, None, None, "科普进校园活动", "≥24场", 10),
            (None, None, "质量指标", "展陈设施完好率", "≥95%", 15),
            (None, None, "时效指标", "设施故障修复时间", "≤48小时", 10),
            ("效益指标", 30, "社会效益指标", "青少年江豚保护知识知晓率", "比上年提高≥5百分点", 15),
            (None, None, "生态效益指标", "科普馆临江段人为干扰事件", "≤2起", 15),
            ("满意度指标", 10, "服务对象满意度指标", "参观公众满意度", "≥92%", 10),
        ],
        merged=(1, 2, 3),
    )
    s.row("合计", 100, None, None, None, 100)
    return b


@variant(
    "yz06-points-wrong",
    (10, 12),
    "project, NAT-2021, tier-1 score column: two tiers whose indicator scores do not add up, "
    "年度资金总额 ≠ 财政拨款 + 其他资金",
)
def points_wrong() -> Book:
    b, s = start()
    total = mk(wan(68), "B101", "error", note="60 + 5 = 65, not 68")
    project_head(
        s,
        year=YEAR,
        name="江豚保护志愿者队伍建设项目",
        dept=DEPT,
        unit="鹤汀县长江水生生物保护中心",
        money=year_money(total, 60, 5),
        goals=["招募培训江豚保护志愿者200人，组织志愿巡江和宣传活动，提升公众参与度。"],
    )
    header(s, "一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    out = mk(50, "W103", "error", note="indicator scores under 产出 add to 45")
    eff = mk(30, "W103", "error", note="indicator scores under 效益 add to 35")
    indicators(
        s,
        [
            ("成本指标", 10, "经济成本指标", "志愿者人均培训成本", "≤0.05万元/人", 10),
            ("产出指标", out, "数量指标", "招募培训志愿者", "≥200人", 15),
            (None, None, None, "组织志愿巡江活动", "≥48次", 10),
            (None, None, "质量指标", "志愿者培训考核合格率", "≥90%", 10),
            (None, None, "时效指标", "志愿者招募完成时间", "2025年4月30日前", 10),
            ("效益指标", eff, "社会效益指标", "志愿者协助发现违规线索", "≥30条", 20),
            (None, None, "可持续影响指标", "志愿者服务管理制度", "健全", 15),
            ("满意度指标", 10, "服务对象满意度指标", "志愿者满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    return b
