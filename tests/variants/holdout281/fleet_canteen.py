"""Returns about the official-car platform (公务用车平台) and the government canteens (机关食堂):
project tables with operator and direction columns, department tables with money blocks, flat
lists."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout281.common import (
    CITY,
    COUNTY,
    TIERS,
    YEAR,
    annual_money,
    budget,
    first,
    indicators,
    notes,
    signature,
    wan,
)
from tests.variants.holdout281.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant(
    "se01-fleet-percent",
    (1, 11),
    "project, OLD-NAT, operator and unit columns, percents typed in Excel, 万元 in the number "
    "format, a 下降率 with ≥, a 发生率 with ≤ and 0起 on an accident count (correct)",
)
def se01() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="市级公务用车平台运行维护",
        dept=CITY,
        unit="栖梧市公务用车服务中心",
        attr="常年项目",
        money=annual_money(386.40, 360.00, 26.40),
        goals=(
            "统筹调度平台126辆车辆，全年派车不少于1.8万车次，保障市直单位公务出行，"
            "车辆运行安全，运行费用较上年下降5%以上。",
        ),
    )
    rows = [
        ("产出指标", "数量指标", "平台年派车车次", "≥", 18000, "车次"),
        (None, None, "纳入平台管理车辆数", "=", 126, "辆"),
        (None, "质量指标", "车辆完好率", "≥", pct(0.96), "%"),
        (None, None, "车辆交通事故发生率", "≤", pct(0.005, "0.0%"), "%"),
        (None, None, "重大安全责任事故", "≤", 0, "起"),
        (None, "时效指标", "用车申请响应时间", "≤", 30, "分钟"),
        (None, "成本指标", "单车年均运行维护费用", "≤", 2.9, "万元/辆"),
        ("效益指标", "经济效益指标", "公务用车运行费用下降率", "≥", pct(0.05), "%"),
        (None, "社会效益指标", "市直单位公务出行保障率", "≥", pct(0.98), "%"),
        (None, "可持续影响指标", "车辆调度信息化覆盖率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "用车单位满意度", "≥", pct(0.92), "%"),
    ]  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, header, rows)
    signature(s, head="欧阳砚", filler="祁晓澜", phone="0768-6623417", when=day(YEAR - 1, 11, 14))
    return b


@variant(
    "se02-fleet-direction",
    (11, 1),
    "project, OLD-NAT, 指标方向 (正向/反向) and 比较符 columns, bare numbers and typed percents "
    "with a unit column: a 反向 response time with ≥, a cost with =, a rate typed as 105%",
)
def se02() -> Book:
    b, s = first(widths=(14, 16, 28, 12, 12, 14, 14))
    project_head(
        s,
        year=YEAR,
        name="县级公务用车平台车辆租赁及调度",
        dept=COUNTY,
        unit="望桐县公务用车管理服务站",
        money=annual_money(360.00, 360.00, 0),
        goals=("租赁30辆公务用车纳入县平台统一调度，保障乡镇和县直单位公务出行。",),
    )
    late = "a response time is 反向: ≥20分钟 sets a floor on the wait"
    rows = [
        ("产出指标", "数量指标", "租赁车辆数", "正向", "=", 30, "辆"),
        (None, None, "年派车车次", "正向", "≥", 6500, "车次"),
        (None, "质量指标", "车辆按时出车率", "正向", "≥",
         mk(pct(1.05), "T106", "error", note="an on-time rate cannot exceed 100%"), "%"),
        (None, None, "用车投诉率", "反向", "≤", pct(0.01), "%"),
        (None, "时效指标", "派车响应时间", "反向",
         mk("≥", "T108", "warning", row=True, note=late), 20, "分钟"),
        (None, "成本指标", "单车日均租赁费用", "反向",
         mk("=", "T108", "warning", row=True, note="= on a cost cap"), 450, "元/辆·日"),
        ("效益指标", "社会效益指标", "乡镇公务出行保障率", "正向", "≥", pct(0.95), "%"),
        (None, "可持续影响指标", "车辆租赁合同履约率", "正向", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "用车单位满意度", "正向", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "度量单位")
    indicators(s, header, rows)
    return b


@variant(
    "se03-canteen-department",
    (12, 4),
    "department, NAT-2021, budget with shares, key tasks adding up to 金额合计 = 项目支出, a note "
    "row between tiers, footnotes, 填表说明, signature and date lines (correct)",
)
def se03() -> Book:
    b, s = first("部门整体")
    shares = tuple(pct(v, "0.00%") for v in (1, 0.8832, 0.1168, 0.4072, 0.5928))
    department_head(
        s,
        year=YEAR,
        dept="栖梧市机关事务服务中心",
        budget=[budget(1268.50, 1120.30, 148.20, 516.50, 752.00), shares],
        tasks=[
            ("机关食堂运营保障", "食材采购、劳务及日常运营", wan(438.00), "日均供餐2600人次"),
            ("食堂设施设备更新", "更换蒸饭柜、洗碗机等厨房设备", wan(126.00), "更新设备18台"),
            ("公共机构节能管理", "能耗统计、节能改造及宣传", wan(188.00), "能耗较上年下降"),
            ("金额合计", None, wan(752.00), None),
        ],
        goal="保障市级机关食堂日均供餐2600人次以上，食品安全零事故；完成食堂设备更新；"
        "公共机构人均综合能耗较上年下降2%。",
    )
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "机关食堂日均供餐人次", "≥2600人次"),
        (None, None, "食堂设备更新台数", "≥18台"),
        (None, None, "能耗统计报送单位数", "=64家"),
        (None, "质量指标", "食材抽检合格率", "=100%"),
        (None, None, "食品安全事故", "0起"),
        (None, "时效指标", "设备更新完成时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "人均每餐运营成本", "≤6.5元/人次"),
    ])  # fmt: skip
    notes(s, "注：能耗指标按公共机构能源资源消费统计口径计算，基数为上年统计数。", width=4)
    s.table([
        ("效益指标", "生态效益指标", "公共机构人均综合能耗下降率", "≥2%"),
        (None, "可持续影响指标", "食堂食品安全管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "就餐人员满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(
        s,
        "说明：1.金额合计为项目支出合计；2.能耗下降率为正数表示下降。",
        "填表说明：指标值应包含比较符、数值和计量单位，定性指标填写评价等级。",
    )
    signature(s, head="司徒岱", filler="葛雨棠", phone="0768-6625190", when=day(YEAR - 1, 11, 20))
    return b


@variant(
    "se04-canteen-money-wrong",
    (12, 13),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to 金额合计, an "
    "indicator value without a name",
)
def se04() -> Book:
    b, s = first("部门整体")
    total = mk(wan(846.00), "B101", "error", row=True, note="392 + 445 = 837 ≠ 846")
    summed = mk(wan(455.00), "B102", "error", alt=("B101",), note="210 + 150 + 85 = 445")
    department_head(
        s,
        year=YEAR,
        dept="望桐县机关事务服务中心",
        budget=[budget(total, 806.00, 40.00, 392.00, 445.00)],
        tasks=[
            ("机关食堂食材采购", "县机关食堂主副食品采购", wan(210.00), "日均供餐1100人次"),
            ("食堂后勤服务外包", "厨师、帮厨及保洁服务外包", wan(150.00), "服务到位"),
            ("办公区节水改造", "更换节水龙头及智能水表", wan(85.00), "年节水8000吨"),
            ("金额合计", None, summed, None),
        ],
        goal="保障县机关食堂日均供餐1100人次，食品安全零事故；完成办公区节水改造，年节水8000吨。",
    )
    nameless = mk(None, "F110", "error", note="a value with no indicator name")
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "机关食堂日均供餐人次", "≥1100人次"),
        (None, None, "更换节水龙头数量", "≥640个"),
        (None, "质量指标", "食材抽检合格率", "=100%"),
        (None, None, nameless, "≥98%"),
        (None, "时效指标", "节水改造完成时间", "2025年8月31日前"),
        ("成本指标", "经济成本指标", "人均每餐食材成本", "≤7元/人次"),
        ("效益指标", "生态效益指标", "办公区年节水量", "≥8000吨"),
        (None, "社会效益指标", "食品安全事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "就餐人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "se05-canteen-flat",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值) with a "
    "合计 row, a typed percent, 0起 on an accident count, weights adding to 100 (correct)",
)
def se05() -> Book:
    b, s = first(widths=(30, 10, 12, 12, 14, 14))
    department_head(
        s,
        year=YEAR,
        dept="栖梧市行政中心餐饮保障所",
        budget=[budget(1050.00, 990.00, 60.00, 410.00, 640.00)],
        goal="保障行政中心两处机关食堂全年供餐52万人次以上，食品安全零事故，餐厨垃圾持续减量。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("年供餐人次", 20, "万人次", "≥", 52),
        ("食材检测合格率", 15, "%", "=", 100),
        ("食品安全事故", 10, "起", "≤", 0),
        ("餐厨垃圾减量率", 10, "%", "≥", pct(0.08)),
        ("人均每餐运营成本", 15, "元/人次", "≤", 8),
        ("就餐高峰排队时间", 10, "分钟", "≤", 10),
        ("就餐人员满意度", 20, "%", "≥", 90),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    return b


@variant(
    "se06-fleet-flat-defects",
    (3, 11),
    "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
    "计量单位 · 权重): a coverage rate given as a count, a 反向 rate with ≥, weights adding to 95",
)
def se06() -> Book:
    b, s = first(widths=(30, 14, 12, 12, 18, 12))
    department_head(
        s,
        year=YEAR,
        dept="栖梧市公务用车服务中心",
        budget=[budget(612.00, 580.00, 32.00, 228.00, 384.00)],
        goal="保障市直单位公务出行，平台全年派车1.6万车次以上，车辆安全、节能运行。",
    )
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重（合计100分）")
    count = mk(12, "T105", "error", row=True, note="a 覆盖率 given as 12次")
    floor = mk("≥1.5", "T108", "warning", row=True, note="a 违章率 is 反向")
    s.table([
        ("平台年派车车次", "≥16000", "正向", "车次", 20),
        ("车辆年检合格率", "≥98", "正向", "%", 15),
        ("驾驶员安全培训覆盖率", count, "正向", "次", 10),
        ("车辆交通违章率", floor, "反向", "%", 10),
        ("单车百公里油耗", "≤8.5", "反向", "升", 15),
        ("应急保障出车及时率", "≥95", "正向", "%", 5),
        ("用车单位满意度", "≥90", "正向", "%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+10+10+15+5+20 = 95, header says 100")
    return b
