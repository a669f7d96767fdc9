"""Returns kci01–kci06: the 桐陌县 county-level logistics distribution centre."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout753.common import NAT, indicators, notes, project, sign, start, wan
from tests.variants.holdout753.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant(
    "kci01-centre-build",
    (1, 11, 12),
    "project, NAT-2021, unit column, percent cells, a 货损率 with ≤ and 0起 (correct)",
)
def centre_build() -> Book:
    b, s = project(
        2026,
        "桐陌县县域物流配送中心建设项目",
        "桐陌县商务局",
        [
            ("年度资金总额", wan(260), "其中：财政拨款", wan(230)),
            (None, None, "其他资金", wan(30)),
        ],
        [
            "建成县域物流配送中心1处，改造乡镇快递服务站12个（其中新建4个、提升8个），"
            "全县快递包裹日均处理能力达到2万件。"
        ],
    )
    indicators(
        s,
        NAT,
        [
            ("产出指标", "数量指标", "配送中心建成数量", "=1", "处", None),
            (None, None, "乡镇快递服务站改造数量", "≥12", "个", "新建4个、提升8个"),
            (None, None, "新建乡镇服务站数量", "≥4", "个", None),
            (None, "质量指标", "分拣设备验收合格率", pct(1), "%", "=100%为上限"),
            (None, "时效指标", "配送中心投入运营时间", "≤2026年11月30日", None, None),
            (
                "成本指标",
                "经济成本指标",
                "乡镇服务站改造补助标准",
                "≤15",
                "万元/个",
                "12个共180万元",
            ),
            ("效益指标", "经济效益指标", "快递包裹日均处理能力", "≥2", "万件", None),
            (None, "社会效益指标", "快递包裹货损率", "≤0.5", "%", "反向指标"),
            (None, None, "配送安全事故发生次数", "=0", "起", None),
            ("满意度指标", "服务对象满意度指标", "入驻快递企业满意度", pct(0.9), "%", None),
        ],
    )
    sign(s, "钟予安", "0000-7316248", (2025, 10, 28))
    return b


@variant(
    "kci02-centre-village-points",
    (12,),
    "project, NAT-2021: goal count, a deadline last year and a unit cost above its money",
)
def centre_village_points() -> Book:
    b, s = project(
        2026,
        "桐陌县村级寄递物流服务点建设项目",
        "桐陌县商务局",
        [
            ("年度资金总额", wan(200), "其中：财政拨款", wan(200)),
            (None, None, "其他资金", wan(0)),
        ],
        ["在全县建设村级寄递物流服务点36个，实现行政村寄递服务全覆盖。"],
    )
    indicators(
        s,
        NAT,
        [
            (
                "产出指标",
                "数量指标",
                "村级寄递物流服务点建设数量",
                mk("≥30", "D104", "warning", note="目标写36个"),
                "个",
                None,
            ),
            (None, "质量指标", "行政村寄递服务覆盖率", "=100", "%", None),
            (
                None,
                "时效指标",
                "服务点建成时间",
                mk(day(2025, 10, 31), "Y102", "error", alt=("Y103",), note="预算年度为2026年"),
                None,
                None,
            ),
            (
                "成本指标",
                "经济成本指标",
                "单个服务点建设补助标准",
                mk("≤8", "B107", "warning", row=True, note="8万元×36个=288万元，超过200万元"),
                "万元/个",
                None,
            ),
            ("效益指标", "社会效益指标", "农产品上行单量增长率", "≥10", "%", None),
            ("满意度指标", "服务对象满意度指标", "村民寄递服务满意度", "≥90", "%", None),
        ],
    )
    sign(s, "钟予安", "0000-7316248", (2025, 11, 3))
    return b


@variant(
    "kci03-centre-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns, a later year prepared for (correct)",
)
def centre_three_years() -> Book:
    b, s = project(
        2026,
        "桐陌县共同配送体系建设项目",
        "桐陌县物流发展中心",
        [
            ("中期资金总额", wan(900), "年度资金总额", wan(300)),
            ("中期财政拨款", wan(900), "年度财政拨款", wan(300)),
        ],
        [
            "三年内建成共同配送线路60条，覆盖全部乡镇；为2029年全市推广共同配送积累经验。",
            "2026年开通共同配送线路20条，先行覆盖东部6个乡镇。",
        ],
        years=3,
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "共同配送线路开通数量", "≥60", "≥20", "条"),
            (None, None, "覆盖乡镇数量", "≥18", "≥6", "个"),
            (None, "质量指标", "配送准时率", "≥95", "≥95", "%"),
            (None, "时效指标", "乡镇件平均送达时长", "≤24", "≤24", "小时"),
            ("成本指标", "经济成本指标", "单条线路年度运营补助", "≤5", "≤5", "万元/条"),
            ("效益指标", "经济效益指标", "乡镇件单票配送成本降幅", "≥15", "≥5", "%"),
            ("满意度指标", "服务对象满意度指标", "乡镇网点满意度", "≥90", "≥90", "%"),
        ],
    )
    notes(s, "注：中期指标值为2026—2028年累计数，年度指标值为2026年数。")
    return b


@variant(
    "kci04-centre-two-years",
    (8,),
    "two-year project, NAT-2021: 年度目标 copied from 中期目标, an annual count above "
    "the period's, a cumulative count copied",
)
def centre_two_years() -> Book:
    goal = "两年内建成冷链前置仓8个，新增冷藏车20辆，生鲜农产品冷链流通率提高到40%。"
    b, s = project(
        2026,
        "桐陌县冷链物流设施补短板项目",
        "桐陌县物流发展中心",
        [
            ("中期资金总额", wan(640), "年度资金总额", wan(320)),
            ("中期财政拨款", wan(640), "年度财政拨款", wan(320)),
        ],
        [goal, mk(goal, "D204", "warning", note="年度目标逐字照抄中期目标")],
        years=2,
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位"),
        [
            (
                "产出指标",
                "数量指标",
                "冷链前置仓建成数量",
                "≥8",
                mk("≥10", "D201", "error", note="年度10个大于中期8个"),
                "个",
            ),
            (
                None,
                None,
                "新增冷藏车数量",
                "≥20",
                mk("≥20", "D202", "warning", note="累计数照抄中期值"),
                "辆",
            ),
            (None, "质量指标", "冷库温控达标率", "≥98", "≥98", "%"),
            ("成本指标", "经济成本指标", "单个前置仓建设补助", "≤40", "≤40", "万元/个"),
            ("效益指标", "经济效益指标", "生鲜农产品冷链流通率", "≥40", "≥30", "%"),
            ("满意度指标", "服务对象满意度指标", "生鲜经营户满意度", "≥90", "≥90", "%"),
        ],
    )
    return b


@variant(
    "kci05-centre-stacked",
    (2, 12),
    "two projects stacked in one sheet, NAT-2021, the same indicator with different values "
    "(correct)",
)
def centre_stacked() -> Book:
    b, s = project(
        2026,
        "桐陌县物流配送中心运营补贴",
        "桐陌县商务局",
        [
            ("年度资金总额", wan(120), "其中：财政拨款", wan(120)),
        ],
        ["对配送中心首年运营给予补贴，日均配送单量达到8000单。"],
    )
    indicators(
        s,
        NAT,
        [
            ("产出指标", "数量指标", "日均配送单量", "≥8000", "单", None),
            ("成本指标", "经济成本指标", "运营补贴总额", "≤120", "万元", None),
            ("效益指标", "经济效益指标", "入驻快递品牌数量", "≥6", "家", None),
            ("满意度指标", "服务对象满意度指标", "入驻企业满意度", "≥90", "%", None),
        ],
    )
    s.skip()
    project_head(
        s,
        year=2026,
        name="雁汀县农村物流配送站点运营补贴",
        dept="柘岭市商务局（118）",
        unit="雁汀县商务局",
        money=[("年度资金总额", wan(60), "其中：财政拨款", wan(60))],
        goals=["补贴乡镇配送站点运营，日均配送单量达到3000单。"],
        title="",
    )
    indicators(
        s,
        NAT,
        [
            ("产出指标", "数量指标", "日均配送单量", "≥3000", "单", None),
            ("成本指标", "经济成本指标", "运营补贴总额", "≤60", "万元", None),
            ("效益指标", "经济效益指标", "农产品上行单量增长率", "≥8", "%", None),
            ("满意度指标", "服务对象满意度指标", "站点经营户满意度", "≥90", "%", None),
        ],
    )
    return b


@variant(
    "kci06-centre-export",
    (4, 7),
    "budget-system export: head on sheet 1, codes in the first column of the table on "
    "sheet 2, header on row 3: a quality rate under 时效, a duplicate with a word more",
)
def centre_export() -> Book:
    b, s = start("部门项目支出预算05-1")
    project_head(
        s,
        year=2026,
        name="桐陌县物流配送中心信息平台建设",
        dept="柘岭市商务局（118）",
        unit="桐陌县物流发展中心",
        money=[("年度资金总额", wan(150), "其中：财政拨款", wan(150))],
        goals=["建设配送中心信息平台1套，接入快递企业6家，实现订单统一调度。"],
    )
    t = b.sheet("部门项目支出绩效目标05-2", (14, 12, 14, 30, 14, 10))
    t.title("部门项目支出绩效目标表", 6)
    t.row("单位：桐陌县物流发展中心", None, None, None, "金额单位：万元")
    code = "430926-26-0117"
    indicators(
        t,
        ("项目编码", *NAT[:5]),
        [
            (code, "产出指标", "数量指标", "信息平台建设数量", "=1", "套"),
            (code, None, None, "接入快递企业数量", "≥6", "家"),
            (code, None, None, "日均调度订单量", "≥5000", "单"),
            (
                code,
                None,
                None,
                mk(
                    "日均统一调度订单量",
                    "D101",
                    "warning",
                    row=True,
                    alt=("D103",),
                    note="与上一行同一指标多两个字",
                ),
                "≥5000",
                "单",
            ),
            (
                code,
                None,
                "时效指标",
                mk(
                    "订单数据完整率",
                    "F201",
                    "warning",
                    row=True,
                    note="完整率是质量指标，填在时效下",
                ),
                "≥99",
                "%",
            ),
            (code, None, None, "平台上线时间", "≤2026年9月30日", None),
            (code, "成本指标", "经济成本指标", "平台建设费用", "≤150", "万元"),
            (code, "效益指标", "经济效益指标", "订单分拣效率提升幅度", "≥20", "%"),
            (code, "满意度指标", "服务对象满意度指标", "快递企业满意度", "≥90", "%"),
        ],
        merged=(2, 3),
    )
    return b
