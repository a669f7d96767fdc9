"""Campus security guards: guard staffing, training and the 护学岗 at school gates."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout867.common import (
    YEAR,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    w,
)
from tests.variants.holdout867.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "栖梧县教育局（301）"
H4 = ("一级指标", "二级指标", "三级指标", "指标值")
H5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("kgs01-guard-staffing", (1, 5), "project, NAT-2021, numbered tier labels, typed "
         "percent cells, a goal count with its part in brackets (correct)")  # fmt: skip
def guard_staffing() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="中小学专职保安员配备项目", dept=DEPT,
                 unit="栖梧县校园安全服务中心", money=one_year(w(420), w(380), w(40)),
                 goals=["为全县38所中小学和幼儿园配备专职保安员126名（其中寄宿制学校48名），"
                        "完成岗前及复训培训，校园安全事故发生率控制在0.5%以内。"])  # fmt: skip
    indicators(s, H4, [
        ("一、产出指标", "（一）数量指标", "专职保安员配备人数", "≥126人"),
        (None, None, "寄宿制学校夜间值守保安人数", "≥48人"),
        (None, "（二）质量指标", "保安员持证上岗率", pct(1.0)),
        (None, None, "一键报警装置联网率", pct(0.98)),
        (None, "（三）时效指标", "保安服务费按季拨付及时率", pct(0.95)),
        ("二、成本指标", "（一）经济成本指标", "保安员人均年度补助", "≤3.2万元/人"),
        ("三、效益指标", "（一）社会效益指标", "校园安全事故发生率", "≤0.5%"),
        (None, None, "校园周边治安案件下降率", "≥10%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "师生及家长满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "林晓川", "0871-6623 4107")
    return b


@variant("kgs02-guard-goal-mismatch", (1, 11), "project, NAT-2021: the indicator's guard count "
         "below the goal's, a deadline in the next year, "
         "a cost standard beyond the money")  # fmt: skip
def guard_goal_mismatch() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="澄溪片区校门护学岗保安服务项目", dept=DEPT,
                 unit="澄溪镇中心学校", money=one_year(w(240), w(220), w(20)),
                 goals=["2026年为澄溪片区21所学校配备专职保安员64名，全部完成岗前培训并持证"
                        "上岗，上下学高峰时段护学岗在岗率达到100%。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标",
         "专职保安员配备人数", mk("≥58人", "D104", "warning", alt=("T110",),
                                  note="the goal says 64 guards; the indicator gives 58")),
        (None, None, "岗前培训人数", "≥64人"),
        (None, "质量指标", "保安员持证上岗率", "=100%"),
        (None, None, "高峰时段护学岗在岗率", pct(1.0)),
        (None, "时效指标", "岗前培训完成时间",
         mk(day(YEAR + 1, 3, 31), "Y102", "error", alt=("Y101",),
            note="a one-year 2026 project with a deadline in March 2027")),
        ("成本指标", "经济成本指标", "保安员人均年度补助",
         mk("≤4.5万元/人", "B107", "warning",
            note="4.5 × 64 guards = 288万元 > 年度资金 240万元")),
        ("效益指标", "社会效益指标", "校园安全事故发生率", "≤0.5%"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "周禾", "0871-6623 5210")
    return b


@variant("kgs03-smart-security-period", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns, a later year the work prepares for (correct)")  # fmt: skip
def smart_security_period() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="智慧校园安防体系建设项目", dept=DEPT,
                 unit="栖梧县校园安全服务中心", attr="新增项目",
                 money=multi_year((w(900), w(840), w(60)), (w(300), w(280), w(20))),
                 goals=["2026—2028年为全县52所学校建成视频监控与一键报警联网系统，累计培训"
                        "保安员360人次，为2029年全县推广智慧安防积累经验。",
                        "2026年完成18所学校联网改造，培训保安员120人次，"
                        "系统在线率不低于95%。"])  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "联网改造学校数", "≥52所", "≥18所"),
        (None, None, "保安员培训人次", "≥360人次", "≥120人次"),
        (None, "质量指标", "监控系统在线率", "≥95%", "≥95%"),
        (None, "时效指标", "年度改造任务完成时间", "2028年12月底前", "2026年12月底前"),
        ("成本指标", "经济成本指标", "单校联网改造成本", "≤15万元/所", "≤15万元/所"),
        ("效益指标", "社会效益指标", "校园侵害学生案件发生数", "0起", "0起"),
        (None, "可持续影响指标", "安防设施运维制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：单校联网改造成本按前端设备与平台接入费测算，年度18所合计不超过270万元。")
    return b


@variant("kgs04-guard-drill-period", (8,), "two-year project, NAT-2021, 中期 and 年度 columns: "
         "the 年度目标 copied from the 中期目标, an annual count above the period's")  # fmt: skip
def guard_drill_period() -> Book:
    b, s = book()
    text = (
        "开展校园保安员实战化轮训，累计轮训240人次，每校每学期组织防暴演练不少于1次，"
        "校园安全事故发生率控制在0.5%以内。"
    )
    project_head(s, year=YEAR, years=2, name="校园安保队伍能力提升项目", dept=DEPT,
                 unit="栖梧县校园安全服务中心",
                 money=multi_year((w(360), w(330), w(30)), (w(180), w(165), w(15))),
                 goals=[text, mk(text, "D204", "warning",
                                 note="年度目标 is the 中期目标 word for word")])  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "保安员轮训人次", "≥240人次",
         mk("≥260人次", "D201", "error", note="the year's 260 exceeds the period's 240")),
        (None, None, "防暴演练场次", "≥208场", "≥104场"),
        (None, "质量指标", "轮训考核合格率", "≥95%", "≥95%"),
        (None, "时效指标", "轮训完成时间", "2027年11月底前", "2026年11月底前"),
        ("成本指标", "经济成本指标", "人均轮训成本", "≤0.6万元/人次", "≤0.6万元/人次"),
        ("效益指标", "社会效益指标", "校园安全事故发生率", "≤0.5%", "≤0.5%"),
        ("满意度指标", "服务对象满意度指标", "参训保安员满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("kgs05-safety-dept-points", (10, 12), "department, NAT-2021: budget and tasks adding "
         "up, tier points in the labels and indicator points, a rise in 百分点 "
         "(correct)")  # fmt: skip
def safety_dept_points() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="栖梧县教育局校园安全管理中心",
                    budget=[(w(860), w(800), w(60), w(310), w(550))], tasks=[
        ("校园保安服务购买", "为52所学校购买驻校保安服务", w(420), "专职保安员配备率100%"),
        ("防欺凌专题教育", "开展讲座、班会和教师培训", w(80), "覆盖全县52所学校"),
        ("校车安全监管", "校车检查与驾驶员培训", w(50), "校车安全检查合格率≥98%"),
        ("金额合计", None, w(550), None)],
        goal="目标1：专职保安员配备率100%；目标2：防欺凌教育覆盖全部学校；"
             "目标3：校车零责任事故。")  # fmt: skip
    indicators(s, (*H4, "分值"), [
        ("产出指标（50分）", "数量指标", "专职保安员配备率", "=100%", 20),
        (None, None, "防欺凌专题教育覆盖学校数", "≥52所", 15),
        (None, "质量指标", "校车安全检查合格率", "≥98%", 15),
        ("成本指标（10分）", "经济成本指标", "校园保安服务购买成本", "≤420万元", 10),
        ("效益指标（30分）", "社会效益指标", "校车安全责任事故发生数", "0起", 15),
        (None, None, "学生安全知识测试合格率提高", "≥5百分点", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "家长满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "韦秋岚", "0871-6623 9902")
    return b


@variant("kgs06-guard-export", (7, 12), "budget-system export: money on 05-1, indicators on 05-2 "
         "with codes in the first columns and the header on the third row")  # fmt: skip
def guard_export() -> Book:
    b, s = book("部门项目支出预算05-1", (20, 26, 14, 14, 14, 14))
    code, name = "5301262026000123", "校门护学岗及保安服务"
    s.title("2026年度部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row(code, name, w(186), w(170), w(16))
    t = b.sheet("部门项目支出绩效目标05-2", (20, 22, 14, 16, 30, 16))
    t.title("2026年度部门项目支出绩效目标表", 6)
    t.row("单位名称：蓬川区教育体育局")
    indicators(t, ("项目编码", "项目名称", *H4), [
        (code, name, "产出指标", "数量指标", "护学岗覆盖学校数", "≥23所"),
        (code, name, "产出指标", "质量指标", "护学岗高峰时段在岗率", "≥98%"),
        (code, name, "产出指标", "时效指标", "护学岗在岗率",
         mk("≥95%", "D103", "warning", row=True, alt=("D101", "D102", "F201"),
            note="the 质量 row's 高峰时段在岗率 again, one word less, under 时效")),
        (code, name, "产出指标", "时效指标",
         mk("2025年度保安服务合同续签完成时间", "Y103", "warning", row=True,
            alt=("Y101", "Y102"), note="last season's contract year in a 2026 table"), "3月31日前"),
        (code, name, "成本指标", "经济成本指标", "单校护学岗服务成本", "≤8万元/所"),
        (code, name, "效益指标", "社会效益指标",
         mk("家长对护学岗服务满意度", "F201", "warning", row=True,
            note="a satisfaction rate under 社会效益, not 满意度"), "≥90%"),
        (code, name, "效益指标", "社会效益指标", "上下学时段校门口交通事故发生数", "0起"),
        (code, name, "满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"),
    ], merged=())  # fmt: skip
    return b
