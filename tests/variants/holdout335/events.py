"""Winter sports events, multi-year projects and budget-system exports: ug13–ug18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout335.common import (
    indicators,
    period_money,
    project_book,
    wan,
    year_money,
)
from tests.variants.holdout335.registry import variant
from tests.variants.kit import Book, mk, pct

PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")


@variant("ug13-event-multi-year", (8, 10),
         "three-year project, OLD-NAT, 中期 and 年度 value columns: annual counts below the "
         "period, rates equal, rises in 百分点, unit cost × count = budget (correct)")  # fmt: skip
def ug13() -> Book:
    b, s = project_book(
        year=2025, years=3, name="冰雪运动赛事品牌培育项目", dept="霁川市体育局（317010）",
        unit="霁川市体育竞赛和社会体育指导中心", attr="新增项目",
        money=period_money((360, 330, 30), (120, 110, 10)),
        goals=("2025—2027年累计举办市级冰雪赛事18场，打造两项冰雪品牌赛事，市民冰雪运动参与率"
               "提高6个百分点。",
               "2025年举办市级冰雪赛事6场，参赛3000人次，市民冰雪运动参与率提高2个百分点。"),
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "市级冰雪赛事场次", "≥18场", "≥6场"),
        (None, None, "参赛运动员人次", "≥9000人次", "≥3000人次"),
        (None, "质量指标", "赛事裁判持证上岗率", "100%", "100%"),
        (None, "时效指标", "赛事计划完成时间", "2027年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "单场赛事平均补助", "≤20万元/场", "≤20万元/场"),
        ("效益指标", "社会效益指标", "市民冰雪运动参与率", "提高≥6百分点", "提高≥2百分点"),
        (None, "经济效益指标", "带动冰雪相关消费", "≥3000万元", "≥1000万元"),
        ("满意度指标", "服务对象满意度指标", "参赛者满意度", "≥90%", "≥90%"),
    ], header=PERIOD_HEAD)  # fmt: skip
    return b


@variant("ug14-event-multi-copied", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: 年度目标 copied from 中期目标, "
         "two cumulative counts copied into the annual column")  # fmt: skip
def ug14() -> Book:
    goal = "举办冰雪嘉年华，组织群众性冰雪赛事，带动群众参与冰雪运动。"
    b, s = project_book(
        year=2025, years=3, name="群众冰雪嘉年华系列活动", dept="玉嶂县文化广电体育局（226003）",
        unit="玉嶂县全民健身指导站", money=period_money((270, 250, 20), (90, 85, 5)),
        goals=(goal, mk(goal, "D204", "warning", note="年度目标 copied word for word")),
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "冰雪嘉年华举办场次", "≥9场",
         mk("≥9场", "D202", "warning", note="a three-year count copied into the year")),
        (None, None, "群众参与人次", "≥60000人次",
         mk("≥60000人次", "D202", "warning", note="a three-year count copied into the year")),
        (None, None, "赛事志愿者培训人数", "≥900人", "≥300人"),
        (None, "质量指标", "活动安全保障达标率", "≥98%", "≥98%"),
        (None, "时效指标", "年度活动完成时间", "2027年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "单场嘉年华平均成本", "≤8万元/场", "≤8万元/场"),
        ("效益指标", "社会效益指标", "群众冰雪运动知晓率", "≥85%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%", "≥90%"),
    ], header=PERIOD_HEAD)  # fmt: skip
    return b


@variant("ug15-event-tier-labels", (5, 10),
         "project, NAT-2021, labels with *, numbering and points (*一、产出指标（40分）, （一）数量"
         "指标), ★ core indicators, indicator points that add to 100 like the tier points "
         "(correct)")  # fmt: skip
def ug15() -> Book:
    b, s = project_book(
        year=2025, name="冬季全民冰雪健身季活动", dept="寒汀区文化体育和旅游局（512006）",
        unit="寒汀区全民健身服务中心", money=year_money(75, 60, 15),
        goals=("举办冬季全民冰雪健身季，开展冰雪赛事和公益体验活动，服务群众20000人次。",),
    )  # fmt: skip
    indicators(s, [
        ("*一、产出指标（40分）", "（一）数量指标", "★冰雪健身季活动场次", "≥25场", 10),
        (None, None, "★公益冰雪体验服务人次", "≥20000人次", 10),
        (None, "（二）质量指标", "活动安全预案落实率", "100%", 10),
        (None, "（三）时效指标", "健身季活动完成时间", "2025年12月31日前", 10),
        ("*二、成本指标（10分）", "（一）经济成本指标", "单场活动平均成本", "≤3万元/场", 10),
        ("*三、效益指标（30分）", "（一）社会效益指标", "群众冰雪健身参与率", "≥35%", 10),
        (None, None, "冰雪运动安全知识知晓率", "≥85%", 10),
        (None, "（二）可持续影响指标", "全民冰雪健身季品牌效应", "不断提升", 10),
        ("*四、满意度指标（20分）", "（一）服务对象满意度指标", "参与群众满意度", "≥90%", 10),
        (None, None, "志愿者满意度", "≥90%", 10),
    ], header=("一级指标", "二级指标", "三级指标", "指标值", "分值"))  # fmt: skip
    return b


@variant("ug16-stacked-wrong-parent", (2, 5),
         "two projects stacked, OLD-NAT, abbreviated tier labels (产出, 数量): the second "
         "project's money does not add up and its 质量 sits under 效益")  # fmt: skip
def ug16() -> Book:
    b, s = project_book(
        year=2025, name="青少年冰雪冬令营", dept="凇阳县教育和体育局（208014）",
        unit="凇阳县青少年活动中心", money=year_money(30, 26, 4),
        goals=("举办青少年冰雪冬令营，普及滑冰滑雪基本技能。",),
    )  # fmt: skip
    indicators(s, [
        ("产出", "数量", "冬令营营员人数", "≥500人"),
        (None, "质量", "营员技能考核合格率", "≥90%"),
        (None, "时效", "冬令营完成时间", "2025年12月31日前"),
        (None, "成本", "营员人均补助标准", "≤500元/人"),
        ("效益", "社会效益", "营员冰雪运动技能掌握率", "≥80%"),
        ("满意度", "服务对象满意度", "营员及家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="县级冰雪运动会", dept="凇阳县教育和体育局（208014）",
                 unit="凇阳县体育运动学校", title="",
                 money=year_money(mk(wan(25), "B101", "error", note="20 + 3 = 23, not 25"), 20, 3),
                 goals=("举办县级冰雪运动会，设置速度滑冰、雪地足球等项目。",))  # fmt: skip
    indicators(s, [
        ("产出", "数量", "比赛项目设置数量", "≥8项"),
        (None, None, "参赛运动员人数", "≥400人"),
        (None, "时效", "运动会举办时间", "2025年12月31日前"),
        (None, "成本", "运动会办赛成本", "≤20万元"),
        ("效益", mk("质量", "F105", "error", note="质量 belongs under 产出, not 效益"),
         "赛事器材安全检测合格率", "100%"),
        (None, "社会效益", "群众冰雪运动关注度", "显著"),
        ("满意度", "服务对象满意度", "参赛运动员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ug17-export-second-sheet", (7, 12),
         "budget-system export: money on 「部门项目支出预算05-1」 with codes in the first "
         "columns, the indicator table on 「部门项目支出绩效目标05-2」 with its header on the "
         "third row and the header 预期实现值 (correct)")  # fmt: skip
def ug17() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (12, 18, 16, 26, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("317010", "霁川市体育局", "31701025004", "冰雪运动进社区指导服务", wan(64), wan(60),
          wan(4))  # fmt: skip
    s.row("合计", None, None, None, wan(64), wan(60), wan(4))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 16, 24, 14, 16, 28, 18))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位：霁川市体育局")
    code, name = "31701025004", "冰雪运动进社区指导服务"
    indicators(t, [
        ("317010", code, name, "产出指标", "数量指标", "社区冰雪运动指导站点", "≥20个"),
        ("317010", code, name, None, None, "社会体育指导员冰雪技能培训", "≥200人"),
        ("317010", code, name, None, "质量指标", "指导员培训合格率", "≥95%"),
        ("317010", code, name, None, "时效指标", "指导服务完成时间", "2025年12月31日前"),
        ("317010", code, name, None, "成本指标", "站点运营补助标准", "≤2万元/个"),
        ("317010", code, name, "效益指标", "社会效益指标", "社区居民冰雪健身知晓率", "≥85%"),
        ("317010", code, name, None, "可持续影响指标", "社区冰雪指导服务常态化", "有效"),
        ("317010", code, name, "满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
    ], header=("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标",
               "预期实现值"), merged=(4, 5))  # fmt: skip
    return b


@variant("ug18-equipment-annual-exceeds", (1, 8, 11),
         "two-year project, OLD-NAT, operator column, 中期 and 年度 columns, unit column, "
         "percent cells: annual money above the period, an annual count above its period "
         "count, a 反向 failure rate with ≥")  # fmt: skip
def ug18() -> Book:
    b, s = project_book(
        year=2025, years=2, name="冰雪装备更新与冰面巡护项目", dept="寒汀区应急管理局（512019）",
        unit="寒汀区应急救援保障中心", widths=(16, 18, 28, 10, 16, 16, 12),
        money=period_money((150, 140, 10), (mk(wan(160), "B103", "error", alt=("B101",),
                           note="160 typed for 60: above the period total 150, and 50 + 10 = 60"),
                           50, 10)),
        goals=("两年内更新冰上救援装备，培训冰面巡护队员，实现冰面巡护全覆盖。",
               "2025年更新救援装备120套，开展巡护队员培训和冰面巡护。"),
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "更新冰上救援装备", "≥", 240, 120, "套"),
        (None, None, "冰面巡护队员培训人数", "≥", 80,
         mk(120, "D201", "error", note="annual 120 above the two-year 80"), "人"),
        (None, "质量指标", "装备验收合格率", "≥", pct(0.95), pct(0.95), "%"),
        (None, None, "冰上救援装备故障率",
         mk("≥", "T108", "warning", row=True, note="故障率 is 反向: ≥2% asks for failures"),
         pct(0.02), pct(0.02), "%"),
        (None, "时效指标", "装备更新完成时间", "≤", "2026年11月30日", "2025年11月30日", None),
        (None, "成本指标", "救援装备单套购置成本", "≤", 0.3, 0.3, "万元/套"),
        ("效益指标", "社会效益指标", "重点冰面巡护覆盖率", "=", pct(1), pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥", pct(0.9), pct(0.9), "%"),
    ], header=("一级指标", "二级指标", "三级指标", "比较符", "指标值（中期）", "指标值（年度）",
               "计量单位"))  # fmt: skip
    return b
