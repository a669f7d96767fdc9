"""County-level returns mixing both halves: department forms, multi-year projects, stacked
projects and a budget-system export, khh13-khh18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout882.common import (
    TWO,
    book,
    indicators,
    multi_year,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout882.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("khh13-department-tasks", (1, 12),
         "department, NAT-2021, budget split both ways, tasks adding to 项目支出, a goal's "
         "count with its parts beside a part indicator, typed percent cells (correct)")  # fmt: skip
def khh13() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="檀桥县教育局",
                    budget=[(wan(3260), wan(3100), wan(160), wan(1180), wan(2080))],
                    tasks=[("营养膳食补助", "为8600名学生发放膳食补助", wan(860), "足额按时发放"),
                           ("食堂改扩建", "改扩建学校食堂8所", wan(320), "年内完工"),
                           ("学校公用经费", "保障学校正常运转", wan(900), "运转正常"),
                           ("金额合计", None, wan(2080), None)],
                    goal="目标1：保障8600名农村学生（其中小学5600人、初中3000人）营养膳食补助；"
                         "目标2：改扩建学校食堂8所。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "受益学生人数", "≥8600人"),
        (None, None, "其中：小学受益学生人数", "≥5600人"),
        (None, None, "改扩建食堂数量", "≥8所"),
        (None, "质量指标", "补助资金足额发放率", pct(1)),
        ("成本指标", "经济成本指标", "每生每天补助标准", "≤5元"),
        ("效益指标", "社会效益指标", "学校食品安全事故发生次数", "=0起"),
        (None, None, "学生营养餐就餐率", pct(0.98)),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", pct(0.92)),
    ])  # fmt: skip
    sign(s, "柯望舒", "0874-6682013", (2024, 11, 22))
    return b


@variant("khh14-department-wrong", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, a student count below the goal's, "
         "供餐天数 twice with two values")  # fmt: skip
def khh14() -> Book:
    b, s = book()
    total = mk(wan(1960), "B102", "error", note="1200 + 240 + 500 = 1940 ≠ 1960")
    department_head(
        s,
        year=2025,
        dept="芦川县教育局",
        budget=[(wan(3000), wan(2860), wan(140), wan(1040), wan(1960))],
        tasks=[
            ("营养膳食补助", "为1.2万名学生发放膳食补助", wan(1200), "足额发放"),
            ("食堂设备更新", "更新12所学校厨房设备", wan(240), "年内完成"),
            ("学校公用经费", "保障学校正常运转", wan(500), "运转正常"),
            ("金额合计", None, total, None),
        ],
        goal="保障全县1.2万名农村义务教育学生营养膳食补助，全年供餐200天。",
    )
    count = mk("≥10500人", "D104", "warning", row=True, note="the goal says 1.2万名学生")
    days = mk(
        "≥180天",
        "D102",
        "error",
        row=True,
        alt=("D103",),
        note="全年供餐天数 is also given as ≥200天 under 数量指标",
    )
    indicators(s, [
        ("产出指标", "数量指标", "受益学生人数", count),
        (None, None, "全年供餐天数", "≥200天"),
        (None, None, "更新设备学校数量", "≥12所"),
        (None, "时效指标", "全年供餐天数", days),
        ("成本指标", "经济成本指标", "每生每天补助标准", "≤5元"),
        ("效益指标", "社会效益指标", "学生营养餐就餐率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khh15-three-years-canteens", (8,),
         "three-year project 2025-2027, NAT-2021, 中期 and 年度 columns: period counts above "
         "the year's, rates and caps equal, a later year prepared for (correct)")  # fmt: skip
def khh15() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        years=3,
        name="坪岩县学校食堂标准化建设",
        dept="坪岩县教育体育局",
        unit="坪岩县教育体育局",
        money=multi_year((wan(1500), wan(1440), wan(60)), (wan(500), wan(480), wan(20))),
        goals=[
            "2025—2027年建成标准化食堂30所，惠及学生1.1万人，为2028年全县推行"
            "营养餐集中配送积累经验。",
            "2025年建成标准化食堂10所（其中中心校4所、村小6所），惠及学生3800人。",
        ],
    )
    indicators(s, [
        ("产出指标", "数量指标", "标准化食堂建设数量", "≥30所", "≥10所"),
        (None, "质量指标", "食堂验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度建设任务完工时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单所食堂建设成本", "≤50万元/所", "≤50万元/所"),
        ("效益指标", "社会效益指标", "受益学生人数", "≥11000人", "≥3800人"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%"),
    ], header=TWO)  # fmt: skip
    return b


@variant("khh16-two-years-copied", (8,),
         "two-year project 2025-2026, NAT-2021, 中期 and 年度 columns: the 中期目标 text "
         "copied into 年度目标, a year's count above the period's")  # fmt: skip
def khh16() -> Book:
    b, s = book()
    text = "建成县级营养餐配送中心1个，配送覆盖全县农村学校，实现统一采购、统一配送。"
    project_head(
        s,
        year=2025,
        years=2,
        name="松岙县学生营养餐配送中心建设",
        dept="松岙县教育局",
        unit="松岙县教育局",
        money=multi_year((wan(800), wan(760), wan(40)), (wan(450), wan(430), wan(20))),
        goals=[text, mk(text, "D204", "warning", note="年度目标 copied from 中期目标")],
    )
    above = mk("≥26所", "D201", "error", note="a year's schools above the period's 20")
    indicators(s, [
        ("产出指标", "数量指标", "配送覆盖学校数量", "≥20所", above),
        (None, "质量指标", "配送食品抽检合格率", "≥98%", "≥98%"),
        (None, "时效指标", "建设任务完成时间", "2026年8月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "配送中心建设成本", "≤800万元", "≤450万元"),
        ("效益指标", "社会效益指标", "学生营养餐就餐率", "≥98%", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "学校满意度", "≥90%", "≥90%"),
    ], header=TWO)  # fmt: skip
    return b


@variant("khh17-stacked-milk-and-cabinets", (2,),
         "two projects stacked, OLD-NAT, one value column: the second project's funding parts "
         "not adding up and a cabinet count above its goal's")  # fmt: skip
def khh17() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="芦川县学生饮用奶补助",
        dept="芦川县教育局",
        unit="芦川县教育局",
        money=one_year(wan(240), wan(228), wan(12)),
        goals=["为6000名农村学生每天提供饮用奶1盒，每盒补助2元，全年200天。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "受益学生人数", "≥6000人"),
        (None, "质量指标", "饮用奶抽检合格率", "=100%"),
        (None, "时效指标", "补助资金按月拨付及时率", "≥95%"),
        (None, "成本指标", "每盒饮用奶补助标准", "≤2元"),
        ("效益指标", "社会效益指标", "学生饮用奶覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(96), "B101", "error", note="财政拨款 70 + 其他资金 20 = 90 ≠ 96")
    project_head(
        s,
        year=2025,
        name="芦川县学校食堂留样设备配置",
        dept="芦川县教育局",
        unit="芦川县教育局",
        money=one_year(total, wan(70), wan(20)),
        title="",
        goals=["为24所学校食堂各配备留样冷柜1台，规范食品留样管理。"],
    )
    cabinets = mk("≥28所", "D104", "warning", row=True, note="the goal says 24所学校")
    indicators(s, [
        ("产出指标", "数量指标", "配备留样冷柜学校数量", cabinets),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备安装完成时间", "2025年6月30日前"),
        (None, "成本指标", "单台留样冷柜采购成本", "≤0.4万元/台"),
        ("效益指标", "社会效益指标", "食品留样规范率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "学校食堂管理人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "khh18-budget-system-export",
    (7, 9),
    "budget-system export: money on 部门项目支出预算05-1, indicators of two projects on "
    "部门项目支出绩效目标05-2 under a third-row header with codes first (correct)",
)
def khh18() -> Book:
    b, s = book("部门项目支出预算05-1", (22, 26, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位：溆阳县教育局", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("532526250000000008814", "溆阳县农村学生营养膳食补助", wan(450), wan(430), wan(20))
    s.row("532526250000000008827", "溆阳县学校食堂从业人员培训", wan(18), wan(18), wan(0))
    s.row("合计", None, wan(468), wan(448), wan(20))
    t = b.sheet("部门项目支出绩效目标05-2", (22, 24, 12, 16, 28, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：溆阳县教育局", merge=[(1, 6)])
    code1, code2 = "532526250000000008814", "532526250000000008827"
    indicators(t, [
        (code1, "溆阳县农村学生营养膳食补助", "产出指标", "数量指标", "受益学生人数", "≥4500人"),
        (None, None, None, "质量指标", "补助资金足额发放率", "=100%"),
        (None, None, None, "时效指标", "补助资金拨付完成时间", "2025年12月20日前"),
        (None, None, "成本指标", "经济成本指标", "每生每天补助标准", "≤5元"),
        (None, None, "效益指标", "社会效益指标", "学生营养餐就餐率", pct(0.98)),
        (None, None, "满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
        (code2, "溆阳县学校食堂从业人员培训", "产出指标", "数量指标", "培训人次", "≥300人次"),
        (None, None, None, "质量指标", "培训考核合格率", "≥95%"),
        (None, None, "成本指标", "经济成本指标", "每人次培训成本", "≤600元/人次"),
        (None, None, "效益指标", "社会效益指标", "从业人员持证上岗率", "≥98%"),
        (None, None, "满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ], header=("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"),
       merged=(1, 2, 3, 4))  # fmt: skip
    return b
