"""Returns on 残疾人康复救助 and 辅助器具适配 (rv01–rv06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout272.common import (
    FLAT,
    ONE,
    OPS,
    TWO,
    department,
    funds,
    indicators,
    notes,
    project,
    wan,
)
from tests.variants.holdout272.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("rv01-rehab-percent-cells", (1,), "project, OLD-NAT, operator and unit columns, "
         "percentages typed in Excel, 万元 only in the number format (correct)")  # fmt: skip
def rv01() -> Book:
    b, s = project(
        year=2025, name="0—6岁残疾儿童康复救助项目", dept="鹤汀县残疾人联合会（412001）",
        unit="鹤汀县残疾人康复服务中心", money=funds(186, 150, 36),
        goals=["为全县不少于240名0—6岁残疾儿童提供康复救助，在6家定点康复机构开展"
               "规范化康复训练，受助儿童康复训练有效率不低于80%。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "救助残疾儿童人数", "≥", 240, "人"),
        (None, None, "定点康复机构数量", "≥", 6, "家"),
        (None, "质量指标", "康复训练达标率", "≥", pct(0.85), "%"),
        (None, None, "康复评估建档率", "=", pct(1), "%"),
        (None, "时效指标", "救助资金拨付时限", "≤", 15, "工作日"),
        (None, "成本指标", "人均康复救助标准", "≤", 7500, "元/人"),
        ("效益指标", "社会效益指标", "受助儿童康复训练有效率", "≥", pct(0.8), "%"),
        (None, None, "康复训练安全事故发生数", "=", 0, "起"),
        (None, "可持续影响指标", "定点康复机构服务能力", "定性", "持续提升", None),
        ("满意度指标", "服务对象满意度指标", "受助儿童家长满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, OPS, rows)
    notes(s, "注：人均康复救助标准按县级残疾儿童康复救助办法执行，每人每年最高7500元。")
    return b


@variant("rv02-rehab-percent-wrong", (1, 11), "project, OLD-NAT, operator and unit columns, "
         "a typed percent above 100% and a 反向 rate with ≥")  # fmt: skip
def rv02() -> Book:
    b, s = project(
        year=2025, name="持证成年残疾人基本康复服务补贴", dept="榆泉区残疾人联合会（305002）",
        unit="榆泉区残疾人康复指导站", money=funds(96, 80, 16),
        goals=["为辖区不少于450名持证成年残疾人提供基本康复服务补贴，"
               "开展家庭医生上门康复指导，提升精准康复服务水平。"],
    )  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="覆盖率是占比，上限100%，单元格显示105%")
    against = mk("≥", "T108", "warning", row=True, note="投诉率是反向指标，应为≤")
    rows = [
        ("产出指标", "数量指标", "康复服务补贴人数", "≥", 450, "人"),
        (None, None, "上门康复指导人次", "≥", 1800, "人次"),
        (None, "质量指标", "精准康复服务覆盖率", "≥", over, "%"),
        (None, "时效指标", "补贴发放及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "人均康复服务补贴标准", "≤", 2000, "元/人"),
        ("效益指标", "社会效益指标", "受助残疾人功能改善率", "≥", pct(0.75), "%"),
        (None, None, "康复服务投诉率", against, pct(0.02), "%"),
        (None, "可持续影响指标", "社区康复服务网络", "定性", "逐步健全", None),
        ("满意度指标", "服务对象满意度指标", "受助残疾人满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, OPS, rows)
    return b


@variant("rv03-aids-flat-list", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), weights and a 合计 row of 100 (correct)")  # fmt: skip
def rv03() -> Book:
    tasks = [
        ("辅助器具适配服务", "为持证残疾人评估并适配轮椅、助行器、助听器等基本型辅助器具",
         wan(90), "适配不少于1300人"),
        ("辅助器具租赁回收", "开展器具租赁、回收、消毒和再利用", wan(30),
         "租赁器具逾期归还下降率达到10%以上"),
        ("适配评估人员培训", "培训乡镇（街道）适配评估员", wan(40), "提升基层适配评估能力"),
        ("金额合计", None, wan(160), None),
    ]  # fmt: skip
    b, s = department(
        year=2025, dept="澄岭县残疾人辅助器具资源中心",
        budget=[(wan(420), wan(380), wan(40), wan(260), wan(160))], tasks=tasks,
        goal="全年为不少于1300名残疾人适配辅助器具，上门评估不少于260户，提高适配服务质量。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table([
        ("辅助器具适配人数", 20, "人", "≥", 1300),
        ("上门评估服务户数", 10, "户", "≥", 260),
        ("适配评估及时率", 10, "%", "≥", 95),
        ("器具质量抽检合格率", 10, "%", "≥", pct(0.98)),
        ("人均适配补贴标准", 10, "元/人", "≤", 600),
        ("租赁器具逾期归还下降率", 10, "%", "≥", 10),
        ("适配后生活自理能力改善率", 15, "%", "≥", 80),
        ("适配对象满意度", 15, "%", "≥", 90),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    return b


@variant("rv04-aids-flat-defects", (3,), "department, flat list in another order (指标名称 · "
         "指标值 · 指标性质 as direction · 计量单位 · 权重): a unit conflict, a rate given as a "
         "count, weights adding to 95")  # fmt: skip
def rv04() -> Book:
    tasks = [
        ("辅助器具适配补贴", "为困难残疾人适配基本型辅助器具", wan(65), "适配不少于900人"),
        ("辅助器具维修服务", "开展轮椅、助行器等器具上门维修", wan(25), "维修不少于450件"),
        ("适配服务回访", "对适配对象开展电话和上门回访", wan(15), "及时掌握器具使用情况"),
        ("金额合计", None, wan(105), None),
    ]  # fmt: skip
    b, s = department(
        year=2025, dept="石坪区残疾人联合会",
        budget=[(wan(310), wan(290), wan(20), wan(205), wan(105))], tasks=tasks,
        goal="为不少于900名残疾人适配辅助器具，维修器具不少于450件，做好适配回访。",
    )  # fmt: skip
    unit = mk("≥450件", "T112", "error", row=True, note="值写件，计量单位列写人次")
    count = mk("≥320", "T105", "error", row=True, note="回访率给的是320人次，不是百分比")
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("辅助器具适配人数", "≥900", "正向", "人", 20),
        ("辅助器具维修件数", unit, "正向", "人次", 15),
        ("适配服务回访率", count, "正向", "人次", 10),
        ("器具质量抽检合格率", "≥98", "正向", "%", 10),
        ("人均适配补贴标准", "≤700", "反向", "元/人", 10),
        ("器具返修率", "≤3", "反向", "%", 10),
        ("适配后生活自理能力改善率", "≥80", "正向", "%", 10),
        ("适配对象满意度", "≥90", "正向", "%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+15+10×6 = 95，合计行却写100")
    return b


@variant("rv05-rehab-multi-year", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: counts differ, rates and a unit cost equal in both, a 2027 date in 中期 "
         "(correct)")  # fmt: skip
def rv05() -> Book:
    b, s = project(
        year=2025, years=3, name="精神障碍社区康复服务体系建设", attr="新增项目",
        dept="望川市残疾人联合会（417001）", unit="望川市精神残疾人及亲友协会",
        money=funds(180, 160, 20, period=(540, 480, 60)),
        goals=["2025—2027年在全市建成不少于30个精神障碍社区康复站，累计为不少于1800名"
               "患者提供社区康复服务，形成覆盖城乡的社区康复服务网络。",
               "2025年建成不少于12个社区康复站，为不少于600名患者提供社区康复服务，"
               "患者病情稳定率不低于80%。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "社区康复站建成数", "≥30个", "≥12个"),
        (None, None, "服务精神障碍患者人数", "≥1800人", "≥600人"),
        (None, "质量指标", "康复服务规范率", "≥95%", "≥95%"),
        (None, "时效指标", "康复站建设完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "社区康复站运营补助标准", "≤12万元/个", "≤12万元/个"),
        ("效益指标", "社会效益指标", "患者病情稳定率", "≥80%", "≥80%"),
        (None, "可持续影响指标", "社区康复服务网络", "健全", "初步建立"),
        ("满意度指标", "服务对象满意度指标", "患者及家属满意度", "≥90%", "≥90%"),
    ]
    indicators(s, TWO, rows)
    return b


@variant("rv06-aids-stacked-defects", (2, 11, 12), "two projects stacked, OLD-NAT, one value "
         "column: the second project's total is wrong and a waiting time takes ≥")  # fmt: skip
def rv06() -> Book:
    b, s = project(
        year=2025, name="基本型辅助器具免费适配项目", dept="岫宁县残疾人联合会（523001）",
        unit="岫宁县残疾人辅助器具服务站", money=funds(64, 58, 6),
        goals=["为不少于800名持证残疾人免费适配基本型辅助器具。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "免费适配辅助器具人数", "≥800人"),
        (None, "质量指标", "适配器具质量合格率", "≥98%"),
        (None, "时效指标", "适配服务完成时间", "2025年11月30日前"),
        (None, "成本指标", "人均适配费用", "≤750元/人"),
        ("效益指标", "社会效益指标", "受助残疾人生活自理能力改善率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "受助残疾人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(75), "B101", "error", row=True, note="财政拨款60 + 其他资金10 = 70，总额写75")
    wait = mk("≥10个工作日", "T108", "warning", row=True, note="等待时间越短越好，应为≤")
    project_head(
        s, year=2025, title="", name="听力残疾人助听器验配项目",
        dept="岫宁县残疾人联合会（523001）",
        unit="岫宁县残疾人康复服务中心", money=[["年度资金总额", total, "其中：财政拨款", wan(60)],
                                          ["其他资金", wan(10), None, None]],
        goals=["为不少于300名听力残疾人免费验配助听器并开展听觉言语康复训练。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "验配助听器人数", "≥300人"),
        (None, "质量指标", "验配效果评估达标率", "≥90%"),
        (None, "时效指标", "验配等待时间", wait),
        (None, "成本指标", "人均助听器验配补助", "≤2000元/人"),
        ("效益指标", "社会效益指标", "受助对象听觉言语能力提升率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "受助残疾人满意度", "≥92%"),
    ])  # fmt: skip
    notes(s, "填表人：韦秋岚　联系电话：0763-5208147")
    return b
