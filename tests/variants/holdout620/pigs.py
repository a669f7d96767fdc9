"""Tibetan pigs (藏香猪) on the high pasture of 岗珠县: ff01–ff06."""

from __future__ import annotations

from tests.variants.holdout620.common import (
    department,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign,
    stacked,
    wan,
)
from tests.variants.holdout620.registry import variant
from tests.variants.kit import Book, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "ff01-pig-breeding",
    (1, 5, 12),
    "project, NAT-2021, numbered tier labels with points, operator and unit columns, "
    "typed percents, 万元 in the number format, a 下降 in 百分点 with ≥ (correct)",
)
def ff01() -> Book:
    b, s = project(
        "央曲乡藏香猪标准化养殖扶持项目", "央曲乡农牧综合服务中心",
        one_year(wan(120), wan(100), wan(20)),
        ["2026年在央曲乡扶持藏香猪养殖户120户（其中脱贫户45户），新建标准化圈舍24栋，"
         "能繁母猪存栏达到600头，仔猪成活率达到92%以上。"],
    )  # fmt: skip
    rows = [
        ("一、产出指标（50分）", "（一）数量指标", "扶持藏香猪养殖户数", "≥", 120, "户"),
        (None, None, "新建标准化圈舍", "≥", 24, "栋"),
        (None, None, "能繁母猪存栏", "≥", 600, "头"),
        (None, "（二）质量指标", "仔猪成活率", "≥", pct(0.92), None),
        (None, "（三）时效指标", "圈舍建设完成时间", "≤", "2026年10月31日", None),
        ("二、成本指标（20分）", "（一）经济成本指标", "圈舍建设补助标准", "≤", 2.5, "万元/栋"),
        (None, None, "能繁母猪补饲补助标准", "≤", 0.05, "万元/头"),
        ("三、效益指标（20分）", "（一）经济效益指标", "户均养殖增收", "≥", 3000, "元"),
        (None, "（二）社会效益指标", "仔猪死亡率较上年下降", "≥", 2, "百分点"),
        (None, "（三）生态效益指标", "粪污资源化利用率", "≥", pct(0.85), None),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), None),
    ]  # fmt: skip
    indicators(s, OPS, rows)
    notes(s, "注：成本指标按24栋×2.5万元、600头×0.05万元测算，合计90万元，未超过年度资金。")
    sign(s, "达瓦卓嘎", "0891-6637214")
    return b


