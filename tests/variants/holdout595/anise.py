"""Star-anise (八角) groves and the drying plant: project, second-sheet and flat returns
(eg07–eg12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout595.common import TIERS, YEAR, book, footer, indicators, one_year, wan
from tests.variants.holdout595.registry import variant
from tests.variants.kit import Book, day, mk, pct

GOAL07 = (
    "改造八角低产林1200亩（其中桂岑镇700亩、茶垌村500亩），鲜果亩产提高15%，"
    "为2027年申报岩枫八角地理标志产品积累基础数据。"
)
ROWS07 = [
    ("产出", "数量", "八角低产林改造面积", "≥1200亩"),
    (None, None, "测土配方施肥面积", "≥1200亩"),
    (None, "质量", "补植苗木成活率", pct(0.9)),
    (None, "时效", "冬季修剪完成时间", "2025年12月31日前"),
    (None, "成本", "每亩改造补助标准", "≤800元/亩"),
    ("效益", "经济效益", "鲜果亩产增幅", pct(0.15)),
    (None, "社会效益", "带动林农户数", "≥300户"),
    (None, "生态效益", "林地水土流失率下降", "≥3百分点"),
    (None, "可持续影响", "八角炭疽病发生率", "≤5%"),
    ("满意度", "服务对象满意度", "林农满意度", pct(0.9)),
]


@variant(
    "eg07-grove-abbreviated",
    (5, 10, 12),
    "project, OLD-NAT, abbreviated tiers, cost standard × area equal to the money (correct)",
)
def eg07() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="岩枫县八角低产林改造项目",
        dept="岩枫县林业局",
        unit="岩枫县林业技术推广站",
        money=one_year(wan(96), 80, 16),
        goals=[GOAL07],
    )
    indicators(s, (*TIERS, "指标值"), ROWS07)
    footer(s, "蒙国栋", "0776-4281735")
    return b


GOAL08 = "完成八角林抚育800亩，修剪整形、施肥和病虫害防治同步实施，鲜果产量提高10%。"
ROWS08 = [
    (
        "*产出指标",
        "*数量指标",
        "八角林抚育面积",
        "大于等于",
        mk(600, "D104", "warning", row=True, note="年度目标写抚育800亩"),
        "亩",
    ),
    (None, "*质量指标", "抚育作业验收合格率", "大于等于", 95, "%"),
    (None, "*时效指标", "抚育作业完成时间", "小于等于", "2025年11月30日", "日期"),
    (
        None,
        "*成本指标",
        "每亩抚育成本",
        "小于等于",
        mk(1800, "B107", "warning", row=True, note="1800元×600亩=108万元，超过年度资金100万元"),
        "元/亩",
    ),
    ("*效益指标", "经济效益指标", "鲜果产量增幅", "大于等于", 10, "%"),
    (None, "社会效益指标", "带动林农就业人次", "大于等于", 1200, "人次"),
    ("*满意度指标", "服务对象满意度指标", "林农满意度", "大于等于", 90, "%"),
]


@variant(
    "eg08-grove-tending-cost",
    (5, 12),
    "project, OLD-NAT, starred tiers, operators in words: area against goal, cost over money",
)
def eg08() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="石湄乡八角林提质增效项目",
        dept="岩枫县林业局",
        unit="石湄乡林业站",
        money=one_year(wan(100), 90, 10),
        goals=[GOAL08],
    )
    indicators(s, (*TIERS, "指标性质", "指标值", "计量单位"), ROWS08)
    footer(s, "覃丽萍", "0776-4283390")
    return b


GOAL09 = "改造八角烘干线2条，年烘干鲜果能力达到6000吨，干果一级品率不低于85%。"
ROWS09 = [
    ("产出指标", "数量指标", "改造烘干线", "=2条", "生物质热风炉"),
    (None, None, "年烘干鲜果能力", "≥6000吨", None),
    (None, "质量指标", "干果含水率", "≤13%", "行业标准"),
    (None, None, "干果一级品率", pct(0.85), None),
    (None, "时效指标", "技改完成时间", "2025年9月30日前", "赶在秋果采收前"),
    ("成本指标", "经济成本指标", "每吨鲜果烘干能耗成本", "≤260元/吨", None),
    (None, "生态环境成本指标", "烘干废气排放达标率", pct(0.98), None),
    ("效益指标", "经济效益指标", "干果加工增值", "≥300万元", None),
    ("满意度指标", "服务对象满意度指标", "交售果农满意度", pct(0.9), None),
]


@variant(
    "eg09-drying-second-sheet",
    (4, 7),
    "project head on sheet 1, table on sheet 2 under 预期实现值, note rows, signatures (correct)",
)
def eg09() -> Book:
    b, s = book("项目基本信息")
    project_head(
        s,
        year=YEAR,
        name="岩枫县八角烘干加工厂技改项目",
        dept="岩枫县林业局",
        unit="岩枫县八角产业发展服务中心",
        money=one_year(wan(180), 150, 30),
        goals=[GOAL09],
        start=day(YEAR, 2, 1),
        end=day(YEAR, 9, 30),
    )
    t = b.sheet("绩效指标")
    t.title(f"{YEAR}年度项目绩效指标", 5)
    indicators(t, (*TIERS, "预期实现值", "备注"), ROWS09[:5])
    t.row("说明：烘干能力按鲜果折算，干果按4.2∶1折算。", merge=[(1, 5)])
    indicators(t, (*TIERS, "预期实现值", "备注"), ROWS09[5:])
    footer(t, "韦建林", "0776-4287702")
    return b


GOAL10 = "在桂岑镇建成八角集中烘干点1个，日烘干鲜果40吨，秋果季收购烘干鲜果2000吨。"
ROWS10 = [
    ("产出指标", "数量指标", "建成集中烘干点", "=1个"),
    (None, None, "秋果季烘干鲜果量", "≥2000吨"),
    (None, "质量指标", "干果抽检合格率", pct(0.95)),
    (
        None,
        "时效指标",
        "烘干点投产时间",
        mk(
            "2024年9月30日前",
            "Y102",
            "error",
            row=True,
            alt=("Y103", "Y101"),
            note="投产期限在预算年度之前，是上一季的日期",
        ),
    ),
    ("成本指标", "经济成本指标", "每吨鲜果烘干成本", "≤220元/吨"),
    ("效益指标", "经济效益指标", "鲜果收购溢价", "≥0.3元/斤"),
    (
        None,
        "社会效益指标",
        mk("收购商满意度", "F201", "warning", row=True, note="满意度填在社会效益指标下"),
        pct(0.9),
    ),
    ("满意度指标", "服务对象满意度指标", "交售果农满意度", pct(0.9)),
]


@variant(
    "eg10-drying-point-dates",
    (12,),
    "project, NAT-2021: annual money not the sum of its sources, last season's date, tier",
)
def eg10() -> Book:
    b, s = book()
    total = mk(wan(150), "B101", "error", note="财政拨款100+其他资金40=140")
    money = one_year(total, 100, 40)
    project_head(
        s,
        year=YEAR,
        name="桂岑镇八角集中烘干点建设项目",
        dept="岩枫县林业局",
        unit="桂岑镇人民政府",
        money=money,
        goals=[GOAL10],
        attr="新增项目",
    )
    indicators(s, (*TIERS, "绩效目标值"), ROWS10)
    footer(s, "罗志刚", "0776-4290518")
    return b


FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
ROWS11 = [
    ("八角高产栽培技术推广面积", 20, "万亩", "≥", 1.5),
    ("林农技术培训人次", 15, "人次", "≥", 2000),
    ("八角炭疽病发病率", 15, "%", "≤", pct(0.05)),
    ("八角落果率下降率", 10, "%", "≥", pct(0.1)),
    ("良种苗木合格率", 15, "%", "≥", pct(0.95)),
    ("技术服务按时完成率", 10, "%", "≥", pct(0.95)),
    ("林农满意度", 15, "%", "≥", pct(0.9)),
]


@variant(
    "eg11-forestry-flat",
    (1, 3),
    "department, flat list 指标名称·权重·计量单位·指标性质·指标值, weights 100 (correct)",
)
def eg11() -> Book:
    b, s = book()
    tasks = [
        ("技术推广", "八角高产栽培技术推广", wan(90), "推广1.5万亩"),
        ("良种繁育", "八角良种苗圃", wan(60), "出圃良种苗40万株"),
        ("金额合计", None, wan(150), None),
    ]
    goal = (
        "推广八角高产栽培技术1.5万亩（含新植3000亩），培训林农2000人次，炭疽病发病率控制在5%以内。"
    )
    department_head(
        s,
        year=YEAR,
        dept="岩枫县林业技术推广站",
        tasks=tasks,
        goal=goal,
        budget=[(wan(410), wan(380), wan(30), wan(260), wan(150))],
    )
    indicators(s, FLAT_HEAD, ROWS11, merged=())
    s.row("合计", 100)
    footer(s, "蒙国栋", "0776-4281735")
    return b


ROWS12 = [
    ("八角鲜果收购量", 20, "吨", "≥", 3000),
    (
        "烘干点建设数量",
        15,
        "个",
        "=",
        mk(3, "D104", "warning", row=True, note="年度总体目标写建成烘干点4个"),
    ),
    ("干果质量抽检合格率", 15, "%", "≥", pct(0.95)),
    (
        mk(
            "八角鲜果年收购量",
            "D103",
            "warning",
            row=True,
            alt=("D101", "D102"),
            note="与八角鲜果收购量同一指标，值不同",
        ),
        15,
        "吨",
        "≥",
        2500,
    ),
    ("收购资金拨付及时率", 10, "%", "≥", pct(0.95)),
    ("果农满意度", 20, "%", "≥", pct(0.9)),
]


@variant(
    "eg12-anise-service-flat",
    (3,),
    "department, flat list: weights not 100, a near-duplicate, goal count against indicator",
)
def eg12() -> Book:
    b, s = book()
    tasks = [
        ("鲜果收购", "组织八角鲜果保底收购", wan(200), "收购鲜果3000吨"),
        ("烘干点建设", "新建八角烘干点", wan(120), "建成烘干点4个"),
        ("金额合计", None, wan(320), None),
    ]
    goal = "全年组织收购八角鲜果3000吨，建成烘干点4个，干果抽检合格率95%以上。"
    department_head(
        s,
        year=YEAR,
        dept="梧岗县八角产业发展服务中心",
        tasks=tasks,
        goal=goal,
        budget=[(wan(500), wan(470), wan(30), wan(180), wan(320))],
    )
    indicators(s, FLAT_HEAD, ROWS12, merged=())
    s.row("合计", 95)
    b.file_mark("W101", "error", note="权重合计95，应为100")
    footer(s, "黄淑芬", "0775-6628814")
    return b
