"""Vocational skills subsidies (职业技能培训补贴): kfl07–kfl12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout834.common import book, funds, notes, period_funds, sign, table, wan
from tests.variants.holdout834.registry import variant
from tests.variants.kit import Book, day, mk, pct

H_PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "kfl07-skills-three-year",
    (8, 1),
    "three-year project, NAT-2021, 中期 and 年度 value "
    "columns: the period's counts beside smaller annual counts, rates and unit costs equal, "
    "typed percent cells (correct)",
)
def skills_three_year() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="重点群体职业技能提升补贴", attr="延续项目",
                 dept="栖棠县人力资源和社会保障局", unit="栖棠县职业技能培训指导中心",
                 money=period_funds((1800, 1500, 300), (600, 500, 100)),
                 goals=["2025—2027年累计补贴职业技能培训9000人次，培训合格率不低于90%，"
                        "培训后就业率不低于70%。",
                        "2025年补贴职业技能培训3000人次（其中脱贫劳动力1200人次），培训合格率"
                        "不低于90%。"])  # fmt: skip
    table(s, H_PERIOD, [
        ("产出指标", "数量指标", "补贴培训人次", "≥9000人次", "≥3000人次"),
        (None, None, "开设培训工种数量", "≥24个", "≥16个"),
        (None, "质量指标", "培训合格率", "≥90%", pct(0.9)),
        (None, None, "职业技能等级证书取证率", "≥80%", pct(0.8)),
        (None, "时效指标", "补贴资金审核拨付时限", "≤20个工作日", "≤20个工作日"),
        ("成本指标", "经济成本指标", "人均培训补贴标准", "≤1800元/人", "≤1800元/人"),
        ("效益指标", "社会效益指标", "培训后就业率", "≥70%", pct(0.7)),
        (None, "可持续影响指标", "培训机构目录动态管理", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", pct(0.9)),
    ])  # fmt: skip
    sign(s, "韦清和", "0745-2218609", day(2024, 11, 26))
    return b


@variant(
    "kfl08-skills-apprentice-period",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 "
    "columns: 年度目标 copied from 中期目标, an annual count above the period's, a "
    "cumulative count copied",
)
def skills_apprentice_period() -> Book:
    b, s = book()
    goal = ("2025—2026年支持企业开展新型学徒制培训4000人，学徒结业考核合格率不低于90%，"
            "带动学徒稳定就业。")  # fmt: skip
    project_head(s, year=2025, years=2, name="企业新型学徒制培训补贴",
                 dept="沣阳市人力资源和社会保障局", unit="沣阳市职业能力建设处",
                 money=period_funds((1200, 1000, 200), (600, 500, 100)),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="两年期项目，年度目标逐字照抄中期目标")])  # fmt: skip
    table(s, H_PERIOD, [
        ("产出指标", "数量指标", "新型学徒制培训人数", "≥4000人",
         mk("≥4500人", "D201", "error", note="年度4500人超过两年合计4000人")),
        (None, None, "参训企业数量", "≥60家",
         mk("≥60家", "D202", "warning", note="两年累计的企业数照抄到年度列")),
        (None, "质量指标", "学徒结业考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "补贴拨付时限", "≤30个工作日", "≤30个工作日"),
        ("成本指标", "经济成本指标", "学徒培训补贴标准", "≤1200元/人", "≤1200元/人"),
        ("效益指标", "社会效益指标", "学徒结业后留岗率", "≥85%", "≥85%"),
        (None, "可持续影响指标", "企业技能人才自主培养机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参训企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "喻晨阳", "0736-5528714", day(2024, 12, 3))
    return b


@variant(
    "kfl09-skills-points-labels",
    (5, 10),
    "project, NAT-2021, numbered tier labels with "
    "points (一、产出指标（40分）, （一）数量指标) and an indicator score column adding to the "
    "same 100, a rate raised in 百分点, a later year the work prepares for (correct)",
)
def skills_points_labels() -> Book:
    b, s = book()
    project_head(s, year=2025, name="企业职工岗位技能提升培训补贴", attr="延续项目",
                 dept="碧峪区人力资源和社会保障局", unit="碧峪区职业技能鉴定所",
                 money=funds(320, 300, 20),
                 goals=["补贴企业职工岗位技能提升培训2000人次，职工技能等级提升比例较上年提高3个"
                        "百分点，为2026年全面推行企业技能人才自主评价积累经验。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "补贴职工培训人次", "≥2000人次", 15),
        (None, None, "覆盖企业数量", "≥80家", 5),
        (None, "（二）质量指标", "培训考核合格率", "≥90%", 10),
        (None, "（三）时效指标", "补贴申领审核时限", "≤15个工作日", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "人均培训补贴标准", "≤1500元/人", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "职工技能等级提升比例较上年提高",
         "≥3百分点", 15),
        (None, None, "获证职工稳岗率", "≥90%", 10),
        (None, "（二）可持续影响指标", "企业技能人才自主评价机制", "建立并执行", 5),
        ("四、满意度指标（20分）", "（一）服务对象满意度指标", "参训职工满意度", "≥90%", 10),
        (None, None, "参训企业满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    sign(s, "骆子衡", "0739-3367015", day(2024, 12, 9))
    return b


@variant(
    "kfl10-skills-tier-scores",
    (10,),
    "project, NAT-2021, a tier-1 score column beside "
    "the indicator scores: 产出 scores short of its tier score, a near-duplicate rate, a "
    "unit cost × count above the money",
)
def skills_tier_scores() -> Book:
    b, s = book(widths=(14, 8, 16, 28, 16, 8))
    project_head(s, year=2025, name="农村劳动力转移就业技能培训补贴",
                 dept="栖棠县人力资源和社会保障局", unit="栖棠县农村劳动力转移就业服务站",
                 money=funds(240, 220, 20),
                 goals=["补贴农村劳动力转移就业技能培训1500人，培训合格率不低于90%，培训后"
                        "转移就业不少于1000人。"])  # fmt: skip
    tier = mk(40, "W103", "error", note="产出指标40分，其下指标分值10+5+10+5+5=35分")
    cost = mk("≤2000元/人", "B107", "warning", row=True,
              note="2000元×1500人=300万元，超过年度资金240万元")  # fmt: skip
    dup = mk("≥85%", "D103", "warning", row=True, alt=("D102", "D101"),
             note="与“培训合格率 ≥90%”是同一指标，只多“考核”二字，值却不同")  # fmt: skip
    table(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", tier, "数量指标", "补贴培训人数", "≥1500人", 10),
        (None, None, None, "开设培训工种数量", "≥10个", 5),
        (None, None, "质量指标", "培训合格率", "≥90%", 10),
        (None, None, None, "培训考核合格率", dup, 5),
        (None, None, "时效指标", "补贴发放时限", "≤30个工作日", 5),
        ("成本指标", 10, "经济成本指标", "人均培训补贴", cost, 10),
        ("效益指标", 30, "社会效益指标", "培训后转移就业人数", "≥1000人", 15),
        (None, None, None, "转移就业人员月均收入", "≥3500元", 10),
        (None, None, "可持续影响指标", "培训资源共享机制", "建立并执行", 5),
        ("满意度指标", 20, "服务对象满意度指标", "参训人员满意度", "≥90%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark(
        "W101", "error", required=False, note="各指标分值合计95，与一级分值100不符：同一错误"
    )
    sign(s, "温景行", "0745-2216633", day(2024, 11, 29))
    return b


@variant(
    "kfl11-skills-second-sheet",
    (7, 4),
    "project head on the first sheet, the indicator "
    "table on a second sheet exported with project codes, header 预期实现值, a unit row, "
    "填表说明 and signature lines below (correct)",
)
def skills_second_sheet() -> Book:
    b, s = book("项目信息")
    project_head(s, year=2025, name="职业技能等级认定补贴", dept="澄川区人力资源和社会保障局",
                 unit="澄川区职业技能等级认定中心", money=funds(120, 110, 10),
                 goals=["为1800名通过职业技能等级认定的劳动者发放认定补贴，覆盖认定职业（工种）"
                        "不少于20个。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 22, 12, 14, 28, 16))
    t.title("2025年度项目支出绩效目标表", 6)
    t.row("单位：澄川区职业技能等级认定中心", None, None, None, "金额单位：万元",
          merge=[(1, 4)])  # fmt: skip
    code, name = "330106250012", "职业技能等级认定补贴"
    rows = [
        ("产出指标", "数量指标", "认定补贴发放人数", "≥1800人"),
        (None, None, "认定职业（工种）数量", "≥20个"),
        (None, "质量指标", "认定证书信息上网率", "=100%"),
        (None, "时效指标", "补贴审核办结时限", "≤15个工作日"),
        (None, "成本指标", "人均认定补贴", "≤600元/人"),
        ("效益指标", "社会效益指标", "持证人员就业率", "≥75%"),
        ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%"),
    ]  # fmt: skip
    table(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "预期实现值"),
          [(code, name, *r) for r in rows], merged=(3, 4))  # fmt: skip
    notes(t, "填表说明：1.预期实现值应写明比较符、数值和计量单位；2.本表由预算管理一体化"
          "系统导出，项目编码不得改动。")  # fmt: skip
    sign(t, "葛以宁", "0736-7783390", day(2024, 11, 18))
    t.row("单位负责人（签字）：", None, "单位（盖章）")
    return b


@variant(
    "kfl12-skills-budget-export",
    (7, 12),
    "budget-system export, sheets 部门项目支出预算05-1 "
    "and 部门项目支出绩效目标05-2 with the header on the third row: detail lines not adding "
    "to their total, a deadline in the year before",
)
def skills_budget_export() -> Book:
    b, s = book("部门项目支出预算05-1", (14, 24, 24, 16, 16, 16))
    code, name = "451203250007", "创业培训补贴"
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位名称：柘川县就业服务局", None, None, "单位：万元", merge=[(1, 3)])
    s.row("项目编码", "项目名称", "支出明细", "金额", "资金来源")
    s.row(code, name, "创业培训补贴", wan(200), "财政拨款")
    s.row(code, name, "创业实训场地租赁", wan(40), "财政拨款")
    s.row(code, name, "创业导师劳务", wan(30), "财政拨款")
    s.row(None, None, "合计", mk(wan(280), "B102", "error",
                               note="200+40+30=270万元，合计写280万元"), None)  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (14, 20, 12, 14, 28, 18))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位名称：柘川县就业服务局", None, None, None, "年度：2025", merge=[(1, 4)])
    rows = [
        ("产出指标", "数量指标", "创业培训补贴人数", "≥1200人"),
        (None, "质量指标", "创业培训合格率", "≥90%"),
        (None, "时效指标", "补贴资金拨付完成时间",
         mk("2024年12月31日前", "Y102", "error", row=True, alt=("Y101", "Y103"),
            note="2025年度项目，完成时间却在上一年")),
        (None, "成本指标", "人均创业培训补贴", "≤1500元/人"),
        ("效益指标", "社会效益指标", "培训后创业成功率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ]  # fmt: skip
    table(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"),
          [(code, name, *r) for r in rows], merged=(3, 4))  # fmt: skip
    return b
