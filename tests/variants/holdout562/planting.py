"""Returns on white lotus pond planting (莲田种植): cz01 to cz06."""

from __future__ import annotations

from tests.variants.holdout562.common import head, multi_year, one_year, sign, start, table
from tests.variants.holdout562.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "cz01-pond-percent-cells",
    (1,),
    "project, OLD-NAT, operator column (指标性质) and unit "
    "column, percent cells typed in Excel, 万元 in the number format (correct)",
)
def pond_percent_cells() -> Book:
    b, s = start()
    head(s, "白莲标准化莲田建设项目", "芙川县莲业发展中心", one_year(150, 120, 30),
         ["新建标准化白莲莲田2000亩，推广良种莲苗36万株，带动420户莲农增收。"])  # fmt: skip
    table(s, OPS, [
        ("产出指标", "数量指标", "新建标准化莲田面积", "≥", 2000, "亩"),
        (None, None, "良种莲苗推广数量", "≥", 36, "万株"),
        (None, "质量指标", "莲苗移栽成活率", "≥", pct(0.92), "%"),
        (None, None, "莲田工程验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "莲苗移栽完成时间", "≤", day(2025, 5, 20, CN_DATE), None),
        (None, "成本指标", "莲田建设补助标准", "≤", 600, "元/亩"),
        ("效益指标", "经济效益指标", "亩均莲子产量增长率", "≥", pct(0.08), "%"),
        (None, "社会效益指标", "带动莲农户数", "≥", 420, "户"),
        (None, "生态效益指标", "莲田病虫害发生率", "≤", pct(0.05), "%"),
        (None, "可持续影响指标", "莲田管护机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "莲农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "覃永禾", "0796-3528174")
    return b


@variant(
    "cz02-pond-percent-wrong",
    (1,),
    "project, OLD-NAT, operator and unit columns, percent "
    "cells: a survival rate typed as 105%, a pass rate given as a plant count",
)
def pond_percent_wrong() -> Book:
    b, s = start()
    head(s, "白莲良种莲田扩种项目", "芙川县泽阳镇农业综合服务中心", one_year(96, 80, 16),
         ["扩种白莲良种莲田1500亩，提高莲苗质量和莲子单产。"])  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="a survival rate cannot exceed 100%")
    count = mk(3000, "T105", "error", row=True, note="合格率 given as 3000 株, not a percent")
    table(s, OPS, [
        ("产出指标", "数量指标", "扩种良种莲田面积", "≥", 1500, "亩"),
        (None, None, "发放良种莲苗", "≥", 24, "万株"),
        (None, "质量指标", "莲苗移栽成活率", "≥", over, "%"),
        (None, None, "良种莲苗质量合格率", "≥", count, "株"),
        (None, "时效指标", "扩种完成时间", "≤", day(2025, 5, 31, CN_DATE), None),
        (None, "成本指标", "扩种补助标准", "≤", 480, "元/亩"),
        ("效益指标", "经济效益指标", "亩均莲子产量增长率", "≥", pct(0.06), "%"),
        (None, "社会效益指标", "受益莲农户数", "≥", 310, "户"),
        (None, "可持续影响指标", "良种留种制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "莲农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "黎丰", "0796-3521190")
    return b


@variant(
    "cz03-pond-three-years",
    (8,),
    "three-year project (2025—2027), NAT-2021, 中期 and 年度 "
    "columns: two cumulative counts copied, one annual length above its period length",
)
def pond_three_years() -> Book:
    b, s = start()
    head(s, "白莲产业示范片区建设项目", "芙川县莲业发展中心",
         multi_year((900, 750, 150), (300, 250, 50)),
         ["三年建成标准化莲塘3000亩、灌排渠道12公里，形成白莲产业示范片区。",
          "2025年完成首期莲塘改造，建设晾晒场2个，启动莲农技术培训。"],
         years=3, attr="新增项目")  # fmt: skip
    copied = "cumulative count copied from the 中期 column in a three-year project"
    table(s, TWO, [
        ("产出指标", "数量指标", "新建标准化莲塘面积", "≥3000亩",
         mk("≥3000亩", "D202", "warning", note=copied)),
        (None, None, "莲农技术培训人次", "≥1500人次",
         mk("≥1500人次", "D202", "warning", note=copied)),
        (None, None, "新建灌排渠道长度", "≥12公里",
         mk("≥15公里", "D201", "error", note="annual 15 km above the three-year 12 km")),
        (None, None, "建设莲子晾晒场", "≥6个", "≥2个"),
        (None, "质量指标", "莲塘工程验收合格率", "100%", "100%"),
        (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "莲塘改造补助标准", "≤900元/亩", "≤900元/亩"),
        ("效益指标", "经济效益指标", "示范片区莲子产值增幅", "≥15%", "≥5%"),
        (None, "社会效益指标", "带动监测户增收户数", "≥300户", "≥120户"),
        (None, "生态效益指标", "莲塘尾水达标排放率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "莲塘长效管护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "莲农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃永禾", "0796-3528174")
    return b


@variant(
    "cz04-pond-two-years",
    (8, 10),
    "two-year project, NAT-2021, 中期 and 年度 columns, a "
    "rate raised in 百分点, 0起 on an incident count, zero growth of fertiliser (correct)",
)
def pond_two_years() -> Book:
    b, s = start()
    head(s, "白莲莲田轮作与有机肥替代项目", "芙川县土壤肥料工作站",
         multi_year((260, 200, 60), (150, 120, 30)),
         ["两年完成莲田轮作改良1200亩，有机肥替代化肥，提高白莲品质。",
          "2025年轮作改良700亩，发放有机肥350吨。"], years=2)  # fmt: skip
    table(s, TWO, [
        ("产出指标", "数量指标", "莲田轮作改良面积", "≥1200亩", "≥700亩"),
        (None, None, "发放商品有机肥", "≥600吨", "≥350吨"),
        (None, "质量指标", "有机肥抽检合格率", "≥98%", "≥98%"),
        (None, "时效指标", "有机肥发放完成时间", "2026年4月30日前", "2025年4月30日前"),
        ("成本指标", "经济成本指标", "有机肥采购单价", "≤1500元/吨", "≤1500元/吨"),
        (None, None, "轮作改良补助标准", "≤800元/亩", "≤800元/亩"),
        (None, "生态环境成本指标", "施肥引发水体污染事件", "≤0起", "≤0起"),
        ("效益指标", "经济效益指标", "莲子一级品比例", "提高≥5百分点", "提高≥3百分点"),
        (None, "生态效益指标", "莲田化肥施用量增长率", "≤0%", "≤0%"),
        (None, "可持续影响指标", "莲田轮作制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参与莲农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦秋棠", "0796-3527705")
    return b


@variant(
    "cz05-pond-tier-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points "
    "(一、产出指标（40分）, （一）数量指标), indicator points and a 合计 of 100 (correct)",
)
def pond_tier_points() -> Book:
    b, s = start()
    head(s, "太空莲良种繁育基地建设项目", "芙川县莲业发展中心", one_year(80, 80, 0),
         ["建成太空莲良种繁育基地300亩，繁育良种种苗45万株。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "良种繁育莲田面积", "≥300亩", 10),
        (None, None, "繁育良种种苗", "≥45万株", 10),
        (None, "（二）质量指标", "种苗纯度", "≥98%", 10),
        (None, "（三）时效指标", "种苗出圃时间", "2025年4月15日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "种苗繁育单位成本", "≤1.2元/株", 10),
        (None, "（二）生态环境成本指标", "繁育基地农药使用量增长率", "≤0%", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "良种推广亩均增产", "≥15公斤", 10),
        (None, "（二）社会效益指标", "良种覆盖莲农户数", "≥260户", 10),
        (None, "（三）可持续影响指标", "良种保纯繁育体系", "健全", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "种苗使用户满意度", "≥92%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    sign(s, "莫清涟", "0796-3520461")
    return b


@variant(
    "cz06-pond-wrong-parent",
    (5, 11),
    "project, NAT-2021, numbered tier-1 labels, operators "
    "in the values: a tier-2 under the wrong tier-1, a 反向 rate with ≥",
)
def pond_wrong_parent() -> Book:
    b, s = start()
    head(s, "莲田清淤及绿色防控项目", "芙川县植保植检站", one_year(45, 40, 5),
         ["清淤莲田500亩，安装太阳能杀虫灯80盏，降低莲田病虫危害。"])  # fmt: skip
    parent = mk("经济效益指标", "F105", "error", row=True,
                note="经济效益指标 merged under 一、产出指标; it belongs to 效益指标")  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标", "数量指标", "莲田清淤面积", "≥500亩"),
        (None, None, "太阳能杀虫灯安装数量", "≥80盏"),
        (None, "质量指标", "清淤工程验收合格率", "≥95%"),
        (None, parent, "莲子收购价格增幅", "≥5%"),
        (None, "时效指标", "清淤完成时间", "2025年3月31日前"),
        ("二、成本指标", "经济成本指标", "莲田清淤单位成本", "≤650元/亩"),
        ("三、效益指标", "社会效益指标", "受益莲农户数", "≥180户"),
        (None, "生态效益指标", "莲田病虫害发生率",
         mk("≥5%", "T108", "warning", row=True, note="反向 rate with ≥")),
        (None, "可持续影响指标", "杀虫灯管护机制", "建立并执行"),
        ("四、满意度指标", "服务对象满意度指标", "受益莲农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎丰", "0796-3521190")
    return b
