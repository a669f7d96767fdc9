"""Bus-stop shelters for village buses (镇村公交候车亭): kde07–kde12."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout775.common import notes, one_year, project, sign, start, table, wan
from tests.variants.holdout775.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "楠塘县城乡公交服务中心"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kde07-flat-shelters", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percent cells, weights add to 100 "
         "(correct)")  # fmt: skip
def flat_shelters() -> Book:
    b, s = start()
    goal = "新建农村候车亭48座，镇村公交准点率不低于92%，候车亭损坏48小时内修复。"
    department_head(s, year=2025, dept=UNIT, goal=goal,
                    budget=[(wan(640), wan(600), wan(40), wan(420), wan(220))])  # fmt: skip
    s.row("指标名称", "权重（分）", "计量单位", "指标性质", "指标值")
    s.table([
        ("新建农村候车亭", 20, "座", "≥", 48),
        ("候车亭验收合格率", 15, "%", "≥", pct(0.98)),
        ("候车亭损坏修复时限", 10, "小时", "≤", 48),
        ("每座候车亭建设成本", 15, "万元/座", "≤", 4.5),
        ("候车亭损坏率", 10, "%", "≤", pct(0.03)),
        ("镇村公交准点率", 15, "%", "≥", pct(0.92)),
        ("乘客满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "黎采薇", "0772-5316048", day(2024, 11, 26))
    return b


@variant("kde08-stacked-shelters", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, the same indicator with different values, cost × count equal to the money "
         "(correct)")  # fmt: skip
def stacked_shelters() -> Book:
    b, s = start()
    goal = "在楠塘县12个乡镇新建港湾式候车亭30座，年底前全部投入使用。"
    project(s, "楠塘县港湾式候车亭新建项目", [goal], one_year(180, 180, 0), unit=UNIT)
    table(s, HEAD, [
        ("产出指标", "数量指标", "新建港湾式候车亭", "≥30座"),
        (None, "质量指标", "候车亭验收合格率", "≥95%"),
        (None, "时效指标", "投入使用时间", "2025年12月20日前"),
        (None, "成本指标", "每座候车亭建设成本", "≤6万元/座"),
        ("效益指标", "社会效益指标", "乡镇候车亭覆盖率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    goal = "为110座既有候车亭加装太阳能照明，夜间候车照明全覆盖。"
    project(s, "候车亭太阳能照明改造项目", [goal], one_year(66, 60, 6), unit=UNIT, title="")
    table(s, HEAD, [
        ("产出指标", "数量指标", "照明改造候车亭", "≥110座"),
        (None, "质量指标", "候车亭验收合格率", "≥98%"),
        (None, "时效指标", "改造完成时间", "2025年9月30日前"),
        (None, "成本指标", "每座照明改造费用", "≤0.6万元/座"),
        ("效益指标", "社会效益指标", "夜间候车照明覆盖率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "夜间候车乘客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kde09-stacked-wrong", (2, 12), "two projects stacked, OLD-NAT: the second's money "
         "does not add up, its goal's count against the indicator, a quality rate under "
         "时效")  # fmt: skip
def stacked_wrong() -> Book:
    b, s = start()
    goal = "对全县候车亭开展季度巡检，维修破损候车亭90座。"
    project(s, "候车亭巡检维修项目", [goal], one_year(54, 50, 4), unit=UNIT)
    table(s, HEAD, [
        ("产出指标", "数量指标", "维修破损候车亭", "≥90座"),
        (None, "质量指标", "维修验收合格率", "≥95%"),
        (None, "时效指标", "巡检频次", "≥4次/年"),
        (None, "成本指标", "每座候车亭维修费用", "≤0.6万元/座"),
        ("效益指标", "社会效益指标", "候车亭完好率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    goal = "在新开通的6条镇村公交线路新建农村候车亭40座。"
    total = mk(95, "B101", "error", note="财政拨款80 + 其他资金10 = 90，不是95")
    project(s, "新开线路候车亭建设项目", [goal], one_year(total, 80, 10), unit=UNIT,
            title="")  # fmt: skip
    count = mk("≥36座", "D104", "warning", row=True, note="年度目标写新建40座，指标只有36座")
    late = mk("候车亭验收合格率", "F201", "warning", row=True,
              note="合格率是质量指标，却填在时效指标下")  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "新建农村候车亭", count),
        (None, "时效指标", late, "≥95%"),
        (None, None, "候车亭建成时间", "2025年10月31日前"),
        (None, "成本指标", "每座候车亭建设成本", "≤2.2万元/座"),
        ("效益指标", "社会效益指标", "新开线路站点候车亭配置率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "沿线乘客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kde10-points-percentpoints", (5, 10), "project, NAT-2021, numbered tier labels with "
         "points and indicator points both adding to 100, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def points_percentpoints() -> Book:
    b, s = start()
    goal = "新建农村候车亭36座、维修60座，建制村候车亭覆盖率比上年提高5个百分点。"
    project(s, "楠塘县农村候车亭提升项目", [goal], one_year(150, 140, 10), unit=UNIT)
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "1.新建农村候车亭", "≥36座", 15),
        (None, None, "2.维修既有候车亭", "≥60座", 10),
        (None, "（二）质量指标", "3.候车亭验收合格率", "≥95%", 15),
        (None, "（三）时效指标", "4.建设任务完成时间", "2025年11月30日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "5.每座新建候车亭成本", "≤3.5万元/座", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "6.建制村候车亭覆盖率提高", "≥5百分点", 15),
        (None, "（二）可持续影响指标", "7.候车亭设计使用年限", "≥10年", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "8.乘客满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant("kde11-points-wrong", (10, 5), "project, NAT-2021, tier-1 score column against the "
         "indicator scores under it (two tiers off), the same indicator under "
         "two tier-2s")  # fmt: skip
def points_wrong() -> Book:
    b, s = start(widths=(14, 8, 16, 28, 16, 8))
    goal = "维修农村候车亭120座，每月保洁不少于4次，候车环境整洁。"
    project(s, "候车亭维修保洁项目", [goal], one_year(72, 72, 0), unit=UNIT)
    out = mk(50, "W103", "error", note="产出指标下各指标分值 10 + 10 + 15 + 10 = 45，不是50")
    eff = mk(30, "W103", "error", note="效益指标下各指标分值 20 + 15 = 35，不是30")
    again = mk("每月候车亭保洁次数", "D101", "warning", row=True, alt=("D103", "F201"),
               note="与数量指标下的同名指标重复，且次数不是质量指标")  # fmt: skip
    head = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")
    table(s, head, [
        ("产出指标", out, "数量指标", "维修农村候车亭", "≥120座", 10),
        (None, None, None, "每月候车亭保洁次数", "≥4次", 10),
        (None, None, "质量指标", again, "≥4次", 15),
        (None, None, "时效指标", "维修任务完成时间", "2025年10月31日前", 10),
        ("成本指标", 10, "经济成本指标", "每座候车亭维修费用", "≤0.5万元/座", 10),
        ("效益指标", eff, "社会效益指标", "候车亭完好率", "≥95%", 20),
        (None, None, "可持续影响指标", "保洁长效机制", "建立并执行", 15),
        ("满意度指标", 10, "服务对象满意度指标", "乘客满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("kde12-second-sheet", (7, 4), "project: head on the first sheet, table on a second "
         "sheet under 考核指标 and 预期实现值, header repeated after a page break, 填表说明, "
         "0起 on an incident count (correct)")  # fmt: skip
def second_sheet() -> Book:
    b, s = start("基本信息")
    goal = "对全县215座镇村公交候车亭开展日常管护，损坏24小时内报修，全年不发生安全责任事故。"
    project(s, "镇村公交候车亭日常管护项目", [goal], one_year(85, 75, 10), unit=UNIT)
    t = b.sheet("绩效指标", (14, 18, 30, 18))
    t.title("2025年度项目绩效指标", 4)
    head = ("一级指标", "二级指标", "考核指标", "预期实现值")
    table(t, head, [
        ("产出指标", "数量指标", "日常管护候车亭", "≥215座"),
        (None, "质量指标", "候车亭完好率", "≥95%"),
        (None, "时效指标", "损坏报修时限", "≤24小时"),
    ])  # fmt: skip
    table(t, head, [
        ("产出指标", "成本指标", "每座候车亭年管护费用", "≤0.39万元/座"),
        ("效益指标", "社会效益指标", "候车亭安全责任事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
    ])  # fmt: skip
    notes(t, "填表说明：1.指标值须可量化；2.续表表头与上页相同。", width=4)
    return b
