"""Department returns, a flat list, stacked and annotated returns of both halves of the theme:
khr13–khr18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout892.common import YEAR, first, funds, indicators, notes, sign, wan
from tests.variants.holdout892.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("khr13-department-bureau", (12, 4),
         "department, NAT-2021: budget, key tasks adding to 金额合计 = 项目支出, a 0起 accident "
         "count, a footnote explaining the total (correct)")  # fmt: skip
def khr13() -> Book:
    b, s = first()
    tasks = [
        ("产品质量监督抽检", "抽检工业产品、农资产品", wan(150), "完成抽检500批次"),
        ("计量器具强制检定", "贸易结算和医疗卫生强检器具", wan(110), "检定9000台件"),
        ("特种设备安全监察", "电梯、锅炉、压力容器监督检验", wan(70), "监督检验1200台"),
        ("金额合计", None, wan(330), None),
    ]  # fmt: skip
    goal = ("全年完成工业产品和农资产品质量抽检500批次，强制检定计量器具9000台件，监督检验特种设备"
            "1200台，守住不发生较大以上特种设备事故的底线。")  # fmt: skip
    department_head(s, year=YEAR, dept="沣禾县市场监督管理局",
                    budget=[(wan(1260), wan(1180), wan(80), wan(930), wan(330))],
                    goal=goal, tasks=tasks)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "产品质量抽检批次", "≥500批次"),
        (None, None, "强制检定计量器具数量", "≥9000台件"),
        (None, None, "特种设备监督检验数量", "≥1200台"),
        (None, "质量指标", "抽检检验报告差错率", "≤1%"),
        (None, "时效指标", "投诉举报处置时限", "≤7个工作日"),
        ("成本指标", "经济成本指标", "单批次抽检检验费用", "≤0.3万元/批次"),
        ("效益指标", "社会效益指标", "抽检不合格产品后处置率", "=100%"),
        (None, None, "较大以上特种设备事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "企业和群众满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD4, rows)
    notes(s, "注：金额合计330万元为三项重点任务的项目支出，不含基本支出930万元；"
             "资金总额1260万元 = 基本支出930万元 + 项目支出330万元。")  # fmt: skip
    sign(s, "柏栖迟", "0761-7710218")
    return b


@variant("khr14-department-tasks-off", (12, 7),
         "department, NAT-2021, header 绩效目标值: tasks not adding to 金额合计, the goal's batch "
         "count against the indicator, one indicator repeated under 社会效益")  # fmt: skip
def khr14() -> Book:
    b, s = first()
    tasks = [
        ("产品质量监督抽检", "重点工业产品和电商产品", wan(120), "抽检360批次"),
        ("计量器具强制检定", "贸易结算强检器具", wan(95), "检定7200台件"),
        ("标准化与质量提升", "企业标准自我声明抽查", wan(55), "抽查企业标准80项"),
        ("金额合计", None, mk(wan(280), "B102", "error",
                            note="120 + 95 + 55 = 270，不是280")),
    ]  # fmt: skip
    goal = ("全年完成产品质量监督抽检360批次、强制检定计量器具7200台件，抽查企业标准自我声明80项，"
            "推动辖区产品质量稳步提升。")  # fmt: skip
    department_head(s, year=YEAR, dept="砚溪区市场监督管理局",
                    budget=[(wan(980), wan(900), wan(80), wan(700), wan(280))],
                    goal=goal, tasks=tasks)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "产品质量监督抽检批次",
         mk("≥300批次", "D104", "warning", row=True, note="年度总体目标写抽检360批次")),
        (None, None, "强制检定计量器具数量", "≥7200台件"),
        (None, None, "企业标准自我声明抽查", "≥80项"),
        (None, "质量指标", "检验检定报告差错率", "≤1%"),
        (None, "时效指标", "检定业务按时办结率", "≥98%"),
        ("成本指标", "经济成本指标", "单批次抽检检验费用", "≤0.3万元/批次"),
        ("效益指标", "社会效益指标",
         mk("强制检定计量器具检定数量", "D103", "warning", row=True, alt=("D101", "F201"),
            note="与数量指标下的“强制检定计量器具数量”是同一指标，又填在社会效益下"),
         "≥7200台件"),
        (None, None, "抽检不合格产品后处置率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "企业满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), rows)
    sign(s, "缪霁川", "0761-5540205")
    return b


@variant("khr15-flat-metrology-office", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), "
         "typed percent cells, weights adding to 100, a 0起 accident count (correct)")  # fmt: skip
def khr15() -> Book:
    b, s = first()
    department_head(s, year=YEAR, dept="栖桐市计量测试所",
                    budget=[(wan(640), wan(520), wan(120), wan(410), wan(230))],
                    goal="完成强制检定计量器具45000台件，复查计量标准16项，检定证书差错率不高于"
                         "0.5%。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("强制检定计量器具检定数量", 20, "台件", "≥", 45000),
        ("计量标准复查数量", 10, "项", "≥", 16),
        ("检定证书差错率", 10, "%", "≤", pct(0.005, "0.0%")),
        ("检定业务按时办结率", 15, "%", "≥", pct(0.98)),
        ("单台件检定平均成本", 10, "元/台件", "≤", 45),
        ("实验室间比对结果满意率", 10, "%", "≥", pct(0.95)),
        ("计量安全责任事故", 5, "起", "≤", 0),
        ("送检单位满意度", 20, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "岑叙白", "0761-5287710")
    return b


@variant("khr16-stacked-second-wrong", (2,),
         "two metrology projects stacked, NAT-2021, one value column: the second project's total "
         "is not its parts and its deadline falls in the year before")  # fmt: skip
def khr16() -> Book:
    b, s = first()
    dept, unit = "栖桐市市场监督管理局 418001", "栖桐市计量测试所"
    project_head(s, year=YEAR, name="民用水表燃气表首次强制检定", dept=dept, unit=unit,
                 money=funds(52, 52, 0),
                 goals=["完成民用水表、燃气表首次强制检定26000只，"
                        "检定结果全部录入系统。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "水表燃气表首次检定数量", "≥26000只"),
        (None, "质量指标", "检定结果录入准确率", "≥99%"),
        (None, "时效指标", "送检表具检定周期", "≤5个工作日"),
        ("成本指标", "经济成本指标", "单只表具检定成本", "≤20元/只"),
        ("效益指标", "社会效益指标", "水表燃气表计量投诉下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "供水供气企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(18), "B101", "error", note="财政拨款15 + 其他资金5 = 20，不是18")
    project_head(s, year=YEAR, name="眼镜制配场所计量监督检查", dept=dept, unit=unit,
                 money=funds(total, 15, 5), title="",
                 goals=["检查全市眼镜制配场所120家，验光仪、焦度计受检率100%。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "眼镜制配场所检查数量", "≥120家"),
        (None, "质量指标", "验光仪焦度计受检率", "=100%"),
        (None, "时效指标", "监督检查完成时间",
         mk(f"{YEAR - 1}年11月30日前", "Y102", "error", row=True, alt=("Y101", "Y103"),
            note="期限在预算年度之前")),
        ("成本指标", "经济成本指标", "单家场所检查成本", "≤0.15万元/家"),
        ("效益指标", "社会效益指标", "眼镜制配计量违法行为查处率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "配镜消费者满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "滕若岚", "0761-5287725")
    return b


@variant("khr17-notes-page-break", (4,),
         "project, OLD-NAT, operator and unit columns: a 说明 row inside the table, the header "
         "repeated after a page break, 填表说明, signature with a fill date in the year before "
         "(correct)")  # fmt: skip
def khr17() -> Book:
    b, s = first()
    goal = ("对辖区生产、销售的电子计价秤、电能表等计量器具产品开展质量监督抽查140批次（其中电子"
            "计价秤80批次），对抽查不合格企业100%跟踪复查。")  # fmt: skip
    project_head(s, year=YEAR, name="计量器具产品质量监督抽查", dept="沣禾县市场监督管理局 033",
                 unit="沣禾县市场监督管理局", money=funds(28, 28, 0), goals=[goal])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "计量器具产品抽查批次", "≥", 140, "批次"),
        (None, None, "其中：电子计价秤抽查批次", "≥", 80, "批次"),
        (None, "质量指标", "抽查检验报告差错率", "≤", pct(0.01), "%"),
        (None, "时效指标", "抽查结果通报时间", "≤", day(YEAR, 11, 30, CN_DATE), "—"),
        (None, "成本指标", "单批次抽查检验费用", "≤", 0.2, "万元/批次"),
    ])  # fmt: skip
    notes(s, "说明：抽查批次含市局转办批次，不另列指标；下页续。")
    indicators(s, head, [
        ("效益指标", "社会效益指标", "不合格企业跟踪复查率", "=", pct(1), "%"),
        (None, None, "计量器具产品抽查不合格率下降", "≥", 2, "百分点"),
        (None, "可持续影响指标", "计量器具产品质量档案", "定性", "健全", "—"),
        ("满意度指标", "服务对象满意度指标", "受检企业满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "填表说明：1.指标值为年度目标值；2.计量单位按国家法定计量单位填写；",
          "3.比较符一栏填写≥、≤或=，定性指标填“定性”。")  # fmt: skip
    sign(s, "汤语岑", "0761-7716671", day(YEAR - 1, 12, 8))
    s.row("单位负责人（签字）：", None, "（单位盖章）")
    return b


@variant("khr18-template-rows-left", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without indicator, "
         "a deadline value without a name")  # fmt: skip
def khr18() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="计量比对及能力验证", dept="栖桐市市场监督管理局 418001",
                 unit="栖桐市计量测试所", money=funds(32, 32, 0),
                 goals=["组织计量比对6项、参加能力验证4项，比对结果满意率95%以上，11月30日前"
                        "完成全部比对。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "组织计量比对项目", "≥6项"),
        (None, None, "参加能力验证项目", "≥4项"),
        (None, "质量指标", "比对结果满意率", "≥95%"),
        (None, "时效指标",
         mk(None, "F110", "error", note="填了期限“11月30日前”却没有指标名称"), "11月30日前"),
        ("成本指标", "经济成本指标", "单项比对平均成本", "≤3万元/项"),
        (None, mk("社会成本指标", "F109", "warning", row=True,
                  note="模板的二级指标行未填写三级指标和指标值"), None, None),
        ("效益指标", "社会效益指标", "参比实验室测量能力", "有效提升"),
        ("满意度指标", "服务对象满意度指标", "参比单位满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    sign(s, "颜澄溪", "0761-5287746")
    return b
