"""Malt-sugar (麦芽糖) workshops: eu07–eu12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout609.common import (
    PLAIN,
    TWO,
    multi_year,
    new_book,
    notes,
    one_year,
    sign,
    table,
    wan,
)
from tests.variants.holdout609.registry import variant
from tests.variants.kit import Book, mk, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("eu07-malt-department", (12,),
         "department, NAT-2021: 资金总额 = 财政拨款 + 其他资金 = 基本支出 + 项目支出, "
         "key tasks adding to 金额合计, unit costs equal to task money (correct)")  # fmt: skip
def malt_department() -> Book:
    b, s = new_book("部门整体")
    department_head(s, year=2025, dept="澜禾区麦芽糖传统工艺保护中心",
                    budget=[(wan(260), wan(220), wan(40), wan(110), wan(150))],
                    tasks=[
                        ("麦芽糖作坊标准化改造", "改造作坊20户（城关8户、岭口12户）", wan(90),
                         "改造作坊全部验收合格"),
                        ("熬糖技艺传承培训", "举办培训班4期，共120人次", wan(35), "学员结业"),
                        ("麦芽糖地理标志申报", "品质检测与申报材料编制", wan(25), "提交申报材料"),
                        ("金额合计", None, wan(150), None),
                    ],
                    goal="完成麦芽糖作坊标准化改造20户，举办熬糖技艺培训4期120人次，提交"
                         "“岭口麦芽糖”地理标志申报材料。")  # fmt: skip
    table(s, PLAIN, [
        ("成本指标", "经济成本指标", "作坊改造户均补助", "≤4.5万元/户"),
        (None, None, "每期培训费用", "≤8.75万元/期"),
        ("产出指标", "数量指标", "标准化改造作坊", "≥20户"),
        (None, None, "熬糖技艺培训", "≥120人次"),
        (None, None, "地理标志申报材料", "1套"),
        (None, "质量指标", "改造作坊验收合格率", "100%"),
        (None, "时效指标", "申报材料提交时间", "2025年11月30日前"),
        ("效益指标", "经济效益指标", "改造作坊户均增收", "≥1.2万元"),
        (None, "社会效益指标", "掌握传统熬糖技艺人员", "≥60人"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", pct(0.92)),
    ])  # fmt: skip
    return b


@variant(
    "eu08-malt-flat-tasks",
    (3, 12),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值): "
    "tasks not adding to 金额合计, the goal's trainee count against the indicator, a twin",
)
def malt_flat_tasks() -> Book:  # fmt: skip
    b, s = new_book()
    total = mk(wan(108), "B102", "error", note="60 + 28 + 15 = 103 ≠ 金额合计108")
    department_head(
        s,
        year=2025,
        dept="岑坪县岭口镇麦芽糖产业服务站",
        budget=[(wan(300), wan(240), wan(60), wan(192), wan(108))],
        tasks=[
            ("麦芽糖作坊机械化改造", "改造作坊12户", wan(60), "作坊产能提高"),
            ("熬糖技师培训", "培训熬糖技师", wan(28), "技师持证上岗"),
            ("麦芽糖展销推介", "举办展销推介活动2场", wan(15), "扩大销路"),
            ("金额合计", None, total, None),
        ],
        goal="全年培训熬糖技师80人，完成12户作坊机械化改造，举办展销推介活动2场。",
    )
    table(s, FLAT, [
        ("作坊机械化改造户数", 15, "户", "≥", 12),
        ("熬糖技师培训人数", 15, "人", "≥",
         mk(60, "D104", "warning", row=True, note="年度总体目标写培训熬糖技师80人")),
        ("展销推介活动", 10, "场", "≥", 2),
        ("麦芽糖成品抽检合格率", 15, "%", "≥", pct(0.95)),
        (mk("麦芽糖成品抽检合格率（按批次）", "D103", "warning", row=True, alt=("D101", "D102"),
            note="与上一行是同一指标，只多括号里的说明"), 10, "%", "≥", pct(0.95)),
        ("每户机械化改造补助", 10, "万元/户", "≤", 5),
        ("作坊户均增收", 15, "万元", "≥", 1),
        ("作坊户满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("eu09-malt-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: period counts above the year's, "
         "rates and unit costs equal, a later year the work prepares for (correct)")  # fmt: skip
def malt_three_years() -> Book:
    b, s = new_book()
    project_head(s, year=2025, years=3, name="岭口麦芽糖作坊集群培育", attr="新增项目",
                 dept="澜禾区农业农村局 226005", unit="澜禾区岭口镇人民政府",
                 money=multi_year((540, 450, 90), (180, 150, 30)),
                 goals=["2025—2027年扶持麦芽糖作坊45户完成标准化改造，培训熬糖技艺360人次，"
                        "区域品牌麦芽糖销售额达到900万元，为2028年全区推广积累经验。",
                        "2025年扶持15户作坊完成标准化改造，培训熬糖技艺120人次，区域品牌"
                        "麦芽糖销售额达到200万元。"])  # fmt: skip
    table(s, TWO, [
        ("产出指标", "数量指标", "扶持作坊标准化改造", "≥45户", "≥15户"),
        (None, None, "熬糖技艺培训", "≥360人次", "≥120人次"),
        (None, "质量指标", "改造作坊验收合格率", "100%", "100%"),
        (None, "时效指标", "年度改造任务完成时间", "各年12月20日前", "2025年12月20日前"),
        ("成本指标", "经济成本指标", "户均改造补助", "≤10万元/户", "≤10万元/户"),
        ("效益指标", "经济效益指标", "区域品牌麦芽糖销售额", "≥900万元", "≥200万元"),
        (None, "可持续影响指标", "改造设施使用年限", "≥10年", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "扶持作坊户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("eu10-malt-copied-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, a "
         "year's count above the period's, a cumulative count copied into 年度")  # fmt: skip
def malt_copied_year() -> Book:
    b, s = new_book()
    goal = "扶持麦芽糖作坊30户完成机械化改造，培训熬糖技艺300人次。"
    copied = mk(goal, "D204", "warning", note="三年期项目，年度目标与中期目标逐字相同")
    project_head(s, year=2025, years=3, name="朔丰麦芽糖作坊机械化推广", attr="新增项目",
                 dept="朔丰县工业和信息化局 402090", unit="朔丰县中小企业服务中心",
                 money=multi_year((600, 500, 100), (200, 170, 30)),
                 goals=[goal, copied])  # fmt: skip
    table(s, TWO, [
        ("产出指标", "数量指标", "机械化改造作坊", "≥30户",
         mk("≥36户", "D201", "error", alt=("D104",), note="年度36户超过三年合计30户")),
        (None, None, "熬糖技艺培训", "≥300人次",
         mk("≥300人次", "D202", "warning", note="累计人次，三年期项目年度与中期相同")),
        (None, "质量指标", "改造设备验收合格率", "100%", "100%"),
        (None, "时效指标", "年度改造完成时间", "各年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "户均机械化改造补助", "≤5万元/户", "≤5万元/户"),
        ("效益指标", "经济效益指标", "改造作坊户均增收", "≥1.5万元", "≥0.5万元"),
        ("满意度指标", "服务对象满意度指标", "改造作坊户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("eu11-malt-showroom-notes", (4,),
         "project, OLD-NAT, one value column: a 说明 row inside the table, a footnote explaining "
         "the total, 填表说明, signature and a fill date in the year before (correct)")  # fmt: skip
def malt_showroom_notes() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="岭口麦芽糖传统工艺展示坊", dept="澜禾区文化和旅游局 226018",
                 unit="澜禾区岭口镇文化站", money=one_year(128, 100, 28),
                 goals=["建设麦芽糖传统工艺展示坊1处，开展熬糖技艺展演24场，接待研学游客"
                        "6000人次。"])  # fmt: skip
    table(s, PLAIN, [
        ("产出指标", "数量指标", "建设工艺展示坊", "1处"),
        (None, None, "熬糖技艺展演", "≥24场"),
        (None, "质量指标", "展示坊消防验收合格率", "100%"),
        (None, "时效指标", "展示坊对外开放时间", "2025年7月1日前"),
        (None, "成本指标", "单场展演费用", "≤0.5万元/场"),
    ])  # fmt: skip
    notes(s, "说明：以下为效益及满意度指标，可根据需要自行增行。")
    s.table([
        ("效益指标", "社会效益指标", "接待研学游客", "≥6000人次"),
        (None, "可持续影响指标", "展示坊运营年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "研学游客满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1.资金总额128万元=区财政拨款100万元+岭口村集体自筹28万元，其中展示坊建设"
             "116万元、展演12万元。",
          "2.指标值中“≥”表示不低于。",
          "填表说明：本表一式两份，报区财政局预算科。")  # fmt: skip
    sign(s, 2025, "潘砚秋", "覃立蔓", "0771-6631 415")
    return b


@variant("eu12-malt-last-season", (4, 6),
         "project, OLD-NAT, one value column: 年度目标 and a deadline left from last year, a "
         "template example row left in the table")  # fmt: skip
def malt_last_season() -> Book:
    b, s = new_book()
    goal = mk("2024年完成城关麦芽糖作坊防尘改造14户，培训作坊从业人员70人次。", "Y103",
              "warning", alt=("Y101",), note="2025年的表，年度目标仍写2024年")  # fmt: skip
    project_head(
        s,
        year=2025,
        name="城关麦芽糖作坊防尘改造",
        dept="岑坪县市场监督管理局 318022",
        unit="岑坪县城关镇人民政府",
        money=one_year(56, 50, 6),
        goals=[goal],
    )
    table(s, PLAIN, [
        ("产出指标", "数量指标", "防尘改造作坊", "≥14户"),
        (None, None, "从业人员培训", "≥70人次"),
        (None, None, "示例：培训人次",
         mk("≥**人次", "X101", "error", row=True, note="模板示例行未删除")),
        (None, "质量指标", "改造作坊验收合格率", "100%"),
        (None, "时效指标", "防尘改造完成时间",
         mk("2024年11月30日前", "Y102", "error", alt=("Y101",),
            note="期限在预算年度2025年之前：上一年的表留下的")),
        (None, "成本指标", "户均防尘改造补助", "≤3.5万元/户"),
        ("效益指标", "社会效益指标", "作坊粉尘投诉件数", "≤1件"),
        ("满意度指标", "服务对象满意度指标", "作坊从业人员满意度", "≥90%"),
    ])  # fmt: skip
    return b
