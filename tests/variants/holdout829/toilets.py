"""Public toilet renovation: six returns (kfg01–kfg06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout829.common import (
    OP_HEAD,
    PERIOD_HEAD,
    VAL_HEAD,
    YEAR,
    notes,
    one_year_money,
    period_money,
    sign,
    start,
    table,
    wan,
)
from tests.variants.holdout829.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant(
    "kfg01-toilet-renovation",
    (1, 11),
    "project, NAT-2021, operator and unit columns, "
    "percent cells, a part of the goal's count, ≤ on a complaint rate, =0起 (correct)",
)
def toilet_renovation() -> Book:
    b, s = start()
    goal = (
        f"{YEAR}年完成澄湾区老旧公厕改造24座（其中一类公厕6座、二类公厕18座），新增无障碍"
        "厕位24个，改造后公厕保洁达标率不低于95%，周边居民满意度达到90%以上。"
    )
    project_head(
        s,
        year=YEAR,
        name="澄湾区老旧公厕改造提升工程",
        dept="澄湾区城市管理局（307）",
        unit="澄湾区环境卫生管理所",
        money=one_year_money(480, 450),
        goals=[goal],
    )
    table(
        s,
        OP_HEAD,
        [
            ["成本指标", "经济成本指标", "单座公厕改造成本", "≤", 20, "万元/座"],
            ["产出指标", "数量指标", "改造公厕数量", "≥", 24, "座"],
            [None, None, "其中：一类公厕改造数量", "≥", 6, "座"],
            [None, None, "新增无障碍厕位数量", "≥", 24, "个"],
            [None, "质量指标", "改造工程验收合格率", "=", pct(1), "%"],
            [None, None, "改造后公厕保洁达标率", "≥", pct(0.95), "%"],
            [None, "时效指标", "改造工程完工时间", "≤", day(YEAR, 11, 30), "日期"],
            ["效益指标", "社会效益指标", "如厕异味投诉率", "≤", pct(0.03), "%"],
            [None, None, "公厕安全事故发生数", "=", 0, "起"],
            [None, "可持续影响指标", "改造设施设计使用年限", "≥", 10, "年"],
            ["满意度指标", "服务对象满意度指标", "周边居民满意度", "≥", pct(0.9), "%"],
        ],
    )
    sign(s, "韦立楠", "0771-6203418")
    return b


@variant(
    "kfg02-toilet-count-cost",
    (11, 12),
    "project, NAT-2021, operator column: the goal's "
    "count against the indicator, unit cost × count above the money, a next-year deadline",
)
def toilet_count_cost() -> Book:
    b, s = start()
    goal = (
        f"{YEAR}年改造柘原县城区公厕30座，其中配建第三卫生间8个，改造工程年内完工并通过"
        "验收，改造公厕保洁达标率达到95%以上。"
    )
    project_head(
        s,
        year=YEAR,
        name="柘原县城区公厕改造项目",
        dept="柘原县住房和城乡建设局",
        unit="柘原县市容环境卫生服务站",
        money=one_year_money(400, 380),
        goals=[goal],
    )
    table(
        s,
        OP_HEAD,
        [
            [
                "产出指标",
                "数量指标",
                "改造公厕数量",
                "≥",
                mk(28, "D104", "warning", note="年度目标写改造30座，指标只有28座"),
                "座",
            ],
            [None, None, "第三卫生间配建数量", "≥", 8, "个"],
            [None, "质量指标", "改造工程验收合格率", "≥", pct(0.98), "%"],
            [
                None,
                "时效指标",
                "改造工程完工时间",
                "≤",
                mk(day(YEAR + 1, 6, 30), "Y102", "error", note="一年期项目，完工时间在次年"),
                "日期",
            ],
            [
                "成本指标",
                "经济成本指标",
                "单座公厕改造成本",
                "≤",
                mk(
                    15, "B107", "warning", row=True, note="15万元×28座=420万元，超过年度资金400万元"
                ),
                "万元/座",
            ],
            ["效益指标", "社会效益指标", "改造公厕保洁达标率", "≥", pct(0.95), "%"],
            [None, "可持续影响指标", "公厕长效管护机制", "定性", "健全", None],
            ["满意度指标", "服务对象满意度指标", "如厕群众满意度", "≥", pct(0.9), "%"],
        ],
    )
    sign(s, "覃思远", "0775-8316027")
    return b


@variant(
    "kfg03-toilet-three-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns, "
    "the period's counts beside smaller annual counts, rates equal (correct)",
)
def toilet_three_year() -> Book:
    b, s = start()
    goals = [
        "2026年—2028年提升改造农贸市场及背街小巷公厕60座，配建智慧监测设备60套，公厕保洁"
        "达标率稳定在95%以上。",
        "2026年改造公厕20座，配建智慧监测设备20套，保洁达标率不低于95%。",
    ]
    project_head(
        s,
        year=YEAR,
        name="澄湾区农贸市场公厕提升三年行动",
        dept="澄湾区城市管理局",
        unit="澄湾区环境卫生管理所",
        money=period_money((1500, 1400, 100), (500, 460, 40)),
        goals=goals,
        years=3,
        attr="新增项目",
    )
    table(
        s,
        PERIOD_HEAD,
        [
            ["成本指标", "经济成本指标", "单座公厕改造成本", "≤25万元/座", "≤25万元/座", None],
            ["产出指标", "数量指标", "改造公厕数量", "≥60座", "≥20座", "累计"],
            [None, None, "智慧监测设备安装数量", "≥60套", "≥20套", "累计"],
            [None, "质量指标", "公厕保洁达标率", "≥95%", "≥95%", None],
            [None, "时效指标", "改造任务完成时间", "2028年12月31日前", "2026年12月31日前", None],
            ["效益指标", "社会效益指标", "高峰时段如厕排队时长", "≤10分钟", "≤10分钟", None],
            ["满意度指标", "服务对象满意度指标", "市场商户及顾客满意度", "≥90%", "≥90%", None],
        ],
    )
    notes(s, "说明：数量指标中期值为三年累计数，年度值为2026年当年数。")
    return b


@variant(
    "kfg04-toilet-goal-copied",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: "
    "中期目标 copied to 年度目标, an annual count above the period's, 满意度 under 社会效益",
)
def toilet_goal_copied() -> Book:
    b, s = start()
    text = "改造城郊景区旅游公厕16座，配套建设母婴室16间，旅游公厕达到二类以上标准。"
    project_head(
        s,
        year=YEAR,
        name="城郊景区旅游公厕改造项目",
        dept="澄湾区文化和旅游局",
        unit="澄湾区景区管理服务中心",
        money=period_money((600, 560, 40), (300, 280, 20)),
        goals=[text, mk(text, "D204", "warning", note="年度目标逐字照抄中期目标")],
        years=2,
        attr="新增项目",
    )
    table(
        s,
        PERIOD_HEAD,
        [
            [
                "成本指标",
                "经济成本指标",
                "单座旅游公厕改造成本",
                "≤35万元/座",
                ok("≤35万元/座", note="乘以写错的年度18座才超出年度资金"),
                None,
            ],
            [
                "产出指标",
                "数量指标",
                "改造旅游公厕数量",
                "≥16座",
                mk("≥18座", "D201", "error", alt=("D104",), note="年度18座多于两年合计16座"),
                None,
            ],
            [None, None, "母婴室建设数量", "≥16间", "≥8间", None],
            [None, "质量指标", "旅游公厕达标率", "≥95%", "≥95%", "二类以上"],
            [None, "时效指标", "改造完工时间", "2027年10月31日前", "2026年12月31日前", None],
            [
                "效益指标",
                "社会效益指标",
                mk("游客如厕满意度", "F201", "warning", note="满意度指标填在社会效益下"),
                "≥90%",
                "≥90%",
                None,
            ],
            [None, "可持续影响指标", "旅游公厕保洁管护制度", "健全", "健全", None],
            ["满意度指标", "服务对象满意度指标", "景区经营单位满意度", "≥85%", "≥85%", None],
        ],
    )
    return b


@variant(
    "kfg05-toilet-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same satisfaction indicator with different values, a later year prepared "
    "for (correct)",
)
def toilet_stacked() -> Book:
    b, s = start("项目绩效目标")
    project_head(
        s,
        year=YEAR,
        name="沿街单位厕所对外开放补助",
        dept="柘原县城市管理局",
        unit="柘原县城市管理局",
        money=one_year_money(120, 120),
        goals=[
            "对沿街单位对外开放的40座内部厕所给予运行补助，每座每年3万元，为"
            "2027年在全县推广“厕所开放联盟”积累经验。"
        ],
    )
    table(
        s,
        VAL_HEAD,
        [
            ["产出指标", "数量指标", "纳入补助的开放厕所数量", "≥40座"],
            [None, "质量指标", "开放厕所每日开放时长达标率", "≥95%"],
            [None, "时效指标", "补助资金拨付时间", "2026年12月20日前"],
            [None, "成本指标", "单座厕所年度补助标准", "≤3万元/座"],
            ["效益指标", "社会效益指标", "沿街如厕难投诉件数", "≤12件"],
            ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
        ],
    )
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="城区公厕保洁服务外包",
        dept="柘原县城市管理局",
        unit="柘原县市容环境卫生服务站",
        money=one_year_money(90, 90),
        goals=[
            "委托专业公司承担城区30座公厕的日常保洁，每座年保洁费不超过3万元，"
            "公厕保洁质量考核达标。"
        ],
        title="",
    )
    table(
        s,
        VAL_HEAD,
        [
            ["产出指标", "数量指标", "外包保洁公厕数量", "≥30座"],
            [None, "质量指标", "保洁质量月度考核达标率", "≥95%"],
            [None, "时效指标", "保洁问题整改时限", "≤24小时"],
            [None, "成本指标", "单座公厕年保洁费", "≤3万元/座"],
            ["效益指标", "可持续影响指标", "保洁作业监管制度", "健全"],
            ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"],
        ],
    )
    sign(s, "莫晓川", "0775-8316154")
    return b


@variant(
    "kfg06-toilet-department",
    (5, 12),
    "department, NAT-2021, numbered tier labels: "
    "基本支出 + 项目支出 ≠ 资金总额, the same indicator under two tier-2s",
)
def toilet_department() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="澄湾区环境卫生管理所",
        budget=[
            [
                mk(wan(860), "B101", "error", note="基本支出310+项目支出560=870≠860"),
                wan(820),
                wan(40),
                wan(310),
                wan(560),
            ],
        ],
        tasks=[
            ["老旧公厕改造", "改造公厕24座", wan(300), "年内完工验收"],
            ["公厕运行维护", "120座公厕保洁、水电及耗材", wan(160), "保洁达标率≥95%"],
            ["环卫设施巡检", "公厕及垃圾收集点巡检", wan(100), "每月巡检全覆盖"],
            ["金额合计", None, wan(560), None],
        ],
        goal="目标1：完成老旧公厕改造24座；目标2：120座公厕保洁达标率95%以上。",
    )
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ["一、产出指标", "（一）数量指标", "1.公厕改造数量", "≥24座"],
            [None, None, "2.日常运维公厕数量", "≥120座"],
            [None, "（二）质量指标", "3.公厕保洁达标率", "≥95%"],
            [None, "（三）时效指标", "4.设施故障修复时限", "≤48小时"],
            ["二、成本指标", "（一）经济成本指标", "5.单座公厕年运维成本", "≤1.3万元/座"],
            [
                "三、效益指标",
                "（一）社会效益指标",
                mk(
                    "6.公厕保洁达标率",
                    "D101",
                    "warning",
                    row=True,
                    alt=("D103",),
                    note="与第3项质量指标同名同值，重复填报",
                ),
                "≥95%",
            ],
            [None, "（二）可持续影响指标", "7.公厕长效管护制度", "健全"],
            ["四、满意度指标", "（一）服务对象满意度指标", "8.如厕群众满意度", "≥90%"],
        ],
    )
    notes(s, "注：公厕数量为辖区环卫所直管公厕，不含社会单位开放厕所。")
    return b
