"""Living collections, project forms: percent cells, stacked projects, points at two levels."""

from __future__ import annotations

from tests.variants.holdout428.common import (
    GARDEN,
    annual_money,
    first_sheet,
    indicators,
    project,
    sign,
    wan,
)
from tests.variants.holdout428.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("xv01-rare-plants-percent", (1,),
         "project, OLD-NAT, operator column (指标性质) and unit column, percent cells typed in "
         "Excel, 万元 only in the number format (correct)")  # fmt: skip
def rare_plants_percent() -> Book:
    b, s = first_sheet()
    project(s, "珍稀濒危植物迁地保护", annual_money(wan(86), wan(80), wan(6)),
            ["迁地保存市级重点保护植物，新引种珍稀濒危植物40种以上，"
             "建立完整植株档案。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "新引种珍稀濒危植物", "≥", 40, "种"),
        (None, None, "迁地保存植株", "≥", 1200, "株"),
        (None, "质量指标", "引种成活率", "≥", pct(0.85), "%"),
        (None, None, "植株档案信息完整率", "≥", pct(0.98), "%"),
        (None, "时效指标", "植株定植及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "单株年均养护成本", "≤", 450, "元/株"),
        ("效益指标", "社会效益指标", "市级重点保护植物迁地保存覆盖率", "≥", pct(0.6), "%"),
        (None, "生态效益指标", "迁地保存植株死亡率", "≤", pct(0.05), "%"),
        (None, "可持续影响指标", "种质资源档案管理制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "合作科研单位满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "蒙岚芷", "0739-6152840", day(2024, 11, 8))
    return b


@variant("xv02-tropical-house-percent", (1, 11),
         "project, OLD-NAT, operator and unit columns, percent cells: a rate typed as 102% and a "
         "反向 disease rate with ≥")  # fmt: skip
def tropical_house_percent() -> Book:
    b, s = first_sheet()
    project(s, "热带植物温室专类园更新", annual_money(wan(64), wan(60), wan(4)),
            ["更新热带植物温室专类园，补植热带植物，完善植物标牌，控制温室病虫害。"])  # fmt: skip
    over = mk(pct(1.02), "T106", "error", note="挂牌准确率 capped at 100%; 102% cannot be")
    wrong = mk("≥", "T108", "warning", row=True,
               note="病虫害发生率 is 反向: the operator should be ≤")  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "补植热带植物", "≥", 220, "种"),
        (None, None, "更新植物标牌", "≥", 500, "块"),
        (None, "质量指标", "植物挂牌准确率", "≥", over, "%"),
        (None, None, "新植苗木成活率", "≥", pct(0.9), "%"),
        (None, "时效指标", "补植任务按期完成率", "≥", pct(0.95), "%"),
        (None, "成本指标", "单块标牌制作成本", "≤", 260, "元/块"),
        ("效益指标", "生态效益指标", "温室植物病虫害发生率", wrong, pct(0.08), "%"),
        (None, "社会效益指标", "温室专类园年接待游客", "≥", 25, "万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "蒙岚芷", "0739-6152840", day(2024, 11, 8))
    return b


@variant("xv03-stacked-herbarium-orchids", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values in each project (correct)")  # fmt: skip
def stacked_herbarium_orchids() -> Book:
    b, s = first_sheet("项目绩效目标")
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project(s, "植物标本馆标本数字化", annual_money(money(45), money(45), money(0)),
            ["完成馆藏标本数字化2万份，数字标本平台面向科研和公众开放。"],
            title=f"{GARDEN}2025年度项目支出绩效目标表")  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "完成标本数字化", "≥20000份"),
        (None, "质量指标", "标本影像数据合格率", "≥98%"),
        (None, "时效指标", "数字化任务按期完成率", "=100%"),
        (None, "成本指标", "单份标本数字化成本", "≤18元/份"),
        ("效益指标", "社会效益指标", "数字标本平台年访问量", "≥5万人次"),
        (None, "可持续影响指标", "数字标本数据更新机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "科研用户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "兰科植物种质资源圃维护", annual_money(money(38), money(30), money(8)),
            ["保育兰科植物260种以上，开展野外回归试验，服务兰科植物研究。"], title="")  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "保育兰科植物", "≥260种"),
        (None, "质量指标", "保育植株存活率", "≥92%"),
        (None, "时效指标", "季度养护巡查及时率", "≥95%"),
        (None, "成本指标", "每种兰科植物年均保育成本", "≤1200元/种"),
        ("效益指标", "生态效益指标", "开展野外回归试验", "≥3种"),
        ("满意度指标", "服务对象满意度指标", "科研用户满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant("xv04-stacked-old-trees-nursery", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column: a rate given as a count "
         "in the first, the second project's total not its two sources")  # fmt: skip
def stacked_old_trees_nursery() -> Book:
    b, s = first_sheet("项目绩效目标")
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project(s, "古树名木养护复壮", annual_money(money(64), money(60), money(4)),
            ["对园内衰弱古树实施复壮，完善古树名木挂牌和档案。"],
            title=f"{GARDEN}2025年度项目支出绩效目标表")  # fmt: skip
    count = mk("120株", "T105", "error", note="挂牌率 is a rate; 120株 is a count")
    indicators(s, head, [
        ("产出指标", "数量指标", "实施复壮古树", "≥35株"),
        (None, "质量指标", "古树名木挂牌率", count),
        (None, None, "复壮古树树势恢复率", "≥80%"),
        (None, "时效指标", "复壮作业完成及时率", "≥95%"),
        (None, "成本指标", "单株古树复壮成本", "≤1.5万元/株"),
        ("效益指标", "生态效益指标", "古树根区土壤改良面积", "≥1200平方米"),
        ("满意度指标", "服务对象满意度指标", "周边市民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(52), "B101", "error", note="52 ≠ 财政拨款 45 + 其他资金 5 = 50")
    project(s, "乡土树种苗圃建设", annual_money(total, money(45), money(5)),
            ["培育乡土树种苗木，供应园林绿化工程用苗。"], title="")  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "培育乡土树种苗木", "≥8000株"),
        (None, "质量指标", "苗木出圃合格率", "≥90%"),
        (None, "时效指标", "春季播种完成时间", "2025年4月30日前"),
        (None, "成本指标", "单株育苗成本", "≤45元/株"),
        ("效益指标", "社会效益指标", "供苗园林绿化工程", "≥5项"),
        ("满意度指标", "服务对象满意度指标", "用苗单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xv05-medicinal-garden-points", (4, 5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, "
         "1.数量指标), an indicator score column adding to the same 100, a rate raised in "
         "百分点, a 合计 row (correct)")  # fmt: skip
def medicinal_garden_points() -> Book:
    b, s = first_sheet()
    project(s, "药用植物专类园提升改造", annual_money(wan(120), wan(100), wan(20)),
            ["提升药用植物专类园，新增药用植物150种以上，"
             "更新植物解说牌，改造工程9月底前完工。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "1.数量指标", "新增药用植物品种", "≥150种", 10),
        (None, None, "更新植物解说牌", "≥300块", 10),
        (None, "2.质量指标", "新植苗木成活率", "≥95%", 10),
        (None, None, "解说牌内容准确率", "=100%", 10),
        (None, "3.时效指标", "改造工程完工时间", "2025年9月30日前", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "单块解说牌制作成本", "≤800元/块", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "药用植物科普标识覆盖率比上年提高",
         "≥5百分点", 10),
        (None, None, "专类园年接待游客", "≥8万人次", 10),
        (None, "2.生态效益指标", "专类园收集药用植物种类", "≥400种", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "游客满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    sign(s, "甘昭禾", "0739-6152217", day(2024, 11, 12))
    return b


@variant("xv06-research-glasshouse-points", (10,),
         "project, NAT-2021, a tier-1 score column beside the tier-1 and an indicator score "
         "column: two tiers whose indicator scores miss their declared score, a satisfaction "
         "rate with =")  # fmt: skip
def research_glasshouse_points() -> Book:
    b, s = first_sheet("绩效目标", (14, 10, 16, 28, 16, 10))
    project(s, "植物科学研究温室运维", annual_money(wan(56), wan(50), wan(6)),
            ["保障四座科研温室稳定运行，支撑植物科学研究课题。"])  # fmt: skip
    produce = mk(50, "W103", "error", note="产出 scores 10+10+10+10+15 = 55, not 50")
    benefit = mk(30, "W103", "error", note="效益 scores 10+10+5 = 25, not 30")
    equals = mk("=95%", "T107", "warning", note="=95% on a satisfaction rate means ≥95%")
    head = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ("产出指标", produce, "数量指标", "运维科研温室", "≥4座", 10),
        (None, None, None, "保存实验植物", "≥1500株", 10),
        (None, None, "质量指标", "温室温湿度达标率", "≥95%", 10),
        (None, None, None, "实验植物存活率", "≥90%", 10),
        (None, None, "时效指标", "温控设备故障修复时限", "≤48小时", 15),
        ("成本指标", 10, "经济成本指标", "单座温室年运维成本", "≤12万元/座", 10),
        ("效益指标", benefit, "社会效益指标", "支撑植物科学研究课题", "≥12项", 10),
        (None, None, "生态效益指标", "温室单位面积能耗比上年下降率", "≥5%", 10),
        (None, None, "可持续影响指标", "温室运维管理制度", "健全", 5),
        ("满意度指标", 10, "服务对象满意度指标", "科研人员满意度", equals, 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
