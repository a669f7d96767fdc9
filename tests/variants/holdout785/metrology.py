"""Weights-and-measures verification (计量检定): kdo01 to kdo06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout785.common import (
    HEAD4,
    HEAD5,
    indicators,
    notes,
    one_year,
    period_money,
    signature,
    start,
    wan,
)
from tests.variants.holdout785.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("kdo01-scales-percent", (1, 7), "project, OLD-NAT, operator and unit columns, header "
         "绩效目标值, typed percent cells, a part beside its total (correct)")  # fmt: skip
def scales_percent() -> Book:
    b, s = start()
    project_head(s, year=2026, name="栖梧市民生计量器具强制检定", dept="栖梧市市场监督管理局 318",
                 unit="栖梧市计量检定测试所", money=one_year(86, 80, 6),
                 goals=["完成集贸市场、加油站等场所强制检定计量器具4200台（件），其中电子计价秤"
                        "3600台；检定证书差错率控制在0.5%以内。"])  # fmt: skip
    h = ("一级指标", "二级指标", "三级指标", "指标性质", "绩效目标值", "计量单位")
    indicators(s, h, [
        ("产出指标", "数量指标", "强制检定计量器具数量", "≥", 4200, "台（件）"),
        (None, None, "其中：电子计价秤检定数量", "≥", 3600, "台"),
        (None, "质量指标", "检定证书差错率", "≤", pct(0.005, "0.0%"), None),
        (None, None, "检定原始记录归档率", "=", pct(1), None),
        (None, "时效指标", "检定任务完成时间", "≤", day(2026, 11, 30, CN_DATE), None),
        (None, "成本指标", "每台（件）平均检定成本", "≤", 180, "元"),
        ("效益指标", "社会效益指标", "民生计量器具受检率", "≥", pct(0.95), None),
        (None, "可持续影响指标", "计量器具电子台账", "定性", "及时更新", None),
        ("满意度指标", "服务对象满意度指标", "市场经营户满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    notes(s, "注：成本指标按4200台（件）×180元=75.6万元测算，未超过年度资金。")
    signature(s, "柯嘉禾", "0571-6623 4085", day(2025, 11, 18), chief="邬启明")
    return b


@variant(
    "kdo02-standards-multiyear",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: goal count against the 中期 value, a year above its period, last year's date",
)
def standards_multiyear() -> Book:
    b, s = start()
    project_head(s, year=2026, years=3, name="柘塘区计量标准装置升级改造",
                 dept="柘塘区市场监督管理局 207", unit="柘塘区计量检定所",
                 money=period_money(420, 150), attr="新增项目",
                 goals=["三年内升级改造并建成社会公用计量标准装置12套，开展计量比对和能力验证"
                        "共6次，建标考核全部通过。",
                        "2026年升级改造计量标准装置4套，完成建标考核申请材料。"])  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "升级改造计量标准装置数量",
         mk("≥10套", "D104", "warning", row=True,
            note="中期目标写建成12套，中期指标值却是10套"), "≥4套"),
        (None, None, "计量比对和能力验证次数", "≥6次",
         mk("≥8次", "D201", "error", note="一年的次数超过三年合计6次")),
        (None, "质量指标", "建标考核通过率", "=100%", "=100%"),
        (None, "时效指标", "年度建标申请材料报送时间", "2028年6月30日前",
         mk(day(2025, 12, 31, CN_DATE), "Y102", "error",
            note="年度期限落在2025年，项目期为2026—2028年：上一年度表的遗留")),
        ("成本指标", "经济成本指标", "单套装置改造成本", "≤35万元", "≤35万元"),
        ("效益指标", "社会效益指标", "可开展的检定校准项目增加数", "≥20项", "≥6项"),
        ("满意度指标", "服务对象满意度指标", "送检企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "贺知远", "0573-8815 2940", day(2025, 12, 2))
    return b


@variant(
    "kdo03-taxi-meters-stacked",
    (2, 12),
    "two projects stacked, OLD-NAT, one value "
    "column, each with its money; the same indicator name with two values (correct)",
)
def taxi_meters_stacked() -> Book:
    b, s = start("项目绩效目标")
    project_head(s, year=2026, name="出租车计价器及加油机周期检定", dept="澄渊县市场监督管理局",
                 unit="澄渊县计量所", money=one_year(32, 30, 2),
                 goals=["检定出租车计价器1500台、加油机620台，检定报告按时出具。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "出租车计价器检定数量", "≥1500台"),
        (None, None, "加油机检定数量", "≥620台"),
        (None, "质量指标", "检定报告差错率", "≤1%"),
        (None, "时效指标", "检定报告出具时限", "≤5个工作日"),
        (None, "成本指标", "计价器单台检定费用", "≤120元"),
        ("效益指标", "社会效益指标", "计价器作弊投诉查实率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2026, name="医用计量器具专项检定", dept="澄渊县市场监督管理局",
                 unit="澄渊县计量所", money=one_year(18, 18, 0), title="",
                 goals=["对全县41家医疗机构的血压计、心电图机等开展专项检定2400台。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "医用计量器具检定数量", "≥2400台"),
        (None, None, "覆盖医疗机构数量", "=41家"),
        (None, "质量指标", "检定结论准确率", "≥99%"),
        (None, "成本指标", "单台平均检定成本", "≤70元"),
        ("效益指标", "社会效益指标", "医用计量器具受检率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
    ])  # fmt: skip
    notes(s, "说明：计价器1500台×120元=18万元，在32万元内；医用器具2400台×70元=16.8万元。")
    return b


@variant(
    "kdo04-fuel-flat-wrong",
    (3, 12),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 · 指标值): tasks not adding to 金额合计, one indicator twice with two values",
)
def fuel_flat_wrong() -> Book:
    b, s = start()
    department_head(s, year=2026, dept="云岙县计量测试所", budget=[
        (wan(260), wan(240), wan(20), wan(190), wan(70))],
        tasks=[("加油机强制检定", "全县加油站加油机检定", wan(24), "检定加油机360台"),
               ("定量包装商品抽查", "净含量计量监督抽查", wan(16), "抽查120批次"),
               ("计量标准维护", "标准装置溯源与期间核查", wan(22), "溯源率100%"),
               ("金额合计", None, mk(wan(70), "B102", "error",
                                     note="24+16+22=62，不是70"), None)],
        goal="完成加油机强制检定360台，开展定量包装商品抽查120批次，保障计量公平。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("加油机检定数量", 20, "台", "≥", 360),
        ("定量包装商品抽查批次", 15, "批次", "≥", 120),
        ("计量标准溯源率", 15, "%", "=", 100),
        ("加油机检定台数", 10, "台", "≥",
         mk(320, "D103", "error", alt=("D102", "D101"),
            note="与“加油机检定数量 360台”是同一指标，数值不同")),
        ("抽查不合格商品处置率", 15, "%", "=", 100),
        ("计量投诉办结时限", 15, "工作日", "≤", 15),
        ("加油站经营户满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    s.row("合计", 100)
    return b


@variant(
    "kdo05-medical-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points "
    "and an indicator score column, both levels adding to 100, a rate in 百分点 (correct)",
)
def medical_points() -> Book:
    b, s = start("绩效目标")
    project_head(s, year=2026, name="栖梧市医疗卫生计量器具惠民检定",
                 dept="栖梧市市场监督管理局 318", unit="栖梧市计量检定测试所",
                 money=one_year(52, 52, 0),
                 goals=["免费检定全市医疗机构血压计、体温计、心电图机等2600台，受检率比上年提高"
                        "3个百分点以上。"])  # fmt: skip
    h = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, h, [
        ("一、产出指标（50分）", "（一）数量指标", "1.医用计量器具检定数量", "≥2600台", 20),
        (None, "（二）质量指标", "2.检定数据准确率", "≥99%", 15),
        (None, "（三）时效指标", "3.检定完成时间", "2026年10月底前", 15),
        ("二、成本指标（10分）", "（一）经济成本指标", "4.单台检定成本", "≤200元", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "5.医用计量器具受检率比上年提高",
         "≥3百分点", 15),
        (None, "（二）可持续影响指标", "6.医疗机构计量管理制度", "建立并执行", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "7.医疗机构满意度", "≥90%",
         10),
        ("合计（100分）", None, None, None, 100),
    ])  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值为同一分数的两个层级，合计均为100分。", width=5)
    return b


@variant(
    "kdo06-packaging-tiers-wrong",
    (5, 10),
    "project, NAT-2021, tier-1 points in the "
    "labels: points not adding up, a timeliness rate under 质量, unit cost × count over money",
)
def packaging_tiers_wrong() -> Book:
    b, s = start()
    project_head(s, year=2026, name="柘塘区定量包装商品净含量监督抽查",
                 dept="柘塘区市场监督管理局 207", unit="柘塘区计量检定所",
                 money=one_year(45, 45, 0),
                 goals=["抽查粮油、调味品等定量包装商品2000批次，及时公布抽查结果。"])  # fmt: skip
    h = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, h, [
        (mk("产出指标（40分）", "W103", "error", note="其下分值15+10+10+10=45，不是40"),
         "数量指标", "抽查定量包装商品批次", "≥2000批次", 15),
        (None, "质量指标", "抽检结果准确率", "≥98%", 10),
        (None, None, mk("抽查结果报告出具及时率", "F201", "warning", row=True,
                        note="及时率是时效指标，填在质量指标下"), "≥95%", 10),
        (None, "时效指标", "抽查任务完成时间", "2026年11月30日前", 10),
        ("成本指标（20分）", "经济成本指标", "每批次抽查检验成本",
         mk("≤300元", "B107", "warning", row=True,
            note="300元×2000批次=60万元，超过年度资金45万元"), 20),
        ("效益指标（30分）", "社会效益指标", "定量包装商品净含量合格率", "≥92%", 15),
        (None, "可持续影响指标", "抽查结果公开机制", "健全", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "消费者满意度", "≥90%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="三级指标分值合计105：同一处错误")
    return b
