"""Education sessions for people under community corrections: keb07–keb12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout798.common import (
    HEAD4,
    HEAD_OP,
    YEAR,
    funds,
    grid,
    new_book,
    notes,
    sign,
)
from tests.variants.holdout798.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, ok, pct

DEPT = "鹭港市司法局（402003）"
UNIT = "鹭港市东汀区司法局"


@variant("keb07-study-sessions", (1, 12),
         "project, OLD-NAT, operator and unit columns: 24 sessions in the goal against 12, a "
         "participation rate given in 人次, 年度资金总额 above its parts")  # fmt: skip
def keb07() -> Book:
    b, s = new_book()
    goal = ok("全年组织社区矫正对象集中教育学习24期，参学1500人次，提升法治意识和社会适应能力。",
              note="the goal side of the D104 below")  # fmt: skip
    b101 = "年度资金总额36万元≠财政拨款30万元+其他资金4万元"
    money_rows = funds((36, 30, 6), (mk(money(36, WAN), "B101", "error", note=b101), 30, 4))
    project_head(s, year=YEAR, name="社区矫正对象集中教育学习项目", dept=DEPT, unit=UNIT,
                 money=money_rows, goals=[goal])  # fmt: skip
    m1 = mk(12, "D104", "warning", row=True, note="年度目标为24期，指标只写12期")
    m2 = mk(1500, "T105", "error", note="参学率是比率，值却是1500人次")
    grid(s, HEAD_OP, [
        ("产出指标", "数量指标", "集中教育学习期数", "≥", m1, "期"),
        (None, None, "参学人次", "≥", 1500, "人次"),
        (None, "质量指标", "教育学习参学率", "≥", m2, "人次"),
        (None, None, "结业测试合格率", "≥", pct(0.9), "%"),
        (None, "时效指标", "课程通知提前发布天数", "≥", 3, "天"),
        (None, "成本指标", "每期教学成本", "≤", 1.2, "万元/期"),
        ("效益指标", "社会效益指标", "法律知识测试平均分提高", "≥", 5, "分"),
        ("满意度指标", "服务对象满意度指标", "参学对象满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "温子航", "0596-7712 3380")
    return b


def _lectures(s: Sheet) -> None:
    """The first stacked project of keb08 and keb10 (correct in both)."""
    project_head(s, year=YEAR, name="社区矫正法治教育讲座项目", dept=DEPT, unit=UNIT,
                 money=funds((12, 12, 0)),
                 goals=["全年举办法治教育讲座60场，课酬按每场2000元列支。"])  # fmt: skip
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "法治教育讲座场次", "≥60场"),
        (None, "质量指标", "讲座到课率", "≥95%"),
        (None, "时效指标", "讲座计划完成时间", "2026年12月31日前"),
        (None, "成本指标", "讲座课酬标准", "≤2000元/场"),
        ("效益指标", "社会效益指标", "矫正对象法律知识知晓率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "参训对象满意度", "≥90%"),
    ])  # fmt: skip


@variant("keb08-lecture-stacked", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column; a 课酬 × 场次 equal to "
         "the money, the same satisfaction name with other values in each project "
         "(correct)")  # fmt: skip
def keb08() -> Book:
    b, s = new_book()
    _lectures(s)
    s.skip()
    project_head(s, year=YEAR, name="社区矫正心理矫治课堂项目", dept=DEPT, unit=UNIT, title="",
                 money=funds((8, 6, 2)),
                 goals=["开设心理矫治课堂40期，测评210人，高风险对象全部个案辅导。"])  # fmt: skip
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "心理矫治课堂期数", "≥40期"),
        (None, None, "心理测评人数", "≥210人"),
        (None, "质量指标", "高风险对象个案辅导覆盖率", "=100%"),
        (None, "时效指标", "测评结果反馈时限", "≤5个工作日"),
        (None, "成本指标", "每期课堂成本", "≤1500元/期"),
        ("效益指标", "社会效益指标", "矫正对象心理状况改善率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参训对象满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "温子航", "0596-7712 3380")
    return b


@variant("keb09-education-points", (5, 10, 11),
         "project, NAT-2021, tier-1 score and indicator score columns both adding to 100, a "
         "rate raised in 百分点, a 下降率 with ≥ (correct)")  # fmt: skip
def keb09() -> Book:
    b, s = new_book(widths=(14, 8, 18, 28, 20, 8))
    project_head(s, year=YEAR, name="社区矫正对象分类教育项目", dept=DEPT, unit=UNIT,
                 money=funds((14, 12, 2)),
                 goals=["全年开展分类集中教育36场、心理测评210人，法治知识测试合格率比上年提高"
                        "5个百分点，违规行为同比下降15%以上。"])  # fmt: skip
    grid(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 40, "数量指标", "分类集中教育场次", "≥36场", 15),
        (None, None, None, "心理测评人数", "≥210人", 10),
        (None, None, "质量指标", "法治知识测试合格率", "比上年提高≥5百分点", 15),
        ("成本指标", 10, "经济成本指标", "每场教育学习成本", "≤3000元/场", 10),
        ("效益指标", 30, "社会效益指标", "违规行为同比下降率", "≥15%", 15),
        (None, None, None, "社区矫正对象再犯罪率", "≤0.2%", 15),
        ("满意度指标", 20, "服务对象满意度指标", "参学对象满意度", "≥92%", 20),
        ("合计", 100, None, None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "杜若溪", "0596-7712 3412")
    return b


@variant("keb10-stacked-defects", (2,),
         "two projects stacked, OLD-NAT: the second has a near-duplicate count, a 课酬 × 课时 "
         "beyond its money and a 2025 deadline left from last season")  # fmt: skip
def keb10() -> Book:
    b, s = new_book()
    _lectures(s)
    s.skip()
    project_head(s, year=YEAR, name="社区矫正对象心理辅导课堂项目", dept=DEPT, unit=UNIT, title="",
                 money=funds((8, 6, 2)),
                 goals=["开设心理健康讲座20场、个体辅导120课时，12月底前完成。"])  # fmt: skip
    d103 = "与上一行“心理健康讲座场次”同一指标，只多一个“数”字，值相同"
    b107 = "800元/课时×120课时=9.6万元，超过本项目资金8万元"
    y102 = "2026年度项目，完成时间写2025年11月30日（上年方案遗留）"
    m1 = mk("心理健康讲座场次数", "D103", "warning", row=True, alt=("D101",), note=d103)
    m2 = mk("≤800元/课时", "B107", "warning", row=True, note=b107)
    m3 = mk("2025年11月30日前", "Y102", "error", alt=("Y103",), note=y102)
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "心理健康讲座场次", "≥20场"),
        (None, None, "个体心理辅导课时", "≥120课时"),
        (None, None, m1, "≥20场"),
        (None, "质量指标", "辅导档案完整率", "≥95%"),
        (None, "时效指标", "个体心理辅导完成时间", m3),
        (None, "成本指标", "心理咨询师课酬", m2),
        ("效益指标", "社会效益指标", "矫正对象心理危机干预成功率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受辅导对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "温子航", "0596-7712 3380")
    return b


@variant("keb11-old-plan-dates", (4, 7),
         "project, OLD-NAT, header 绩效标准, a header row repeated after a page break and notes: "
         "plan dates left at 2025 under a 2026 title, a pass rate under 时效")  # fmt: skip
def keb11() -> Book:
    b, s = new_book()
    y101 = "标题和年度目标为2026年，计划起止日期却是2025年（上年申报表遗留）"
    project_head(s, year=YEAR, name="社区矫正对象职业技能教育项目", dept=DEPT, unit=UNIT,
                 money=funds((18, 15, 3)),
                 start=mk(day(YEAR - 1, 1, 1), "Y101", "error", row=True, alt=("Y102",), note=y101),
                 end=day(YEAR - 1, 12, 31),
                 goals=["2026年开展职业技能教育12期，培训240人，结业合格率90%以上。"])  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    f201 = "合格率是质量的比率，却填在时效指标下"
    grid(s, head, [
        ("产出指标", "数量指标", "职业技能教育期数", "≥12期"),
        (None, None, "培训矫正对象人数", "≥240人"),
        (None, "时效指标", mk("结业考核合格率", "F201", "warning", row=True, note=f201), "≥90%"),
        (None, None, "培训计划完成时间", "12月31日前"),
        (None, "成本指标", "人均培训成本", "≤750元/人"),
    ])  # fmt: skip
    notes(s, "（续表）", width=4)
    grid(s, head, [
        ("效益指标", "社会效益指标", "参训对象取得技能证书人数", "≥120人"),
        (None, "可持续影响指标", "技能培训就业对接机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "参训对象满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：绩效标准中带“≥”“≤”的为定量指标，其余为定性指标。", width=4)
    sign(s, "杜若溪", "0596-7712 3412")
    return b


@variant("keb12-two-row-header", (4, 7),
         "project, NAT-2021, two-row header (目标值 over 指标值 · 计量单位), a 评价标准 "
         "column, "
         "a note row between tiers, a goal total with its parts in brackets (correct)")  # fmt: skip
def keb12() -> Book:
    b, s = new_book()
    project_head(s, year=YEAR, name="社区矫正对象线上线下教育学习项目", dept=DEPT, unit=UNIT,
                 money=funds((9.6, 9.6, 0)),
                 goals=["全年开展集中教育学习1200人次（线下720人次、线上480人次），建成线上学习"
                        "平台课程库。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "目标值", None, "评价标准", merge=[(4, 5)])
    s.row(None, None, None, "指标值", "计量单位", None)
    for c in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    std = "完成得满分，未完成按比例扣分"
    s.table([
        ("产出指标", "数量指标", "集中教育学习人次", "≥1200", "人次", std),
        (None, None, "线上课程库课程数", "≥40", "门", std),
        (None, "质量指标", "学习记录完整率", "≥95", "%", std),
        (None, "时效指标", "课程库上线时间", "≤6月30日", None, "按时得分"),
        ("成本指标", "经济成本指标", "人均教育学习成本", "≤80", "元/人次", std),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：集中教育学习人次含线上学习480人次。")
    s.table([
        ("效益指标", "社会效益指标", "矫正期间违规行为发生率", "≤2", "%", std),
        ("满意度指标", "服务对象满意度指标", "参学对象满意度", "≥90", "%", std),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：成本80元/人次×1200人次=9.6万元，与项目资金一致。")
    sign(s, "杜若溪", "0596-7712 3412")
    return b
