"""Tables with more columns: 中期 and 年度 value columns, an operator column (headed 指标性质)
and a unit column, a direction column with points, and flat department lists with weights
(qm07–qm12, qm16)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout237.common import (
    ONE,
    OPS,
    TWO,
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout237.registry import variant
from tests.variants.kit import Book, mk, ok, pct

FLAT = ("序号", "指标名称", "指标方向", "计量单位", "指标值", "权重")


@variant("qm07-employment-period-annual", (5, 8), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: an annual count above its period count, a cumulative count equal in both, "
         "a count of posts given as a percentage")  # fmt: skip
def qm07() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="稳就业促创业专项资金项目",
        dept="桐溪市人力资源和社会保障局（401）", unit="桐溪市就业创业服务中心",
        money=period_money((wan(8400), wan(7800), wan(600)), (wan(2800), wan(2600), wan(200))),
        goals=["三年内稳定扩大就业规模，城镇调查失业率控制在5.5%以内，重点群体就业保持稳定。",
               "2026年落实各项就业补贴政策，开展职业技能培训，开发公益性岗位托底安置就业困难人员。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("一、产出指标", "数量指标", "城镇新增就业人数", "≥12000人",
         mk("≥15000人", "D201", "error", row=True, note="annual above the three-year total")),
        (None, None, "开展职业技能培训人次", "≥6000人次",
         mk("≥6000人次", "D202", "warning", row=True, note="a cumulative count, three years")),
        (None, None, "开发公益性岗位数量",
         mk("≥95%", "T120", "warning", row=True, note="a number of posts, not a share"), "≥95%"),
        (None, "质量指标", "就业补贴发放准确率", "≥98%", "≥98%"),
        (None, "时效指标", "补贴资金拨付时限", "≤30个工作日", "≤30个工作日"),
        ("二、成本指标", "经济成本指标", "公益性岗位补贴标准", "≤1800元/人·月", "≤1800元/人·月"),
        ("三、效益指标", "社会效益指标", "城镇调查失业率", "≤5.5%", "≤5.5%"),
        (None, "可持续影响指标", "公共就业服务体系", "健全", "健全"),
        ("四、满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "吕清和", "方雨桐", "0718-83306142")
    return b


@variant("qm08-training-operator-column", (8, 10), "three-year project, NAT-2021, an operator "
         "column headed 指标性质, 中期 and 年度 bare numbers and a unit column: a 取证率 "
         "change in 百分点, a unit cost equal in both columns, costs within both budgets "
         "(correct)")  # fmt: skip
def qm08() -> Book:
    b, s = book("绩效目标", (14, 16, 30, 10, 14, 14, 12))
    project_head(
        s, year=2026, years=3, name="职业技能提升行动项目",
        dept="柳泉县人力资源和社会保障局（207）", unit="柳泉县职业技能培训指导中心",
        money=period_money((wan(1560), wan(1440), wan(120)), (wan(520), wan(480), wan(40))),
        goals=["2026年—2028年累计开展补贴性职业技能培训8400人，新增高技能人才900人，技能人才"
               "占就业人员比例达到28%。",
               "2026年开展补贴性职业技能培训2800人，新增高技能人才300人，培训合格率90%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "中期指标值", "年度指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "职业技能补贴性培训人数", "≥", 8400, 2800, "人"),
        (None, None, "新增高技能人才", "≥", 900, 300, "人"),
        (None, "质量指标", "培训合格率", "≥", 90, 90, "%"),
        (None, None, "职业资格取证率较上年提高", "≥", 6, 2, "百分点"),
        (None, "时效指标", "培训补贴审核时限", "≤", 20, 20, "个工作日"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤", 1800, 1800, "元/人"),
        ("效益指标", "社会效益指标", "参训人员就业率", "≥", 65, 65, "%"),
        (None, "可持续影响指标", "技能人才占就业人员比例", "≥", 28, 26, "%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", 90, 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：指标性质栏填写比较符；中期指标值为2026—2028年累计或期末值。", 7)
    sign(s, "贺临川", "詹婉清", "0728-55173096")
    return b


@variant("qm09-home-care-unit-column", (11, 12), "one-year project, NAT-2021, operator and unit "
         "columns: a monthly standard × people above the money, a value unit against the unit "
         "column, a 投诉率 with ≥")  # fmt: skip
def qm09() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="政府购买居家养老服务项目", dept="枫桥县民政局（109）",
        unit="枫桥县养老服务中心", money=one_year_money(wan(680), wan(600), wan(80)),
        goals=["2026年为经济困难的失能、高龄老年人2000人购买居家养老服务，按每人每月400元"
               "标准提供助餐、助洁、助医等上门服务，建设家庭养老床位300张。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "政府购买居家养老服务对象人数", "≥", 2000, "人"),
        (None, None, "家庭养老床位建设数量", "≥",
         mk("300户", "T112", "error", note="户 in the value, 张 in the unit column"), "张"),
        (None, "质量指标", "服务工单按时完成率", "≥", 95, "%"),
        (None, "时效指标", "服务需求响应时间", "≤", 24, "小时"),
        ("成本指标", "经济成本指标", "居家养老服务补贴标准", "≤",
         mk(400, "B107", "warning", row=True, note="400 × 2000 × 12 = 960万 > 680万"),
         "元/人·月"),
        ("效益指标", "社会效益指标", "服务投诉率",
         mk("≥", "T108", "warning", row=True, note="a 投诉率 is 反向"), 2, "%"),
        (None, "可持续影响指标", "居家养老服务站点持续运营率", "≥", 90, "%"),
        ("满意度指标", "服务对象满意度指标", "老年人满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "郑晚晴", "袁叔平", "0577-64428815")
    return b


@variant("qm10-civil-affairs-flat-list", (3, 4, 10, 12), "department table, tasks adding up to "
         "项目支出, a flat list with direction, unit and weights adding to 100: a 比例 change in "
         "百分点, =0 cases, 反向 with ≤ (correct)")  # fmt: skip
def qm10() -> Book:
    b, s = book("部门整体绩效目标")
    department_head(
        s, year=2026, dept="望川县民政局",
        budget=[(wan(7400), wan(7100), wan(300), wan(1500), wan(5900))],
        tasks=[("城乡最低生活保障", "按月发放城乡低保金，开展家庭经济状况核对和动态管理", wan(4100),
                "应保尽保、按时足额发放"),
               ("特困人员救助供养", "落实特困人员基本生活和照料护理补贴", wan(1200), "应养尽养"),
               ("临时救助", "对遭遇急难的家庭和个人及时实施临时救助", wan(600), "及时救助"),
               ("金额合计", None, wan(5900), None)],
        goal="2026年保障城乡低保对象6800人、特困人员1100人基本生活，临时救助1500人次以上，"
             "低保对象错保率控制在1%以内。",
    )  # fmt: skip
    s.row(*FLAT)
    s.table([
        (1, "城乡低保保障人数", "正向", "人", "≥6800", 15),
        (2, "特困人员救助供养人数", "正向", "人", "≥1100", 10),
        (3, "临时救助人次", "正向", "人次", "≥1500", 10),
        (4, "低保金按月足额发放率", "正向", "%", "≥99", 15),
        (5, "低保对象错保率", "反向", "%", "≤1", 10),
        (6, "农村低保标准占城市低保标准比例提高", "正向", "百分点", "≥2", 10),
        (7, "违规发放救助资金案件", "反向", "起", "=0", 10),
        (8, "临时救助审批时限", "反向", "个工作日", "≤10", 10),
        (9, "救助对象满意度", "正向", "%", "≥90", 10),
    ])  # fmt: skip
    note(s, "注：本表指标值均为2026年度目标，权重合计100。")
    sign(s, "骆怀瑾", "邵秋池", "0734-29061178")
    return b


@variant("qm11-graduate-direction-points", (1, 5, 10, 11), "one-year project, NAT-2021, labels "
         "产出指标（50分）, a direction column and points per indicator: a typed 95%, a 留用率 "
         "change in 百分点, 反向 time and cost with ≤, standard × people within "
         "(correct)")  # fmt: skip
def qm11() -> Book:
    b, s = book("Sheet1", (18, 18, 30, 16, 10, 10))
    project_head(
        s, year=2026, name="高校毕业生就业见习补贴项目", dept="岚溪市人力资源和社会保障局（302）",
        unit="岚溪市人才服务中心", money=one_year_money(wan(380), wan(320), wan(60)),
        goals=["2026年组织离校未就业高校毕业生和16—24岁失业青年250人参加就业见习，举办专场招聘会"
               "24场，离校未就业高校毕业生就业率达到90%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标方向", "分值"), [
        ("产出指标（50分）", "数量指标", "组织就业见习人数", "≥250人", "正向", 10),
        (None, None, "举办高校毕业生专场招聘会场次", "≥24场", "正向", 10),
        (None, "质量指标", "见习单位资质审核合格率", pct(0.95), "正向", 10),
        (None, None, "见习期满留用率较上年提高", "≥3百分点", "正向", 10),
        (None, "时效指标", "见习补贴审核发放时限", "≤20个工作日", "反向", 10),
        ("成本指标（10分）", "经济成本指标", "就业见习补贴标准", "≤1200元/人·月", "反向", 10),
        ("效益指标（30分）", "社会效益指标", "离校未就业高校毕业生就业率", "≥90%", "正向", 15),
        (None, "可持续影响指标", "就业见习基地稳定运营率", "≥90%", "正向", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "见习人员满意度", "≥90%", "正向", 10),
    ])  # fmt: skip
    note(s, "注：一级指标后括号内为该类指标分值，各三级指标分值之和等于所属一级指标分值。")
    sign(s, "冯知秋", "严墨池", "0746-38250714")
    return b


@variant("qm12-labour-flat-weights", (3, 4), "department table, a flat list with unit, "
         "direction and weights: weights adding up to 95, a 成功率 given as people, a "
         "completion date in the next year")  # fmt: skip
def qm12() -> Book:
    b, s = book("部门整体支出绩效目标")
    department_head(
        s, year=2026, dept="崇岭县人力资源和社会保障局",
        budget=[(wan(8450), wan(8100), wan(350), wan(1650), wan(6800))],
        tasks=[("就业补助", "落实各项就业补贴和公益性岗位托底安置", wan(4200), "就业局势稳定"),
               ("职业技能培训", "开展补贴性职业技能培训和技能鉴定", wan(1800), "提升劳动者技能"),
               ("人才服务", "高校毕业生就业服务和人才引进", wan(800), "人才引得进、留得住"),
               ("金额合计", None, wan(6800), None)],
        goal="2026年城镇新增就业8000人以上，开展补贴性职业技能培训5000人次以上，城镇调查失业率"
             "控制在5.5%以内。",
    )  # fmt: skip
    s.row("序号", "指标名称", "计量单位", "指标方向", "指标值", "权重")
    s.table([
        (1, "城镇新增就业人数", "人", "正向", "≥8000", 15),
        (2, "职业技能补贴性培训人次", "人次", "正向", "≥5000", 15),
        (3, "职业介绍成功率", "人", "正向",
         mk("≥3200", "T105", "error", row=True, note="a 成功率 in 人"), 10),
        (4, "城镇调查失业率", "%", "反向", "≤5.5", 15),
        (5, "就业补助资金发放准确率", "%", "正向", "≥98", 10),
        (6, "补贴资金清算完成时间", "—", "反向",
         mk("2027年1月31日前", "Y102", "error", note="a 2026 table, a 2027 date"), 10),
        (7, "高技能人才占技能人才比例提高", "百分点", "正向", "≥1", 10),
        (8, "服务对象满意度", "%", "正向", "≥90", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="15 + 15 + 10 + 15 + 10 + 10 + 10 + 10 = 95")
    note(s, "注：指标值为2026年度目标。")
    sign(s, "钟望舒", "黎景行", "0766-31148829")
    return b


@variant("qm16-subsistence-department-shares", (1, 4, 5, 12), "department table with a row of "
         "shares that match the amounts, tasks adding up to 项目支出, numbered labels, a typed "
         "100%, a footnote citing last year's standard (correct)")  # fmt: skip
def qm16() -> Book:
    b, s = book("部门整体绩效目标")
    department_head(
        s, year=2026, dept="南坪县民政局",
        budget=[(wan(6000), wan(5700), wan(300), wan(1200), wan(4800)),
                (pct(1), pct(0.95), pct(0.05), pct(0.2), pct(0.8))],
        tasks=[("城乡最低生活保障", "按月发放低保金，开展动态管理", wan(3300), "应保尽保"),
               ("特困人员救助供养", "落实特困人员基本生活补贴", wan(1000), "应养尽养"),
               ("临时救助", "及时救助急难家庭和个人", wan(500), "救急解难"),
               ("金额合计", None, wan(4800), None)],
        goal="2026年保障城乡低保对象5600人、特困人员900人基本生活，低保标准较上年提高3%以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("一、产出指标", "（一）数量指标", "城乡低保保障人数", "≥5600人"),
        (None, None, "特困人员救助供养人数", "≥900人"),
        (None, "（二）质量指标", "低保对象认定准确率", "≥98%"),
        (None, "（三）时效指标", "临时救助审批时限", "≤10个工作日"),
        ("二、成本指标", "（一）经济成本指标", "城乡低保月人均补差", "≤440元/人·月"),
        ("三、效益指标", "（一）社会效益指标", "城乡低保标准较上年提高", "≥3%"),
        (None, None, "低保对象错保漏保率", "≤1%"),
        (None, "（二）可持续影响指标", "社会救助服务平台乡镇覆盖率", pct(1)),
        ("四、满意度指标", "（一）服务对象满意度指标", "救助对象满意度", "≥90%"),
    ])  # fmt: skip
    base = "注：1.城乡低保标准以2025年12月县人民政府公布的标准为基数；2.本表指标值均为年度目标。"
    note(s, ok(base, note="last year's standard as a base"))
    sign(s, "华若水", "郁青禾", "0768-51182937", ok("2025年11月18日"))
    return b
