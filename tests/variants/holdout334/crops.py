"""Returns on the second half of the theme: salt-tolerant crops and yield gains on improved land."""

from __future__ import annotations

from tests.variants.holdout334.common import (
    HEAD4,
    book,
    cash,
    indicators,
    line,
    one_year,
    project,
    sign,
)
from tests.variants.holdout334.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk

UF07 = [
    ("一、产出指标（40分）", "（一）数量指标", "耐盐水稻示范种植面积", "≥3000亩", 10),
    (None, None, "开展耐盐品种田间比较试验", "≥12个", 10),
    (None, "（二）质量指标", "示范田种子纯度达标率", "≥98%", 10),
    (None, "（三）时效指标", "示范田插秧完成时间", "6月20日前", 10),
    ("二、成本指标（20分）", "（一）经济成本指标", "示范田亩均补助标准", "≤500元/亩", 10),
    (None, "（二）生态环境成本指标", "农田退水污染事件", "0起", 10),
    ("三、效益指标（30分）", "（一）经济效益指标", "示范田亩均增产稻谷", "≥100公斤", 10),
    (None, "（二）社会效益指标", "耐盐品种种植面积占比提高", "≥5百分点", 10),
    (None, "（三）生态效益指标", "示范田耕层含盐量下降率", "≥10%", 10),
    ("四、满意度指标（10分）", "（一）服务对象满意度指标", "示范户满意度", "≥90%", 10),
]


@variant(
    "uf07-points-labels",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points "
    "(一、产出指标（40分）, （一）数量指标) and an indicator score column, both adding to 100, "
    "a share raised in 百分点 (correct)",
)
def uf07() -> Book:
    b, s = book()
    project(
        s,
        "耐盐水稻品种示范推广",
        "卤滩县农业技术推广中心",
        one_year(210, 180, 30),
        ["在滨海盐碱稻区示范种植耐盐水稻3000亩，筛选适宜品种，带动面上推广。"],
    )
    indicators(s, (*HEAD4, "分值"), UF07)
    return b


UF08 = [
    (
        "产出指标",
        mk(50, "W103", "error", note="declared 50, indicator scores 15+10+10+10 = 45"),
        "数量指标",
        "耐盐碱高粱推广种植面积",
        "≥6000亩",
        15,
    ),
    (None, None, None, "建设耐盐作物展示田", "≥5个", 10),
    (None, None, "质量指标", "推广种子发芽率", "≥90%", 10),
    (None, None, "时效指标", "播种完成时间", "5月15日前", 10),
    ("成本指标", 10, "经济成本指标", "良种补贴标准", "≤150元/亩", 10),
    (
        "效益指标",
        mk(30, "W103", "error", note="declared 30, indicator scores 15+10+10 = 35"),
        "经济效益指标",
        "推广田亩均增产率",
        mk("120公斤", "T105", "error", note="a 增产率 given as kilograms"),
        15,
    ),
    (None, None, "社会效益指标", "带动种植户", "≥800户", 10),
    (None, None, "生态效益指标", "种植区耕层含盐量下降率", "≥8%", 10),
    ("满意度指标", 10, "服务对象满意度指标", "种植户满意度", "≥90%", 10),
]


@variant(
    "uf08-points-mismatch",
    (10,),
    "project, NAT-2021, tier-1 score column against the "
    "indicator scores under it (two tiers off, totals both 100), a rate given in 公斤",
)
def uf08() -> Book:
    b, s = book("绩效目标", (14, 8, 18, 28, 16, 8))
    project(
        s,
        "耐盐碱高粱良种推广",
        "卤滩县农业技术推广中心",
        one_year(130, 110, 20),
        ["推广耐盐碱高粱6000亩，建设展示田，提高盐碱耕地产出。"],
    )
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, UF08, merged=(1, 2, 3))
    return b


UF09 = [
    ("*产出指标", "数量", "★完成盐碱耕地改良面积", "≥20000亩"),
    (None, None, "新建改造排水沟渠", "≥65公里"),
    (None, "质量", "★改良地块耕层含盐量达标率", "≥85%"),
    (None, "时效", "年度改良任务完成时限", "11月30日前"),
    (None, "成本", "亩均中央补助标准", "≤700元/亩"),
    ("*效益指标", "经济效益", "改良耕地亩均增产", "≥75公斤"),
    (None, "生态效益", "★项目区耕层含盐量下降率", "≥15%"),
    (None, "可持续影响", "改良地块建后管护责任落实率", "=100%"),
    ("*满意度指标", "服务对象满意度", "受益农户满意度", "≥90%"),
]


