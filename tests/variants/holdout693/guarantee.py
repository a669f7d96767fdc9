"""A smallholder cooperative credit guarantee: risk compensation, fee subsidies (kaa13–kaa18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout693.common import YEAR, book, flat, notes, period_money, sign, table, wan
from tests.variants.holdout693.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

DEPT = "甜岗县财政局（317001）"
CENTRE = "甜岗县农业信贷担保服务中心"


@variant("kaa13-guarantee-points", (10, 12, 5),
         "department, NAT-2021, tier-1 score column and indicator score column, a goal "
         "count with its part in brackets, a rate cut in 百分点, tasks adding to 项目支出 "
         "(correct)")  # fmt: skip
def kaa13() -> Book:
    b, s = book()
    goal = ("为120家农民合作社（其中甜叶菊种植合作社45家）新增担保贷款2.4亿元，担保费率不高于0.8%，"
            "代偿率控制在3%以内。")  # fmt: skip
    department_head(s, year=YEAR, dept=CENTRE,
                    budget=[(wan(860), wan(800), wan(60), wan(210), wan(650))],
                    tasks=[("风险补偿金", "注入合作社担保风险补偿资金", wan(500), "放大10倍以上"),
                           ("担保费补贴", "按户补贴合作社担保费", wan(120), "补贴120家"),
                           ("信用评级", "合作社信用评级与建档", wan(30), "建档120家"),
                           ("金额合计", None, wan(650), None)],
                    goal=goal)  # fmt: skip
    table(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("产出指标", 40, "数量指标", "担保合作社数量", "≥120家", 10),
        (None, None, None, "其中：甜叶菊种植合作社", "≥45家", 5),
        (None, None, None, "新增担保贷款额", "≥24000万元", 10),
        (None, None, "质量指标", "合作社信用建档率", "=100%", 5),
        (None, None, None, "担保代偿率", "≤3%", 5),
        (None, None, "时效指标", "担保审批办结时限", "≤7个工作日", 5),
        ("成本指标", 20, "经济成本指标", "担保费率", "≤0.8%", 10),
        (None, None, None, "单户担保费补贴", "≤1万元/户", 10),
        ("效益指标", 30, "经济效益指标", "担保资金放大倍数", "≥10倍", 10),
        (None, None, "社会效益指标", "带动农户数", "≥3000户", 10),
        (None, None, None, "合作社融资成本下降", "≥1.5百分点", 10),
        ("满意度指标", 10, "服务对象满意度指标", "合作社满意度", "≥90%", 10),
    ], tiers=3)  # fmt: skip
    notes(s, "注：一级指标分值合计100分，三级指标分值合计100分，两级分值不相加。")
    return b


@variant("kaa14-guarantee-money-wrong", (12,),
         "department, NAT-2021, header 绩效目标值: 资金总额 ≠ 基本支出 + 项目支出, tasks not "
         "adding to 金额合计, the goal's household count against the indicator")  # fmt: skip
def kaa14() -> Book:
    b, s = book()
    total = mk(wan(540), "B101", "error", note="基本支出120 + 项目支出400 = 520，不是540")
    department_head(s, year=YEAR, dept="甜岗县合作社融资担保基金管理办公室",
                    budget=[(total, wan(480), wan(60), wan(120), wan(400))],
                    tasks=[("风险补偿", "补充担保风险补偿金", wan(300), "放大8倍以上"),
                           ("贷款贴息", "甜叶菊订单贷款贴息", wan(60), "贴息户数300户"),
                           ("业务培训", "合作社财务与信用培训", wan(30), "培训400人次"),
                           ("金额合计", None,
                            mk(wan(400), "B102", "error", note="300 + 60 + 30 = 390"), None)],
                    goal="全年新增担保合作社及家庭农场800户，担保贷款1.6亿元。")  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("（一）产出指标", "1.数量指标", "新增担保户数",
         mk("≥600户", "D104", "warning", row=True, note="年度总体目标写新增800户")),
        (None, None, "新增担保贷款额", "≥16000万元"),
        (None, "2.质量指标", "担保代偿率", "≤3%"),
        (None, "3.时效指标", "贴息资金拨付时限", "≤15个工作日"),
        ("（二）成本指标", "1.经济成本指标", "贴息标准", "≤2000元/户"),
        ("（三）效益指标", "1.经济效益指标", "撬动信贷资金", "≥16000万元"),
        (None, "2.社会效益指标", "带动农户数", "≥2000户"),
        ("（四）满意度指标", "1.服务对象满意度指标", "担保户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃映秋", "0771-6218804", day(YEAR - 1, 11, 25))
    return b


@variant("kaa15-guarantee-three-years", (5, 8),
         "three-year project, NAT-2021 with abbreviated and starred tier labels (★产出, 数量), "
         "中期 and 年度 columns, period counts above the year's (correct)")  # fmt: skip
def kaa15() -> Book:
    b, s = book()
    goals = ["2025—2027年累计为3000户种植户和合作社提供贷款担保，在保余额达到3亿元，"
             "代偿率不超过3%。",
             "2025年为1000户提供贷款担保，在保余额达到1亿元，6月底前风险补偿金到位。"]  # fmt: skip
    project_head(s, year=YEAR, years=3, name="甜叶菊产业小农户信贷担保三年计划", dept=DEPT,
                 unit=CENTRE, attr="新增项目",
                 money=period_money((wan(1500), wan(1350), wan(150)),
                                    (wan(500), wan(450), wan(50))),
                 goals=goals)  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), [
        ("★产出", "数量", "累计担保户数", "≥3000户", "≥1000户"),
        (None, None, "在保余额", "≥30000万元", "≥10000万元"),
        (None, "质量", "担保代偿率", "≤3%", "≤3%"),
        (None, "时效", "风险补偿金到位时间", "2027年6月底前", "2025年6月底前"),
        ("★成本", "经济成本", "担保费率", "≤0.8%", "≤0.8%"),
        ("★效益", "经济效益", "担保户户均增收", "≥3000元", "≥2000元"),
        (None, "社会效益", "逾期贷款户数下降率", "≥20%", "≥10%"),
        ("★满意度", "服务对象满意度", "担保户满意度", ok(pct(0.9)), ok(pct(0.9))),
    ])  # fmt: skip
    notes(s, "注：★为必填指标；满意度为不低于值。", width=5)
    return b


@variant("kaa16-guarantee-period-wrong", (8, 12),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度资金 above 中期资金, two "
         "cumulative counts copied from 中期 into 年度")  # fmt: skip
def kaa16() -> Book:
    b, s = book()
    goals = ["三年内累计为2400户小农户提供订单贷款担保，建立合作社信用档案300家。",
             "2025年为800户小农户提供订单贷款担保，建立信用档案100家。"]  # fmt: skip
    annual = mk(wan(650), "B103", "error", note="年度资金650大于中期资金600")
    project_head(s, year=YEAR, years=3, name="溪樟乡小农户订单贷款担保", dept=DEPT,
                 unit=CENTRE, attr="新增项目",
                 money=period_money((wan(600), wan(500), wan(100)), (annual, wan(550), wan(100))),
                 goals=goals)  # fmt: skip
    note = "三年累计数照抄到年度列（年度目标写800户 / 100家）"
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "累计担保户数", "≥2400户",
         mk("≥2400户", "D202", "warning", alt=("D104",), note=note)),
        (None, None, "合作社信用档案建档数", "≥300家",
         mk("≥300家", "D202", "warning", alt=("D104",), note=note)),
        (None, "质量指标", "担保代偿率", "≤3%", "≤3%"),
        (None, "时效指标", "担保审批办结时限", "≤7个工作日", "≤7个工作日"),
        ("成本指标", "经济成本指标", "担保费率", "≤1%", "≤1%"),
        ("效益指标", "社会效益指标", "带动订单种植面积", "≥9000亩", "≥3000亩"),
        ("满意度指标", "服务对象满意度指标", "担保户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kaa17-guarantee-flat", (3, 1, 11),
         "department, flat list (序号 · 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed "
         "percent cells, a 下降率 with ≥, 0起 on an incident count (correct)")  # fmt: skip
def kaa17() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="甜岗县农村合作经济指导站",
                    budget=[(wan(300), wan(280), wan(20), wan(90), wan(210))],
                    tasks=[("担保对接", "组织合作社与担保机构对接", wan(150), "对接80家"),
                           ("信用建档", "合作社信用信息采集", wan(60), "建档80家"),
                           ("金额合计", None, wan(210), None)],
                    goal="推动80家合作社获得担保贷款，逾期贷款户数下降15%，"
                         "不发生担保风险事件。")  # fmt: skip
    flat(s, ("序号", "指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        (1, "获得担保贷款合作社数", 20, "家", "≥", 80),
        (2, "合作社信用建档数", 15, "家", "≥", 80),
        (3, "担保贷款按期还款率", 15, "%", "≥", pct(0.97)),
        (4, "逾期贷款户数下降率", 15, "%", "≥", pct(0.15)),
        (5, "担保风险事件", 10, "起", "=", 0),
        (6, "对接服务经费标准", 10, "万元/家", "≤", 1.8),
        (7, "合作社满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    notes(s, "说明：权重合计100；下降率以上年逾期户数为基数，填正数。")
    sign(s, "岑若溪", "0771-6230592", day(YEAR - 1, 11, 28))
    return b


@variant("kaa18-guarantee-export", (4, 7),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, codes in "
         "the first columns, header on the third row, tiers repeated: a 预算年度 of last year, a "
         "template example row, one time limit twice with two values")  # fmt: skip
def kaa18() -> Book:
    b, s = book("部门项目支出预算05-1", (14, 24, 16, 16, 16, 16))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位名称：", CENTRE, "单位：万元")
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("452231250017", "合作社担保费补贴", wan(200), wan(180), wan(20))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 20, 14, 16, 24, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位名称：", CENTRE, "预算年度：",
          mk(YEAR - 1, "Y101", "error", alt=("Y103",), note="标题和预算表都是2025年"))  # fmt: skip
    t.row("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    code, name = "452231250017", "合作社担保费补贴"
    rows = [
        ("产出指标", "数量指标", "补贴合作社数量", "≥100家"),
        ("产出指标", "数量指标", "示例：培训人次",
         mk("≥**人次", "X101", "error", row=True, note="模板的示例行没有删除")),
        ("产出指标", "质量指标", "补贴资金准确率", "=100%"),
        ("产出指标", "时效指标", "担保贷款平均办理时限", ok("≤7个工作日")),
        ("产出指标", "时效指标", "担保贷款办理时限",
         mk("≤10个工作日", "D103", "warning", row=True, alt=("D101", "D102"),
            note="与上一行是同一时限，值不同")),
        ("成本指标", "经济成本指标", "单户担保费补贴", "≤2万元/家"),
        ("效益指标", "经济效益指标", "撬动担保贷款", "≥12000万元"),
        ("效益指标", "社会效益指标", "带动农户数", "≥1500户"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%"),
    ]  # fmt: skip
    for r in rows:
        t.row(code, name, *r)
    return b
