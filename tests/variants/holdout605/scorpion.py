"""Scorpion (蝎子) rearing rooms: eq01–eq06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout605.common import (
    AGRI,
    STATION,
    book,
    indicators,
    notes,
    period_money,
    sign,
    year_money,
)
from tests.variants.holdout605.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("eq01-scorpion-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, percents typed in Excel, 万元 in the "
         "number format, a 下降幅度 in 百分点 and a 0起 incident count (correct)")  # fmt: skip
def eq01() -> Book:
    b, s = book()
    project_head(s, year=2026, name="鹤塘镇标准化养蝎示范基地建设项目", dept=AGRI,
                 unit=STATION, attr="新增项目", money=year_money(48, 40, 8),
                 goals=["新建标准化养蝎房20间（其中越冬温控房8间），引进东亚钳蝎种蝎3000条，"
                        "培训养殖户60人次，带动参与养殖户户均增收3000元以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "新建标准化养蝎房", "≥", 20, "间"),
        (None, None, "越冬温控养蝎房", "≥", 8, "间"),
        (None, None, "种蝎引进数量", "≥", 3000, "条"),
        (None, None, "养殖技术培训", "≥", 60, "人次"),
        (None, "质量指标", "养蝎房验收合格率", "=", pct(1), "%"),
        (None, None, "种蝎成活率", "≥", pct(0.9), "%"),
        (None, "时效指标", "项目完工时间", "≤", day(2026, 10, 31, CN_DATE), None),
        (None, "成本指标", "养蝎房建设补助标准", "≤", 1.5, "万元/间"),
        (None, None, "种蝎采购单价", "≤", 25, "元/条"),
        ("效益指标", "经济效益指标", "参与养殖户户均增收", "≥", 3000, "元"),
        (None, "社会效益指标", "带动养殖户", "≥", 30, "户"),
        (None, None, "养殖安全事故", "≤", 0, "起"),
        (None, "生态效益指标", "养殖废弃物无害化处理率", "≥", pct(0.95), "%"),
        (None, "可持续影响指标", "种蝎越冬死亡率下降幅度", "≥", 3, "百分点"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "韦晓岑", "0776-5823417", day(2026, 1, 12))
    return b


@variant("eq02-scorpion-period-wrong", (8, 12),
         "three-year project, NAT-2021, 中期 and 年度 columns: a year's count above the "
         "period's, a cumulative count copied, last season's deadline")  # fmt: skip
def eq02() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        years=3,
        name="石砚乡蝎子生态养殖三年提升项目",
        dept=AGRI,
        unit="石砚乡农业综合服务站",
        money=period_money((150, 120, 30), (50, 40, 10)),
        goals=[
            "2026—2028年新建生态养蝎池30个，培育养殖大户45户，全乡商品蝎年产量达到6吨。",
            "完成首批生态养蝎池建设并投放种蝎，开展养殖技术培训，建立蝎病防控台账。",
        ],
    )
    d201 = "一年建40个，超过三年合计30个（中期目标也写30个）"
    d202 = "养殖大户三年培育45户，年度值照抄中期值"
    y102 = "2026—2028年项目的完工期限写成2025年：上一季表格的日期未改，早于项目开始"
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "生态养蝎池建设", "≥30个", mk("≥40个", "D201", "error",
                                                                  note=d201)),
        (None, None, "培育养殖大户", "≥45户", mk("≥45户", "D202", "warning", note=d202)),
        (None, None, "养殖技术培训", "≥300人次", "≥100人次"),
        (None, "质量指标", "养蝎池验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "首批养蝎池完工时间", "2026年9月30日前",
         mk("2025年9月30日前", "Y102", "error", alt=("Y103", "Y101"), note=y102)),
        ("成本指标", "经济成本指标", "养蝎池建设单价", "≤0.8万元/个", "≤0.8万元/个"),
        ("效益指标", "经济效益指标", "商品蝎年产量", "≥6吨", "≥2吨"),
        (None, "社会效益指标", "带动农户参与养殖", "≥120户", "≥40户"),
        (None, "可持续影响指标", "蝎病防控台账", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒙立川", "0776-5831092", day(2026, 1, 20))
    return b


@variant("eq03-scorpion-period-correct", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: the period's counts beside smaller "
         "year's counts, rates equal in both, goals differ (correct)")  # fmt: skip
def eq03() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        years=2,
        name="桐坪县养蝎房温控改造项目",
        dept=AGRI,
        unit=STATION,
        money=period_money((90, 75, 15), (45, 38, 7)),
        goals=[
            "2026—2027年改造养蝎房24间，培训养殖户120人次，参与户户均增收3000元以上。",
            "2026年改造养蝎房12间，培训养殖户60人次，参与户户均增收1500元以上。",
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值（2026—2027年）",
                   "年度指标值（2026年）"), [
        ("成本指标", "经济成本指标", "养蝎房改造补助标准", "≤1.5万元/间", "≤1.5万元/间"),
        ("产出指标", "数量指标", "改造养蝎房", "≥24间", "≥12间"),
        (None, None, "养殖户技术培训", "≥120人次", "≥60人次"),
        (None, "质量指标", "改造验收合格率", pct(1), pct(1)),
        (None, "时效指标", "年度改造任务完成时间", "2027年11月30日前", "2026年11月30日前"),
        ("效益指标", "经济效益指标", "参与户户均增收", "≥3000元", "≥1500元"),
        (None, "社会效益指标", "带动养殖户", "≥40户", "≥20户"),
        (None, "可持续影响指标", "改造蝎房使用年限", "≥10年", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃思远", "0776-5827765", day(2026, 1, 9))
    return b


@variant("eq04-scorpion-labels-wrong", (5, 7),
         "project, NAT-2021, numbered tier labels, headers 指标内容 and 绩效标准: a count below "
         "the goal's, a quality rate under 时效, the training count twice")  # fmt: skip
def eq04() -> Book:
    b, s = book()
    project_head(s, year=2026, name="桐坪县仿野生养蝎技术推广项目", dept=AGRI, unit=STATION,
                 money=year_money(36, 30, 6),
                 goals=["在鹤塘镇、石砚乡推广仿野生养蝎技术，新建标准化养蝎房12间，培训养殖户"
                        "80人次，种蝎成活率达到90%以上。"])  # fmt: skip
    d104 = "年度目标写新建养蝎房12间，指标只有10间"
    f201 = "验收合格率是质量指标，填在时效指标下"
    d103 = "与数量指标下的“养殖户技术培训 ≥80人次”是同一指标，只多“人次”二字"
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("一、产出指标", "（一）数量指标", "新建标准化养蝎房",
         mk("≥10间", "D104", "warning", note=d104)),
        (None, None, "养殖户技术培训", "≥80人次"),
        (None, "（二）质量指标", "种蝎成活率", "≥90%"),
        (None, "（三）时效指标",
         mk("养蝎房验收合格率", "F201", "warning", row=True, note=f201), "≥95%"),
        (None, None, "推广任务完成时间", "2026年11月30日前"),
        ("二、成本指标", "（一）经济成本指标", "养蝎房建设补助标准", "≤1.5万元/间"),
        ("三、效益指标", "（一）经济效益指标", "参与户户均增收", "≥2000元"),
        (None, "（二）社会效益指标",
         mk("养殖户技术培训人次", "D103", "warning", row=True, alt=("D101",), note=d103),
         "≥80人次"),
        (None, None, "带动养殖户", "≥25户"),
        (None, "（三）可持续影响指标", "仿野生养殖技术规程", "建立并执行"),
        ("四、满意度指标", "（一）服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黄映秋", "0776-5819340", day(2026, 1, 16))
    return b


@variant(
    "eq05-scorpion-notes-correct",
    (4, 5),
    "one-year project, OLD-NAT, labels with * and abbreviated, a note row inside the "
    "table explaining a total, 填表说明 and a signature dated the year before (correct)",
)
def eq05() -> Book:
    b, s = book()
    project_head(s, year=2026, name="桐坪县蝎子人工繁育试验项目", dept=AGRI, unit=STATION,
                 attr="一次性项目", money=year_money(22, 22, 0),
                 goals=["引进种蝎3000条，分两批开展人工繁育试验，繁育仔蝎12万只，形成繁育技术"
                        "要点1套，为2027年全县推广积累技术数据。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("*产出", "数量", "种蝎引进数量", "≥3000条"),
        (None, None, "繁育仔蝎数量", "≥12万只"),
        (None, None, "繁育技术要点", "≥1套"),
        (None, "质量", "仔蝎成活率", "≥85%"),
        (None, "时效", "第二批繁育试验完成时间", "2026年10月31日前"),
        (None, "成本", "种蝎采购单价", "≤25元/条"),
    ])  # fmt: skip
    notes(s, "注：种蝎引进数量3000条为两批合计（5月1800条、9月1200条）。", width=4)
    s.table([
        ("*效益", "经济效益", "仔蝎外销收入", "≥6万元"),
        (None, "社会效益", "向养殖户提供仔蝎", "≥20户"),
        (None, "可持续影响", "繁育试验数据积累", "≥2批次"),
        ("*满意度", "服务对象满意度", "试点养殖户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.标*的一级指标为必填项；2.指标值应量化，不能量化的应分级表述。")
    sign(s, "韦晓岑", "0776-5823417", day(2025, 12, 18))
    return b


@variant("eq06-scorpion-department-money", (12,),
         "department, NAT-2021, key tasks with a 金额合计: the tasks do not add up, a cost "
         "standard times the count exceeds its task's money")  # fmt: skip
def eq06() -> Book:
    b, s = book()
    b102 = "任务金额60+50+45=155，金额合计写150（项目支出150）"
    b107 = "改造补助2.5万元/间 × 20间 = 50万元，超过蝎房改造任务的45万元"
    department_head(s, year=2026, dept=STATION,
                    budget=[(money(260), money(230), money(30), money(110), money(150))],
                    tasks=[("养蝎技术服务", "为鹤塘、石砚两地养殖户开展技术指导和蝎病防治",
                            money(60), "技术指导覆盖养殖户150户以上"),
                           ("种蝎保种", "保存东亚钳蝎良种群体，开展提纯复壮", money(50),
                            "保种群体2万条以上"),
                           ("蝎房改造", "改造老旧养蝎房20间", money(45), "改造蝎房越冬温度达标"),
                           ("金额合计", None, mk(money(150), "B102", "error", note=b102), None)],
                    goal="全年为150户以上养殖户提供技术服务，保存东亚钳蝎良种群体2万条以上，"
                         "改造老旧养蝎房20间。")  # fmt: skip
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "蝎房改造补助标准",
         mk("≤2.5万元/间", "B107", "warning", row=True, note=b107)),
        ("产出指标", "数量指标", "技术指导覆盖养殖户", "≥150户"),
        (None, None, "良种保种群体", "≥2万条"),
        (None, None, "改造老旧养蝎房", "≥20间"),
        (None, "质量指标", "蝎病防治技术到位率", "≥95%"),
        (None, "时效指标", "蝎房改造完成时间", "2026年10月31日前"),
        ("效益指标", "社会效益指标", "养殖户蝎病损失率", "≤5%"),
        (None, "可持续影响指标", "良种群体保存年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒙立川", "0776-5831092", day(2026, 1, 6))
    return b
