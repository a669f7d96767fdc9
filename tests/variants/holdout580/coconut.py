"""Coconut (椰子) processing projects: one-year and multi-year project tables, stacked projects
and a return with conversion artefacts (dr01–dr06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout580.common import NAT4, OPS6, PERIOD5, book, funds, indicators, sign
from tests.variants.holdout580.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant(
    "dr01-coconut-processing-line",
    (1, 7, 12),
    "project, NAT-2021, headers 指标内容 and 绩效标准, operator and unit columns, typed "
    "percents, 万元 in the number format, a goal text that sums its indicators (correct)",
)
def coconut_processing_line() -> Book:
    b, s = book()
    project_head(s, year=2025, name="椰汀县椰子水低温灌装及椰壳综合利用项目",
                 dept="椰汀县农业农村局（214）", unit="椰汀县热带作物加工服务中心",
                 money=funds((260, 200, 60)), attr="新增项目",
                 goals=["新建椰子水低温灌装线1条、椰壳活性炭线1条，共2条生产线；"
                        "年加工鲜椰子不少于1200万个，带动供果椰农增收。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "比较符", "绩效标准", "计量单位"), [
        ("产出指标", "数量指标", "新建椰子加工生产线数量", "=", 2, "条"),
        (None, None, "年加工鲜椰子数量", "≥", 1200, "万个"),
        (None, "质量指标", "椰子水产品抽检合格率", "≥", pct(0.98), "%"),
        (None, None, "椰子水菌落总数超标批次占比", "≤", pct(0.01), "%"),
        (None, "时效指标", "生产线竣工验收时间", "≤", day(2025, 11, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "单条生产线设备补助标准", "≤", 100, "万元/条"),
        (None, "生态环境成本指标", "加工废水超标排放次数", "=", 0, "次"),
        ("效益指标", "经济效益指标", "供果椰农户均增收", "≥", 1500, "元/户"),
        (None, "生态效益指标", "椰壳综合利用率", "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "生产线持续运行年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "供果椰农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "符椰青", "0898-6231 4570", day(2024, 10, 18))
    return b


@variant(
    "dr02-coconut-goal-mismatch",
    (12,),
    "project, OLD-NAT, one value column: a training count in the 年度目标 contradicted by "
    "its indicator, a machine count its unit cost cannot be paid for, a next-year date",
)
def coconut_goal_mismatch() -> Book:
    b, s = book()
    project_head(s, year=2025, name="澄椰市椰子初加工机械化提升项目",
                 dept="澄椰市农业农村局（301）", unit="澄椰市农机推广站",
                 money=funds((150, 120, 30)),
                 goals=["购置椰子脱壳机15台、椰肉刨丝机10台，培训椰农600人次，"
                        "年内完成设备安装调试并投入使用。"])  # fmt: skip
    indicators(s, NAT4, [
        ("产出指标", "数量指标", "购置椰子脱壳机数量", "≥15台"),
        (None, None, "购置椰肉刨丝机数量", "≥10台"),
        (None, None, "椰农操作技能培训人次",
         mk("≥800人次", "D104", "warning", row=True, note="年度目标写培训椰农600人次")),
        (None, "质量指标", "设备验收合格率", "≥95%"),
        (None, "时效指标", "设备安装调试完成时间",
         mk("2026年3月31日前", "Y102", "error",
            note="一年期项目（2025-01-01至2025-12-31），年度目标也写年内完成")),
        (None, "成本指标", "椰子脱壳机购置单价",
         mk("≤12万元/台", "B107", "warning", row=True,
            note="12万元 × 15台 = 180万元，超过项目资金150万元（刨丝机还未计）")),
        (None, None, "椰肉刨丝机购置单价", "≤3万元/台"),
        ("效益指标", "经济效益指标", "椰子初加工损耗率", "≤6%"),
        (None, "社会效益指标", "带动椰农就业人数", "≥120人"),
        (None, "可持续影响指标", "设备使用年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "椰农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "dr03-coconut-multi-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns, annual counts below the period, "
    "a later year inside the period named on purpose (correct)",
)
def coconut_multi_year() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="岬椰县椰子精深加工示范基地建设项目",
                 dept="岬椰县工业和信息化局（118）", unit="岬椰县椰业发展服务中心",
                 money=funds((600, 480, 120), (200, 160, 40)), attr="新增项目",
                 goals=["到2027年建成椰子精深加工示范基地1个，累计培育椰子加工企业12家，"
                        "累计培训从业人员1500人次。",
                        "2025年完成示范基地一期厂房1200平方米，培育椰子加工企业4家，"
                        "培训从业人员500人次。"])  # fmt: skip
    indicators(s, PERIOD5, [
        ("产出指标", "数量指标", "培育椰子加工企业数量", "≥12家", "≥4家"),
        (None, None, "从业人员培训人次", "≥1500人次", "≥500人次"),
        (None, None, "示范基地厂房建设面积", "≥3000平方米", "≥1200平方米"),
        (None, "质量指标", "椰子制品抽检合格率", pct(0.98), pct(0.98)),
        (None, "时效指标", "基地建设完工时间", "2027年9月30日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "厂房建设单位造价", "≤1500元/平方米", "≤1500元/平方米"),
        ("效益指标", "经济效益指标", "椰子加工产值年增长率", "≥8%", "≥8%"),
        (None, "社会效益指标", "带动椰农就业人数", "≥600人", "≥200人"),
        (None, "可持续影响指标", "示范基地运营年限", "≥10年", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "入驻企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "dr04-coconut-multi-year-wrong",
    (8,),
    "three-year coir project, NAT-2021, 中期 and 年度 columns: an annual count above the "
    "period, a cumulative count copied, a 中期目标 naming a year beyond the period",
)
def coconut_multi_year_wrong() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="棕湾镇椰纤维制品产业化项目",
                 dept="椰汀县农业农村局（214）", unit="棕湾镇农业服务中心",
                 money=funds((450, 360, 90), (150, 120, 30)),
                 goals=[mk("建成椰棕床垫生产线3条，累计收购椰纤维9000吨，到2030年椰纤维制品"
                           "产值突破5亿元。", "Y103", "warning",
                           note="项目期2025—2027年，2030年既非预算年度也不在项目期内"),
                        "2025年建成椰棕床垫生产线1条，收购椰纤维3000吨。"])  # fmt: skip
    indicators(s, PERIOD5, [
        ("产出指标", "数量指标", "椰棕床垫生产线建设数量", "≥3条",
         mk("≥4条", "D201", "error", note="年度4条多于三年合计3条；年度目标写1条")),
        (None, None, "椰纤维收购量", "≥9000吨",
         mk("≥9000吨", "D202", "warning", note="三年累计量照抄到年度；年度目标写3000吨")),
        (None, "质量指标", "椰棕制品质量合格率", "≥95%", "≥95%"),
        (None, "时效指标", "首条生产线投产时间", "2025年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "椰纤维收购补贴标准", "≤50元/吨", "≤50元/吨"),
        ("效益指标", "经济效益指标", "椰纤维制品销售收入", "≥6000万元", "≥1500万元"),
        (None, "生态效益指标", "椰壳椰衣废弃物利用率", "≥85%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "椰农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "dr05-coconut-stacked",
    (2,),
    "two coconut projects stacked in one sheet, OLD-NAT, one value column, the same "
    "indicator names with other values in each project (correct)",
)
def coconut_stacked() -> Book:
    b, s = book()
    project_head(s, year=2025, name="椰汀县鲜椰保鲜冷链设施补助项目",
                 dept="椰汀县农业农村局（214）", unit="椰汀县热带作物加工服务中心",
                 money=funds((90, 90, 0)),
                 goals=["补助建设鲜椰预冷库6座，年保鲜周转鲜椰子不少于300万个。"])  # fmt: skip
    indicators(s, NAT4, [
        ("产出指标", "数量指标", "补助建设鲜椰预冷库数量", "≥6座"),
        (None, "质量指标", "冷库验收合格率", "=100%"),
        (None, "时效指标", "补助资金拨付时间", "2025年10月31日前"),
        (None, "成本指标", "单座预冷库补助标准", "≤15万元/座"),
        ("效益指标", "经济效益指标", "鲜椰子运输损耗率", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "椰农满意度", pct(0.9)),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="椰汀县椰子加工品质量检测能力提升项目", title="",
                 dept="椰汀县农业农村局（214）", unit="椰汀县农产品质量安全检测站",
                 money=funds((40, 40, 0)),
                 goals=["新增椰子制品检测项目8项，全年抽检椰子加工品不少于400批次。"])  # fmt: skip
    indicators(s, NAT4, [
        ("产出指标", "数量指标", "新增椰子制品检测项目", "≥8项"),
        (None, None, "椰子加工品抽检批次", "≥400批次"),
        (None, "质量指标", "检测报告差错率", "≤1%"),
        (None, "时效指标", "检测报告出具时限", "≤5个工作日"),
        (None, "成本指标", "单批次检测成本", "≤1000元/批次"),
        ("效益指标", "社会效益指标", "椰子加工品质量安全事件", "=0起"),
        ("满意度指标", "服务对象满意度指标", "椰农满意度", pct(0.92)),
    ])  # fmt: skip
    return b


@variant(
    "dr06-coconut-artefacts",
    (9,),
    "project, NAT-2021, operator column and unit column: a placeholder left in a value, an "
    "HTML tag in the 年度目标, a completion date stored as a 5-digit serial in a text cell",
)
def coconut_artefacts() -> Book:
    b, s = book()
    project_head(s, year=2025, name="澄椰市椰子油冷榨车间技术改造项目",
                 dept="澄椰市工业和信息化局（305）", unit="澄椰市椰林食品产业园管理办公室",
                 money=funds((120, 100, 20)),
                 goals=[mk("改造椰子油冷榨车间1个，<br>年产初榨椰子油不少于800吨。", "X102",
                           "warning", note="年度目标中残留 HTML 换行标签")])  # fmt: skip
    indicators(s, OPS6, [
        ("产出指标", "数量指标", "改造冷榨车间数量", "=", 1, "个"),
        (None, None, "初榨椰子油年产量", "≥",
         mk("XX", "X101", "error", note="模板占位符未替换；年度目标写800吨"), "吨"),
        (None, "质量指标", "椰子油酸价达标率", "≥", pct(0.98), "%"),
        (None, "时效指标", "车间改造完成时间", "≤",
         mk("45930", "X104", "warning", note="文本单元格中的日期序列号（2025-09-30）"), None),
        ("成本指标", "经济成本指标", "车间改造投资控制数", "≤", 120, "万元"),
        ("效益指标", "经济效益指标", "椰子油销售收入", "≥", 2400, "万元"),
        (None, "生态效益指标", "榨油饼粕综合利用率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "入园企业满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b
