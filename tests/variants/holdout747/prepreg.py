"""Free pre-pregnancy check-ups (免费孕前优生健康检查): kcc01 to kcc06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout747.common import (
    PROVINCE,
    block,
    header,
    notes,
    one_year,
    period,
    sign,
    start,
    w,
)
from tests.variants.holdout747.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

NAME = "免费孕前优生健康检查项目"


@variant(
    "kcc01-province-points-labels",
    (1, 5, 7),
    "project, NAT-2021, numbered tier labels with points, operator column 指标方向, unit "
    "column, header 绩效目标值, typed percent cells (correct)",
)
def kcc01() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name=NAME,
        dept=PROVINCE,
        unit="澄岭省妇幼保健院",
        money=one_year(2100, 1800, 300),
        goals=[
            "为全省8.6万对计划怀孕夫妇（其中流动人口1.2万对）提供免费孕前优生健康"
            "检查和风险评估，目标人群覆盖率达到90%以上，高风险人群全部接受咨询指导。"
        ],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标方向", "绩效目标值", "计量单位")
    block(
        s,
        [
            (
                "一、产出指标（50分）",
                "（一）数量指标",
                "免费孕前优生健康检查对数",
                "≥",
                8.6,
                "万对",
            ),
            (None, None, "流动人口计划怀孕夫妇检查对数", "≥", 1.2, "万对"),
            (None, "（二）质量指标", "目标人群覆盖率", "≥", pct(0.9), "%"),
            (None, None, "检查结果告知率", "=", pct(1), "%"),
            (None, None, "高风险人群咨询指导率", "≥", pct(0.95), "%"),
            (None, "（三）时效指标", "检查结果告知时限", "≤", 7, "个工作日"),
            ("二、成本指标（10分）", "（一）经济成本指标", "检查补助标准", "≤", 240, "元/对"),
            (
                "三、效益指标（30分）",
                "（一）社会效益指标",
                "出生缺陷发生率下降幅度",
                "≥",
                0.2,
                "百分点",
            ),
            (None, None, "孕前风险因素早期干预率", "≥", pct(0.85), "%"),
            (None, "（二）可持续影响指标", "孕前优生健康检查信息系统", "定性", "稳定运行", None),
            (
                "四、满意度指标（10分）",
                "（一）服务对象满意度指标",
                "受检夫妇满意度",
                "≥",
                pct(0.9),
                "%",
            ),
        ],
    )
    notes(s, "注：检查补助标准按每对夫妇计算，240元/对×8.6万对=2064万元，未超过年度资金总额。")
    sign(s, "韦晓岑", "0779-5528613")
    return b


@variant(
    "kcc02-county-goal-cost-tier",
    (5, 7),
    "project, OLD-NAT, abbreviated tier labels, header 预期目标: the goal's count against the "
    "indicator, unit cost × count above the money, a follow-up rate under 时效",
)
def kcc02() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name=NAME,
        dept="蒲川县卫生健康局（530207）",
        unit="蒲川县妇幼保健计划生育服务中心",
        money=one_year(150, 120, 30),
        goals=[
            "全年完成免费孕前优生健康检查6200对，高风险人群随访管理率95%以上，"
            "受检夫妇满意度90%以上。"
        ],
    )
    header(s, "一级指标", "二级指标", "三级指标", "预期目标", "指标解释")
    block(
        s,
        [
            (
                "产出",
                "数量",
                "免费孕前优生健康检查对数",
                mk("≥5800对", "D104", "warning", row=True, note="年度目标写6200对，指标只有5800对"),
            ),
            (None, "质量", "目标人群覆盖率", "≥85%", "检查对数÷计划怀孕夫妇数"),
            (None, None, "检查报告规范率", "≥95%"),
            (None, "时效", "检查结果告知时限", "≤7个工作日"),
            (
                None,
                None,
                mk(
                    "高风险人群随访管理率",
                    "F201",
                    "warning",
                    row=True,
                    note="随访管理率是质量指标，填在时效下",
                ),
                "≥95%",
            ),
            (
                None,
                "成本",
                "检查补助标准",
                mk(
                    "≤280元/对",
                    "B107",
                    "warning",
                    row=True,
                    note="280元×5800对=162.4万元，超过年度资金150万元",
                ),
            ),
            ("效益", "社会效益", "出生缺陷一级预防知识知晓率", "≥80%"),
            ("满意度", "服务对象满意度", "受检夫妇满意度", "≥90%"),
        ],
    )
    sign(s, "钟以宁", "0879-6213045")
    return b


@variant(
    "kcc03-three-year-period-columns",
    (8,),
    "three-year project 2026-2028, NAT-2021, 中期 and 年度 value columns, the period's count "
    "beside a smaller year's count, a later year prepared for (correct)",
)
def kcc03() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        years=3,
        name="孕前孕早期优生健康服务提升项目",
        dept=PROVINCE,
        unit="澄岭省妇幼保健院",
        attr="新增项目",
        money=period((6300, 5400, 900), (2100, 1800, 300)),
        goals=[
            "2026—2028年累计为26万对计划怀孕夫妇提供免费孕前优生健康检查，目标人群"
            "覆盖率稳定在90%以上，为2029年全面推行孕前孕早期一体化服务积累经验。",
            "2026年完成检查8.6万对，覆盖率不低于90%，高风险人群咨询指导率95%以上。",
        ],
    )
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    block(
        s,
        [
            ("产出指标", "数量指标", "免费孕前优生健康检查对数", "≥26万对", "≥8.6万对"),
            (None, None, "开展检查的县级服务机构数", "≥96个", "≥96个", "各年均需覆盖"),
            (None, "质量指标", "目标人群覆盖率", "≥90%", "≥90%"),
            (None, None, "高风险人群咨询指导率", "≥95%", "≥95%"),
            (None, "时效指标", "检查结果告知时限", "≤7个工作日", "≤7个工作日"),
            ("成本指标", "经济成本指标", "检查补助标准", "≤240元/对", "≤240元/对"),
            ("效益指标", "社会效益指标", "孕前风险因素早期干预率", "≥85%", "≥85%"),
            (None, "可持续影响指标", "孕前孕早期一体化服务模式", "形成并推广", "试点运行"),
            ("满意度指标", "服务对象满意度指标", "受检夫妇满意度", "≥90%", "≥90%"),
        ],
    )
    sign(s, "韦晓岑", "0779-5528613")
    return b


@variant(
    "kcc04-city-period-copied",
    (8,),
    "three-year project 2026-2028, NAT-2021, 中期 and 年度 columns: 中期目标 copied into 年度目标, "
    "a year's count above the period's, a cumulative count copied",
)
def kcc04() -> Book:
    b, s = start()
    text = "为全市计划怀孕夫妇提供免费孕前优生健康检查，目标人群覆盖率达到90%以上。"
    project_head(
        s,
        year=2026,
        years=3,
        name=NAME,
        dept="枫溪市卫生健康委员会（412301）",
        unit="枫溪市妇幼保健院",
        money=period((900, 780, 120), (300, 260, 40)),
        goals=[text, mk(text, "D204", "warning", note="三年期项目，年度目标与中期目标逐字相同")],
    )
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    block(
        s,
        [
            ("产出指标", "数量指标", "免费孕前优生健康检查对数", "≥3.6万对", "≥1.2万对"),
            (
                None,
                None,
                "高风险人群转诊人数",
                "≥1800人",
                mk("≥2100人", "D201", "error", note="一年的转诊人数超过三年累计数"),
            ),
            (
                None,
                None,
                "孕前健康教育讲座场次",
                "≥120场",
                mk("≥120场", "D202", "warning", note="累计场次，年度照抄中期"),
            ),
            (None, "质量指标", "目标人群覆盖率", "≥90%", "≥90%"),
            (None, "时效指标", "检查结果告知时限", "≤7个工作日", "≤7个工作日"),
            ("成本指标", "经济成本指标", "检查补助标准", "≤240元/对", "≤240元/对"),
            ("效益指标", "社会效益指标", "出生缺陷一级预防知识知晓率", "≥80%", "≥80%"),
            ("满意度指标", "服务对象满意度指标", "受检夫妇满意度", "≥90%", "≥90%"),
        ],
    )
    sign(s, "彭书遥", "0779-3307216")
    return b


@variant(
    "kcc05-department-flat-list",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), typed "
    "percent cells, a rate in ‰ and a fall in 百分点, weights adding to 100 (correct)",
)
def kcc05() -> Book:
    b, s = start()
    department_head(
        s,
        year=2026,
        dept="枫溪市妇幼保健计划生育服务中心",
        budget=[[money(1260), money(1100), money(160), money(460), money(800)]],
        tasks=[
            ("免费孕前优生健康检查", "为1.2万对计划怀孕夫妇检查", money(420), "覆盖率≥90%"),
            ("新生儿疾病筛查", "遗传代谢病及听力筛查", money(260), "筛查率≥95%"),
            ("孕产妇保健热线运行", "热线接听、转介与随访", money(120), "接通率≥95%"),
            ("金额合计", None, money(800), None),
        ],
        goal="目标1：完成孕前优生健康检查1.2万对；目标2：新生儿两类筛查率分别达到98%"
        "和95%；目标3：热线接通率95%以上。",
    )
    header(s, "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("孕前优生健康检查对数", 20, "对", "≥", 12000),
            ("新生儿遗传代谢病筛查率", 15, "%", "≥", pct(0.98)),
            ("新生儿听力筛查率", 15, "%", "≥", pct(0.95)),
            ("孕产妇保健热线来电接通率", 10, "%", "≥", pct(0.95)),
            ("婴儿死亡率", 10, "‰", "≤", 3.5),
            ("出生缺陷发生率下降幅度", 10, "百分点", "≥", 0.2),
            ("每对检查补助标准", 10, "元/对", "≤", 240),
            ("服务对象满意度", 10, "%", "≥", pct(0.9)),
        ]
    )
    notes(s, "说明：权重合计100；每对检查补助240元×1.2万对=288万元，在检查任务预算420万元内。")
    sign(s, "林可芮", "0779-3351820", day(2025, 11, 14))
    return b


@variant(
    "kcc06-district-money-leftover-date",
    (12,),
    "project, OLD-NAT, operator and unit columns, a detail block under the head: total not "
    "the sum of its sources, detail lines not adding to 合计, last year's deadline",
)
def kcc06() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name=NAME,
        dept="云渚区卫生健康局（412305）",
        unit="云渚区妇幼保健所",
        money=one_year(
            mk(w(96), "B101", "error", row=True, note="财政拨款80+其他资金12=92，不是96"), 80, 12
        ),
        goals=["全年为辖区3000对计划怀孕夫妇提供免费孕前优生健康检查。"],
    )
    s.row("资金明细（万元）", "检查试剂及耗材", w(40), "检查补助", w(36))
    s.row(
        None, "宣传及随访", w(14), "合计", mk(w(96), "B102", "error", note="40+36+14=90，合计写96")
    )
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    header(s, "一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    block(
        s,
        [
            ("产出指标", "数量指标", "免费孕前优生健康检查对数", "≥", 3000, "对"),
            (None, "质量指标", "目标人群覆盖率", "≥", 90, "%"),
            (
                None,
                "时效指标",
                "年度检查任务完成时间",
                "≤",
                mk(
                    day(2025, 12, 31),
                    "Y102",
                    "error",
                    row=True,
                    alt=("Y101",),
                    note="2026年度的表沿用了上年的完成时间",
                ),
                None,
            ),
            (None, "成本指标", "检查补助标准", "≤", 120, "元/对"),
            ("效益指标", "社会效益指标", "高风险人群干预率", "≥", 85, "%"),
            ("满意度指标", "服务对象满意度指标", "受检夫妇满意度", "≥", 90, "%"),
        ],
    )
    sign(s, "宋亦澜", "0779-6620471")
    return b
