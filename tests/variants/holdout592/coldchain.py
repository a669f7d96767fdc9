"""Returns ed07–ed12: the county cold-chain market (冷库, 冷藏车, 批发市场, 共同配送)."""

from __future__ import annotations

from tests.variants.holdout592.common import (
    COMMERCE,
    notes,
    one_year,
    project,
    sign,
    start,
    table,
    w,
)
from tests.variants.holdout592.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

H5 = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant(
    "ed07-cold-store-two-towns",
    (7, 12),
    "project, OLD-NAT, headers 考核指标, 目标值（年度） "
    "and 评价标准, 当年财政拨款 + 上年结转, a goal text summing two indicators (correct)",
)
def cold_store_two_towns() -> Book:
    b, s = start()
    money = [
        ["年度资金总额", w(300), "当年财政拨款", w(200)],
        ["上年结转", w(60), "其他资金", w(40)],
    ]
    goal = "在芦湾镇、石埠乡各新建冷库1座，合计库容3000吨，配套冷藏车2辆，年周转豆类及果蔬1.2万吨。"
    project(s, "蓼川县产地冷库建设项目", "蓼川县供销合作社联合社", money, [goal], dept=COMMERCE)
    std = "达到目标值得满分，每低1%扣0.5分"
    table(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "芦湾镇冷库库容", "≥1800吨", "按验收库容计"),
        (None, None, "石埠乡冷库库容", "≥1200吨", "按验收库容计"),
        (None, None, "配套冷藏车", "≥2辆", None),
        (None, "质量指标", "冷库温控达标率", "≥98%", std),
        (None, "时效指标", "冷库建成投用时间", "2025年10月31日前", "每延迟1个月扣1分"),
        (None, "成本指标", "冷库单位库容建设成本", "≤0.08万元/吨", None),
        (None, None, "冷藏车购置单价", "≤25万元/辆", None),
        ("效益指标", "经济效益指标", "年周转豆类及果蔬", "≥1.2万吨", None),
        (None, None, "果蔬流通损耗下降率", "≥20%", std),
        (None, "社会效益指标", "服务种植户及商户", "≥300户", None),
        ("满意度指标", "服务对象满意度指标", "入库商户满意度", "≥90%", std),
    ])  # fmt: skip
    return b


