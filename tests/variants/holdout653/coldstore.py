"""冷库: producing-area cold stores, cold-chain vehicles, a budget-system export (gm07–gm12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout653.common import H4, H6, indicators, notes, sign, start
from tests.variants.holdout653.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

DEPT = "杉渡县供销合作社联合社（611）"


@variant(
    "gm07-coldstore-department",
    (4, 12),
    "department, NAT-2021, budget and tasks adding up, "
    "a 0起 incident count, notes and signature lines under the table (correct)",
)
def gm07() -> Book:
    b, s = start()
    department_head(
        s,
        year=2026,
        dept="杉渡县供销合作社联合社",
        budget=[
            (money(1260, WAN), money(1100, WAN), money(160, WAN), money(610, WAN), money(650, WAN))
        ],
        tasks=[
            ("产地冷库运营补助", "新增库容运营补助", money(300, WAN), "库容1.2万立方米"),
            ("冷链物流车购置", "购置冷藏车", money(230, WAN), "冷藏车10辆"),
            ("产地仓管护", "设备维保、安全巡检", money(120, WAN), "事故为0"),
            ("金额合计", None, money(650, WAN), None),
        ],
        goal="新建改建产地冷库6座（新建4座、改建2座），新增库容1.2万立方米，果品冷藏"
        "损耗率降至3%以内，全年安全生产责任事故为0起。",
    )
    indicators(s, H6, [
        ("成本指标", "经济成本指标", "冷库运营补助标准", "≤", 250, "元/立方米"),
        ("产出指标", "数量指标", "新建改建产地冷库", "=", 6, "座"),
        (None, None, "新增冷库库容", "≥", 12000, "立方米"),
        (None, None, "购置冷藏车", "≥", 10, "辆"),
        (None, "质量指标", "冷库验收合格率", "=", pct(1), None),
        (None, None, "果品冷藏损耗率", "≤", pct(0.03), None),
        (None, "时效指标", "冷库投入使用时间", "≤", "2026年9月30日前", None),
        ("效益指标", "经济效益指标", "果品错季销售增收", "≥", 500, "万元"),
        (None, "社会效益指标", "安全生产责任事故", "=", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "冷库使用主体满意度", "≥", pct(0.92), None),
    ])  # fmt: skip
    notes(
        s,
        "注：1.冷库运营补助标准 × 新增库容 = 300万元，与任务预算一致。",
        "    2.新建改建冷库6座为新建4座与改建2座之和。",
        "填表说明：指标值以县供销社年度考核口径为准。",
    )
    sign(s, year=2026, who="蒙溪月", phone="0851-7721830")
    return b


@variant(
    "gm08-coldstore-money-tasks",
    (12,),
    "department, NAT-2021: tasks not adding up to "
    "金额合计, a unit cost × capacity above the money, a task's count not in the indicator",
)
def gm08() -> Book:
    b, s = start()
    department_head(
        s,
        year=2026,
        dept="岭口镇农产品冷链服务站",
        budget=[
            (money(980, WAN), money(900, WAN), money(80, WAN), money(560, WAN), money(420, WAN))
        ],
        tasks=[
            ("冷库新建", "新建产地冷库5座", money(240, WAN), "新增库容5000立方米"),
            ("冷链车购置", "购置冷藏车6辆", money(110, WAN), "冷链运输全覆盖"),
            ("仓储管理培训", "培训库管人员", money(60, WAN), "培训200人次"),
            (
                "金额合计",
                None,
                mk(money(420, WAN), "B102", "error", note="240 + 110 + 60 = 410 ≠ 420"),
                None,
            ),
        ],
        goal="新建产地冷库5座，新增库容5000立方米，培训库管人员200人次。",
    )
    indicators(s, H4, [
        ("成本指标", "经济成本指标", "冷库建设补助标准",
         mk("≤900元/立方米", "B107", "warning", row=True,
            note="900元 × 5000立方米 = 450万元，超过项目支出420万元和冷库新建240万元")),
        ("产出指标", "数量指标", "新建产地冷库",
         mk("≥4座", "D104", "warning", note="年度任务和总体目标都写新建冷库5座")),
        (None, None, "新增冷库库容", "≥5000立方米"),
        (None, None, "培训库管人员", "≥200人次"),
        (None, "质量指标", "冷库验收合格率", "=100%"),
        (None, "时效指标", "冷库建成时限", "2026年11月30日前"),
        ("效益指标", "经济效益指标", "果品损耗减少", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "gm09-budget-system-export",
    (7, 9),
    "budget-system export: codes in the first columns, "
    "header on the third row, the indicator table on a second sheet (correct)",
)
def gm09() -> Book:
    b, s = start("部门项目支出预算05-1", (10, 22, 20, 26, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(
        "611003",
        "杉渡县农产品冷链服务中心",
        "52262326000031208",
        "县域冷链集配中心运营项目",
        money(180),
        money(150),
        money(30),
    )
    t = b.sheet("部门项目支出绩效目标05-2", (10, 26, 14, 16, 24, 16, 10))
    t.title("2026年部门项目支出绩效目标表", 7)
    t.row("单位：万元")
    t.row("单位编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "度量单位")
    name = "县域冷链集配中心运营项目"
    t.table([
        ("611003", name, "成本指标", "经济成本指标", "集配中心运营补助", "≤15", "万元/月"),
        ("611003", name, "产出指标", "数量指标", "冷链集配果品量", "≥6000", "吨"),
        ("611003", name, "产出指标", "数量指标", "运营月数", "=12", "月"),
        ("611003", name, "产出指标", "质量指标", "冷链断链率", "≤2", "%"),
        ("611003", name, "产出指标", "时效指标", "订单出库响应时间", "≤24", "小时"),
        ("611003", name, "效益指标", "经济效益指标", "带动果品溢价", "≥0.5", "元/公斤"),
        ("611003", name, "满意度指标", "服务对象满意度指标", "合作社满意度", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "gm10-coldstore-last-season",
    (4,),
    "project, OLD-NAT, operator column, a note row "
    "between tiers: last season's year in the goal and in a deadline",
)
def gm10() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="岭口冷库扩容改造项目",
        dept=DEPT,
        unit="岭口镇供销合作社",
        money=[
            ("年度资金总额", money(90, WAN), "其中：财政拨款", money(75, WAN)),
            ("其他资金", money(15, WAN), None, None),
        ],
        goals=[
            mk(
                "2024年完成岭口冷库扩容，新增库容3000立方米，更换制冷机组4台，年底前投入使用。",
                "Y103",
                "warning",
                alt=("Y101",),
                note="年度目标写2024年，预算年度为2026年（上年申报表的遗留）",
            )
        ],
    )
    indicators(s, H6, [
        ("产出指标", "数量指标", "新增冷库库容", "≥", 3000, "立方米"),
        (None, None, "更换制冷机组", "=", 4, "台"),
        (None, "质量指标", "扩容工程验收合格率", "=", "100%", None),
        (None, "时效指标", "扩容完成时限", "≤",
         mk("2025年11月30日", "Y102", "error", alt=("Y101",),
            note="一年期项目2026年1月1日至12月31日，完成时限落在2025年"), None),
        (None, "成本指标", "扩容改造单价", "≤", 250, "元/立方米"),
        ("注：效益、满意度指标按县冷链建设实施方案填写", None, None, None, None, None),
        ("效益指标", "经济效益指标", "错峰销售增收", "≥", 120, "万元"),
        ("满意度指标", "服务对象满意度指标", "入库农户满意度", "≥", "90", "%"),
    ])  # fmt: skip
    sign(s, year=2026, who="韦青禾", phone="0851-7718452")
    return b


@variant(
    "gm11-coldchain-copied-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: two cumulative counts copied from the period column",
)
def gm11() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        years=3,
        name="杉渡县猕猴桃冷链集配网络建设项目",
        dept=DEPT,
        unit="杉渡县供销合作社联合社",
        attr="新增项目",
        money=[
            ("中期资金总额", money(900, WAN), "年度资金总额", money(300, WAN)),
            ("其中：财政拨款", money(750, WAN), "其中：财政拨款", money(250, WAN)),
            ("其他资金", money(150, WAN), "其他资金", money(50, WAN)),
        ],
        goals=[
            "三年建成村级冷链集配点30个，配备冷藏车45辆，培训冷链从业人员900人次。",
            "2026年建成集配点10个，配备冷藏车15辆，培训300人次。",
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "集配点建设补助", "≤20万元/个", "≤20万元/个"),
        ("产出指标", "数量指标", "建成村级冷链集配点", "≥30个",
         mk("≥30个", "D202", "warning", note="年度目标写10个，年度列照抄中期30个")),
        (None, None, "配备冷藏车", "≥45辆",
         mk("≥45辆", "D202", "warning", note="年度目标写15辆，年度列照抄中期45辆")),
        (None, None, "培训冷链从业人员", "≥900人次", "≥300人次"),
        (None, "质量指标", "集配点验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度建设任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("效益指标", "经济效益指标", "果品冷链流通率", "≥60%", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "gm12-stacked-store-and-line",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one "
    "value column, the same satisfaction indicator with different values (correct)",
)
def gm12() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="椿坪乡果品预冷库建设项目",
        dept=DEPT,
        unit="椿坪乡供销社",
        money=[
            ("年度资金总额", money(60, WAN), "其中：财政拨款", money(50, WAN)),
            ("其他资金", money(10, WAN), None, None),
        ],
        goals=["建设果品预冷库2座，预冷能力每日40吨，采后2小时内入库预冷。"],
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "建设果品预冷库", "=2座"),
        (None, "质量指标", "预冷库验收合格率", "=100%"),
        (None, "时效指标", "采后入库预冷时间", "≤2小时"),
        (None, "成本指标", "预冷库单座建设成本", "≤30万元/座"),
        ("效益指标", "经济效益指标", "日预冷能力", "≥40吨"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2026,
        name="栗岗镇猕猴桃分选线购置项目",
        dept=DEPT,
        unit="栗岗镇供销社",
        title="",
        money=[
            ("年度资金总额", money(48, WAN), "其中：财政拨款", money(40, WAN)),
            ("其他资金", money(8, WAN), None, None),
        ],
        goals=["购置猕猴桃光电分选线1条，日分选果品30吨，分级准确率95%以上。"],
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "购置光电分选线", "=1条"),
        (None, "质量指标", "分级准确率", "≥95%"),
        (None, "时效指标", "分选线安装调试完成时间", "2026年8月31日前"),
        (None, "成本指标", "分选线购置费", "≤48万元"),
        ("效益指标", "经济效益指标", "日分选果品量", "≥30吨"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥92%"),
    ])  # fmt: skip
    return b
