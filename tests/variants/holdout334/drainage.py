"""Returns on the first half of the theme: desalination, drainage ditches and soil testing."""

from __future__ import annotations

from tests.variants.holdout334.common import (
    HEAD_OP,
    HEAD_PERIOD,
    WATER,
    book,
    indicators,
    multi_year,
    one_year,
    project,
)
from tests.variants.holdout334.registry import variant
from tests.variants.kit import WAN, YUAN, Book, day, mk, money, ok, pct

UF01 = [
    ("产出指标", "数量指标", "新开挖排碱沟", "≥", 36, "公里"),
    (None, None, "疏浚支渠斗渠", "≥", 52, "公里"),
    (None, None, "治理盐碱耕地面积", "≥", 8600, "亩"),
    (None, "质量指标", "沟渠工程验收合格率", "≥", pct(0.95), "%"),
    (None, None, "改良地块耕层全盐量达标率", "≥", pct(0.85), "%"),
    (None, "时效指标", "排碱工程完工日期", "≤", day(2025, 10, 31), None),
    (None, "成本指标", "排碱沟开挖单位造价", "≤", 4.5, "万元/公里"),
    (None, None, "支渠斗渠疏浚单价", "≤", 1.2, "万元/公里"),
    ("效益指标", "经济效益指标", "改良耕地亩均增收", "≥", 180, "元"),
    (None, "生态效益指标", "耕层土壤含盐量下降率", "≥", pct(0.2), "%"),
    (None, "可持续影响指标", "排碱沟渠设计使用年限", "≥", 15, "年"),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", pct(0.9), "%"),
]


@variant(
    "uf01-ditch-percent",
    (1,),
    "project, OLD-NAT, operator column and unit column, "
    "percent cells typed in Excel, 万元 in the number format (correct)",
)
def uf01() -> Book:
    b, s = book()
    project(
        s,
        "芦沽镇盐碱耕地排碱沟渠整治工程",
        "卤滩县水利工程建设服务中心",
        one_year(360, 300, 60),
        [
            "新开挖排碱沟36公里、疏浚支渠斗渠52公里，治理盐碱耕地"
            "8600亩，改良地块耕层含盐量明显下降。"
        ],
        dept=WATER,
    )
    indicators(s, HEAD_OP, UF01)
    return b


UF02 = [
    ("产出指标", "数量指标", "暗管排盐改良面积", "≥", 1500, "亩"),
    (None, None, "铺设排盐暗管", "≥", 96, "公里"),
    (
        None,
        "质量指标",
        "暗管排盐工程验收合格率",
        "≥",
        mk(pct(1.05), "T106", "error", note="typed 105%: an acceptance rate cannot pass 100%"),
        "%",
    ),
    (None, "时效指标", "暗管铺设完成时间", "≤", day(2025, 9, 30), None),
    (None, "成本指标", "暗管排盐亩均造价", "≤", 0.15, "万元/亩"),
    ("效益指标", "经济效益指标", "改良地块亩均增产", "≥", 70, "公斤"),
    (None, "生态效益指标", "改良地块耕层脱盐率", "≥", pct(0.25), "%"),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", pct(0.9), "%"),
]


@variant(
    "uf02-ditch-percent-wrong",
    (1, 12),
    "project, OLD-NAT, operator column, a typed percent "
    "over 100 and 其他资金 formatted in 元 inside the 万元 block",
)
def uf02() -> Book:
    b, s = book()
    other = mk(
        money(400000, YUAN),
        "B105",
        "error",
        note="其他资金 shows 400,000.00元 in a 项目资金（万元） block",
    )
    project(
        s,
        "海堰乡暗管排盐改良工程",
        "卤滩县水利工程建设服务中心",
        one_year(240, 200, other),
        ["在海堰乡铺设排盐暗管，改良中重度盐碱耕地1500亩。"],
        dept=WATER,
    )
    b.file_mark(
        "B101",
        "error",
        required=False,
        note="a reader that keeps 400000 as 万元 finds the total not adding up",
    )
    indicators(s, HEAD_OP, UF02)
    return b


UF03 = [
    ("成本指标", "经济成本指标", "单个土样检测费用", "≤180元"),
    ("产出指标", "数量指标", "采集检测土壤样品", "≥4200个"),
    (None, None, "布设盐分监测点位", "≥320个"),
    (None, "质量指标", "检测数据有效率", "≥98%"),
    (
        None,
        None,
        "检测样品差错率",
        mk("≥2%", "T108", "warning", row=True, note="an error rate is 反向: ≥ rewards more errors"),
    ),
    (
        None,
        None,
        "盐碱耕地检测覆盖率",
        mk("14个", "T105", "error", note="a 覆盖率 given as a count of townships"),
    ),
    (
        None,
        "时效指标",
        "检测报告出具时间",
        mk(
            "≥15个工作日",
            "T108",
            "warning",
            row=True,
            note="a response time is 反向: ≥ sets a minimum delay",
        ),
    ),
    ("效益指标", "社会效益指标", "为种植户提供改良施肥建议", "≥2000户"),
    (None, "可持续影响指标", "盐分监测数据年度更新机制", "建立并执行"),
    ("满意度指标", "服务对象满意度指标", "种植户对检测服务满意度", "≥90%"),
]


