"""Youth sports-school coaching subsidy returns (kcp07–kcp12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout760.common import BUREAU, YEAR, block, first_sheet, notes, sign, wan
from tests.variants.holdout760.registry import variant
from tests.variants.kit import Book, mk, pct

CENTRE = "澄川省青少年体育训练中心"
H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kcp07-coach-department",
    (12, 4),
    "department, NAT-2021: budget, key tasks with a "
    "金额合计 equal to 项目支出, a footnote explaining the total, a 下降率 with ≥ (correct)",
)
def coach_department() -> Book:
    b, s = first_sheet()
    department_head(s, year=YEAR, dept=CENTRE, budget=[
        (wan(1680), wan(1500), wan(180), wan(1100), wan(580))], tasks=[
        ("体校教练员训练补助", "补助基层体校教练员", wan(260), "补助教练员320名"),
        ("青少年训练营", "寒暑假训练营", wan(180), "举办训练营6期"),
        ("训练器材更新", "更新体校训练器材", wan(140), "更新器材12所体校"),
        ("金额合计", None, wan(580), None)],
        goal="补助基层体校教练员320名（其中省级体校80名、市县体校240名），举办青少年训练营6期，"
             "更新12所体校训练器材。")  # fmt: skip
    block(s, H4, [
        ("成本指标", "经济成本指标", "教练员训练补助标准", "≤8000元/人·年"),
        ("产出指标", "数量指标", "补助体校教练员", "≥320人"),
        (None, None, "青少年训练营", "≥6期"),
        (None, None, "更新训练器材体校", "≥12所"),
        (None, "质量指标", "教练员岗位培训合格率", "≥95%"),
        (None, "时效指标", "补助资金发放及时率", "≥98%"),
        ("效益指标", "社会效益指标", "青少年注册运动员人数增长率", "≥5%"),
        (None, None, "体校学员训练伤病下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "体校教练员满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：金额合计580万元为项目支出合计，不含基本支出1100万元。")
    sign(s, "岑书远", "0871-5536311")
    return b


@variant(
    "kcp08-coach-department-money",
    (12,),
    "department, NAT-2021: tasks not adding to "
    "金额合计, a goal count the indicator gives otherwise, a standard × count over the money",
)
def coach_department_money() -> Book:
    b, s = first_sheet()
    department_head(s, year=YEAR, dept="鹤岭市业余体育学校", budget=[
        (wan(1200), wan(1050), wan(150), wan(800), wan(400))], tasks=[
        ("教练员训练补助", "补助在编及外聘教练员", wan(200), "补助教练员260名"),
        ("青少年训练营", "寒暑假集训", wan(120), "集训4期"),
        ("训练器材购置", "购置田径、游泳器材", wan(90), "器材配齐率100%"),
        ("金额合计", None, mk(wan(400), "B102", "error", note="200 + 120 + 90 = 410"), None)],
        goal="补助教练员260名，集训青少年运动员4期，向省队输送运动员15名。")  # fmt: skip
    block(s, H4, [
        ("成本指标", "经济成本指标", "教练员训练补助标准",
         mk("≤1.8万元/人·年", "B107", "warning", row=True,
            note="1.8 × 240 = 432万元，超过项目支出400万元")),
        ("产出指标", "数量指标", "补助教练员",
         mk("≥240人", "D104", "warning", row=True, note="年度总体目标写260名")),
        (None, None, "青少年集训", "≥4期"),
        (None, "质量指标", "训练器材配齐率", "=100%"),
        ("效益指标", "社会效益指标", "向省队输送运动员", "≥15人"),
        ("满意度指标", "服务对象满意度指标", "教练员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kcp09-coach-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percent cells, weights add to 100 (correct)",
)
def coach_flat() -> Book:
    b, s = first_sheet()
    department_head(s, year=YEAR, dept="云垣县少年儿童业余体育学校", budget=[
        (wan(900), wan(800), wan(100), wan(600), wan(300))],
        goal="补助体校教练员300名，举办训练营6期，向省队输送运动员25名。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("教练员补助人数", 15, "人", "≥", 300),
        ("青少年训练营期数", 10, "期", "≥", 6),
        ("教练员岗位培训合格率", 15, "%", "≥", pct(0.95)),
        ("补助资金按时发放率", 10, "%", "≥", pct(0.98)),
        ("人均训练补助标准", 10, "元/人", "≤", 8000),
        ("输送省队运动员", 10, "人", "≥", 25),
        ("运动员伤病发生率", 10, "%", "≤", pct(0.03)),
        ("注册运动员增长率", 10, "%", "≥", pct(0.05)),
        ("教练员满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "岑书远", "0871-5536311")
    return b


@variant(
    "kcp10-coach-flat-defects",
    (3, 11),
    "department, flat list in another order "
    "(指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): weights, a near-duplicate, "
    "last year in the goal",
)
def coach_flat_defects() -> Book:
    b, s = first_sheet()
    department_head(s, year=YEAR, dept="石湄县体育运动学校", budget=[
        (wan(640), wan(600), wan(40), wan(420), wan(220))],
        goal=mk("完成2024年度青少年体校教练员训练补助发放，补助教练员280名，举办训练营5期。",
                "Y103", "warning", alt=("Y101",), note="上一年度的目标文字未改"))  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("教练员补助人数", "≥280", "正向", "人", 20),
        ("青少年训练营期数", "≥5", "正向", "期", 15),
        ("教练员岗位培训合格率", "≥95%", "正向", "%", 15),
        ("补助教练员人数", mk("≥260", "D103", "error", row=True, alt=("D102", "D101"),
                               note="与“教练员补助人数 ≥280”是同一指标"), "正向", "人", 10),
        ("运动员伤病发生率", "≤3%", "反向", "%", 10),
        ("人均训练补助标准", "≤7000", "反向", "元/人", 10),
        ("教练员满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 20+15+15+10+10+10+10 = 90")
    return b


@variant(
    "kcp11-coach-tiers",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points and "
    "an indicator score column both adding to 100, a rate raised in 百分点 (correct)",
)
def coach_tiers() -> Book:
    b, s = first_sheet()
    project_head(
        s,
        year=YEAR,
        name="青少年体校教练员训练补助",
        dept=BUREAU,
        unit=CENTRE,
        money=[
            ("年度资金总额", wan(240), "其中：财政拨款", wan(200)),
            ("其他资金", wan(40), None, None),
        ],
        goals=["补助基层体校教练员200名，年内发放到位，提升体校学员体质健康水平。"],
    )
    block(s, (*H4, "分值"), [
        ("一、产出指标（40分）", "1.数量指标", "补助体校教练员", "≥200人", 10),
        (None, None, "教练员带训课时", "≥48000课时", 10),
        (None, "2.质量指标", "教练员年度考核合格率", "≥95%", 10),
        (None, "3.时效指标", "补助资金发放时间", "2025年12月20日前", 10),
        ("二、成本指标（20分）", "1.经济成本指标", "人均训练补助标准", "≤1万元/人", 20),
        ("三、效益指标（30分）", "1.社会效益指标", "体校学员体质健康达标率", "提高≥2百分点", 15),
        (None, "2.可持续影响指标", "教练员队伍稳定率", "≥90%", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "学员及家长满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    sign(s, "岑书远", "0871-5536311")
    return b


@variant(
    "kcp12-coach-wrong-tier",
    (5, 10),
    "project, NAT-2021, tier-1 score column beside "
    "indicator scores: a satisfaction rate under 社会效益, a count under 质量, 产出 points short",
)
def coach_wrong_tier() -> Book:
    b, s = first_sheet(widths=(16, 8, 18, 30, 18, 10))
    project_head(
        s,
        year=YEAR,
        name="体校教练员岗位培训补助",
        dept=BUREAU,
        unit=CENTRE,
        money=[
            ("年度资金总额", wan(60), "其中：财政拨款", wan(60)),
            ("其他资金", wan(0), None, None),
        ],
        goals=["培训体校教练员150名，培训合格率95%以上。"],
    )
    block(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("产出指标", mk(50, "W103", "error", note="其下指标分值 15 + 15 + 10 = 40"),
         "数量指标", "培训课时", "≥40课时", 15),
        (None, None, "质量指标", "培训教练员", mk("≥150人", "F201", "warning", row=True,
                                                 note="人数是数量指标，填在质量指标下"), 15),
        (None, None, "时效指标", "培训完成时间", "2025年9月30日前", 10),
        ("成本指标", 10, "经济成本指标", "人均培训费", "≤4000元/人", 10),
        ("效益指标", 30, "社会效益指标", "结业考核合格率", "≥95%", 15),
        (None, None, None, "参训教练员满意度", mk("≥90%", "F201", "warning", row=True,
                                                   note="满意度填在社会效益指标下"), 15),
        ("满意度指标", 10, "服务对象满意度指标", "体校学员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计90，是W103的同一问题")
    return b
