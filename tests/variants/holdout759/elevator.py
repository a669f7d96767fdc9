"""Returns kco01–kco06: special-equipment (特种设备) elevator inspections."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout759.common import DEPT, H4, YEAR, indicators, notes, sign, start
from tests.variants.holdout759.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

UNIT = "澄湾市特种设备检验所"


@variant(
    "kco01-lift-inspection",
    (1, 5),
    "project, NAT-2021, numbered tier labels, typed percent cells, a 下降率 with ≥ (correct)",
)
def lift_inspection() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="在用电梯定期检验专项", dept=DEPT, unit=UNIT, money=[
        ("年度资金总额", money(180, WAN), "其中：财政拨款", money(180, WAN)),
        (None, None, "其他资金", money(0, WAN))],
        goals=["完成在用电梯定期检验3200台（其中住宅电梯2600台、公共场所电梯600台），"
               "电梯困人故障较上年下降。"])  # fmt: skip
    indicators(s, H4, [
        ("一、产出指标", "（一）数量指标", "在用电梯定期检验数量", "≥3200台"),
        (None, None, "其中：住宅电梯检验数量", "≥2600台"),
        (None, "（二）质量指标", "检验报告合格率", pct(0.98)),
        (None, "（三）时效指标", "检验报告出具时限", "≤10个工作日"),
        ("二、成本指标", "（一）经济成本指标", "单台电梯检验成本", "≤500元/台"),
        ("三、效益指标", "（一）社会效益指标", "电梯困人故障下降率", "≥8%"),
        (None, "（二）可持续影响指标", "电梯安全隐患台账动态更新", "持续更新"),
        ("四、满意度指标", "（一）服务对象满意度指标", "使用单位满意度", pct(0.92)),
    ])  # fmt: skip
    sign(s, "周梓涵", "0573-8821 4406")
    return b


@variant(
    "kco02-lift-period",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns; a year's count above the period's, a "
    "count copied across, the goal's period count given otherwise",
)
def lift_period() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="老旧住宅电梯安全评估三年行动", dept=DEPT,
                 unit=UNIT, attr="新增项目", money=[
        ("中期资金总额", money(450, WAN), "年度资金总额", money(150, WAN)),
        ("其中：财政拨款", money(450, WAN), "其中：财政拨款", money(150, WAN))],
        goals=["三年内完成老旧住宅电梯安全评估9000台，建立评估档案。",
               "2025年完成安全评估3000台，覆盖枫港区、石棠区。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "老旧电梯安全评估数量",
         mk("≥8000台", "D104", "warning", row=True, note="中期目标写9000台，中期指标8000台"),
         "≥3000台"),
        (None, None, "评估档案建档数量", "≥9000份",
         mk("≥9000份", "D202", "warning", note="三年累计建档数原样抄进年度列")),
        (None, None, "评估覆盖街道数", "≥24个",
         mk("≥30个", "D201", "error", note="年度30个大于实施期24个")),
        (None, "质量指标", "评估报告合格率", "≥95%", "≥95%"),
        (None, "时效指标", "评估报告出具时限", "≤15个工作日", "≤15个工作日"),
        ("成本指标", "经济成本指标", "单台评估成本", "≤500元/台", "≤500元/台"),
        ("效益指标", "社会效益指标", "老旧电梯重大隐患整改率", "≥90%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "住户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "钱若岚", "0573-8821 4417")
    return b


@variant(
    "kco03-lift-stacked",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the second's money does not add up, one "
    "indicator twice under two tier-2s",
)
def lift_stacked() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="自动扶梯专项检验", dept=DEPT, unit=UNIT, money=[
        ("年度资金总额", money(60, WAN), "其中：财政拨款", money(60, WAN))],
        goals=["完成商场、地铁站自动扶梯专项检验400台。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "自动扶梯专项检验数量", "≥400台"),
        (None, "质量指标", "检验结论复核合格率", "≥98%"),
        (None, "时效指标", "专项检验完成时间", "2025年10月31日前"),
        (None, "成本指标", "单台检验成本", "≤1500元/台"),
        ("效益指标", "社会效益指标", "扶梯伤害事故起数", "≤1起"),
        ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, title="", name="电梯应急救援平台运维", dept=DEPT,
                 unit="澄湾市特种设备应急处置中心", money=[
        ("年度资金总额", mk(money(85, WAN), "B101", "error", note="70 + 10 = 80 ≠ 85"),
         "其中：财政拨款", money(70, WAN)),
        (None, None, "其他资金", money(10, WAN))],
        goals=["保障96333电梯应急救援平台全年运行，困人救援平均到场不超过30分钟。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "平台接警处置数量", "≥1800次"),
        (None, "时效指标", "困人救援平均到场时间", "≤30分钟"),
        (None, "质量指标", mk("困人救援平均到场时间", "D101", "warning", row=True,
                              alt=("D103", "F201"), note="与上一行时效指标重复"), "≤30分钟"),
        (None, "成本指标", "平台年运维费用", "≤80万元"),
        ("效益指标", "社会效益指标", "救援成功率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "被困乘客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kco04-lift-points",
    (10, 11),
    "project, NAT-2021, operator and unit columns, tier points and indicator points both 100, "
    "0起 on an incident count (correct)",
)
def lift_points() -> Book:
    b, s = start(widths=(16, 16, 28, 10, 12, 10, 10))
    project_head(s, year=YEAR, name="电梯维护保养质量抽查", dept=DEPT, unit=UNIT, money=[
        ("年度资金总额", money(36, WAN), "其中：财政拨款", money(36, WAN))],
        goals=["抽查电梯维保单位40家、电梯600台，维保质量问题整改到位。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "分值"), [
        ("产出指标（50分）", "数量指标", "抽查维保单位数量", "≥", 40, "家", 15),
        (None, None, "抽查电梯台数", "≥", 600, "台", 15),
        (None, "质量指标", "问题整改到位率", "≥", 95, "%", 10),
        (None, "时效指标", "抽查结果公示时限", "≤", 7, "个工作日", 10),
        ("成本指标（10分）", "经济成本指标", "单台抽查成本", "≤", 600, "元/台", 10),
        ("效益指标（30分）", "社会效益指标", "维保责任电梯事故", "≤", 0, "起", 15),
        (None, None, "维保质量问题复发率下降", "≥", 5, "百分点", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "使用单位满意度", "≥", 90, "%", 10),
        ("合计", None, None, None, None, None, 100),
    ])  # fmt: skip
    notes(s, "注：一级指标后括号内为该类指标分值合计，与各三级指标分值合计同为100分。")
    sign(s, "孙以宁", "0573-8821 4430")
    return b


@variant(
    "kco05-lift-dates-tiers",
    (5, 7),
    "project, NAT-2021, header 绩效目标值, abbreviated tier labels: a rate of quality under "
    "时效, a goal count given otherwise, a plan start in the year before",
)
def lift_dates_tiers() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="电梯安全监督抽查", dept=DEPT, unit="澄湾市特种设备安全监察处",
                 start=mk(day(YEAR - 1, 3, 1), "Y101", "error", alt=("Y102",),
                          note="2025年度一年期项目，计划开始日期2024-03-01"),
                 money=[("年度资金总额", money(48, WAN), "其中：财政拨款", money(48, WAN))],
                 goals=["对辖区电梯使用单位开展监督抽查2500台，督促隐患整改闭环。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("产出", "数量", "监督抽查电梯台数",
         mk("≥2000台", "D104", "warning", row=True, note="年度目标写抽查2500台")),
        (None, "质量", "隐患整改闭环率", "≥95%"),
        (None, "时效", mk("抽查记录归档合格率", "F201", "warning", row=True,
                          note="合格率是质量指标，填在时效下"), "≥98%"),
        (None, None, "隐患整改通知书送达时限", "≤3个工作日"),
        ("成本", "经济成本", "单台抽查成本", "≤180元/台"),
        ("效益", "社会效益", "电梯安全事故起数", "≤1起"),
        ("满意度", "服务对象满意度", "使用单位满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "李沐阳", "0573-8821 4452")
    return b


@variant(
    "kco06-lift-flat",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percents, "
    "weights add to 100 (correct)",
)
def lift_flat() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="澄湾市特种设备检验所", budget=[
        (money(620, WAN), money(560, WAN), money(60, WAN), money(410, WAN), money(210, WAN))],
        goal="完成特种设备法定检验2.1万台（套），其中电梯1.6万台。")  # fmt: skip
    s.row("年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("特种设备法定检验数量", 25, "台（套）", "≥", 21000),
        ("其中：电梯检验数量", 15, "台", "≥", 16000),
        ("检验报告差错率", 15, "%", "≤", pct(0.01)),
        ("检验任务按期完成率", 15, "%", "≥", pct(0.98)),
        ("特种设备事故起数", 15, "起", "≤", 1),
        ("受检单位满意度", 15, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "吴知远", "0573-8821 4461")
    return b
