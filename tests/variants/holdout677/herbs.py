"""Returns hk07–hk12: 川芎 and 白芷 herb bases."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout677.common import (
    TWO,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
)
from tests.variants.holdout677.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

MJ = "岷江口县农业农村局（204011）"
TY = "沱阳县农业农村局（206003）"


@variant(
    "hk07-chuanxiong-operator-words",
    (11, 1),
    "project, OLD-NAT, operators in words in a "
    "指标性质 column, unit column, typed percents, a 下降率 with 大于等于 (correct)",
)
def hk07() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="川芎道地药材种植基地提升",
        dept=MJ,
        unit="岷江口县川芎产业协会",
        money=one_year(money(150, WAN), money(120, WAN), money(30, WAN)),
        goals=[
            "提升川芎种植基地1000亩（含新建苓种繁育田100亩），根腐病发病率控制在5%以内，"
            "为2026年申报GAP基地积累生产记录。"
        ],
    )
    rows = [
        ("产出指标", "数量指标", "基地提升面积", "大于等于", 1000, "亩"),
        (None, None, "苓种繁育田面积", "大于等于", 100, "亩"),
        (None, "质量指标", "苓种合格率", "大于等于", pct(0.92), "%"),
        (None, None, "根腐病发病率", "小于等于", pct(0.05), "%"),
        (None, "时效指标", "苓种栽插完成时间", "小于等于", day(2025, 8, 31), None),
        (None, "成本指标", "亩均提升补助", "小于等于", 0.12, "万元/亩"),
        ("效益指标", "经济效益指标", "亩均增收", "大于等于", 1200, "元"),
        (None, "生态效益指标", "农药使用量下降率", "大于等于", pct(0.1), "%"),
        (None, "可持续影响指标", "生产记录建档率", "大于等于", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "大于等于", pct(0.9), "%"),
    ]
    indicators(s, rows, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"))
    sign(s, "岳川", "0838-7713260", (2024, 11, 14))
    return b


@variant(
    "hk08-chuanxiong-direction-cost",
    (11, 12),
    "project, OLD-NAT, operator and unit "
    "columns: ≥ on a cost and on an incidence rate, a subsidy × area above the money",
)
def hk08() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="川芎规范化种植补助",
        dept=MJ,
        unit="岷江口县经济作物站",
        money=one_year(money(120), money(100), money(20)),
        goals=["补助川芎规范化种植1000亩，带动种植户200户，根腐病发生率不超过5%。"],
    )
    over = mk(0.15, "B107", "warning", note="0.15万元/亩 × 1000亩 = 150万元，超过年度资金120万元")
    price = mk("≥", "T108", "warning", row=True, note="单价是成本（反向）指标")
    rot = mk("≥", "T108", "warning", row=True, note="发生率是反向指标，年度目标写不超过5%")
    rows = [
        ("产出指标", "数量指标", "规范化种植面积", "≥", 1000, "亩"),
        (None, "质量指标", "川芎浸出物合格率", "≥", 95, "%"),
        (None, "时效指标", "收获完成时间", "≤", day(2025, 5, 31), None),
        (None, "成本指标", "亩均种植补助", "≤", over, "万元/亩"),
        (None, None, "有机肥采购单价", price, 900, "元/吨"),
        ("效益指标", "社会效益指标", "带动种植户数", "≥", 200, "户"),
        (None, "生态效益指标", "根腐病发生率", rot, 5, "%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", 90, "%"),
    ]
    indicators(s, rows, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"))
    sign(s, "岳川", "0838-7713260", (2024, 11, 28))
    return b


@variant(
    "hk09-baizhi-department-money",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ "
    "资金总额, tasks not adding to 金额合计, the base area differs from the goal",
)
def hk09() -> Book:
    b, s = start()
    total = mk(300, "B101", "error", note="基本支出120 + 项目支出170 = 290 ≠ 300")
    summed = mk(170, "B102", "error", note="100 + 45 + 30 = 175 ≠ 170")
    department_head(
        s,
        year=2025,
        dept="沱阳县白芷产业发展办公室",
        budget=[(total, 260, 40, 120, 170)],
        tasks=[
            ("白芷种植基地建设", "土地整理、灌排设施", 100, "建成基地600亩"),
            ("白芷良种繁育", "良种繁育与提纯复壮", 45, "繁育良种2万公斤"),
            ("产地初加工指导", "硫磺熏蒸替代技术指导", 30, "指导150户"),
            ("金额合计", None, summed, None),
        ],
        goal="建设白芷规范化种植基地600亩，繁育良种2万公斤，指导产地初加工户150户。",
    )
    area = mk("≥500亩", "D104", "warning", note="年度总体目标与任务写600亩")
    rows = [
        ("产出指标", "数量指标", "种植基地建设面积", area),
        (None, None, "良种繁育量", "≥2万公斤"),
        (None, None, "初加工指导户数", "≥150户"),
        (None, "质量指标", "良种发芽率", "≥85%"),
        (None, "时效指标", "基地建设完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "亩均建设补助", "≤0.15万元/亩"),
        ("效益指标", "经济效益指标", "白芷亩均产值", "≥6000元"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ]
    indicators(s, rows)
    sign(s, "喻清和", "0839-5526014", (2024, 11, 20))
    return b


@variant(
    "hk10-baizhi-points-two-levels",
    (10, 5),
    "project, NAT-2021, a tier-1 score column and "
    "an indicator score column both adding to 100, a rate raised in 百分点 (correct)",
)
def hk10() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="白芷标准化种植推广",
        dept=TY,
        unit="沱阳县白芷产业发展办公室",
        money=one_year(money(80), money(60), money(20)),
        goals=["推广白芷标准化种植400亩（其中良种推广300亩），优质品率提高5个百分点。"],
    )
    rows = [
        ("产出指标", 50, "数量指标", "白芷标准化种植面积", "≥400亩", 15),
        (None, None, None, "良种推广面积", "≥300亩", 10),
        (None, None, "质量指标", "白芷优质品率提高", "≥5百分点", 10),
        (None, None, None, "药材检测合格率", "≥98%", 5),
        (None, None, "时效指标", "采收完成时间", "2025年8月31日前", 10),
        ("成本指标", 10, "经济成本指标", "亩均种植补助", "≤0.2万元/亩", 10),
        ("效益指标", 30, "经济效益指标", "亩均增收", "≥1500元", 10),
        (None, None, "社会效益指标", "带动务工人数", "≥100人", 10),
        (None, None, "可持续影响指标", "良种繁育基地持续运营年限", "≥3年", 10),
        ("满意度指标", 10, "服务对象满意度指标", "种植户满意度", "≥90%", 10),
    ]
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")
    indicators(s, rows, head, merged=(1, 2, 3))
    sign(s, "喻清和", "0839-5526014", (2024, 12, 5))
    return b


@variant(
    "hk11-chuanxiong-two-year",
    (8,),
    "two-year project 2025–2026, NAT-2021, 中期 and 年度 "
    "columns: period counts above the year's, rates and unit costs equal (correct)",
)
def hk11() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        years=2,
        name="川芎良种繁育基地建设",
        dept=MJ,
        unit="岷江口县川芎良种场",
        money=multi_year((200, 160, 40), (110, 90, 20)),
        goals=[
            "两年建成川芎良种繁育基地500亩，选育良种2个，制定川芎种植技术规程1项。",
            "2025年建成良种繁育基地300亩，完成1个良种区域试验，形成技术规程初稿。",
        ],
    )
    rows = [
        ("产出指标", "数量指标", "良种繁育基地面积", "≥500亩", "≥300亩"),
        (None, None, "良种选育（区试）品种数", "≥2个", "≥1个"),
        (None, None, "种植技术规程制定", "≥1项", "完成初稿"),
        (None, "质量指标", "良种纯度合格率", "≥98%", "≥98%"),
        (None, "时效指标", "繁育基地建设完成时间", "2026年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "亩均建设成本", "≤0.35万元/亩", "≤0.35万元/亩"),
        ("效益指标", "社会效益指标", "供种覆盖种植户", "≥300户", "≥150户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ]
    indicators(s, rows, TWO)
    sign(s, "岳川", "0838-7713260", (2024, 12, 11))
    return b


@variant(
    "hk12-baizhi-template-rows",
    (6, 13, 4),
    "project, NAT-2021, header 预期目标, a 注 row "
    "under the table: an empty template tier-2, a value without a name, last year's name",
)
def hk12() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="白芷产地初加工示范",
        dept=TY,
        unit="沱阳县白芷加工合作社",
        money=one_year(money(45), money(35), money(10)),
        goals=["2025年建成白芷产地初加工示范点3个，示范种植白芷500亩。"],
    )
    empty = mk("生态效益指标", "F109", "warning", row=True, note="模板二级指标未填")
    old = mk(
        "2024年白芷示范种植面积",
        "Y103",
        "warning",
        row=True,
        alt=("Y101",),
        note="2025年项目的指标名留有上年年份",
    )
    rows = [
        ("产出指标", "数量指标", "初加工示范点建设数量", "≥3个"),
        (None, None, old, "≥500亩"),
        (None, "质量指标", "初加工产品检测合格率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="有值无名"), "≥90%"),
        (None, "时效指标", "示范点建成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "示范点平均建设成本", "≤12万元/个"),
        ("效益指标", "经济效益指标", "示范户亩均增收", "≥1000元"),
        (None, empty, None, None),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%"),
    ]
    indicators(s, rows, ("一级指标", "二级指标", "三级指标", "预期目标"))
    notes(s, "注：指标值按《沱阳县白芷产地初加工技术要点》确定。")
    sign(s, "喻清和", "0839-5526014", (2024, 12, 16))
    return b
