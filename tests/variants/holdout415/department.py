"""Returns of the base as a department and of its two divisions, and two stacked regatta
projects: xi13 to xi18."""

from __future__ import annotations

from tests.variants.holdout415.common import (
    BASE,
    KAYAK,
    ROWING,
    YEAR,
    book,
    department,
    funds,
    indicators,
    note,
    project,
    signature,
    wan,
)
from tests.variants.holdout415.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "xi13-base-department-money",
    (12, 1),
    "department (the whole base), NAT-2021: budget with typed percent shares, key tasks adding "
    "to 金额合计 = 项目支出 (correct)",
)
def xi13() -> Book:
    b, s = book()
    budget = [
        [wan(v) for v in (1260, 1180, 80, 760, 500)],
        [pct(1), pct(0.9365, "0.00%"), pct(0.0635, "0.00%"), pct(0.6032, "0.00%"),
         pct(0.3968, "0.00%")],
    ]  # fmt: skip
    tasks = [
        ("皮划艇青少年训练", "皮划艇梯队训练、冬训及参赛", wan(220), "输送省队运动员8人"),
        ("赛艇青少年训练", "赛艇梯队训练、选材及参赛", wan(200), "输送省队运动员7人"),
        ("水上训练安全保障", "救生设备配置与安全培训", wan(80), "全年无溺水责任事故"),
        ("金额合计", None, wan(500), None),
    ]
    department(s, BASE, budget, "培养皮划艇、赛艇青少年后备人才，向省队输送运动员15人。", tasks)
    rows = [
        ("产出指标", "数量指标", "在训青少年运动员人数", "≥320人"),
        (None, None, "举办省级青少年水上项目锦标赛", "≥2场"),
        (None, "质量指标", "运动员等级达标率", "≥60%"),
        (None, "时效指标", "年度训练计划按期完成率", "≥95%"),
        ("成本指标", "经济成本指标", "运动员伙食补助标准", "≤80元/人·天"),
        ("效益指标", "社会效益指标", "向省队及以上输送运动员", "≥15人"),
        (None, "可持续影响指标", "后备人才梯队建设机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "运动员及家长满意度", "≥90%"),
    ]
    indicators(s, HEAD, rows)
    return b


@variant(
    "xi14-base-money-wrong",
    (12,),
    "department of the rowing division, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks "
    "not adding to 金额合计",
)
def xi14() -> Book:
    b, s = book()
    total = mk(wan(640), "B101", "error", row=True, note="380 + 250 = 630, not 640")
    budget = [[total, wan(590), wan(50), wan(380), wan(250)]]
    wrong = mk(wan(260), "B102", "error", alt=("B101",), note="120 + 60 + 70 = 250")
    tasks = [
        ("赛艇梯队训练", "梯队日常训练与冬训", wan(120), "梯队在训运动员≥90人"),
        ("赛艇器材维护", "训练艇与测功仪维护", wan(60), "器材完好率≥95%"),
        ("青少年赛事参赛", "参加全国及省级青少年赛艇比赛", wan(70), "参赛≥6站"),
        ("金额合计", None, wrong, None),
    ]
    department(s, ROWING, budget, "保障赛艇青少年梯队训练和参赛，向省队输送运动员。", tasks)
    rows = [
        ("产出指标", "数量指标", "梯队在训运动员", "≥90人"),
        (None, None, "参加青少年赛艇比赛", "≥6站"),
        (None, "质量指标", "训练器材完好率", "≥95%"),
        (None, "时效指标", "参赛报名及时率", "=100%"),
        ("成本指标", "经济成本指标", "人均年度参赛成本", "≤0.7万元/人"),
        ("效益指标", "社会效益指标", "输送省赛艇队运动员", "≥6人"),
        ("满意度指标", "服务对象满意度指标", "运动员满意度", "≥90%"),
    ]
    indicators(s, HEAD, rows)
    return b


@variant(
    "xi15-base-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: two tier-2 rows left from the template without "
    "indicators, a value without a name",
)
def xi15() -> Book:
    b, s = book()
    project(s, "皮划艇青少年运动员文化教育补助", funds(40, 40, 0),
            ["为110名在训运动员提供文化教育补助，保障训学结合。"], unit=KAYAK)  # fmt: skip
    left = "template tier-2 with no indicator and no value"
    rows = [
        ("产出指标", "数量指标", "享受文化教育补助运动员", "≥110人"),
        (None, "质量指标", "文化课考试合格率", "≥90%"),
        (None, mk("时效指标", "F109", "warning", row=True, note=left), None, None),
        ("成本指标", "经济成本指标", "人均文化教育补助标准", "≤3600元/人"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note=left), None, None),
        ("效益指标", "社会效益指标",
         mk(None, "F110", "error", note="a value with no indicator name"), "≥95%"),
        (None, "可持续影响指标", "在训运动员升学率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "运动员及家长满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    return b


@variant(
    "xi16-base-footnotes",
    (4,),
    "department of the rowing division, NAT-2021, weight column: a 说明 row inside the table, "
    "小计 rows, a 合计 of 90 explained by a footnote, 填表说明 and signature lines (correct)",
)
def xi16() -> Book:
    b, s = book()
    department(s, ROWING, [[wan(v) for v in (480, 450, 30, 300, 180)]],
               "完成赛艇青少年梯队全年训练任务，运动员等级达标率不低于40%。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "权重"), [
        ("产出指标", "数量指标", "在训赛艇青少年运动员", "≥90人", 10),
        (None, None, "全年水上专项训练天数", "≥240天", 10),
        (None, "质量指标", "运动员二级以上等级达标率", "≥40%", 10),
        (None, "时效指标", "季度训练计划按期完成率", "≥95%", 10),
        ("小计", None, None, None, 40),
        ("成本指标", "经济成本指标", "运动员人均年度训练成本", "≤1.8万元/人", 15),
        ("小计", None, None, None, 15),
    ])  # fmt: skip
    note(s, "说明：以下效益指标按自然年度统计。", 5)
    s.table([
        ("效益指标", "社会效益指标", "输送省赛艇队运动员", "≥6人", 10),
        (None, "可持续影响指标", "运动员训练档案完整率", "=100%", 15),
        ("小计", None, None, None, 25),
        ("满意度指标", "服务对象满意度指标", "运动员满意度", "≥90%", 10),
        ("小计", None, None, None, 10),
        ("合计", None, None, None, 90),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注1：权重合计90分，预算执行率（10分）另行评价。", 5)
    note(s, "注2：比率类指标以百分比填写。", 5)
    note(s, "填表说明：指标值应细化、量化，定性指标填写评价等级。", 5)
    signature(s, "晏书澄", "0746-3320588", day(YEAR - 1, 11, 18))
    return b


@variant(
    "xi17-base-flat-defects",
    (3,),
    "department of the kayak division, flat list (指标名称 · 指标值 · 计量单位 · 指标性质 as "
    "direction · 权重): a count unit against a % unit column, weights adding to 95",
)
def xi17() -> Book:
    b, s = book(widths=(34, 14, 12, 12, 10, 10))
    department(s, KAYAK, [[wan(v) for v in (540, 500, 40, 320, 220)]],
               "保障皮划艇青少年运动员训练与参赛，提升后备人才质量。")  # fmt: skip
    unit = "value in 人 against the unit column %, on a 达标率"
    rows = [
        ("在训运动员人数", "≥150", "人", "正向", 15),
        ("全年队内达标测试", "≥4", "次", "正向", 10),
        ("青少年运动员体测达标率",
         mk("≥85人", "T112", "error", alt=("T105",), note=unit), "%", "正向", 15),
        ("向省皮划艇队输送运动员", "≥6", "人", "正向", 15),
        ("训练伤病发生率", "≤5", "%", "反向", 15),
        ("器材人均维护成本", "≤0.3", "万元/人", "反向", 10),
        ("运动员满意度", "≥90", "%", "正向", 15),
    ]  # fmt: skip
    indicators(s, ("指标名称", "指标值", "计量单位", "指标性质", "权重"), rows, merged=())
    b.file_mark("W101", "error", note="weights 15+10+15+15+15+10+15 = 95, neither 100 nor 90")
    return b


@variant(
    "xi18-base-stacked-defects",
    (2, 12),
    "two regatta projects stacked (kayak, then rowing), OLD-NAT, one value column: a 上岗率 "
    "≥100% in the first, the second's 年度资金总额 wrong and a 完成率 given as a count",
)
def xi18() -> Book:
    b, s = book()
    project(s, "全省青少年皮划艇锦标赛承办", funds(46, 42, 4), ["承办全省青少年皮划艇锦标赛。"],
            start=day(YEAR, 4, 1), end=day(YEAR, 6, 30))  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "参赛运动员人数", "≥400人"),
        (None, "质量指标", "裁判员持证上岗率",
         mk("≥100%", "T106", "error", note="a capped rate above its 100% ceiling")),
        (None, "时效指标", "赛事完成时间", "6月30日前"),
        (None, "成本指标", "参赛运动员人均保障标准", "≤800元/人"),
        ("效益指标", "社会效益指标", "赛事安全责任事故", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "参赛队伍满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(55), "B101", "error", row=True, note="48 + 5 = 53, not 55")
    project(s, "全省青少年赛艇锦标赛承办", funds(total, 48, 5), ["承办全省青少年赛艇锦标赛。"],
            title="", start=day(YEAR, 8, 1), end=day(YEAR, 10, 31))  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "参赛运动员人数", "≥500人"),
        (None, None, "参赛队伍报名完成率",
         mk("≥24支", "T105", "error", note="a 完成率 given as a count of teams")),
        (None, "质量指标", "裁判员持证上岗率", "=100%"),
        (None, "时效指标", "赛事完成时间", "10月31日前"),
        (None, "成本指标", "参赛运动员人均保障标准", "≤800元/人"),
        ("效益指标", "社会效益指标", "赛事安全责任事故", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "参赛队伍满意度", "≥90%"),
    ])  # fmt: skip
    return b
