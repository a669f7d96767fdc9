"""Returns about table layouts: stacked projects, flat lists, rows that are not indicators,
tier labels and header words (items 2, 3, 4, 5, 7)."""

from __future__ import annotations

from tests.variants.holdout413.common import (
    AGRI,
    INDUSTRY,
    YEAR,
    book,
    department,
    funds,
    indicators,
    notes,
    project,
    signature,
    wan,
)
from tests.variants.holdout413.registry import variant
from tests.variants.kit import Book, day, mk, pct

INLINE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "xg07-stacked-growing",
    (2,),
    "two growing projects stacked in one sheet, OLD-NAT, one "
    "value column, the same satisfaction indicator with different values (correct)",
)
def xg07() -> Book:
    b, s = book()
    project(
        s,
        "咖啡种植保险保费补贴项目",
        "椰湾县农业农村局",
        funds(60, 48, 12),
        ["为8000亩咖啡种植提供保险保费补贴，降低台风和寒害损失。"],
        title=f"{YEAR}年度项目支出绩效目标申报表（咖啡种植类）",
    )
    indicators(
        s,
        INLINE,
        [
            ("产出指标", "数量指标", "参保咖啡种植面积", "≥8000亩"),
            (None, "质量指标", "理赔资金兑付到户率", "=100%"),
            (None, "时效指标", "保费补贴拨付时间", "9月30日前"),
            (None, "成本指标", "亩均保费补贴标准", "≤60元/亩"),
            ("效益指标", "社会效益指标", "参保种植户户数", "≥1100户"),
            ("满意度指标", "服务对象满意度指标", "受益种植户满意度", "≥90%"),
        ],
    )
    s.skip()
    project(
        s,
        "咖啡产区机耕路修缮项目",
        "椰湾县坡头乡人民政府",
        funds(95, 95, 0),
        ["修缮坡头乡咖啡产区机耕路12公里，解决鲜果运输难。"],
        title="",
    )
    indicators(
        s,
        INLINE,
        [
            ("产出指标", "数量指标", "修缮机耕路里程", "≥12公里"),
            (None, "质量指标", "工程验收合格率", "=100%"),
            (None, "时效指标", "工程完工时间", "11月30日前"),
            (None, "成本指标", "每公里修缮成本", "≤7.5万元/公里"),
            ("效益指标", "经济效益指标", "鲜果运输成本降低", "≥0.1元/公斤"),
            (None, "可持续影响指标", "道路管护责任落实", "到位"),
            ("满意度指标", "服务对象满意度指标", "受益种植户满意度", "≥92%"),
        ],
    )
    signature(s, "吉月娥", "0898-6352 0518", day(YEAR, 1, 10))
    return b


@variant(
    "xg08-stacked-brand-wrong",
    (2, 12),
    "two processing projects stacked, OLD-NAT, one "
    "value column: the second project's money does not add up and its satisfaction is =",
)
def xg08() -> Book:
    b, s = book()
    project(
        s,
        "椰湾咖啡区域品牌推广项目",
        "椰湾县咖啡产业服务中心",
        funds(80, 80, 0),
        ["参加省内外展会4场，开展椰湾咖啡品牌宣传，提升品牌知名度。"],
        dept=INDUSTRY,
    )
    indicators(
        s,
        INLINE,
        [
            ("产出指标", "数量指标", "参加展会场次", "≥4场"),
            (None, "质量指标", "宣传物料审核通过率", "=100%"),
            (None, "时效指标", "展会参展完成时间", "11月30日前"),
            (None, "成本指标", "单场参展费用", "≤15万元/场"),
            ("效益指标", "经济效益指标", "展会签约采购额", "≥600万元"),
            ("满意度指标", "服务对象满意度指标", "参展企业满意度", "≥90%"),
        ],
    )
    s.skip()
    total = mk(70, "B101", "error", note="财政拨款 50 + 其他资金 15 = 65，不是 70")
    project(
        s,
        "咖啡加工企业贷款贴息项目",
        "椰湾县咖啡产业服务中心",
        funds(total, 50, 15),
        ["对5家咖啡加工企业技改贷款给予贴息，稳定鲜果收购。"],
        dept=INDUSTRY,
        title="",
    )
    indicators(
        s,
        INLINE,
        [
            ("产出指标", "数量指标", "贴息企业数量", "≥5家"),
            (None, "质量指标", "贴息资金审核准确率", "=100%"),
            (None, "成本指标", "贴息比例上限", "≤3%"),
            ("效益指标", "经济效益指标", "企业鲜果收购量", "≥3500吨"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "贴息企业满意度",
                mk("=90%", "T107", "warning", note="满意度写“=”，应为 ≥90%"),
            ),
        ],
    )
    return b


BUDGET = [(520, 480, 40, 210, 310)]
TASKS = [
    ("咖啡种植技术培训", "举办田间学校和技术培训", wan(60), "培训种植户1500人次"),
    ("产地初加工补助", "补助初加工点设备和晾晒场", wan(150), "新增初加工能力"),
    ("品牌宣传推介", "开展椰湾咖啡宣传推介", wan(100), "提升品牌知名度"),
    ("金额合计", None, wan(310), None),
]


