"""Anti-bullying education: lectures, class meetings, teacher training and counselling."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout867.common import YEAR, book, indicators, notes, one_year, sign, w
from tests.variants.holdout867.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "蓬川区教育体育局（207）"
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("kgs07-bullying-flat", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), a typed percent, 0起 on a count (correct)")  # fmt: skip
def bullying_flat() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept="蓬川区学生发展指导中心",
        budget=[(w(300), w(280), w(20), w(120), w(180))],
        goal="全区开展防欺凌专题讲座104场，教师防欺凌培训600人次，欺凌事件持续下降。",
    )
    indicators(s, FLAT, [
        ("防欺凌专题讲座场次", 20, "场", "≥", 104),
        ("防欺凌主题班会覆盖率", 20, "%", "≥", pct(0.95)),
        ("校园欺凌事件发生率", 15, "%", "≤", 0.5),
        ("校园欺凌重大事件发生数", 15, "起", "=", 0),
        ("校园欺凌事件下降率", 10, "%", "≥", 15),
        ("教师防欺凌培训人次", 10, "人次", "≥", 600),
        ("学生及家长满意度", 10, "%", "≥", 90),
    ], merged=())  # fmt: skip
    sign(s, "邝一鸣", "0871-6641 2033")
    return b


@variant("kgs08-bullying-flat-defects", (3,), "department, flat list: a lecture count below the "
         "goal's, the same rate twice, weights adding to 95")  # fmt: skip
def bullying_flat_defects() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept="蓬川区青少年法治教育中心",
        budget=[(w(150), w(140), w(10), w(60), w(90))],
        goal="全年开展防欺凌专题讲座48场，主题班会覆盖全部班级，教师培训300人次。",
    )
    indicators(s, FLAT, [
        ("防欺凌专题讲座场次", 20, "场", "≥",
         mk(36, "D104", "warning", row=True, note="the goal says 48 lectures")),
        ("防欺凌主题班会覆盖率", 15, "%", "≥", 95),
        ("防欺凌主题班会覆盖率（全校）", 15, "%", "≥",
         mk(90, "D103", "warning", row=True, alt=("D101", "D102"),
            note="the row above with one word more and another value")),
        ("教师防欺凌培训人次", 15, "人次", "≥", 300),
        ("校园欺凌事件发生率", 10, "%", "≤", 0.5),
        ("法治副校长进校授课次数", 10, "次", "≥", 96),
        ("学生满意度", 10, "%", "≥", 90),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+15+15+10+10+10 = 95, not 100")
    return b


@variant("kgs09-bullying-footnotes", (4, 7), "project, OLD-NAT, headers 指标内容 and 绩效标准, an "
         "instruction row inside, footnotes, signature and date lines (correct)")  # fmt: skip
def bullying_footnotes() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="中小学防欺凌专题教育项目", dept=DEPT,
                 unit="蓬川区学生发展指导中心", money=one_year(w(60), w(55), w(5)),
                 goals=["全年开展防欺凌讲座104场（其中与心理健康教育联合开展26场），培训心理"
                        "辅导教师80人，欺凌事件处置规范率不低于98%。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "防欺凌讲座场次", "≥104场"),
        (None, None, "心理辅导教师培训人数", "≥80人"),
        (None, "（请按二级指标逐项填写，不得删减）", None, None),
        (None, "质量指标", "欺凌事件处置规范率", "≥98%"),
        (None, "时效指标", "欺凌事件报告及时率", "=100%"),
        (None, "成本指标", "单场讲座成本", "≤0.3万元/场"),
        ("效益指标", "社会效益指标", "校园欺凌事件下降率", "≥10%"),
        (None, "可持续影响指标", "防欺凌工作长效机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(
        s,
        "注：讲座场次104场含与心理健康教育联合开展的26场，不另行计列。",
        "填表说明：指标值应可量化考核；定性指标请写明等级。",
    )
    sign(s, "苏蔓", "0871-6641 7785")
    return b


@variant("kgs10-bullying-wrong-tier", (7,), "project, NAT-2021, headers 考核指标 and "
         "目标值（年度）: a quality rate under 时效, a count under 质量, "
         "last year's end date")  # fmt: skip
def bullying_wrong_tier() -> Book:
    b, s = book()
    end = mk(
        day(YEAR - 1, 12, 31),
        "Y104",
        "error",
        alt=("Y101", "Y102"),
        note="the 2025 end date left from last season, before the 2026 start",
    )
    project_head(
        s,
        year=YEAR,
        name="学生心理健康与防欺凌辅导项目",
        dept=DEPT,
        unit="蓬川区未成年人心理辅导站",
        money=one_year(w(88), w(80), w(8)),
        start=day(YEAR, 2, 1),
        end=end,
        goals=["全年提供心理咨询1200人次，完成心理测评报告并及时干预疑似欺凌个案。"],
    )
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), [
        ("产出指标", "数量指标", "心理测评覆盖学生数", "≥9000人"),
        (None, "质量指标", mk("心理咨询服务人次", "F201", "warning", row=True,
                              note="a count under 质量"), "≥1200人次"),
        (None, "时效指标", "疑似欺凌个案干预及时率", "≥95%"),
        (None, None, mk("心理测评报告质量达标率", "F201", "warning", row=True,
                        note="a quality rate under 时效"), "≥95%"),
        ("成本指标", "经济成本指标", "人均心理测评成本", "≤60元/人"),
        ("效益指标", "社会效益指标", "疑似欺凌个案干预成功率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("kgs11-bullying-marked-tiers", (5,), "project, NAT-2021, tier labels with * and ★ "
         "and abbreviated, header 预期目标, a goal total with its parts in "
         "brackets (correct)")  # fmt: skip
def bullying_marked_tiers() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="班主任防欺凌能力提升培训项目", dept=DEPT,
                 unit="蓬川区教师发展中心", money=one_year(w(42), w(42), w(0)),
                 goals=["培训班主任和心理教师420人（班主任300人、心理教师120人），"
                        "参训教师防欺凌处置能力测评合格率不低于95%。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("*产出", "数量", "班主任培训人数", "≥300人"),
        (None, None, "心理教师培训人数", "≥120人"),
        (None, "质量", "处置能力测评合格率", pct(0.95, "0.00%")),
        (None, "时效", "培训完成时间", "2026年10月底前"),
        ("*成本", "经济成本", "人均培训成本", "≤0.1万元/人"),
        ("*效益", "社会效益", "参训教师所在学校欺凌事件发生率", "≤0.5%"),
        ("★满意度", "服务对象满意度", "参训教师满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("kgs12-bullying-dept-money", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, tasks short of 金额合计, a training count below the task's target")  # fmt: skip
def bullying_dept_money() -> Book:
    b, s = book()
    total = mk(w(520), "B101", "error", row=True, note="基本支出 200 + 项目支出 300 = 500 ≠ 520")
    department_head(s, year=YEAR, dept="蓬川区中小学德育指导中心",
                    budget=[(total, w(480), w(40), w(200), w(300))], tasks=[
        ("防欺凌师资培训", "班主任、心理教师专题培训", w(90), "培训教师600人次"),
        ("心理健康服务", "心理测评与个案辅导", w(130), "测评覆盖学生9000人"),
        ("法治副校长进校园", "法治课与防欺凌宣讲", w(60), "每校每学期不少于2次"),
        ("金额合计", None, mk(w(300), "B102", "error", note="90 + 130 + 60 = 280 ≠ 300"),
         None)],
        goal="防欺凌教育覆盖全区学校，教师培训600人次，欺凌事件发生率控制在0.5%以内。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "防欺凌教师培训人次",
         mk("≥500人次", "D104", "warning", note="the task and the goal say 600")),
        (None, None, "心理测评覆盖学生数", "≥9000人"),
        (None, "质量指标", "培训考核合格率", "≥95%"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤0.15万元/人次"),
        ("效益指标", "社会效益指标", "校园欺凌事件发生率", "≤0.5%"),
        ("满意度指标", "服务对象满意度指标", "教师满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b
