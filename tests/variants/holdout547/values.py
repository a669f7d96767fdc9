"""Values: percent cells, conversion artefacts, points at two levels and direction against
operator (ck01–ck06), on the dock half of the theme (船坞修缮、滑道、工位)."""

from __future__ import annotations

from tests.variants.holdout547.common import (
    W7,
    first_sheet,
    indicators,
    note,
    one_year,
    project,
    wan,
)
from tests.variants.holdout547.registry import variant
from tests.variants.kit import Book, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
PTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("ck01-dock-percent-cells", (1,), "project, OLD-NAT, operator and unit columns, percent "
         "cells, 万元 in the number format, a 下降率 with ≥ (correct)")  # fmt: skip
def ck01() -> Book:
    b, s = first_sheet()
    project(s, "鹭汀湖菱湾渔村木船修理船坞修缮项目", "澄渚县菱湾乡人民政府",
            one_year(wan(64.8), wan(60), wan(4.8)),
            ["修缮菱湾、芦汊、北嘴3座木船修理船坞，更换滑道枕木，渔船就近上坞修理。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "修缮木船修理船坞", "≥", 3, "座"),
        (None, None, "更换滑道枕木", "≥", 240, "根"),
        (None, "质量指标", "船坞修缮验收合格率", "=", pct(1), "%"),
        (None, None, "滑道坡度达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "修缮工期", "≤", 150, "天"),
        (None, "成本指标", "每座船坞修缮成本", "≤", 18, "万元/座"),
        (None, None, "滑道枕木单价", "≤", 0.035, "万元/根"),
        ("效益指标", "经济效益指标", "渔户单次修船往返费用下降率", "≥", pct(0.3), "%"),
        (None, "社会效益指标", "可就近上坞修船的渔户", "≥", 180, "户"),
        (None, None, "木船修后返修率", "≤", pct(0.05), "%"),
        (None, "可持续影响指标", "修缮后船坞设计使用年限", "≥", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "渔户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("ck02-slipway-percent-wrong", (1, 11), "project, OLD-NAT, operator and unit columns, "
         "percent cells: a 合格率 typed as 105%, ≥ on a 反向 复发率")  # fmt: skip
def ck02() -> Book:
    b, s = first_sheet()
    project(s, "蒹葭镇苇塘村木船滑道及绞盘改造项目", "澄渚县蒹葭镇人民政府",
            one_year(wan(38.5), wan(35), wan(3.5)),
            ["改造苇塘村木船上坞滑道2条，更换手摇绞盘4台，木船上坞安全顺畅。"])  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="a 验收合格率 typed as 105%: above the 100% cap")
    ge = mk("≥", "T108", "warning", row=True, note="渗漏复发率 is 反向 but takes ≥")
    indicators(s, OPS, [
        ("产出指标", "数量指标", "改造木船上坞滑道", "≥", 2, "条"),
        (None, None, "更换手摇绞盘", "≥", 4, "台"),
        (None, "质量指标", "滑道改造验收合格率", "≥", over, "%"),
        (None, "时效指标", "改造工期", "≤", 120, "天"),
        (None, "成本指标", "每条滑道改造成本", "≤", 15, "万元/条"),
        (None, None, "每台绞盘购置成本", "≤", 2, "万元/台"),
        ("效益指标", "社会效益指标", "年上坞修理木船", "≥", 260, "艘次"),
        (None, None, "上坞木船船体渗漏复发率", ge, pct(0.08), "%"),
        ("满意度指标", "服务对象满意度指标", "渔户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("ck03-boatyard-pdf-artefacts", (9, 12), "project, OLD-NAT, one value column, detail "
         "lines below the table: a split total, a date serial as text, an amount pasted "
         "twice")  # fmt: skip
def ck03() -> Book:
    b, s = first_sheet()
    split = mk("92.3 6", "X105", "warning", alt=("X103",), note="92.36 split by a space")
    serial = mk("46326", "X104", "warning", note="2026-10-31 as a serial in a text cell")
    project(s, "澄渚县鹭汀湖渔村木船修造坊（船坞）改建项目", "澄渚县渔业服务中心",
            one_year(split, wan(88), wan(4.36)),
            ["改建修造坊船坞棚架2座，配齐捻缝工具，为湖区渔船提供修造服务。"],
            end=serial)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "改建船坞棚架", "≥2座"),
        (None, None, "配置捻缝工具", "≥12套"),
        (None, "质量指标", "棚架改建验收合格率", "≥95%"),
        (None, "时效指标", "改建完成时间", "2026年10月31日前"),
        (None, "成本指标", "每座棚架木料成本", "≤19.3万元/座"),
        ("效益指标", "社会效益指标", "修造坊年服务渔船", "≥150艘次"),
        (None, "可持续影响指标", "修造坊持续开放年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "渔户满意度", "≥90%"),
    ])  # fmt: skip
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    twice = mk("12.4万12.4万", "X106", "error", alt=("B108",), note="12.4 pasted twice")
    for item, amount in (
        ("船坞棚架木料", 38.6),
        ("桐油及麻丝捻料", twice),
        ("捻缝及修船工具", 17.16),
        ("木工匠人劳务", 24.2),
        ("合计", 92.36),
    ):
        s.row(None, item, None, amount, merge=[(2, 3)])  # fmt: skip
    return b


@variant("ck04-caulking-points", (10,), "project, NAT-2021, tier-1 score column and indicator "
         "score column both adding to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def ck04() -> Book:
    b, s = first_sheet(widths=W7)
    project(s, "鹭汀湖渔村木质渔船捻缝补漏修理补助项目", "澄渚县渔业服务中心",
            one_year(wan(56), wan(50), wan(6)),
            ["补助修复木质渔船120艘，举办捻缝补漏培训4期，汛前渔船安全出湖。"])  # fmt: skip
    indicators(s, PTS, [
        ("产出指标", 40, "数量指标", "修复木质渔船", "≥120艘", 15),
        (None, None, None, "开展捻缝补漏技术培训", "≥4期", 10),
        (None, None, "质量指标", "修复船只试水合格率", "≥95%", 10),
        (None, None, "时效指标", "修船完成时间", "2026年6月30日前", 5),
        ("成本指标", 20, "经济成本指标", "每艘木船平均修理成本", "≤0.42万元/艘", 12),
        (None, None, "生态环境成本指标", "废旧桐油残渣规范处置率", "=100%", 8),
        ("效益指标", 30, "经济效益指标", "修复渔船出湖作业率", "提高≥5百分点", 10),
        (None, None, "社会效益指标", "渔船带病出湖发生率", "≤2%", 10),
        (None, None, "可持续影响指标", "带徒传承捻缝手艺学徒", "≥12人", 10),
        ("满意度指标", 10, "服务对象满意度指标", "渔户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    note(s, "注：一级指标分值与三级指标分值各自合计100分，不重复计算。")
    return b


@variant("ck05-dock-upkeep-points-wrong", (10,), "project, NAT-2021, tier-1 score column: two "
         "tier scores do not match the indicator scores under them")  # fmt: skip
def ck05() -> Book:
    b, s = first_sheet(widths=W7)
    project(s, "鹭汀湖北岸渔村船坞日常维护项目", "澄渚县渔业服务中心",
            one_year(wan(24), wan(22), wan(2)),
            ["全年养护北岸渔村船坞滑道，更换系缆桩，保障木船上坞修理。"])  # fmt: skip
    out = mk(50, "W103", "error", note="产出指标 50 but 15+10+10+5 = 40 under it")
    eff = mk(20, "W103", "error", note="效益指标 20 but 15+15 = 30 under it")
    indicators(s, PTS, [
        ("产出指标", out, "数量指标", "船坞滑道日常养护", "≥48次", 15),
        (None, None, None, "更换船坞系缆桩", "≥16根", 10),
        (None, None, "质量指标", "养护后滑道完好率", "≥95%", 10),
        (None, None, "时效指标", "损坏报修处置时限", "≤72小时", 5),
        ("成本指标", 20, "经济成本指标", "每根系缆桩更换成本", "≤0.6万元/根", 10),
        (None, None, None, "每次滑道养护成本", "≤0.25万元/次", 10),
        ("效益指标", eff, "社会效益指标", "船坞年接纳上坞木船", "≥400艘次", 15),
        (None, None, "可持续影响指标", "船坞设施完好使用年限", "≥5年", 15),
        ("满意度指标", 10, "服务对象满意度指标", "上坞渔户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("ck06-workbay-direction-column", (11,), "project, OLD-NAT, 指标性质 as direction and "
         "指标方向 as operator, bare numbers, a 下降率 with ≥ and 0起 on an incident count "
         "(correct)")  # fmt: skip
def ck06() -> Book:
    b, s = first_sheet(widths=W7)
    project(s, "澄渚县渔港村木船维修工位建设项目", "澄渚县渔业服务中心",
            one_year(wan(48), wan(45), wan(3)),
            ["在渔港村船坞新建木船维修工位6个，缩短渔船报修等待。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "新建木船维修工位", "正向", "≥", 6, "个"),
        (None, "质量指标", "维修工位验收合格率", "正向", "≥", 98, "%"),
        (None, None, "木船维修返工率", "反向", "≤", 3, "%"),
        (None, "时效指标", "报修响应时间", "反向", "≤", 48, "小时"),
        (None, "成本指标", "维修工位建设单价", "反向", "≤", 7.5, "万元/个"),
        ("效益指标", "社会效益指标", "渔船修理安全责任事故", "反向", "≤", 0, "起"),
        (None, None, "渔船因损停航天数下降率", "正向", "≥", 20, "%"),
        (None, "可持续影响指标", "维修工位持续运营年限", "正向", "≥", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "渔民满意度", "正向", "≥", 92, "%"),
    ])  # fmt: skip
    return b
