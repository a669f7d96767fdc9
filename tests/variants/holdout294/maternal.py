"""Returns sr07–sr12: 孕产妇健康管理 (tier labels, multi-year projects, department money)."""

from __future__ import annotations

from tests.variants.holdout294.common import (
    T6,
    YEAR,
    book,
    department,
    funds,
    funds_period,
    note,
    project,
    sign,
    table,
    wan,
)
from tests.variants.holdout294.registry import variant
from tests.variants.kit import Book, day, mk

PTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")

SR07 = [
    ("一、产出指标（50分）", "1.数量指标", "早孕建册人数", "≥2400人", 10),
    (None, None, "产后访视人数", "≥2300人", 10),
    (None, "2.质量指标", "★孕产妇系统管理率", "≥90%", 10),
    (None, None, "高危孕产妇专案管理率", "=100%", 10),
    (None, "3.时效指标", "产后访视按期完成率", "≥85%", 10),
    ("二、成本指标（10分）", "1.经济成本指标", "孕产妇健康管理人均补助", "≤400元/人", 10),
    ("三、效益指标（30分）", "1.社会效益指标", "住院分娩率", "≥99%", 10),
    (None, None, "高危孕产妇早期识别比例提高", "≥2百分点", 10),
    (None, "2.可持续影响指标", "孕产期保健信息系统应用", "持续使用", 10),
    ("四、满意度指标（10分）", "1.服务对象满意度指标", "孕产妇满意度", "≥90%", 10),
]


@variant(
    "sr07-maternal-points-labels",
    (5, 10),
    "project, NAT-2021, numbered tier labels with "
    "points and an indicator score column adding up both ways, ★ core indicator (correct)",
)
def sr07() -> Book:
    b, s = book()
    project(
        s,
        "孕产妇健康管理服务",
        "棠梨县卫生健康局 226",
        "棠梨县妇幼保健院",
        funds(wan(96), wan(90), wan(6)),
        ["为全县2400名孕产妇建立保健手册，提供孕期检查和产后访视，保障母婴安全。"],
    )
    table(s, PTS, SR07)
    note(s, "注：一级指标分值合计100分，与各三级指标分值之和相同；带★的为核心指标。")
    sign(s, "樊沁雪", "0738-2216735", day(YEAR - 1, 12, 11))
    return b


SR08 = [
    ("*产出", "数量", "产前筛查人数", "≥3000人"),
    (None, None, "产前诊断人数", "≥240人"),
    (None, "质量", "★产前筛查率", "≥85%"),
    (None, None, "产前诊断报告符合率", "≥98%"),
    (None, "成本", "产前筛查人均补助", "≤150元/人"),
    ("*效益", "社会效益", "孕妇产前筛查知晓率", "≥90%"),
    (None, mk("时效", "F105", "error", note="时效 belongs under 产出, not under 效益"),
     "筛查高风险孕妇产前诊断完成率", "≥90%"),
    (None, None, "高风险结果告知时限",
     mk("100%", "T113", "warning", note="a time limit given as a percentage")),
    ("*满意度", "服务对象满意度", "孕妇满意度", "≥90%"),
]  # fmt: skip


@variant(
    "sr08-prenatal-tier-wrong",
    (5,),
    "project, OLD-NAT, abbreviated labels with * marks "
    "and ★: a tier-2 under the wrong tier-1 and a time limit given as a percentage",
)
def sr08() -> Book:
    b, s = book()
    project(
        s,
        "孕妇产前筛查与产前诊断",
        "鹤汀县卫生健康局 417",
        "鹤汀县妇幼保健院",
        funds(wan(45), wan(42), wan(3)),
        ["为全县3000名孕妇提供唐氏综合征等产前筛查，高风险孕妇及时产前诊断。"],
    )
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), SR08)
    return b


SR09 = [
    ("产出指标", "数量指标", "高危孕产妇专案管理人数", "≥2700人", "≥900人"),
    (None, None, "产科急救技能培训人次", "≥450人次", "≥150人次"),
    (None, "质量指标", "高危孕产妇专案管理率", "=100%", "=100%"),
    (None, None, "危重孕产妇救治成功率", "≥98%", "≥98%"),
    (None, "时效指标", "危重孕产妇转诊响应时间", "≤30分钟", "≤30分钟"),
    ("成本指标", "经济成本指标", "高危孕产妇人均救治补助", "≤1200元/人", "≤1200元/人"),
    ("效益指标", "社会效益指标", "乡镇危重孕产妇转诊网络覆盖率", "≥95%", "≥80%"),
    (None, "可持续影响指标", "危重孕产妇救治中心运行", "长效运行", "正常运行"),
    ("满意度指标", "服务对象满意度指标", "救治孕产妇满意度", "≥90%", "≥90%"),
]
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "sr09-high-risk-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: counts a third of the period, rates and unit costs equal (correct)",
)
def sr09() -> Book:
    b, s = book()
    project(
        s,
        "高危孕产妇救治能力提升",
        "芷阳区卫生健康局 118",
        "芷阳区妇幼保健院",
        funds_period((wan(360), wan(330), wan(30)), (wan(120), wan(110), wan(10))),
        [
            "三年内完成2700名高危孕产妇专案管理，建成覆盖全区的危重孕产妇转诊救治网络。",
            "当年完成900名高危孕产妇专案管理，培训产科急救人员150人次。",
        ],
        years=3,
        attr="新增项目",
    )
    table(s, PERIOD, SR09)
    return b


