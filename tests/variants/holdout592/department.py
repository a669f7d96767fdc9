"""Returns ed13–ed18: department returns (供销社, 农业农村局, 市场服务中心, 商务局), flat lists."""

from __future__ import annotations

from tests.variants.holdout592.common import department, notes, sign, start, table, w
from tests.variants.holdout592.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

H6 = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant(
    "ed13-supply-coop",
    (4, 12),
    "department, NAT-2021: budget and key tasks adding up, a goal "
    "text summing two indicators, a 注 row and signature lines (correct)",
)
def supply_coop() -> Book:
    b, s = start()
    tasks = [
        ("豆苗集配中心运营", "芦湾、石埠两处集配中心日常运营", w(200), "集配豌豆苗及蚕豆5000吨"),
        ("冷链物流补贴", "对入网冷链车辆按年补贴", w(140), "补贴入网冷链车辆30辆"),
        ("金额合计", None, w(340), None),
    ]  # fmt: skip
    goal = "全年完成豆类冷链集配量5000吨，其中豌豆苗3200吨、蚕豆1800吨；补贴入网冷链车辆30辆。"
    department(s, "蓼川县供销合作社联合社", (520, 450, 70, 180, 340), goal, tasks)
    table(s, H6, [
        ("产出指标", "数量指标", "豌豆苗集配量", "≥3200吨", None),
        (None, None, "蚕豆集配量", "≥1800吨", None),
        (None, None, "补贴入网冷链车辆", "≥30辆", None),
        (None, "质量指标", "集配产品抽检合格率", "≥98%", None),
        (None, "时效指标", "补贴资金拨付时间", "2025年12月20日前", None),
        ("成本指标", "经济成本指标", "冷链车辆每辆年补贴", "≤4.5万元/辆", None),
        ("效益指标", "经济效益指标", "带动豆农增收", "≥500万元", None),
        (None, "社会效益指标", "服务社员农户", "≥1500户", None),
        ("满意度指标", "服务对象满意度指标", "社员农户满意度", "≥90%", None),
    ])  # fmt: skip
    notes(s, "注：集配量按过磅单统计，豌豆苗与蚕豆分别计量，合计即年度总体目标中的5000吨。")
    sign(s, "覃穗禾", "0771-5836104", day(2024, 11, 15))
    return b