@variant(
    "ff02-pig-goal-count",
    (5, 12),
    "project, NAT-2021, abbreviated tier labels, one value column: money not adding up, "
    "a goal's 圈舍 count the indicator gives otherwise, a deadline in the next year",
)
def ff02() -> Book:
    cash = one_year(
        mk(wan(150), "B101", "error", row=True, note="120 + 20 = 140, not 150"),
        wan(120), wan(20),
    )  # fmt: skip
    b, s = project(
        "曲桑村藏香猪圈舍改造项目", "曲桑村股份经济合作社", cash,
        ["2026年在曲桑村新建藏香猪标准化圈舍40栋，配套粪污处理池40座，带动养殖户80户。"],
    )  # fmt: skip
    rows = [
        ("产出", "数量", "新建标准化圈舍",
         mk("≥30栋", "D104", "warning", row=True, note="the 年度目标 states 40栋")),
        (None, None, "配套粪污处理池", "≥40座"),
        (None, "质量", "圈舍竣工验收合格率", "=100%"),
        (None, "时效", "圈舍竣工验收时间",
         mk("2027年6月30日前", "Y102", "error", alt=("Y103",),
            note="a one-year 2026 project whose deadline falls in 2027")),
        ("成本", "经济成本", "圈舍建设补助标准", "≤3万元/栋"),
        ("效益", "经济效益", "带动养殖户", "≥80户"),
        (None, "生态效益", "粪污处理设施配套率", "=100%"),
        ("满意度", "服务对象满意度", "养殖户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ONE, rows)
    sign(s, "扎西平措", "0891-6637288")
    return b


@variant(
    "ff03-pig-three-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns, period counts above the year's, "
    "equal rates, a later year the work prepares for (correct)",
)
def ff03() -> Book:
    b, s = project(
        "岗珠县藏香猪保种场建设项目", "岗珠县畜牧技术推广站",
        multi_year((wan(450), wan(360), wan(90)), (wan(150), wan(120), wan(30))),
        ["2026年—2028年建成藏香猪保种场1处，累计扩繁能繁母猪900头、推广种猪600头，"
         "为2029年申报地理标志产品积累生产记录。",
         "2026年完成保种场圈舍主体建设，扩繁能繁母猪300头，推广种猪200头。"],
        years=3,
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "扩繁能繁母猪", "≥900头", "≥300头"),
        (None, None, "推广种猪", "≥600头", "≥200头"),
        (None, "质量指标", "种猪鉴定合格率", "≥95%", "≥95%"),
        (None, "时效指标", "保种场圈舍主体完工时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "能繁母猪扩繁补助标准", "≤0.2万元/头", "≤0.2万元/头"),
        ("效益指标", "经济效益指标", "保种场出栏商品猪", "≥2400头", "≥600头"),
        (None, "可持续影响指标", "藏香猪血统登记档案完整率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, TWO, rows)
    notes(s, "填表说明：中期指标值为三年累计数，年度指标值为2026年当年数。")
    return b


@variant(
    "ff04-pig-period-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: 中期目标 text copied into 年度目标, "
    "a cumulative count copied, a year's count above the period's",
)
def ff04() -> Book:
    goal = "建设藏香猪种猪扩繁基地1处，推广种猪500头，培训养殖户300人次。"
    b, s = project(
        "达热乡藏香猪良种推广项目", "达热乡农牧综合服务中心",
        multi_year((wan(360), wan(300), wan(60)), (wan(120), wan(100), wan(20))),
        [goal, mk(goal, "D204", "warning", note="年度目标 identical to the three-year 中期目标")],
        years=3,
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "推广藏香猪种猪", "≥500头",
         mk("≥500头", "D202", "warning", note="the three-year count copied into the year")),
        (None, None, "培训养殖户", "≥300人次",
         mk("≥360人次", "D201", "error", note="a year's 360 above the period's 300")),
        (None, "质量指标", "种猪健康合格率", "≥98%", "≥98%"),
        (None, "时效指标", "种猪调运及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "种猪推广补助标准", "≤0.15万元/头", "≤0.15万元/头"),
        ("效益指标", "经济效益指标", "受益户年均增收", "≥2000元", "≥2000元"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, TWO, rows)
    return b


@variant(
    "ff05-pig-flat-department",
    (3, 12),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percents, "
    "0起 on an incident count, tasks adding up to 项目支出 (correct)",
)
def ff05() -> Book:
    b, s = department(
        "岗珠县动物疫病预防控制中心",
        [[wan(860), wan(800), wan(60), wan(310), wan(550)]],
        "保种扩繁藏香猪1200头，强制免疫密度保持在95%以上，培训养殖户400人次。",
        [["藏香猪保种扩繁", "保种场饲养管理、种猪选育", wan(320), "存栏藏香猪1200头"],
         ["动物疫病防控", "强制免疫、疫情监测", wan(150), "无重大动物疫情"],
         ["养殖技术培训", "集中培训与入户指导", wan(80), "培训400人次"],
         ["金额合计", None, wan(550), None]],
    )  # fmt: skip
    rows = [
        ("保种场存栏藏香猪", 15, "头", "≥", 1200),
        ("保种场圈舍改造", 10, "栋", "≥", 12),
        ("强制免疫密度", 15, "%", "≥", pct(0.95)),
        ("重大动物疫情发生次数", 10, "起", "=", 0),
        ("技术培训人次", 15, "人次", "≥", 400),
        ("养殖户人均增收", 15, "元", "≥", 1500),
        ("病死猪无害化处理率", 10, "%", "=", pct(1)),
        ("养殖户满意度", 10, "%", "≥", pct(0.9)),
    ]  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for r in rows:
        s.row(*r)
    s.row("合计", 100)
    sign(s, "次仁央宗", "0891-6637350")
    return b


@variant(
    "ff06-pig-stacked",
    (2,),
    "two projects stacked in one sheet, NAT-2021, one value column: the second repeats an "
    "indicator with another value and its unit cost × count exceeds its money",
)
def ff06() -> Book:
    b, s = project(
        "藏香猪良种补贴项目", "岗珠县畜牧技术推广站", one_year(wan(90), wan(80), wan(10)),
        ["2026年为300户养殖户发放藏香猪良种补贴，补贴种猪450头。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "补贴种猪", "≥450头"),
        (None, "质量指标", "补贴种猪合格率", "≥98%"),
        ("成本指标", "经济成本指标", "种猪补贴标准", "≤0.2万元/头"),
        ("效益指标", "经济效益指标", "受益养殖户", "≥300户"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    stacked(s, "藏香猪冷链运输体系建设项目", "岗珠县农牧产业发展服务中心",
            one_year(wan(60), wan(50), wan(10)),
            "2026年购置冷链运输车4辆，建成乡级冷链集散点2处。")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "冷链运输车辆购置数量", "≥4辆"),
        (None, None, "乡级冷链集散点", "≥2处"),
        (None, None, "冷链运输车购置数量",
         mk("≥3辆", "D102", "error", row=True, alt=("D103",),
            note="the same purchase as two rows above with another count")),
        (None, "时效指标", "车辆交付时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "冷链运输车购置单价",
         mk("≤18万元/辆", "B107", "warning", row=True,
            note="18 × 4 = 72万元 above the project's 60万元")),
        ("效益指标", "经济效益指标", "鲜肉运输损耗率", "≤3%"),
        ("满意度指标", "服务对象满意度指标", "养殖合作社满意度", "≥90%"),
    ])  # fmt: skip
    return b
