"""Flood-season materials reserves (防汛物资储备): kdl01–kdl06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout782.common import (
    DEPT,
    flat,
    header,
    indicators,
    lines,
    notes,
    signature,
    start,
)  # fmt: skip
from tests.variants.holdout782.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

UNIT = "汶岭县防汛物资储备中心"


@variant("kdl01-reserve-percent", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percents, 万元 in the number "
         "format, a detail block that adds up, a 下降率 with ≥, =100% at the ceiling "
         "(correct)")  # fmt: skip
def kdl01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="2025年县级防汛物资储备及轮换", dept=DEPT, unit=UNIT,
                 money=[("年度资金总额", money(180, WAN), "其中：财政拨款", money(160, WAN)),
                        ("其他资金", money(20, WAN), None, None)],
                 goals=["汛前储备编织袋5万条（其中县级中心库3万条、乡镇前置点2万条）、救生衣1200件、"
                        "冲锋舟4艘，5月31日前全部入库，储备物资完好率不低于98%。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "编织袋储备数量", "≥", 50000, "条"),
        (None, None, "救生衣储备数量", "≥", 1200, "件"),
        (None, None, "冲锋舟储备数量", "≥", 4, "艘"),
        (None, "质量指标", "储备物资完好率", "≥", pct(0.98), "%"),
        (None, None, "物资过期损耗下降率", "≥", pct(0.1), "%"),
        (None, "时效指标", "物资入库完成时间", "≤", day(2025, 5, 31), "日期"),
        (None, "成本指标", "救生衣采购单价", "≤", 0.015, "万元/件"),
        (None, None, "冲锋舟采购单价", "≤", 9, "万元/艘"),
        ("效益指标", "社会效益指标", "受威胁群众转移物资保障覆盖率", "=", pct(1), "%"),
        (None, "可持续影响指标", "物资储备轮换管理制度", "定性", "健全", "—"),
        ("满意度指标", "服务对象满意度指标", "乡镇防汛责任人满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    lines(s, "项目支出明细", [
        ("编织袋采购", money(60, WAN), "5万条 × 12元/条"),
        ("救生衣采购", money(18, WAN), "1200件 × 150元/件"),
        ("冲锋舟采购", money(36, WAN), "4艘 × 9万元/艘"),
        ("仓储维护及到期轮换", money(66, WAN), "县级中心库及12个乡镇前置点"),
        ("合计", money(180, WAN), ""),
    ])  # fmt: skip
    signature(s, "邹立衡", "0739-5521846", (2024, 11, 12))
    return b


@variant("kdl02-reserve-goal-mismatch", (12,),
         "project, NAT-2021, operators inside the values: the goal's boat count differs from the "
         "indicator, a pump cost × count above the whole money, money not adding up")  # fmt: skip
def kdl02() -> Book:
    b, s = start()
    total = mk(money(150, WAN), "B101", "error", note="120 + 20 = 140 ≠ 150")
    project_head(s, year=2025, name="沿河乡镇防汛物资补充", dept=DEPT, unit=UNIT,
                 money=[("年度资金总额", total, "其中：财政拨款", money(120, WAN)),
                        ("其他资金", money(20, WAN), None, None)],
                 goals=["为沿河6个乡镇补充防汛物资：冲锋舟6艘、移动抽水泵20台、应急照明灯150套，"
                        "主汛期前配发到位。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    boats = mk("≥4艘", "D104", "warning", row=True,
               note="年度目标写冲锋舟6艘，指标只有4艘")  # fmt: skip
    pump = mk("≤8万元/台", "B107", "warning", row=True, alt=("D104",),
              note="8万元/台 × 20台 = 160万元 > 年度资金150万元（明细2万元/台）")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "冲锋舟配发数量", boats),
        (None, None, "移动抽水泵配发数量", "≥20台"),
        (None, None, "应急照明灯配发数量", "≥150套"),
        (None, "质量指标", "配发物资验收合格率", "=100%"),
        (None, "时效指标", "物资配发完成时间", "≤5月31日"),
        ("成本指标", "经济成本指标", "移动抽水泵采购单价", pump),
        (None, None, "冲锋舟采购单价", "≤9万元/艘"),
        ("效益指标", "社会效益指标", "沿河乡镇防汛物资短缺事件", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "乡镇防汛责任人满意度", "≥90%"),
    ])  # fmt: skip
    lines(s, "支出明细", [
        ("冲锋舟采购", money(54, WAN), "6艘 × 9万元/艘"),
        ("移动抽水泵采购", money(40, WAN), "20台 × 2万元/台"),
        ("应急照明灯采购", money(9, WAN), "150套 × 600元/套"),
        ("运输及配发", money(37, WAN), ""),
    ])  # fmt: skip
    b.file_mark("B102", "error", required=False, note="明细140与总额150不符，同一处错误")
    return b


@variant("kdl03-reserve-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column: the second ends in the "
         "year before it starts and lists its sandbag count twice with two values")  # fmt: skip
def kdl03() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="县级防汛物资储备库运行维护",
        dept=DEPT,
        unit=UNIT,
        money=[
            ("年度资金总额", money(80, WAN), "其中：财政拨款", money(70, WAN)),
            ("其他资金", money(10, WAN), None, None),
        ],
        goals=["保障县级储备库全年运行，汛期24小时值守，盘点库存物资4次。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "库存物资盘点次数", "≥4次"),
        (None, "质量指标", "账实相符率", "≥99%"),
        (None, "时效指标", "调拨指令响应时间", "≤2小时"),
        (None, "成本指标", "储备库年运行维护费", "≤80万元"),
        ("效益指标", "社会效益指标", "汛期物资调拨保障率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "防汛责任人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    end = mk(day(2024, 12, 31), "Y104", "error", alt=("Y102", "Y101"),
             note="计划完成日期停在上一年，早于2025年3月1日的开始日期")  # fmt: skip
    project_head(s, year=2025, name="乡镇防汛物资前置点建设", dept=DEPT, unit=UNIT, title="",
                 attr="新增项目", start=day(2025, 3, 1), end=end,
                 money=[("年度资金总额", money(45, WAN), "其中：财政拨款", money(45, WAN))],
                 goals=["在8个乡镇建成防汛物资前置点，每点储备沙袋1000条。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    dup = mk("前置点沙袋储备数", "D103", "warning", row=True, alt=("D101", "D102"),
             note="与上方“前置点沙袋储备数量”是同一指标，数值却不同")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "建成前置点数量", "≥8个"),
        (None, None, "前置点沙袋储备数量", "≥8000条"),
        (None, None, dup, "≥6000条"),
        (None, "质量指标", "前置点建设验收合格率", "=100%"),
        (None, "成本指标", "单个前置点建设成本", "≤5.5万元"),
        ("效益指标", "社会效益指标", "乡镇物资到场时间缩短", "≥1小时"),
        ("满意度指标", "服务对象满意度指标", "防汛责任人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdl04-reserve-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percents, "
         "weights adding to 100, an incident count of 0起 (correct)")  # fmt: skip
def kdl04() -> Book:
    b, s = start(widths=(30, 10, 12, 12, 14, 14))
    department_head(s, year=2025, dept="汶岭县应急管理局", budget=[
        (money(620), money(600), money(20), money(380), money(240))],
        tasks=[("防汛物资储备", "县级库及前置点物资储备、轮换", money(180), "物资完好率≥98%"),
               ("安全生产培训", "小型矿山、危化企业人员培训", money(35), "培训260人"),
               ("乡镇救援队伍建设", "棠溪乡等救援队装备与演练", money(25), "演练24次"),
               ("金额合计", None, money(240), None)],
        goal="储备防汛物资12类，培训非煤矿山及危化企业主要负责人和安全管理人员260人，"
             "乡镇救援队全年演练24次，杜绝较大以上生产安全事故。")  # fmt: skip
    s.skip()
    header(s, "指标名称", "权重", "计量单位", "指标性质", "指标值")
    flat(s, [
        ("防汛物资储备品种", 15, "类", "≥", 12),
        ("储备物资完好率", 15, "%", "≥", pct(0.98)),
        ("非煤矿山及危化企业主要负责人和安全管理人员培训人数", 15, "人", "≥", 260),
        ("培训考核合格率", 15, "%", "≥", pct(0.95)),
        ("乡镇救援队伍演练次数", 10, "次", "≥", 24),
        ("较大以上生产安全事故起数", 10, "起", "≤", 0),
        ("应急物资调拨响应时间", 10, "小时", "≤", 2),
        ("群众安全感满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：权重合计100分；预算执行率另行评价，不列入本表。")
    return b


@variant("kdl05-reserve-multiyear", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: a year's floor area above the "
         "period's, and the annual goal still naming last season's year")  # fmt: skip
def kdl05() -> Book:
    b, s = start()
    goal = mk("2024年汛前完成库房改造一期，新增库容1200平方米，物资分区上架率达到90%。",
              "Y103", "warning", alt=("Y101", "D104"),
              note="预算年度2025、项目期2025—2027，年度目标却写2024年（上一季的文字）")  # fmt: skip
    project_head(s, year=2025, years=3, name="县应急物资储备库扩容改造", dept=DEPT, unit=UNIT,
                 attr="新增项目",
                 money=[("中期资金总额", money(900, WAN), "年度资金总额", money(300, WAN)),
                        ("其中：财政拨款", money(840, WAN), "其中：财政拨款", money(280, WAN)),
                        ("其他资金", money(60, WAN), "其他资金", money(20, WAN))],
                 goals=["三年新增库容1500平方米，建成县级主库和2个片区分库，物资分区上架率"
                        "达到95%。", goal])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    area = mk("≥1800平方米", "D201", "error", note="年度新增库容大于三年的1500平方米")
    indicators(s, [
        ("产出指标", "数量指标", "新增库容面积", "≥1500平方米", area),
        (None, None, "建成片区分库数量", "≥2个", "≥1个"),
        (None, "质量指标", "物资分区上架率", "≥95%", "≥90%"),
        (None, "时效指标", "年度改造任务完成时间", "≤2027年12月31日", "≤12月31日"),
        ("成本指标", "经济成本指标", "库房改造单位造价", "≤0.15万元/平方米", "≤0.15万元/平方米"),
        ("效益指标", "社会效益指标", "县域物资调拨半径覆盖率", "≥95%", "≥85%"),
        (None, "可持续影响指标", "储备库标准化管理机制", "健全", "初步建立"),
        ("满意度指标", "服务对象满意度指标", "乡镇应急办满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdl06-reserve-multiyear", (8, 10),
         "three-year project, OLD-NAT, 中期 and 年度 columns: period counts above the year's, "
         "equal rates, a rate raised in 百分点, a later year prepared for (correct)")  # fmt: skip
def kdl06() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="防汛物资储备信息化及轮换", dept=DEPT, unit=UNIT,
                 money=[("中期资金总额", money(450, WAN), "年度资金总额", money(150, WAN)),
                        ("其中：财政拨款", money(420, WAN), "其中：财政拨款", money(140, WAN)),
                        ("其他资金", money(30, WAN), "其他资金", money(10, WAN))],
                 goals=["三年完成12个乡镇前置点物资信息化登记，轮换到期物资3万件，为2028年实现"
                        "全市物资联网调度积累数据。",
                        "完成4个乡镇前置点信息化登记，轮换到期物资1万件，"
                        "账实相符率提高5个百分点。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, [
        ("产出指标", "数量指标", "完成信息化登记的前置点数量", "≥12个", "≥4个"),
        (None, None, "到期物资轮换数量", "≥30000件", "≥10000件"),
        (None, "质量指标", "物资账实相符率提高", "≥5百分点", "≥5百分点"),
        (None, None, "登记信息准确率", "≥98%", "≥98%"),
        (None, "时效指标", "到期物资轮换及时率", "≥95%", "≥95%"),
        (None, "成本指标", "物资轮换费用", "≤120万元", "≤40万元"),
        ("效益指标", "社会效益指标", "物资调拨平均用时下降率", "≥20%", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "乡镇物资管理员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