@variant(
    "uf09-core-stars",
    (5,),
    "transfer-payment 区域绩效目标表, OLD-NAT, tier-1 labels with *, "
    "★ core indicators, abbreviated tier-2 labels, 中央补助 + 地方资金 (correct)",
)
def uf09() -> Book:
    b, s = book()
    rows = [("资金总额", cash(1800), "其中：中央补助", cash(1400)), ("地方资金", cash(400))]
    goals = [
        "目标1：改良盐碱耕地20000亩，新建改造排水沟渠65公里；"
        "目标2：项目区耕层含盐量明显下降，粮食亩均增产。"
    ]
    project(
        s,
        "盐碱耕地综合利用补助资金",
        "卤滩县农业农村局",
        rows,
        goals,
        title="2025年度盐碱耕地综合利用补助资金区域绩效目标表",
    )
    indicators(s, HEAD4, UF09)
    return b


UF10 = [
    ("一、产出指标", "1.数量指标", "栽植柽柳白蜡等耐盐苗木", "≥42000株"),
    (None, None, "营造沟渠护坡林带", "≥18公里"),
    (
        None,
        "2.质量指标",
        "耐盐苗木栽植成活率",
        mk("≤85%", "T108", "warning", row=True, note="a survival rate is 正向: ≤ caps it"),
    ),
    ("二、成本指标", "1.经济成本指标", "耐盐苗木单株栽植成本", "≤18元"),
    ("三、效益指标", "1.生态效益指标", "林带区域土壤含盐量下降率", "≥10%"),
    (
        None,
        mk("2.时效指标", "F105", "error", note="时效指标 belongs under 产出指标"),
        "栽植任务完成时间",
        "4月30日前",
    ),
    (None, "3.可持续影响指标", "林带管护期", "≥3年"),
    ("四、满意度指标", "1.服务对象满意度指标", "周边农户满意度", "≥90%"),
]


@variant(
    "uf10-wrong-parent",
    (5, 11),
    "project, NAT-2021, numbered labels (一、 / 1.), one "
    "tier-2 under the wrong tier-1 and a survival rate capped with ≤",
)
def uf10() -> Book:
    b, s = book()
    project(
        s,
        "盐碱沟渠耐盐林带建设",
        "卤滩县林业发展中心",
        one_year(95, 80, 15),
        ["在排碱沟渠两侧栽植耐盐苗木，营造护坡林带，抑制返盐。"],
    )
    indicators(s, HEAD4, UF10)
    return b


UF11A = [
    ("产出指标", "数量指标", "耐盐小麦良种繁育面积", "≥1500亩"),
    (None, None, "举办种植技术培训", "≥12场"),
    (None, "质量指标", "繁育种子质量合格率", "≥96%"),
    (None, "时效指标", "良种繁育任务完成时间", "6月30日前"),
    (None, "成本指标", "良种繁育亩均补助", "≤350元"),
]
UF11B = [
    ("效益指标", "经济效益指标", "良种推广后亩均增产", "≥40公斤"),
    (None, "社会效益指标", "培训种植户", "≥600人次"),
    (None, "可持续影响指标", "本县耐盐小麦良种自给率", "≥60%"),
    ("满意度指标", "服务对象满意度指标", "参训农户满意度", "≥90%"),
]


@variant(
    "uf11-content-standard",
    (7, 4),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, a 注 "
    "row inside the table, 填表说明, signature and a fill date of the year before "
    "(correct)",
)
def uf11() -> Book:
    b, s = book()
    project(
        s,
        "耐盐小麦良种繁育基地建设",
        "卤滩县种子管理站",
        one_year(68, 68, 0),
        ["繁育耐盐小麦良种1500亩，开展种植技术培训，提高良种自给能力。"],
    )
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), UF11A)
    line(s, "注：“≥”表示不低于，“前”表示不晚于该日期，下同。", 4)
    s.table(UF11B, merged=(1, 2))
    line(s, "填表说明：1.指标须细化、量化；2.定性指标须写明分级标准；3.本表一式两份。")
    sign(s, "邵春苗", "0546-7715302", day(2024, 12, 6, CN_DATE))
    s.row("单位负责人（签字）", None, "单位（盖章）")
    return b


UF12 = [
    ("成本指标", "经济成本指标", "苜蓿种植亩均补助", "≤400元"),
    ("产出指标", "数量指标", "耐盐苜蓿种植面积", "≥1600亩"),
    (None, "质量指标", "苜蓿出苗率", "≥85%"),
    (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥90%"),
    (None, mk("时效指标", "F109", "warning", row=True, note="template row left empty"), None, None),
    ("效益指标", "经济效益指标", "亩均鲜草产量", "≥2.5吨"),
    (None, "生态效益指标", "种植区土壤含盐量下降率", "≥8%"),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
]


@variant(
    "uf12-template-empty",
    (6, 7, 13),
    "project, NAT-2021, header 预期目标; a value "
    "without a name and a tier-2 left from the template without an indicator",
)
def uf12() -> Book:
    b, s = book()
    project(
        s,
        "盐碱地耐盐苜蓿种植示范",
        "卤滩县畜牧技术服务站",
        one_year(76, 60, 16),
        ["在轻中度盐碱地种植耐盐苜蓿1600亩，发展草畜结合。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), UF12)
    return b
