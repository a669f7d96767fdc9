"""The county special-education resource centre (特殊教育资源中心): kay13–kay18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout717.common import (
    CENTRE,
    EDU,
    HEAD6,
    HEAD_MID,
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
from tests.variants.kit import Book, mk, ok

TASKS13 = [
    ("融合教育巡回指导", "指导随班就读学校和资源教师", w(45), "巡回指导600人次"),
    ("资源教室运行", "资源教室耗材、器材维护", w(40), "资源教室正常运行"),
    ("特殊需要儿童评估筛查", "学龄前和小学新生筛查评估", w(35), "筛查1500人"),
    ("金额合计", None, w(120), None),
]


@variant("kay13-centre-department", (12, 7), "department, NAT-2021, headers 考核指标, "
         "目标值（年度） and a 评价标准 column; budget lines and tasks adding up "
         "(correct)")  # fmt: skip
def kay13() -> Book:
    b, s = book()
    goal = "全年巡回指导随班就读学生600人次，完成1500名儿童特殊需要筛查，保障资源教室运行。"
    department_head(s, year=YEAR, dept=CENTRE, tasks=TASKS13, goal=goal,
                    budget=[(w(380), w(350), w(30), w(260), w(120))])  # fmt: skip
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准", None)
    indicators(s, head, [
        ("产出指标", "数量指标", "巡回指导随班就读学生人次", "≥600人次", "每少10人次扣0.5分"),
        (None, None, "特殊需要儿童筛查人数", "≥1500人", "未达到按比例扣分"),
        (None, "质量指标", "评估报告规范率", "≥95%", "抽查20份"),
        (None, "时效指标", "评估结果反馈时限", "≤10个工作日", "超时一次扣1分"),
        ("成本指标", "经济成本指标", "单次巡回指导成本", "≤500元/人次", "600人次×500元=30万"),
        ("效益指标", "社会效益指标", "随班就读学生学业适应率", "≥80%", "期末评估"),
        ("满意度指标", "服务对象满意度指标", "随班就读学校满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    sign(s, "温砚秋", "0736-4403518")
    return b


def budget_sheet(b: Book) -> None:
    """The budget-system export's first sheet: project codes, money, header on the third row."""
    s = b.sheet("部门项目支出预算05-1", (16, 24, 14, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 5)
    s.row("单位：蔺山县特殊教育资源中心", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("43120126001", "资源中心运行保障", w(40, "0.00"), w(40, "0.00"), w(0, "0.00"))
    s.row("43120126002", "融合教育巡回指导", w(45, "0.00"), w(42, "0.00"), w(3, "0.00"))
    s.row("合计", None, w(85, "0.00"), w(82, "0.00"), w(3, "0.00"))


@variant("kay14-centre-export", (7, 9), "budget-system export: money on 「部门项目支出预算05-1」, "
         "two projects' indicators on 「部门项目支出绩效目标05-2」 with codes in the first "
         "columns and the header on the third row (correct)")  # fmt: skip
def kay14() -> Book:
    b = Book()
    budget_sheet(b)
    s = b.sheet("部门项目支出绩效目标05-2", (14, 18, 12, 16, 30, 16))
    s.title("2026年部门项目支出绩效目标表", 6)
    s.row("单位：蔺山县特殊教育资源中心", None, None, None, None, "导出日期：2025-12-20")
    indicators(s, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        ("43120126001", "资源中心运行保障", "产出指标", "数量指标", "资源教室开放天数", "≥200天"),
        (None, None, None, "质量指标", "康复器材完好率", "≥95%"),
        (None, None, None, "时效指标", "器材报修处理时限", "≤7个工作日"),
        (None, None, None, "成本指标", "年度运行经费", "≤40万元"),
        (None, None, "效益指标", "社会效益指标", "资源教室服务学生覆盖率", "≥90%"),
        (None, None, "满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
        ("43120126002", "融合教育巡回指导", "产出指标", "数量指标", "巡回指导学校数", "≥24所"),
        (None, None, None, "质量指标", "巡回指导记录完整率", "≥95%"),
        (None, None, None, "时效指标", "巡回指导按学期完成率", "≥95%"),
        (None, None, None, "成本指标", "每所学校年均指导成本", "≤1.8万元/所"),
        (None, None, "效益指标", "社会效益指标", "资源教师专业能力提升率", "≥30%"),
        (None, None, "满意度指标", "服务对象满意度指标", "随班就读学校满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("kay15-centre-pagebreak", (4, 6), "department, NAT-2021, weight column: subtotal rows, "
         "the header repeated after a page break, a 说明 row and signature lines "
         "(correct)")  # fmt: skip
def kay15() -> Book:
    b, s = book()
    tasks = [("送教上门", "重度残疾学生送教", w(70), "送教60人"),
             ("资源教室运行", "耗材、器材维护", w(40), "运行正常"),
             ("金额合计", None, w(110), None)]  # fmt: skip
    department_head(s, year=YEAR, dept=CENTRE, tasks=tasks,
                    budget=[(w(360), w(340), w(20), w(250), w(110))],
                    goal="送教上门60人，保障8间资源教室正常运行，"
                    "家长满意度不低于90%。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "送教上门学生数", "≥60人", 15),
        (None, None, "正常运行资源教室数", "≥8间", 15),
        (None, "质量指标", "送教记录完整率", "≥95%", 10),
        (None, "时效指标", "送教计划按月完成率", "≥95%", 10),
        ("小计", None, None, None, 50),
    ])  # fmt: skip
    s.skip()
    indicators(s, head, [
        ("成本指标", "经济成本指标", "生均送教经费", "≤1.1万元/人", 10),
        ("小计", None, None, None, 10),
        ("效益指标", "社会效益指标", "送教学生问题行为下降率", "≥15%", 20),
        (None, "可持续影响指标", "资源教室年开放天数", "≥200天", 10),
        ("小计", None, None, None, 30),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", 10),
        ("小计", None, None, None, 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    note(s, "说明：权重合计100分，小计行不计入合计；60人×1.1万元=66万元，在送教任务70万元之内。", 5)
    sign(s, "温砚秋", "0736-4403518")
    return b


@variant("kay16-centre-leftover-year", (4,), "one-year project, OLD-NAT, one value column: the "
         "goal still names last year, its count against the indicator, a coverage rate over "
         "100%")  # fmt: skip
def kay16() -> Book:
    b, s = book()
    goal = mk("2025年为全县随班就读学生开展巡回指导不少于200人次，完成1500名儿童筛查。",
              "Y103", "error", alt=("Y101",),
              note="2026年度申报表的年度目标写2025年，上一年的遗留")  # fmt: skip
    project_head(s, year=YEAR, name="随班就读巡回指导与筛查", dept=EDU, unit=CENTRE,
                 money=one_year(w(50), w(50), w(0)), goals=[ok(goal, "warning")])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "巡回指导人次",
         mk("≥160人次", "D104", "warning", row=True, note="年度目标写不少于200人次"),
         "计划标准", None),
        (None, None, "儿童特殊需要筛查人数", "≥1500人", "计划标准", None),
        (None, "质量指标", "筛查覆盖率",
         mk("≥105%", "T106", "error", note="覆盖率不能超过100%"), "计划标准", None),
        (None, "时效指标", "筛查结果反馈时限", "≤10个工作日", "计划标准", None),
        (None, "成本指标", "人均筛查费用", "≤200元/人", "计划标准", "1500人×200元=30万"),
        ("效益指标", "社会效益指标", "疑似特殊需要儿童转介率", "≥90%", "行业标准", None),
        ("满意度指标", "服务对象满意度指标", "随班就读学校满意度", "≥90%", "历史标准", None),
    ])  # fmt: skip
    sign(s, "温砚秋", "0736-4403518")
    return b


@variant("kay17-centre-stacked-wrong", (2, 12), "two one-year projects stacked, OLD-NAT, one value "
         "column: the second project's money does not add up, one indicator twice with a word "
         "more")  # fmt: skip
def kay17() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="资源中心运行保障", dept=EDU, unit=CENTRE,
                 money=one_year(w(40), w(38), w(2)),
                 goals=["保障资源中心和8间资源教室全年正常运行。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "资源教室开放天数", "≥200天", "计划标准", None),
        (None, "质量指标", "康复器材完好率", "≥95%", "历史标准", None),
        (None, "时效指标", "器材报修处理时限", "≤7个工作日", "计划标准", None),
        (None, "成本指标", "年度运行经费", "≤40万元", "计划标准", None),
        ("效益指标", "社会效益指标", "资源教室服务学生覆盖率", "≥90%", "计划标准", None),
        ("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "历史标准", "学生家长"),
    ])  # fmt: skip
    s.skip()
    total = mk(w(45), "B101", "error", row=True, note="45 ≠ 财政拨款30 + 其他资金10")
    project_head(s, year=YEAR, name="融合教育巡回指导", dept=EDU, unit=CENTRE, title="",
                 money=one_year(total, w(30), w(10)),
                 goals=["对全县24所随班就读学校开展巡回指导。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "巡回指导学校数", "≥24所", "计划标准", None),
        (None, None, mk("巡回指导覆盖学校数", "D101", "warning", row=True, alt=("D103",),
                        note="与上一行同一指标，多“覆盖”二字，值相同"), "≥24所", "计划标准", None),
        (None, "质量指标", "巡回指导记录完整率", "≥95%", "历史标准", None),
        (None, "时效指标", "巡回指导按学期完成率", "≥95%", "计划标准", None),
        (None, "成本指标", "每所学校年均指导成本", "≤1.5万元/所", "计划标准", None),
        ("效益指标", "社会效益指标", "资源教师专业能力提升率", "≥30%", "计划标准", None),
        ("满意度指标", "服务对象满意度指标", "满意度", "≥85%", "行业标准", "随班就读学校"),
    ])  # fmt: skip
    sign(s, "温砚秋", "0736-4403518")
    return b


@variant("kay18-centre-two-years", (8,), "two-year project, OLD-NAT, 中期 and 年度 columns: the "
         "年度目标 copied from the 中期目标, a cumulative count copied, a deadline after the "
         "period")  # fmt: skip
def kay18() -> Book:
    b, s = book()
    text = "建设标准化资源教室12间，配备专职资源教师，为随班就读学生提供个别化支持。"
    goals = [text, mk(text, "D204", "warning", note="两年期项目，年度目标与中期目标逐字相同")]
    project_head(s, year=YEAR, name="融合教育资源教室建设", dept=EDU, unit=CENTRE, years=2,
                 attr="新增项目", money=multi_year((w(180), w(160), w(20)),
                                                  (w(90), w(80), w(10))),
                 goals=goals)  # fmt: skip
    indicators(s, HEAD_MID, [
        ("产出指标", "数量指标", "资源教室建设数", "≥12间",
         mk("≥12间", "D202", "warning", alt=("B107",),
            note="两年累计12间，年度值照抄中期；年度资金只够6间")),
        (None, None, "专职资源教师配备人数", "≥12人", "≥6人", None),
        (None, "质量指标", "资源教室验收合格率", "=100%", "=100%", None),
        (None, "时效指标", "建设完成时间",
         mk("2028年6月30日前", "Y102", "error", alt=("Y103",),
            note="项目期2026—2027年，期限在项目期之后"),
         "2026年12月31日前", None),
        (None, "成本指标", "单间资源教室建设标准", "≤15万元/间",
         ok("≤15万元/间", "warning", note="B107 follows from the copied count")),
        ("效益指标", "社会效益指标", "随班就读学生资源教室服务覆盖率", "≥90%", "≥90%", None),
        ("满意度指标", "服务对象满意度指标", "随班就读学校满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    sign(s, "温砚秋", "0736-4403518")
    return b
