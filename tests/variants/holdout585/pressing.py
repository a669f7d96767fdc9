"""Juice pressing (柠檬汁、百香果汁): dw13–dw18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout585.common import (
    HEAD4,
    HEAD_MID,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout585.registry import variant
from tests.variants.kit import Book, day, mk, ok


@variant("dw13-press-two-level-points", (5, 10),
         "project, NAT-2021, a tier-1 score column and an indicator score column both adding "
         "to 100, a rise in 百分点 (correct)")  # fmt: skip
def press_two_level_points() -> Book:
    b, s = start(widths=(14, 8, 18, 28, 16, 8))
    project_head(s, year=2025, name="芒岭县百香果汁加工线技术改造项目",
                 dept="芒岭县工业和信息化局 112",
                 unit="芒岭县果品加工园区管委会", money=one_year(wan(260), wan(200), wan(60)),
                 goals=["改造榨汁生产线2条，年压榨百香果鲜果3000吨，"
                        "带动交售农户650户。"])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 40, "数量指标", "改造榨汁生产线", "≥2条", 10),
        (None, None, None, "年压榨百香果鲜果", "≥3000吨", 10),
        (None, None, "质量指标", "果汁优级品率提高", "≥3百分点", 10),
        (None, None, "时效指标", "技改完成时间", "2025年9月30日前", 10),
        ("成本指标", 20, "经济成本指标", "生产线改造成本", "≤240万元", 10),
        (None, None, "生态环境成本指标", "吨果汁耗水量", "≤4立方米", 10),
        ("效益指标", 30, "经济效益指标", "新增果汁销售收入", "≥900万元", 10),
        (None, None, "社会效益指标", "带动交售鲜果农户", "≥650户", 10),
        (None, None, "可持续影响指标", "生产线设计使用年限", "≥10年", 10),
        ("满意度指标", 10, "服务对象满意度指标", "交售农户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("dw14-press-dates-money", (9, 12),
         "project, OLD-NAT: plan end before its start, 年度资金总额 ≠ 财政拨款 + 其他资金, a goal "
         "tonnage above its indicator")  # fmt: skip
def press_dates_money() -> Book:
    b, s = start()
    goal = ok(
        "扩建柠檬榨汁车间，年压榨柠檬鲜果8000吨，生产浓缩柠檬汁1000吨。",
        "warning",
        note="the D104 finding may quote this text; the mark is on the indicator row",
    )
    total = mk(wan(150), "B101", "error", note="110 + 30 = 140 ≠ 150")
    end = mk(
        day(2024, 12, 31), "Y104", "error", alt=("Y102",), note="完成日期早于开始日期2025-01-01"
    )
    project_head(s, year=2025, name="翠坪县柠檬榨汁厂扩能项目", dept="翠坪县工业和信息化局 305",
                 unit="翠坪县果品加工有限公司", money=one_year(total, wan(110), wan(30)),
                 goals=[goal], end=end)  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "柠檬鲜果压榨量",
         mk("≥6000吨", "D104", "warning", row=True, note="年度目标写压榨8000吨")),
        (None, None, "浓缩柠檬汁产量", "≥1000吨"),
        (None, "质量指标", "产品出厂检验合格率", "=100%"),
        (None, "时效指标", "扩建车间投产时间", "2025年10月31日前"),
        (None, "成本指标", "扩建工程总成本", "≤140万元"),
        ("效益指标", "经济效益指标", "新增销售收入", "≥1200万元"),
        (None, "生态效益指标", "果渣资源化利用率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "鲜果交售农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dw15-press-department-notes", (4, 12),
         "department, NAT-2021: tasks adding to 项目支出, a 说明 row between tiers, a goal text "
         "summing two batch counts, a 0起 incident count, a footnote on the total, signature "
         "lines (correct)")  # fmt: skip
def press_department_notes() -> Book:
    b, s = start()
    tasks = [
        ("果汁质量抽检", "对榨汁企业开展监督抽检", 120, "抽检果汁300批次"),
        ("出厂检验指导", "指导企业规范出厂检验", 100, "指导出厂检验900批次"),
        ("加工技术服务", "榨汁工艺改进技术服务", 120, "服务加工企业15家"),
        ("金额合计", None, 340, None),
    ]
    department_head(s, year=2025, dept="潞石县果品加工质量监督站", tasks=tasks,
                    budget=[(520, 430, 90, 180, 340)],
                    goal="全年检测果汁1200批次（出厂检验900批次、监督抽检300批次），"
                    "服务加工企业15家。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "出厂检验指导批次", "≥900批次"),
        (None, None, "果汁监督抽检批次", "≥300批次"),
        (None, None, "服务果汁加工企业", "≥15家"),
        (None, "质量指标", "检验报告差错率", "≤1%"),
        (None, "时效指标", "抽检结果上报时限", "≤10个工作日"),
    ])  # fmt: skip
    notes(s, "说明：批次按出具的检验报告份数统计。", width=4)
    s.table([
        ("成本指标", "经济成本指标", "每批次抽检费用", "≤0.4万元"),
        ("效益指标", "社会效益指标", "果汁产品质量安全事故", "≤0起"),
        (None, "可持续影响指标", "企业质量追溯体系覆盖率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "加工企业满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：金额合计为项目支出合计，不含基本支出180万元。")
    sign(s, "黎春梅", "0871-6631259", day(2024, 11, 20))
    return b


@variant("dw16-press-assessment-duplicate", (7,),
         "project, NAT-2021, headers 考核指标 / 绩效目标值 / 评价标准: one indicator twice with "
         "other values, a 20XX placeholder in a deadline")  # fmt: skip
def press_assessment_duplicate() -> Book:
    b, s = start()
    project_head(s, year=2025, name="沱湾镇百香果原浆灌装线项目", dept="潞石县工业和信息化局 207",
                 unit="沱湾镇果品专业合作社", money=one_year(wan(75), wan(60), wan(15)),
                 goals=["新增百香果原浆灌装线1条，年灌装原浆800吨，带动种植户350户。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "绩效目标值", "评价标准"), [
        ("产出指标", "数量指标", "新增原浆灌装线", "≥1条", "完成得分"),
        (None, None, "年灌装百香果原浆", "≥800吨", "按比例得分"),
        (None, "质量指标", "原浆灌装合格率", "≥98%", "未达标不得分"),
        (None, None, "灌装线设备验收合格率", "=100%", "未验收不得分"),
        (None, None, "原浆灌装合格率",
         mk("≥95%", "D102", "error", row=True, alt=("D101", "D103"),
            note="同名指标两个目标值（98% / 95%）"), "未达标不得分"),
        (None, "时效指标", "灌装线投产时间", mk("20XX年8月31日前", "X101", "error"), "按期得分"),
        ("成本指标", "经济成本指标", "灌装线购置及安装成本", "≤70万元", "超支不得分"),
        ("效益指标", "经济效益指标", "原浆销售收入", "≥640万元", "按比例得分"),
        (None, "社会效益指标", "带动百香果种植户", "≥350户", "按比例得分"),
        ("满意度指标", "服务对象满意度指标", "采购客户满意度", "≥90%", "未达标不得分"),
    ])  # fmt: skip
    return b


@variant("dw17-press-flat-direction", (3, 11),
         "department, flat list (指标名称 · 指标值 · 计量单位 · 指标性质 as direction · "
         "权重), a 下降率 with ≥, a 反向 0起 count with ≤, =100 on a ceiling rate "
         "(correct)")  # fmt: skip
def press_flat_direction() -> Book:
    b, s = start()
    tasks = [
        ("果渣综合利用", "建设果渣烘干线", 90, "果渣综合利用率100%"),
        ("榨汁企业节能改造", "补助企业节能设备", 100, "补助企业10家"),
        ("金额合计", None, 190, None),
    ]
    department_head(s, year=2025, dept="芒岭县果汁产业服务中心", tasks=tasks,
                    budget=[(300, 260, 40, 110, 190)],
                    goal="补助10家榨汁企业节能改造，建成果渣烘干线1条，"
                    "果渣全部综合利用。")  # fmt: skip
    s.skip()
    s.row("指标名称", "指标值", "计量单位", "指标性质", "权重（合计100）")
    s.table([
        ("补助节能改造榨汁企业", "≥10", "家", "正向", 20),
        ("果渣烘干线建设", "≥1", "条", "正向", 15),
        ("果渣综合利用率", "=100", "%", "正向", 20),
        ("单位产品综合能耗下降率", "≥8", "%", "正向", 15),
        ("榨汁废水超标排放事件", "≤0", "起", "反向", 10),
        ("服务企业满意度", "≥90", "%", "正向", 20),
    ])  # fmt: skip
    return b


@variant("dw18-press-cold-chain", (8, 9, 12),
         "two-year project 2025–2026, NAT-2021, 中期 and 年度 columns: 年度资金 above 中期资金, "
         "a deadline as a 5-digit serial, a 中期目标 volume above its indicator")  # fmt: skip
def press_cold_chain() -> Book:
    b, s = start()
    mid = ok(
        "两年累计新增冷链仓储库容3000立方米，建成复合果汁冷链配送网络。",
        "warning",
        note="the D104 finding may quote this text; the mark is on the indicator row",
    )
    annual = mk(wan(480), "B103", "error", note="年度资金480万元大于中期资金420万元")
    project_head(s, year=2025, years=2, name="潞石县复合果汁冷链仓储项目", attr="新增项目",
                 dept="潞石县商务局 402", unit="潞石县供销合作社",
                 money=multi_year((wan(420), wan(350), wan(70)), (annual, wan(400), wan(80))),
                 goals=[mid, "2025年建成冷库一座，新增库容1200立方米。"])  # fmt: skip
    indicators(s, HEAD_MID, [
        ("产出指标", "数量指标", "新增冷链仓储库容",
         mk("≥2000立方米", "D104", "warning", row=True, note="中期目标写累计3000立方米"),
         "≥1200立方米"),
        (None, None, "冷藏配送车辆", "≥6辆", "≥3辆"),
        (None, "质量指标", "冷库温控达标率", "≥98%", "≥98%"),
        (None, "时效指标", "冷库主体完工时间", "2026年10月31日前",
         mk("46022", "X104", "warning", note="文本“46022”即2025-12-31")),
        ("成本指标", "经济成本指标", "单位库容建设成本", "≤0.12万元/立方米",
         "≤0.12万元/立方米"),
        ("效益指标", "经济效益指标", "复合果汁冷链损耗降低", "≥3百分点", "≥2百分点"),
        (None, "社会效益指标", "服务果汁加工企业", "≥12家", "≥6家"),
        ("满意度指标", "服务对象满意度指标", "入库企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
