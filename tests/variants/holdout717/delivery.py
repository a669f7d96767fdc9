"""Home-delivered schooling (送教上门) for children too disabled to attend school: kay01–kay06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout717.common import (
    CENTRE,
    EDU,
    HEAD6,
    HEAD_MID,
    HEAD_OP,
    SCHOOL,
    YEAR,
    book,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    w,
)
from tests.variants.holdout717.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

GOAL01 = (
    "为全县62名重度残疾适龄儿童少年提供送教上门服务，每生全年送教不少于40次；"
    "为每名学生制定个别化教育计划，全年送教安全无事故。"
)


@variant("kay01-songjiao-percent", (1, 7), "project, OLD-NAT, operator and unit columns, "
         "percentages typed in Excel, 万元 in the number format, a 0起 incident count "
         "(correct)")  # fmt: skip
def kay01() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="重度残疾儿童少年送教上门服务", dept=EDU, unit=SCHOOL,
                 money=one_year(w(86), w(80), w(6)), goals=[GOAL01])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "送教上门服务学生数", "≥", 62, "人"),
        (None, None, "全年送教上门服务次数", "≥", 2480, "人次"),
        (None, "质量指标", "个别化教育计划制定率", "=", pct(1), "%"),
        (None, None, "送教记录完整率", "≥", pct(0.95), "%"),
        (None, None, "送教过程安全事故发生数", "≤", 0, "起"),
        (None, "时效指标", "月度送教计划按时完成率", "≥", pct(0.95), "%"),
        (None, "成本指标", "送教教师交通补助标准", "≤", 60, "元/人次"),
        ("效益指标", "社会效益指标", "送教学生家长康复技能培训覆盖率", "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "送教学生档案一人一档建档率", "≥", pct(0.98), "%"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    note(s, "注：交通补助按2480人次×60元计14.88万元，其余用于教材教具、康复器材和教师培训。")
    sign(s, "马振川", "0736-4418207")
    return b


@variant("kay02-songjiao-midterm", (8, 11), "three-year project, OLD-NAT, 中期 and 年度 columns: "
         "a year's count above the period's, the goal's count against the indicator, a 反向 rate "
         "with ≥")  # fmt: skip
def kay02() -> Book:
    b, s = book()
    goal_mid = "三年累计为不少于75名重度残疾儿童少年送教上门，培训送教教师不少于120人次。"
    goal_year = ok("2026年为全县58名重度残疾儿童少年送教上门，培训送教教师40人次。",
                   note="D104 may land at the goal text instead of the indicator")  # fmt: skip
    project_head(s, year=YEAR, name="送教上门三年行动计划", dept=EDU, unit=CENTRE, years=3,
                 attr="新增项目", money=multi_year((w(255), w(240), w(15)),
                                                  (w(85), w(80), w(5))),
                 goals=[goal_mid, goal_year])  # fmt: skip
    indicators(s, HEAD_MID, [
        ("产出指标", "数量指标", "送教上门学生数", "≥75人",
         mk("≥65人", "D104", "warning", row=True,
            note="年度目标写58名学生，年度指标却是65人")),
        (None, None, "送教教师培训人次", "≥120人次",
         mk("≥150人次", "D201", "error",
            note="一年的培训人次150超过三年累计的120，年度目标也只写40人次")),
        (None, "质量指标", "送教学生流失率", "≤3%",
         mk("≥3%", "T108", "warning", row=True, alt=("D203",),
            note="流失率是反向指标，年度值却写≥；中期写≤")),
        (None, "时效指标", "送教计划按月完成率", "≥95%", "≥95%", "比率两栏相同"),
        (None, "成本指标", "生均送教经费标准", "≤1.2万元/人", "≤1.2万元/人", "标准不变"),
        ("效益指标", "社会效益指标", "送教学生生活自理能力提升率", "≥60%", "≥50%", None),
        (None, "可持续影响指标", "送教课程资源包开发数", "≥30个", "≥10个", None),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    sign(s, "郁秋帆", "0736-4452190")
    return b


@variant("kay03-songjiao-stacked", (2, 12), "two one-year projects stacked in one sheet, "
         "OLD-NAT, one value column, the same satisfaction indicator with different values "
         "(correct)")  # fmt: skip
def kay03() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="送教上门学生教育康复服务", dept=EDU, unit=SCHOOL,
                 money=one_year(w(48), w(45), w(3)),
                 goals=["为50名重度残疾学生送教上门，开展教育康复训练，"
                        "家长满意度不低于90%。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "送教学生数", "≥50人", "计划标准", None),
        (None, "质量指标", "康复训练计划执行率", "≥90%", "历史标准", None),
        (None, "时效指标", "学期评估按时完成率", "≥95%", "计划标准", None),
        (None, "成本指标", "生均送教康复经费", "≤0.8万元/人", "计划标准", "50人×0.8万=40万"),
        ("效益指标", "社会效益指标", "学生康复训练目标达成率", "≥70%", "行业标准", None),
        ("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "历史标准", "学生家长"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="送教教师专业能力培训", dept=EDU, unit=CENTRE, title="",
                 money=one_year(w(12), w(12), w(0)),
                 goals=["培训送教教师80人，人均培训费用不超过1500元。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "送教教师培训人数", "≥80人", "计划标准", None),
        (None, "质量指标", "培训考核合格率", "≥95%", "历史标准", None),
        (None, "时效指标", "培训按计划完成率", "=100%", "计划标准", None),
        (None, "成本指标", "人均培训费用", "≤1500元/人", "计划标准", "80人×1500元=12万"),
        ("效益指标", "社会效益指标", "参训教师送教方案设计能力提升率", "≥30%", "计划标准", None),
        ("满意度指标", "服务对象满意度指标", "满意度", "≥85%", "行业标准", "参训教师"),
    ])  # fmt: skip
    sign(s, "马振川", "0736-4418207")
    return b


@variant("kay04-songjiao-numbered", (5,), "one-year project, NAT-2021, numbered tier labels with "
         "points: the same indicator twice, a quality rate under 时效, a deadline after the "
         "year")  # fmt: skip
def kay04() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="重度残疾学生送教上门", dept=EDU, unit=SCHOOL,
                 money=one_year(w(64), w(60), w(4)),
                 goals=["为46名重度残疾学生送教上门，年底前完成全部学生学年评估。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("一、产出指标（50分）", "（一）数量指标", "送教上门服务学生数", "≥46人", "计划标准", None),
        (None, None, "送教上门服务总次数", "≥1840人次", "计划标准", "46人×40次"),
        (None, "（二）质量指标", mk("送教上门服务学生人数", "D101", "warning", row=True,
                                  alt=("D103", "F201"),
                                  note="与数量指标的“送教上门服务学生数”是同一指标，多一个“人”字"),
         "≥46人", "计划标准", None),
        (None, None, "个别化教育计划制定率", "=100%", "计划标准", None),
        (None, "（三）时效指标",
         mk("康复训练目标达成率", "F201", "warning", row=True,
            note="达成率是质量指标，却填在时效指标下"), "≥80%", "行业标准", None),
        (None, None, "学年评估报告提交时间",
         mk("2027年1月15日前", "Y102", "error", alt=("Y103",),
            note="一年期项目（2026年），期限却在次年"),
         "计划标准", None),
        ("二、成本指标（10分）", "（一）经济成本指标", "生均送教经费", "≤1.3万元/人", "计划标准",
         "46人×1.3万=59.8万"),
        ("三、效益指标（30分）", "（一）社会效益指标", "家长居家康复技能掌握率", "≥70%", "计划标准",
         None),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "学生家长满意度", "≥90%", "历史标准",
         None),
    ])  # fmt: skip
    sign(s, "马振川", "0736-4418207")
    return b


@variant("kay05-songjiao-footnotes", (4, 9), "one-year project, OLD-NAT, note rows inside the "
         "table, 填表说明 and signature lines below, =100% typed as text, a 下降率 with ≥, a later "
         "year the work prepares for (correct)")  # fmt: skip
def kay05() -> Book:
    b, s = book()
    goal = ("为38名重度残疾学生送教上门，学生问题行为发生频次下降20%以上；"
            "整理送教课例，为2027年在全县推广送教上门课程资源包积累经验。")  # fmt: skip
    project_head(s, year=YEAR, name="送教上门课程资源包试点", dept=EDU, unit=CENTRE,
                 money=one_year(w(52), w(52), w(0)), goals=[goal])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "试点送教学生数", "≥38人", "计划标准", None),
        (None, None, "送教课例整理数", "≥60个", "计划标准", None),
        (None, "质量指标", "个别化教育计划制定率", "=100%", "计划标准", None),
        (None, "时效指标", "课例按季度汇编完成率", "≥95%", "计划标准", None),
        (None, "成本指标", "单个课例开发费用", "≤3000元/个", "计划标准", "60个×3000元=18万"),
        ("注：以下效益指标按学期末评估结果填报", None, None, None, None, None),
        ("效益指标", "社会效益指标", "学生问题行为发生频次下降率", "≥20%", "历史标准", None),
        (None, "可持续影响指标", "课程资源包在试点学校使用率", "≥80%", "计划标准", None),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "行业标准", None),
    ])  # fmt: skip
    note(s, "注：年度资金52万元含省级特殊教育补助资金20万元、县级配套资金32万元，均为财政拨款。")
    note(s, "填表说明：1.指标值须含比较符和计量单位；2.定性指标按“好、较好、一般、差”填写。")
    sign(s, "郁秋帆", "0736-4452190", filled=day(YEAR - 1, 11, 28))
    return b


@variant("kay06-songjiao-template", (6, 13), "one-year project, OLD-NAT, plan dates left from last "
         "year, a tier-2 row of the template left without indicator or value")  # fmt: skip
def kay06() -> Book:
    b, s = book()
    start = mk(day(YEAR - 1, 1, 1), "Y101", "error", row=True, alt=("Y102",),
               note="2026年度申报表，计划起止日期仍是上一年的2025年")  # fmt: skip
    project_head(s, year=YEAR, name="送教上门服务延续项目", dept=EDU, unit=SCHOOL,
                 start=start, end=day(YEAR - 1, 12, 31), money=one_year(w(70), w(66), w(4)),
                 goals=["为55名重度残疾学生送教上门，每生全年不少于36次。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "送教学生数", "≥55人", "计划标准", None),
        (None, None, "送教次数", "≥1980人次", "计划标准", "55人×36次"),
        (None, "质量指标", "送教记录完整率", "≥95%", "历史标准", None),
        (None, "时效指标", "送教计划按月完成率", "≥95%", "计划标准", None),
        (None, "成本指标", "生均送教经费", "≤1.2万元/人", "计划标准", None),
        ("效益指标", "社会效益指标", "家长居家康复技能培训覆盖率", "≥90%", "计划标准", None),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="模板自带的二级指标，没有三级指标也没有指标值"), None, None, None, None),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "历史标准", None),
    ])  # fmt: skip
    sign(s, "马振川", "0736-4418207")
    return b
