"""Bite clinics and post-exposure shots (狂犬病暴露预防处置门诊, 暴露后预防接种): ag07–ag12."""

from __future__ import annotations

from tests.variants.holdout491.common import (
    YEAR,
    funds,
    funds2,
    indicators,
    notes,
    project_book,
    sign,
    w,
)
from tests.variants.holdout491.registry import variant
from tests.variants.kit import Book, day, mk

FOUR = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("ag07-clinic-headers", (7,),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, a rate at =100 % (correct)")  # fmt: skip
def ag07() -> Book:
    b, s = project_book(
        "Sheet1", name="砚川县狂犬病暴露预防处置门诊规范化建设",
        dept="砚川县卫生健康局（301）", unit="砚川县疾病预防控制中心", money=funds(86, 80, 6),
        goals=["完成6个乡镇狂犬病暴露处置门诊规范化建设，暴露者首针24小时内接种。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "规范化处置门诊建设数量", "≥6个"),
        (None, None, "暴露后预防处置人次", "≥9000人次"),
        (None, "质量指标", "伤口处置规范率", "=100%"),
        (None, None, "门诊疫苗冷链温度监测合格率", "≥98%"),
        (None, "时效指标", "暴露后首针接种时限", "≤24小时"),
        (None, "成本指标", "每个门诊设备配置标准", "≤3.5万元/个"),
        ("效益指标", "社会效益指标", "暴露者全程接种率", "≥95%"),
        (None, "可持续影响指标", "门诊处置信息登记制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ag08-clinic-second-sheet", (7,),
         "project: head on the first sheet, the table on a second sheet under 预期实现值; a rate "
         "given as a count, a time limit given as a percentage")  # fmt: skip
def ag08() -> Book:
    b, _ = project_book(
        "项目信息", name="柘湾区犬伤门诊被动免疫制剂储备", dept="柘湾区卫生健康局",
        unit="柘湾区人民医院", money=funds(64, 64, 0),
        goals=["储备狂犬病被动免疫制剂，三级暴露者按规范使用。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title(f"{YEAR}年度项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "被动免疫制剂储备量", "≥1600支"),
        (None, "质量指标", "三级暴露者被动免疫制剂使用完成率",
         mk("1200人次", "T105", "error", note="a 完成率 given as a count")),
        (None, "时效指标", "就诊后首针接种时限",
         mk("100%", "T113", "warning", note="a time limit given as a percentage")),
        (None, "成本指标", "被动免疫制剂采购单价", "≤380元/支"),
        ("效益指标", "社会效益指标", "三级暴露者规范处置率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ag09-clinic-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: cumulative counts below the "
         "period, rates equal in both (correct)")  # fmt: skip
def ag09() -> Book:
    b, s = project_book(
        "Sheet1", name="鹤汀市狂犬病暴露处置门诊标准化三年行动", dept="鹤汀市卫生健康委员会",
        unit="鹤汀市疾病预防控制中心", years=3, attr="新增项目",
        money=funds2((240, 220, 20), (90, 80, 10)),
        goals=[f"{YEAR}—{YEAR + 2}年建成18个标准化处置门诊，培训处置医护人员540人次。",
               f"{YEAR}年建成6个标准化处置门诊，培训处置医护人员180人次。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "标准化处置门诊建成数量", "≥18个", "≥6个"),
        (None, None, "处置医护人员培训", "≥540人次", "≥180人次"),
        (None, "质量指标", "门诊验收合格率", "=100%", "=100%"),
        (None, "时效指标", "暴露后首针接种时限", "≤24小时", "≤24小时"),
        ("成本指标", "经济成本指标", "单个门诊建设标准", "≤12万元/个", "≤12万元/个"),
        ("效益指标", "社会效益指标", "暴露者全程接种率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "门诊标准化运行机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ag10-clinic-multiyear-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: goal text copied, a "
         "cumulative count copied, an annual count above its period count")  # fmt: skip
def ag10() -> Book:
    goal = "提升狂犬病暴露后规范处置能力，暴露者全程接种率达到95%以上。"
    b, s = project_book(
        "Sheet1", name="柘湾区狂犬病暴露后预防接种能力提升", dept="柘湾区卫生健康局",
        unit="柘湾区疾病预防控制中心", years=3, attr="新增项目",
        money=funds2((150, 150, 0), (50, 50, 0)),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 copies the 中期目标")])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "暴露后预防处置人次", "≥30000人次",
         mk("≥30000人次", "D202", "warning", note="a three-year count copied into 年度")),
        (None, None, "基层医护人员处置培训", "≥300人次",
         mk("≥450人次", "D201", "error", note="annual 450 above the period's 300")),
        (None, "质量指标", "伤口处置规范率", "=100%", "=100%"),
        (None, "时效指标", "暴露后首针接种时限", "≤24小时", "≤24小时"),
        ("成本指标", "经济成本指标", "人均处置耗材成本", "≤15元/人次", "≤15元/人次"),
        ("效益指标", "社会效益指标", "暴露者全程接种率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ag11-clinic-footnotes", (4, 12),
         "project, OLD-NAT, a detail money block, a 注 row inside the table, a 说明 explaining "
         "the total, 填表说明, signature and a prior-year fill date (correct)")  # fmt: skip
def ag11() -> Book:
    b, s = project_book(
        "Sheet1", name="砚川县人用狂犬病疫苗应急储备", dept="砚川县卫生健康局",
        unit="砚川县疾病预防控制中心", money=funds(57, 52, 5, "其他资金（上年结转）"),
        goals=["储备人用狂犬病疫苗和被动免疫制剂，保障暴露者及时接种。"])  # fmt: skip
    s.row("支出明细", "人用狂犬病疫苗储备", w(32.4), "被动免疫制剂", w(18), None)
    s.row(None, "门诊消毒耗材", w(6.6), "合计", w(57), None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    notes(s, "说明：合计57万元含上年结转资金5万元。")
    indicators(s, FOUR, [
        ("产出指标", "数量指标", "人用狂犬病疫苗储备量", "≥1800人份"),
        (None, None, "被动免疫制剂储备量", "≥500支"),
    ])  # fmt: skip
    notes(s, "注：“人份”按五针法全程计。", width=4)
    s.table([
        ("产出指标", "质量指标", "储备疫苗效期合格率", "=100%"),
        (None, "时效指标", "疫苗调拨到位时间", "≤48小时"),
        (None, "成本指标", "人用疫苗储备单价", "≤180元/人份"),
        ("效益指标", "社会效益指标", "暴露者疫苗可及率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "接种门诊满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：指标值须含比较符和计量单位；定性指标填等级。", width=4)
    sign(s, "龚书宁", "0731-5823390", day(YEAR - 1, 11, 18))
    return b


@variant("ag12-clinic-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without an "
         "indicator, a value without a name")  # fmt: skip
def ag12() -> Book:
    b, s = project_book(
        "Sheet1", name="鹤汀市犬伤门诊规范化接种服务", dept="鹤汀市卫生健康委员会",
        unit="鹤汀市第二人民医院", money=funds(38, 38, 0),
        goals=["犬伤门诊全年规范接种，暴露者全程接种率95%以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "暴露后预防接种人次", "≥12000人次"),
        (None, "质量指标", "伤口规范冲洗率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥98%"),
        (None, "时效指标", "首针接种时限", "≤24小时"),
        ("成本指标", "经济成本指标", "人均接种耗材成本", "≤20元/人次"),
        (None, mk("社会成本指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None),
        ("效益指标", "社会效益指标", "暴露者全程接种率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
