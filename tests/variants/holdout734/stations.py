"""Returns on the veterans' service station network (退役军人服务站)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout734.common import (
    BUREAU,
    DEPT,
    T2,
    T5,
    indicators,
    multi_year,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout734.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

STATION = "柘川县镇村退役军人服务站规范化提升项目"


@variant("kbp01-station-points", (1, 5, 10),
         "project, NAT-2021, numbered tier labels with points and an indicator points column "
         "(both 100), typed percent cells, a rate raised in 百分点 (correct)")  # fmt: skip
def station_points() -> Book:
    b, s = start()
    project_head(s, year=2025, name=STATION, dept=DEPT, unit="柘川县退役军人服务中心",
                 money=one_year(wan(96), wan(90), wan(6)),
                 goals=["完成全县60个村（社区）退役军人服务站规范化提升（其中示范站12个），"
                        "培训服务站专职人员180人次，政策咨询办结率不低于95%。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "村（社区）服务站规范化提升数量", "≥60个", 10),
        (None, None, "服务站专职人员培训人次", "≥180人次", 5),
        (None, "（二）质量指标", "规范化提升验收合格率", pct(0.95), 10),
        (None, None, "退役军人信息采集准确率", "≥98%", 5),
        (None, "（三）时效指标", "提升任务完成时间", "2025年11月30日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "单个服务站提升补助标准", "≤1.5万元/个", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "政策咨询办结率", "≥95%", 10),
        (None, None, "服务站服务覆盖率较上年提高", "≥5百分点", 10),
        (None, "（二）可持续影响指标", "服务站常态化运行机制", "建立并执行", 10),
        ("四、满意度指标（20分）", "（一）服务对象满意度指标", "退役军人及家属满意度",
         pct(0.92), 20),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    sign(s, 2025, "贺秋林", "0739-6281547")
    return b


@variant("kbp02-station-goal-deadline", (5, 11),
         "project, NAT-2021, abbreviated tier labels: the goal's station count differs from the "
         "indicator, a deadline after the one-year project")  # fmt: skip
def station_goal_deadline() -> Book:
    b, s = start()
    project_head(s, year=2025, name="柘川县村级退役军人服务站标准化建设项目", dept=DEPT,
                 unit="柘川县退役军人服务中心", money=one_year(wan(105), wan(100), wan(5)),
                 goals=["完成126个村级退役军人服务站标准化建设，实现“有场所、有人员、有经费、"
                        "有制度、有台账”，年内全部通过县级验收。"])  # fmt: skip
    indicators(s, T5, [
        ("产出", "数量", "村级服务站标准化建设数量",
         mk("≥112个", "D104", "warning", row=True,
            note="年度目标写126个服务站，指标只写112个"), None),
        (None, None, "服务站工作人员业务培训人次", "≥250人次", None),
        (None, "质量", "标准化建设县级验收通过率", "=100%", None),
        (None, "时效", "标准化建设完成时间",
         mk("2026年3月31日前", "Y102", "error", row=True,
            note="一年期项目（2025年1月1日至12月31日），期限落在项目期之后"), None),
        ("成本", "经济成本", "单站建设补助标准", "≤0.8万元/个", "126×0.8=100.8万元"),
        ("效益", "社会效益", "退役军人政策知晓率", "≥90%", None),
        (None, "可持续影响", "服务站运行管理制度", "健全", None),
        ("满意度", "服务对象满意度", "退役军人满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, 2025, "贺秋林", "0739-6281547")
    return b


@variant("kbp03-station-operator-words", (7, 11),
         "project, OLD-NAT, operators in words under 指标性质, bare numbers and a unit column, a "
         "下降率 with 大于等于 and a 0起 incident count (correct)")  # fmt: skip
def station_operator_words() -> Book:
    b, s = start()
    project_head(s, year=2025, name="退役军人服务站政策服务能力培训项目", dept=DEPT,
                 unit="柘川县退役军人服务中心", money=one_year(wan(48), wan(45), wan(3)),
                 goals=["分4期培训镇村服务站工作人员360人次，提高政策解答和帮扶能力，"
                        "涉访投诉较上年下降10%以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "培训服务站工作人员人次", "大于等于", 360, "人次"),
        (None, None, "举办培训班期数", "等于", 4, "期"),
        (None, "质量指标", "参训人员结业考核合格率", "大于等于", 95, "%"),
        (None, None, "培训期间安全责任事故", "小于等于", 0, "起"),
        (None, "时效指标", "培训计划按期完成率", "大于等于", 95, "%"),
        (None, "成本指标", "人均培训成本", "小于等于", 0.12, "万元/人次"),
        ("效益指标", "社会效益指标", "退役军人涉访投诉下降率", "大于等于", 10, "%"),
        (None, "可持续影响指标", "服务站人员持证上岗率", "大于等于", 90, "%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, 2025, "贺秋林", "0739-6281547")
    return b


def _stacked_a(s: Sheet) -> None:
    project_head(s, year=2025, name="退役军人服务站信息平台运维项目", dept=DEPT,
                 unit="柘川县退役军人服务中心", money=one_year(wan(24), wan(24), wan(0)),
                 goals=["保障县镇村三级服务站信息平台全年运行，完成退役军人信息动态更新。"],
                 title="2025年度项目支出绩效目标申报表（汇总）")  # fmt: skip
    indicators(s, T5, [
        ("产出指标", "数量指标", "平台接入服务站数量", "≥140个", None),
        (None, "质量指标", "平台全年正常运行率", "≥98%", None),
        (None, "时效指标", "故障响应时间", "≤4小时", None),
        (None, "成本指标", "平台运维费用", "≤24万元", None),
        ("效益指标", "社会效益指标", "退役军人信息更新及时率", "≥95%", None),
        ("满意度指标", "服务对象满意度指标", "服务站使用人员满意度", "≥90%", None),
    ])  # fmt: skip


@variant("kbp10-stacked-glory-plaques", (2, 6),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up, one indicator given twice with two values, a 时效 tier-2 left empty")  # fmt: skip
def stacked_glory_plaques() -> Book:
    b, s = start()
    _stacked_a(s)
    s.skip()
    project_head(s, year=2025, name="光荣牌悬挂及复查项目", dept=DEPT,
                 unit="柘川县退役军人服务中心", title="",
                 money=one_year(mk(wan(36), "B101", "error", note="30 + 4 = 34 ≠ 36"),
                                wan(30), wan(4)),
                 goals=["为新增优抚对象家庭悬挂光荣牌420户，复查更换光荣牌600块。"])  # fmt: skip
    indicators(s, T5, [
        ("产出指标", "数量指标", "光荣牌新悬挂户数", "≥420户", None),
        (None, None, "破损光荣牌复查更换数量", "≥600块", None),
        (None, None, "光荣牌新悬挂户数",
         mk("≥400户", "D102", "error", row=True, alt=("D101", "D103"),
            note="同一指标在数量指标下出现两次，指标值不同（420户 / 400户）"), None),
        (None, "质量指标", "光荣牌悬挂信息登记准确率", "=100%", None),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填写"), None, None,
         None),
        (None, "成本指标", "光荣牌单价", "≤0.02万元/块", "（420+600）×0.02=20.4万元"),
        ("效益指标", "社会效益指标", "优抚对象家庭荣誉感提升", "显著", None),
        ("满意度指标", "服务对象满意度指标", "优抚对象家庭满意度", "≥92%", None),
    ])  # fmt: skip
    sign(s, 2025, "贺秋林", "0739-6281547")
    return b


def _block(s: Sheet, label: str, points: int, rows: list[tuple[object, ...]]) -> None:
    """One tier-1 block of the department table, then its 小计 row."""
    first = [(label, *rows[0]), *[(None, *r) for r in rows[1:]]]
    s.table(first, merged=(1, 2))
    s.row(f"{label}小计", None, None, None, points)


@variant("kbp15-department-page-break", (4, 12),
         "department, NAT-2021, points column, tasks adding to 项目支出, the header repeated "
         "after a page break, 小计 and 合计 rows (correct)")  # fmt: skip
def department_page_break() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2025, dept=BUREAU,
                    budget=[(wan(1260), wan(1230), wan(30), wan(680), wan(580))],
                    tasks=[("服务站运行保障", "县镇村服务站办公及运行", wan(180), "服务站正常运行"),
                           ("优抚对象走访慰问", "重点优抚对象节日走访", wan(150), "走访1500人次"),
                           ("烈士纪念设施管护", "县烈士陵园日常管护", wan(90), "设施完好"),
                           ("就业创业培训", "退役军人技能培训", wan(160), "培训400人"),
                           ("金额合计", None, wan(580), None)],
                    goal="保障服务站体系运行，走访慰问重点优抚对象1500人次，培训退役军人400人，"
                         "烈士纪念设施完好率保持100%。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    s.row(*head)
    _block(s, "产出指标", 50, [
        ("数量指标", "走访慰问重点优抚对象人次", "≥1500人次", 15),
        (None, "退役军人技能培训人数", "≥400人", 15),
        ("质量指标", "培训结业合格率", "≥90%", 10),
        ("时效指标", "节日走访慰问按时完成率", "=100%", 10),
    ])  # fmt: skip
    s.row("（续表）")
    s.row(*head)
    _block(s, "成本指标", 10, [("经济成本指标", "人均培训成本", "≤0.4万元/人", 10)])
    _block(s, "效益指标", 30, [
        ("社会效益指标", "烈士纪念设施完好率", "=100%", 15),
        ("可持续影响指标", "培训后半年内就业率", "≥70%", 15),
    ])  # fmt: skip
    _block(s, "满意度指标", 10, [("服务对象满意度指标", "退役军人满意度", "≥90%", 10)])
    s.row("合计", None, None, None, 100)
    sign(s, 2025, "贺秋林", "0739-6281547", 10, 30)
    return b


@variant("kbp16-station-two-years-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, a "
         "cumulative count copied, a 年度 deadline after the period")  # fmt: skip
def station_two_years() -> Book:
    b, s = start()
    goal = "两年内完成100个服务站提档升级，创建示范服务站24个，建成县级服务站信息平台。"
    project_head(s, year=2025, years=2, name="退役军人服务站提档升级项目（2025—2026年）",
                 dept=DEPT, unit="柘川县退役军人服务中心",
                 money=multi_year((wan(300), wan(280), wan(20)), (wan(150), wan(140), wan(10))),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="年度目标照抄中期目标")])  # fmt: skip
    indicators(s, T2, [
        ("产出指标", "数量指标", "服务站提档升级数量", "≥100个", "≥55个", None),
        (None, None, "示范服务站创建数量", "≥24个",
         mk("≥24个", "D202", "warning", note="两年期累计数，年度值照抄中期值"), None),
        (None, "质量指标", "提档升级验收合格率", "≥95%", "≥95%", None),
        (None, "时效指标", "县级信息平台建成时间", "2026年12月31日前",
         mk("2027年6月30日前", "Y102", "error", row=True,
            note="年度期限既不在2025年内，也超出2025—2026年项目期"), None),
        ("成本指标", "经济成本指标", "单站提档升级补助", "≤2.5万元/个", "≤2.5万元/个", None),
        ("效益指标", "社会效益指标", "退役军人办事“一站式”办结率", "≥90%", "≥85%", None),
        ("满意度指标", "服务对象满意度指标", "退役军人满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    sign(s, 2025, "贺秋林", "0739-6281547")
    return b
