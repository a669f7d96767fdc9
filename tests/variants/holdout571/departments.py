"""Department and template returns (di07–di12): flat lists, money in every block, template rows
left empty, notes, subtotals and a header repeated after a page break."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout571.common import annual, book, indicators, note, sign, wan
from tests.variants.holdout571.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

TIERS = ("一级指标", "二级指标", "三级指标", "绩效目标值")


@variant("di07-flat-flower-centre", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, a 下降率 with ≥, =100% typed as a percent, weights 100 "
         "(correct)")  # fmt: skip
def di07() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="苒山县花卉产业发展中心",
                    budget=[(wan(420), wan(380), wan(40), wan(160), wan(260))],
                    goal="稳定玫瑰标准化种植3000亩，扶持薰衣草精油加工企业6家，办好花海旅游推介。",
                    tasks=[("玫瑰花田提质", "种苗、滴灌和技术服务", wan(120), "提质3000亩"),
                           ("精油加工扶持", "蒸馏设备和检测补助", wan(90), "扶持6家企业"),
                           ("花海旅游推介", "推介会、线上宣传", wan(50), "推介活动8场"),
                           ("金额合计", None, wan(260), None)])  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in [
        ("玫瑰标准化种植面积", 15, "亩", "≥", 3000),
        ("扶持薰衣草精油加工企业", 10, "家", "≥", 6),
        ("花海旅游推介活动", 10, "场", "≥", 8),
        ("花卉种苗检疫合格率", 15, "%", "≥", pct(0.98)),
        ("花田病虫害发生率", 10, "%", "≤", pct(0.05)),
        ("花田土壤板结面积下降率", 10, "%", "≥", pct(0.08)),
        ("精油产品抽检合格率", 10, "%", "=", pct(1)),
        ("花农人均增收", 10, "元", "≥", 1200),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
    ]:
        s.row(*line)
    s.row("合计", 100)
    return b


@variant("di08-flat-tourism-defects", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
         "a money value under a 公里 unit, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def di08() -> Book:
    b, s = book()
    department_head(
        s,
        year=2026,
        dept="芷澜区紫陌花田景区管理所",
        budget=[(wan(310), wan(270), wan(40), wan(130), wan(180))],
        goal="维护薰衣草观光花田1500亩，办好花季活动2场，接待游客20万人次。",
    )
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重（合计100）")
    for line in [
        ("薰衣草观光花田面积", "≥1500", "正向", "亩", 15),
        (
            "花田观光道路维护",
            mk("12万元", "T112", "error", note="值的单位万元与计量单位列的公里冲突"),
            "正向",
            "公里",
            10,
        ),
        ("举办薰衣草花季活动", "≥2", "正向", "场", 10),
        ("接待游客", "≥20", "正向", "万人次", 15),
        ("景区安全事故发生率", "≤0.1%", "反向", "%", 10),
        (
            "游客投诉率",
            mk("≥2%", "T108", "warning", row=True, note="方向列写反向，比较符却是≥"),
            "反向",
            "%",
            10,
        ),
        ("旅游综合收入增长率", "≥8%", "正向", "%", 10),
        ("游客满意度", "≥90%", "正向", "%", 15),
    ]:
        s.row(*line)
    s.row("合计", None, None, None, 95)
    b.file_mark("W101", "error", note="权重合计95，表头写明合计100")
    return b


@variant("di09-department-money", (12,),
         "department, NAT-2021, header 绩效目标值: budget with a share row, key tasks adding "
         "to 金额合计 = 项目支出, a footnote explaining the total, signature line "
         "(correct)")  # fmt: skip
def di09() -> Book:
    b, s = book("部门整体")
    department_head(s, year=2026, dept="馥川市花卉产业服务中心",
                    budget=[(wan(500), wan(450), wan(50), wan(200), wan(300)),
                            (pct(1), pct(0.9), pct(0.1), pct(0.4), pct(0.6))],
                    goal="推广玫瑰精油品牌，维护薰衣草花田设施2200亩，办好第三届花卉旅游节。",
                    tasks=[("玫瑰精油品牌推广", "展会、电商推介", wan(80), "推广活动6场"),
                           ("薰衣草花田设施维护", "道路、灌溉、标识", wan(140), "维护2200亩"),
                           ("花卉旅游节", "开幕式、花事活动", wan(80), "接待游客5万人次"),
                           ("金额合计", None, wan(300), None)])  # fmt: skip
    note(s, "注：金额合计为项目支出，不含基本支出200万元。")
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "玫瑰精油品牌推广活动", "≥6场"),
        (None, None, "薰衣草花田设施维护面积", "≥2200亩"),
        (None, None, "举办花卉旅游节", "≥1届"),
        (None, "质量指标", "维护设施完好率", "≥95%"),
        (None, "时效指标", "花卉旅游节举办时间", "2026年7月31日前"),
        ("成本指标", "经济成本指标", "花田设施亩均维护费", "≤500元/亩"),
        ("效益指标", "经济效益指标", "带动精油及文创销售额", "≥1200万元"),
        (None, "社会效益指标", "旅游节参与游客", "≥5万人次"),
        (None, "可持续影响指标", "花卉产业品牌影响力", "持续提升"),
        ("满意度指标", "服务对象满意度指标", "游客及经营户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    sign(s, "褚沐辰", "0871-5530926", day(2025, 11, 20, CN_DATE))
    return b


@variant("di10-department-money-wrong", (12,),
         "department, NAT-2021: 财政拨款 + 其他资金 ≠ 资金总额, key tasks not adding to "
         "金额合计")  # fmt: skip
def di10() -> Book:
    b, s = book("部门整体")
    department_head(s, year=2026, dept="苒山县绛坪镇农业综合服务中心",
                    budget=[(mk(wan(360), "B101", "error", note="300 + 50 = 350 ≠ 360"),
                             wan(300), wan(50), wan(140), wan(220))],
                    goal="扶持玫瑰纯露和精油加工，维护玫瑰花田700亩，办好赏花推介。",
                    tasks=[("玫瑰蒸馏扶持", "蒸馏设备补助", wan(90), "扶持作坊5家"),
                           ("玫瑰花田维护", "灌溉和道路", wan(70), "维护花田700亩"),
                           ("赏花推介", "赏花季宣传", wan(50), "推介活动4场"),
                           ("金额合计", None, mk(wan(220), "B102", "error", alt=("B101",),
                                                 note="90 + 70 + 50 = 210 ≠ 220"),
                            None)])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "扶持玫瑰蒸馏作坊", "≥5家"),
        (None, None, "维护玫瑰花田", "≥700亩"),
        (None, None, "赏花推介活动", "≥4场"),
        (None, "质量指标", "纯露及精油抽检合格率", "≥95%"),
        (None, "时效指标", "扶持资金拨付时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "单家作坊扶持标准", "≤18万元"),
        ("效益指标", "经济效益指标", "作坊户均增收", "≥3万元"),
        (None, "社会效益指标", "带动花农务工", "≥100人"),
        ("满意度指标", "服务对象满意度指标", "花农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("di11-rose-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: two tier-2 labels left from the template, "
         "a time value without its indicator name")  # fmt: skip
def di11() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="绛坪镇玫瑰纯露加工扶持项目",
        dept="苒山县农业农村局（214003）",
        unit="苒山县绛坪镇农业综合服务中心",
        money=annual(60, 50, 10),
        goals=["扶持纯露加工作坊5家，年产纯露40吨，带动花农务工80人。"],
    )
    f109 = "模板留下的二级指标，没有三级指标和指标值"
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "扶持纯露加工作坊", "≥5家"),
        (None, None, "纯露产量", "≥40吨"),
        (None, "质量指标", "纯露产品抽检合格率", "≥95%"),
        (None, "时效指标", mk(None, "F110", "error", note="有指标值，没有三级指标名称"),
         "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单家作坊扶持标准", "≤10万元"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note=f109), None, None),
        ("效益指标", "经济效益指标", "作坊户均增收", "≥3万元"),
        (None, "社会效益指标", "带动花农务工", "≥80人"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note=f109), None, None),
        (None, "可持续影响指标", "纯露加工技术规程", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "作坊经营户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("di12-lavender-park-notes", (4, 7),
         "department, NAT-2021, headers 考核指标 / 目标值（年度） / 权重 / 评价标准: a unit "
         "line, a note row inside the table, subtotals, the header repeated after a page "
         "break, 合计, 填表说明 and a signature dated the year before (correct)")  # fmt: skip
def di12() -> Book:
    b, s = book("部门整体")
    department_head(
        s,
        year=2026,
        dept="馥川市薰衣草产业园管理委员会",
        budget=[(wan(260), wan(230), wan(30), wan(110), wan(150))],
        goal="稳定园区薰衣草种植2600亩，引进精油加工企业4家，带动周边农户就业。",
    )
    note(s, "金额单位：万元；比率单位：%")
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "权重", "评价标准")
    indicators(s, head, [
        ("产出指标", "数量指标", "园区薰衣草种植面积", "≥2600亩", 10, "每少100亩扣1分"),
        (None, None, "入园精油加工企业", "≥4家", 10, "每少1家扣2分"),
        (None, "质量指标", "入园企业产品抽检合格率", "≥98%", 10, "低于目标不得分"),
        (None, "时效指标", "年度工作计划完成及时率", "≥95%", 10, "按比例扣分"),
    ])  # fmt: skip
    note(s, "注：精油加工企业指年蒸馏鲜花100吨以上的企业。")
    s.row("小计", None, None, None, 40)
    s.row(*head)
    s.table([("成本指标", "经济成本指标", "园区道路保洁单价", "≤3元/平方米", 10, "超出不得分")])
    s.row("小计", None, None, None, 10)
    s.table([
        ("效益指标", "经济效益指标", "园区精油产值", "≥18000万元", 10, "按比例扣分"),
        (None, "社会效益指标", "带动周边农户就业", "≥500人", 10, "按比例扣分"),
        (None, "生态效益指标", "园区绿化覆盖率", "≥40%", 10, "低于目标不得分"),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 30)
    s.table([
        ("满意度指标", "服务对象满意度指标", "入园企业满意度", "≥90%", 10, "按调查结果计分"),
        (None, None, "游客满意度", "≥88%", 10, "按调查结果计分"),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 20)
    s.row("合计", None, None, None, 100)
    note(s, "填表说明：1.目标值应写明比较符和计量单位；2.权重合计为100分。")
    sign(s, "柏予安", "0871-5547213", day(2025, 12, 5))
    return b
