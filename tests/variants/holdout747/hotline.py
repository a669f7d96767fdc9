"""The maternal-health hotline (孕产妇保健热线) and department returns: kcc13 to kcc18."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout747.common import block, header, notes, one_year, sign, start
from tests.variants.holdout747.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, pct

HOTLINE = "孕产妇保健热线（96321）运行项目"


@variant(
    "kcc13-department-budget-tasks",
    (12, 1),
    "department, NAT-2021, budget, key tasks and 金额合计 all consistent, operator and unit "
    "columns, typed percents, 0起 on an incident count, a cost equal to its task (correct)",
)
def kcc13() -> Book:
    b, s = start()
    department_head(
        s,
        year=2026,
        dept="澄岭省妇幼保健院",
        budget=[[money(5860), money(4200), money(1660), money(3900), money(1960)]],
        tasks=[
            ("孕产妇保健热线运行", "24小时接听咨询、转介与随访", money(360), "接听咨询3.6万人次"),
            ("高危孕产妇专案管理", "全省高危孕产妇专案管理", money(820), "专案管理2.4万人"),
            ("孕前优生检查技术指导", "培训与质控", money(480), "覆盖96个县"),
            ("新生儿筛查质量控制", "实验室质控与督导", money(300), "合格率100%"),
            ("金额合计", None, money(1960), None),
        ],
        goal="热线全年接听咨询3.6万人次以上，高危孕产妇专案管理2.4万人，"
        "孕前检查技术指导覆盖全部县（市、区）。",
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位")
    block(
        s,
        [
            ("产出指标", "数量指标", "热线年接听咨询量", "≥", 3.6, "万人次"),
            (None, None, "高危孕产妇专案管理人数", "≥", 2.4, "万人"),
            (None, None, "孕前检查技术指导覆盖县数", "≥", 96, "个"),
            (None, "质量指标", "热线来电接通率", "≥", pct(0.95), "%"),
            (None, None, "筛查实验室室间质评合格率", "=", pct(1), "%"),
            (None, "时效指标", "咨询平均应答时长", "≤", 20, "秒"),
            ("成本指标", "经济成本指标", "热线运行成本", "≤", 360, "万元"),
            ("效益指标", "社会效益指标", "孕产妇保健知识知晓率", "≥", pct(0.85), "%"),
            (None, None, "热线服务安全责任事故", "=", 0, "起"),
            ("满意度指标", "服务对象满意度指标", "来电群众满意度", "≥", pct(0.9), "%"),
        ],
    )
    sign(s, "岑思沅", "0779-5526034", day(2025, 11, 12))
    return b


@variant(
    "kcc14-department-money-goal",
    (12,),
    "department, NAT-2021, one value column: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding "
    "to 金额合计, the goal's call count against the indicator",
)
def kcc14() -> Book:
    b, s = start()
    department_head(
        s,
        year=2026,
        dept="枫溪市妇幼保健院",
        budget=[
            [
                mk(
                    money(2450),
                    "B101",
                    "error",
                    row=True,
                    note="基本支出1500+项目支出860=2360，不是2450",
                ),
                money(1800),
                money(650),
                money(1500),
                money(860),
            ]
        ],
        tasks=[
            ("孕产妇保健热线运行", "接听咨询、转介与随访", money(120), "接听咨询1.2万人次"),
            ("免费孕前优生健康检查", "检查与风险评估", money(380), "检查1.2万对"),
            ("新生儿疾病筛查", "遗传代谢病及听力筛查", money(260), "筛查率≥95%"),
            (
                "金额合计",
                None,
                mk(money(860), "B102", "error", note="120+380+260=760，合计写860"),
                None,
            ),
        ],
        goal="热线全年接听咨询不少于1.2万人次；完成孕前优生健康检查1.2万对；"
        "新生儿疾病筛查率95%以上。",
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注")
    block(
        s,
        [
            (
                "产出指标",
                "数量指标",
                "热线年接听咨询量",
                mk("≥1万人次", "D104", "warning", row=True, note="年度目标写不少于1.2万人次"),
            ),
            (None, None, "孕前优生健康检查对数", "≥1.2万对"),
            (None, "质量指标", "新生儿疾病筛查率", "≥95%"),
            (None, "时效指标", "来电转介时限", "≤24小时"),
            ("成本指标", "经济成本指标", "每对检查补助标准", "≤240元/对"),
            ("效益指标", "社会效益指标", "孕产妇保健知识知晓率", "≥80%"),
            ("满意度指标", "服务对象满意度指标", "来电群众满意度", "≥90%"),
        ],
    )
    sign(s, "彭书遥", "0779-3307216")
    return b


def _seven(s: Sheet, rows: Sequence[Sequence[Any]]) -> None:
    """A seven-column table: 指标性质 as direction, 指标方向 as operator, unit column."""
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    block(s, rows)


@variant(
    "kcc15-direction-columns",
    (11, 1),
    "project, NAT-2021, 指标性质 as direction (正向/反向), 指标方向 as operator, unit column: "
    "a 下降率 with ≥, ≤0起 on an incident count, typed percents (correct)",
)
def kcc15() -> Book:
    b, s = start(widths=(16, 18, 28, 10, 10, 12, 12))
    project_head(
        s,
        year=2026,
        name=HOTLINE,
        dept="柘塘县卫生健康局（530211）",
        unit="柘塘县妇幼保健院",
        money=one_year(40, 36, 4),
        goals=["热线全年接听咨询8000人次以上，来电接通率95%以上，投诉量比上年下降10%。"],
    )
    _seven(
        s,
        [
            ("产出指标", "数量指标", "热线年接听咨询量", "正向", "≥", 8000, "人次"),
            (None, "质量指标", "来电接通率", "正向", "≥", pct(0.95), "%"),
            (None, None, "咨询转介差错率", "反向", "≤", pct(0.01), "%"),
            (None, "时效指标", "平均应答时长", "反向", "≤", 20, "秒"),
            ("成本指标", "经济成本指标", "每人次咨询平均成本", "反向", "≤", 45, "元/人次"),
            ("效益指标", "社会效益指标", "来电投诉量下降率", "正向", "≥", pct(0.1), "%"),
            (None, None, "高危孕产妇转介漏报事件", "反向", "≤", 0, "起"),
            ("满意度指标", "服务对象满意度指标", "来电孕产妇满意度", "正向", "≥", pct(0.9), "%"),
        ],
    )
    notes(s, "注：每人次平均成本45元×8000人次=36万元，在财政拨款36万元之内。", width=7)
    sign(s, "汤若溪", "0879-7402158")
    return b


@variant(
    "kcc16-direction-tier-duplicate",
    (11,),
    "project, NAT-2021, 指标性质 as direction and 指标方向 as operator: a 反向 rate with ≥, "
    "a satisfaction rate under 社会效益, the call count twice with a word more",
)
def kcc16() -> Book:
    b, s = start(widths=(16, 18, 28, 10, 10, 12, 12))
    project_head(
        s,
        year=2026,
        name=HOTLINE,
        dept="蒲川县卫生健康局（530207）",
        unit="蒲川县妇幼保健计划生育服务中心",
        money=one_year(40, 36, 4),
        goals=["热线全年接听咨询8000人次以上，来电投诉率控制在2%以内。"],
    )
    dup = mk(
        "热线年接听咨询服务量",
        "D103",
        "warning",
        row=True,
        alt=("D101", "D104"),
        note="同一指标多一个词，值却是7500",
    )
    op = mk("≥", "T108", "warning", row=True, note="投诉率是反向指标，应为≤2%")
    sat = mk(
        "来电孕产妇满意度",
        "F201",
        "warning",
        row=True,
        note="满意度是服务对象满意度指标，填在社会效益下",
    )
    _seven(s, [
        ("产出指标", "数量指标", "热线年接听咨询量", "正向", "≥", 8000, "人次"),
        (None, None, dup, "正向", "≥", 7500, "人次"),
        (None, "质量指标", "来电投诉率", "反向", op, pct(0.02), "%"),
        (None, "时效指标", "平均应答时长", "反向", "≤", 20, "秒"),
        ("成本指标", "经济成本指标", "每人次咨询平均成本", "反向", "≤", 45, "元/人次"),
        ("效益指标", "社会效益指标", sat, "正向", "≥", pct(0.9), "%"),
        (None, None, "孕产妇保健知识知晓率", "正向", "≥", pct(0.8), "%"),
        ("满意度指标", "服务对象满意度指标", "转介医疗机构对接满意度", "正向", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "钟以宁", "0879-6213045")
    return b


@variant(
    "kcc17-notes-page-break-subtotals",
    (4,),
    "project, OLD-NAT, weight column: a 说明 row inside the table, the header repeated after "
    "a page break, subtotal rows, 注 and 填表说明 under it, signature and date (correct)",
)
def kcc17() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="孕产妇保健热线及产后随访服务项目",
        dept="蒲川县卫生健康局（530207）",
        unit="蒲川县妇幼保健计划生育服务中心",
        money=one_year(48, 42, 6),
        goals=["热线全年接听咨询5000人次，产后随访1.2万人次，随访率95%以上。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    header(s, *head)
    block(
        s,
        [
            ("产出指标", "数量指标", "热线年接听咨询量", "≥5000人次", 10),
            (None, None, "产后随访人次", "≥1.2万人次", 10),
            (None, "质量指标", "产后随访率", "≥95%", 10),
            (None, None, "来电转介准确率", "≥98%", 10),
        ],
    )
    notes(s, "说明：以下接续上页，时效和成本指标按县卫生健康局2025年11月通知填写。", width=5)
    s.skip()
    header(s, *head)
    block(
        s,
        [
            ("产出指标", "时效指标", "产后首次访视时限", "≤7天", 10),
            (None, "成本指标", "每人次随访补助", "≤30元/人次", 10),
        ],
    )
    s.row("小计", None, None, None, 60)
    block(
        s,
        [
            ("效益指标", "社会效益指标", "产后抑郁早期识别率", "≥80%", 15),
            (None, "可持续影响指标", "热线与随访信息互通机制", "建立并运行", 10),
        ],
    )
    s.row("小计", None, None, None, 25)
    block(s, [("满意度指标", "服务对象满意度指标", "产妇及家属满意度", "≥90%", 15)])
    s.row("合计", None, None, None, 100)
    notes(
        s,
        "注：1.权重合计100分，小计行不重复计入合计；2.随访补助30元×1.2万人次=36万元。",
        "填表说明：指标值请写明比较符和计量单位，定性指标填写等级。",
        width=5,
    )
    s.skip()
    s.row("单位负责人：", "汪蕴衡", "填报人：", "钟以宁", "联系电话：0879-6213045")
    s.row("填报日期：", day(2025, 11, 26), None, "（单位盖章）")
    return b


@variant(
    "kcc18-template-rows-deadline",
    (6, 13),
    "project, NAT-2021, header 目标值: a tier-2 left from the template with nothing under "
    "it, a value without a name, the goal's go-live date against the indicator's",
)
def kcc18() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="孕产妇保健热线平台升级项目",
        dept="云渚区卫生健康局（412305）",
        unit="云渚区妇幼保健所",
        money=one_year(65, 60, 5),
        attr="一次性项目",
        goals=[
            "2026年6月30日前完成热线平台升级并上线运行，新增在线咨询和随访提醒功能，"
            "接通率提高到95%以上。"
        ],
    )
    header(s, "一级指标", "二级指标", "三级指标", "目标值", "备注")
    block(
        s,
        [
            ("产出指标", "数量指标", "新增平台功能模块", "≥2个"),
            (None, "质量指标", "来电接通率", "≥95%"),
            (None, None, mk(None, "F110", "error", note="有指标值≥99%，没有指标名称"), "≥99%"),
            (
                None,
                "时效指标",
                "平台升级上线时间",
                mk(
                    "2026年9月30日前",
                    "D104",
                    "warning",
                    row=True,
                    alt=("Y102",),
                    note="年度目标写6月30日前上线",
                ),
            ),
            ("成本指标", "经济成本指标", "平台升级改造费用", "≤60万元"),
            (
                None,
                mk(
                    "生态环境成本指标",
                    "F109",
                    "warning",
                    row=True,
                    note="模板留下的二级指标，下面没有指标和值",
                ),
                None,
                None,
            ),
            ("效益指标", "社会效益指标", "在线咨询使用人次", "≥3000人次"),
            ("满意度指标", "服务对象满意度指标", "来电孕产妇满意度", "≥90%"),
        ],
    )
    sign(s, "宋亦澜", "0779-6620471")
    return b
