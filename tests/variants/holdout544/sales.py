"""Returns ch07–ch12: rural e-commerce sales of Chinese yam: department returns with budgets
and key tasks, flat lists with weights, header words other than 指标值, template rows left
empty."""

from __future__ import annotations

from tests.variants.holdout544.common import (
    TRADE,
    book,
    department,
    funds,
    indicators,
    notes,
    project,
    sign,
    wan,
)
from tests.variants.holdout544.registry import variant
from tests.variants.kit import Book, day, mk, pct

TIERED = ("一级指标", "二级指标", "三级指标", "指标值")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("ch07-shop-department-money", (12, 4),
         "department, NAT-2021: 资金总额 = 财政拨款 + 其他资金 = 基本支出 + 项目支出, key "
         "tasks adding to 项目支出, a note under the table (correct)")  # fmt: skip
def ch07() -> Book:
    b, s = book()
    department(s, "柘塘县电子商务发展服务中心",
               [(wan(800), wan(720), wan(80), wan(480), wan(320))],
               "建成县级山药电商直播基地，完善村级电商服务站点，提升山药线上销售额。",
               [("山药直播基地运营", "直播间运营、主播培训", wan(140), "年直播场次≥300场"),
                ("村级电商服务站点", "新建和改造服务站点", wan(100), "新建站点≥25个"),
                ("品牌推广与认证", "绿色食品认证、展会推广", wan(80), "认证产品≥6个"),
                ("金额合计", "", wan(320), "")])  # fmt: skip
    indicators(s, TIERED, [
        ("产出指标", "数量指标", "山药直播带货场次", "≥300场"),
        (None, None, "新建村级电商服务站点", "≥25个"),
        (None, "质量指标", "网店商品抽检合格率", "≥98%"),
        (None, "时效指标", "站点建成投用时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "单个站点建设补助", "≤4万元/个"),
        ("效益指标", "经济效益指标", "山药线上销售额", "≥6000万元"),
        (None, "社会效益指标", "带动农户网店就业", "≥400人"),
        ("满意度指标", "服务对象满意度指标", "入驻商户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：金额合计为年度主要任务（项目支出）合计，不含基本支出。")
    sign(s, "邝雨桐", "0739-5563019", day(2024, 11, 15))
    return b


@variant("ch08-shop-money-wrong", (12,),
         "department, NAT-2021: 资金总额 ≠ 财政拨款 + 其他资金, key tasks not adding to their "
         "金额合计")  # fmt: skip
def ch08() -> Book:
    b, s = book()
    total = mk(wan(560), "B101", "error", note="财政拨款 500 + 其他资金 40 = 540 ≠ 560")
    department(s, "柘塘县农村物流配送中心", [(total, wan(500), wan(40), wan(300), wan(260))],
               "打通山药网销县乡村三级物流，降低快递成本。",
               [("县级仓配中心", "冷库和分拣线", wan(110), "日分拣能力≥8000单"),
                ("乡镇快递共配", "共配车辆和线路", wan(90), "共配线路≥12条"),
                ("包装与品控", "统一包装、品控检测", wan(50), "统一包装覆盖率≥80%"),
                ("金额合计", "",
                 mk(wan(260), "B102", "error", note="110 + 90 + 50 = 250 ≠ 260"), "")])  # fmt: skip
    indicators(s, TIERED, [
        ("产出指标", "数量指标", "县级仓配中心日分拣能力", "≥8000单"),
        (None, None, "乡镇快递共配线路", "≥12条"),
        (None, "质量指标", "山药包裹破损率", "≤2%"),
        (None, "时效指标", "县域订单当日发出率", "≥95%"),
        ("成本指标", "经济成本指标", "村级快递单件成本", "≤2.5元/件"),
        ("效益指标", "经济效益指标", "农产品网销额增长率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "网商满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邝雨桐", "0739-5563019", day(2024, 11, 20))
    return b


@variant("ch09-shop-flat-list", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, a 退货率 with ≤, weights add to 100 (correct)")  # fmt: skip
def ch09() -> Book:
    b, s = book()
    department(s, "柘塘县供销合作社联合社",
               [(wan(300), wan(260), wan(40), wan(180), wan(120))],
               "依托供销电商平台销售山药及制品，年线上销售额增长15%以上。")  # fmt: skip
    indicators(s, FLAT, [
        ("供销平台山药上架单品数", 15, "个", "≥", 40),
        ("山药线上销售额增长率", 20, "%", "≥", pct(0.15)),
        ("山药网销退货率", 15, "%", "≤", pct(0.03)),
        ("订单48小时发货率", 15, "%", "≥", pct(0.95)),
        ("助农直播培训人次", 15, "人次", "≥", 500),
        ("网购消费者好评率", 10, "%", "≥", pct(0.96)),
        ("合作社社员满意度", 10, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    s.row("合计", 100, None, None, None)
    sign(s, "谭一帆", "0739-5570482", day(2024, 11, 22))
    return b


@variant("ch10-shop-flat-defects", (3, 1),
         "department, flat list with percent cells: weights add to 95, a 及时率 given as a "
         "count of orders")  # fmt: skip
def ch10() -> Book:
    b, s = book()
    department(s, "柘塘县蒲垣镇电商公共服务站",
               [(wan(90), wan(80), wan(10), wan(55), wan(35))],
               "为镇域山药种植户提供开店、直播、物流服务，网销量稳步增长。")  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+20+15+15+15+10 = 95，应为 100")
    indicators(s, FLAT, [
        ("帮扶农户开设网店", 20, "家", "≥", 60),
        ("山药网销订单量", 20, "单", "≥", 30000),
        ("订单配送及时率", 15, "单", "≥",
         mk(28000, "T105", "error", note="及时率给的是单数，不是百分比")),
        ("网店运营培训人次", 15, "人次", "≥", 300),
        ("山药网销客单价", 15, "元/单", "≥", 45),
        ("服务农户满意度", 10, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    sign(s, "谭一帆", "0739-5570482", day(2024, 11, 25))
    return b


@variant("ch11-shop-header-words", (7, 4),
         "project, NAT-2021, headers 考核指标, 目标值（年度） and a 评价标准 column; 注 row "
         "inside the table, 填表说明 and signature lines below (correct)")  # fmt: skip
def ch11() -> Book:
    b, s = book()
    project(s, "柘塘山药区域公用品牌网络营销", "柘塘县电子商务发展服务中心",
            funds(wan(75), wan(75), wan(0)),
            ["在主流电商平台开设柘塘山药旗舰店，开展品牌营销，扩大山药网销份额。"],
            dept=TRADE)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "品牌旗舰店开设数量", "≥3家", "按平台开店记录"),
        (None, None, "品牌短视频发布", "≥120条", "按发布记录"),
        (None, "质量指标", "旗舰店商品抽检合格率", "≥98%", "按抽检报告"),
        (None, "时效指标", "旗舰店上线时间", "2025年6月30日前", "按上线日期"),
        ("注：以上产出指标由县电商服务中心统计。", "", None, None, None),
        ("成本指标", "经济成本指标", "单条短视频制作成本", "≤2000元/条", "按合同结算"),
        ("效益指标", "经济效益指标", "旗舰店山药年销售额", "≥1500万元", "按平台数据"),
        (None, "社会效益指标", "品牌网络曝光量", "≥5000万次", "按平台数据"),
        ("满意度指标", "服务对象满意度指标", "网购消费者满意度", "≥92%", "按平台评价"),
    ])  # fmt: skip
    notes(s, "填表说明：1.目标值为2025年度目标；2.评价标准供年度自评参考。")
    sign(s, "邝雨桐", "0739-5563019", day(2024, 12, 16))
    s.row("单位负责人（签字）：", None, "（单位盖章）")
    return b


@variant("ch12-shop-template-empty", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 label left from the template without "
         "an indicator, a value without a name")  # fmt: skip
def ch12() -> Book:
    b, s = book()
    project(s, "石砚乡山药电商直播助农", "柘塘县石砚乡人民政府",
            funds(wan(28), wan(25), wan(3)),
            ["培育本土山药带货主播，开展直播助农，带动农户增收。"], dept=TRADE)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "培育本土带货主播", "≥15人"),
        (None, None, "直播助农场次", "≥120场"),
        (None, mk("质量指标", "F109", "warning", row=True, note="模板行未填三级指标和指标值"),
         None, None),
        (None, "时效指标", "直播间建成时间", "2025年5月31日前"),
        ("成本指标", "经济成本指标", "单场直播补贴标准", "≤1500元/场"),
        ("效益指标", "经济效益指标", "直播带动山药销售额", "≥600万元"),
        (None, "社会效益指标", mk(None, "F110", "error", note="有指标值却没有三级指标名称"),
         "≥200户"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蔺晚舟", "0739-5582264", day(2024, 11, 28))
    return b
