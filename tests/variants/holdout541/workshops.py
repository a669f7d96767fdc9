"""Returns ce01–ce06: stone carving (石雕) heritage workshops: percent cells, flat lists and
points at two levels."""

from __future__ import annotations

from tests.variants.holdout541.common import (
    OPS6,
    department,
    indicators,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout541.common import start as new
from tests.variants.holdout541.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant("ce01-workshop-percent", (1,), "project, OLD-NAT, operator and unit columns, "
         "percent cells, 万元 in the number format, 0起 and a 下降率 with ≥ (correct)")  # fmt: skip
def workshop_percent() -> Book:
    b, s = new()
    project(s, "磬山镇石雕技艺传习工坊运营补助", "砚峰县磬山石雕传习所", one_year(48, 40, 8),
            ["开展石雕技艺培训12期，培养学徒60人，工坊全年接待研学3000人次。"])  # fmt: skip
    indicators(s, OPS6, [
        ["产出指标", "数量指标", "开展石雕技艺培训期数", "≥", 12, "期"],
        [None, None, "培训学徒人数", "≥", 60, "人"],
        [None, "质量指标", "学徒结业考核合格率", "≥", pct(0.9), "%"],
        [None, "时效指标", "每期培训时长", "≥", 15, "天"],
        [None, "成本指标", "人均培训补助标准", "≤", 4000, "元/人"],
        ["效益指标", "社会效益指标", "工坊接待研学人次", "≥", 3000, "人次"],
        [None, None, "石料加工粉尘投诉下降率", "≥", ok(pct(0.2), note="下降率写正数，≥ 正确")],
        [None, "可持续影响指标", "安全生产事故发生数", "≤", ok(0, note="事故数 0 起是合理目标"),
         "起"],
        ["满意度指标", "服务对象满意度指标", "学徒满意度", "≥", pct(0.92), "%"],
    ])  # fmt: skip
    sign(s, "龚素媛", "0759-6632418")
    return b


@variant("ce02-percent-over", (1, 11), "project, OLD-NAT, operator column, a typed percent "
         "over 100 % on a 合格率 and a 损耗率 with ≥")  # fmt: skip
def percent_over() -> Book:
    b, s = new()
    project(s, "石雕非遗工坊雕刻设备更新", "砚峰县磬山石雕传习所", one_year(65, 65, 0),
            ["更新气动雕刻机、切石机等设备18台（套），提升工坊加工能力。"],
            attr="一次性项目")  # fmt: skip
    indicators(s, OPS6, [
        ["产出指标", "数量指标", "更新雕刻设备数量", "≥", 18, "台（套）"],
        [None, "质量指标", "设备安装验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="合格率上限 100%，105% 不可能"), "%"],
        [None, None, "石料加工损耗率", mk("≥", "T108", "warning", row=True,
         note="损耗率是反向指标，应为 ≤"), pct(0.08), "%"],
        [None, "时效指标", "设备到货安装完成时间", "≤", "2025年9月30日"],
        [None, "成本指标", "单台（套）设备平均购置成本", "≤", 3.5, "万元"],
        ["效益指标", "社会效益指标", "工坊年产石雕作品件数", "≥", 400, "件"],
        ["满意度指标", "服务对象满意度指标", "匠人满意度", "≥", pct(0.9), "%"],
    ])  # fmt: skip
    sign(s, "龚素媛", "0759-6632418")
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
HEAD3 = ("砚峰县石雕文化保护中心", (320, 300, 20, 180, 140),
         "保护传承磬山石雕技艺，完成县域古石刻普查，办好石雕精品展。")  # fmt: skip
TASKS3 = [["石雕技艺传习", "传习班、匠人补助", wan(60), "培养学徒60人"],
          ["古石刻普查", "普查登记、拓片建档", wan(50), "登记古石刻400处"],
          ["石雕精品展陈", "展厅布展、巡展", wan(30), "举办展览3场"],
          ["金额合计", None, wan(140), None]]  # fmt: skip


@variant("ce03-flat-workshop", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), weights add to 100 (correct)")  # fmt: skip
def flat_workshop() -> Book:
    b, s = new()
    department(s, *HEAD3, tasks=TASKS3)
    s.row("年度绩效指标")
    indicators(s, FLAT, [
        ["培养石雕学徒人数", 15, "人", "≥", 60],
        ["古石刻普查登记处数", 20, "处", "≥", 400],
        ["古石刻普查登记完成率", 15, "%", "≥", 95],
        ["举办石雕精品展场次", 10, "场", "≥", 3],
        ["展品安全事故发生率", 10, "%", "≤", 0.5],
        ["拓片建档合格率", 10, None, "≥", pct(0.98)],
        ["观展群众满意度", 20, "%", "≥", 90],
    ], merged=())  # fmt: skip
    sign(s, "聂望舒", "0759-6630175")
    return b


@variant("ce04-flat-defects", (3, 11), "department, flat list in another order (指标名称 · "
         "指标值 · 指标性质 as direction · 计量单位 · 权重): a rate as a count, a 反向 rate "
         "with ≥, weights adding to 95")  # fmt: skip
def flat_defects() -> Book:
    b, s = new()
    department(s, *HEAD3, tasks=TASKS3)
    s.row("年度绩效指标")
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ["培养石雕学徒人数", "≥60", "正向", "人", 15],
        ["学徒结业考核合格率", mk(30, "T105", "error", note="合格率填成 30 人"), "正向", "人", 15],
        ["古石刻普查登记处数", "≥400", "正向", "处", 20],
        ["石刻拓片破损率", mk("≥2", "T108", "warning", row=True, note="反向指标用了 ≥"),
         "反向", "%", 10],
        ["举办石雕精品展场次", "≥3", "正向", "场", 10],
        ["观展群众满意度", "≥90", "正向", "%", 25],
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="权重 15+15+20+10+10+25 = 95，应为 100")
    sign(s, "聂望舒", "0759-6630175")
    return b


PTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("ce05-points-two-levels", (10,), "project, NAT-2021, tier-1 and "
         "indicator scores both adding to 100, a share raised in 百分点 (correct)")  # fmt: skip
def points_two_levels() -> Book:
    b, s = new()
    project(s, "柘塘村石雕民俗文化展示馆运营", "砚峰县柘塘村民委员会", one_year(30, 25, 5),
            ["展示馆全年开放300天，举办石雕民俗活动8场。"])  # fmt: skip
    indicators(s, PTS, [
        ["产出指标", 50, "数量指标", "展示馆开放天数", "≥300天", 20],
        [None, None, "质量指标", "展品完好率", "≥98%", 15],
        [None, None, "时效指标", "民俗活动按计划举办及时率", "≥95%", 15],
        ["成本指标", 10, "经济成本指标", "单场民俗活动成本", "≤1.5万元", 10],
        ["效益指标", 30, "社会效益指标", "村民参与石雕民俗活动比例提高",
         ok("≥5百分点", note="百分点是百分比的变化"), 15],
        [None, None, "可持续影响指标", "石雕民俗活动年举办场次", "≥8场", 15],
        ["满意度指标", 10, "服务对象满意度指标", "参观群众满意度", "≥90%", 10],
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "柘永年", "0759-6658802")
    return b


@variant("ce06-points-mismatch", (10,), "project, NAT-2021, tier-1 scores against the "
         "indicator scores under them, a satisfaction rate ≥100%")  # fmt: skip
def points_mismatch() -> Book:
    b, s = new()
    project(s, "磬山石雕研学基地建设", "砚峰县磬山石雕传习所", one_year(90, 80, 10),
            ["建成研学教室4间，全年接待研学学生5000人次。"], attr="新增项目")  # fmt: skip
    indicators(s, PTS, [
        ["产出指标", mk(50, "W103", "error", note="20+20+15 = 55 ≠ 50"), "数量指标",
         "建成研学教室间数", "≥4间", 20],
        [None, None, None, "研学课程开发门数", "≥6门", 20],
        [None, None, "质量指标", "研学教室竣工验收合格率", "=100%", 15],
        ["成本指标", 10, "经济成本指标", "研学教室单间改造成本", "≤15万元", 10],
        ["效益指标", mk(30, "W103", "error", note="15+10 = 25 ≠ 30"), "社会效益指标",
         "接待研学学生人次", "≥5000人次", 15],
        [None, None, "可持续影响指标", "研学基地持续开放年限", "≥5年", 10],
        ["满意度指标", 10, "服务对象满意度指标", "研学学生满意度",
         mk("≥100%", "T106", "error", note="满意度不能 ≥100%"), 10],
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "龚素媛", "0759-6632418")
    return b
