"""E-commerce and department returns of the 528th held-out set (蚕豆 and 桑葚 online sales):
br13–br18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout528.common import YEAR, book, header, indicators, notes, one_year, sign
from tests.variants.holdout528.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

COOP = "鹤坪县供销合作社联合社"
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "br13-shop-flat-department",
    (3, 4),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "header repeated after a page break, percent cells, weights add to 100 (correct)",
)
def br13() -> Book:
    b, s = book()
    department_head(
        s, year=YEAR, dept=COOP,
        goal="建好村级电商服务站42个，网销蚕豆、桑葚等农产品1800万元以上。",
        budget=[(money(400), money(320), money(80), money(140), money(260))],
        tasks=[("电商服务站运营", "村级站点运营补助", money(110), "站点运营42个"),
               ("蚕豆桑葚品牌推广", "网店与直播推广", money(90), "品牌网店6家"),
               ("冷链配送补助", "按件补助冷链配送", money(60), "配送15万件"),
               ("金额合计", None, money(260), None)],
    )  # fmt: skip
    header(s, *FLAT)
    s.table([
        ("网销农产品交易额", 20, "万元", "≥", 1800),
        ("村级电商服务站运营数", 15, "个", "≥", 42),
        ("蚕豆桑葚品牌网店数", 10, "家", "≥", 6),
        ("冷链配送件数", 10, "万件", "≥", 15),
    ])  # fmt: skip
    header(s, *FLAT)
    s.table([
        ("订单发货及时率", 15, "%", "≥", pct(0.98)),
        ("网销农产品投诉率", 10, "%", "≤", pct(0.01)),
        ("冷链配送单件补助", 10, "元/件", "≤", 4),
        ("电商服务对象满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    return b


@variant(
    "br14-shop-flat-defects",
    (3, 11),
    "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
    "计量单位 · 权重): a value in 万元 against a unit column 单, weights adding to 95",
)
def br14() -> Book:
    b, s = book()
    department_head(
        s, year=YEAR, dept="枫渡县电子商务进农村综合示范办公室",
        goal="培育蚕豆、桑葚直播带货主体20家，全年网销订单12万单以上。",
        budget=[(money(180), money(150), money(30), money(45), money(135))],
    )  # fmt: skip
    header(s, "指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("培育直播带货主体", "≥20", "正向", "家", 15),
        ("直播带货订单量", mk("≥12万元", "T112", "error", note="万元 in the value, 单 as unit"),
         "正向", "单", 20),
        ("农产品网销退货率", "≤3", "反向", "%", 15),
        ("桑葚损耗下降率", "≥8", "正向", "%", 10),
        ("电商培训人次", "≥500", "正向", "人次", 15),
        ("直播主体满意度", "≥90", "正向", "%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 15 + 20 + 15 + 10 + 15 + 20 = 95, not 100")
    return b


@variant(
    "br15-shop-department-money",
    (7, 12),
    "department, NAT-2021, header 绩效目标值: budget with a 占比 row, key tasks adding to 金额合计 "
    "= 项目支出, a unit cost × count equal to its task money, a 下降率 with ≥ (correct)",
)
def br15() -> Book:
    b, s = book()
    department_head(
        s, year=YEAR, dept="苇川县农业农村局",
        goal="支持4家蚕豆加工企业技改，桑葚电商产业园入驻主体30家。",
        budget=[(money(560), money(448), money(112), money(196), money(364)),
                (pct(1), pct(0.8), pct(0.2), pct(0.35), pct(0.65))],
        tasks=[("桑葚电商产业园运营", "园区运营与孵化", money(150), "入驻主体30家"),
               ("蚕豆加工企业技改补助", "4家企业设备更新", money(124), "技改企业4家"),
               ("农产品直播基地建设", "直播间与仓配改造", money(90), "直播间20间"),
               ("金额合计", None, money(364), None)],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "绩效目标值")
    indicators(s, [
        ("产出指标", "数量指标", "电商产业园入驻主体", "≥30家"),
        (None, None, "蚕豆加工技改企业", "=4家"),
        (None, "质量指标", "直播间验收合格率", "=100%"),
        (None, "时效指标", "技改补助兑付时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "单家企业技改补助", "≤31万元/家"),
        ("效益指标", "经济效益指标", "园区农产品网销额", "≥5000万元"),
        (None, None, "农产品物流成本下降率", "≥8%"),
        (None, "社会效益指标", "带动农户就业人数", "≥300人"),
        ("满意度指标", "服务对象满意度指标", "入驻主体满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "br16-shop-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to 金额合计",
)
def br16() -> Book:
    b, s = book()
    total = mk(money(300), "B101", "error", row=True, note="基本支出 110 + 项目支出 180 = 290")
    sum_ = mk(money(180), "B102", "error", note="tasks 60 + 50 + 60 = 170")
    department_head(
        s, year=YEAR, dept="沙湾口镇农村电子商务服务中心",
        goal="网销蚕豆制品与桑葚果品800万元以上。",
        budget=[(total, money(240), money(60), money(110), money(180))],
        tasks=[("镇级电商仓配中心运营", "仓储分拣与配送", money(60), "日均发货800单"),
               ("农产品直播培训", "培训带货主播", money(50), "培训300人次"),
               ("区域公用品牌推广", "蚕豆桑葚品牌包装与推广", money(60), "品牌网店5家"),
               ("金额合计", None, sum_, None)],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "培训带货主播", "≥300人次"),
        (None, None, "品牌网店开设数量", "≥5家"),
        (None, "质量指标", "订单履约率", "≥98%"),
        (None, "时效指标", "订单发货时限", "≤48小时"),
        ("成本指标", "经济成本指标", "人均主播培训成本", "≤1500元/人次"),
        ("效益指标", "经济效益指标", "农产品网销额", "≥800万元"),
        ("满意度指标", "服务对象满意度指标", "网购消费者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "br17-shop-export-second-sheet",
    (4, 7),
    "budget-system export: head on sheet 部门项目支出预算05-1, the indicator table on sheet "
    "部门项目支出绩效目标05-2 with the header on row 3, codes in the first columns, header "
    "预期实现值, tiers repeated in every row (correct)",
)
def br17() -> Book:
    b, s = book("部门项目支出预算05-1")
    project_head(
        s, year=YEAR, name="蚕豆桑葚农产品网货标准化项目", dept="苇川县商务局（418003）",
        unit="苇川县农产品质量安全检测站", money=one_year(36, 30, 6),
        goals=["制定蚕豆、桑葚网货团体标准4项，完成网货抽检600批次。"],
    )  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (10, 20, 12, 14, 26, 10, 14, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位：苇川县商务局", None, None, None, None, None, "金额单位：万元")
    rows = [
        ("产出指标", "数量指标", "网货团体标准制定", "≥", 4, "项"),
        ("产出指标", "数量指标", "网货抽检批次", "≥", 600, "批次"),
        ("产出指标", "质量指标", "网货抽检合格率", "≥", pct(0.96), "%"),
        ("产出指标", "时效指标", "标准发布时间", "≤", day(YEAR, 10, 31), None),
        ("产出指标", "成本指标", "单批次抽检成本", "≤", 350, "元/批次"),
        ("效益指标", "经济效益指标", "达标网货销售额增长率", "≥", pct(0.15), "%"),
        ("效益指标", "可持续影响指标", "标准采用企业数", "≥", 20, "家"),
        ("满意度指标", "服务对象满意度指标", "网商企业满意度", "≥", pct(0.9), "%"),
    ]
    header(t, "单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标性质", "预期实现值",
           "计量单位")  # fmt: skip
    for row in rows:
        t.row("418003", "52112525T000000871", *row)
    return b


@variant(
    "br18-mulberry-artefacts",
    (1, 9),
    "project, OLD-NAT, one value column, detail lines below the table: a 财政拨款 split by a "
    "space and an amount pasted twice; a typed percent cell",
)
def br18() -> Book:
    b, s = book()
    split = mk("106.4 5", "X105", "warning", alt=("X103",), note="106.45 + 20 = 126.45")
    project_head(
        s, year=YEAR, name="桑葚冻干与冷链网销能力提升项目", dept="鹤坪县林业和蚕桑发展中心（512）",
        unit="鹤坪县桑林坳桑果专业合作社", money=one_year(126.45, split, 20),
        goals=["改造桑葚冻干线1条，租用冷库保鲜鲜果300吨，网销桑葚制品700万元。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "冻干线改造", "=1条"),
        (None, None, "冷库保鲜鲜果量", "≥300吨"),
        (None, "质量指标", "冻干产品抽检合格率", pct(0.98)),
        (None, "时效指标", "冻干线改造完成时间", "2025年5月15日前"),
        (None, "成本指标", "每吨鲜果冷藏成本", "≤1200元/吨"),
        ("效益指标", "经济效益指标", "桑葚制品网销额", "≥700万元"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "明细项目", "金额（万元）", "说明")
    twice = mk("48万48万", "X106", "error", alt=("B108",), note="48万 pasted twice; read as 48")
    s.table([
        ("资金明细", "冻干线改造", twice, "设备更新与安装"),
        (None, "冷库租赁", money(38.45, WAN), "300吨 × 1200元/吨 + 电费"),
        (None, "电商运营推广", money(40, WAN), "直播与平台推广"),
        (None, "合计", money(126.45, WAN), None),
    ], merged=(1,))  # fmt: skip
    b.file_mark("B102", "error", required=False, note="only if the pasted-twice cell is misread")
    notes(s, "注：金额单位为万元。")
    sign(s, "龚岱山", "贺菁", "0839-4726315")
    return b
