"""Ambulances: fleet purchase, stations, maintenance and a transfer-payment fleet table."""

from __future__ import annotations

from tests.variants.holdout809.common import (
    CITY,
    TIER4,
    annual,
    department,
    indicators,
    notes,
    period,
    project,
    sign,
    start,
    wan,
)
from tests.variants.holdout809.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

U_CENTRE = f"{CITY}急救中心"


@variant(
    "kem01-fleet-purchase",
    (1, 5),
    "project, NAT-2021, numbered tier labels with points, "
    "typed percent cells, 万元 in the number format (correct)",
)
def fleet_purchase() -> Book:
    b, s = start()
    goal = (
        "购置负压救护车6辆（其中监护型2辆），替换运行满8年的旧车，"
        "平均急救反应时间控制在12分钟以内。"
    )
    project(
        s,
        2026,
        "院前急救负压救护车购置项目",
        U_CENTRE,
        annual(wan(300), wan(280), wan(20)),
        [goal],
        attr="一次性项目",
    )
    indicators(
        s,
        TIER4,
        [
            ("一、产出指标（50分）", "（一）数量指标", "1.负压救护车购置数量", "≥6辆"),
            (None, None, "2.其中监护型救护车数量", "≥2辆"),
            (None, "（二）质量指标", "3.车辆验收合格率", "=100%"),
            (None, None, "4.车辆完好率", pct(0.95)),
            (None, "（三）时效指标", "5.车辆交付时间", "2026年9月30日前"),
            ("二、成本指标（20分）", "（一）经济成本指标", "6.单车购置成本", "≤45万元/辆"),
            ("三、效益指标（20分）", "（一）社会效益指标", "7.平均急救反应时间", "≤12分钟"),
            (None, None, "8.转运途中车辆故障率", "≤3%"),
            ("四、满意度指标（10分）", "（一）服务对象满意度指标", "9.患者及家属满意度", pct(0.9)),
        ],
    )
    notes(s, "注：6辆×45万元=270万元，其余30万元用于车载设备安装调试。")
    sign(s, "程佩岚", "0736-5821146", day(2025, 10, 22, CN_DATE))
    return b


@variant(
    "kem02-fleet-goal-count",
    (12,),
    "project, OLD-NAT: the goal's 8 vehicles against an "
    "indicator of 6, a unit cost × count above the money, an end date past a one-year term",
)
def fleet_goal_count() -> Book:
    b, s = start()
    goal = "更新乡镇急救站救护车8辆，全部配备车载心电监护设备，全年院前急救出车不少于9000车次。"
    project(
        s,
        2026,
        "乡镇急救站救护车更新项目",
        f"{CITY}枫岙县急救分中心",
        annual(wan(320), wan(300), wan(20)),
        [ok(goal, "warning")],
        end=mk(
            day(2027, 6, 30),
            "Y102",
            "error",
            alt=("Y101", "Y104"),
            note="项目期1年、2026年开始，计划完成日期却在2027年",
        ),
    )
    indicators(
        s,
        TIER4,
        [
            (
                "产出指标",
                "数量指标",
                "救护车更新数量",
                mk("≥6辆", "D104", "warning", row=True, note="年度目标写更新救护车8辆"),
            ),
            (None, None, "院前急救出车车次", "≥9000车次"),
            (None, "质量指标", "车载监护设备配备率", "=100%"),
            (None, "时效指标", "新车投入运行时间", "2026年11月30日前"),
            (
                None,
                "成本指标",
                "单车购置成本",
                mk(
                    "≤60万元/辆",
                    "B107",
                    "warning",
                    row=True,
                    note="60万元×6辆=360万元，超过年度资金320万元",
                ),
            ),
            ("效益指标", "社会效益指标", "乡镇急救平均到达时间", "≤20分钟"),
            ("满意度指标", "服务对象满意度指标", "乡镇群众满意度", "≥90%"),
        ],
    )
    sign(s, "邬晓川", "0736-7213405", day(2025, 11, 6))
    return b


@variant(
    "kem03-station-three-years",
    (8,),
    "three-year project 2026–2028, 中期 and 年度 columns, "
    "the period's counts beside smaller annual ones, a later year in the goal (correct)",
)
def station_three_years() -> Book:
    b, s = start()
    mid = (
        "2026—2028年新建乡镇急救站9个，急救站点覆盖全部乡镇，为2029年实现城乡15分钟急救圈积累经验。"
    )
    year = "2026年新建乡镇急救站3个，配齐急救人员和设备，乡镇急救平均到达时间不超过20分钟。"
    project(
        s,
        2026,
        "乡镇急救站点建设项目",
        f"{CITY}急救中心",
        period((wan(1200), wan(1100), wan(100)), (wan(400), wan(360), wan(40))),
        [mid, year],
        years=3,
        attr="新增项目",
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"),
        [
            ("产出指标", "数量指标", "新建乡镇急救站数量", "≥9个", "≥3个"),
            (None, None, "培训急救站医护人员", "≥180人", "≥60人"),
            (None, "质量指标", "急救站建设验收合格率", "=100%", "=100%"),
            (None, "时效指标", "急救站建成投用时间", "2028年12月31日前", "2026年12月31日前"),
            (None, "成本指标", "单站建设成本", "≤130万元/个", "≤130万元/个"),
            ("效益指标", "社会效益指标", "乡镇急救平均到达时间", "≤18分钟", "≤20分钟"),
            (None, "可持续影响指标", "急救站持续运行年限", "≥10年", "≥10年"),
            ("满意度指标", "服务对象满意度指标", "乡镇群众满意度", "≥90%", "≥88%"),
        ],
    )
    notes(s, "说明：单站建设成本130万元×3个=390万元，在年度资金400万元以内。")
    return b


