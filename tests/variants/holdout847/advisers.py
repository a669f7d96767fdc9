"""Village (community) legal adviser returns: kfy07 to kfy12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout847.common import (
    HEAD4,
    YEAR,
    indicators,
    multi_year,
    new_book,
    notes,
    one_year,
    signature,
    w,
)
from tests.variants.holdout847.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "澄岗县司法局（412）"
GOAL_212 = "为全县212个村（社区）各配备1名法律顾问，每村（社区）每月入村服务不少于1次。"


@variant(
    "kfy07-advisers-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percent cells, weights add to 100 (correct)",
)
def advisers_flat() -> Book:
    b, s = new_book()
    department_head(
        s,
        year=YEAR,
        dept="禾坪镇司法所",
        budget=[(w(58), w(58), w(0), w(40), w(18))],
        goal="全镇19个村（社区）法律顾问全覆盖，全年开展法治体检不少于38次。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("村（社区）法律顾问覆盖率", 15, "%", "等于", pct(1)),
        ("法治体检次数", 15, "次", "大于等于", 38),
        ("法律顾问值班登记完整率", 10, "%", "大于等于", pct(0.95)),
        ("村规民约合法性审查率", 15, "%", "大于等于", pct(0.9)),
        ("矛盾纠纷激化转刑事案件数", 15, "件", "小于等于", 0),
        ("每村法律顾问服务补贴", 10, "万元/村", "小于等于", 0.6),
        ("村民法律咨询满意度", 20, "%", "大于等于", pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：项目支出18万元用于19个村（社区）法律顾问补贴，按不超过0.6万元/村测算。", width=5)
    signature(s, "俞知南", "0836-5517302")
    return b


@variant(
    "kfy08-advisers-wrong-tier",
    (5,),
    "project, NAT-2021, abbreviated tier labels: a "
    "village count against the goal, a count under 质量, a 合格率 under 时效",
)
def advisers_wrong_tier() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="村（社区）法律顾问全覆盖",
        dept=DEPT,
        unit="澄岗县司法局基层科",
        money=one_year(w(63.6), w(63.6), w(0)),
        goals=[GOAL_212],
    )
    indicators(s, HEAD4, [
        ("产出", "数量", "配备法律顾问的村（社区）数", mk("≥201个", "D104", "warning", row=True,
                                                      note="the goal says 212个")),
        (None, "质量", mk("法律顾问入村服务次数", "F201", "warning", row=True,
                          note="a count under 质量"), "≥2544次"),
        (None, "时效", mk("法律顾问履职考核合格率", "F201", "warning", row=True,
                          note="a 合格率 under 时效"), "≥95%"),
        ("成本", "经济成本", "每村法律顾问服务补贴", "≤0.3万元/村"),
        ("效益", "社会效益", "村级矛盾纠纷就地化解率", "≥85%"),
        ("满意度", "服务对象满意度", "村民满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "俞知南", "0836-5517302")
    return b


@variant(
    "kfy09-advisers-three-years",
    (8, 10),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns, tier points and indicator points both 100, a rate raised in 百分点 (correct)",
)
def advisers_three_years() -> Book:
    b, s = new_book(widths=(18, 16, 30, 16, 16, 10))
    period = "2026—2028年累计入村服务不少于7632次，212个村（社区）法律顾问全覆盖。"
    annual = GOAL_212 + "为2029年推行法律顾问星级评定积累经验。"
    project_head(
        s,
        year=YEAR,
        name="法律顾问进村入户三年行动",
        dept=DEPT,
        years=3,
        unit="澄岗县司法局基层科",
        attr="新增项目",
        goals=[period, annual],
        money=multi_year((w(190.8), w(190.8), w(0)), (w(63.6), w(63.6), w(0))),
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "分值"), [
        ("产出指标（50分）", "数量指标", "法律顾问入村服务次数", "≥7632次", "≥2544次", 20),
        (None, None, "村（社区）法律顾问覆盖率", "=100%", "=100%", 15),
        (None, "质量指标", "法律意见书审核通过率", "≥95%", "≥95%", 15),
        ("成本指标（10分）", "经济成本指标", "每村年度服务补贴", "≤0.3万元/村", "≤0.3万元/村", 10),
        ("效益指标（30分）", "社会效益指标", "村民法律咨询就地解决率提高", "≥6百分点",
         "≥2百分点", 15),
        (None, "可持续影响指标", "法律顾问服务台账建档率", "≥95%", "≥95%", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%", 10),
    ])  # fmt: skip
    notes(
        s, "注：一级指标后括号内为该级分值，三级指标分值合计100分；补贴0.3万元 × 212村 = 63.6万元。"
    )
    return b


@variant(
    "kfy10-advisers-department-money",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ "
    "资金总额, a task's village count against the indicator, a subsidy over its task money",
)
def advisers_department_money() -> Book:
    b, s = new_book()
    budget = [
        (
            mk(w(420), "B101", "error", row=True, note="235 + 195 ≠ 420"),
            w(400),
            w(20),
            w(235),
            w(195),
        )
    ]
    tasks = [
        ("村居法律顾问", "为212个村（社区）配备法律顾问", w(63.6), "212个村（社区）全覆盖"),
        ("12348热线", "热线坐席运行和律师值班", w(86.4), "解答咨询≥3.6万人次"),
        ("普法宣传", "“八五”普法收官宣传", w(45), "开展主题活动≥60场"),
        ("金额合计", None, w(195), None),
    ]
    department_head(
        s,
        year=YEAR,
        dept="澄岗县司法局",
        budget=budget,
        tasks=tasks,
        goal="完善县乡村三级公共法律服务网络，提升群众法治获得感。",
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "配备法律顾问的村（社区）数", mk("≥200个", "D104", "warning",
                                                                row=True, note="task: 212个")),
        (None, None, "热线解答咨询量", "≥3.6万人次"),
        (None, None, "普法主题活动场次", "≥60场"),
        (None, "质量指标", "热线接通率", "≥95%"),
        ("成本指标", "经济成本指标", "每村法律顾问服务补贴", mk("≤0.4万元/村", "B107", "warning",
                                                              row=True,
                                                              note="0.4 × 212 = 84.8 > 63.6")),
        ("效益指标", "社会效益指标", "群众法治意识提升率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "黎观澜", "0836-5510018")
    return b


@variant(
    "kfy11-advisers-template",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without a name",
)
def advisers_template() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="法律顾问微信群值守",
        dept=DEPT,
        unit="澄岗县司法局基层科",
        money=one_year(w(12), w(12), w(0)),
        goals=["法律顾问在村（社区）微信群值守答疑，全年解答咨询不少于8000条。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "微信群解答咨询量", "≥8000条"),
        (None, "质量指标", mk(None, "F110", "error", note="value without a name"), "≥95%"),
        (None, "时效指标", "群内咨询回复时限", "≤24小时"),
        ("成本指标", "经济成本指标", "单条咨询答复成本", "≤15元/条"),
        ("效益指标", "社会效益指标", "纠纷苗头发现上报数", "≥50件"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="template row"), None, None),
        ("满意度指标", "服务对象满意度指标", "群内村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kfy12-advisers-second-sheet",
    (7, 4),
    "project: head on the first sheet, the table on "
    "a second sheet under 预期实现值, header repeated after a page break, 填表说明 (correct)",
)
def advisers_second_sheet() -> Book:
    b, s = new_book("项目信息")
    project_head(
        s,
        year=YEAR,
        name="法律顾问业务培训",
        dept=DEPT,
        unit="澄岗县司法局基层科",
        money=one_year(w(9.6), w(9.6), w(0)),
        goals=["分4期培训村（社区）法律顾问，培训不少于240人次。"],
    )
    t = b.sheet("绩效目标")
    head = ("一级指标", "二级指标", "三级指标", "预期实现值")
    indicators(t, head, [
        ("产出指标", "数量指标", "培训期数", "≥4期"),
        (None, None, "培训人次", "≥240人次"),
        (None, "质量指标", "培训考试合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2026年10月31日前"),
    ])  # fmt: skip
    indicators(t, head, [
        ("成本指标", "经济成本指标", "人均培训成本", "≤400元/人次"),
        ("效益指标", "社会效益指标", "法律顾问出具法律意见规范率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    notes(t, "填表说明：1.指标值应含比较符和计量单位；2.培训400元 × 240人次 = 9.6万元。", width=4)
    return b
