"""Longan (龙眼) drying houses: project returns with points, duplicates and directions, and
department returns with their money blocks and flat lists."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout579.common import HEAD, book, funds, notes, sign, table
from tests.variants.holdout579.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

SCORED = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("dq07-drying-points-two-levels", (1, 10),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
         "typed percent cells, a 下降率 with ≥, a rise in 百分点, 0起 on an incident count "
         "(correct)")  # fmt: skip
def drying_points_two_levels() -> Book:
    b, s = book()
    project_head(s, year=2025, name="龙眼空气能烘房改造项目",
                 dept="南畲县农业农村局（517204）",
                 unit="南畲县水果技术推广站", money=funds((65, 60)),
                 goals=["改造空气能烘房10间，烘干鲜龙眼1200吨，龙眼干一级品率较上年提高5个百分点"
                        "以上，烘干能耗下降30%。"])  # fmt: skip
    table(s, SCORED, [
        ("成本指标", 10, "经济成本指标", "烘房改造补助标准", "≤6万元/间", 5),
        (None, None, None, "每吨鲜果烘干电费", "≤180元/吨", 5),
        ("产出指标", 50, "数量指标", "改造空气能烘房", "≥10间", 15),
        (None, None, None, "烘干鲜龙眼", "≥1200吨", 15),
        (None, None, "质量指标", "龙眼干一级品率", pct(0.85), 10),
        (None, None, "时效指标", "烘房改造完成时间", "2025年6月30日前", 10),
        ("效益指标", 30, "经济效益指标", "烘干能耗下降率", "≥30%", 10),
        (None, None, None, "龙眼干一级品率提高", "≥5百分点", 10),
        (None, None, "社会效益指标", "烘房安全生产事故", "=0起", 10),
        ("满意度指标", 10, "服务对象满意度指标", "烘干户满意度", pct(0.9), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级分值与指标分值为同一套分值的两种写法，合计均为100分。")
    sign(s, "冯可欣", "0758-2215093")
    return b


@variant("dq08-drying-duplicate-output", (10,),
         "project, OLD-NAT, tier points in the labels and an indicator score column: the 产出 "
         "indicators add to 45 of 50, the same output named twice with other values, an HTML "
         "tag in the goal")  # fmt: skip
def drying_duplicate_output() -> Book:
    b, s = book()
    goal = mk("建设龙眼集中烘干点3个，<br>烘干鲜龙眼800吨，减少雨季霉变损失。", "X102", "warning",
              note="an HTML tag pasted from the online form")  # fmt: skip
    project_head(s, year=2025, name="龙眼集中烘干点建设项目",
                 dept="坪塘县农业农村局（517311）",
                 unit="坪塘县果业发展中心", money=funds((54, 50)), goals=[goal])  # fmt: skip
    b.file_mark(
        "W101",
        "error",
        required=False,
        note="indicator points add to 95; a total finding names the same shortfall",
    )
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        (mk("产出指标（50分）", "W103", "error", note="indicator points 15+15+10+5 = 45"),
         "数量指标", "建设集中烘干点", "≥3个", 15),
        (None, None, "龙眼烘干量", "≥800吨", 15),
        (None, "质量指标", "龙眼干抽检合格率", "≥95%", 10),
        (None, "成本指标", "烘干点建设补助标准", "≤18万元/个", 5),
        ("效益指标（30分）", "经济效益指标", "龙眼烘干量",
         mk("≥650吨", "D102", "error", row=True, alt=("D101", "D103"),
            note="the same 龙眼烘干量 as row above with 800吨"), 15),
        (None, "社会效益指标", "带动烘干户", "≥120户", 15),
        ("满意度指标（20分）", "服务对象满意度指标", "烘干户满意度", "≥90%", 20),
    ])  # fmt: skip
    sign(s, "黎国栋", "0758-7642180")
    return b


@variant("dq09-drying-department", (4, 12),
         "department, NAT-2021: budget and tasks consistent, a 金额合计 row, a footnote "
         "explaining the total, signature line dated the year before (correct)")  # fmt: skip
def drying_department() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="南畲县水果技术推广站",
                    budget=[(520, 480, 40, 310, 210)],
                    tasks=[("龙眼烘干技术推广", "空气能烘干技术培训与示范", 90, "覆盖烘干户600户"),
                           ("烘房安全巡检", "烘干季前后两轮巡检", 45, "巡检2轮，隐患整改到位"),
                           ("龙眼干品质抽检", "产地抽检与检测", 75, "抽检批次不少于200批"),
                           ("金额合计", None, 210, None)],
                    goal="目标1：推广龙眼空气能烘干技术，覆盖烘干户600户；目标2：完成烘房安全巡检2轮；"
                         "目标3：抽检龙眼干200批次以上。")  # fmt: skip
    table(s, HEAD, [
        ("成本指标", "经济成本指标", "户均技术推广成本", "≤1200元/户"),
        ("产出指标", "数量指标", "覆盖烘干户", "≥600户"),
        (None, None, "烘房安全巡检", "≥2轮"),
        (None, None, "龙眼干抽检批次", "≥200批"),
        (None, "质量指标", "龙眼干抽检合格率", "≥96%"),
        (None, "时效指标", "巡检完成时间", "2025年9月30日前"),
        ("效益指标", "社会效益指标", "烘房火灾事故", "≤0起"),
        (None, "可持续影响指标", "空气能烘干技术普及率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "烘干户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：金额合计210万元为三项任务之和，等于项目支出；户均推广成本1200元×600户＝72万元。")
    sign(s, "冯可欣", "0758-2215093")
    return b


@variant("dq10-drying-department-money", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, the 年度总体目标 counting 40 "
         "drying houses against an indicator of 35")  # fmt: skip
def drying_department_money() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="坪塘县果业发展中心",
                    budget=[(400, 370, 30, 250, 150)],
                    tasks=[("烘房节能改造", "燃煤烘房改空气能", 60, "改造烘房35间"),
                           ("龙眼品种改良", "高接换种示范", 35, "换种示范园3个"),
                           ("烘干品质监测", "烘干季抽检", 50, "抽检不少于150批"),
                           ("金额合计", None,
                            mk(150, "B102", "error", note="60 + 35 + 50 = 145 ≠ 150"), None)],
                    goal=mk("改造龙眼烘房40间，建成高接换种示范园3个，抽检龙眼干150批以上。",
                            "D104", "warning",
                            note="40间 in the goal, ≥35间 in the indicator"))  # fmt: skip
    table(s, HEAD, [
        ("成本指标", "经济成本指标", "烘房改造补助标准", "≤1.6万元/间"),
        ("产出指标", "数量指标", "改造节能烘房", ok("≥35间", note="the other side of D104")),
        (None, None, "高接换种示范园", "≥3个"),
        (None, None, "龙眼干抽检批次", "≥150批"),
        (None, "质量指标", "改造烘房验收合格率", "≥95%"),
        (None, "时效指标", "改造完成时间", "2025年6月30日前"),
        ("效益指标", "经济效益指标", "烘干燃料成本下降率", "≥25%"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎国栋", "0758-7642180")
    return b


@variant("dq11-drying-flat-list", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值), typed percent cells, weights adding to 100 (correct)")  # fmt: skip
def drying_flat_list() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="石塘镇农业服务中心",
                    budget=[(180, 160, 20, 120, 60)],
                    tasks=[("龙眼烘干服务", "公共烘干点运营", 38, "烘干鲜龙眼900吨"),
                           ("烘干技术指导", "入户指导与培训", 22, "培训400人次"),
                           ("金额合计", None, 60, None)],
                    goal="保障公共烘干点运营，烘干鲜龙眼900吨，培训烘干技术400人次。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("烘干鲜龙眼", 25, "吨", "≥", 900),
        ("培训烘干技术人员", 20, "人次", "≥", 400),
        ("龙眼干一级品率", 15, "%", "≥", pct(0.8)),
        ("烘干霉变率", 15, "%", "≤", pct(0.03)),
        ("每吨烘干运营成本", 15, "元/吨", "≤", 350),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：每吨运营成本350元×900吨＝31.5万元，在烘干服务任务38万元之内。")
    return b


@variant("dq12-drying-word-operators", (11,),
         "project, NAT-2021, operators in words in their own column and a unit column: a "
         "反向 rate with 大于等于, the 年度目标 copied from last year with its year")  # fmt: skip
def drying_word_operators() -> Book:
    b, s = book()
    goal = mk(
        "2024年完成龙眼烘房标准化改造30间，烘干霉变率控制在3%以内。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="2024 is neither the budget year nor in the project period",
    )
    project_head(s, year=2025, name="龙眼烘房标准化提升项目",
                 dept="南畲县农业农村局（517204）",
                 unit="南畲县水果技术推广站", money=funds((48, 45)), goals=[goal])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), [
        ("成本指标", "经济成本指标", "单间改造成本", "小于等于", 1.5, "万元/间"),
        ("产出指标", "数量指标", "标准化改造烘房", "大于等于", 30, "间"),
        (None, "质量指标", "烘干霉变率", mk("大于等于", "T108", "warning", row=True,
                                           note="霉变率 is 反向: 小于等于 expected"),
         3, "%"),
        (None, "时效指标", "改造完成时间", "小于等于", day(2025, 7, 15), None),
        ("效益指标", "经济效益指标", "龙眼干收购均价提高", "大于等于", 2, "元/公斤"),
        ("满意度指标", "服务对象满意度指标", "烘干户满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "冯可欣", "0758-2215093")
    return b