@variant(
    "kem04-station-copied",
    (8,),
    "two-year project 2026–2027, 中期 and 年度 columns: "
    "中期目标 copied into 年度目标, an annual count above the period's, a 2025 deadline",
)
def station_copied() -> Book:
    b, s = start()
    goal = "新建城区急救分站4个，配备救护车和急救人员，城区急救平均反应时间不超过10分钟。"
    project(
        s,
        2026,
        "城区急救分站建设项目",
        f"{CITY}鹭汀区卫生健康局",
        period((wan(960), wan(900), wan(60)), (wan(520), wan(480), wan(40))),
        [goal, ok(mk(goal, "D204", "warning", note="两年期项目，年度目标与中期目标逐字相同"))],
        years=2,
        attr="新增项目",
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"),
        [
            (
                "产出指标",
                "数量指标",
                "新建急救分站数量",
                "≥4个",
                mk("≥5个", "D201", "error", alt=("D104",), note="年度5个超过两年的4个"),
            ),
            (None, None, "配备急救人员", "≥48人", "≥24人"),
            (None, "质量指标", "分站建设验收合格率", "=100%", "=100%"),
            (
                None,
                "时效指标",
                "分站选址完成时间",
                "2026年6月30日前",
                mk(
                    "2025年12月31日前",
                    "Y102",
                    "error",
                    alt=("Y103",),
                    note="项目2026年开始，选址期限却在2025年",
                ),
            ),
            (
                None,
                "成本指标",
                "单站建设成本",
                "≤230万元/个",
                ok("≤230万元/个", "warning", note="按错误的年度5个计算会超过年度资金"),
            ),
            ("效益指标", "社会效益指标", "城区急救平均反应时间", "≤10分钟", "≤11分钟"),
            ("满意度指标", "服务对象满意度指标", "城区居民满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "kem05-maintenance-money",
    (12,),
    "department, NAT-2021: 资金总额 ≠ 基本支出 + 项目支出, "
    "tasks not adding to 金额合计, one indicator twice with a word changed",
)
def maintenance_money() -> Book:
    b, s = start()
    budget = [
        (mk(2860, "B101", "error", note="基本支出1900+项目支出900=2800≠2860"), 2600, 260, 1900, 900)
    ]
    tasks = [
        ("救护车维修保养", "全市58辆救护车定期保养和维修", 320, "车辆完好率不低于95%"),
        ("车载设备更新", "更新除颤监护仪、呼吸机等车载设备", 410, "设备完好率不低于98%"),
        ("急救耗材保障", "采购急救药品和一次性耗材", 150, "耗材保障率100%"),
        ("金额合计", None, mk(900, "B102", "error", note="320+410+150=880≠900"), None),
    ]
    department(s, 2026, U_CENTRE, budget, "保障全市院前急救车辆和设备正常运行。", tasks)
    indicators(
        s,
        TIER4,
        [
            ("产出指标", "数量指标", "救护车维修保养车次", "≥260车次"),
            (None, None, "更新车载设备台数", "≥40台"),
            (
                None,
                None,
                mk(
                    "救护车维修保养次数",
                    "D103",
                    "warning",
                    row=True,
                    alt=("D101", "D102"),
                    note="与“救护车维修保养车次”是同一指标，指标值却不同",
                ),
            ),
            (None, "质量指标", "救护车完好率", "≥95%"),
            (None, "时效指标", "故障车辆修复时间", "≤3个工作日"),
            ("成本指标", "经济成本指标", "单车年均保养成本", "≤5.5万元/辆"),
            ("效益指标", "社会效益指标", "因车辆故障延误出车次数", "=0次"),
            ("满意度指标", "服务对象满意度指标", "急救人员满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "kem06-regional-fleet",
    (5, 12),
    "transfer-payment 区域绩效目标表, OLD-NAT, 中央补助 + "
    "地方资金, labels with ★ and abbreviations, a 0起 incident count, a 下降率 with ≥ (correct)",
)
def regional_fleet() -> Book:
    b, s = start("区域绩效目标")
    s.title("2026年度院前急救能力提升转移支付区域绩效目标表", 6)
    s.row(
        "专项名称",
        "院前急救能力提升补助资金",
        None,
        "省级主管部门",
        "省卫生健康委员会",
        merge=[(2, 3), (5, 6)],
    )
    s.row("地区", f"{CITY}", None, "实施期", "2026年", merge=[(2, 3), (5, 6)])
    s.row("资金情况（万元）", "年度金额", wan(860), "其中：中央补助", wan(600), None)
    s.row(None, None, None, "地方资金", wan(260), None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度总体目标",
        "目标1：新增监护型救护车10辆；目标2：院前急救呼救满足率达到98%以上。",
        merge=[(2, 6)],
    )
    indicators(
        s,
        TIER4,
        [
            ("★产出", "数量", "新增监护型救护车数量", "≥10辆"),
            (None, None, "急救人员轮训人数", "≥300人"),
            (None, "质量", "★院前急救呼救满足率", "≥98%"),
            (None, "时效", "资金下达时间", "≤30日"),
            (None, "成本", "单车配置成本", "≤80万元/辆"),
            ("★效益", "社会效益", "急救车辆重大交通责任事故", "=0起"),
            (None, None, "院前急救死亡率下降率", "≥5%"),
            ("满意度", "服务对象满意度", "急救服务对象满意度", "≥90%"),
        ],
    )
    notes(
        s,
        "注：“下降率”以上年院前急救死亡率为基数计算，填正数。",
        "填表说明：带★的指标为核心指标，不得删除。",
    )
    return b
