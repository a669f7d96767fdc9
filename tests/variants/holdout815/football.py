"""School football: league, coach training, multi-year pitch project, department returns."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout815.common import DEPT, flat, funds, notes, sign, start, table, w
from tests.variants.holdout815.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant(
    "kes01-football-league",
    (1, 5),
    "project, NAT-2021, numbered tier labels with points, "
    "typed percent cells, a goal count with its parts in brackets (correct)",
)
def league() -> Book:
    b, s = start()
    project_head(s, year=2025, name="枫屿县青少年校园足球联赛", dept=DEPT,
                 unit="枫屿县青少年体育运动学校", money=funds(w(48), w(40), w(8)),
                 goals=["组织县级校园足球联赛120场（其中小学组70场、初中组50场），培训校园足球"
                        "教练员40名，提升中小学生足球参与度。"])  # fmt: skip
    table(s, [
        ["一、产出指标（50分）", "1.数量指标", "联赛场次", "≥120场"],
        [None, None, "教练员培训人数", "≥40人"],
        [None, "2.质量指标", "教练员培训考核合格率", pct(0.95)],
        [None, "3.时效指标", "联赛完成时间", "2025年11月30日前"],
        ["二、成本指标（20分）", "经济成本指标", "教练员培训补助标准", "≤0.3万元/人"],
        [None, None, "每场赛事组织费用", "≤0.25万元/场"],
        ["三、效益指标（20分）", "社会效益指标", "赛事伤害事故发生率", "≤1%"],
        [None, "可持续影响指标", "校园足球特色学校覆盖率", "≥60%"],
        ["四、满意度指标（10分）", "服务对象满意度指标", "参赛学生及家长满意度", pct(0.9)],
    ])  # fmt: skip
    sign(s, "方嘉禾", "0579-6613 2047", day(2024, 10, 18))
    return b


@variant(
    "kes02-football-coaches",
    (5,),
    "project, NAT-2021, abbreviated tier labels: goal and "
    "indicator disagree on coaches, a deadline from last season, satisfaction under 社会效益",
)
def coaches() -> Book:
    b, s = start()
    project_head(s, year=2025, name="枫屿县校园足球教练员培训", dept=DEPT,
                 unit="枫屿县教师发展中心", money=funds(w(30), w(30), w(0)),
                 goals=["全年培训校园足球教练员60名，其中E级教练员认证20名，举办裁判员培训班"
                        "2期。"])  # fmt: skip
    table(s, [
        ["产出", "数量", "教练员培训人数",
         mk("≥40人", "D104", "warning", row=True, note="年度目标写培训教练员60名")],
        [None, None, "E级教练员认证人数", "≥20人"],
        [None, None, "裁判员培训班期数", "≥2期"],
        [None, "时效", "培训完成时间",
         mk("2024年11月30日前", "Y102", "error", alt=("Y101", "Y103"),
            note="2025年度项目，期限仍是上一年的")],
        ["成本", "经济成本", "人均培训成本", "≤0.5万元/人"],
        ["效益", "社会效益", "学员满意度",
         mk("≥90%", "F201", "warning", row=True, note="满意度填在社会效益下")],
        [None, "可持续影响", "培训学员返校开展足球教学比例", "≥85%"],
        ["满意度", "服务对象满意度", "参训学校满意度", "≥90%"],
    ])  # fmt: skip
    sign(s, "郑予安", "0579-6613 2110", day(2024, 10, 21))
    return b


@variant(
    "kes03-football-pitches",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "an annual count above the period's, a count copied into 年度",
)
def pitches() -> Book:
    b, s = start("绩效目标表")
    project_head(s, year=2025, years=3, name="枫屿县校园足球场地提升工程", dept=DEPT,
                 unit="枫屿县教育体育局基建科", money=[
                     ["中期资金总额", w(900), "年度资金总额", w(320)],
                     ["其中：财政拨款", w(800), "其中：财政拨款", w(280)],
                     ["其他资金", w(100), "其他资金", w(40)]],
                 goals=["三年内改造校园足球场12块，创建校园足球特色学校30所。",
                        "2025年改造校园足球场4块，新创建特色学校10所。"])  # fmt: skip
    table(s, [
        ["产出指标", "数量指标", "足球场改造数量", "≥12块",
         mk("≥12块", "D202", "warning", note="年度目标写改造4块，年度列抄了中期的12块")],
        [None, None, "新创建校园足球特色学校数", "≥30所",
         mk("≥36所", "D201", "error", note="一年的数超过三年的30所；年度目标写10所")],
        [None, "质量指标", "场地验收合格率", "=100%", "=100%"],
        [None, "时效指标", "年度改造完成时间", "2027年10月31日前", "2025年10月31日前"],
        ["成本指标", "经济成本指标", "单块场地改造成本", "≤70万元/块",
         ok("≤70万元/块", "warning", note="抄来的12块乘以70超过年度资金，由上面的标记引起")],
        ["效益指标", "社会效益指标", "学生课余足球活动参与率", "≥60%", "≥50%"],
        ["满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%"],
    ], head=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))  # fmt: skip
    return b


@variant(
    "kes04-football-three-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns "
    "with period counts above the year's, a later year the work prepares for (correct)",
)
def three_year() -> Book:
    b, s = start("绩效目标表")
    project_head(s, year=2025, years=3, name="枫屿县校园足球训练营", dept=DEPT,
                 unit="枫屿县青少年体育运动学校", money=[
                     ["中期资金总额", w(150), "年度资金总额", w(50)],
                     ["其中：财政拨款", w(120), "其中：财政拨款", w(40)],
                     ["其他资金", w(30), "其他资金", w(10)]],
                 goals=["三年举办寒暑假训练营18期，培养后备球员900人，为2028年全县推广积累"
                        "训练经验。",
                        "2025年举办训练营6期，培养后备球员300人。"])  # fmt: skip
    table(s, [
        ["产出指标", "数量指标", "训练营期数", "≥18期", "≥6期"],
        [None, None, "培养后备球员人数", "≥900人", "≥300人"],
        [None, "质量指标", "球员体能测试达标率", "≥90%", "≥85%"],
        [None, "时效指标", "暑期训练营结束时间", "每年8月31日前", "2025年8月31日前"],
        ["成本指标", "经济成本指标", "每期训练营成本", "≤8万元/期", "≤8万元/期"],
        ["效益指标", "社会效益指标", "输送县级以上运动队人数", "≥45人", "≥15人"],
        ["满意度指标", "服务对象满意度指标", "学员家长满意度", "≥90%", "≥90%"],
    ], head=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))  # fmt: skip
    notes(s, "注：中期指标值为2025—2027年累计数，每期训练营成本两列相同。")
    return b


@variant(
    "kes05-football-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percent cells, weights add to 100 (correct)",
)
def flat_list() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="枫屿县校园足球发展中心",
                    budget=[[w(260), w(230), w(30), w(110), w(150)]],
                    goal="组织全县校园足球联赛，开展教练员培训，推进特色学校创建。")  # fmt: skip
    flat(s, [
        ["校园足球联赛场次", 15, "场", "≥", 120],
        ["教练员培训人数", 15, "人", "≥", 40],
        ["特色学校创建数", 15, "所", "≥", 10],
        ["赛事伤害事故发生率", 10, "%", "≤", pct(0.01)],
        ["学生足球运动参与率", 15, "%", "≥", pct(0.6)],
        ["每场赛事组织费用", 10, "万元/场", "≤", 0.25],
        ["学生及家长满意度", 20, "%", "≥", pct(0.9)],
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "严知秋", "0579-6621 5503", day(2024, 11, 12))
    return b


@variant(
    "kes06-football-department",
    (12,),
    "department, NAT-2021: tasks not adding to 金额合计, "
    "the same indicator twice with a word more and another value",
)
def department() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2025, dept="枫屿县校园足球发展中心",
                    budget=[[w(260), w(230), w(30), w(110), w(150)]], tasks=[
                        ["校园足球联赛", "县级联赛120场", w(40), "按期完赛"],
                        ["教练员培训", "培训教练员40名", w(30), "考核合格率≥95%"],
                        ["场地维护", "维护校园足球场25块", w(70), "场地完好"],
                        ["金额合计", None, mk(w(150), "B102", "error",
                                              note="40 + 30 + 70 = 140，不是150")]],
                    goal="组织校园足球联赛，培训教练员，维护校园足球场地。")  # fmt: skip
    table(s, [
        ["产出指标", "数量指标", "联赛参赛学校数", "≥48所"],
        [None, None, "教练员培训人数", "≥40人"],
        [None, None, "联赛参赛学校数量", mk("≥42所", "D102", "error", row=True,
                                             alt=("D103", "D101"), note="同一指标两次，值不同")],
        [None, "质量指标", "教练员考核合格率", "≥95%"],
        ["成本指标", "经济成本指标", "每场赛事组织费用", "≤0.3万元/场"],
        ["效益指标", "社会效益指标", "学生足球运动参与率", "≥60%"],
        ["满意度指标", "服务对象满意度指标", "学校满意度", "≥90%"],
    ])  # fmt: skip
    return b
