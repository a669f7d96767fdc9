"""Homestay upgrades: six returns (kge01–kge06)."""

from __future__ import annotations

from tests.variants.holdout853.common import (
    department,
    indicators,
    note,
    one_year,
    project,
    sign,
    stacked,
    wan,
)
from tests.variants.holdout853.registry import variant
from tests.variants.kit import Book, mk, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kge01-homestay-upgrade",
    (1, 5, 12),
    "project, NAT-2021, numbered tier labels with points, typed percents, 万元 in the number "
    "format (correct)",
)
def kge01() -> Book:
    b, s = project(
        2026,
        "云岙村民宿提质改造补助项目",
        "松坪乡人民政府",
        one_year(wan(300), wan(260), wan(40)),
        ["完成40户民宿提质改造（其中精品民宿12户），改造户户均年增收2万元以上。"],
    )
    indicators(
        s,
        H4,
        [
            ("一、产出指标（40分）", "（一）数量指标", "改造民宿户数", "≥40户"),
            (None, None, "其中：精品民宿户数", "≥12户"),
            (None, "（二）质量指标", "改造验收合格率", pct(0.95)),
            (None, "（三）时效指标", "改造完成时间", "2026年11月30日前"),
            ("二、成本指标（20分）", "（一）经济成本指标", "每户改造补助标准", "≤7万元/户"),
            (None, "（二）社会成本指标", "改造期间安全事故", "0起"),
            ("三、效益指标（30分）", "（一）经济效益指标", "改造户户均年增收", "≥2万元"),
            (None, "（二）社会效益指标", "民宿旺季入住率提高", "≥5百分点"),
            (None, "（三）可持续影响指标", "民宿管护制度", "建立并执行"),
            ("四、满意度指标（10分）", "（一）服务对象满意度指标", "改造户满意度", pct(0.9)),
        ],
    )
    sign(s, 2026, "陶允秋", "0739-6218405")
    return b


