"""Interpretation returns (yy01–yy06): explanation boards, audio guides, 科普 halls, 研学."""

from __future__ import annotations

from tests.variants.holdout457.common import (
    department,
    notes,
    project,
    sign,
    start,
    table,
    year_money,
)
from tests.variants.holdout457.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("yy01-boards-percent-cells", (1,),
         "project, OLD-NAT, operator and unit columns, percents typed in Excel, 万元 in the "
         "number format, =100% on an audit rate (correct)")  # fmt: skip
def yy01() -> Book:
    b, s = start()
    project(s, "墨峦火山地质遗迹解说系统提升",
            year_money(money(86, WAN), money(80, WAN), money(6, WAN)),
            ["更新园区火山地质解说牌和语音导览点位，提升游客对熔岩台地的认知。"])  # fmt: skip
    table(s, OPS, [
        ("产出指标", "数量指标", "更新火山地质解说牌", "≥", 120, "块"),
        (None, None, "新增语音导览点位", "≥", 36, "个"),
        (None, "质量指标", "解说内容专家审核通过率", "=", pct(1), "%"),
        (None, None, "解说词科学性差错率", "≤", pct(0.02), "%"),
        (None, "时效指标", "单块解说牌更换工期", "≤", 15, "天"),
        (None, "成本指标", "单块解说牌制作安装成本", "≤", 0.45, "万元/块"),
        ("效益指标", "社会效益指标", "游客火山科普知识知晓率", "≥", pct(0.85), "%"),
        (None, "可持续影响指标", "解说设施完好率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "龚沛然", "0736-5128047", day(2025, 1, 9))
    return b


@variant("yy02-audio-guide-wrong", (1, 11),
         "project, OLD-NAT, operator column, percent cells: a rate typed over 100 %, ≥ on a "
         "complaint rate, = on a cost cap")  # fmt: skip
def yy02() -> Book:
    b, s = start()
    project(s, "墨峦火山地质公园语音导览设备购置",
            year_money(money(64, WAN), money(58, WAN), money(6, WAN)),
            ["购置多语种语音导览设备，覆盖熔岩隧道、火山口等主要游览点。"])  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="105% on a capped rate")
    up = mk("≥", "T108", "warning", row=True, note="投诉率 is 反向 but takes ≥")
    cap = mk("=", "T108", "warning", row=True, note="= on a unit cost cap; ≤ meant")
    table(s, OPS, [
        ("产出指标", "数量指标", "购置语音导览设备", "≥", 40, "套"),
        (None, None, "导览内容语种", "≥", 4, "种"),
        (None, "质量指标", "导览解说图文准确率", "≥", over, "%"),
        (None, "时效指标", "设备到货安装时限", "≤", 60, "天"),
        (None, "成本指标", "单套导览设备采购成本", cap, 0.6, "万元/套"),
        ("效益指标", "社会效益指标", "游客导览服务使用率", "≥", pct(0.6), "%"),
        (None, None, "导览服务投诉率", up, pct(0.01), "%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "龚沛然", "0736-5128047", day(2025, 1, 9))
    return b


@variant("yy03-science-flat-list", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "weights add to 100, a 0起 incident count (correct)")  # fmt: skip
def yy03() -> Book:
    b, s = start("部门整体")
    department(s, (420, 400, 20, 260, 160), "做好火山地质科普讲解和研学服务，维护解说设施。", [
        ("火山科普讲解服务", "游客中心及熔岩隧道定点讲解", 60, "讲解≥360场"),
        ("研学基地运营", "中小学火山地质研学课程", 55, "接待≥12000人次"),
        ("解说设施维护", "解说牌、展柜维护更换", 45, "完好率≥95%"),
        ("金额合计", None, 160, None),
    ])  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table([
        ("科普讲解场次", 15, "场", "≥", 360),
        ("研学团队接待人次", 15, "人次", "≥", 12000),
        ("解说设施维护完好率", 15, "%", "≥", 95),
        ("讲解员持证上岗率", 10, "%", "=", 100),
        ("科普讲解投诉率", 10, "%", "≤", 1),
        ("解说设施安全事故", 10, "起", "≤", 0),
        ("新开发研学课程", 10, "门", "≥", 8),
        ("游客满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "阮知秋", "0736-5128051", day(2024, 11, 18))
    return b


@variant("yy04-study-flat-wrong", (3,),
         "department, flat list (指标名称 · 指标值 · 计量单位 · 权重 · 指标性质 as operator): "
         "weights add to 95, a coverage rate as a count, a unit column contradicting "
         "the value")  # fmt: skip
def yy04() -> Book:
    b, s = start("部门整体")
    department(s, (310, 300, 10, 200, 110), "开展火山研学营和讲解员培训，扩大科普覆盖面。", [
        ("火山研学营", "暑期及周末研学营", 70, "举办≥8期"),
        ("讲解员培训", "讲解员地质知识轮训", 40, "培训≥60人次"),
        ("金额合计", None, 110, None),
    ])  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标值", "计量单位", "权重", "指标性质")
    count = mk(12, "T105", "error", row=True, note="覆盖率 given as 12 场, not a percentage")
    clash = mk("8期", "T112", "error", note="value in 期, unit column 人")
    s.table([
        ("科普讲解场次", 320, "场", 20, "≥"),
        ("周边乡镇学校讲解服务覆盖率", count, "场", 15, "≥"),
        ("火山研学营举办期数", clash, "人", 15, "≥"),
        ("讲解员培训人次", 60, "人次", 10, "≥"),
        ("科普讲解投诉率", 1, "%", 10, "≤"),
        ("标本展柜完好率", 95, "%", 10, "≥"),
        ("研学学员满意度", 90, "%", 15, "≥"),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+15+10+10+10+15 = 95, not 100")
    sign(s, "阮知秋", "0736-5128051", day(2024, 11, 18))
    return b


@variant("yy05-hall-numbered-tiers", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, （一）数量), "
         "a * mark, indicator points adding to each tier's points (correct)")  # fmt: skip
def yy05() -> Book:
    b, s = start()
    project(s, "墨峦火山科普馆展陈更新", year_money(150, 130, 20),
            ["更新科普馆火山成因、熔岩流和火山灾害展陈单元。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量", "更新展陈单元", "≥12个", 15),
        (None, None, "新增火山弹及熔岩标本", "≥60件", 10),
        (None, "（二）质量", "展陈内容科学性审核通过率", "=100%", 8),
        (None, "（三）时效", "展陈更新完成时间", "2025年11月30日前", 7),
        ("二、成本指标（20分）", "（一）经济成本指标", "展陈单元平均更新成本", "≤9万元/个", 10),
        (None, None, "标本采集与制作费用", "≤18万元", 10),
        ("三、效益指标（30分）", "（一）社会效益", "年接待科普参观人次", "≥8万人次", 15),
        (None, "（二）可持续影响", "展陈设施正常使用年限", "≥5年", 15),
        ("四、满意度指标（10分）", "*服务对象满意度", "参观者满意度", "≥92%", 10),
    ])  # fmt: skip
    s.row(None, None, "合计", None, 100)
    sign(s, "洪亦舟", "0736-5128063", day(2025, 1, 6))
    return b


@variant("yy06-study-base-wrong-parent", (5, 13),
         "project, NAT-2021, numbered labels (1.产出指标, （1）数量指标): a tier-2 under the wrong "
         "tier-1 and a value without a name")  # fmt: skip
def yy06() -> Book:
    b, s = start()
    project(s, "墨峦火山地质研学基地建设", year_money(95, 90, 5),
            ["建成火山地质研学基地，配套研学路线和课程，修复基地周边植被。"])  # fmt: skip
    wrong = mk("（3）生态效益指标", "F105", "error", note="生态效益 belongs under 效益指标")
    blank = mk(None, "F110", "error", note="a value ≥95% with no tier-3 name")
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("1.产出指标", "（1）数量指标", "研学路线", "≥3条"),
        (None, None, "研学课程", "≥10门"),
        (None, "（2）质量指标", "研学设施验收合格率", "≥95%"),
        (None, None, blank, "≥95%"),
        (None, wrong, "基地周边火山岩坡面植被恢复面积", "≥20亩"),
        ("2.成本指标", "（1）经济成本指标", "研学步道单位造价", "≤15万元/条"),
        ("3.效益指标", "（1）社会效益指标", "年接待研学学生", "≥6000人次"),
        (None, "（2）可持续影响指标", "研学课程持续开设年限", "≥3年"),
        ("4.满意度指标", "（1）服务对象满意度指标", "研学师生满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：研学学生人次含周边县市学校。", width=4)
    sign(s, "洪亦舟", "0736-5128063", day(2025, 1, 6))
    return b
