"""Meal subsidies for the elderly (老年人助餐补贴): kfn13 to kfn18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout836.common import (
    HEAD,
    HEAD_OP,
    HEAD_PTS,
    HEAD_TWO,
    funds,
    funds_two,
    indicators,
    notes,
    signature,
    start,
    wan,
)
from tests.variants.holdout836.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant("kfn13-subsidy-department", (12,),
         "department, NAT-2021: budget, key tasks with their 金额合计, subsidy standards × counts "
         "equal to the tasks, a rate raised in 百分点 (correct)")  # fmt: skip
def subsidy_department() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="蓼湾区民政局",
                    budget=[[wan(1280), wan(1200), wan(80), wan(430), wan(850)]],
                    tasks=[["高龄老人助餐补贴", "80周岁以上老人助餐补贴", wan(540), "≥9000人"],
                           ["困难老人送餐补贴", "低保、特困老人送餐补贴", wan(210), "≥1400人"],
                           ["助餐点运营奖补", "星级助餐点运营奖补", wan(100), "≥20个"],
                           ["金额合计", None, wan(850), None]],
                    goal="为全区9000名80周岁以上老人（其中困难老人1400名）发放助餐补贴，"
                         "对20个星级助餐点给予奖补。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "助餐补贴发放人数", "≥9000人"),
        (None, None, "其中：困难老人送餐补贴人数", "≥1400人"),
        (None, None, "奖补星级助餐点数", "≥20个"),
        (None, "质量指标", "补贴对象资格审核准确率", "=100%"),
        (None, "时效指标", "补贴按月发放及时率", "≥98%"),
        ("成本指标", "经济成本指标", "高龄老人助餐补贴标准", "≤600元/人·年"),
        (None, None, "困难老人送餐补贴标准", "≤1500元/人·年"),
        (None, None, "每个星级助餐点奖补", "≤5万元/个"),
        ("效益指标", "社会效益指标", "老年人助餐服务覆盖率", "提高≥5百分点"),
        (None, None, "补贴资金违规发放起数", "0起"),
        ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：9000人中含困难老人1400人，困难老人另享送餐补贴；奖补每个不超过5万元。")
    signature(s, "甘逸舟", "0731-8852370", day(2024, 11, 15))
    return b


@variant(
    "kfn14-subsidy-department-wrong",
    (10, 12),
    "department, NAT-2021, tier-1 score column and indicator score column: tasks not adding "
    "to 金额合计, output points short of the tier's, goal count against the indicator",
)
def subsidy_department_wrong() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="芷川县民政局",
                    budget=[[wan(620), wan(600), wan(20), wan(240), wan(380)]],
                    tasks=[["高龄助餐补贴", "80周岁以上老人助餐补贴", wan(192), "≥3200人"],
                           ["助餐点建设", "新建农村助餐点", wan(160), "≥10个"],
                           ["金额合计", None,
                            mk(wan(380), "B102", "error", note="192 + 160 = 352，不是 380"),
                            None]],
                    goal="为全县3200名高龄老人发放助餐补贴，新建农村助餐点10个。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    indicators(s, HEAD_PTS, [
        ("产出指标", mk(50, "W103", "error", note="其下指标分值 20 + 15 + 10 = 45"),
         "数量指标", "高龄助餐补贴发放人数",
         mk("≥2800人", "D104", "warning", note="年度总体目标写3200名"), 20),
        (None, None, None, "新建农村助餐点数", "≥10个", 15),
        (None, None, "时效指标", "补贴按月发放及时率", "≥98%", 10),
        ("成本指标", 10, "经济成本指标", "高龄助餐补贴标准", "≤600元/人·年", 10),
        ("效益指标", 20, "社会效益指标", "农村老年人助餐服务覆盖率", "提高≥8百分点", 20),
        ("满意度指标", 20, "服务对象满意度指标", "补贴对象满意度", "≥90%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计95，可能同时报出")
    signature(s, "裘知微", "0734-6631728", day(2024, 11, 21))
    return b


@variant("kfn15-subsidy-points", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
         "rates raised in 百分点 (correct)")  # fmt: skip
def subsidy_points() -> Book:
    b, s = start("绩效目标")
    project_head(s, year=2025, name="梧冈市老年助餐补贴", dept="梧冈市民政局（501002）",
                 unit="梧冈市养老服务发展中心", money=funds(480, 450, 30),
                 goals=["按每人每月50元标准为8000名70周岁以上老人发放助餐补贴，"
                        "老年助餐服务覆盖率比上年提高6个百分点。"])  # fmt: skip
    indicators(s, HEAD_PTS, [
        ("产出指标（50分）", 50, "数量指标", "助餐补贴发放人数", "≥8000人", 20),
        (None, None, "质量指标", "补贴对象资格复核准确率", "=100%", 15),
        (None, None, "时效指标", "补贴按月发放及时率", "≥98%", 15),
        ("成本指标（10分）", 10, "经济成本指标", "每人每月助餐补贴", "≤50元", 10),
        ("效益指标（30分）", 30, "社会效益指标", "老年助餐服务覆盖率", "提高≥6百分点", 15),
        (None, None, "可持续影响指标", "助餐补贴动态调整机制", "健全", 15),
        ("满意度指标（10分）", 10, "服务对象满意度指标", "补贴对象满意度", "≥90%", 10),
        ("合计", 100, None, None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "说明：一级指标分值为其下三级指标分值之和，两列各合计100分，不重复计算。",
          "注：8000人×50元×12月=480万元。")  # fmt: skip
    signature(s, "温予安", "0731-8847719", day(2024, 10, 28))
    return b


@variant("kfn16-subsidy-cost-over", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percents: a rate typed above 100 % "
         "and a subsidy standard × count above the money")  # fmt: skip
def subsidy_cost_over() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="柘溪县困难老人助餐补贴",
        dept="柘溪县民政局（612004）",
        unit="柘溪县社会救助服务中心",
        money=funds(120, 120, 0),
        goals=["为全县5000名低保、特困及低收入老人发放助餐补贴，按月足额发放到人。"],
    )
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "助餐补贴发放人数", "≥", 5000, "人"),
        (None, "质量指标", "补贴发放准确率", "≥",
         mk(pct(1.02), "T106", "error", note="显示102%，准确率不能超过100%"), "%"),
        (None, "时效指标", "补贴按月发放及时率", "≥", pct(0.98), "%"),
        (None, "成本指标", "每人每年助餐补贴标准", "≤",
         mk(300, "B107", "warning", note="300元 × 5000人 = 150万元，超过资金120万元"),
         "元/人·年"),
        ("效益指标", "社会效益指标", "困难老人助餐需求满足率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "邬澄溪", "0735-6219843", day(2024, 11, 19))
    return b


@variant("kfn17-subsidy-multiyear-tiers", (5, 8),
         "two-year project, OLD-NAT, labels marked with ★ and abbreviated, 中期 and 年度 "
         "columns with the period's count above the year's (correct)")  # fmt: skip
def subsidy_multiyear_tiers() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        years=2,
        name="澄湾区失能老人助餐补贴提标",
        attr="新增项目",
        dept="澄湾区民政局（205011）",
        unit="澄湾区老龄工作服务中心",
        money=funds_two((288, 270, 18), (144, 135, 9)),
        goals=[
            "2025年—2026年为1200名失能老人每人每月发放100元助餐补贴。",
            "2025年为1200名失能老人按月发放助餐补贴，全年发放1.44万人次。",
        ],
    )
    indicators(s, HEAD_TWO, [
        ("★产出", "数量", "助餐补贴发放人次", "≥2.88万人次", "≥1.44万人次"),
        (None, None, "补贴覆盖失能老人数", "≥1200人",
         ok("≥1200人", "warning", note="同一批老人，两年相同")),
        (None, "质量", "补贴对象资格复核准确率", "=100%", "=100%"),
        (None, "时效", "补贴按月发放及时率", "≥98%", "≥98%"),
        (None, "成本", "每人每月助餐补贴", "≤100元", "≤100元"),
        ("★效益", "社会效益", "失能老人助餐需求满足率", "≥90%", "≥85%"),
        ("★满意度", "服务对象满意度", "补贴对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：补贴覆盖人数为同一批失能老人，两年相同；发放人次按月累计。")
    signature(s, "冼慕白", "0739-6117725", day(2024, 11, 8))
    return b


@variant("kfn18-subsidy-template-leftover", (6, 13),
         "project, NAT-2021: the template's example row left in, a tier-2 left empty, a "
         "satisfaction rate repeated under 社会效益")  # fmt: skip
def subsidy_template_leftover() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="鹤渚镇老年人助餐补贴",
        dept="芦汀县民政局（427003）",
        unit="鹤渚镇人民政府",
        money=funds(54, 54, 0),
        goals=["为全镇1500名70周岁以上老人发放助餐补贴，每人每年360元。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "助餐补贴发放人数", "≥1500人"),
        (None, None, "XX社区助餐补贴发放人数",
         mk("≥XX人", "X101", "error", row=True, note="模板示例行未删除")),
        (None, "质量指标", "补贴对象资格审核准确率", "=100%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板留下的空二级指标"),
         None, None),
        ("成本指标", "经济成本指标", "每人每年助餐补贴", "≤360元"),
        ("效益指标", "社会效益指标",
         mk("老年人助餐满意度", "F201", "warning", row=True, alt=("D101", "D103"),
            note="满意度填在社会效益下，与满意度指标下一行重复"), "≥90%"),
        (None, None, "老年人就近就餐便利度", "提升"),
        ("满意度指标", "服务对象满意度指标", ok("老年人助餐满意度", "warning"), "≥90%"),
    ])  # fmt: skip
    signature(s, "郜听澜", "0738-7709358", day(2024, 11, 14))
    return b
