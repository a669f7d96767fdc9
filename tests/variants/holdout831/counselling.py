"""School counselling returns (校园心理辅导), kfi01–kfi06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout831.common import (
    TIERS,
    book,
    indicators,
    one_year,
    period_money,
    sign,
    w,
)
from tests.variants.holdout831.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

OP_UNIT = (*TIERS, "指标性质", "指标值", "计量单位")
TWO = (*TIERS, "中期指标值", "年度指标值")


@variant(
    "kfi01-counsel-rooms",
    (1, 11, 12),
    "project, NAT-2021, operator and unit columns, typed percent cells, a 下降率 with ≥ (correct)",
)
def counsel_rooms() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="中小学心理辅导室标准化建设项目",
        dept="澄湾县教育局（418）",
        unit="澄湾县中小学心理健康指导中心",
        money=one_year(80, 70, 10),
        goals=["为全县12所中小学建成标准化心理辅导室，完成约9000名在校学生心理测评并建档。"],
    )
    indicators(
        s,
        OP_UNIT,
        [
            ("产出指标", "数量指标", "标准化心理辅导室建成数", "≥", 12, "所"),
            (None, None, "学生心理测评人数", "≥", 9000, "人"),
            (None, "质量指标", "心理测评有效问卷率", "≥", pct(0.95), "%"),
            (None, "时效指标", "测评报告反馈时限", "≤", 15, "个工作日"),
            ("成本指标", "经济成本指标", "每所辅导室设备购置标准", "≤", 5, "万元/所"),
            ("效益指标", "社会效益指标", "校园心理危机事件下降率", "≥", pct(0.1), "%"),
            (None, "可持续影响指标", "心理测评档案年度更新率", "≥", pct(0.9), "%"),
            ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥", pct(0.9), "%"),
        ],
    )
    sign(s, "郑沐禾", "0736-5813720", day(2025, 11, 14))
    return b


@variant(
    "kfi02-counsel-goal-count",
    (7, 12),
    "project, OLD-NAT, headers 考核指标 and 绩效标准: goal count, cost and deadline disagree",
)
def counsel_goal_count() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="乡镇中学心理辅导室建设项目",
        dept="澄湾县教育局（418）",
        unit="澄湾县教育技术装备站",
        money=one_year(80, 72, 8),
        goals=[ok("为全县15所乡镇中学建成心理辅导室并配齐沙盘、放松椅等设备，年内投入使用。")],
    )
    note_goal = "年度目标写建成15所，指标只有12所"
    note_cost = "8万元/所 × 12所 = 96万元，超过年度资金80万元"
    note_date = "一年期2026年项目，完成时间写在2025年"
    indicators(
        s,
        (*TIERS[:2], "考核指标", "绩效标准"),
        [
            ("产出指标", "数量指标", "心理辅导室建成数", mk("≥12所", "D104", "warning",
                                                           row=True, note=note_goal)),
            (None, None, "辅导室设备配置套数", "≥12套"),
            (None, "质量指标", "设备验收合格率", "=100%"),
            (None, "时效指标", "设备采购完成时间", mk("2025年12月31日前", "Y102", "error",
                                                          note=note_date)),
            (None, "成本指标", "每所辅导室建设标准", mk("≤8万元/所", "B107", "warning",
                                                          note=note_cost)),
            ("效益指标", "社会效益指标", "乡镇中学心理辅导覆盖率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
        ],
    )  # fmt: skip
    sign(s, "韦承霖", "0736-5820417", day(2025, 11, 20))
    return b


@variant(
    "kfi03-counsel-teachers-period",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns, period counts above the year's, "
    "a later year the work prepares for (correct)",
)
def counsel_teachers_period() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        years=3,
        name="中小学心理教师配备与培训项目",
        dept="梅汀市教育局（305）",
        unit="梅汀市教师发展中心",
        attr="新增项目",
        money=period_money((240, 210, 30), (80, 70, 10)),
        goals=[
            "三年内为全市36所中小学配齐心理教师，培训360人次，为2029年全市推广积累经验。",
            "2026年完成首批12所学校心理教师配备，培训120人次。",
        ],
    )
    indicators(
        s,
        TWO,
        [
            ("产出指标", "数量指标", "配齐心理教师的学校数", "≥36所", "≥12所"),
            (None, None, "心理教师培训人次", "≥360人次", "≥120人次"),
            (None, "质量指标", "培训考核合格率", "≥90%", "≥90%"),
            (None, "时效指标", "年度培训完成时间", "2028年12月31日前", "2026年12月31日前"),
            ("成本指标", "经济成本指标", "人均培训费用", "≤0.2万元/人次", "≤0.2万元/人次"),
            ("效益指标", "社会效益指标", "学生心理问题早期识别率", "≥80%", "≥80%"),
            ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "≥90%"),
        ],
    )
    sign(s, "陆知遥", "0739-6628154", day(2025, 10, 30))
    return b


@variant(
    "kfi04-counsel-group-period",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: goals copied, a year above its period, "
    "a cumulative count copied",
)
def counsel_group_period() -> Book:
    b, s = book()
    goal = "开展校园团体心理辅导，培训团体辅导教师，提升学生情绪管理能力。"
    project_head(
        s,
        year=2026,
        years=3,
        name="校园团体心理辅导推广项目",
        dept="梅汀市教育局（305）",
        unit="梅汀市学生心理健康服务站",
        attr="新增项目",
        money=period_money((150, 130, 20), (50, 45, 5)),
        goals=[goal, mk(goal, "D204", "warning", note="三年期项目的年度目标与中期目标逐字相同")],
    )
    indicators(
        s,
        TWO,
        [
            ("产出指标", "数量指标", "覆盖学校数", "≥30所", "≥10所"),
            (None, None, "团体辅导教师培训人次", "≥300人次",
             mk("≥400人次", "D201", "error", note="一年的培训人次大于三年的")),
            (None, None, "开展团体心理辅导场次", "≥120场",
             mk("≥120场", "D202", "warning", note="累计场次从中期栏照抄到年度栏")),
            (None, "质量指标", "辅导方案审核通过率", "≥95%", "≥95%"),
            (None, "时效指标", "学期辅导计划报送时限", "≤10个工作日", "≤10个工作日"),
            ("成本指标", "经济成本指标", "每场团体辅导成本", "≤0.1万元/场", "≤0.1万元/场"),
            ("效益指标", "社会效益指标", "参与学生情绪问题缓解率", "≥70%", "≥70%"),
            ("满意度指标", "服务对象满意度指标", "参与学生满意度", "≥90%", "≥90%"),
        ],
    )  # fmt: skip
    sign(s, "江映川", "0739-6631208", day(2025, 11, 3))
    return b


def _stack_rows(lectures: str, schools: str) -> list[tuple[object, ...]]:
    return [
        ("一、产出指标（50分）", "（一）数量指标", "心理讲座场次", lectures),
        (None, None, "覆盖学校数", schools),
        (None, "（二）质量指标", "讲座课件审核通过率", "≥95%"),
        (None, "（三）时效指标", "讲座完成时间", "2026年11月30日前"),
        (None, "（四）成本指标", "每场讲座成本", "≤0.15万元/场"),
        ("二、效益指标（30分）", "（一）社会效益指标", "学生心理健康知识知晓率", "≥85%"),
        ("三、满意度指标（20分）", "（一）服务对象满意度指标", "师生满意度", "≥90%"),
    ]


@variant(
    "kfi05-counsel-stacked-lectures",
    (2, 5),
    "two projects stacked, OLD-NAT, numbered tier labels with points, the same indicator with "
    "different values in each project (correct)",
)
def counsel_stacked_lectures() -> Book:
    b, s = book()
    for i, (name, unit, amounts, lectures, schools) in enumerate(
        [
            ("城区学校心理健康讲座项目", "栖梧区教育局", (20, 18, 2), "≥60场", "≥20所"),
            ("农村学校心理健康讲座项目", "栖梧区乡村教育服务中心", (12, 12, 0), "≥40场", "≥16所"),
        ]
    ):
        if i:
            s.skip(2)
        project_head(
            s,
            year=2026,
            name=name,
            dept="栖梧区教育局（207）",
            unit=unit,
            money=one_year(*amounts),
            goals=[f"全年在{schools[1:]}学校开展心理健康讲座{lectures[1:]}。"],
            title=None if i == 0 else "",
        )
        indicators(s, (*TIERS, "指标值"), _stack_rows(lectures, schools))
    sign(s, "罗芷汀", "0731-4406925", day(2025, 11, 18))
    return b


@variant(
    "kfi06-counsel-department",
    (4, 12),
    "department, NAT-2021, budget and key tasks, signature line: tasks not adding to 金额合计, a "
    "satisfaction rate under 社会效益, last year's event left in the goal",
)
def counsel_department() -> Book:
    b, s = book()
    department_head(
        s,
        year=2026,
        dept="栖梧区中小学心理健康教育指导中心",
        budget=[(w(360), w(330), w(30), w(210), w(150))],
        tasks=[
            ("心理健康课程建设", "编写校本课程，开设心理健康课", w(60), "覆盖全区48所学校"),
            ("心理教师专业培训", "组织心理教师轮训和督导", w(40), "培训心理教师200人次"),
            ("学生心理危机干预", "建立筛查、转介、干预机制", w(50), "危机个案及时干预"),
            ("金额合计", None, mk(w(160), "B102", "error", note="60 + 40 + 50 = 150 ≠ 160"),
             None),
        ],
        goal=mk("完成2025年度心理健康月活动，覆盖全区48所学校，培训心理教师200人次。",
                "Y103", "warning", alt=("Y101",), note="2026年的表里残留上年度活动"),
    )  # fmt: skip
    indicators(
        s,
        (*TIERS, "指标值"),
        [
            ("产出指标", "数量指标", "开设心理健康课学校数", "≥48所"),
            (None, None, "心理教师培训人次", "≥200人次"),
            (None, "质量指标", "危机个案干预规范率", "≥95%"),
            (None, "时效指标", "危机个案响应时限", "≤24小时"),
            ("成本指标", "经济成本指标", "心理教师人均培训费", "≤0.2万元/人次"),
            ("效益指标", "社会效益指标",
             mk("学生对心理健康课满意度", "F201", "warning", row=True,
                note="满意度放在社会效益指标下，应属服务对象满意度指标"), "≥90%"),
            (None, None, "学生心理健康素养达标率", "≥80%"),
            ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
        ],
    )  # fmt: skip
    sign(s, "许岑", "0731-4417036", day(2025, 11, 20))
    return b