@variant(
    "uf03-testing-direction",
    (11,),
    "project, NAT-2021, operators inside the values: an "
    "error rate and a report time with ≥, a coverage rate given as a count",
)
def uf03() -> Book:
    b, s = book()
    project(
        s,
        "盐碱耕地土壤盐分普查检测",
        "卤滩县土壤肥料工作站",
        one_year(85, 85, 0),
        ["完成全县盐碱耕地土壤采样检测，建立盐分分布图，指导分区改良。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), UF03)
    return b


UF04 = [
    ("成本指标", "经济成本指标", "盐碱地综合改良亩均投入", "≤0.12万元/亩", "≤0.12万元/亩"),
    ("产出指标", "数量指标", "完成盐碱耕地综合改良面积", "≥12000亩", "≥4000亩"),
    (None, None, "配套建设排灌泵站", "≥9座", "≥3座"),
    (None, "质量指标", "改良后耕层全盐量达标率", "≥85%", "≥85%"),
    (None, "时效指标", "年度改良任务完成及时率", "≥95%", "≥95%"),
    ("效益指标", "经济效益指标", "改良耕地亩均增产粮食", "≥80公斤", "≥60公斤"),
    (None, "生态效益指标", "耕层土壤含盐量下降率", "≥30%", "≥12%"),
    (None, "可持续影响指标", "改良地块返盐率", "≤5%", "≤5%"),
    ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "≥90%"),
]


@variant(
    "uf04-three-year-desalination",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns, annual counts below the period counts, rates equal (correct)",
)
def uf04() -> Book:
    b, s = book()
    goals = [
        "三年完成盐碱耕地综合改良12000亩，配套排灌泵站9座，项目区耕层含盐量下降30%以上。",
        "完成首批4000亩综合改良和3座泵站建设，改良地块当年见效。",
    ]
    project(
        s,
        "柳埝农场片区盐碱耕地综合改良",
        "卤滩县农田建设管理中心",
        multi_year((1500, 1200, 300), (520, 420, 100)),
        goals,
        years=3,
        attr="新增项目",
    )
    indicators(s, HEAD_PERIOD, UF04)
    return b


UF05 = [
    ("产出指标", "数量指标", "修筑台田条田面积", "≥3000亩", "≥1800亩"),
    (
        None,
        None,
        "新建排涝泵站",
        "≥4座",
        mk("≥6座", "D201", "error", note="6 stations in the year, 4 over the whole period"),
    ),
    (
        None,
        None,
        "衬砌排水干沟",
        "≥24公里",
        mk("≥24公里", "D202", "warning", note="the period length copied into the year"),
    ),
    (None, "质量指标", "泵站设备安装合格率", "≥98%", "≥98%"),
    (None, "时效指标", "台田工程按期完工率", "≥95%", "≥95%"),
    (None, "成本指标", "台田条田亩均造价", "≤0.2万元/亩", "≤0.2万元/亩"),
    ("效益指标", "经济效益指标", "台田种植亩均增收", "≥300元", "≥200元"),
    (None, "生态效益指标", "项目区地下水埋深达标面积比例", "≥80%", "≥60%"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
]


@variant(
    "uf05-two-year-copied",
    (8, 12),
    "two-year project, OLD-NAT, 中期 and 年度 columns: "
    "annual money above the period money, an annual count above its period count, "
    "a cumulative length copied",
)
def uf05() -> Book:
    b, s = book()
    annual = mk(money(920, WAN), "B103", "error", note="年度资金总额 920 > 中期资金总额 860")
    fiscal = ok(money(860, WAN), "error", note="follows from the annual total typed too high")
    goals = [
        "两年修筑台田条田3000亩，新建排涝泵站4座，衬砌排水干沟24公里。",
        "修筑台田条田1800亩，开工建设排涝泵站，完成干沟衬砌。",
    ]
    project(
        s,
        "东滩台田条田改碱工程",
        "卤滩县水利工程建设服务中心",
        multi_year((860, 700, 160), (annual, fiscal, 60)),
        goals,
        years=2,
        dept=WATER,
        attr="新增项目",
    )
    indicators(s, HEAD_PERIOD, UF05)
    return b


UF06 = [
    ("产出指标", "数量指标", "施用脱硫石膏改良面积", "≥5000", "亩"),
    (None, None, "施用土壤调理剂", "≥4000", "吨"),
    (None, "质量指标", "调理剂抽检合格率", "≥98", "%"),
    (None, "时效指标", "调理剂施用完成时限", "5月31日前", None),
    ("成本指标", "经济成本指标", "土壤调理剂采购单价", "≤240", "元/吨"),
    ("效益指标", "经济效益指标", "改良地块亩均增产", "≥50", "公斤"),
    (None, "社会效益指标", "带动农户应用改良技术", "≥600", "户"),
    (None, "生态效益指标", "中重度盐碱地占比较上年下降", "≥3", "百分点"),
    ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90", "%"),
]


@variant(
    "uf06-second-sheet-testing",
    (7, 10),
    "project: head on the first sheet, the table on a "
    "second sheet under 考核指标 / 预期实现值 with a unit column, a share lowered in 百分点 "
    "(correct)",
)
def uf06() -> Book:
    b, s = book("项目信息")
    project(
        s,
        "盐碱耕地脱硫石膏改良试点",
        "卤滩县土壤肥料工作站",
        one_year(150, 120, 30),
        ["施用脱硫石膏等调理剂改良碱化耕地5000亩，降低中重度盐碱地占比。"],
    )
    t = b.sheet("绩效指标", (14, 18, 30, 14, 12))
    t.title("盐碱耕地脱硫石膏改良试点绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "考核指标", "预期实现值", "计量单位"), UF06)
    return b