@variant(
    "ed14-bureau-tasks",
    (6, 12, 13),
    "department, NAT-2021: tasks not adding to 金额合计, "
    "a count in the goal text against its indicator, a value without a name",
)
def bureau_tasks() -> Book:
    b, s = start()
    total = mk(w(440), "B102", "error", note="80 + 220 + 150 = 450 ≠ 440")
    tasks = [
        ("豆苗产业技术培训", "分片区培训豆苗种植户", w(80), "培训种植户600人次"),
        ("芽苗菜基地提升", "提升芽苗菜生产基地设施", w(220), "提升基地5个"),
        ("产地冷库补助", "补助建设产地冷库", w(150), "补助冷库10座"),
        ("金额合计", None, total, None),
    ]  # fmt: skip
    goal = ok("全年培训豆苗种植户600人次，提升芽苗菜生产基地5个，补助建设产地冷库10座。", "warning")
    department(s, "蓼川县农业农村局", (860, 800, 60, 420, 440), goal, tasks)
    noname = mk(None, "F110", "error", note="有指标值，三级指标名称空着")
    table(s, H6, [
        ("产出指标", "数量指标", "培训豆苗种植户",
         mk("≥500人次", "D104", "warning", row=True, note="年度总体目标和任务写600人次")),
        (None, None, "提升芽苗菜生产基地", "≥5个", None),
        (None, None, "补助建设产地冷库", "≥10座", None),
        (None, "质量指标", noname, "≥95%", None),
        (None, "时效指标", "冷库补助资金拨付时间", "2025年11月30日前", None),
        ("成本指标", "经济成本指标", "每座产地冷库补助标准", "≤15万元/座", None),
        ("效益指标", "社会效益指标", "带动农户增收", "≥800户", None),
        ("满意度指标", "服务对象满意度指标", "参训种植户满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant(
    "ed15-flat-market-centre",
    (1, 3),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), percent cells, weights adding to 100 (correct)",
)
def flat_market_centre() -> Book:
    b, s = start(widths=(32, 10, 12, 12, 14, 14))
    goal = "保障冷链交易区日均交易量120吨，全年农残快检8000批次，市场年交易额6.5亿元以上。"
    department(s, "蓼川县农产品市场服务中心", (310, 310, 0, 130, 180), goal)
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in [
        ("冷链交易区日均交易量", 15, "吨", "≥", 120),
        ("农残快检批次", 15, "批次", "≥", 8000),
        ("快检结果准确率", 10, "%", "≥", pct(0.95)),
        ("市场消防安全检查合格率", 10, "%", "=", pct(1)),
        ("冷库空置率", 10, "%", "≤", pct(0.1)),
        ("果蔬交易环节损耗下降率", 10, "%", "≥", pct(0.12)),
        ("商户投诉办结时限", 10, "工作日", "≤", 5),
        ("市场年交易额", 10, "亿元", "≥", 6.5),
        ("入场商户满意度", 10, "%", "≥", pct(0.9)),
    ]:  # fmt: skip
        s.row(*line)
    s.row("合计", 100)
    notes(s, "填表说明：指标性质填写≥、≤或=；百分比指标直接录入百分数。")
    return b


@variant(
    "ed16-flat-sprout-centre",
    (3, 9),
    "department, flat list (指标名称 · 指标值 · 计量单位 · "
    "权重): the same quantity twice with other values, a date as a serial, weights short",
)
def flat_sprout_centre() -> Book:
    b, s = start(widths=(32, 14, 12, 14, 14, 14))
    goal = "建设豆苗标准化生产示范面积600亩，全年芽苗菜冷链集配2500吨，培训种植户400人次。"
    department(s, "蓼川县豆苗产业服务中心", (150, 150, 0, 70, 80), goal)
    s.row("指标名称", "指标值", "计量单位", "权重（合计100）")
    twice = mk(
        "≥3000",
        "D102",
        "error",
        row=True,
        alt=("D103", "D104"),
        note="与“芽苗菜冷链集配量 ≥2500吨”是同一指标，值不同",
    )
    serial = mk("45991", "X104", "warning", note="文本单元格中的日期序列号（2025-11-30）")
    for line in [
        ("豆苗标准化生产示范面积", "≥600", "亩", 15),
        ("豆苗品种比对试验", "≥8", "个", 10),
        ("芽苗菜冷链集配量", "≥2500", "吨", 15),
        ("种植户技术培训", "≥400", "人次", 10),
        ("产品抽检合格率", "≥98", "%", 10),
        ("芽苗菜冷链集配总量", twice, "吨", 10),
        ("示范任务完成时间", serial, None, 10),
        ("种植户满意度", "≥90", "%", 10),
    ]:  # fmt: skip
        s.row(*line)
    b.file_mark("W101", "error", note="权重合计90，表头写合计100")
    return b


@variant(
    "ed17-logistics-abbrev",
    (5,),
    "department, NAT-2021, abbreviated tier labels (产出, "
    "数量): a 合格率 under 时效, a deadline in the next year",
)
def logistics_abbrev() -> Book:
    b, s = start()
    goal = "完成县域冷链物流信息平台升级，全年冷链配送不少于2400车次，冷链产品抽检合格率不低于98%。"
    department(s, "蓼川县冷链物流服务中心", (260, 230, 30, 110, 150), goal)
    misplaced = mk(
        "冷链车辆年检合格率", "F201", "warning", row=True, note="合格率属质量，填在时效下"
    )
    late = mk("2026年3月31日前", "Y102", "error", note="部门年度预算2025年，期限落在下一年")
    table(s, H6, [
        ("产出", "数量", "冷链配送车次", "≥2400车次", None),
        (None, None, "信息平台升级模块", "≥4个", None),
        (None, "质量", "冷链产品抽检合格率", "≥98%", None),
        (None, "时效", misplaced, "=100%", None),
        (None, None, "平台升级完成时间", late, None),
        ("成本", "经济成本", "平台升级费用", "≤60万元", None),
        ("效益", "社会效益", "冷链事故发生次数", "0起", None),
        (None, "可持续影响", "平台运维保障年限", "≥3年", None),
        ("满意度", "服务对象满意度", "配送企业满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant(
    "ed18-commerce-period-scores",
    (8, 10),
    "department, NAT-2021, 实施周期 and 年度 columns "
    "over a three-year action, score column, 百分点, 2027 named on purpose (correct)",
)
def commerce_period_scores() -> Book:
    b, s = start()
    goal = ok(
        "实施县域农产品冷链流通提升三年行动（2025—2027年），本年度新增冷链集配点8个，"
        "冷链流通率提高3个百分点。",
        "warning",
        note="三年行动的年份有意写出",
    )
    department(s, "蓼川县商务局", (680, 600, 80, 350, 330), goal)
    table(s, ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值", "分值"), [
        ("产出指标", "数量指标", "新增冷链集配点", "≥24个", "≥8个", 10),
        (None, None, "培训冷链从业人员", "≥900人次", "≥300人次", 10),
        (None, "质量指标", "集配点建设验收合格率", "100%", "100%", 10),
        (None, "时效指标", "建设任务完成时间", ok("2027年12月31日前", "warning"),
         "2025年12月31日前", 10),
        ("成本指标", "经济成本指标", "单个集配点建设补助", "≤12万元/个", "≤12万元/个", 10),
        ("效益指标", "经济效益指标", "农产品冷链流通率提高", "≥9百分点", "≥3百分点", 15),
        (None, "社会效益指标", "带动农户", "≥3000户", "≥1000户", 15),
        ("满意度指标", "服务对象满意度指标", "集配点服务农户满意度", "≥90%", "≥90%", 20),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, 100)
    return b
