"""Returns of the school as a whole and of both squads together: department tables, flat lists
and stacked projects (yl13–yl18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout444.common import (
    DEPT,
    HEAD4,
    SCHOOL,
    YEAR,
    book,
    funds,
    indicators,
    note,
    sign,
    wan,
)
from tests.variants.holdout444.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT_GOAL = "完成击剑、冰壶两队训练参赛任务，保障场馆安全运行，向省队输送运动员不少于8人。"
WEIGHT_HEAD = ("一级指标", "二级指标", "三级指标", "权重", "年度指标值")


@variant("yl13-school-department", (4, 12),
         "department, NAT-2021, weight column: budget and key tasks adding up, the header row "
         "repeated after a page break, a 合计 row, signature line (correct)")  # fmt: skip
def school_department() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=SCHOOL, goal=DEPT_GOAL,
                    budget=[(wan(1860), wan(1620), wan(240), wan(1180), wan(680))],
                    tasks=[("击剑队训练参赛", "集训、参赛、器材更新", wan(260), "输送省队≥5人"),
                           ("冰壶队训练参赛", "冰面保障、参赛", wan(220), "输送省队≥3人"),
                           ("场馆运行维护", "击剑馆、冰壶馆维护", wan(200), "全年安全运行"),
                           ("金额合计", None, wan(680), None)])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "击剑、冰壶在训运动员人数", 15, "≥96人"),
        (None, None, "参加省级以上赛事站数", 15, "≥14站"),
        (None, "质量指标", "运动员技术等级达级率", 10, "≥85%"),
        (None, "时效指标", "年度训练计划按期完成率", 10, "≥95%"),
    ], head=WEIGHT_HEAD)  # fmt: skip
    s.row(*WEIGHT_HEAD)
    s.table([
        ("成本指标", "经济成本指标", "场馆年度运行维护成本", 10, "≤200万元"),
        ("效益指标", "社会效益指标", "向省队输送运动员人数", 15, "≥8人"),
        (None, "可持续影响指标", "场馆安全责任事故", 10, "0起"),
        ("满意度指标", "服务对象满意度指标", "运动员及家长满意度", 15, "≥90%"),
        ("合计", None, None, 100, None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "邵蔓青", "0579-8623 1152")
    return b


@variant("yl14-school-department-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to their "
         "金额合计")  # fmt: skip
def school_department_wrong() -> Book:
    b, s = book()
    whole = mk(wan(1500), "B101", "error", row=True, note="900 + 620 = 1520 ≠ 1500")
    lines = mk(wan(620), "B102", "error", note="250 + 210 + 150 = 610 ≠ 620")
    department_head(s, year=YEAR, dept=SCHOOL, goal=DEPT_GOAL,
                    budget=[(whole, wan(1300), wan(200), wan(900), wan(620))],
                    tasks=[("击剑队训练参赛", "集训、参赛", wan(250), "输送省队≥5人"),
                           ("冰壶队训练参赛", "冰面保障、参赛", wan(210), "输送省队≥3人"),
                           ("场馆运行维护", "两馆维护", wan(150), "全年安全运行"),
                           ("金额合计", None, lines, None)])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "在训运动员人数", "≥90人"),
        (None, "质量指标", "运动员达级率", "≥80%"),
        ("成本指标", "经济成本指标", "场馆年度维护成本", "≤150万元"),
        ("效益指标", "社会效益指标", "向省队输送运动员人数", "≥8人"),
        ("满意度指标", "服务对象满意度指标", "运动员满意度", "≥90%"),
    ], head=HEAD4)  # fmt: skip
    return b


@variant("yl15-flat-list", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, weights adding to 100 (correct)")  # fmt: skip
def flat_list() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=SCHOOL, goal=DEPT_GOAL,
                    budget=[(wan(1720), wan(1500), wan(220), wan(1100), wan(620))])  # fmt: skip
    indicators(s, [
        ("击剑队年度集训天数", 20, "天", "≥", 220),
        ("冰壶队赛季训练课时", 20, "课时", "≥", 640),
        ("运动员技术等级达级率", 15, "%", "≥", pct(0.85)),
        ("训练伤病发生率", 15, "%", "≤", pct(0.04)),
        ("向省队输送运动员人数", 20, "人", "≥", 8),
        ("运动员满意度", 10, "%", "≥", pct(0.9)),
    ], head=("指标名称", "权重", "计量单位", "指标性质", "指标值"), merged=())  # fmt: skip
    note(s, "注：权重合计100。", 5)
    return b


@variant("yl16-flat-wrong", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
         "a unit conflict, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def flat_wrong() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=SCHOOL, goal=DEPT_GOAL,
                    budget=[(wan(1720), wan(1500), wan(220), wan(1100), wan(620))])  # fmt: skip
    unit = mk("≤12万元", "T112", "error", note="value in 万元, unit column 人")
    way = mk("≥3%", "T108", "warning", row=True, note="a 反向 injury rate with ≥")
    indicators(s, [
        ("击剑队年度集训天数", "≥220", "正向", "天", 20),
        ("外聘教练经费", unit, "反向", "人", 15),
        ("训练伤病发生率", way, "反向", "%", 15),
        ("向省队输送运动员人数", "≥8", "正向", "人", 25),
        ("运动员满意度", "≥90", "正向", "%", 20),
    ], head=("指标名称", "指标值", "指标性质", "计量单位", "权重"), merged=())  # fmt: skip
    b.file_mark("W101", "error", note="20 + 15 + 15 + 25 + 20 = 95 ≠ 100")
    return b


@variant("yl17-stacked-two", (2,),
         "the fencing and the curling project stacked in one sheet, OLD-NAT, one value column, "
         "the same indicator name with different values (correct)")  # fmt: skip
def stacked_two() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="击剑队省运会备战经费", dept=DEPT, unit=SCHOOL,
                 money=funds(48, 48, 0),
                 goals=["完成击剑队省运会备战集训，确保全项参赛。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "备战集训天数", "≥120天"),
        (None, "成本指标", "人均备战集训费用", "≤1.5万元/人"),
        ("效益指标", "社会效益指标", "省运会击剑奖牌数", "≥6枚"),
        ("满意度指标", "服务对象满意度指标", "队员满意度", "≥90%"),
    ], head=HEAD4)  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, title="", name="冰壶队省运会备战经费", dept=DEPT, unit=SCHOOL,
                 money=funds(30, 26, 4),
                 goals=["完成冰壶队省运会备战，争取男女队均进前四。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "备战集训天数", "≥90天"),
        (None, "成本指标", "人均备战集训费用", "≤1.2万元/人"),
        ("效益指标", "社会效益指标", "省运会冰壶奖牌数", "≥1枚"),
        ("满意度指标", "服务对象满意度指标", "队员满意度", "≥92%"),
    ], head=HEAD4)  # fmt: skip
    sign(s, "苗启航", "0579-8623 1047")
    return b


@variant("yl18-stacked-wrong", (2,),
         "two projects stacked, OLD-NAT, one value column: the second project's total is not "
         "its parts, an attendance rate given in days")  # fmt: skip
def stacked_wrong() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="击剑青少年公益培训经费", dept=DEPT, unit=SCHOOL,
                 money=funds(18, 18, 0),
                 goals=["开展击剑青少年公益培训，覆盖中小学生600人次。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "公益培训人次", "≥600人次"),
        (None, "质量指标", "培训出勤率", "≥90%"),
        ("效益指标", "社会效益指标", "参训学生击剑技能达标率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ], head=HEAD4)  # fmt: skip
    s.skip()
    total = mk(wan(30), "B101", "error", note="30 ≠ 24 + 4")
    project_head(s, year=YEAR, title="", name="冰壶进校园推广经费", dept=DEPT, unit=SCHOOL,
                 money=[("年度资金总额", total, "其中：财政拨款", wan(24)),
                        (None, None, "其他资金", wan(4))],
                 goals=["在中小学开展旱地冰壶推广，覆盖学校20所。"])  # fmt: skip
    days = mk("180天", "T105", "error", note="an attendance rate given in days")
    indicators(s, [
        ("产出指标", "数量指标", "推广覆盖学校数", "≥20所"),
        (None, "质量指标", "推广课程出勤率", days),
        ("效益指标", "社会效益指标", "旱地冰壶校园联赛参赛队数", "≥16支"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ], head=HEAD4)  # fmt: skip
    return b