@variant(
    "xg09-flat-department",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as direction · 指标值 with operators), typed percents, weights add to 100 "
    "(correct)",
)
def xg09() -> Book:
    b, s = book()
    department(
        s,
        "椰湾县咖啡产业服务中心",
        BUDGET,
        "全年培训种植户1500人次，新增初加工能力，推动椰湾咖啡品牌建设。",
        TASKS,
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("种植技术培训人次", 15, "人次", "正向", "≥1500"),
            ("新增鲜果初加工能力", 15, "吨/日", "正向", "≥40"),
            ("品牌推介活动场次", 10, "场", "正向", "≥6"),
            ("培训合格率", 10, "%", "正向", pct(0.9)),
            ("初加工设备补助到位率", 10, "%", "正向", pct(1)),
            ("每人次培训成本", 10, "元/人次", "反向", "≤400"),
            ("精品咖啡豆收购价格增长率", 10, "%", "正向", pct(0.05)),
            ("鲜果初加工损耗率", 10, "%", "反向", "≤5"),
            ("种植户满意度", 10, "%", "正向", pct(0.9)),
        ]
    )
    notes(s, ["注：权重合计100。"], width=5)
    return b


@variant(
    "xg10-flat-growing-wrong",
    (3, 11),
    "department, flat list in another order (指标名称 · "
    "指标值 · 计量单位 · 权重): weights add to 95, a conversion rate given in 吨",
)
def xg10() -> Book:
    b, s = book()
    department(
        s,
        "椰湾县热带作物技术推广站",
        [(260, 240, 20, 110, 150)],
        "推广咖啡良种和绿色防控技术，提高咖啡鲜果品质。",
    )
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table(
        [
            ("良种推广面积", "≥3000", "亩", 15),
            ("绿色防控技术示范点", "≥6", "个", 10),
            ("技术指导服务人次", "≥2000", "人次", 10),
            ("示范点病虫害发生率", "≤5", "%", 10),
            ("咖啡鲜果优质果率", "≥70", "%", 10),
            (
                "咖啡鲜果就地加工转化率",
                mk("1200", "T105", "error", note="转化率给的是吨数，不是百分比"),
                "吨",
                10,
            ),
            ("每亩良种推广补助", "≤300", "元/亩", 10),
            ("种植户满意度", "≥90", "%", 20),
        ]
    )
    b.file_mark("W101", "error", note="权重 15+10+10+10+10+10+10+20 = 95，不是 100")
    return b


@variant(
    "xg11-roastery-notes",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, a 说明 row "
    "inside the table, a header repeated after a page break, footnotes, 填表说明, signature "
    "and a fill date in the year before (correct)",
)
def xg11() -> Book:
    b, s = book()
    project(
        s,
        "咖啡烘焙体验中心运营补助",
        "椰湾县石陂镇人民政府",
        funds(40, 30, 10),
        ["支持石陂镇咖啡烘焙体验中心运营，全年接待游客2万人次。"],
        dept=INDUSTRY,
    )
    header = ("一级指标", "二级指标", "指标内容", "绩效标准", "备注")
    indicators(
        s,
        header,
        [
            ("产出指标", "数量指标", "接待游客人次", "≥20000人次", None),
            (None, None, "举办烘焙技能培训", "≥12期", "每月1期"),
            (None, "质量指标", "食品安全检查合格率", "=100%", None),
            (None, "时效指标", "补助资金拨付时间", "6月30日前", None),
            (None, "成本指标", "每期培训经费", "≤1.5万元/期", None),
        ],
    )
    notes(s, ["说明：每期培训经费含场地、原料和讲师费用。"], width=5)
    s.skip()
    indicators(
        s,
        header,
        [
            ("效益指标", "经济效益指标", "带动周边咖啡豆零售额", "≥150万元", None),
            (None, "社会效益指标", "吸纳本地就业人数", "≥15人", None),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", None),
        ],
    )
    notes(
        s,
        ["注：游客人次以门票系统统计为准。", "填表说明：1.指标值应量化；2.金额单位为万元。"],
        width=5,
    )
    signature(s, "邢建南", "0898-6352 7720", day(YEAR - 1, 12, 12))
    s.row("单位负责人（签字）：", None, None, "（盖章）")
    return b


@variant(
    "xg12-labels-wrong-parent",
    (5, 7),
    "project, NAT-2021, numbered tier labels with points, "
    "headers 考核指标 / 目标值（年度） / 评价标准: a 时效 tier-2 under 效益, 预算执行率 as a cost",
)
def xg12() -> Book:
    b, s = book(widths=(18, 16, 28, 16, 20))
    project(
        s,
        "咖啡老园更新复植项目",
        "椰湾县南漾镇农业服务中心",
        funds(150, 150, 0),
        ["更新复植老咖啡园1000亩，复植苗木成活率90%以上。"],
        dept=AGRI,
    )
    header = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    indicators(
        s,
        header,
        [
            ("一、产出指标（40分）", "（一）数量指标", "1.更新复植面积", "≥1000亩", "按比例扣分"),
            (None, "（二）质量指标", "2.复植苗木成活率", "≥90%", "每低1%扣1分"),
            (
                "二、成本指标（20分）",
                "（一）经济成本指标",
                "3.亩均复植补助",
                "≤1500元/亩",
                "超出不得分",
            ),
            (
                None,
                None,
                mk(
                    "4.预算执行率",
                    "F202",
                    "warning",
                    row=True,
                    note="预算执行率另行评价，不应作为成本指标",
                ),
                "≥90%",
                "按比例扣分",
            ),
            (
                "三、效益指标（30分）",
                "（一）经济效益指标",
                "5.复植园三年后单产",
                "≥150公斤/亩",
                "未达不得分",
            ),
            (
                None,
                mk("（二）时效指标", "F105", "error", note="时效指标属产出指标，不在效益指标之下"),
                "6.复植完成时间",
                "8月31日前",
                "逾期不得分",
            ),
            (None, "（三）可持续影响指标", "7.复植园管护责任落实", "到位", "未落实不得分"),
            (
                "四、满意度指标（10分）",
                "（一）服务对象满意度指标",
                "8.种植户满意度",
                "≥90%",
                "每低1%扣1分",
            ),
        ],
    )
    return b
