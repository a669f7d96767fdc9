"""Department tables of civil affairs bureaus: budget rows, 年度主要任务 with money and a 金额合计,
points at two levels, a flat list in 元 (ra07–ra12)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout251.common import ONE, book, indicators, note, sign, wan
from tests.variants.holdout251.registry import variant
from tests.variants.kit import YUAN, Book, C, mk, money, pct

GOAL = "保障困难群众和老年人、残疾人基本生活，健全基本养老服务体系，推进殡葬惠民。"
SCORED = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("ra07-department-tasks", (10, 12), "department, NAT-2021, tasks adding up to 项目支出, "
         "a standard × persons × months equal to its task, a rise in 百分点, 98% stored as 0.98 "
         "(correct)")  # fmt: skip
def ra07() -> Book:
    b, s = book("部门整体", (18, 20, 30, 18, 18, 16))
    department_head(
        s, year=2027, dept="云栖县民政局",
        budget=[(wan(3286.5), wan(3106.5), wan(180), wan(642.3), wan(2644.2))],
        tasks=[("养老服务补贴", "经济困难失能老人护理补贴0.6万人", wan(864), "按月足额发放"),
               ("社区居家养老服务", "运营社区养老服务站12个", wan(596.4), "服务站正常运营"),
               ("残疾人两项补贴", "生活补贴和护理补贴", wan(712.8), "应补尽补"),
               ("殡葬惠民", "基本殡葬服务费用减免", wan(186), "减免全覆盖"),
               ("困难群众临时救助", "急难型、支出型临时救助", wan(285), "及时救助"),
               ("金额合计", None, wan(2644.2), None)],
        goal=GOAL,
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "失能老人护理补贴发放人数", "≥0.6万人"),
        (None, None, "社区养老服务站运营数量", "≥12个"),
        (None, None, "殡葬费用减免人数", "≥1500人"),
        (None, "质量指标", "补贴对象信息比对准确率", pct(0.98)),
        (None, "时效指标", "补贴资金拨付及时率", "≥95%"),
        ("成本指标", "经济成本指标", "失能老人护理补贴标准", "≤120元/人·月"),
        ("效益指标", "社会效益指标", "养老机构护理型床位占比提高", "≥3百分点"),
        (None, None, "困难群众救助政策知晓率", "≥90%"),
        (None, "可持续影响指标", "基本养老服务体系", "持续完善"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "阮思齐", "卓一凡", "0598-73620418")
    return b


@variant("ra08-department-money-wrong", (12,), "department, NAT-2021: 资金总额 ≠ 财政拨款 + "
         "其他资金, tasks not adding to 金额合计")  # fmt: skip
def ra08() -> Book:
    b, s = book("部门整体", (18, 20, 30, 18, 18, 16))
    department_head(
        s, year=2026, dept="黎塘县民政局",
        budget=[(mk(wan(2450), "B101", "error", row=True, note="2300 + 120 = 2420"), wan(2300),
                 wan(120), wan(610), wan(1840))],
        tasks=[("高龄津贴", "80周岁以上老人高龄津贴", wan(520), "按月发放"),
               ("居家养老服务", "购买居家上门服务", wan(436), "服务12万人次"),
               ("残疾人两项补贴", "生活补贴和护理补贴", wan(612), "应补尽补"),
               ("殡葬惠民", "基本殡葬服务费用减免", wan(158), "减免全覆盖"),
               ("困难群众救助", "临时救助", wan(124), "及时救助"),
               ("金额合计", None, mk(wan(1840), "B102", "error", row=True,
                                      note="the tasks add up to 1850"), None)],
        goal=GOAL,
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "高龄津贴发放人数", "≥0.4万人"),
        (None, None, "居家养老上门服务人次", "≥12万人次"),
        (None, "质量指标", "补贴发放准确率", "≥98%"),
        (None, "时效指标", "临时救助审批办结时限", "≤15个工作日"),
        ("成本指标", "经济成本指标", "居家上门服务单价", "≤35元/人次"),
        ("效益指标", "社会效益指标", "特困人员集中供养率提高", "≥2百分点"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "聂秋白", "戚望舒", "0774-33018267")
    return b


@variant("ra09-department-points", (5, 10, 12), "department, NAT-2021, tier-1 labels with "
         "points and an indicator 分值 column adding to them and to 100, tasks adding up "
         "(correct)")  # fmt: skip
def ra09() -> Book:
    b, s = book("Sheet1", (20, 18, 30, 18, 12, 12))
    department_head(
        s, year=2026, dept="临川市民政局",
        budget=[(wan(2360), wan(2240), wan(120), wan(740), wan(1620))],
        tasks=[("养老服务补贴", "经济困难老年人养老服务补贴0.25万人", wan(600), "按月发放"),
               ("残疾人两项补贴", "生活补贴和护理补贴", wan(640), "应补尽补"),
               ("困难群众救助", "临时救助和特困供养", wan(380), "应救尽救"),
               ("金额合计", None, wan(1620), None)],
        goal=GOAL,
    )  # fmt: skip
    indicators(s, SCORED, [
        ("一、产出指标（40分）", "数量指标", "养老服务补贴发放人数", "≥0.25万人", 10),
        (None, None, "两项补贴发放人数", "≥0.5万人", 10),
        (None, "质量指标", "补贴对象认定准确率", "≥98%", 10),
        (None, "时效指标", "补贴按月发放及时率", "≥95%", 10),
        ("二、成本指标（20分）", "经济成本指标", "养老服务补贴标准", "≤200元/人·月", 10),
        (None, None, "临时救助平均标准", "≤1200元/人次", 10),
        ("三、效益指标（30分）", "社会效益指标", "困难群众救助政策知晓率", "≥90%", 10),
        (None, None, "低保对象就业帮扶率提高", "≥3百分点", 10),
        (None, "可持续影响指标", "社会救助信息共享机制", "健全", 10),
        ("四、满意度指标（10分）", "服务对象满意度指标", "救助对象满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：各一级指标分值为其下三级指标分值之和，合计100分。")
    return b


@variant("ra10-department-points-wrong", (10,), "department, NAT-2021, tier-1 labels with "
         "points: the 效益 points under it add to 25, a count of 助餐点 given as a "
         "percentage")  # fmt: skip
def ra10() -> Book:
    b, s = book("Sheet1", (20, 18, 30, 18, 12, 12))
    department_head(
        s, year=2026, dept="石埭县民政局",
        budget=[(wan(1580), wan(1500), wan(80), wan(520), wan(1060))],
        tasks=[("社区老年助餐服务", "新增助餐点并给予运营补贴", wan(300), "就餐便利"),
               ("居家养老服务", "购买居家上门服务", wan(460), "服务8万人次"),
               ("殡葬惠民", "基本殡葬服务费用减免", wan(300), "减免全覆盖"),
               ("金额合计", None, wan(1060), None)],
        goal=GOAL,
    )  # fmt: skip
    s.row(*SCORED)
    s.table([
        ("产出指标（40分）", "数量指标", "新增社区老年助餐点数量",
         mk("≥15%", "T120", "warning", row=True, note="a count: ≥15个 meant"), 10),
        (None, None, "居家上门服务人次", "≥8万人次", 10),
        (None, "质量指标", "助餐点食品安全检查合格率", "≥98%", 10),
        (None, "时效指标", "助餐补贴按季拨付及时率", "≥95%", 10),
        ("成本指标（20分）", "经济成本指标", "助餐点运营补贴标准", "≤10万元/个", 10),
        (None, None, "居家上门服务单价", "≤40元/人次", 10),
        (mk("效益指标（30分）", "W103", "error", row=True, note="10 + 10 + 5 = 25"),
         "社会效益指标", "老年人助餐服务覆盖率提高", "≥5百分点", 10),
        (None, None, "惠民殡葬政策知晓率", "≥90%", 10),
        (None, "可持续影响指标", "助餐服务长效运营机制", "健全", 5),
        ("满意度指标（10分）", "服务对象满意度指标", "服务对象满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the indicator points add up to 95")
    sign(s, "宓晨阳", "简若溪", "0566-41927305")
    return b


@variant("ra11-department-yuan-flat", (3, 12), "department in 元 with the unit in the number "
         "format, tasks adding up to 项目支出, a flat list with a unit column and weights adding "
         "to 100, a count in 万人次 (correct)")  # fmt: skip
def ra11() -> Book:
    b, s = book("Sheet1", (26, 18, 18, 18, 18, 18))

    def y(v: float) -> C:
        return money(v, YUAN)

    s.title("2026年度部门整体支出绩效目标表", 6)
    s.row("部门（单位）名称", "澜沧市民政局", None, "填报日期", "2025年11月18日", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("年度预算（元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(None, y(8465200), y(8165200), y(300000), y(2315200), y(6150000))
    s.row("年度主要任务", "任务名称", "预算金额（元）", "期望达到的目标", None, None,
          merge=[(4, 6)])  # fmt: skip
    for task, amount, aim in [("困难群众临时救助", 2400000, "临时救助1600人次"),
                              ("社区居家养老助餐服务", 1650000, "助餐服务5.5万人次"),
                              ("残疾人两项补贴市级配套", 1380000, "应补尽补"),
                              ("惠民殡葬", 720000, "基本殡葬服务费用减免"),
                              ("金额合计", 6150000, None)]:  # fmt: skip
        s.row(None, task, y(amount), aim, merge=[(4, 6)])
    s.row("年度总体目标", GOAL, merge=[(2, 6)])
    s.skip()
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("临时救助人次", "≥1600", "人次", 15), ("老年助餐服务人次", "≥5.5", "万人次", 15),
        ("两项补贴按月足额发放率", "≥98", "%", 15), ("临时救助审批办结时限", "≤10", "个工作日", 10),
        ("临时救助平均标准", "≤1500", "元/人次", 10), ("助餐补贴标准", "≤3", "元/人次", 10),
        ("节地生态安葬率提高", "≥2", "百分点", 10), ("困难群众救助政策知晓率", "≥90", "%", 5),
        ("服务对象满意度", "≥90", "%", 10),
    ])  # fmt: skip
    note(s, "注：金额单位为元；权重合计100。")
    return b


@variant("ra12-department-task-magnitude", (9, 12), "department, NAT-2021: one task amount "
         "typed in 元 inside the 万元 block, a number in the indicator name that the value "
         "contradicts")  # fmt: skip
def ra12() -> Book:
    b, s = book("Sheet1", (18, 20, 30, 18, 18, 16))
    department_head(
        s, year=2026, dept="苍梧区民政局",
        budget=[(wan(1420), wan(1360), wan(60), wan(450), wan(970))],
        tasks=[("高龄津贴", "80周岁以上老人高龄津贴", wan(286.56), "按月发放"),
               ("居家养老服务补贴", "购买居家上门服务",
                mk(wan(1850000), "B110", "error", note="185万元 typed in 元"), "服务5万人次"),
               ("残疾人两项补贴", "生活补贴和护理补贴", wan(402), "应补尽补"),
               ("殡葬惠民", "基本殡葬服务费用减免", wan(96.44), "减免全覆盖"),
               ("金额合计", None, wan(970), None)],
        goal=GOAL,
    )  # fmt: skip
    b.file_mark("B102", "error", required=False, note="follows from the 10 000× task")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "高龄津贴发放人数", "≥0.2万人"),
        (None, None, "新建农村互助幸福院20个",
         mk("≥15个", "T110", "warning", row=True, note="20 in the name, 15 in the value")),
        (None, "质量指标", "补贴发放准确率", "≥98%"),
        (None, "时效指标", "补贴资金拨付及时率", "≥95%"),
        ("成本指标", "经济成本指标", "居家上门服务单价", "≤37元/人次"),
        ("效益指标", "社会效益指标", "节地生态安葬率提高", "≥2百分点"),
        (None, "可持续影响指标", "互助养老服务机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "帅北辰", "计婉清", "0774-65208193")
    return b
