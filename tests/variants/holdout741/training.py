"""Returns kbw13–kbw18: auditors' professional training (courses, induction, study programmes)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout741.common import (
    DEPT,
    HEAD4,
    book,
    indicators,
    late_fill,
    notes,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout741.registry import variant
from tests.variants.kit import Book, mk, pct

TRAIN = "榆澜市审计干部培训中心"


@variant("kbw13-skills-points", (5, 10),
         "project, NAT-2021, tier labels with points (产出指标（45分）) and an indicator score "
         "column adding to them, a rate raised in 百分点 (correct)")  # fmt: skip
def skills_points() -> Book:
    b, s = book()
    project_head(s, year=2025, name="审计人员专业能力提升培训", dept=DEPT, unit=TRAIN,
                 money=one_year(150, 140, 10),
                 goals=["全年举办专业培训班10期，培训审计人员600人次（其中大数据审计专题200人次），"
                        "审计人员持证比例比上年提高3个百分点。"])  # fmt: skip
    indicators(s, (*HEAD4, "分值"), [
        ("产出指标（45分）", "数量指标", "专业培训班期数", "≥10期", 10),
        (None, None, "培训审计人员人次", "≥600人次", 10),
        (None, "质量指标", "结业考核合格率", pct(0.95), 10),
        (None, None, "审计人员持证比例", "提高≥3百分点", 8),
        (None, "时效指标", "年度培训计划完成时间", "2025年11月30日前", 7),
        ("成本指标（15分）", "经济成本指标", "人均培训费", "≤0.2万元/人次", 15),
        ("效益指标（30分）", "社会效益指标", "培训成果应用于审计项目数", "≥30个", 15),
        (None, "可持续影响指标", "审计业务课程库课程数", "≥40门", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "参训人员满意度", pct(0.92), 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    return b


@variant(
    "kbw14-induction-points-wrong",
    (10,),
    "project, NAT-2021, a tier-1 score column beside the indicator scores: 效益 scores short "
    "of the tier's 30, a trainee count below the goal's, a class count under 质量",
)
def induction_points_wrong() -> Book:
    b, s = book(widths=(14, 8, 16, 28, 16, 8))
    project_head(s, year=2025, name="新入职审计人员岗前培训", dept=DEPT, unit=TRAIN,
                 money=one_year(64, 60, 4),
                 goals=["组织新入职审计人员120人参加岗前培训，人均不少于40学时，"
                        "结业后能独立承担一般审计事项。"])  # fmt: skip
    b.file_mark(
        "W101", "error", required=False, note="指标分值合计95，不是100：由效益指标少5分引起，容许"
    )
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 50, "数量指标", "岗前培训人数",
         mk("≥100人", "D104", "warning", row=True, note="年度目标写120人，指标只要≥100人"), 10),
        (None, None, None, "人均培训学时", "≥40学时", 10),
        (None, None, "质量指标", mk("岗前培训班期数", "F201", "warning", row=True,
                                    note="期数是数量，放在质量指标下"), "≥4期", 10),
        (None, None, None, "结业考核合格率", "≥95%", 10),
        (None, None, "时效指标", "岗前培训完成时间", "2025年9月30日前", 10),
        ("成本指标", 10, "经济成本指标", "人均培训费", "≤0.5万元/人", 10),
        ("效益指标", mk(30, "W103", "error", note="其下两项分值10 + 15 = 25，不是30"),
         "社会效益指标", "独立承担审计事项人员比例", "≥80%", 10),
        (None, None, "可持续影响指标", "岗前培训课程体系", "建立并执行", 15),
        ("满意度指标", 10, "服务对象满意度指标", "参训人员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("kbw15-cadre-three-year", (8, 12),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 columns: the year's money above "
         "the period's, 中期目标 copied into 年度目标, a cumulative count copied")  # fmt: skip
def cadre_three_year() -> Book:
    b, s = book()
    goal = ("分层分类培训全市审计干部，提升大数据审计和工程审计能力，建成审计实训基地，"
            "形成审计业务课程体系。")  # fmt: skip
    project_head(
        s,
        year=2025,
        years=3,
        name="审计干部专业化培训三年行动（2025—2027年）",
        dept=DEPT,
        unit=TRAIN,
        attr="新增项目",
        money=[
            [
                "中期资金总额",
                wan(300),
                "年度资金总额",
                wan(mk(320, "B103", "error", note="年度资金320万元大于三年总额300万元")),
            ],
            ["其中：财政拨款", wan(270), "其中：财政拨款", wan(290)],
            ["其他资金", wan(30), "其他资金", wan(30)],
        ],
        goals=[goal, mk(goal, "D204", "warning", note="年度目标逐字抄自中期目标")],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "培训审计干部人次", "≥1800人次",
         mk("≥1800人次", "D202", "warning", note="三年累计人次原样抄到年度列")),
        (None, None, "举办培训班期数", "≥30期", "≥10期"),
        (None, "质量指标", "结业考核合格率", "≥95%", "≥95%"),
        (None, "时效指标", "审计实训基地建成时间", "2026年12月31日前", "完成场地改造"),
        ("成本指标", "经济成本指标", "人均培训费", "≤0.15万元/人次", "≤0.15万元/人次"),
        ("效益指标", "可持续影响指标", "审计业务课程库课程数", "≥60门", "≥20门"),
        ("满意度指标", "服务对象满意度指标", "参训干部满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kbw16-computer-audit-second-sheet",
    (4, 7),
    "project: head on the first sheet, the indicator table on a second sheet under header "
    "预期实现值, a 说明 row inside, the header repeated after a page break (correct)",
)
def computer_audit_second_sheet() -> Book:
    b, s = book("项目基本信息")
    project_head(s, year=2025, name="审计人员计算机审计能力培训", dept=DEPT, unit=TRAIN,
                 money=one_year(120, 120, 0),
                 goals=["培训审计人员400人，掌握数据库查询和审计数据分析方法，"
                        "为2026年全市推行数据先行审计方式打好基础。"])  # fmt: skip
    signature(s, "柯望舒", "0797-6124471", late_fill(2025))
    t = b.sheet("绩效指标", (16, 18, 30, 18, 22))
    t.title("2025年度项目绩效指标", 5)
    head = ("一级指标", "二级指标", "三级指标", "预期实现值", "备注")
    indicators(t, head, [
        ("产出指标", "数量指标", "计算机审计培训人数", "≥400人", None),
        (None, None, "培训课时", "≥48课时/人", None),
        (None, "质量指标", "上机考核通过率", pct(0.9), "按实操考核计"),
        (None, "时效指标", "培训完成时间", "2025年10月31日前", None),
    ])  # fmt: skip
    t.row("说明：成本指标按实际参训人数核算，下页续。", merge=[(1, 5)])
    indicators(t, head, [
        ("成本指标", "经济成本指标", "人均培训费", "≤0.25万元/人", "400人合计不超过100万元"),
        ("效益指标", "社会效益指标", "参训人员独立开展数据分析比例", "≥70%", None),
        (None, "可持续影响指标", "数据分析案例库案例数", "≥30个", None),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", None),
    ])  # fmt: skip
    notes(t, "注：1.本表随项目申报书一并报送；2.期限类指标以培训中心结业通知为准。", width=5)
    return b


@variant(
    "kbw17-backbone-study",
    (4,),
    "project, NAT-2021, one value column, 注 rows and signature lines: a year left from an "
    "earlier season in the goal, a deadline in the next year, the pass rate twice",
)
def backbone_study() -> Book:
    b, s = book()
    project_head(s, year=2025, name="审计业务骨干专题研修", dept=DEPT, unit=TRAIN,
                 money=one_year(36, 36, 0),
                 goals=[mk("完成2023年度审计业务骨干专题研修任务，研修骨干60人，形成研修成果汇编1部。",
                           "Y103", "warning", alt=("Y101",),
                           note="2025年度项目的目标写2023年度，前年申报表的残留")])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "研修业务骨干人数", "≥60人"),
        (None, None, "研修成果汇编", "1部"),
        (None, "质量指标", "研修结业考核合格率", "≥95%"),
        (None, None, "专题研修课程优良率", "≥90%"),
        (None, None, "结业考核合格率", mk("≥90%", "D102", "error", row=True, alt=("D103", "D101"),
                                           note="与“研修结业考核合格率 ≥95%”是同一指标，值不同")),
        (None, "时效指标", "研修成果汇编完成时间",
         mk("2026年3月31日前", "Y102", "error", alt=("Y103",),
            note="一年期项目（2025年）的期限落在2026年")),
        ("成本指标", "经济成本指标", "人均研修费", "≤0.6万元/人"),
        ("效益指标", "社会效益指标", "研修成果转化为审计方法数", "≥5项"),
        ("满意度指标", "服务对象满意度指标", "参训骨干满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：研修费含师资、教材和场地费用，不含差旅。")
    signature(s, "柯望舒", "0797-6124471", late_fill(2025))
    return b


@variant("kbw18-training-centre-department", (5, 12),
         "department, NAT-2021, abbreviated and marked tier labels (*产出, ★数量, 满意度), budget "
         "and three tasks adding up, typed percent cells (correct)")  # fmt: skip
def training_centre_department() -> Book:
    b, s = book()
    department_head(
        s,
        year=2025,
        dept=TRAIN,
        budget=[[wan(430), wan(400), wan(30), wan(250), wan(180)]],
        tasks=[
            ("审计业务专题培训", "大数据、工程、经济责任审计专题班", wan(95), "培训900人次"),
            ("审计实训室运维", "实训环境、数据沙箱维护", wan(45), "全年开放"),
            ("培训教材编写", "编写审计实务教材3册", wan(40), "出版3册"),
            ("金额合计", None, wan(180), None),
        ],
        goal="培训审计人员900人次，编写教材3册，实训室全年开放，参训满意度90%以上。",
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "年度指标值"), [
        ("*产出", "★数量", "专题培训人次", "≥900人次"),
        (None, None, "编写审计实务教材", "3册"),
        (None, "质量", "培训考核合格率", pct(0.95)),
        (None, "时效", "教材编写完成时间", "2025年12月20日前"),
        ("成本", "经济成本", "人均专题培训费", "≤0.1万元/人次"),
        ("效益", "社会效益", "实训室年开放天数", "≥240天"),
        (None, "可持续影响", "培训档案电子化率", pct(1)),
        ("满意度", "服务对象满意度", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    return b
