"""Rehabilitation for disabled children: kdt01–kdt06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout790.common import (
    book,
    gap,
    indicators,
    notes,
    one_year,
    periods,
    signature,
)
from tests.variants.holdout790.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "澄岭县残疾人联合会（318001）"
H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kdt01-rehab-percent",
    (1, 5),
    "project, NAT-2021, numbered tier labels, operator and unit columns, percent cells, "
    "a goal total with its parts in brackets (correct)",
)
def kdt01() -> Book:
    b, s = book()
    project_head(s, year=2025, name="0—6岁残疾儿童康复救助项目", dept=DEPT,
                 unit="澄岭县残疾人康复服务中心", money=one_year(360, 300, 60),
                 goals=["为全县0—6岁残疾儿童提供基本康复救助不少于240名（其中孤独症儿童60名、"
                        "听力言语残疾儿童50名、肢体和智力残疾儿童130名），"
                        "受助儿童康复训练有效率达到85%以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("一、产出指标", "（一）数量指标", "康复救助儿童人数", "≥", 240, "人"),
        (None, None, "孤独症儿童康复救助人数", "≥", 60, "人"),
        (None, "（二）质量指标", "康复训练有效率", "≥", pct(0.85), "%"),
        (None, None, "定点康复机构年度评估达标率", "=", pct(1), "%"),
        (None, "（三）时效指标", "救助申请审核办结时限", "≤", 15, "个工作日"),
        ("二、成本指标", "（一）经济成本指标", "康复救助补助标准", "≤", 1.5, "万元/人·年"),
        ("三、效益指标", "（一）社会效益指标", "受助儿童康复训练脱落率", "≤", pct(0.05), "%"),
        (None, "（二）可持续影响指标", "定点康复机构服务能力", "定性", "持续提升", None),
        ("四、满意度指标", "（一）服务对象满意度指标", "受助儿童家长满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "韦晓岚", "0793-6258417", day(2024, 11, 18, CN_DATE))
    return b


@variant(
    "kdt02-rehab-goal-mismatch",
    (12,),
    "project, OLD-NAT, one value column: money parts not adding to the total, the goal's "
    "count given otherwise by the indicator, a unit cost × count above the money",
)
def kdt02() -> Book:
    b, s = book()
    total = mk(400, "B101", "error", row=True,
               note="财政拨款 320 + 其他资金 60 = 380 ≠ 年度资金总额 400")  # fmt: skip
    project_head(s, year=2025, name="残疾儿童康复训练补助项目", dept=DEPT,
                 unit="澄岭县残疾人康复服务中心", money=one_year(total, 320, 60),
                 goals=["全年为300名持证残疾儿童提供康复训练补助，"
                        "在定点康复机构完成不少于10个月的系统训练。"])  # fmt: skip
    count = mk("≥260人", "D104", "warning", row=True,
               note="年度目标写300名，指标却是≥260人")  # fmt: skip
    cost = mk("≤1.6万元/人", "B107", "warning", row=True,
              note="1.6万元 × 260人 = 416万元，超过年度资金总额400万元")  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "康复训练补助儿童人数", count),
        (None, "质量指标", "康复训练有效率", "≥85%"),
        (None, "时效指标", "系统训练月数", "≥10个月"),
        (None, "成本指标", "康复训练补助标准", cost),
        ("效益指标", "社会效益指标", "受助儿童入园入学率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "受助儿童家长满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "韦晓岚", "0793-6258417", day(2024, 11, 20))
    return b


@variant(
    "kdt03-rehab-three-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: a year's count above the period's, "
    "a cumulative count copied, the 中期目标 text copied into 年度目标",
)
def kdt03() -> Book:
    b, s = book()
    goal = ("每年为不少于240名残疾儿童提供康复救助，培训基层康复人员，"
            "新建社区康复点，受助儿童康复训练有效率达到85%以上。")  # fmt: skip
    copied = mk(goal, "D204", "warning", note="三年期项目的年度目标与中期目标逐字相同")
    project_head(s, year=2025, years=3, name="残疾儿童社区康复能力提升项目", dept=DEPT,
                 unit="澄岭县残疾人康复服务中心", money=periods((900, 780, 120), (300, 260, 40)),
                 goals=[goal, copied])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "康复救助儿童人数", "≥720人", "≥240人"),
        (None, None, "培训基层康复人员人次", "≥150人次",
         mk("≥180人次", "D201", "error", note="一年的180人次超过三年的150人次")),
        (None, None, "新建社区康复点数", "≥12个",
         mk("≥12个", "D202", "warning", note="三年累计数照抄到年度列")),
        (None, "质量指标", "康复训练有效率", "≥85%", "≥85%"),
        (None, "时效指标", "救助资金拨付时限", "≤30个工作日", "≤30个工作日"),
        ("成本指标", "经济成本指标", "人均康复救助标准", "≤1.2万元/人·年", "≤1.2万元/人·年"),
        ("效益指标", "社会效益指标", "受助儿童入园入学率", "≥60%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "受助儿童家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kdt04-rehab-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
    "indicator with different values in each project (correct)",
)
def kdt04() -> Book:
    b, s = book()
    project_head(s, year=2025, name="孤独症儿童康复教育项目", dept=DEPT,
                 unit="澄岭县特殊教育学校", money=one_year(120, 100, 20),
                 goals=["为80名孤独症儿童提供全年康复教育，个别化训练计划全覆盖。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "孤独症儿童康复教育人数", "≥80人"),
        (None, "质量指标", "个别化训练计划制定率", "=100%"),
        (None, "时效指标", "康复教育开展月数", "≥10个月"),
        (None, "成本指标", "人均康复教育补助", "≤1.5万元/人"),
        ("效益指标", "社会效益指标", "受训儿童社交能力改善率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "受助儿童家长满意度", "≥90%"),
    ])  # fmt: skip
    gap(s)
    project_head(s, year=2025, name="听力言语残疾儿童康复项目", dept=DEPT, title="",
                 unit="澄岭县残疾人康复服务中心", money=one_year(90, 90, 0),
                 goals=["为45名听障儿童提供听觉言语康复训练，助听设备验配合格。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "听障儿童康复训练人数", "≥45人"),
        (None, "质量指标", "助听设备验配合格率", "≥95%"),
        (None, "时效指标", "救助审批时限", "≤20个工作日"),
        (None, "成本指标", "人均康复训练补助", "≤2万元/人"),
        ("效益指标", "社会效益指标", "听障儿童言语能力提升率", "≥75%"),
        ("满意度指标", "服务对象满意度指标", "受助儿童家长满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant(
    "kdt05-rehab-content-standard",
    (7, 5),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, abbreviated tier-2 labels: a "
    "near-duplicate with another value, a timeliness rate under 质量",
)
def kdt05() -> Book:
    b, s = book()
    project_head(s, year=2025, name="残疾儿童定点康复机构服务提升项目", dept=DEPT,
                 unit="澄岭县残疾人康复服务中心", money=one_year(150, 150, 0),
                 goals=["对全县6家残疾儿童定点康复机构给予运营补助，规范康复训练。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量", "补助定点康复机构数", "≥6家"),
        (None, "质量", "康复训练达标率", "≥80%"),
        (None, None, "康复训练目标达标率",
         mk("≥85%", "D103", "warning", row=True, alt=("D102", "D101"),
            note="与上一行“康复训练达标率 ≥80%”是同一指标，只多一词，值却不同")),
        (None, None, mk("康复评估报告出具及时率", "F201", "warning", row=True,
                        note="及时率是时效指标，填在质量下"), "≥95%"),
        (None, "时效", "运营补助拨付完成时间", "2025年9月30日前"),
        (None, "成本", "机构运营补助标准", "≤25万元/家"),
        ("效益指标", "社会效益", "机构康复服务规范化水平", "有效提升"),
        ("满意度指标", "服务对象满意度", "受训儿童家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kdt06-rehab-second-sheet",
    (7, 4),
    "project head on the first sheet, OLD-NAT indicator table on a second sheet under "
    "预期实现值, a later year the work prepares for, notes and signature below (correct)",
)
def kdt06() -> Book:
    b, s = book("项目基本信息")
    project_head(s, year=2025, name="残疾儿童康复需求筛查项目", dept=DEPT,
                 unit="澄岭县妇幼保健院", money=one_year(80, 60, 20),
                 goals=["完成全县0—6岁儿童残疾筛查6000人，建立康复需求档案，"
                        "为2026年全县推行康复服务评估积累经验。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("2025年度残疾儿童康复需求筛查项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "筛查0—6岁儿童人数", "≥6000人"),
        (None, None, "建立康复需求档案份数", "≥200份"),
        (None, "质量指标", "筛查结果复核准确率", "≥95%"),
        (None, "时效指标", "筛查完成时间", "2025年10月31日前"),
        (None, "成本指标", "人均筛查成本", "≤120元/人"),
        ("效益指标", "社会效益指标", "疑似残疾儿童转介率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受筛查儿童家长满意度", "≥90%"),
    ])  # fmt: skip
    notes(t, "注：筛查人数按各乡镇卫生院上报数汇总，档案份数不含往年已建档儿童。",
          "填表说明：定量指标填写比较符、数值和单位；定性指标填写等级。", width=4)  # fmt: skip
    signature(t, "蒙丽霞", "0793-6251096", day(2024, 12, 2))
    return b
