"""鹌鹑蛋品 returns of 鹭岑市 (budget year 2025): gx13–gx18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout664.common import HEAD4, grid, one_year, periods, sign, start, w
from tests.variants.holdout664.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "鹭岑市畜牧兽医局 508032"
UNIT = "鹭岑市禽蛋质量安全检测站"


@variant("gx13-anchun-department", (12, 4),
         "department, NAT-2021: budget both ways, tasks adding to 金额合计, a goal total with "
         "its part in brackets, 0起 on incidents, a 说明 row (correct)")  # fmt: skip
def gx13() -> Book:
    b, s = start()
    tasks = [
        ("鹌鹑蛋质量抽检", "抽检1800批次", w(60), "抽检合格率≥98%"),
        ("兽药残留监测", "监测养殖场120家", w(50), "风险早发现"),
        ("冷链追溯平台运维", "平台全年运行", w(40), "追溯信息完整"),
        ("金额合计", None, w(150)),
    ]
    goal = "全年抽检鹌鹑蛋及蛋制品1800批次（其中卤制蛋品600批次），监测养殖场120家。"
    department_head(s, year=2025, dept=UNIT, goal=goal, tasks=tasks,
                    budget=[(w(380), w(350), w(30), w(230), w(150))])  # fmt: skip
    grid(s, HEAD4, [
        ("成本指标", "经济成本指标", "单批次检测成本", "≤300元/批次"),
        ("产出指标", "数量指标", "鹌鹑蛋及蛋制品抽检", "≥1800批次"),
        (None, None, "兽药残留监测养殖场", "≥120家"),
        (None, "质量指标", "检测报告准确率", pct(0.99)),
        (None, "时效指标", "检测报告出具时限", "≤5个工作日"),
        ("效益指标", "社会效益指标", "鹌鹑蛋抽检合格率", "≥98%"),
        (None, None, "蛋品质量安全事件", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "养殖企业满意度", "≥90%"),
    ])  # fmt: skip
    s.row("说明：抽检批次含卤制蛋品600批次。")
    sign(s, "阮佳宁", "0751-8820316", day(2024, 11, 15))
    return b


@variant("gx14-anchun-two-level-points", (10, 12),
         "project, OLD-NAT, tier score and indicator score "
         "columns: a tier score not matching, the goal's batches above the indicator, "
         "fee × batches beyond the money")  # fmt: skip
def gx14() -> Book:
    b, s = start()
    goal = "抽检鹌鹑蛋2500批次，培训养殖户300人次，蛋品抽检合格率提高2个百分点。"
    project_head(s, year=2025, name="鹌鹑蛋品质量提升", dept=DEPT, unit=UNIT,
                 money=one_year(40, 35, 5), goals=[goal])  # fmt: skip
    tier = mk(50, "W103", "error", alt=("W101",), note="其下分值 15+10+10+10+10 = 55")
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    grid(s, head, [
        ("产出指标", tier, "数量指标", "鹌鹑蛋抽检批次",
         mk("≥2000批次", "D104", "warning", row=True, note="年度目标写2500批次"), 15),
        (None, None, None, "养殖户培训", "≥300人次", 10),
        (None, None, "质量指标", "检测结果复核一致率", "≥98%", 10),
        (None, None, "时效指标", "检测报告出具时限", "≤7个工作日", 10),
        (None, None, "成本指标", "单批次检测费",
         mk("≤300元/批次", "B107", "warning", row=True,
            note="300元 × 2000批次 = 60万元，超过年度资金40万元"), 10),
        ("效益指标", 30, "经济效益指标", "养殖户户均增收", "≥3000元", 15),
        (None, None, "社会效益指标", "蛋品抽检合格率提高", "≥2百分点", 15),
        ("满意度指标", 10, "服务对象满意度指标", "养殖户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("注：预算执行率10分另行评价。")
    return b


@variant("gx15-anchun-stacked-dates", (2,),
         "two projects stacked, OLD-NAT, one value column: the second's total not its parts "
         "and its end date before its start")  # fmt: skip
def gx15() -> Book:
    b, s = start()
    project_head(s, year=2025, name="鹌鹑标准化养殖场改造", dept=DEPT,
                 unit="鹭岑市畜牧技术推广站", money=one_year(70, 60, 10),
                 goals=["改造鹌鹑标准化养殖场14家，每家补助5万元。"])  # fmt: skip
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "改造标准化养殖场", "≥14家"),
        (None, "质量指标", "改造验收合格率", "≥95%"),
        (None, "成本指标", "养殖场改造补助", "≤5万元/家"),
        ("效益指标", "生态效益指标", "粪污资源化利用率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(w(50), "B101", "error", note="40 + 5 = 45 ≠ 50")
    end = mk(day(2024, 12, 31), "Y104", "error", alt=("Y102",), note="完成日期早于开始日期")
    project_head(s, year=2025, name="鹌鹑蛋卤制加工扶持", dept=DEPT, unit="鹭岑市蛋品加工协会",
                 money=one_year(total, 40, 5), end=end, title="",
                 goals=["扶持卤制鹌鹑蛋加工企业5家，新增卤蛋产能600吨。"])  # fmt: skip
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "扶持加工企业", "≥5家"),
        (None, None, "新增卤蛋产能", "≥600吨"),
        (None, "质量指标", "卤蛋产品抽检合格率", "≥98%"),
        (None, "成本指标", "企业扶持补助", "≤8万元/家"),
        ("效益指标", "经济效益指标", "企业销售收入增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "加工企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "阮佳宁", "0751-8820316", day(2024, 11, 15))
    return b


@variant("gx16-anchun-two-column-sets", (8,),
         "two-year project 2025–2026, OLD-NAT, two complete column sets (二级/三级/指标值 for "
         "中期, then for 年度) (correct)")  # fmt: skip
def gx16() -> Book:
    b, s = start()
    mid = "两年建成年供苗200万羽的种鹑繁育场，种鹑存栏6万只，育雏舍2000平方米。"
    year = "完成一期工程：育雏舍1000平方米，种鹑存栏3万只，供苗90万羽。"
    project_head(s, year=2025, name="鹌鹑种苗繁育场建设", dept=DEPT, unit="鹭岑市种禽场",
                 money=periods((240, 200, 40), (120, 100, 20)), goals=[mid, year], years=2,
                 attr="新增项目")  # fmt: skip
    head = ("一级指标", "二级指标（中期）", "三级指标", "指标值（中期）", "二级指标（年度）",
            "三级指标", "指标值（年度）")  # fmt: skip
    grid(s, head, [
        ("产出指标", "数量指标", "种鹑存栏量", "≥6万只", "数量指标", "种鹑存栏量", "≥3万只"),
        (None, None, "鹌鹑苗供应量", "≥200万羽", None, "鹌鹑苗供应量", "≥90万羽"),
        (None, "质量指标", "鹌鹑苗成活率", pct(0.95), "质量指标", "鹌鹑苗成活率", pct(0.95)),
        (None, "时效指标", "繁育场建成时间", "2026年6月30日前", "时效指标", "一期工程完工时间",
         "2025年12月31日前"),
        (None, "成本指标", "育雏舍建设成本", "≤800元/平方米", "成本指标", "育雏舍建设成本",
         "≤800元/平方米"),
        ("效益指标", "社会效益指标", "带动养殖户", "≥150户", "社会效益指标", "带动养殖户",
         "≥80户"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", pct(0.9), "服务对象满意度指标",
         "养殖户满意度", pct(0.9)),
    ], merged=(1, 2, 5))  # fmt: skip
    sign(s, "阮佳宁", "0751-8820316", day(2024, 11, 15))
    return b


@variant("gx17-anchun-template-rows", (6, 13),
         "project, NAT-2021: a value without a name, the template's example row "
         "left in")  # fmt: skip
def gx17() -> Book:
    b, s = start()
    project_head(s, year=2025, name="鹌鹑蛋冷链配送补助", dept=DEPT, unit="鹭岑市禽蛋流通协会",
                 money=one_year(36, 30, 6),
                 goals=["补助冷链配送鹌鹑蛋1200吨，配送损耗率控制在2%以内。"])  # fmt: skip
    grid(s, HEAD4, [
        ("成本指标", "经济成本指标", "冷链配送补助标准", "≤300元/吨"),
        ("产出指标", "数量指标", "冷链配送鹌鹑蛋", "≥1200吨"),
        (None, None, mk(None, "F110", "error", note="有指标值，没有三级指标名称"), "≥20家"),
        (None, "质量指标", "配送损耗率", "≤2%"),
        (None, "时效指标", mk("（示例）XX工作完成时间", "X101", "error", row=True,
                          note="模板示例行未删除"), "20XX年XX月前"),
        ("效益指标", "经济效益指标", "配送企业单位运费下降率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "销售商户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gx18-anchun-assessment-headers", (7, 4),
         "project, NAT-2021, two-row header 绩效指标 / 考核指标 · 目标值（年度） · 评价标准 · "
         "分值, header repeated after a page break, subtotal rows, =100% as text "
         "(correct)")  # fmt: skip
def gx18() -> Book:
    b, s = start()
    goal = "为500万枚卤制鹌鹑蛋赋码，接入追溯企业12家，2025年6月底前平台上线。"
    project_head(s, year=2025, name="鹌鹑蛋品质量追溯体系建设", dept=DEPT, unit=UNIT,
                 money=one_year(30, 30, 0), goals=[goal])  # fmt: skip
    top = s.row("绩效指标", None, None, "目标值（年度）", "评价标准", "分值", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "考核指标")
    for c in (4, 5, 6):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    std = "达到目标值得满分，未达到按比例扣分"
    s.table([
        ("产出指标", "数量指标", "赋码追溯蛋品", "≥500万枚", std, 15),
        (None, None, "接入追溯企业", "≥12家", std, 15),
        (None, "质量指标", "追溯信息准确率", "=100%", std, 10),
        (None, "时效指标", "追溯平台上线时间", day(2025, 6, 30, CN_DATE), "逾期不得分", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, None, 50)
    s.row("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准", "分值")
    s.table([
        ("成本指标", "经济成本指标", "追溯标签单价", "≤0.04元/枚", std, 10),
        ("效益指标", "社会效益指标", "消费者扫码查询", "≥20万次", std, 15),
        (None, "可持续影响指标", "追溯数据保存年限", "≥3年", std, 15),
        ("满意度指标", "服务对象满意度指标", "接入企业满意度", pct(0.9), std, 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, None, 50)
    s.row("合计", None, None, None, None, 100)
    s.row("说明：评价标准按市级项目绩效考核办法执行。")
    sign(s, "阮佳宁", "0751-8820316", day(2024, 11, 15))
    return b
