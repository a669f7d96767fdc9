"""Scenic-area toilets: upgrades, new builds, cleaning and sewage, a flat department list."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout794.common import YEAR, indicators, notes, sign, start, wan
from tests.variants.holdout794.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, ok, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
MID_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kdx01-toilet-upgrade",
    (1, 11),
    "project, NAT-2021, operator and unit columns, typed percent cells, a 下降率 with ≥ and a "
    "0起 incident count (correct)",
)
def toilet_upgrade() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="翠岙风景区旅游厕所提质改造项目",
        dept="澜屿县文化和旅游局（417）",
        unit="澜屿县翠岙风景区管理处",
        attr="一次性项目",
        money=[("资金总额", wan(96), "其中：财政拨款", wan(80)), ("其他资金", wan(16), None, None)],
        goals=[
            "改造翠岙风景区旅游厕所12座（其中加设第三卫生间4座），11月底前完工，改善游客如厕体验。"
        ],
    )
    indicators(
        s,
        OP_HEAD,
        [
            ("产出指标", "数量指标", "改造旅游厕所数量", "≥", 12, "座"),
            (None, None, "加设第三卫生间数量", "≥", 4, "座"),
            (None, "质量指标", "改造工程验收合格率", "=", pct(1), "%"),
            (None, "时效指标", "改造完工时间", "≤", day(YEAR, 11, 30, CN_DATE), None),
            ("成本指标", "经济成本指标", "单座厕所改造成本", "≤", 8, "万元/座"),
            ("效益指标", "社会效益指标", "高峰时段如厕排队时长下降率", "≥", pct(0.3), "%"),
            (None, None, "如厕设施安全责任事故", "≤", 0, "起"),
            (None, "可持续影响指标", "厕所保洁管护制度", "定性", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "游客如厕满意度", "≥", pct(0.92), "%"),
        ],
    )
    sign(s, "阮行舟", "0743-6625187")
    return b


@variant(
    "kdx02-toilet-new-build",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: an annual count above the period's, a "
    "period count copied into the year, a deadline the 年度目标 states otherwise",
)
def toilet_new_build() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        years=3,
        name="鹤汀湖景区旅游厕所新建项目",
        dept="澜屿县文化和旅游局（417）",
        unit="鹤汀湖景区管理委员会",
        attr="新增项目",
        money=[
            ("中期资金总额", wan(900), "年度资金总额", wan(300)),
            ("其中：财政拨款", wan(750), "其中：财政拨款", wan(250)),
            ("其他资金", wan(150), "其他资金", wan(50)),
        ],
        goals=[
            "2025—2027年在鹤汀湖景区新建旅游厕所30座，其中智慧厕所15座，建成智慧厕所管理平台。",
            "2025年新建旅游厕所10座（其中智慧厕所5座），首批10座于10月31日前完工，上线管理平台。",
        ],
    )
    indicators(
        s,
        MID_HEAD,
        [
            (
                "产出指标",
                "数量指标",
                "新建旅游厕所数量",
                "≥30座",
                mk("≥32座", "D201", "error", alt=("D104",), note="年度 32 > 中期 30; goal says 10"),
            ),
            (
                None,
                None,
                "新建智慧厕所数量",
                "≥15座",
                mk("≥15座", "D202", "warning", alt=("D104",), note="period copied; goal says 5"),
            ),
            (None, "质量指标", "竣工验收合格率", "=100%", "=100%"),
            (
                None,
                "时效指标",
                "首批厕所完工时间",
                "2027年12月31日前",
                mk("2025年12月31日前", "D104", "warning", note="年度目标: 10月31日前完工"),
            ),
            (
                "成本指标",
                "经济成本指标",
                "单座厕所新建成本",
                "≤28万元/座",
                ok("≤28万元/座", "warning", note="× the wrong 32座 exceeds 300万"),
            ),
            ("效益指标", "社会效益指标", "景区厕所服务半径", "≤500米", "≤500米"),
            (None, "生态效益指标", "粪污资源化利用率", "≥90%", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "游客如厕满意度", "≥90%", "≥90%"),
        ],
    )
    sign(s, "梅知远", "0743-6625190")
    return b


def _sewage(s: Sheet) -> None:
    """The second project of kdx03, stacked under the first."""
    s.skip()
    project_head(
        s,
        year=YEAR,
        title="",
        name="偏远景区旅游厕所粪污处理设施建设项目",
        dept="澜屿县文化和旅游局（417）",
        unit="澜屿县旅游厕所管理服务中心",
        attr="一次性项目",
        money=[
            (
                "资金总额",
                mk(wan(45), "B101", "error", note="30 + 10 = 40 ≠ 45"),
                "其中：财政拨款",
                wan(30),
            ),
            ("其他资金", wan(10), None, None),
        ],
        goals=["为偏远景区旅游厕所配建一体化粪污处理设施8套，处理达标后回用于景区绿化。"],
    )
    indicators(
        s,
        ONE_HEAD,
        [
            (
                "产出指标",
                "数量指标",
                "配建粪污处理设施数量",
                mk("≥6套", "D104", "warning", note="goal: 8套"),
            ),
            (None, "质量指标", "出水水质达标率", "≥95%"),
            (
                None,
                None,
                mk("处理后出水水质达标率", "D103", "warning", row=True, alt=("D102", "D101")),
                "≥90%",
            ),
            (None, "时效指标", "设施建成时间", "2025年11月30日前"),
            (None, "成本指标", "单套设施造价", "≤5万元/套"),
            ("效益指标", "生态效益指标", "粪污资源化利用率", "≥85%"),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
        ],
    )


@variant(
    "kdx03-toilet-stacked",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the second's total is not its parts, a "
    "count its goal gives otherwise, a near-duplicate rate",
)
def toilet_stacked() -> Book:
    b, s = start("绩效目标表")
    project_head(
        s,
        year=YEAR,
        name="旅游厕所日常保洁运维项目",
        dept="澜屿县文化和旅游局（417）",
        unit="澜屿县旅游厕所管理服务中心",
        attr="常年项目",
        money=[("资金总额", wan(64), "其中：财政拨款", wan(64)), ("其他资金", wan(0), None, None)],
        goals=["对全县景区旅游厕所48座实行专人保洁，每座每日保洁不少于4次。"],
    )
    indicators(
        s,
        ONE_HEAD,
        [
            ("产出指标", "数量指标", "保洁旅游厕所数量", "≥48座"),
            (None, None, "每座日均保洁次数", "≥4次"),
            (None, "质量指标", "保洁质量达标率", "≥95%"),
            (None, "时效指标", "保洁问题整改及时率", "≥95%"),
            (None, "成本指标", "单座年保洁运维成本", "≤1.3万元/座"),
            ("效益指标", "社会效益指标", "厕所异味投诉率", "≤2%"),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
        ],
    )
    _sewage(s)
    sign(s, "梅知远", "0743-6625190")
    return b


@variant(
    "kdx04-toilet-flat-department",
    (3, 4, 12),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percents, "
    "tasks adding to 金额合计, a 合计 weight row (correct)",
)
def toilet_flat_department() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="澜屿县旅游厕所管理服务中心",
        budget=[(wan(560), wan(500), wan(60), wan(210), wan(350))],
        tasks=[
            ("保洁运维", "86座旅游厕所日常保洁及耗材", wan(220), "保洁质量达标率≥95%"),
            ("设施维修", "破损洁具、照明、排风设施维修", wan(90), "报修24小时内响应"),
            ("智慧监测", "客流、异味在线监测设备运维", wan(40), "监测覆盖率≥80%"),
            ("金额合计", None, wan(350), None),
        ],
        goal="管护全县旅游厕所86座（景区内52座、景区外34座），保洁达标、设施完好，游客满意。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("管护旅游厕所数量", 15, "座", "≥", 86),
            ("景区内旅游厕所管护数量", 10, "座", "≥", 52),
            ("厕所保洁质量达标率", 15, "%", "≥", pct(0.95)),
            ("设施报修响应时间", 10, "小时", "≤", 24),
            ("单座年均保洁运维成本", 10, "万元/座", "≤", 2.5),
            ("游客如厕投诉率", 10, "%", "≤", pct(0.02)),
            ("厕所异味投诉下降率", 10, "%", "≥", pct(0.15)),
            ("智慧监测覆盖率", 10, "%", "≥", pct(0.8)),
            ("游客满意度", 10, "%", "≥", pct(0.9)),
            ("合计", 100, None, None, None),
        ]
    )
    notes(s, ["注：景区内管护数量为管护总数的一部分，单座运维成本按保洁运维任务资金测算。"], 5)
    sign(s, "阮行舟", "0743-6625187")
    return b


@variant(
    "kdx05-toilet-wrong-tier",
    (5,),
    "project, OLD-NAT, numbered tier labels with points: a quality rate under 时效, a "
    "satisfaction rate under 社会效益, last season's deadline",
)
def toilet_wrong_tier() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="石罅峡景区旅游厕所标准化管理项目",
        dept="澜屿县文化和旅游局（417）",
        unit="石罅峡景区管理处",
        money=[("资金总额", wan(32), "其中：财政拨款", wan(32)), ("其他资金", wan(0), None, None)],
        goals=[
            "对石罅峡景区20座旅游厕所实施标准化管理，其中6座配置无障碍设施，设施完好、保洁达标。"
        ],
    )
    late = mk("2024年12月31日前", "Y102", "error", alt=("Y101", "Y103"), note="last season's date")
    indicators(
        s,
        ONE_HEAD,
        [
            ("一、产出指标（50分）", "（一）数量指标", "标准化管理旅游厕所数量", "≥20座"),
            (None, None, "配置无障碍设施厕所数量", "≥6座"),
            (None, "（二）质量指标", "厕所设施完好率", "≥95%"),
            (
                None,
                "（三）时效指标",
                mk("厕所保洁达标率", "F201", "warning", row=True, note="a quality rate"),
                "≥95%",
            ),
            (None, None, "设施故障修复时限", "≤48小时"),
            (None, None, "标准化改造完成时间", late),
            (None, "（四）成本指标", "单座年管理成本", "≤1.5万元/座"),
            (
                "二、效益指标（30分）",
                "（一）社会效益指标",
                mk("游客如厕满意度", "F201", "warning", row=True, note="belongs to 满意度"),
                "≥90%",
            ),
            (None, None, "景区厕所标准化达标率", "≥90%"),
            (None, "（二）可持续影响指标", "长效管护机制", "建立并执行"),
            ("三、满意度指标（20分）", "（一）服务对象满意度指标", "景区经营户满意度", "≥85%"),
        ],
    )
    sign(s, "柯望川", "0743-6631024")
    return b


@variant(
    "kdx06-toilet-smart-pilot",
    (7, 10),
    "project: head on the first sheet, the indicator table on a second sheet under 预期实现值, a "
    "rate raised in 百分点, a later year the pilot prepares for (correct)",
)
def toilet_smart_pilot() -> Book:
    b, s = start("项目信息")
    project_head(
        s,
        year=YEAR,
        name="枫垭镇旅游厕所智慧化试点项目",
        dept="澜屿县文化和旅游局（417）",
        unit="枫垭镇人民政府",
        attr="一次性项目",
        start=day(YEAR, 3, 1),
        end=day(YEAR, 10, 31),
        money=[("资金总额", wan(45), "其中：财政拨款", wan(40)), ("其他资金", wan(5), None, None)],
        goals=["在枫垭镇游客集散区试点智慧厕所6座，实时发布厕位信息，为2026年在全县推广积累经验。"],
    )
    sign(s, "沈濯缨", "0743-6640318")
    t = b.sheet("绩效指标", (14, 18, 30, 18, 24))
    t.title("枫垭镇旅游厕所智慧化试点项目绩效指标", 5)
    indicators(
        t,
        ("一级指标", "二级指标", "三级指标", "预期实现值", "备注"),
        [
            ("产出指标", "数量指标", "智慧厕所试点数量", "≥6座", None),
            (None, "质量指标", "厕位信息发布准确率", "≥98%", None),
            (None, None, "厕所设施完好率", "提高≥3百分点", "上年为92%"),
            (None, "时效指标", "试点建成时间", "2025年9月30日前", None),
            ("成本指标", "经济成本指标", "单座智慧化改造成本", "≤7万元/座", "6座共42万元"),
            ("效益指标", "社会效益指标", "游客寻厕平均用时下降率", "≥20%", None),
            (None, "可持续影响指标", "形成可推广的智慧厕所管理方案", "≥1套", "供2026年推广"),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", None),
        ],
    )
    return b
