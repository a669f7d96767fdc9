"""Vocational skills subsidies (职业技能培训补贴): kgp07–kgp12."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout864.common import book, indicators, notes, project, signature, wan
from tests.variants.holdout864.registry import variant
from tests.variants.kit import Book, mk, ok, pct

TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
SCORED = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
SKILLS = "鹤汀县职业技能培训指导中心"


@variant("kgp07-training-multiyear", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "the period's counts beside the year's, a part under its total, rates equal "
         "(correct)")  # fmt: skip
def training_multiyear() -> Book:
    b, s = book()
    goals = ("2026—2028年累计开展补贴性职业技能培训9000人次，取证（含职业技能等级证书、专项职业"
             "能力证书）6300人次，培训后就业率不低于70%。",
             "2026年开展补贴性职业技能培训3000人次，取证2100人次，"
             "培训后就业率不低于70%。")  # fmt: skip
    project(s, 2026, "职业技能提升行动培训补贴（2026—2028年）", (450, 400, 50), goals,
            period=(1350, 1200, 150), years=3, attr="新增项目")  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "补贴性职业技能培训人次", "≥9000人次", "≥3000人次"),
        (None, None, "取证人次", "≥6300人次", "≥2100人次"),
        (None, None, "其中：脱贫劳动力培训人次", "≥1500人次", "≥500人次"),
        (None, "质量指标", "培训合格率", "≥90%", "≥90%"),
        (None, "时效指标", "补贴资金审核拨付时限", "≤20个工作日", "≤20个工作日"),
        ("成本指标", "经济成本指标", "人均培训补贴标准", "≤1500元/人", "≤1500元/人"),
        ("效益指标", "社会效益指标", "培训后就业率", "≥70%", "≥70%"),
        (None, "可持续影响指标", "培训机构目录动态管理", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：中期指标值为三年累计数，年度指标值为2026年数；人均补贴标准按培训工种"
          "分档，最高不超过1500元/人。")  # fmt: skip
    signature(s, 2026, "罗沁", "0779-6238840")
    return b


@variant("kgp08-training-period-wrong", (8,), "two-year project, NAT-2021, 中期 and 年度 columns: "
         "the 年度目标 copied from the 中期目标, a year's count above the period's, a cumulative "
         "count copied")  # fmt: skip
def training_period_wrong() -> Book:
    b, s = book()
    text = ("面向重点企业开展企业新型学徒制培训1200人，学徒取得中级工及以上证书比例不低于80%，"
            "带动企业技能人才队伍建设。")  # fmt: skip
    copied = mk(text, "D204", "warning", note="两年期项目的年度目标与中期目标逐字相同")
    project(s, 2026, "企业新型学徒制培训补贴", (300, 300, 0), (text, copied),
            period=(600, 600, 0), years=2)  # fmt: skip
    above = mk("≥1500人", "D201", "error", note="年度1500人超过两年合计1200人")
    same = mk("≥24期", "D202", "warning", note="两年累计的开班期数原样抄进年度列")
    cost = ok("≤5000元/人", "warning", note="1500人 × 5000元 超过年度资金，是 D201 的后果")
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新型学徒制培训人数", "≥1200人", above),
        (None, None, "学徒培训班开班期数", "≥24期", same),
        (None, "质量指标", "取得中级工及以上证书比例", "≥80%", "≥80%"),
        (None, "时效指标", "学徒培训补贴首期拨付时限", "≤30个工作日", "≤30个工作日"),
        ("成本指标", "经济成本指标", "人均学徒培训补贴标准", "≤5000元/人", cost),
        ("效益指标", "社会效益指标", "学徒培训后留岗率", "≥85%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "参训企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, 2026, "罗沁", "0779-6238840")
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("kgp09-training-flat", (3, 11), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值): a 下降率 with ≥, 0起 on a case count, a later year the "
         "work prepares for (correct)")  # fmt: skip
def training_flat() -> Book:
    b, s = book()
    goal = ("2026年审核发放职业技能培训补贴2800人次，组织技能等级认定3200人次；试点“企业评价＋"
            "政府补贴”模式，为2027年在全县推广积累经验。")  # fmt: skip
    department_head(s, year=2026, dept=SKILLS, goal=goal,
                    budget=[(wan(520), wan(480), wan(40), wan(180), wan(340))],
                    tasks=[("培训补贴审核发放", "审核发放补贴性培训补贴", wan(260), "2800人次"),
                           ("技能等级认定", "组织职业技能等级认定", wan(80), "3200人次"),
                           ("金额合计", None, wan(340), None)])  # fmt: skip
    s.skip()
    s.row("年度绩效指标")
    s.row(*FLAT)
    for line in [
        ("培训补贴审核发放人次", 15, "人次", "≥", 2800),
        ("技能等级认定人次", 15, "人次", "≥", 3200),
        ("补贴发放准确率", 10, "%", "=", 100),
        ("补贴审核差错率下降率", 10, "%", "≥", 20),
        ("补贴申请办结时限", 10, "个工作日", "≤", 15),
        ("人均培训补贴标准", 10, "元/人", "≤", 800),
        ("取证后就业率", 10, "%", "≥", 65),
        ("违规套取补贴案件数", 10, "起", "≤", 0),
        ("参训人员满意度", 10, "%", "≥", 90),
    ]:
        s.row(*line)
    s.row("合计", 100)
    signature(s, 2026, "覃海宁", "0779-6237315")
    return b


@variant("kgp10-training-flat-wrong", (3,), "department, flat list in another order (指标名称 · "
         "指标值 · 计量单位 · 权重): a subsidy cap above the goal's, weights adding to "
         "95")  # fmt: skip
def training_flat_wrong() -> Book:
    b, s = book()
    goal = "2026年完成补贴性技能培训1500人、创业培训600人，人均培训补贴标准不超过1200元。"
    department_head(s, year=2026, dept=SKILLS, goal=goal,
                    budget=[(wan(300), wan(280), wan(20), wan(90), wan(210))],
                    tasks=[("技能培训补贴", "补贴性技能培训", wan(120), "1500人"),
                           ("创业培训补贴", "创业意识和创办企业培训", wan(90), "600人"),
                           ("金额合计", None, wan(210), None)])  # fmt: skip
    cap = mk("≤1500", "D104", "warning", row=True, note="年度总体目标写人均不超过1200元")
    cap = ok(cap, "warning", note="1500元 × 1500人 超过技能培训补贴120万元，是同一处错")
    b.file_mark("W101", "error", note="权重合计 15+15+10+10+10+10+10+15 = 95，应为 100")
    s.skip()
    s.row("指标名称", "指标值", "计量单位", "权重")
    for line in [
        ("补贴性技能培训人数", "≥1500", "人", 15),
        ("创业培训人数", "≥600", "人", 15),
        ("培训合格率", "≥90", "%", 10),
        ("补贴资金审核拨付时限", "≤20", "个工作日", 10),
        ("人均培训补贴标准", cap, "元/人", 10),
        ("培训后就业率", "≥65", "%", 10),
        ("创业培训后创业成功率", "≥20", "%", 10),
        ("参训人员满意度", "≥90", "%", 15),
    ]:
        s.row(*line)
    signature(s, 2026, "覃海宁", "0779-6237315")
    return b


@variant("kgp11-training-points", (5, 10), "project, NAT-2021, tier labels with points and an "
         "indicator points column (100 both ways), a rate raised in 百分点 (correct)")  # fmt: skip
def training_points() -> Book:
    b, s = book()
    goal = "培训家政服务员600人，取证率不低于85%，培训后就业率较上年提高3个百分点。"
    project(s, 2026, "2026年家政服务员专项技能培训补贴", (90, 90, 0), [goal])
    indicators(s, SCORED, [
        ("产出指标（50分）", "数量指标", "家政服务员培训人数", "≥600人", 15),
        (None, None, "开设培训班期数", "≥20期", 10),
        (None, "质量指标", "培训取证率", "≥85%", 15),
        (None, "时效指标", "培训补贴发放及时率", pct(1), 10),
        ("成本指标（10分）", "经济成本指标", "人均培训补贴标准", "≤1500元/人", 10),
        ("效益指标（30分）", "社会效益指标", "培训后就业率较上年提高", "≥3百分点", 15),
        (None, "可持续影响指标", "家政服务员持证上岗比例", "≥60%", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "参训学员满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    signature(s, 2026, "莫清漪", "0779-6232096")
    return b


@variant("kgp12-training-points-wrong", (5, 10), "project, NAT-2021, tier labels with points: "
         "产出 scores not its 50, a quality rate under 时效, a subsidy × trainees above the "
         "money")  # fmt: skip
def training_points_wrong() -> Book:
    b, s = book()
    goal = "培训养老护理员800人，培训合格率不低于90%，培训后从事养老护理工作比例不低于60%。"
    project(s, 2026, "2026年养老护理员职业技能培训补贴", (120, 120, 0), [goal])
    tier = mk("产出指标（50分）", "W103", "error", note="其下分值 15+10+10+10 = 45，不是 50")
    b.file_mark("W101", "error", required=False, note="指标分值合计 95，同一处错的后果")
    late = mk("培训合格率", "F201", "warning", row=True, note="合格率是质量指标，填在时效下")
    cost = mk("≤2000元/人", "B107", "warning", row=True,
              note="2000元 × 800人 = 160万元，超过年度资金120万元")  # fmt: skip
    indicators(s, SCORED, [
        (tier, "数量指标", "养老护理员培训人数", "≥800人", 15),
        (None, None, "开设培训班期数", "≥16期", 10),
        (None, "时效指标", late, "≥90%", 10),
        (None, None, "培训补贴发放及时率", "=100%", 10),
        ("成本指标（10分）", "经济成本指标", "人均培训补贴标准", cost, 10),
        ("效益指标（30分）", "社会效益指标", "培训后从事养老护理工作比例", "≥60%", 15),
        (None, "可持续影响指标", "养老护理员持证上岗比例", "≥70%", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "参训学员满意度", "≥90%", 10),
    ])  # fmt: skip
    signature(s, 2026, "莫清漪", "0779-6232096")
    return b
