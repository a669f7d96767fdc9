"""Onion (洋葱) bases and the county wholesale market of 葭川县: fj13–fj18."""

from __future__ import annotations

from tests.variants.holdout624.common import (
    TRADE,
    new_book,
    notes,
    period_money,
    project,
    sign,
    table,
    two_row_header,
    wan,
    year_money,
)
from tests.variants.holdout624.registry import variant
from tests.variants.kit import Book, day, mk, pct

CODE = "361024250007"
NAME13 = "葭川县洋葱绿色种植基地项目"


@variant(
    "fj13-onion-system-export",
    (1, 7),
    "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, "
    "header on the third row, codes in the first columns, tiers in every row, "
    "operator and unit columns, typed percents (correct)",
)
def fj13() -> Book:
    b, s = new_book("部门项目支出预算05-1", (16, 28, 16, 16, 16))
    s.title("部门项目支出预算表", 5)
    s.row("单位：葭川县农业农村局", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(CODE, NAME13, wan(90), wan(75), wan(15))
    s.row("合计", None, wan(90), wan(75), wan(15))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 12, 16, 28, 8, 12, 10))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位：葭川县农业农村局")
    t.row(
        "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "比较符", "指标值", "度量单位"
    )
    rows = [
        ("产出指标", "数量指标", "洋葱绿色种植面积", "≥", 1000, "亩"),
        ("产出指标", "质量指标", "洋葱商品率", "≥", pct(0.9), "%"),
        ("产出指标", "时效指标", "洋葱定植完成时间", "≤", day(2025, 11, 30), None),
        ("成本指标", "经济成本指标", "亩均绿色生产物资补助", "≤", 600, "元/亩"),
        ("效益指标", "经济效益指标", "亩均节本增效", "≥", 300, "元/亩"),
        ("效益指标", "生态效益指标", "化肥使用量减少比例", "≥", 10, "%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ]
    for r in rows:
        t.row(CODE, NAME13, *r)
    return b


@variant(
    "fj14-onion-second-sheet",
    (7,),
    "project: head on 基本信息, the indicator table on a second sheet under a caption of "
    "last year, a template example row left, a subsidy beyond the money",
)
def fj14() -> Book:
    b, s = new_book("基本信息")
    project(
        s,
        name="葭川县洋葱产业提升项目",
        unit="葭川县经济作物站",
        money=year_money(wan(50), wan(40), wan(10)),
        goals=["扩大洋葱种植2000亩，建设洋葱晾晒棚8座，培训种植户300人次。"],
    )
    t = b.sheet("绩效指标")
    t.title(mk("葭川县洋葱产业提升项目2024年度绩效指标", "Y101", "error", alt=("Y103",),
               note="标题年份是上一年，预算年度为2025"), 4)  # fmt: skip
    table(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "洋葱种植面积", "≥2000亩"),
        (None, None, "建设洋葱晾晒棚", "≥8座"),
        (None, None, "培训洋葱种植户", "≥300人次"),
        (None, None, "××培训人次",
         mk("≥**人次", "X101", "error", row=True, note="模板示例行未删除")),
        (None, "质量指标", "晾晒棚验收合格率", "=100%"),
        (None, "时效指标", "晾晒棚建成时间", "2025年5月15日前"),
        ("成本指标", "经济成本指标", "洋葱种植补贴",
         mk("≤300元/亩", "B107", "warning", row=True,
            note="300元/亩×2000亩=60万元，超过年度资金50万元")),
        ("效益指标", "经济效益指标", "洋葱亩均增收", "≥500元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "fj15-market-upgrade-two-years",
    (4, 7, 8, 11),
    "two-year project, NAT-2021, two-row header (指标值 over 中期 and 年度), operators in "
    "words in 指标方向, header repeated after a page break, a 反向 rate with ≤ (correct)",
)
def fj15() -> Book:
    b, s = new_book()
    project(
        s,
        name="葭川县农产品批发市场升级改造项目",
        dept=TRADE,
        unit="葭川县农产品批发市场服务中心",
        years=2,
        money=period_money((wan(600), wan(500), wan(100)), (wan(260), wan(200), wan(60))),
        goals=[
            "两年内新建冷库3座，改造交易大棚12000平方米，市场累计交易蔬菜24万吨，"
            "打造服务南瓜、冬瓜、洋葱基地的县域集散中心。",
            "新建冷库1座，改造交易大棚5000平方米，全年交易蔬菜11万吨。",
        ],
    )
    labels = ("一级指标", "二级指标", "三级指标", "指标方向")
    two_row_header(s, labels, ("中期", "年度"))
    s.table([
        ("产出指标", "数量指标", "市场蔬菜交易量", "大于等于", "24万吨", "11万吨"),
        (None, None, "新建冷库", "大于等于", "3座", "1座"),
        (None, None, "改造交易大棚面积", "大于等于", "12000平方米", "5000平方米"),
        (None, "质量指标", "入场蔬菜农残抽检合格率", "大于等于", "98%", "98%"),
        (None, "时效指标", "升级改造完成时间", "小于等于", "2026年12月31日", "2025年12月31日"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    two_row_header(s, labels, ("中期", "年度"))
    s.table([
        ("成本指标", "经济成本指标", "冷库建设单价", "小于等于", "120万元/座", "120万元/座"),
        (None, None, "交易大棚改造单价", "小于等于", "150元/平方米", "150元/平方米"),
        ("效益指标", "经济效益指标", "市场交易额增长率", "大于等于", "15%", "8%"),
        (None, "社会效益指标", "带动就业", "大于等于", "200人", "100人"),
        (None, None, "交易投诉率", "小于等于", "2%", "2%"),
        ("满意度指标", "服务对象满意度指标", "入场经营户满意度", "大于等于", "90%", "90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "芮国梁", "0797-6658813", day(2024, 12, 3))
    return b


@variant(
    "fj16-market-cold-chain-period",
    (8,),
    "two-year project, NAT-2021, 实施期 and 年度 columns: a period deadline after the "
    "project ends, a cumulative count copied to the year, a trade volume under 质量",
)
def fj16() -> Book:
    b, s = new_book()
    project(
        s,
        name="葭川县农产品批发市场冷链物流中心建设项目",
        dept=TRADE,
        unit="葭川县农产品批发市场服务中心",
        years=2,
        attr="新增项目",
        money=period_money((wan(500), wan(400), wan(100)), (wan(200), wan(160), wan(40))),
        goals=[
            "2025—2026年建成冷链物流中心，购置冷链配送车10辆，入驻冷链经营户300户。",
            "完成冷链物流中心主体工程，购置冷链配送车4辆，入驻经营户150户。",
        ],
    )
    table(s, ("一级指标", "二级指标", "三级指标", "实施期目标值", "年度目标值"), [
        ("产出指标", "数量指标", "购置冷链配送车", "≥10辆", "≥4辆"),
        (None, None, "入驻冷链经营户", "≥300户",
         mk("≥300户", "D202", "warning", note="两年期累计数照抄到年度，年度目标写150户")),
        (None, "质量指标", mk("市场年交易蔬菜量", "F201", "warning", row=True,
                              note="交易量是数量指标，填在质量指标下"), "≥20万吨", "≥9万吨"),
        (None, None, "冷链食品抽检合格率", "≥98%", "≥98%"),
        (None, "时效指标", "冷链物流中心建成时间",
         mk("2027年12月31日前", "Y102", "error", alt=("Y103",),
            note="项目期2025—2026年，建成时间却在2027年"), "2025年12月31日前"),
        ("成本指标", "经济成本指标", "冷链配送车购置单价", "≤30万元/辆", "≤30万元/辆"),
        ("效益指标", "经济效益指标", "蔬菜流通损耗率", "≤8%", "≤10%"),
        (None, "社会效益指标", "带动就业", "≥120人", "≥60人"),
        ("满意度指标", "服务对象满意度指标", "入驻经营户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "芮国梁", "0797-6658813", day(2024, 12, 6))
    return b


@variant(
    "fj17-market-testing-notes",
    (4, 5, 7, 12),
    "project, NAT-2021, labels marked and abbreviated (★产出, *成本, 数量), headers 考核指标 / "
    "目标值（年度） / 评价标准, a note row inside the table, a footnote explaining 上年结转 in "
    "the total, 填表说明 and signature lines (correct)",
)
def fj17() -> Book:
    b, s = new_book()
    project(
        s,
        name="葭川县批发市场农残快检能力提升项目",
        dept=TRADE,
        unit="葭川县农产品批发市场服务中心",
        money=[
            ("年度资金总额", wan(150), "其中：当年财政拨款", wan(100)),
            (None, None, "上年结转", wan(30)),
            (None, None, "其他资金", wan(20)),
        ],
        goals=["全年快检入场蔬菜12000批次，升级快检室1间，农残超标产品全部拦截，不流入市场。"],
    )
    header = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    table(s, header, [
        ("★产出", "数量", "农残快检样品数", "≥12000批次", "每少500批次扣1分"),
        (None, None, "升级快检室", "1间", "未完成不得分"),
        (None, "质量", "快检结果复核符合率", "≥95%", "每低1%扣1分"),
        (None, "时效", "不合格产品处置时限", "≤24小时", "超时1次扣1分"),
    ])  # fmt: skip
    notes(s, "注：快检样品按批次统计，同一批次多次检测计1批次。", width=5)
    s.table([
        ("*成本", "经济成本", "单批次快检成本", "≤60元/批次", "超出不得分"),
        ("效益", "社会效益", "农残超标产品入市拦截率", "=100%", "未全部拦截不得分"),
        (None, "可持续影响", "快检结果公示制度", "建立并执行", "未建立不得分"),
        ("满意度", "服务对象满意度", "入场经营户满意度", "≥90%", "每低1%扣0.5分"),
    ], merged=(1, 2))  # fmt: skip
    notes(
        s,
        "注：年度资金总额150万元含上年结转资金30万元（当年财政拨款100万元、其他资金20万元）。",
        "填表说明：考核指标应细化量化；目标值填写年度目标；评价标准供年终自评使用。",
        width=5,
    )
    sign(s, "芮国梁", "0797-6658813", day(2024, 12, 16), head="钟启航")
    return b


@variant(
    "fj18-market-onion-zone-template",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from the template without "
    "indicators, a value without a name, last season's year in the goal",
)
def fj18() -> Book:
    b, s = new_book()
    project(
        s,
        name="葭川县批发市场洋葱交易专区建设项目",
        dept=TRADE,
        unit="葭川县农产品批发市场服务中心",
        money=year_money(wan(40), wan(35), wan(5)),
        goals=[
            mk(
                "依托县农产品批发市场建设洋葱交易专区，设摊位60个，确保2024年秋季洋葱集中上市"
                "期间交易有序，全年举办产销对接会2场。",
                "Y103",
                "warning",
                alt=("Y101",),
                note="预算年度2025，目标却写2024年秋季：上一季的年份",
            )
        ],
    )
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "洋葱交易专区摊位", "≥60个"),
        (None, None, mk(None, "F110", "error", note="有指标值≥2场，没有指标名称"), "≥2场"),
        (None, "质量指标", "入场洋葱检测合格率", "≥98%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板的二级指标未填写"),
         None, None),
        ("成本指标", "经济成本指标", "摊位改造单价", "≤5000元/个"),
        ("效益指标", "经济效益指标", "洋葱专区年交易额", "≥8000万元"),
        (None, "社会效益指标", "带动洋葱种植户销售", "≥500户"),
        ("满意度指标", "服务对象满意度指标", "采购商满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "芮国梁", "0797-6658813", day(2025, 1, 7))
    return b
