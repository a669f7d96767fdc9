"""Returns gr13–gr18: exports, points, page breaks and template leftovers on both crops."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout658.common import (
    HEAD_OP,
    HEAD_TWO,
    book,
    indicators,
    notes,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout658.registry import variant
from tests.variants.kit import CN_DATE, DATE, Book, day, mk, pct

DEPT = "椰岚县农业农村局（418007）"


@variant("gr13-export-second-sheet", (7, 10),
         "budget-system export: head on sheet 05-1, the table on sheet 05-2 under a unit line "
         "with project codes in the first columns, a rate raised in 百分点 (correct)")  # fmt: skip
def gr13() -> Book:
    b, s = book("部门项目支出预算05-1")
    project_head(s, year=2025, name="腰果壳综合利用技术试验", dept=DEPT,
                 unit="椰岚县热带作物研究所", attr="一次性项目",
                 money=one_year_money(wan(60), wan(60), wan(0)),
                 goals=["开展腰果壳油提取试验24批次，形成技术报告2篇，腰果壳综合利用率提高"
                        "5个百分点。"])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (18, 22, 12, 14, 26, 10, 12, 10))
    t.title("2025年度部门项目支出绩效目标表", 8)
    t.row("单位：椰岚县热带作物研究所", merge=[(1, 8)])
    code, name = "460025251010003", "腰果壳综合利用技术试验"
    head = ("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
            "度量单位")  # fmt: skip
    t.row(*head)
    t.table([
        (code, name, "成本指标", "经济成本指标", "试验材料费", "≤", 18, "万元"),
        (None, None, "产出指标", "数量指标", "腰果壳油提取试验批次", "≥", 24, "批次"),
        (None, None, None, None, "形成技术报告", "≥", 2, "篇"),
        (None, None, None, "质量指标", "试验数据有效率", "≥", 95, "%"),
        (None, None, None, "时效指标", "技术报告提交时间", "≤", day(2025, 12, 15, DATE), None),
        (None, None, "效益指标", "经济效益指标", "腰果壳综合利用率提高", "≥", 5, "百分点"),
        (None, None, None, "生态效益指标", "腰果壳露天焚烧量下降率", "≥", 20, "%"),
        (None, None, "满意度指标", "服务对象满意度指标", "合作企业满意度", "≥", 90, "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("gr14-points-two-levels", (5, 7, 10),
         "project, NAT-2021, two-row header (绩效指标 / 预期目标 · 分值), tier-1 "
         "labels with points and an indicator points column, both adding to 100, a "
         "rate raised in 百分点 (correct)")  # fmt: skip
def gr14() -> Book:
    b, s = book()
    project_head(s, year=2025, name="辣木叶粉加工车间技术升级", dept=DEPT,
                 unit="椰岚县南岬镇辣木产业合作社联合社",
                 money=one_year_money(wan(85), wan(70), wan(15)),
                 goals=["升级辣木叶低温烘干设备2套，年加工辣木鲜叶600吨，叶粉加工率提高5个"
                        "百分点，带动鲜叶收购农户120户。"])  # fmt: skip
    s.row("绩效指标", None, None, "绩效目标", None, merge=[(1, 3), (4, 5)])
    s.row("一级指标", "二级指标", "三级指标", "预期目标", "分值")
    s.table([
        ("一、产出指标（50分）", "数量指标", "低温烘干设备升级数量", "≥2套", 20),
        (None, None, "辣木鲜叶年加工量", "≥600吨", 15),
        (None, "质量指标", "叶粉出品合格率", "≥97%", 15),
        ("二、成本指标（10分）", "经济成本指标", "烘干设备升级单价", "≤35万元/套", 10),
        ("三、效益指标（30分）", "经济效益指标", "叶粉加工率提高", "≥5百分点", 15),
        (None, "社会效益指标", "带动鲜叶收购农户数", "≥120户", 15),
        ("四、满意度指标（10分）", "服务对象满意度指标", "收购农户满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    sign(s, "符晓岚", "0898-6627 4183", day(2024, 12, 2))
    return b


@variant("gr15-page-break-subtotals", (4, 9),
         "project, OLD-NAT, weight column: subtotal rows, a 说明 row between tiers, the header "
         "repeated after a page break, =100% as text, 注 and 填表说明 and signatures "
         "(correct)")  # fmt: skip
def gr15() -> Book:
    b, s = book()
    project_head(s, year=2025, name="坡头村酸菜成品冷库建设", dept=DEPT,
                 unit="椰岚县青禾镇坡头村股份经济合作社",
                 money=one_year_money(wan(50), wan(45), wan(5)),
                 goals=["建设酸菜成品冷库1座（容积200立方米），配置冷藏运输车1辆，年周转酸菜"
                        "成品600吨。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "冷库容积", "≥200立方米", 10),
        (None, None, "冷藏运输车配置数量", "≥1辆", 5),
        (None, None, "酸菜成品年周转量", "≥600吨", 10),
        (None, "质量指标", "冷库温控达标率", "=100%", 10),
        (None, "时效指标", "冷库投入使用时间", "2025年11月30日前", 5),
        (None, "成本指标", "冷库建设费用", "≤40万元", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50, merge=[(1, 4)])
    s.row("说明：以下效益指标按冷库投入使用后的全年口径填报。", merge=[(1, 5)])
    s.skip()
    s.row(*head)
    s.table([
        ("效益指标", "经济效益指标", "酸菜成品损耗率", "≤3%", 20),
        (None, "社会效益指标", "带动芥菜种植户数", "≥60户", 20),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 40, merge=[(1, 4)])
    s.table([("满意度指标", "服务对象满意度指标", "加工坊经营户满意度", "≥90%", 10)])
    s.row("小计", None, None, None, 10, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    notes(s, ["注：1.权重合计100分，小计行不计入指标；2.“=100%”为温控达标率的上限要求。",
              "填表说明：本表金额单位为万元，冷库建设费用40万元含设备安装。"], 5)  # fmt: skip
    sign(s, "黄德顺", "0898-6631 7752", day(2024, 12, 5, CN_DATE))
    return b


@variant("gr16-cashew-intercrop-period", (8,),
         "two-year project, OLD-NAT, 中期 and 年度 columns: an annual household count above the "
         "period's, a year from an earlier season in the 年度目标")  # fmt: skip
def gr16() -> Book:
    b, s = book()
    project_head(s, year=2025, years=2, attr="新增项目", name="腰果林下套种示范",
                 dept=DEPT, unit="椰岚县沙埕乡农业服务中心",
                 money=period_money((wan(160), wan(140), wan(20)), (wan(90), wan(80), wan(10))),
                 goals=["2025—2026年在沙埕乡建设腰果林下套种示范区1500亩，推广套种技术农户"
                        "300户。",
                        mk("完成2023年度示范区林下套种800亩，推广套种技术农户150户。", "Y103",
                           "warning", note="2025年的年度目标残留2023年度")])  # fmt: skip
    indicators(s, HEAD_TWO, [
        ("产出指标", "数量指标", "林下套种面积", "≥1500亩", "≥800亩"),
        (None, None, "推广套种技术农户数", "≥300户",
         mk("≥350户", "D201", "error", alt=("D104",),
            note="年度户数超过两年期户数，年度目标也只写150户")),
        (None, "质量指标", "套种作物成活率", "≥90%", "≥90%"),
        (None, "时效指标", "套种完成时间", "2026年6月30日前", "2025年6月30日前"),
        (None, "成本指标", "套种种苗补助标准", "≤600元/亩", "≤600元/亩"),
        ("效益指标", "经济效益指标", "示范区亩均增收", "≥500元", "≥500元"),
        (None, "可持续影响指标", "示范区管护期", "≥3年", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "套种农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "王启铭", "0898-6627 5031", day(2024, 11, 18))
    return b


@variant("gr17-moringa-pest-control", (1, 11),
         "project, OLD-NAT, operator and unit columns, typed percent cells: an incidence rate "
         "with ≥, a unit cost × area above the money")  # fmt: skip
def gr17() -> Book:
    b, s = book()
    project_head(s, year=2025, name="辣木病虫害统防统治", dept=DEPT,
                 unit="椰岚县植保植检站",
                 money=one_year_money(wan(40), wan(36), wan(4)),
                 goals=["对辣木种植基地6000亩开展病虫害统防统治，发放生物农药12吨，化学农药"
                        "使用量下降15%以上。"])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "统防统治面积", "≥", 6000, "亩"),
        (None, None, "生物农药发放量", "≥", 12, "吨"),
        (None, "质量指标", "防治效果达标率", "≥", pct(0.85), "%"),
        (None, None, "辣木病虫害发生率",
         mk("≥", "T108", "warning", row=True, note="发生率是反向指标，应为≤"),
         pct(0.05), "%"),
        (None, "时效指标", "防治任务完成时间", "≤", day(2025, 10, 31, CN_DATE), None),
        (None, "成本指标", "统防统治服务单价", "≤",
         mk(80, "B107", "warning", row=True, note="80元/亩 × 6000亩 = 48万元，超过40万元"),
         "元/亩"),
        ("效益指标", "经济效益指标", "挽回鲜叶产量损失", "≥", 300, "吨"),
        (None, "生态效益指标", "化学农药使用量下降率", "≥", pct(0.15), "%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "吴海桐", "0898-6627 2207", day(2024, 11, 20))
    return b


@variant("gr18-suancai-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: the template's example row left in, a value without "
         "an indicator name")  # fmt: skip
def gr18() -> Book:
    b, s = book()
    project_head(s, year=2025, name="酸菜加工坊从业人员健康培训", dept=DEPT,
                 unit="椰岚县青禾镇农产品加工服务中心",
                 money=one_year_money(wan(12), wan(12), wan(0)),
                 goals=["培训酸菜加工坊从业人员300人，从业人员健康证办理率95%以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "人均培训费用", "≤400元/人"),
        ("产出指标", "数量指标", "培训从业人员人数", "≥300人"),
        (None, None, "示例：服务人次",
         mk("≥**人次", "X101", "error", note="模板示例行未删除，占位符未填")),
        (None, "质量指标", "健康证办理率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="有指标值，三级指标名称空着"), "≥90%"),
        (None, "时效指标", "培训完成时间", "2025年8月31日前"),
        ("效益指标", "社会效益指标", "从业人员持证上岗率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "郑雨桐", "0898-6631 4408", day(2024, 11, 20))
    return b
