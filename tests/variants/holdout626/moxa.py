"""The moxa-stick (艾条) workshop: department returns, flat lists, a second-sheet table and
points at two levels (fl07–fl12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout626.common import YEAR, funds, notes, sign, start, table, wan
from tests.variants.holdout626.registry import variant
from tests.variants.kit import Book, mk, ok, pct

DEPT = "蒿岭县乡村产业发展服务中心"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


def shares(*values: float) -> list[object]:
    """A 占比 row under the budget, as typed two-decimal percents."""
    return [pct(v, "0.00%") for v in values]


@variant("fl07-workshop-department", (12, 11), "department, NAT-2021: budget with shares, "
         "tasks adding to 金额合计, a 下降率 with ≥, 0起 on accidents (correct)")  # fmt: skip
def workshop_department() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=DEPT, budget=[
        [wan(260), wan(220), wan(40), wan(90), wan(170)],
        shares(1, 0.8462, 0.1538, 0.3462, 0.6538),
    ], tasks=[
        ["艾条加工车间运行", "租用厂房1200平方米，添置卷条机8台", wan(95), "年产艾条20万支"],
        ["制艾技工培训", "分四期培训卷条、艾绒提纯技工", wan(30), "培训80人次"],
        ["干艾叶收购补贴", "按收购量补贴合作社", wan(45), "收购干艾叶150吨"],
        ["金额合计", None, wan(170), None],
    ], goal="全年加工艾条20万支（其中清艾条12万支、药艾条8万支），培训制艾技工80人次，"
            "收购干艾叶150吨，全年安全生产事故0起。")  # fmt: skip
    table(s, HEAD4, [
        ["产出指标", "数量指标", "艾条年产量", "≥20万支"],
        [None, None, "制艾技工培训人次", "≥80人次"],
        [None, None, "干艾叶收购量", "≥150吨"],
        [None, "质量指标", "艾条出厂检验合格率", "≥98%"],
        [None, "时效指标", "收购款支付及时率", "≥95%"],
        ["成本指标", "经济成本指标", "艾条单位加工成本", "≤2.5元/支"],
        [None, "社会成本指标", "安全生产事故发生数", "0起"],
        ["效益指标", "经济效益指标", "车间销售收入", "≥180万元"],
        [None, "社会效益指标", "吸纳脱贫劳动力就业人数", "≥40人"],
        [None, "生态效益指标", "车间单位产品能耗下降率", "≥5%"],
        ["满意度指标", "服务对象满意度指标", "车间务工人员满意度", "≥90%"],
    ])  # fmt: skip
    sign(s, "殷絮荷", "0725-3345610")
    return b


@variant("fl08-workshop-wrong", (12,), "department, NAT-2021: tasks not adding to 金额合计, an "
         "output below the goal's, a subsidy standard × count above the project money")  # fmt: skip
def workshop_wrong() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="蒿岭县苏塘乡人民政府", budget=[
        [wan(140), wan(120), wan(20), wan(10), wan(130)],
    ], tasks=[
        ["艾绒提纯生产线运行", "三年陈艾绒提纯，添置筛绒机2台", wan(64), "生产陈艾绒8吨"],
        ["艾条加工补助", "按合格艾条产量补助加工户", wan(40), "补助艾条加工"],
        ["电商销售推广", "开设网店、参加农产品展销", wan(18), "销售额150万元"],
        ["金额合计", None, mk(wan(130), "B102", "error", note="64 + 40 + 18 = 122"), None],
    ], goal=ok("全年生产艾条30万支、三年陈艾绒8吨，电商销售额达到150万元。", "warning",
               note="D104 may land at the goal text"))  # fmt: skip
    table(s, HEAD4, [
        ["产出指标", "数量指标", "艾条年产量",
         mk("≥25万支", "D104", "warning", row=True, note="年度总体目标写30万支")],
        [None, None, "陈艾绒产量", "≥8吨"],
        [None, "质量指标", "艾条抽检合格率", "≥97%"],
        [None, "时效指标", "补助资金兑付时间", "2026年12月20日前"],
        ["成本指标", "经济成本指标", mk("艾条加工补助标准", "B107", "warning", row=True,
                                      note="6元/支 × 25万支 = 150万元，超过项目支出130万元"
                                           "和资金总额140万元"),
         "≤6元/支"],
        ["效益指标", "经济效益指标", "电商销售额", "≥150万元"],
        [None, "社会效益指标", "带动加工户数", "≥30户"],
        ["满意度指标", "服务对象满意度指标", "加工户满意度", "≥90%"],
    ])  # fmt: skip
    sign(s, "孟岚絮", "0725-3351127")
    return b


@variant("fl09-flat-list", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percents with % in the unit column, "
         "weights 100 (correct)")  # fmt: skip
def flat_list() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="蒿岭县艾溪镇艾条加工扶贫车间", budget=[
        [wan(86), wan(70), wan(16), wan(26), wan(60)],
    ], goal="全年加工艾条12万支，出厂合格率不低于98%，吸纳务工人员30人。")  # fmt: skip
    s.skip()
    s.row("年度绩效指标", merge=[(1, 5)])
    table(s, FLAT, [
        ["艾条加工量", 20, "万支", "≥", 12],
        ["艾条出厂合格率", 20, "%", "≥", pct(0.98)],
        ["吸纳务工人员", 15, "人", "≥", 30],
        ["艾条单支加工成本", 15, "元/支", "≤", 2.4],
        ["艾灸体验服务投诉率", 10, "%", "≤", pct(0.02)],
        ["务工人员月均收入", 10, "元", "≥", 2800],
        ["务工人员满意度", 10, "%", "≥", pct(0.9)],
    ], merged=())  # fmt: skip
    notes(s, "填表说明：指标性质填写≥、≤或=；权重合计100。", width=5)
    sign(s, "殷絮荷", "0725-3345610")
    return b


@variant("fl10-flat-duplicate", (3,), "department, flat list: one indicator twice with a word "
         "more, so the weights add to 110")  # fmt: skip
def flat_duplicate() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="蒿岭县紫陌乡艾条合作加工点", budget=[
        [wan(64), wan(50), wan(14), wan(18), wan(46)],
    ], goal="全年销售艾条20万支，带动加工户40户。")  # fmt: skip
    s.skip()
    s.row("年度绩效指标", merge=[(1, 5)])
    table(s, FLAT, [
        ["艾条销售量", 20, "万支", "≥", 20],
        ["艾条抽检合格率", 20, "%", "≥", 97],
        ["带动加工户数", 15, "户", "≥", 40],
        ["艾条单支加工成本", 15, "元/支", "≤", 2.6],
        [mk("艾条年销售量", "D103", "warning", row=True, alt=("D101",),
            note="与“艾条销售量”是同一指标"), 10, "万支", "≥", 20],
        ["加工户户均增收", 10, "元", "≥", 3000],
        ["加工户满意度", 20, "%", "≥", 90],
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="权重合计110：重复的指标多算了10")
    sign(s, "甘若艾", "0725-3362284")
    return b


@variant("fl11-second-sheet", (7, 10, 1), "project: head on the first sheet, the table on a "
         "second sheet under 预期实现值 with operators in words and a unit column, a share "
         "raised in 百分点, a typed percent beside a % unit (correct)")  # fmt: skip
def second_sheet() -> Book:
    b, s = start("项目信息")
    project_head(s, year=YEAR, name="艾溪镇艾条车间无烟艾条工艺改造", dept=DEPT,
                 unit="蒿岭县艾溪镇艾条加工扶贫车间", money=funds(55, 45, 10),
                 goals=["改造炭化生产线1条，无烟艾条产品占比提高5个百分点，"
                        "年产无烟艾条6万支。"])  # fmt: skip
    s.row("绩效指标详见“绩效指标”工作表。", merge=[(1, 6)])
    t = b.sheet("绩效指标", (14, 16, 30, 12, 12, 12))
    table(t, ("一级指标", "二级指标", "三级指标", "指标性质", "预期实现值", "计量单位"), [
        ["产出指标", "数量指标", "改造炭化生产线", "等于", 1, "条"],
        [None, None, "无烟艾条年产量", "大于等于", 6, "万支"],
        [None, "质量指标", "无烟艾条抽检合格率", "大于等于", pct(0.97), "%"],
        [None, "时效指标", "生产线改造完成时间", "小于等于", "2026年7月31日", None],
        [None, "成本指标", "生产线改造费用", "小于等于", 38, "万元"],
        ["效益指标", "经济效益指标", "无烟艾条产品占比提高", "大于等于", 5, "百分点"],
        [None, "生态效益指标", "车间烟尘排放浓度", "小于等于", 20, "毫克/立方米"],
        ["满意度指标", "服务对象满意度指标", "经销商满意度", "大于等于", 90, "%"],
    ])  # fmt: skip
    sign(t, "殷絮荷", "0725-3345610")
    return b


@variant("fl12-points-wrong", (10,), "project, NAT-2021, tier-1 score column and indicator "
         "score column: the 产出 scores short of the tier's, a trainee count below the "
         "goal's")  # fmt: skip
def points_wrong() -> Book:
    b, s = start("绩效目标")
    project_head(s, year=YEAR, name="蒿岭县艾灸理疗师技能培训及艾条试制", dept=DEPT,
                 unit="蒿岭县职业技能培训中心", money=funds(36, 36, 0),
                 goals=[ok("培训艾灸理疗师40人，试制药艾条配方3个，学员结业考核通过率不低于90%。",
                           "warning", note="D104 may land at the goal text")])  # fmt: skip
    table(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ["产出指标", mk(50, "W103", "error", alt=("W101",), note="15 + 10 + 10 + 10 = 45"),
         "数量指标", "培训艾灸理疗师人数",
         mk("≥30人", "D104", "warning", row=True, note="年度目标写培训40人"), 15],
        [None, None, None, "试制药艾条配方数", "≥3个", 10],
        [None, None, "质量指标", "学员结业考核通过率", "≥90%", 10],
        [None, None, "时效指标", "培训完成时间", "2026年11月30日前", 10],
        ["成本指标", 10, "经济成本指标", "人均培训费用", "≤9000元/人", 10],
        ["效益指标", 20, "社会效益指标", "学员就业率", "≥70%", 10],
        [None, None, "可持续影响指标", "艾灸技能培训课程体系", "建立并执行", 10],
        ["满意度指标", 10, "服务对象满意度指标", "学员满意度", "≥90%", 10],
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级指标分值合计90分，预算执行率10分另行评价。")
    sign(s, "甘若艾", "0725-3362284")
    return b