@variant(
    "ed08-cold-van-placeholder",
    (9, 12),
    "project, NAT-2021: a placeholder left in a value, "
    "an HTML tag in the goal text, unit price × count above the money",
)
def cold_van_placeholder() -> Book:
    b, s = start()
    goal = mk(
        "购置冷藏配送车6辆，开通县域冷链配送线路8条；<br>全年冷链配送豆苗及蔬菜不少于3600吨。",
        "X102",
        "warning",
        note="从网页系统复制留下的 <br> 标签",
    )
    project(
        s,
        "县域冷链配送车辆购置项目",
        "蓼川县冷链物流服务中心",
        one_year(150, 120, 30),
        [goal],
        dept=COMMERCE,
    )
    hole = mk("≥**吨", "X101", "error", note="占位符未填，年度目标写3600吨")
    price = mk(
        "≤32万元/辆", "B107", "warning", row=True, note="32万元 × 6辆 = 192万元 > 年度资金150万元"
    )
    table(s, H5, [
        ("产出指标", "数量指标", "购置冷藏配送车", "≥6辆", None),
        (None, None, "开通冷链配送线路", "≥8条", None),
        (None, None, "冷链配送量", hole, None),
        (None, "质量指标", "配送全程温度达标率", "≥95%", None),
        (None, "时效指标", "车辆到位时间", "2025年6月30日前", None),
        ("成本指标", "经济成本指标", "冷藏配送车购置单价", price, "含车载温控设备"),
        ("效益指标", "经济效益指标", "配送环节损耗率", "≤5%", None),
        (None, "社会效益指标", "配送覆盖乡镇", "≥12个", None),
        ("满意度指标", "服务对象满意度指标", "配送客户满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant(
    "ed09-hub-marked-labels",
    (5,),
    "project, OLD-NAT, labels with * and ★: the same count "
    "twice with other values, a 合格率 under 时效",
)
def hub_marked_labels() -> Book:
    b, s = start()
    goal = "建设县级冷链分拨中心1处，全年冷链配送车次不少于1200车次，覆盖乡镇12个。"
    project(
        s,
        "蓼川县冷链分拨中心建设项目",
        "蓼川县冷链物流服务中心",
        one_year(180, 160, 20),
        [goal],
        dept=COMMERCE,
    )
    twice = mk(
        "≥1500车次",
        "D102",
        "error",
        row=True,
        alt=("D103", "D101", "D104"),
        note="与“★冷链配送车次 ≥1200车次”同一指标，值不同；年度目标写1200车次",
    )
    misplaced = mk(
        "冷藏库房消毒合格率", "F201", "warning", row=True, note="合格率属质量指标，填在时效下"
    )
    table(s, H5, [
        ("*产出指标", "*数量指标", "★冷链配送车次", "≥1200车次", "核心指标"),
        (None, None, "冷链配送覆盖乡镇数", "≥12个", None),
        (None, None, "分拨中心建设", "1处", None),
        (None, None, "全年冷链配送车次", twice, None),
        (None, "*质量指标", "冷链配送温控达标率", "≥98%", None),
        (None, None, "分拨中心竣工验收合格率", "100%", None),
        (None, "*时效指标", "订单配送及时率", "≥95%", None),
        (None, None, misplaced, "≥98%", None),
        (None, "*成本指标", "分拨中心建设成本", "≤150万元", None),
        ("*效益指标", "经济效益指标", "带动豆苗外销增收", "≥300万元", None),
        (None, "可持续影响指标", "分拨中心运营年限", "≥10年", None),
        ("*满意度指标", "*服务对象满意度指标", "配送商户满意度", "≥90%", "核心指标"),
    ])  # fmt: skip
    return b


@variant(
    "ed10-market-second-sheet",
    (4, 7),
    "project: head on a first sheet, the table on a second "
    "sheet under 预期实现值, a 注 row between tiers, 说明 and signature lines (correct)",
)
def market_second_sheet() -> Book:
    b, s = start("项目信息")
    goal = ok(
        "改造交易大厅4800平方米，新增冷藏摊位60个，为2026年申报省级农产品冷链示范市场打下基础。",
        "warning",
        note="2026年是有意写的下一步打算",
    )
    project(
        s,
        "蓼川县农产品冷链批发市场改造项目",
        "蓼川县农产品市场服务中心",
        one_year(240, 200, 40),
        [goal],
        dept=COMMERCE,
    )
    t = b.sheet("绩效指标")
    t.title("项目绩效指标", 5)
    table(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "备注"), [
        ("产出指标", "数量指标", "改造交易大厅面积", "≥4800平方米", None),
        (None, None, "新增冷藏摊位", "≥60个", None),
        (None, "质量指标", "改造工程验收合格率", "100%", None),
    ])  # fmt: skip
    notes(t, "注：质量指标按县住房和城乡建设局竣工验收标准执行。", width=5)
    t.table([
        ("产出指标", "时效指标", "改造完工时间", "2025年10月31日前", None),
        (None, "成本指标", "交易大厅改造单价", "≤0.04万元/平方米", None),
        (None, None, "冷藏摊位配置单价", "≤0.75万元/个", None),
        ("效益指标", "经济效益指标", "市场年交易额增长率", "≥15%", "比上年"),
        (None, "社会效益指标", "入场经营商户", "≥150户", None),
        ("满意度指标", "服务对象满意度指标", "入场商户满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(
        t,
        "说明：1. 成本指标按县发展和改革局批复的概算确定；",
        "2. 交易额增长率以2024年为基数。",
        width=5,
    )
    sign(t, "蒙青黛", "0771-5832719", day(2024, 11, 21))
    return b


@variant(
    "ed11-market-stacked",
    (2, 12),
    "two projects stacked in one sheet, OLD-NAT: the first "
    "project's money does not add up, the second's goal text and indicator disagree",
)
def market_stacked() -> Book:
    b, s = start("项目支出绩效目标表")
    total = mk(w(95), "B101", "error", note="财政拨款80 + 其他资金20 = 100 ≠ 95")
    project(
        s,
        "农产品冷链市场快检室建设项目",
        "蓼川县农产品市场服务中心",
        one_year(total, 80, 20),
        ["新建农残快检室1间，全年快检样品不少于6000批次。"],
        dept=COMMERCE,
    )
    table(s, H5, [
        ("产出指标", "数量指标", "快检样品", "≥6000批次", None),
        (None, "质量指标", "快检结果准确率", "≥95%", None),
        (None, "时效指标", "检测报告出具时限", "≤2小时", None),
        (None, "成本指标", "单批次检测成本", "≤60元/批次", None),
        ("效益指标", "社会效益指标", "不合格产品拦截率", "100%", None),
        ("满意度指标", "服务对象满意度指标", "商户满意度", "≥90%", None),
    ])  # fmt: skip
    s.skip()
    goal = ok("组建豆苗共同配送车队，日均冷链配送量40吨，服务商户200户。", "warning")
    project(
        s,
        "豆苗冷链共同配送项目",
        "蓼川县冷链物流服务中心",
        one_year(130, 110, 20),
        [goal],
        dept=COMMERCE,
        title="",
    )
    daily = mk("≥30吨", "D104", "warning", row=True, note="年度目标写日均配送40吨")
    table(s, H5, [
        ("产出指标", "数量指标", "日均冷链配送量", daily, None),
        (None, None, "服务商户", "≥200户", None),
        (None, "质量指标", "配送温控达标率", "≥98%", None),
        (None, "时效指标", "订单响应时间", "≤4小时", None),
        (None, "成本指标", "车队组建成本", "≤90万元", None),
        ("效益指标", "经济效益指标", "商户物流成本下降率", "≥15%", None),
        ("满意度指标", "服务对象满意度指标", "商户满意度", "≥85%", "与快检室项目各自考核"),
    ])  # fmt: skip
    return b


@variant(
    "ed12-monitor-words",
    (1, 11),
    "project, OLD-NAT, 指标性质 as direction and 运算符 in "
    "words in their own columns, unit column, percent cells, 0起 and a 下降率 with ≥ (correct)",
)
def monitor_words() -> Book:
    b, s = start(widths=(16, 16, 28, 12, 12, 14, 12))
    goal = "建成冷链温湿度监测平台1套，接入冷库及冷藏车40台（座），全年冷链断链事件为0。"
    project(
        s,
        "冷链温湿度监测平台建设项目",
        "蓼川县冷链物流服务中心",
        one_year(75, 75, 0),
        [goal],
        dept=COMMERCE,
    )
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "运算符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "接入监测的冷库及冷藏车", "正向", "大于等于", 40, "台（座）"),
        (None, None, "建成监测平台", "正向", "等于", 1, "套"),
        (None, "质量指标", "监测数据上传完整率", "正向", "大于等于", pct(0.98), "%"),
        (None, None, "超温报警误报率", "反向", "小于等于", pct(0.02), "%"),
        (None, "时效指标", "超温报警响应时间", "反向", "小于等于", 30, "分钟"),
        (None, "成本指标", "监测终端单价", "反向", "小于等于", 0.6, "万元/台"),
        ("效益指标", "社会效益指标", "冷链断链事件", "反向", "等于", 0, "起"),
        (None, "经济效益指标", "果蔬冷链腐损下降率", "正向", "大于等于", pct(0.15), "%"),
        (None, "可持续影响指标", "平台数据保存期限", "正向", "大于等于", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "冷库经营户满意度", "正向", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    return b
