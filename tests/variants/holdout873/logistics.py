"""County logistics centres: six returns (kgy01–kgy06), three correct."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout873.common import (
    OP_HEAD,
    TWO_HEAD,
    book,
    detail,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout873.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant(
    "kgy01-county-hub",
    (1, 11, 12),
    "project, OLD-NAT, operator and unit columns, typed percents, detail lines (correct)",
)
def county_hub() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="穗川县电商物流共同配送中心建设", dept="穗川县商务局（318）",
        unit="穗川县电子商务公共服务中心", money=one_year(150, 130, 20),
        goals=["建成县级电商物流配送中心1个，整合快递品牌5家（邮政1家、民营4家），开通村级配送"
               "线路24条，快件48小时内送达行政村，为2026年全县推广共同配送积累经验。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "整合快递品牌数量", "≥", 5, "家"),
        (None, None, "开通村级配送线路", "≥", 24, "条"),
        (None, None, "购置冷链配送车", "≥", 12, "辆"),
        (None, "质量指标", "快件分拣准确率", "≥", pct(0.99), "%"),
        (None, None, "快件破损率", "≤", pct(0.005, "0.0%"), "%"),
        (None, "时效指标", "快件送达行政村时限", "≤", 48, "小时"),
        (None, None, "配送中心投入运行时间", "≤", day(2025, 9, 30, CN_DATE), None),
        (None, "成本指标", "冷链配送车单价", "≤", 4, "万元/辆"),
        ("效益指标", "经济效益指标", "农产品上行寄递量增长率", "≥", pct(0.15), "%"),
        (None, "社会效益指标", "村级快递综合成本下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "共同配送运行机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "村民寄递服务满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, OP_HEAD, rows)
    detail(s, [("分拣线改造", 60), ("冷链配送车12辆", 48), ("信息系统", 30), ("运营补贴", 12)],
           150)  # fmt: skip
    sign(s, "龚雁秋", "0791-6637215", day(2024, 11, 18))
    return b


@variant(
    "kgy02-hub-cost-deadline",
    (11, 12),
    "project, OLD-NAT, operators inside the values; goal, unit cost and deadline disagree",
)
def hub_cost_deadline() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="朔杏县寄递物流共配中心冷链提升", dept="朔杏县商务局（207）",
        unit="朔杏县供销电商有限公司", money=one_year(180, 150, 30),
        goals=["新增村级配送线路18条，购置冷链配送车6辆，2025年11月底前共配中心投入运行。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "新增村级配送线路",
         mk("≥16条", "D104", "warning", note="年度目标写新增线路18条")),
        (None, None, "购置冷链配送车", "≥6辆"),
        (None, "质量指标", "冷链车辆验收合格率", "=100%"),
        (None, None, "生鲜快件破损率", "≤0.3%"),
        (None, "时效指标", "共配中心投入运行时间",
         mk("2026年6月30日前", "Y102", "error", alt=("Y101", "D104"),
            note="一年期项目（2025年）的期限落在2026年，年度目标又写11月底前")),
        (None, "成本指标", "冷链配送车单车购置成本",
         mk("≤18万元/辆", "B107", "warning", row=True,
            note="18万元 × 6辆 = 108万元，超过明细中的车辆购置90万元")),
        ("效益指标", "经济效益指标", "生鲜农产品寄递量增长率", "≥20%"),
        (None, "社会效益指标", "快件投诉率", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "合作社寄递服务满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    detail(s, [("冷链配送车购置", 90), ("分拨场地改造", 60), ("系统对接", 30)], 180)
    sign(s, "裴晓岑", "0796-5521408", day(2024, 12, 3))
    return b


@variant(
    "kgy03-three-tier-network",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 col"
    "umns, annual counts below the period's (correct)",
)
def three_tier_network() -> Book:
    b, s = book()
    project_head(
        s, year=2025, years=3, name="樟垣县县乡村三级寄递物流体系建设",
        dept="樟垣县交通运输局（412）", unit="樟垣县农村物流服务中心", attr="新增项目",
        money=multi_year((600, 540, 60), (200, 180, 20)),
        goals=["2025—2027年建成乡镇快递分拨点18个、村级寄递服务点240个，实现快递进村全覆盖。",
               "2025年建成乡镇分拨点6个、村级寄递服务点80个（其中新建50个、改造30个），"
               "为2027年实现全覆盖打基础。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "乡镇快递分拨点", "≥18个", "≥6个"),
        (None, None, "村级寄递服务点", "≥240个", "≥80个"),
        (None, "质量指标", "分拨点验收合格率", "=100%", "=100%"),
        (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单个分拨点建设成本", "≤15万元/个", "≤15万元/个"),
        (None, None, "单个村级服务点建设成本", "≤1万元/个", "≤1万元/个"),
        ("效益指标", "社会效益指标", "快递进村覆盖率", "=100%", "≥60%"),
        (None, "可持续影响指标", "寄递服务点持续运营率", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "村民寄递服务满意度", "≥90%", "≥90%"),
    ]
    indicators(s, TWO_HEAD, rows)
    note(s, "注：单点建设成本中期与年度相同；18×15+240×1=510万元，未超过中期资金600万元。")
    sign(s, "欧阳葵", "0793-7710362", day(2024, 12, 9))
    return b


@variant(
    "kgy04-sorting-points-period",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: goal, annual above period, copied count",
)
def sorting_points_period() -> Book:
    b, s = book()
    project_head(
        s, year=2025, years=2, name="桐畈县乡镇快递分拨点提升", dept="桐畈县邮政管理局（105）",
        unit="桐畈县快递物流协会", attr="新增项目",
        money=multi_year((300, 270, 30), (160, 150, 10)),
        goals=["2025—2026年建成乡镇快递分拨点12个、配备智能分拣设备12套。",
               "2025年建成分拨点7个，配备智能分拣设备7套，培训驿站从业人员60人次。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "乡镇快递分拨点",
         mk("≥10个", "D104", "warning", note="中期目标写建成分拨点12个"), "≥7个"),
        (None, None, "智能分拣设备",
         "≥12套", mk("≥14套", "D201", "error", alt=("D104",), note="年度14套超过中期12套")),
        (None, None, "驿站从业人员培训",
         "≥120人次", mk("≥120人次", "D202", "warning", alt=("D104",),
                       note="累计人次照抄中期；年度目标写60人次")),
        (None, None, "分拨点日均处理快件", "≥3000件", "≥3000件"),
        (None, "质量指标", "分拣设备验收合格率", "=100%", "=100%"),
        (None, "时效指标", "分拨点建成时间", "2026年10月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单个分拨点建设成本", "≤20万元/个", "≤20万元/个"),
        ("效益指标", "社会效益指标", "乡镇快件中转时长缩短", "≥6小时", "≥4小时"),
        ("满意度指标", "服务对象满意度指标", "快递企业满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, TWO_HEAD, rows)
    sign(s, "施墨涵", "0795-3386021", day(2024, 11, 27))
    return b


EXPORT_HEAD = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值", "度量单位")


@variant(
    "kgy05-export-bus-mail",
    (7, 12),
    "budget-system export: money on sheet 05-1, indicators on sheet 05-2 with codes (correct)",
)
def export_bus_mail() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 22, 22, 12, 12, 12))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：穗川县交通运输局", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "支出明细", "合计", "财政拨款", "其他资金")
    code, name = "361122-25-0031", "农村客货邮融合发展"
    s.table([(code, name, "客货邮站点改造", wan(36), wan(36), wan(0)),
             (None, None, "邮路车辆租赁", wan(24), wan(20), wan(4)),
             (None, None, "信息平台运维", wan(10), wan(10), wan(0)),
             (None, None, "合计", wan(70), wan(66), wan(4))], merged=(1, 2))  # fmt: skip
    s.row("年度绩效目标", "改造客货邮融合站点12个（县级1个、乡镇11个），开通客货邮合作线路8条，"
          "2025年底前实现乡镇全覆盖。", merge=[(2, 6)])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (16, 18, 14, 16, 28, 14, 12))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位：穗川县交通运输局")
    rows = [
        (code, name, "产出指标", "数量指标", "客货邮融合站点改造数量", "≥12", "个"),
        (None, None, None, None, "客货邮合作线路", "≥8", "条"),
        (None, None, None, "质量指标", "站点验收合格率", pct(0.95), "%"),
        (None, None, None, "时效指标", "邮件随车运输及时率", pct(0.95), "%"),
        (None, None, "成本指标", "经济成本指标", "站点改造单点成本", "≤3", "万元/个"),
        (None, None, "效益指标", "经济效益指标", "单件寄递成本降低率", "≥10", "%"),
        (None, None, None, "社会效益指标", "乡镇客货邮站点覆盖率", "=100", "%"),
        (None, None, "满意度指标", "服务对象满意度指标", "乘客及寄件群众满意度", "≥90", "%"),
    ]
    indicators(t, EXPORT_HEAD, rows, merged=(1, 2, 3, 4))
    return b


@variant(
    "kgy06-export-warehouse",
    (7, 12),
    "budget-system export on two sheets: lines against their total, last year's goal, wrong tier",
)
def export_warehouse() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 22, 22, 12, 12, 12))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：樟垣县商务局", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "支出明细", "合计", "财政拨款", "其他资金")
    code, name = "361127-25-0108", "县级电商仓配中心运营补助"
    total_other = mk(wan(15), "B102", "error", alt=("B101",), row=True,
                     note="其他资金明细0+5+5=10，且90+15≠合计100")  # fmt: skip
    s.table([(code, name, "仓配中心租金", wan(40), wan(40), wan(0)),
             (None, None, "分拣人员劳务", wan(25), wan(20), wan(5)),
             (None, None, "共同配送补贴", wan(35), wan(30), wan(5)),
             (None, None, "合计", wan(100), wan(90), total_other)], merged=(1, 2))  # fmt: skip
    text = "巩固快递进村成果，仓配中心日均处理快件1.2万件，2024年底前完成县乡村三级共配体系建设。"
    why = "预算年度2025，目标仍写上一年的期限"
    goal = mk(text, "Y103", "warning", alt=("Y101", "Y102"), note=why)
    s.row("年度绩效目标", goal, merge=[(2, 6)])
    t = b.sheet("部门项目支出绩效目标05-2", (16, 18, 14, 16, 28, 14, 12))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位：樟垣县商务局")
    rows = [
        (code, name, "产出指标", "数量指标", "仓配中心日均处理快件", "≥1.2", "万件"),
        (None, None, None, None, "共同配送覆盖行政村", "≥96", "个"),
        (None, None, None, "质量指标", "快件破损率", "≤0.5", "%"),
        (None, None, None, "时效指标", "快件出仓时限", "≤24", "小时"),
        (None, None, None, None, mk("分拣差错率", "F201", "warning", row=True,
                                   note="差错率是质量指标，填在时效指标下"), "≤0.5", "%"),
        (None, None, "成本指标", "经济成本指标", "单件仓配成本", "≤0.8", "元/件"),
        (None, None, "效益指标", "社会效益指标", "村级快递共同配送比例", "≥70", "%"),
        (None, None, "满意度指标", "服务对象满意度指标", "入仓电商企业满意度", "≥90", "%"),
    ]  # fmt: skip
    indicators(t, EXPORT_HEAD, rows, merged=(1, 2, 3, 4))
    return b