GOAL10 = "为孕妇提供叶酸增补和孕期营养指导，降低营养性贫血发生。"
SR10 = [
    ("产出指标", "数量指标", "孕妇叶酸增补人数", "≥6000人", mk("≥6000人", "D202", "warning",
     note="a two-year cumulative count copied into the annual column")),
    (None, None, "孕期营养门诊服务人次", "≥8000人次", mk("≥9000人次", "D201", "error",
     note="the annual count is above the two-year count")),
    (None, "质量指标", "叶酸服用依从率", "≥85%", "≥85%"),
    (None, "时效指标", "叶酸发放及时率", "≥95%", "≥95%"),
    ("成本指标", "经济成本指标", "人均叶酸及营养指导费用", "≤40元/人", "≤40元/人"),
    ("效益指标", "社会效益指标", "孕期贫血患病率", "≤12%", "≤13%"),
    ("满意度指标", "服务对象满意度指标", "孕妇满意度", "≥90%", "≥90%"),
]  # fmt: skip


@variant(
    "sr10-nutrition-period-wrong",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 "
    "columns: 中期目标 copied, a cumulative count copied, an annual count above the period",
)
def sr10() -> Book:
    b, s = book()
    project(
        s,
        "孕期营养干预与叶酸增补",
        "苇渚县卫生健康局 203",
        "苇渚县妇幼保健计划生育服务中心",
        funds_period((wan(60), wan(56), wan(4)), (wan(30), wan(28), wan(2))),
        [GOAL10, mk(GOAL10, "D204", "warning", note="年度目标 identical to 中期目标")],
        years=2,
    )
    table(s, PERIOD, SR10)
    return b


TASKS11 = [
    ("孕产妇健康管理", "孕期保健、产后访视和高危专案管理", wan(160), "管理孕产妇3000人"),
    ("两癌筛查", "适龄妇女宫颈癌、乳腺癌检查", wan(120.2), "检查15000人"),
    ("新生儿疾病筛查", "遗传代谢病、听力筛查", wan(95), "筛查率≥98%"),
    ("儿童保健", "0—6岁儿童健康检查和眼保健", wan(65), "健康管理率≥90%"),
    ("金额合计", None, wan(440.2), None),
]
SR11 = [
    ("产出指标", "数量指标", "孕产妇系统管理人数", "≥3000人"),
    (None, None, "两癌检查人数", "≥15000人"),
    (None, "质量指标", "孕产妇系统管理率", "≥90%"),
    (None, None, "新生儿遗传代谢病筛查率", "≥98%"),
    (None, "时效指标", "两癌检查结果告知时间", "≤15个工作日"),
    ("注：以上人数均为辖区常住人口口径。", "", "", ""),
    ("成本指标", "经济成本指标", "两癌检查人均成本", "≤80元/人"),
    ("效益指标", "社会效益指标", "孕产妇死亡数", "≤1例"),
    (None, None, "0—6岁儿童健康管理率", "≥90%"),
    ("满意度指标", "服务对象满意度指标", "妇幼保健服务对象满意度", "≥90%"),
]


@variant(
    "sr11-mch-department",
    (12, 4),
    "department, NAT-2021: budget, key tasks and 金额合计 "
    "consistent, a 注 row inside the table, a 说明 explaining the total, signature (correct)",
)
def sr11() -> Book:
    b, s = book("部门整体")
    department(
        s,
        "渌川区妇幼保健计划生育服务中心",
        (wan(1260.5), wan(1180.5), wan(80), wan(820.3), wan(440.2)),
        "保障孕产妇和儿童健康，完成两癌筛查、新生儿疾病筛查和儿童保健任务。",
        TASKS11,
        filled=day(YEAR - 1, 11, 18),
    )
    s.row("年度绩效指标", merge=[(1, 6)])
    table(s, T6, SR11)
    note(s, "说明：金额合计440.2万元即项目支出，含上年结转资金18.0万元；基本支出不列任务。")
    note(s, "填表说明：指标值写明比较符和计量单位，定性指标写等级。")
    sign(s, "庞雨桐", "0732-5563018", day(YEAR - 1, 11, 18))
    return b


TASKS12 = [
    ("孕产妇健康管理", "孕期保健和产后访视", wan(90), "管理孕产妇2200人"),
    ("产前筛查", "唐氏综合征等产前筛查", wan(85), "筛查2200人"),
    ("危重孕产妇救治", "救治补助和转诊", wan(70), "救治成功率≥98%"),
    ("金额合计", None, mk(wan(250), "B102", "error", note="90 + 85 + 70 = 245, not 250"), None),
]
SR12 = [
    ("产出指标", "数量指标", "孕产妇系统管理人数", "≥2200人"),
    (None, None, "产前筛查人数", "≥2200人"),
    (None, "质量指标", "危重孕产妇救治成功率", "≥98%"),
    (None, "时效指标", "产后访视按期完成率", "≥90%"),
    ("成本指标", "经济成本指标", "产前筛查人均补助", "≤350元/人"),
    ("效益指标", "社会效益指标", "住院分娩率", "≥99%"),
    ("满意度指标", "服务对象满意度指标", "孕产妇满意度",
     mk("=95%", "T107", "warning", note="= on a satisfaction rate: ≥95% is meant")),
]  # fmt: skip


@variant(
    "sr12-maternal-department-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ "
    "资金总额, tasks not adding to 金额合计, = on a satisfaction rate",
)
def sr12() -> Book:
    b, s = book()
    total = mk(wan(780), "B101", "error", note="基本支出 520 + 项目支出 250 = 770, not 780")
    department(
        s,
        "棠梨县妇幼保健院",
        (total, wan(740), wan(40), wan(520), wan(250)),
        "做好全县孕产妇健康管理、产前筛查和危重孕产妇救治，保障母婴安全。",
        TASKS12,
    )
    s.row("年度绩效指标", merge=[(1, 6)])
    table(s, T6, SR12)
    sign(s, "覃一苇", "0738-7340251", day(YEAR - 1, 11, 30))
    return b