@variant(
    "kge02-homestay-stacked",
    (2,),
    "two homestay projects stacked in one sheet, OLD-NAT, one value column, the same "
    "satisfaction indicator with different values (correct)",
)
def kge02() -> Book:
    b, s = project(
        2026,
        "柏溪村民宿公共配套提升项目",
        "柏溪村村民委员会",
        one_year(wan(85), wan(75), wan(10)),
        ["新建民宿集中区停车场1处、公共厕所2座，铺设污水管网1.2公里。"],
        sheet="绩效目标表",
    )
    indicators(
        s,
        H4,
        [
            ("产出指标", "数量指标", "新建停车场", "1处"),
            (None, None, "新建公共厕所", "≥2座"),
            (None, None, "铺设污水管网", "≥1.2公里"),
            (None, "质量指标", "工程验收合格率", "=100%"),
            (None, "时效指标", "工程完工时间", "2026年10月31日前"),
            (None, "成本指标", "公共厕所单座造价", "≤18万元/座"),
            ("效益指标", "社会效益指标", "民宿集中区污水收集率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "民宿经营户满意度", "≥85%"),
        ],
    )
    stacked(
        s,
        2026,
        "石湾镇民宿管家培训项目",
        "石湾镇文化旅游服务站",
        one_year(wan(45), wan(45), wan(0)),
        ["开展民宿管家培训6期，培训150人次，持证上岗率达到80%以上。"],
    )
    indicators(
        s,
        H4,
        [
            ("产出指标", "数量指标", "培训期数", "≥6期"),
            (None, None, "培训人次", "≥150人次"),
            (None, "质量指标", "学员结业考核合格率", "≥90%"),
            (None, "时效指标", "培训完成时间", "2026年9月30日前"),
            (None, "成本指标", "人均培训成本", "≤3000元/人次"),
            ("效益指标", "社会效益指标", "民宿管家持证上岗率", "≥80%"),
            ("满意度指标", "服务对象满意度指标", "民宿经营户满意度", "≥92%"),
        ],
    )
    return b


@variant(
    "kge03-homestay-goal-count",
    (11, 12),
    "project, OLD-NAT, operators inside the values: the goal's household count against the "
    "indicator, a subsidy standard × count above the money, a complaint rate with ≥",
)
def kge03() -> Book:
    b, s = project(
        2026,
        "青岙片区民宿改造提升项目",
        "青岙片区管理委员会",
        one_year(wan(300), wan(270), wan(30)),
        ["完成民宿改造50户，新增床位300张，民宿游客投诉率控制在3%以内。"],
    )
    indicators(
        s,
        H4,
        [
            ("产出指标", "数量指标", "改造民宿户数", mk("≥45户", "D104", "warning", row=True,
             note="年度目标写改造民宿50户，指标只写45户")),
            (None, None, "新增民宿床位", "≥300张"),
            (None, "质量指标", "改造验收合格率", "≥95%"),
            (None, "时效指标", "改造完成时间", "2026年11月30日前"),
            (None, "成本指标", "每户改造补助标准", mk("≤8万元/户", "B107", "warning", row=True,
             note="8万元/户 × 45户 = 360万元，超过年度资金300万元")),
            ("效益指标", "社会效益指标", "民宿游客投诉率", mk("≥3%", "T108", "warning", row=True,
             note="投诉率是反向指标，目标也写“3%以内”，应为≤")),
            (None, "经济效益指标", "改造户户均年增收", "≥1.5万元"),
            ("满意度指标", "服务对象满意度指标", "入住游客满意度", "≥90%"),
        ],
    )  # fmt: skip
    return b


@variant(
    "kge04-homestay-department",
    (4, 12),
    "department, NAT-2021 with abbreviated labels: budget, key tasks with a 金额合计 of the "
    "project spending, a 说明 row between tiers, footnotes and signature lines (correct)",
)
def kge04() -> Book:
    b, s = department(
        2026,
        (wan(860), wan(800), wan(60), wan(420), wan(440)),
        "目标1：完成民宿提质改造40户；目标2：维护旅游步道35公里；目标3：举办乡村节庆活动5场。",
        tasks=[
            ("民宿提质改造", "改造补助、等级评定", wan(300), "改造40户，验收合格率≥95%"),
            ("旅游步道维护", "步道巡查、修缮", wan(90), "维护步道35公里"),
            ("乡村节庆活动", "丰收节、龙舟节等", wan(50), "举办活动5场"),
            ("金额合计", None, wan(440), None),
        ],
    )
    indicators(
        s,
        H4,
        [
            ("产出", "数量", "改造民宿户数", "≥40户"),
            (None, None, "维护旅游步道里程", "≥35公里"),
            (None, None, "举办乡村节庆活动", "≥5场"),
            (None, "质量", "民宿改造验收合格率", "≥95%"),
            (None, "时效", "年度任务完成时间", "2026年12月31日前"),
            ("说明：以下成本指标按项目支出测算，不含基本支出。", "", "", ""),
            ("成本", "经济成本", "每户民宿改造补助", "≤7万元/户"),
            ("效益", "经济效益", "乡村旅游接待收入增长率", "≥8%"),
            (None, "社会效益", "带动农户就业", "≥260人"),
            ("满意度", "服务对象满意度", "游客满意度", "≥90%"),
        ],
    )
    note(s, "注：1. 金额合计为项目支出合计440万元，不含基本支出420万元。")
    note(s, "2. 指标值均为2026年度目标值。")
    sign(s, 2026, "吕含章", "0739-6218117", 11, 25)
    return b


@variant(
    "kge05-homestay-cluster-period",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: a title year left from last season, "
    "an annual count above its period count, a cumulative count copied into 年度",
)
def kge05() -> Book:
    b, s = project(
        2026,
        "雾岭县乡村民宿集群培育项目",
        "雾岭县文化和旅游局",
        [
            ("中期资金总额", wan(900), "年度资金总额", wan(300)),
            ("其中：财政拨款", wan(780), "其中：财政拨款", wan(260)),
            ("其他资金", wan(120), "其他资金", wan(40)),
        ],
        [
            "三年培育民宿集群3个，改造民宿150户，培训从业人员600人次。",
            "2026年培育民宿集群1个，改造民宿50户，培训从业人员200人次。",
        ],
        years=3,
        title=mk("2025年度项目支出绩效目标申报表", "Y101", "error",
                 note="项目2026年开始、预算年度2026，标题仍是上一季的2025年度"),
    )  # fmt: skip
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"),
        [
            ("产出指标", "数量指标", "培育民宿集群", "≥3个", "≥1个"),
            (None, None, "改造民宿户数", "≥150户", mk("≥150户", "D202", "warning",
             alt=("D104",), note="累计户数从中期列照抄；年度目标写50户")),
            (None, None, "培训民宿从业人员", "≥600人次", mk("≥800人次", "D201", "error",
             note="年度800人次超过三年合计600人次")),
            (None, "质量指标", "改造验收合格率", "≥95%", "≥95%"),
            (None, "时效指标", "年度任务完成时间", "2028年12月31日前", "2026年12月31日前"),
            ("成本指标", "经济成本指标", "每户改造补助标准", "≤2万元/户", "≤2万元/户"),
            ("效益指标", "经济效益指标", "集群民宿年营业收入增长率", "≥15%", "≥5%"),
            (None, "可持续影响指标", "民宿集群运营管理机制", "健全", "建立"),
            ("满意度指标", "服务对象满意度指标", "民宿经营户满意度", "≥90%", "≥90%"),
        ],
    )  # fmt: skip
    return b


@variant(
    "kge06-homestay-flat",
    (1, 3),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), typed "
    "percents, weights add to 100 (correct)",
)
def kge06() -> Book:
    b, s = department(
        2026,
        (wan(120), wan(100), wan(20), wan(70), wan(50)),
        "完成民宿等级评定30户，消防检查全覆盖，民宿从业人员培训400人。",
    )
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("民宿等级评定户数", 20, "户", "≥", 30),
            ("民宿消防检查覆盖率", 20, "%", "≥", pct(0.98)),
            ("民宿从业人员培训人数", 15, "人", "≥", 400),
            ("人均培训成本", 15, "元/人", "≤", 800),
            ("民宿投诉处理及时率", 10, "%", "≥", pct(0.95)),
            ("民宿安全事故发生率", 10, "%", "≤", pct(0.01)),
            ("民宿经营户满意度", 10, "%", "≥", pct(0.9)),
        ]
    )
    note(s, "注：400人 × 800元/人 = 32万元，在项目支出50万元之内。", 5)
    return b
