"""Returns kef07–kef12: entrepreneurship guarantee loans (创业担保贷款) and their subsidies."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout802.common import book, funds, indicators, notes, sign, wan
from tests.variants.holdout802.registry import variant
from tests.variants.kit import Book, day, mk, pct

KEF07_ROWS = [
    ("一、产出指标（40分）", "1.数量指标", "新发放创业担保贷款笔数", "≥400笔", 10),
    (None, None, "扶持高校毕业生创业人数", "≥150人", 10),
    (None, "2.质量指标", "贷款按期回收率", "≥95%", 10),
    (None, "3.时效指标", "贷款申请审批办结时限", "≤10个工作日", 10),
    ("二、成本指标（10分）", "1.经济成本指标", "财政贴息资金", "≤320万元", 10),
    ("三、效益指标（30分）", "1.社会效益指标", "带动就业人数", "≥1200人", 10),
    (None, None, "贷款逾期率下降幅度", "≥1百分点", 10),
    (None, "2.可持续影响指标", "担保基金代偿率", "≤3%", 10),
    ("四、满意度指标（20分）", "1.服务对象满意度指标", "贷款对象满意度", "≥90%", 10),
    (None, None, "合作银行满意度", "≥90%", 10),
]  # fmt: skip


@variant(
    "kef07-loan-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, 1.数量指标) "
    "and an indicator 分值 column, 100 both ways, a fall in 百分点 with ≥ (correct)",
)
def kef07() -> Book:
    b, s = book(widths=(22, 22, 30, 18, 10))
    project_head(
        s,
        year=2026,
        name="创业担保贷款贴息项目",
        dept="蒲川县财政局（103）",
        unit="蒲川县创业担保贷款服务中心",
        money=funds(320, 320, 0),
        goals=[
            "新发放创业担保贷款400笔，扶持高校毕业生等重点群体创业，财政贴息控制在"
            "320万元以内，带动就业1200人。"
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), KEF07_ROWS)
    notes(s, "注：一级指标分值合计100分，三级指标分值合计100分。", width=5)
    sign(s, "舒明岩", "0736-5831209", day(2025, 11, 14))
    return b


KEF08_ROWS = [
    ("产出", "数量", "新发放创业担保贷款笔数", "≥300笔"),
    (None, None, "扶持创业人数", "≥200人"),
    (None, "质量", "贷款发放合规率", "=100%"),
    (None, "时效", mk("贷款资料审核合格率", "F201", "warning", row=True,
                      note="合格率是质量指标，却填在时效下"), "≥98%"),
    (None, None, "贷款审批办结时限", "≤10个工作日"),
    ("成本", "经济成本", "人均贴息标准", "≤1.2万元/人"),
    ("效益", "社会效益", "带动就业人数", "≥600人"),
    (None, None, mk("扶持创业人数", "D101", "warning", row=True, alt=("D103", "F201"),
                    note="与数量下的“扶持创业人数 ≥200人”重复"), "≥200人"),
    (None, None, mk("创业者对贷款服务满意度", "F201", "warning", row=True,
                    note="满意度填在社会效益下，应属服务对象满意度"), "≥90%"),
    ("满意度", "服务对象满意度", "合作银行满意度", "≥90%"),
]  # fmt: skip


@variant(
    "kef08-loan-wrong-tier2",
    (5,),
    "project, NAT-2021, abbreviated tier labels (产出, 数量, 服务对象满意度): a quality "
    "rate under 时效, a satisfaction rate under 社会效益, a count repeated under 社会效益",
)
def kef08() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="返乡青年创业担保贷款项目",
        dept="澄岭县财政局（109）",
        unit="澄岭县就业创业服务中心",
        money=funds(240, 220, 20),
        goals=["新发放创业担保贷款300笔，扶持返乡青年创业200人，带动就业600人。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", None, None), KEF08_ROWS)
    sign(s, "邱砚秋", "0745-6671503", day(2025, 12, 1))
    return b


EXPORT_HEAD = (
    "单位编码",
    "项目编码",
    "项目名称",
    "年度绩效目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "指标值",
    "度量单位",
)
CODES = ("417006", "417006-26-0045", "创业担保贷款贴息及奖补")
GOAL09 = "为200名创业者提供创业担保贷款贴息，人均贴息不超过1.3万元，带动就业600人。"


@variant(
    "kef09-loan-export-two-sheets",
    (7, 12),
    "budget-system export: 部门项目支出预算05-1 with codes and money, 部门项目支出绩效目标05-2 "
    "with the header on the third row, codes in the first columns (correct)",
)
def kef09() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 18, 26, 14, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 7)
    s.row("单位名称：鹤湾区人力资源和社会保障局", None, None, None, None, None, "单位：万元")
    s.row("单位编码", "项目编码", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金")
    s.row(*CODES[:2], CODES[2], "延续项目", wan(260), wan(200), wan(60))
    s.row("合计", None, None, None, wan(260), wan(200), wan(60))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 16, 22, 30, 12, 14, 24, 10, 10, 10))
    t.title("2026年部门项目支出绩效目标表", 10)
    t.row("单位名称：鹤湾区人力资源和社会保障局")
    rows = [
        ("产出指标", "数量指标", "贴息扶持创业人数", "≥", 200, "人"),
        (None, "质量指标", "贴息资金审核准确率", "=", pct(1), "%"),
        (None, "时效指标", "贴息资金按季拨付及时率", "≥", pct(0.95), "%"),
        ("成本指标", "经济成本指标", "人均贴息标准", "≤", 1.3, "万元/人"),
        ("效益指标", "社会效益指标", "带动就业人数", "≥", 600, "人"),
        ("满意度指标", "服务对象满意度指标", "创业者满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    full = [(*CODES, GOAL09 if i == 0 else None, *r) for i, r in enumerate(rows)]
    indicators(t, EXPORT_HEAD, full, merged=(4, 5, 6))
    return b


HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值", None, None)


@variant(
    "kef10-loan-money-blocks",
    (12,),
    "project, OLD-NAT, one value column and a 项目资金明细 block under the table: 资金总额 "
    "not 财政拨款 + 其他资金, detail lines not adding to 合计, subsidy × people above the money",
)
def kef10() -> Book:
    b, s = book()
    total = mk(wan(400), "B101", "error", note="300+80=380万元，不等于资金总额400万元")
    project_head(
        s,
        year=2026,
        name="高校毕业生创业扶持项目",
        dept="沅汀市人力资源和社会保障局（302）",
        unit="沅汀市创业指导服务中心",
        money=funds(total, 300, 80),
        goals=["扶持高校毕业生创业300人，落实创业担保贷款贴息和一次性创业奖补，带动就业900人。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "扶持创业人数", "≥300人"),
        (None, None, "一次性创业奖补户数", "≥150户"),
        (None, "质量指标", "奖补对象资格审核准确率", "=100%"),
        (None, "时效指标", "奖补资金拨付及时率", "≥95%"),
        (None, "成本指标",  "人均贴息标准",
         mk("≤1.5万元/人", "B107", "warning",
            note="1.5万元/人×300人=450万元，超过资金总额400万元")),
        (None, None, "一次性创业奖补标准", "≤6000元/户"),
        ("效益指标", "社会效益指标", "带动就业人数", "≥900人"),
        ("满意度指标", "服务对象满意度指标", "创业者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目资金明细", "金额（万元）", "测算依据", merge=[(3, 6)])
    s.row("创业担保贷款贴息", wan(270), "300人×0.9万元/人", merge=[(3, 6)])
    s.row("一次性创业奖补", wan(90), "150户×6000元/户", merge=[(3, 6)])
    s.row("创业项目评审与跟踪", wan(30), "评审会、回访", merge=[(3, 6)])
    s.row(
        "合计",
        mk(wan(400), "B102", "error", note="270+90+30=390万元，不等于合计400万元"),
        None,
        merge=[(3, 6)],
    )
    sign(s, "庞一苇", "0719-3318450", day(2025, 12, 3))
    return b


@variant(
    "kef11-loan-typed-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator column and unit column, typed percents: a recovery rate "
    "above 100 %, ≥ on a 反向 rate, a year left over from an old goal",
)
def kef11() -> Book:
    b, s = book()
    goal = mk(
        "2024年新发放创业担保贷款不少于1.5亿元，扶持城乡青年创业500人，带动就业1500人。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="2026年度的年度目标写2024年：旧表遗留",
    )
    project_head(
        s,
        year=2026,
        name="城乡青年创业担保贷款项目",
        dept="栖桐区财政局（105）",
        unit="栖桐区创业担保贷款中心",
        money=funds(360, 330, 30),
        goals=[goal],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "扶持青年创业人数", "≥", 500, "人"),
        (None, None, "新发放创业担保贷款额", "≥", 15000, "万元"),
        (None, "质量指标", "贷款按期回收率", "≥",
         mk(pct(1.02), "T106", "error", note="回收率102%超过100%上限"), "%"),
        (None, None, "担保基金代偿率", mk("≥", "T108", "warning", row=True,
                                          note="代偿率是反向指标，应为≤"), pct(0.03), "%"),
        (None, "时效指标", "贷款审批办结时限", "≤", 10, "工作日"),
        (None, "成本指标", "人均贴息标准", "≤", 0.72, "万元/人"),
        ("效益指标", "社会效益指标", "带动就业人数", "≥", 1500, "人"),
        ("满意度指标", "服务对象满意度指标", "贷款对象满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "冉知遥", "0731-8867215", day(2025, 11, 28))
    return b


@variant(
    "kef12-loan-department-two-row-header",
    (7, 11),
    "department, NAT-2021, two-row header with operators in words (大于等于 / 小于等于 / "
    "等于) in their own column and a unit column, a 下降率 with 大于等于, 0起 (correct)",
)
def kef12() -> Book:
    b, s = book()
    department_head(
        s,
        year=2026,
        dept="沅汀市创业服务中心",
        budget=[(wan(500), wan(450), wan(50), wan(180), wan(320))],
        tasks=[
            ("创业担保贷款受理", "受理审核贷款申请", wan(120), "受理600笔"),
            ("创业孵化基地运营", "孵化基地场地与服务", wan(140), "入驻率85%"),
            ("创业指导讲座", "进校园进园区讲座", wan(60), "讲座30场"),
            ("金额合计", None, wan(320), None),
        ],
        goal="受理创业担保贷款申请600笔，孵化基地入驻率达到85%，开展创业指导讲座"
        "30场，不良贷款率比上年下降10%以上。",
    )
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.row(None, None, None, "指标方向", "目标值", "计量单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table([
        ("产出指标", "数量指标", "受理创业担保贷款申请", "大于等于", 600, "笔"),
        (None, None, "创业指导讲座场次", "大于等于", 30, "场"),
        (None, "质量指标", "贷款审核差错率", "小于等于", 1, "%"),
        (None, None, "孵化基地入驻率", "大于等于", 85, "%"),
        (None, "时效指标", "贷款申请办结时限", "小于等于", 15, "工作日"),
        ("成本指标", "经济成本指标", "孵化基地运营成本", "小于等于", 140, "万元"),
        ("效益指标", "社会效益指标", "不良贷款率下降率", "大于等于", 10, "%"),
        (None, None, "违规发放贷款事件", "等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "创业者满意度", "大于等于", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：不良贷款率下降率＝（上年不良贷款率－本年不良贷款率）÷上年不良贷款率。")
    sign(s, "谭栖梧", "0719-3327786", day(2025, 11, 21))
    return b
